"""Quotes of one statement worded differently (word diffs, reworded quotes of one speaker)."""
from __future__ import annotations

import difflib
import re
from collections import Counter
from bisect import bisect_right
from typing import Optional

from tui.analysis.synonyms import synonym_map
from tui.model import Disagreement, Quote, Side
from tui.analysis.compare.base import (
    _fold, _fuzz_partial, _fuzz_ratio, _LIGHT_PARTICIPLES, _mutual_best, _NUM_WORDS, _NUMERIC_WORDS, _ROLE_WORDS,
    _sent_of, _side, _side_overlap, _SPEECH, NEGATORS, Person, Prepared, stem, STOPWORDS,
)


# --------------------------------------------------------------------------- quotes

_QWORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


_CONTRACTIONS = {"won't": ("will", "not"), "can't": ("can", "not"), "cannot": ("can", "not"),
                 "shan't": ("shall", "not"), "ain't": ("is", "not"), "i'm": ("i", "am"), "let's": ("let", "us")}
_SUFFIX_CONTRACTIONS = (("n't", ("not",)), ("'re", ("are",)), ("'ve", ("have",)), ("'ll", ("will",)),
                        ("'d", ("would",)))


def _qwords(text: str, base: int) -> list[tuple[int, int, str]]:
    """Words of a quote, folded; contractions spelled out ("doesn't" -> "does not"),
    both words keeping the span of the written one."""
    out = []
    for m in _QWORD.finditer(text):
        w = _fold(m.group())
        s0, e0 = base + m.start(), base + m.end()
        if w in _CONTRACTIONS:
            out.extend((s0, e0, x) for x in _CONTRACTIONS[w])
            continue
        for suf, rest in _SUFFIX_CONTRACTIONS:
            if w.endswith(suf) and len(w) > len(suf):  # ("I've" too)
                out.append((s0, e0, w[:-len(suf)]))
                out.extend((s0, e0, x) for x in rest)
                break
        else:
            out.append((s0, e0, w))
    return out


