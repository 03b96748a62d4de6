"""Claims reversed in other words, by polar frames: "would appeal" / "would not challenge the
verdicts", "pleaded guilty" / "convicted by a jury", "no one was hurt" / "taken to hospital".

A frame (data/frames.tsv) lists the phrases that state a claim with one sense (+) or the
other (-).  Each article's mentions are found once; two mentions of one frame, with poles
that clash, about the same thing (shared names and rare words nearby, or aligned
sentences), and with neither article also saying the other's sense about it, are a flag.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass

try:  # the regex parser, to find the words a pattern needs
    import re._parser as _sre_parse
    from re._constants import ASSERT as _ASSERT, ASSERT_NOT as _ASSERT_NOT, BRANCH as _BRANCH, \
        LITERAL as _LITERAL, MAX_REPEAT as _MAX_REPEAT, MIN_REPEAT as _MIN_REPEAT, SUBPATTERN as _SUBPATTERN
except ImportError:  # Python < 3.11
    import sre_parse as _sre_parse  # type: ignore[no-redef]
    from sre_constants import ASSERT as _ASSERT, ASSERT_NOT as _ASSERT_NOT, BRANCH as _BRANCH, \
        LITERAL as _LITERAL, MAX_REPEAT as _MAX_REPEAT, MIN_REPEAT as _MIN_REPEAT, \
        SUBPATTERN as _SUBPATTERN  # type: ignore[no-redef]
from pathlib import Path
from typing import Optional

from tui.model import Disagreement
from tui.analysis.compare.base import (
    _CLAUSE_GAP, _clause, _fuzz_ratio, _sent_of, _side, _tok_index_at, Prepared, stem,
)

_DATA = Path(__file__).resolve().parent.parent / "data" / "frames.tsv"


@dataclass(frozen=True)
class Frame:
    name: str
    patterns: tuple  # (pole, compiled regex, the strings its matches start with, or None)
    conflicts: frozenset  # frozenset of frozenset({pole, pole})
    generic: bool = False  # common words: more shared context needed
    subject: bool = False  # the same name must stand before both triggers
    near: bool = False  # context from four words each side only


@dataclass(slots=True)
class Mention:
    frame: str
    pole: str
    sent: int
    t0: int  # first token of the trigger
    t1: int  # last token of the trigger
    context: frozenset  # content stems of the trigger and around it
    names: Optional[frozenset] = None  # stems of the names near the trigger (found when first needed)
    trigger: frozenset = frozenset()  # content stems of the trigger itself


_FRAMES: Optional[list[Frame]] = None


def _load() -> list[Frame]:
    global _FRAMES
    if _FRAMES is not None:
        return _FRAMES
    opts: dict[str, dict] = {}
    pats: dict[str, list] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            name, *flags = line[1:].split()
            o = opts.setdefault(name, {"conflicts": frozenset({frozenset("+-")})})
            for f in flags:
                if f.startswith("conflicts="):
                    o["conflicts"] = frozenset(frozenset(c) for c in f[10:].split(","))
                else:
                    o[f] = True
            continue
        name, pole, rx = line.split("\t")
        compiled = re.compile(r"(?<![\w-])(?:" + rx + r")(?![\w])")
        pats.setdefault(name, []).append((pole, compiled, _prefixes(compiled.pattern)))
    _FRAMES = [Frame(n, tuple(ps), opts.get(n, {}).get("conflicts", frozenset({frozenset("+-")})),
                     opts.get(n, {}).get("generic", False), opts.get(n, {}).get("subject", False),
                     opts.get(n, {}).get("near", False)) for n, ps in pats.items()]
    return _FRAMES


def _prefixes(pattern: str) -> Optional[frozenset]:
    """Strings one of which every match of the pattern starts with (None if that cannot be
    told): "appeal(?:ed|s)?|challeng\\w*" starts with "appeal" or "challeng".  A pattern is
    tried only at the words that start so, not at every character of the text."""
    try:
        tree = _sre_parse.parse(pattern)
    except Exception:  # noqa: BLE001 - an unreadable tree only costs speed
        return None
    got = _first(list(tree))
    return frozenset(got) if got and min(map(len, got)) >= 2 else None


def _zero_width(op, av) -> bool:
    """A look-behind or look-ahead, or a group of them ("(?:(?<=was )|(?<=were ))")."""
    if op in (_ASSERT, _ASSERT_NOT):
        return True
    if op is _SUBPATTERN:
        return all(_zero_width(o, a) for o, a in av[-1])
    if op is _BRANCH:
        return all(all(_zero_width(o, a) for o, a in b) for b in av[1])
    return False


def _first(items: list) -> Optional[set]:
    run = ""
    for op, av in items:
        if op is _LITERAL:
            run += chr(av)
            continue
        if not run and _zero_width(op, av):
            continue  # takes no characters
        if op is _SUBPATTERN:
            sub = _first(list(av[-1]))
        elif op is _BRANCH:
            alts = [_first(list(b)) for b in av[1]]
            sub = set().union(*alts) if all(alts) else None
        elif op in (_MAX_REPEAT, _MIN_REPEAT) and av[0] >= 1:
            sub = _first(list(av[2]))
        else:
            sub = None
        if sub is None:
            return {run} if run else None
        return {run + x for x in sub}
    return {run} if run else None


# words that reverse what follows them in a clause ("would not appeal", "no one was hurt")
# ("without" is left out: "a side without three injured players" says nothing of injuries)
_NEG_WORDS = frozenset("not never no nobody none neither nor cannot".split())
# verbs that negate only with "to" after them ("refused to appeal"; "refuse rounds" are bins)
_NEG_TO = frozenset("unable refused refuses refuse refusing declined declines decline declining failed fails fail "
                    "failing".split())
_NEG_PAIRS = {("ruled", "out"), ("rule", "out"), ("rules", "out"), ("ruling", "out"), ("yet", "to"),
              ("stopped", "short"), ("stops", "short"), ("little", "point"), ("no", "point"),
              ("decided", "against"), ("rather", "than"), ("instead", "of"), ("far", "from")}
# a mention in these is no claim: "it is unclear whether he will appeal"
_HEDGES = frozenset("whether if unclear undecided considering weighing mulling invited hoping hopes hoped want wants "
                     "wanted urged urging chanted chanting demanded demanding calls called".split())
_WEIGHING = frozenset("considering weighing mulling".split())
_STOP_AT = frozenset("but that which who while whereas although though because and as when after before since "
                     "until".split())


def _polarity(p: Prepared, t0: int, a0: int):
    """True if the clause before token t0 negates it, None if it hedges it, "u" if it says the
    matter is not told ("declined to say whether")."""
    text, toks = p.art.text, p.toks
    neg = 0
    k = t0 - 1
    while k >= a0 and t0 - k <= 8:
        gap = text[toks[k][1]:toks[k + 1][0]]
        if gap.strip() and not _CLAUSE_GAP.isdisjoint(gap):
            break
        w = toks[k][3]
        if w in _STOP_AT and neg == 0 and k < t0 - 1:
            break
        if w in _HEDGES:
            if w in _WEIGHING and (k == t0 - 1 or (k == t0 - 2 and toks[t0 - 1][3] in ("a", "an", "the"))):
                return "u"  # "weighing an election petition": the question left open
            if w == "whether" and _NOT_SAYING.search(" ".join(toks[x][3] for x in range(max(a0, k - 4), k))):
                return "u"  # "declined to say whether he would appeal": the question left open
            return None
        nxt = toks[k + 1][3] if k + 1 < t0 else ""
        if (w, nxt) in _NEG_PAIRS:
            neg += 1
        elif w in _NEG_WORDS or w.endswith("n't") or (w in _NEG_TO and nxt == "to"):
            neg += 1
        k -= 1
    return neg % 2 == 1


_FLIP = {"+": "-", "-": "+"}
_NOT_SAYING = re.compile(r"(?:declined|refused|declines|refuses|would not|wouldn't|did not|didn't|could not|"
                         r"couldn't|not) to (?:say|confirm|comment on|disclose)$|(?:would not|wouldn't|did not|"
                         r"didn't|could not|couldn't|not) (?:say|confirm|disclose)$|(?:unclear|not clear|undecided)$")
_SPACE = re.compile(r"\s")  # one for one, so offsets still index the text


_INDEX: Optional[tuple[dict, list]] = None


def _index() -> tuple[dict, list]:
    """The patterns by the first two letters they can start with, and those that can start
    anywhere."""
    global _INDEX
    if _INDEX is None:
        by_start: dict[str, list] = {}
        anywhere = []
        k = 0
        for fr in _load():
            for pole, rx, pre in fr.patterns:
                if pre is None:
                    anywhere.append((fr.name, pole, rx))
                    continue
                k += 1
                for key in sorted({x[:2] for x in pre}):
                    by_start.setdefault(key, []).append((k, fr.name, pole, rx, pre))
        _INDEX = (by_start, anywhere)
    return _INDEX


_CANDS: dict[str, tuple] = {}


def _candidates(word: str) -> tuple:
    """The patterns that may match at a word (a word's form is looked up once, then kept):
    those with a start that the word begins with, or that begins with the whole word ("the "
    for "the", "peer-reviewed" for "peer", not "injured" for "in")."""
    by_start, _ = _index()
    got = []
    seen = set()
    # (a one-letter word is followed by a space: "a jury")
    for k, name, pole, rx, pre in by_start.get((word + " ")[:2], ()):
        if k not in seen and any(word.startswith(x) or (x.startswith(word) and not x[len(word)].isalpha())
                                 for x in pre):
            seen.add(k)
            got.append((name, pole, rx))
    out = tuple(got)
    if len(_CANDS) < 100_000:
        _CANDS[word] = out
    return out


def _lowered(text: str) -> str:
    """The text in lower case with one space for any space and straight apostrophes, so a
    pattern's offsets index the text itself."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return _SPACE.sub(" ", low.replace("’", "'"))


def _mentions(p: Prepared) -> list[Mention]:
    got = p.memo.get("frame_mentions")
    if got is not None:
        return got
    text = p.art.text
    low = _lowered(text)
    starts = [s for s, _ in p.sents]
    hits: dict[tuple[str, int], list] = {}

    def hit(name: str, pole: str, ms: int, me: int) -> None:
        si = bisect_right(starts, ms) - 1
        if si >= 0 and me <= p.sents[si][1]:
            hits.setdefault((name, si), []).append((me - ms, ms, me, pole))
    _, anywhere = _index()
    # a pattern is tried at the words it can start with; the few that cannot tell, everywhere
    for t in p.toks:
        f = t[3]
        cands = _CANDS.get(f)
        if cands is None:
            cands = _candidates(f)
        if cands:
            i = t[0]
            for name, pole, rx in cands:
                m = rx.match(low, i)
                if m:
                    hit(name, pole, i, m.end())
    for name, pole, rx in anywhere:
        for m in rx.finditer(low):
            hit(name, pole, m.start(), m.end())
    out = []
    frames = {fr.name: fr for fr in _load()}
    order = {name: k for k, name in enumerate(frames)}
    for (name, si), found in sorted(hits.items(), key=lambda x: (x[0][1], order[x[0][0]])):
        fr = frames[name]
        a0, a1 = p.sent_toks[si]
        if a1 - a0 < 3:
            continue
        terms = p.sent_terms[si]
        if True:
            found.sort(key=lambda h: (-h[0], h[1]))
            taken: list[tuple[int, int]] = []
            for _, ms, me, pole in found:
                if any(ms < te and ts < me for ts, te in taken):
                    continue
                taken.append((ms, me))
                if pole == "x":
                    continue
                t0 = _tok_index_at(p, ms)
                t1 = max(t0, _tok_index_at(p, me - 1))
                if (t0 > a0 and p.toks[t0 - 1][3] == "or") or (t1 + 1 < a1 and p.toks[t1 + 1][3] == "or"):
                    continue  # "rise or fall", "win or lose": either sense, no claim
                neg = _polarity(p, t0, a0)
                if neg is None:
                    continue
                if neg == "u":
                    pole = "u"  # open: against either sense elsewhere
                elif neg:
                    if pole not in _FLIP:
                        continue  # "did not stay flat": no clear sense
                    pole = _FLIP[pole]
                width = 4 if fr.near else 10
                ctx = frozenset(p.toks[k][4] for k in range(max(a0, t0 - width), min(a1, t1 + 1 + width))
                                if p.toks[k][4] in terms)
                out.append(Mention(fr.name, pole, si, t0, t1, ctx, None,
                                   frozenset(p.toks[k][4] for k in range(t0, t1 + 1)) & terms))
    p.memo["frame_mentions"] = out
    return out


def _names_near(p: Prepared, si: int, t0: int, t1: int) -> frozenset:
    """Stems of the names in a trigger's clause, before it or as its object ("voted to fire
    City Manager Dana Whitlock"); else just before the clause ("Fairclough, who testified")."""
    a0, a1 = p.sent_toks[si]
    s = p.sents[si][0]
    terms = p.sent_terms[si]

    known = p.memo.get("known_names")
    if known is None:
        known = p.memo["known_names"] = p.cap_terms | _given_stems(p) | {stem(k) for k in p.persons}

    def caps(k0: int, k1: int) -> frozenset:
        # (a sentence's first word only when it is a name elsewhere too)
        return frozenset(p.toks[k][4] for k in range(max(a0, k0), min(a1, k1))
                         if p.toks[k][2][:1].isupper() and p.toks[k][4] in terms and
                         p.toks[k][3].rstrip(".") not in _CALENDAR and  # ("on Wednesday": when, not who)
                         (p.toks[k][0] != s or p.toks[k][4] in known))
    lo, hi = _clause(p, t0, t1, 8)
    k_lo, k_hi = _tok_index_at(p, lo), _tok_index_at(p, hi - 1) + 1
    got = caps(k_lo, t0) | caps(t1 + 1, min(k_hi, t1 + 6))  # (the object: a few words on)
    return got or caps(k_lo - 6, k_lo) or _pronoun_person(p, si, k_lo, t0)


_PRONOUNS = frozenset("he she".split())


def _pronoun_person(p: Prepared, si: int, k0: int, t0: int) -> frozenset:
    """"He sat in the dock": the person named last before, within two sentences, when "he"
    or "she" is the subject of the trigger's clause."""
    if not any(p.toks[k][3] in _PRONOUNS for k in range(max(k0, t0 - 4), t0)):
        return frozenset()
    start = p.toks[k0][0]
    best = None
    for key, per in p.persons.items():
        for s0, _, _ in per.mentions:
            if s0 < start and (best is None or s0 > best[0]):
                best = (s0, key)
    if best is None or _sent_of(p, best[0]) < si - 2:
        return frozenset()
    return frozenset({stem(best[1])})



_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                      "june july august september october november december jan feb mar apr jun jul aug sep sept oct "
                      "nov dec".split())


def _same_names(xa: frozenset, xb: frozenset) -> bool:
    """A name in both, or one spelled a little differently ("Ormerod" / "Ormrod")."""
    return bool(xa & xb) or any(len(x) >= 4 and len(y) >= 4 and _fuzz_ratio(x, y) >= 80 for x in xa for y in xb)


def _given_stems(p: Prepared) -> frozenset:
    got = p.memo.get("given_stems")
    if got is None:
        got = p.memo["given_stems"] = frozenset(stem(g) for per in p.persons.values() for g in per.givens)
    return got


def _two_people(na: frozenset, ga: frozenset, nb: frozenset, gb: frozenset) -> bool:
    """Both mentions name someone by given name, and the given names differ."""
    xa, xb = na & ga, nb & gb
    return bool(xa and xb and not (xa & xb))


def _clash(fr: Frame, a: str, b: str) -> bool:
    """Two senses that cannot both be reported; an open question ("u") against a settled one."""
    if "u" in (a, b):
        return a != b and {a, b} & {"+", "-"} != set()
    return frozenset((a, b)) in fr.conflicts


def _related(ma: Mention, mb: Mention, idf: dict, caps: set, align: dict, same_words: bool = True) -> float:
    """How surely two mentions speak of the same thing: rare shared words, names, alignment
    (without ``same_words``, the words of the two triggers do not count: two mentions of one
    sense share them whatever they are about)."""
    shared = ma.context & mb.context
    if not same_words:
        shared = shared - (ma.trigger & mb.trigger)
    # (fsum: exact whatever order the set gives, so ties compare the same on every run)
    score = math.fsum(min(4.0, idf.get(t, 1.0)) * (1.5 if t in caps else 1.0) for t in shared)
    # a name both mentions are about, even out of the context window ("Brackwell's said it
    # would not challenge the ruling" / "Brackwell ... would seek permission to appeal")
    score += 1.5 * min(2, len((ma.names & mb.names) - shared))
    return score + 6.0 * align.get((ma.sent, mb.sent), 0.0)