_SPELLING = [(re.compile(r"our(s?)$"), r"or\1"), (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
             (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"), (re.compile(r"tre(s?)$"), r"ter\1"),
             (re.compile(r"ence(s?)$"), r"ense\1"), (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"),
             (re.compile(r"ogue(s?)$"), r"og\1"), (re.compile(r"ae"), "e")]


def _quote_words(p: Prepared) -> list:
    """Each quote of an article with its words (computed once per article)."""
    got = p.memo.get("quote_words")
    if got is None:
        got = p.memo["quote_words"] = [(q, _qwords(q.text, q.start)) for q in p.quotes]
    return got


def _us_spelling(w: str) -> str:
    for pat, rep_ in _SPELLING:
        w = pat.sub(rep_, w)
    return w


def _speaker_key(sp: Optional[str]) -> Optional[str]:
    if not sp:
        return None
    w = sp.split()
    return _fold(w[-1]).strip(".,'") if w else None


def _same_speaker(full_a: str, ka: str, full_b: str, kb: str) -> bool:
    """One speaker by surname, or close surnames (a misspelling: "Martin Dall" / "Martin
    Dahl") with one given name."""
    if ka == kb or _fuzz_ratio(ka, kb) >= 80:
        return True
    ga, gb = full_a.split(), full_b.split()
    return len(ga) > 1 and len(gb) > 1 and _fold(ga[0]) == _fold(gb[0]) and len(ga[0]) > 2 and \
        _fuzz_ratio(ka, kb) >= 60


def _full(p: Prepared, key: str) -> str:
    per = p.persons.get(key)
    return per.full if per else key


def _word_equiv(x: str, y: str) -> bool:
    if x == y:
        return True
    if x.isdigit() or y.isdigit():
        xv = _NUM_WORDS.get(x, x)
        yv = _NUM_WORDS.get(y, y)
        return str(xv) == str(yv)
    # British and American spellings of one word: honour/honor, organisation/organization
    return len(x) >= 4 and _us_spelling(x) == _us_spelling(y)


def _compare_quotes(pa: Prepared, pb: Prepared, align: Optional[dict] = None) -> list[Disagreement]:
    align = align or {}
    mutual = _mutual_best(align)
    out = []
    qa_list, qb_list = _quote_words(pa), _quote_words(pb)
    # index quotes of b by content word
    index: dict[str, list[int]] = {}
    b_content = []
    for j, (q, ws) in enumerate(qb_list):
        c = {w for _, _, w in ws if w not in STOPWORDS and len(w) > 1}
        b_content.append(c)
        for w in c:
            index.setdefault(w, []).append(j)
    used_b: set[int] = set()
    cands = []
    for i, (qa, wa) in enumerate(qa_list):
        ca = {w for _, _, w in wa if w not in STOPWORDS and len(w) > 1}
        if not ca:
            continue
        hits: dict[int, int] = {}
        for w in ca:
            for j in index.get(w, ()):
                hits[j] = hits.get(j, 0) + 1
        for j, shared in hits.items():
            qb, wb = qb_list[j]
            cb = b_content[j]
            ska, skb = _speaker_key(qa.speaker), _speaker_key(qb.speaker)
            small = min(len(ca), len(cb))
            if ska and skb and not _same_speaker(qa.speaker, ska, qb.speaker, skb):
                # different speakers: the same words would still be one statement
                # (a speaker may be misattributed), but only when nearly identical
                # (the shorter may be part of the longer: "X, but it is the right one")
                run = _longest_run(wa, wb)
                if run >= 5 and run >= 0.6 * min(len(wa), len(wb)):
                    # a quote quoted inside another's words: "‘Sort me out and the contract is yours,’
                    # the judge said" / "Sort me out and the job is yours"
                    cands.append((0.5, shared, i, j))
                    continue
                if not (shared >= 4 and shared / small >= 0.7 and _fuzz_partial(_fold(qa.text), _fold(qb.text)) >= 80
                        or shared >= 2 and run >= 5):
                    continue
            if (shared < 2 or shared / small < 0.5) and (not (ska and skb) or ska == skb) and \
                    _longest_run(wa, wb) >= 5:
                # "... the water we have, not the water we ..." in both: one statement
                cands.append((0.5, shared, i, j))
                continue
            if shared < 2 or shared / small < 0.5:
                # a short quote ("very likely" / "quite likely") counts only inside two
                # sentences that report the same thing
                si, sj = _sent_of(pa, qa.start), _sent_of(pb, qb.start)
                sim = align.get((si, sj), 0.0)
                if not (shared >= 1 and shared / small >= 0.5 and (sim >= 0.3 or ((si, sj) in mutual and sim >= 0.2))
                        and _fuzz_ratio(_fold(qa.text), _fold(qb.text)) >= 60):
                    continue
            elif not (ska and skb) and shared < 3 and _fuzz_ratio(_fold(qa.text), _fold(qb.text)) < 70:
                continue
            cands.append((shared / small, shared, i, j))
    cands.sort(key=lambda x: (-x[0], -x[1], x[2], x[3]))
    used_a: set[int] = set()
    # one outlet may split a statement into two quotes that the other prints as one: a
    # quote matched in part stays open for its other part (its words not yet covered)
    cover_a: dict[int, tuple[int, int]] = {}
    cover_b: dict[int, tuple[int, int]] = {}
    for _, shared, i, j in cands:
        if i in used_a or j in used_b:
            continue
        qa, wa = qa_list[i]
        qb, wb = qb_list[j]
        wa_open, wb_open = _uncovered(wa, cover_a.get(i)), _uncovered(wb, cover_b.get(j))
        if len(wa_open) < 2 or len(wb_open) < 2:
            continue
        d = _diff_quote(pa, pb, qa, wa_open, qb, wb_open)
        if d is _REWORDED:
            continue  # not a version of the other: left to the reworded-quote pass
        ra, rb = _matched_region(wa_open, wb_open)
        if abs(len(wa_open) - len(wb_open)) < 3 and ra[1] - ra[0] >= 0.6 * len(wa_open) and \
                rb[1] - rb[0] >= 0.6 * len(wb_open):
            used_a.add(i)  # of like length and matched over most of both: nothing left for another quote
            used_b.add(j)  # (two of like length can share only half: "A. B" / "B. C")
            if d is not None:
                out.append(d)
            continue
        for cover, k, ws, open_, r in ((cover_a, i, wa, wa_open, ra), (cover_b, j, wb, wb_open, rb)):
            lo = ws.index(open_[r[0]])
            hi = ws.index(open_[r[1] - 1]) + 1
            old = cover.get(k)
            cover[k] = (min(lo, old[0]), max(hi, old[1])) if old else (lo, hi)
        if _uncovered_len(wa, cover_a[i]) < 3:
            used_a.add(i)
        if _uncovered_len(wb, cover_b[j]) < 3:
            used_b.add(j)
        if d is not None:
            out.append(d)
    out += _sentence_versions(pa, pb, qa_list, qb_list, used_a, used_b, cover_a, cover_b, out)
    out += _reworded_quotes(pa, pb, qa_list, qb_list, used_a | set(cover_a), used_b | set(cover_b), align)
    return out


def _sentence_versions(pa: Prepared, pb: Prepared, qa_list, qb_list, used_a: set, used_b: set,
                       cover_a: dict, cover_b: dict, found: list) -> list[Disagreement]:
    """One sentence of a longer quote given in other words by the other outlet, the rest of
    the two quotes unlike: "I would stake my reputation on it. The photographs ..." / "I
    would bet my reputation on it. I know what I saw."  Quotes of one named speaker (or
    one side's unnamed), each sentence matched to its closest version, mostly in the same
    words and order; the words of a quote already matched in part are left out."""
    out = []
    chunks_b = [_chunks(_uncovered(wb, cover_b.get(j)), pb.art.text) for j, (_, wb) in enumerate(qb_list)]
    for i, (qa, wa) in enumerate(qa_list):
        if i in used_a:
            continue
        ska = _speaker_key(qa.speaker)
        chunks_a = None
        for j, (qb, wb) in enumerate(qb_list):
            if j in used_b:
                continue
            skb = _speaker_key(qb.speaker)
            if not (ska or skb) or (ska and skb and ska != skb and _fuzz_ratio(ska, skb) < 80):
                continue
            if chunks_a is None:
                chunks_a = _chunks(_uncovered(wa, cover_a.get(i)), pa.art.text)
            best = None
            for ca in chunks_a:
                la = [w for _, _, w in ca]
                ca_count = Counter(la)
                for cb in chunks_b[j]:
                    lb = [w for _, _, w in cb]
                    if min(len(la), len(lb)) < 4 or la == lb:
                        continue
                    # (the words in common bound the ratio: most pairs are ruled out without a diff)
                    if 2 * sum((ca_count & Counter(lb)).values()) < _CHUNK_RATIO * (len(la) + len(lb)):
                        continue
                    r = difflib.SequenceMatcher(None, la, lb, autojunk=False).ratio()
                    if r >= _CHUNK_RATIO and (best is None or r > best[0]):
                        best = (r, ca, cb)
            if best is None:
                continue
            d = _diff_quote(pa, pb, qa, best[1], qb, best[2])
            if d is None or d is _REWORDED or any(_side_overlap(d, q) for q in found + out):
                continue
            out.append(d)
            used_a.add(i)
            used_b.add(j)
            break
    return out


_CHUNK_RATIO = 0.7


def _chunks(ws: list, text: str) -> list[list]:
    """A quote's sentences, and its clauses as well ("..., but this stadium deserved a win
    tonight, and ..." / "This place deserved a win tonight.")."""
    sents = _sentence_chunks(ws, text)
    clauses = _sentence_chunks(ws, text, ".?!,;:—–")
    return sents + [c for c in clauses if c not in sents]


def _longest_run(wa: list, wb: list) -> int:
    """The longest run of words two quotes share in the same order ("decision our family has
    ever made"): five or more is one statement, whoever each article credits with it."""
    sm = difflib.SequenceMatcher(None, [w for _, _, w in wa], [w for _, _, w in wb], autojunk=False)
    return sm.find_longest_match(0, len(wa), 0, len(wb)).size


def _uncovered(ws: list, cover: Optional[tuple[int, int]]) -> list:
    """The longer stretch of a quote's words outside the part already matched."""
    if not cover:
        return ws
    before, after = ws[:cover[0]], ws[cover[1]:]
    return before if len(before) > len(after) else after


def _uncovered_len(ws: list, cover: tuple[int, int]) -> int:
    return max(cover[0], len(ws) - cover[1])


def _matched_region(wa: list, wb: list) -> tuple[tuple[int, int], tuple[int, int]]:
    """Word ranges, in each quote, from the first to the last word the two share in order."""
    sm = difflib.SequenceMatcher(None, [w for _, _, w in wa], [w for _, _, w in wb], autojunk=False)
    blocks = [b for b in sm.get_matching_blocks() if b.size]
    if not blocks:
        return (0, len(wa)), (0, len(wb))
    return (blocks[0].a, blocks[-1].a + blocks[-1].size), (blocks[0].b, blocks[-1].b + blocks[-1].size)


_PRONOUN_SPEAKERS = {"he", "she", "they"}


def _quote_speakers(p: Prepared) -> list[Optional[str]]:
    """The speaker key of every quote: the engine's, else the person named in the quote's
    sentence outside the marks, else (after "he said") the last person named before."""
    keys = []
    mentions = sorted((m[0], m[1], key) for key, per in p.persons.items() for m in per.mentions)
    starts = [m[0] for m in mentions]
    for q in p.quotes:
        k = _speaker_key(q.speaker)
        if k is None:
            si = _sent_of(p, q.start)
            s0, e0 = p.sents[si]
            inside = [m for m in mentions if s0 <= m[0] < e0 and not (q.start <= m[0] < q.end)]
            if inside:
                k = min(inside, key=lambda m: abs(m[0] - q.start))[2]
            else:
                tail = p.art.text[q.end:e0].lower().split()[:4] + p.art.text[s0:q.start].lower().split()[-4:]
                if _PRONOUN_SPEAKERS & set(tail):
                    x = bisect_right(starts, q.start) - 1
                    if x >= 0 and _sent_of(p, mentions[x][0]) >= si - 2:
                        k = mentions[x][2]
        keys.append(k)
    return keys


def _quote_context(p: Prepared, q: Quote, qstems: set, name: set) -> set:
    """Content stems around a quote: its sentence and the one before it in the same
    paragraph, less the quote's own words, the speaker's name and role, speech verbs."""
    si = _sent_of(p, q.start)
    terms = set(p.sent_terms[si])
    if si > 0 and "\n" not in p.art.text[p.sents[si - 1][1]:p.sents[si][0]]:
        terms |= p.sent_terms[si - 1]
    return {t for t in terms - qstems - name if t not in _SPEECH and t[:5] not in _SPEECH and t not in _ROLE_WORDS
            and not t[0].isdigit()}


def _reworded_quotes(pa: Prepared, pb: Prepared, qa_list, qb_list, used_a: set, used_b: set,
                     align: dict) -> list[Disagreement]:
    """The same speaker quoted in largely different words about the same thing: quotes
    should be verbatim.  Anchored by a rare word the two quotes share, plus a shared
    context (their sentences, or the same place among that speaker's quotes)."""
    if len(used_a) == len(qa_list) or len(used_b) == len(qb_list):
        return []
    spk_a = pa.memo.get("speakers") or pa.memo.setdefault("speakers", _quote_speakers(pa))
    spk_b = pb.memo.get("speakers") or pb.memo.setdefault("speakers", _quote_speakers(pb))
    ord_a, ord_b = _speaker_order(spk_a), _speaker_order(spk_b)
    cands = []
    for i, (qa, wa) in enumerate(qa_list):
        if i in used_a or not spk_a[i] or len(wa) < 4:
            continue
        sa = {stem(w) for _, _, w in wa if w not in STOPWORDS and len(w) > 2}
        name_a = {stem(x) for x in _fold(pa.persons[spk_a[i]].full).split()} if spk_a[i] in pa.persons else {spk_a[i]}
        ctx_a = None
        for j, (qb, wb) in enumerate(qb_list):
            if j in used_b or not spk_b[j] or len(wb) < 4:
                continue
            if not _same_speaker(_full(pa, spk_a[i]), spk_a[i], _full(pb, spk_b[j]), spk_b[j]):
                continue
            sb = {stem(w) for _, _, w in wb if w not in STOPWORDS and len(w) > 2}
            shared = sa & sb
            # (a word the sentence index lacks, like "A49", is as rare as can be)
            rare = {w for w in shared if w not in _NUMERIC_WORDS and w not in NEGATORS and w not in _LIGHT_PARTICIPLES
                    and 2 <= pa.df.get(w, _unindexed(w)) + pb.df.get(w, _unindexed(w)) <= 4}
            syn = _synonym_pairs(sa - sb, sb - sa, pa, pb)
            # five words in a row in both ("I've never seen anything like it"): one statement
            verbatim = _longest_run(wa, wb) >= 5
            if verbatim and not rare:
                rare = {"\x00run"}
            if not rare:
                # no rare word in common: rare words in other words ("lucky" / "fortunate",
                # "near" / "close"), two at least, over a good part of the shorter quote
                if len(syn) < 2 or (len(shared) + len(syn)) / min(len(sa), len(sb)) < 0.4:
                    continue
                rare = syn
            if ctx_a is None:
                ctx_a = _quote_context(pa, qa, sa, name_a)
            name_b = {stem(x) for x in _fold(pb.persons[spk_b[j]].full).split()} if spk_b[j] in pb.persons else \
                {spk_b[j]}
            ctx_b = _quote_context(pb, qb, sb, name_b | name_a)
            ctx = {w for w in (ctx_a - name_b) & ctx_b if pa.df.get(w, 0) + pb.df.get(w, 0) <= 6}
            sim = align.get((_sent_of(pa, qa.start), _sent_of(pb, qb.start)), 0.0)
            same_place = ord_a[i] == ord_b[j]
            # (two quotes with no word in common are not taken for one statement: the same
            # person says several things, and both articles' contexts often match)
            # two rare words in common, or in other words, need no more; nor does one with two
            # more of the story's less common words, in quotes of like length ("labour",
            # "the A49", "the board")
            topical = {w for w in shared if pa.df.get(w, _unindexed(w)) + pb.df.get(w, _unindexed(w)) <= 8}
            like_length = max(len(wa), len(wb)) <= 1.6 * min(len(wa), len(wb))
            if not (rare and (ctx or same_place or sim >= 0.15 or len(rare | syn) >= 2 or verbatim or
                              (len(topical) >= 3 and like_length))):
                continue
            score = 2 + len(rare) + 0.5 * len(syn - rare) + 0.5 * len(ctx) + same_place
            cands.append((score, i, j))
    out = []
    for _, i, j in sorted(cands, key=lambda x: (-x[0], x[1], x[2])):
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        qa, qb = qa_list[i][0], qb_list[j][0]
        d = _diff_quote(pa, pb, qa, qa_list[i][1], qb, qb_list[j][1])
        if d is not _REWORDED:
            # close enough for a word diff ("organisation" / "organization"): it decides
            if d is not None:
                out.append(d)
            continue
        speaker = qa.speaker or qb.speaker or pa.persons.get(spk_a[i], Person(spk_a[i], spk_a[i], "")).full
        short = lambda t: t if len(t) <= 60 else t[:57].rstrip() + "..."  # noqa: E731
        out.append(Disagreement(
            "quote", _side(pa, qa.start, qa.end), _side(pb, qb.start, qb.end),
            f"{speaker}'s statement is quoted in different words: '{short(qa.text)}' vs '{short(qb.text)}'",
            0.6, (qa.text,), (qb.text,)))
    return out


def _unindexed(w: str) -> int:
    """The sentence count to assume for a quote word the sentence index lacks: one for a
    code like "A49" (split there into "A" and "49"), none for a word left out as common."""
    return 1 if not w.isalpha() and any(c.isdigit() for c in w) else 0


def _synonym_pairs(xs: set, ys: set, pa: Prepared, pb: Prepared) -> set[str]:
    """The words of ``xs`` that have a synonym in ``ys``, neither common in the two
    articles; empty unless one such pair is rare (three sentences at most)."""
    syn = synonym_map(stem)
    out = set()
    rare = False
    for x in xs:
        dx = pa.df.get(x, 0) + pb.df.get(x, 0)
        if dx > 6:
            continue
        for y in ys:
            dy = pa.df.get(y, 0) + pb.df.get(y, 0)
            if dy <= 6 and _kin(x, y, syn):
                out.add(x)
                rare = rare or max(dx, dy) <= 3
                break
    return out if rare else set()


def _kin(x: str, y: str, syn) -> bool:
    """Two stems of one sense: synonyms either way, the same after a superlative
    ("strongest" / "powerful"), or one word inside the other ("coast" / "coastline",
    "drawing" / "underdrawing")."""
    if y in syn.get(x, ()) or x in syn.get(y, ()):
        return True
    bx, by = _positive(x, syn), _positive(y, syn)
    if (bx, by) != (x, y) and (bx == by or by in syn.get(bx, ()) or bx in syn.get(by, ())):
        return True
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    return len(short) >= 4 and short in long_ and 2 * len(short) >= len(long_)


def _positive(w: str, syn) -> str:
    """"strongest" -> "strong", "bigger" -> "big", when the table knows the plain form."""
    for suf in ("est", "er"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            b = w[:-len(suf)]
            for cand in (b, b[:-1] if len(b) > 2 and b[-1] == b[-2] else None, b + "e"):
                if cand and syn.get(cand):
                    return cand
    return w


def _speaker_order(keys: list) -> list[int]:
    """The place of each quote among its speaker's quotes (0 = the speaker's first)."""
    seen: dict = {}
    out = []
    for k in keys:
        out.append(seen.get(k, 0))
        seen[k] = seen.get(k, 0) + 1
    return out


_MARK_SETS: dict[str, frozenset] = {}


def _sentence_chunks(ws: list, text: str, marks: str = ".?!") -> list[list]:
    """A quote's words cut at its sentence ends (or at any of ``marks``)."""
    out, cur = [], []
    stops = _MARK_SETS.get(marks) or _MARK_SETS.setdefault(marks, frozenset(marks))
    for k, x in enumerate(ws):
        if cur and not stops.isdisjoint(text[ws[k - 1][1]:x[0]]):
            out.append(cur)
            cur = []
        cur.append(x)
    if cur:
        out.append(cur)
    return out


def _in_a_order(wa: list, wb: list, text_a: str, text_b: str) -> list:
    """``wb`` with its sentences put in the order of the parts of ``wa`` they match: one
    outlet may quote "X. Y." and the other "Y. X."."""
    cb = _sentence_chunks(wb, text_b)
    if len(cb) < 2:
        cb = _sentence_chunks(wb, text_b, ".?!,;:—–")
        if len(cb) < 2:
            return wb
    # (by the clauses of ``wa``: "..., but this stadium deserved a win tonight, and the guys
    # went out and earned it" / "The guys went out and earned it. This place deserved a win tonight.")
    ca = [{w for _, _, w in c} for c in _sentence_chunks(wa, text_a, ".?!,;:—–")]
    if len(ca) < 2:
        return wb
    def place(chunk):
        words = {w for _, _, w in chunk}
        best = max(range(len(ca)), key=lambda k: (len(words & ca[k]), -k))
        return best if len(words & ca[best]) >= 2 else None
    keys = [place(c) for c in cb]
    if all(k is None for k in keys):
        return wb
    for k in range(len(keys)):  # a part matching nothing stays with the part before it
        if keys[k] is None:
            keys[k] = keys[k - 1] if k else -1
    if keys == sorted(keys):
        return wb
    order = sorted(range(len(cb)), key=lambda k: (keys[k], k))
    return [x for k in order for x in cb[k]]


def _whole_quote(q: Quote, span: tuple[int, int], limit: int = 300) -> tuple[int, int]:
    """The quote's own span when it is short enough to show whole, else the differing part."""
    if q.end - q.start <= limit and q.start <= span[0] and span[1] <= q.end:
        return q.start, q.end
    return span


def _diff_quote(pa, pb, qa: Quote, wa, qb: Quote, wb) -> Optional[Disagreement]:
    wb = _in_a_order(wa, wb, pa.art.text, pb.art.text)
    sa = [w for _, _, w in wa]
    sb = [w for _, _, w in wb]
    sm = difflib.SequenceMatcher(None, sa, sb, autojunk=False)
    ops = sm.get_opcodes()
    matched = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    if matched < 0.5 * min(len(sa), len(sb)):
        return _REWORDED
    if matched < (1 if min(len(sa), len(sb)) <= 3 else 2):
        return None
    # trim the unaligned outside parts (a partial quote of a longer one); an end worded
    # differently on both sides is kept ("a service that is not safe" / "a service we know
    # to be unsafe")
    # (only next to a verbatim run of four words or more, which pins down where the quotes meet)
    if len(ops) >= 2 and ops[-1][0] == "replace" and ops[-2][0] == "equal" and ops[-2][2] - ops[-2][1] >= 4:
        ops[-1] = _clip_end(ops[-1], tail=True)
    if len(ops) >= 2 and ops[0][0] == "replace" and ops[1][0] == "equal" and ops[1][2] - ops[1][1] >= 4:
        ops[0] = _clip_end(ops[0], tail=False)
    while ops and ops[0][0] != "equal" and not (ops[0][0] == "replace" and _end_kept(ops[0])):
        ops = ops[1:]
    while ops and ops[-1][0] != "equal" and not (ops[-1][0] == "replace" and _end_kept(ops[-1])):
        ops = ops[:-1]
    while ops and ops[0][0] in ("insert", "delete"):
        ops = ops[1:]
    while ops and ops[-1][0] in ("insert", "delete"):
        ops = ops[:-1]
    if not ops:
        return None
    diff_a: list[str] = []
    diff_b: list[str] = []
    disp: list[tuple[str, str]] = []
    real = False
    text_a, text_b = pa.art.text, pb.art.text
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        xa, xb = sa[i1:i2], sb[j1:j2]
        if tag == "replace" and len(xa) == len(xb) and all(_word_equiv(x, y) for x, y in zip(xa, xb)):
            continue
        if tag in ("delete", "insert"):
            # an ellipsis or a bracketed editorial insertion marks a deliberate cut
            if tag == "delete":
                gap = text_b[wb[j1 - 1][1]:wb[j1][0]] if 0 < j1 < len(wb) else ""
                seg = text_a[wa[i1][0]:wa[i2 - 1][1]]
            else:
                gap = text_a[wa[i1 - 1][1]:wa[i1][0]] if 0 < i1 < len(wa) else ""
                seg = text_b[wb[j1][0]:wb[j2 - 1][1]]
            if "..." in gap or "…" in gap or "[" in gap:
                continue
            # a whole clause left out where the shorter quote has a sentence break:
            # quoting two sentences and skipping what came between them
            if len(xa or xb) >= 3 and any(c in gap for c in ".;:!?—"):
                continue
            around = (text_a if tag == "delete" else text_b)
            s0 = (wa[i1][0] if tag == "delete" else wb[j1][0])
            if around[max(0, s0 - 1):s0] == "[":
                continue
            if all(w in STOPWORDS for w in (xa or xb)) and len(xa or xb) == 1:
                # a dropped article or conjunction ("the", "and"): still not verbatim, but weak
                pass
        if xa:
            diff_a.append(text_a[wa[i1][0]:wa[i2 - 1][1]])
        if xb:
            diff_b.append(text_b[wb[j1][0]:wb[j2 - 1][1]])
        if xa and xb:
            disp.append((diff_a[-1], diff_b[-1]))
        else:
            # a word left out: show it with its neighbours ("every person" / "every single person")
            a_lo, a_hi = max(0, i1 - 1), min(len(wa), i2 + 1)
            b_lo, b_hi = max(0, j1 - 1), min(len(wb), j2 + 1)
            disp.append((text_a[wa[a_lo][0]:wa[a_hi - 1][1]] if a_hi > a_lo else "",
                         text_b[wb[b_lo][0]:wb[b_hi - 1][1]] if b_hi > b_lo else ""))
        real = True
    if not real:
        return None
    ca = [w for d in diff_a for w in _fold(d).split() if w not in STOPWORDS]
    cb = [w for d in diff_b for w in _fold(d).split() if w not in STOPWORDS]
    minor = not ca and not cb  # only function words differ: "a corner" / "the corner"
    a_lo = next(i1 for tag, i1, i2, j1, j2 in ops)
    a_hi = ops[-1][2]
    b_lo = ops[0][3]
    b_hi = ops[-1][4]
    sa_span = (wa[a_lo][0], wa[max(a_lo, a_hi - 1)][1])
    seg = wb[b_lo:max(b_lo + 1, b_hi)]  # (after a reordering, its words need not run in text order)
    sb_span = (min(x[0] for x in seg), max(x[1] for x in seg))
    # each side shows the whole quote (the differing words are marked in it), unless long
    side_a = _side(pa, *_whole_quote(qa, sa_span))
    side_b = _side(pb, *_whole_quote(qb, sb_span))
    speaker = qa.speaker or qb.speaker
    who = f"{speaker}'s statement" if speaker else "The same statement"
    # the most telling differences first: content words before function words
    disp.sort(key=lambda d: not any(w not in STOPWORDS for w in _fold(d[0] + " " + d[1]).split()))
    key_a = _key_words([d[0] for d in disp[:3]])
    key_b = _key_words([d[1] for d in disp[:3]])
    size = len(ca) + len(cb)
    score = min(0.95, 0.7 + 0.05 * size) if not minor else 0.45
    return Disagreement(
        "quote", side_a, side_b,
        f"{who} is quoted differently: '{key_a}' vs '{key_b}'",
        round(score, 3), tuple(diff_a), tuple(diff_b))


_REWORDED = Disagreement("quote", Side("", 0, 0, ""), Side("", 0, 0, ""), "", 0.0)  # sentinel


def _reworded(wa, wb) -> bool:
    """Two quotes too different for a word diff (neither is a verbatim part of the other)."""
    sa = [w for _, _, w in wa]
    sb = [w for _, _, w in wb]
    sm = difflib.SequenceMatcher(None, sa, sb, autojunk=False)
    matched = sum(b.size for b in sm.get_matching_blocks())
    return matched < 0.5 * min(len(sa), len(sb))


def _small(op) -> bool:
    return (op[2] - op[1]) <= 3 and (op[4] - op[3]) <= 3


def _clip_end(op, tail: bool):
    """A replaced end where one quote runs on ("mostly after midnight, and for a long time I
    ..." / "mostly in the small hours"): only as many words of the longer as the shorter has
    (two more at most) are the other wording; the rest is the longer quote going on."""
    tag, i1, i2, j1, j2 = op
    la, lb = i2 - i1, j2 - j1
    if max(la, lb) <= 6 or min(la, lb) > 6 or min(la, lb) == 0:
        return op
    k = min(la, lb) + 2
    if tail:
        return (tag, i1, min(i2, i1 + k), j1, min(j2, j1 + k))
    return (tag, max(i1, i2 - k), i2, max(j1, j2 - k), j2)


def _end_kept(op) -> bool:
    """A replaced stretch at a quote's end that is another wording, not another sentence:
    short on both sides and of like length."""
    la, lb = op[2] - op[1], op[4] - op[3]
    return _small(op) or (max(la, lb) <= 6 and max(la, lb) <= 2 * min(la, lb))


def _key_words(diffs: list[str]) -> str:
    if not diffs:
        return "—"
    s = ", ".join(d for d in diffs[:3] if d) or "—"
    return s if len(s) < 80 else s[:77] + "..."