_UNALIGNED_GENERIC = 6.0
_SINGLE_GENERIC = 2.0


def _compare_frames(pa: Prepared, pb: Prepared, align: dict, idf: dict) -> list[Disagreement]:
    ma_all, mb_all = _mentions(pa), _mentions(pb)
    if not ma_all or not mb_all:
        return []
    frames = {f.name: f for f in _load()}
    caps = pa.cap_terms | pb.cap_terms
    by_a: dict[str, list[Mention]] = {}
    by_b: dict[str, list[Mention]] = {}
    for m in ma_all:
        by_a.setdefault(m.frame, []).append(m)
    for m in mb_all:
        by_b.setdefault(m.frame, []).append(m)
    cands = []
    for name in sorted(by_a.keys() & by_b.keys()):
        fr = frames[name]
        xs, ys = by_a[name], by_b[name]
        for p, ms in ((pa, xs), (pb, ys)):
            for m in ms:
                if m.names is None:
                    m.names = _names_near(p, m.sent, m.t0, m.t1)
        # each article says one sense only, the two clash: the story's claim is reversed,
        # and less shared wording is needed to tie the two mentions
        one_sense = len({m.pole for m in xs}) == 1 and len({m.pole for m in ys}) == 1 and \
            len(xs) <= 6 and len(ys) <= 6
        # a claim each article makes once or twice, in one sense each: the story's own claim
        # ("careless rather than deliberate" / "knowingly exceeded the licence")
        rare = one_sense and len(xs) <= 2 and len(ys) <= 2 and not (fr.generic or fr.near)
        if not any(_clash(fr, x.pole, y.pole) for x in xs for y in ys):
            continue
        cache: dict = {}

        def rel(ia: int, ib: int) -> float:
            got = cache.get((ia, ib))
            if got is None:
                got = cache[(ia, ib)] = _related(xs[ia], ys[ib], idf, caps, align)
            return got

        def rel_same(x: Mention, y: Mention) -> float:
            """(two mentions of one sense: their trigger words tell nothing of what they are about)"""
            return _related(x, y, idf, caps, align, same_words=fr.near)  # (a near frame's context is its trigger)
        for ia, ma in enumerate(xs):
            for ib, mb in enumerate(ys):
                if not _clash(fr, ma.pole, mb.pole):
                    continue
                named = bool(ma.names and mb.names)
                if fr.subject and named and not _same_names(ma.names, mb.names):
                    continue  # two people
                if _two_people(ma.names, _given_stems(pa), mb.names, _given_stems(pb)):
                    continue  # "Karl Pell was cleared" / "Darren Pell was jailed"
                if fr.generic:
                    need = 3.0 if one_sense else 5.0
                elif rare:
                    need = 0.0
                elif fr.subject and named:
                    need = 1.0 if one_sense else 2.0
                else:
                    need = 1.0 if one_sense else 3.0
                r = rel(ia, ib)
                # (a generic frame's mentions in sentences that do not align are tied only by
                # much shared besides: rare words, names)
                # (each article says it once, in opposite senses, of one thing: the story's claim)
                single = one_sense and len(xs) == 1 and len(ys) == 1 and r >= _SINGLE_GENERIC
                if r < need and not (fr.generic and single) or \
                        (fr.generic and (ma.sent, mb.sent) not in align and not single and
                         r < _UNALIGNED_GENERIC):
                    continue
                # neither article says the other's sense of this thing as surely elsewhere
                shared_names = ma.names & mb.names
                if any(y.pole == ma.pole and rel_same(ma, y) >= r and (not fr.subject or y.names & shared_names)
                       for y in ys):
                    continue
                if any(x.pole == mb.pole and rel_same(x, mb) >= r and (not fr.subject or x.names & shared_names)
                       for x in xs):
                    continue
                cands.append((r, ma, mb))
    out = []
    used: set = set()
    for r, ma, mb in sorted(cands, key=lambda c: (-c[0], c[1].t0, c[2].t0)):
        if (0, ma.sent) in used or (1, mb.sent) in used:
            continue
        used.add((0, ma.sent))
        used.add((1, mb.sent))
        s_a = _clause(pa, ma.t0, ma.t1, 8)
        s_b = _clause(pb, mb.t0, mb.t1, 8)
        wa = pa.art.text[pa.toks[ma.t0][0]:pa.toks[ma.t1][1]]
        wb = pb.art.text[pb.toks[mb.t0][0]:pb.toks[mb.t1][1]]
        score = round(min(0.85, 0.4 + 0.04 * r), 3)
        out.append(Disagreement("fact", _side(pa, *s_a), _side(pb, *s_b),
                                f"The same claim is reported with the opposite sense: '{wa}' vs '{wb}'",
                                score, (wa,), (wb,)))
    return out
