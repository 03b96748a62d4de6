"""People and their titles in an article; names, titles and deeds credited differently."""
from __future__ import annotations

import re
from typing import Optional

from tui.model import Disagreement, Entity
from tui.analysis.compare.base import (
    _CLAUSE_GAP, _fold, _fuzz_ratio, _ROLE_HEADS, _ROLE_SYN, _ROLE_WORDS, _sent_of, _side, _SPEECH, _tok_index_at,
    Person, Prepared, STOPWORDS,
)


# --------------------------------------------------------------------------- persons and titles

_HONORIFICS = frozenset("mr mrs ms miss mx sir dame lord lady".split())
_PARTICLES = frozenset("von van der den de da di du del della dos das do la le bin ibn al el ben ter ten zu".split())


def _find_persons(p: Prepared, ents: list[Entity]) -> dict[str, Person]:
    text = p.art.text
    persons: dict[str, Person] = {}
    tok_starts = {t[0]: idx for idx, t in enumerate(p.toks)}
    tok_ends = {t[1]: idx for idx, t in enumerate(p.toks)}
    for e in ents:
        if e.label != "PERSON":
            continue
        words = e.text.split()
        if not words:
            continue
        key = _fold(words[-1]).strip(".,'")
        if words[-1].lower().rstrip(".") in ("jr", "sr", "ii", "iii") and len(words) > 1:
            key = _fold(words[-2]).strip(".,'")
        if len(key) < 2:
            continue
        given = ""
        if len(words) > 1:
            gi = len(words) - 2 if words[-1].lower().rstrip(".") not in ("jr", "sr", "ii", "iii") else len(words) - 3
            while gi > 0 and words[gi] in _PARTICLES:
                gi -= 1  # "Annelies de Wit", "Ruud van der Berg": the given name is before the particles
            given = _fold(words[max(0, gi)]).strip(".,")
            if given in _ROLE_WORDS or given in _HONORIFICS:
                given = ""  # "Councillor Brierley", "Mr Tulloch": no given name
        per = persons.get(key)
        if per is None:
            per = persons[key] = Person(key, e.text, given)
        if len(e.text) > len(per.full):
            per.full = e.text
            per.first = given or per.first
        per.mentions.append((e.start, e.end, e.text))
        if given:
            per.givens.add(given)
            if not per.first:
                per.first = given  # ("Councillor Brierley" came first, then "Tim Brierley")
        # title before the name: role words, "of", country qualifiers skipped
        ti = tok_starts.get(e.start)
        if ti is not None:
            roles = []
            t = ti - 1
            first_role = qualifier = None
            while t >= 0 and p.toks[t][5] == p.toks[ti][5]:
                gap = text[p.toks[t][1]:p.toks[t + 1][0]]
                f = p.toks[t][3].rstrip(".")
                if gap.strip() == "." and first_role == t + 1 and len(p.toks[t][2]) == 1 and p.toks[t][2].isupper():
                    while t > 0 and p.toks[t - 1][1] == p.toks[t][0] and p.toks[t - 1][2][-1:] == "." and \
                            len(p.toks[t - 1][2]) == 2:
                        t -= 1  # "U.S. Attorney": an initialism, a qualifier
                    qualifier = t
                    if _rank_before(p, t):
                        roles.append(p.toks[t - 1][3])  # "Assistant U.S. Attorney"
                        first_role, qualifier = t - 1, None
                    break
                # "Madigan's coach, Paul Hallinan": a role right before the name, after a comma
                after_comma = gap == ", " and t == ti - 1 and (f in _ROLE_HEADS or f in _ROLE_WORDS and t > 0 and
                                                                 p.toks[t - 1][3].rstrip(".") in _ROLE_WORDS)
                if gap.strip() not in ("", "-") and not after_comma and \
                        not (gap.strip() == "." and f in _ROLE_WORDS and len(f) <= 4):
                    break  # (but "Sgt. Dwayne Keller": an abbreviated title)
                if f in _ROLE_WORDS:
                    roles.append(f)
                    first_role = t
                elif f in ("of", "the", "and") and roles:
                    pass
                elif roles and first_role == t + 1 and (p.toks[t][2][0].isupper() and _portfolio(p, t) or
                                                       p.toks[t][2].islower() and f not in STOPWORDS and t > 0 and
                                                       (p.toks[t - 1][3].rstrip(".") in _ROLE_WORDS or
                                                        p.toks[t - 1][3].endswith("'s") or
                                                        p.toks[t - 1][3] in ("the", "external", "foreign"))):
                    # "Transport Minister", "Health Secretary": the portfolio is part of the title;
                    # lower case only between two role words ("Deputy council leader")
                    roles.append("mod:" + f)
                    first_role = t
                elif p.toks[t][2][0].isupper() and roles:
                    # "U.S. Secretary of State", "Ukrainian President": qualifiers stay out of
                    # the roles, but in the words shown
                    qualifier = t if first_role == t + 1 else None
                    if qualifier is not None and _rank_before(p, t):
                        roles.append(p.toks[t - 1][3])  # "Assistant U.S. Attorney": the rank before the qualifier
                        first_role, qualifier = t - 1, None
                    break
                else:
                    break
                t -= 1
            if roles and any(r in _ROLE_HEADS for r in roles):
                s0 = p.toks[first_role if qualifier is None else qualifier][0]
                per.titles.append((_role_set(roles[::-1]), s0, e.end, text[s0:e.end]))
        # apposition after the name: ", the company's chief executive,"
        tj = tok_ends.get(e.end)
        if tj is not None and text[e.end:e.end + 2] == ", ":
            roles = []
            t = tj + 1
            last = None
            while t < len(p.toks) and p.toks[t][5] == p.toks[tj][5] and t <= tj + 6:
                f = p.toks[t][3].rstrip(".")
                if f in _ROLE_WORDS:
                    roles.append(f)
                    last = t
                elif f in ("the", "a", "an", "its", "their", "his", "her", "of") or f.endswith(("'s", "’s")) or \
                        (p.toks[t][2][0].isupper() and not roles):
                    pass
                elif not roles and any(p.toks[u][3].endswith(("'s", "’s"))
                                       for u in range(t + 1, min(t + 3, len(p.toks)))):
                    pass  # "the auction house's head": whose post it is
                else:
                    break
                if text[p.toks[t][1]:p.toks[t][1] + 1] in ",;.":
                    break
                t += 1
            if roles and any(r in _ROLE_HEADS for r in roles) and last is not None:
                # "the mayor of Bétera": the place or body belongs to the title
                t = last + 1
                if t + 1 < len(p.toks) and p.toks[t][3] == "of" and p.toks[t + 1][2][0].isupper() and \
                        text[p.toks[last][1]:p.toks[t][0]] == " ":
                    last = t + 1
                    while last + 1 < len(p.toks) and p.toks[last + 1][2][0].isupper() and \
                            text[p.toks[last][1]:p.toks[last + 1][0]] == " ":
                        last += 1
                per.titles.append((_role_set(roles), e.start, p.toks[last][1], text[e.start:p.toks[last][1]]))
    return persons


_ABBREV_ROLES = {"ceo": ("chief", "executive", "officer"), "cfo": ("chief", "financial", "officer"),
                 "coo": ("chief", "operating", "officer"), "cto": ("chief", "technology", "officer")}
_ABBREV_ROLES.update({a: (w,) for a, w in (
    ("ch", "chief"), ("supt", "superintendent"), ("sgt", "sergeant"), ("cllr", "councillor"), ("insp", "inspector"),
    ("det", "detective"), ("cpl", "corporal"), ("maj", "major"), ("lt", "lieutenant"), ("gen", "general"),
    ("col", "colonel"), ("capt", "captain"), ("prof", "professor"), ("sen", "senator"), ("rep", "representative"))})


def _role_set(roles: list[str]) -> frozenset:
    """Role words of one title, in text order, as a set; "chief" before another role
    word ("Chief Judge", "chief executive") is a rank, marked "chief+"."""
    out: list[str] = []
    for r in roles:
        out.extend(_ABBREV_ROLES.get(r, (r,)))
    marks = {"chief+" for k, r in enumerate(out) if r == "chief" and k + 1 < len(out)}
    return frozenset(out) | marks


_RANK_MODS = {"chief+", "former", "deputy", "vice", "assistant", "associate", "acting", "interim", "junior", "under",
              "lieutenant", "co"}


_NATIONAL_SUFFIXES = ("an", "ese", "ish", "i", "ic", "ch")
_QUALIFIERS = {"french", "dutch", "greek", "swiss", "thai", "welsh", "czech", "democrat", "conservative",
               "liberal", "labour", "labor", "green", "socialist", "u.s", "us", "uk", "u.k", "eu", "un", "nato",
               "state", "federal", "national", "regional", "local", "city", "county", "provincial", "new", "then",
               "outgoing", "incoming", "current", "longtime", "veteran", "top", "senior"}


def _rank_before(p: Prepared, t: int) -> bool:
    """A rank right before a title's qualifier: "Deputy (U.S.) Attorney"."""
    return t > 0 and (p.toks[t - 1][3] in _RANK_MODS or p.toks[t - 1][3] == "chief") and \
        p.toks[t - 1][5] == p.toks[t][5] and \
        p.art.text[p.toks[t - 1][1]:p.toks[t][0]] == " "


# the service a post heads; a capitalised one before a role is part of the title
_SERVICES = {"fire", "police", "battalion", "rescue", "ambulance", "coastguard", "customs", "border", "prison",
             "probation", "parole", "library", "parks", "planning", "housing", "transit", "harbour", "harbor", "port",
             "emergency", "school", "schools", "highways", "water"}


def _portfolio(p: Prepared, t: int) -> bool:
    """Is the capitalised word before a role a portfolio ("Transport") rather than a
    qualifier (a nationality, a party, a country, a place)?"""
    f = p.toks[t][3].rstrip(".")
    if f in _SERVICES:
        return True  # "Fire Chief", "Police Commissioner", even inside the name of the body
    if f in _QUALIFIERS or f.endswith(_NATIONAL_SUFFIXES) or not p.toks[t][2][1:].islower():
        return False
    if f in STOPWORDS or f.endswith(("'s", "'")):
        return False  # "Her coach", "Madigan's coach": whose, not which post
    s0 = p.toks[t][0]
    return not any(e.start <= s0 < e.end and e.label in ("GPE", "NORP", "LOC", "ORG", "FAC", "PERSON")
                   for e in p.ana.entities)


_ACADEMIC = frozenset({"professor", "prof"})
# the court a judge sits in: "Magistrate Judge", "District Judge", "Circuit Judge"
_COURT_TIERS = frozenset("magistrate district circuit appeals appellate bankruptcy supreme high crown county family "
                         "recorder".split())


def _tiers(roles: frozenset) -> frozenset:
    if not roles & {"judge", "justice"}:
        return frozenset()
    return frozenset(r[4:] if r.startswith("mod:") else r for r in roles) & _COURT_TIERS


def _role_compatible(a: frozenset, b: frozenset) -> bool:
    # "Dr" is a form of address that goes with any post, but not with a professor's chair
    if "dr" in a and not b & _ACADEMIC:
        a = a - {"dr"}
    if "dr" in b and not a & _ACADEMIC:
        b = b - {"dr"}
    if not a or not b:
        return True
    if "boss" in a or "boss" in b:
        return True  # headline shorthand for whoever leads it ("Council boss")
    if (a & _RANK_MODS) != (b & _RANK_MODS):
        return False
    a2, b2 = a - _RANK_MODS - {"senior"}, b - _RANK_MODS - {"senior"}
    # "head" before another head word is a rank ("head coach", "head teacher"), not a post
    a2 = a2 - {"head"} if len(a2 & _ROLE_HEADS) > 1 else a2
    b2 = b2 - {"head"} if len(b2 & _ROLE_HEADS) > 1 else b2
    if not a2 or not b2 or a2 <= b2 or b2 <= a2:
        return True
    # heads compatible through synonyms, modifiers not contradicting
    ha, hb = a2 & _ROLE_HEADS, b2 & _ROLE_HEADS
    ta, tb = _tiers(a2), _tiers(b2)
    if ta and tb and not ta & tb:
        return False  # "Magistrate Judge" / "District Judge"
    if ha and hb and not any(y in _ROLE_SYN.get(x, {x}) or x == y for x in ha for y in hb):
        return False
    ma, mb = a2 - _ROLE_HEADS, b2 - _ROLE_HEADS
    if ma and mb and not any(y in _ROLE_SYN.get(x, {x}) or x == y for x in ma for y in mb):
        return False
    return True


# --------------------------------------------------------------------------- names

def _compare_names(pa: Prepared, pb: Prepared) -> list[Disagreement]:
    out = []
    keys_b = sorted(pb.persons)
    for ka in sorted(pa.persons):
        per_a = pa.persons[ka]
        if ka in pb.persons:
            per_b = pb.persons[ka]
            if per_a.first and per_b.first and per_a.first != per_b.first and \
                    not (per_a.first[0] == per_b.first[0] and (len(per_a.first) <= 2 or len(per_b.first) <= 2)):
                if _fuzz_ratio(per_a.first, per_b.first) >= 75 and min(len(per_a.first), len(per_b.first)) >= 3:
                    out.append(_spelling(pa, pb, per_a, per_b))  # "Tor" / "Tore"
                elif _same_post(per_a, per_b) or _one_person_in_context(pa, per_a, pb, per_b):
                    out.append(_spelling(pa, pb, per_a, per_b))  # "Mayor Patricia Vance" / "Mayor Priscilla Vance"
                continue  # else another person with the same surname
            d = _compare_titles(pa, pb, per_a, per_b)
            if d:
                out.append(d)
            continue
        # spelling variants: Zelensky / Zelenskyy
        for kb in keys_b:
            if kb in pa.persons or abs(len(kb) - len(ka)) > 2 or min(len(ka), len(kb)) < 3:
                continue
            if min(len(ka), len(kb)) < 4 and not (per_a.first and per_a.first == pb.persons[kb].first):
                continue  # ("Sanne de Wit" / "Sanne de Witt": a short name, one given name)
            per_b = pb.persons[kb]
            one_post = bool(per_a.first) and per_a.first == per_b.first and _same_post(per_a, per_b)
            # (one given name lets the initial differ when the rest is close: "Tomás Ferreira" /
            # "Tomás Pereira")
            one_given = bool(per_a.first) and per_a.first == per_b.first and len(per_a.first) >= 3 and \
                _fuzz_ratio(ka, kb) >= 80
            if ka[0] != kb[0] and not (one_post or one_given):
                continue
            if per_a.first and per_b.first and per_a.first != per_b.first and \
                    _fuzz_ratio(per_a.first, per_b.first) < 75:
                continue  # ("Annika Sorensen" / "Anika Sorenson" is still one person)
            # one given name in both ("Rebecca Lyle" / "Rebecca Lisle") lets the surnames differ more
            same_first = bool(per_a.first) and per_a.first == per_b.first and len(per_a.first) >= 3
            # (and one post as well: "returning officer Alison Greig" / "Returning officer Alison Craig")
            bar = 50 if one_post else 65 if same_first else 80
            if _fuzz_ratio(ka, kb) >= bar and (same_first or min(len(ka), len(kb)) >= 5):
                out.append(_spelling(pa, pb, per_a, per_b))
                d = _compare_titles(pa, pb, per_a, per_b)
                if d:
                    out.append(d)
    return out


def _context_of(p: Prepared, per: Person) -> set[str]:
    """Content stems within eight words of a person's mentions, less the names themselves."""
    out: set[str] = set()
    for s, e, _ in per.mentions:
        t0, t1 = _tok_index_at(p, s), _tok_index_at(p, e - 1)
        a0, a1 = p.sent_toks[p.toks[t0][5]]
        terms = p.sent_terms[p.toks[t0][5]]
        out |= {p.toks[k][4] for k in range(max(a0, t0 - 8), min(a1, t1 + 9))
                if not t0 <= k <= t1 and p.toks[k][4] in terms}
    return out - {per.key}


def _one_person_in_context(pa: Prepared, per_a: Person, pb: Prepared, per_b: Person) -> bool:
    """Two given names with one surname are one person misnamed ("Dan Whitcomb" / "Ron
    Whitcomb") when each article names only that one, and what is said around them agrees."""
    if len(per_a.givens) != 1 or len(per_b.givens) != 1:
        return False
    shared = _context_of(pa, per_a) & _context_of(pb, per_b)
    # names close in form ("Declan" / "Dermot", "Dan" / "Ron") need less to agree around them
    close = per_a.first[0] == per_b.first[0] or _fuzz_ratio(per_a.first, per_b.first) >= 60
    return len(shared) >= (1 if close else 3)


def _same_post(per_a: Person, per_b: Person) -> bool:
    """Both given one title, a head role that few hold at once ("Mayor", "Prosecutor")."""
    heads = lambda per: {r for t in per.titles for r in t[0]  # noqa: E731
                         if (r in _ROLE_HEADS or r == "boss") and r != "dr"}
    ha, hb = heads(per_a), heads(per_b)
    same = any(y in _ROLE_SYN.get(x, {x}) or x == y for x in ha for y in hb)  # "boss" / "Manager"
    if ("boss" in ha and hb) or ("boss" in hb and ha):
        return True  # "Boss Gillian Fenwick" / "the firm's owner, Gail Fenwick"
    # (a rank word does not make two posts: "Chief financial officer" / "finance director")
    return same and all(_role_compatible(ta[0] - {"chief+"}, tb[0] - {"chief+"})
                        for ta in per_a.titles for tb in per_b.titles)


def _spelling(pa, pb, per_a: Person, per_b: Person) -> Disagreement:
    # the fullest mention that holds the given name ("Tim Brierley", not "Councillor Brierley")
    ma = max(per_a.mentions, key=lambda m: (per_a.first in _fold(m[2]).split(), len(m[2]), -m[0]))
    mb = max(per_b.mentions, key=lambda m: (per_b.first in _fold(m[2]).split(), len(m[2]), -m[0]))
    return Disagreement(
        "name", _side(pa, ma[0], ma[1]), _side(pb, mb[0], mb[1]),
        f"The same person is spelled differently: '{ma[2]}' vs '{mb[2]}'", 0.25, (ma[2],), (mb[2],))


def _compare_titles(pa, pb, per_a: Person, per_b: Person) -> Optional[Disagreement]:
    if not per_a.titles or not per_b.titles:
        return None
    for ta in per_a.titles:
        for tb in per_b.titles:
            if _role_compatible(ta[0], tb[0]):
                return None
    # every title on one side conflicts with every title on the other: report the first of each
    ta, tb = per_a.titles[0], per_b.titles[0]
    ra, rb = _role_phrase(ta[3], per_a), _role_phrase(tb[3], per_b)
    return Disagreement(
        "name", _side(pa, *_with_body(pa, *_with_lead(pa, ta[1], ta[2]))),
        _side(pb, *_with_body(pb, *_with_lead(pb, tb[1], tb[2]))),
        f"{per_a.full} is given a different title: '{ra}' vs '{rb}'", 0.6,
        _role_words(ta[0] - tb[0]), _role_words(tb[0] - ta[0]))


_OF_BODY = re.compile(r" of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}")
_NEXT_WORDS = re.compile(r"(?: [\w'’-]+){1,2}|, who(?: [\w'’-]+){1,8}(?=[,.;])")


def _with_body(p: Prepared, s: int, e: int) -> tuple[int, int]:
    """A title's span with the body named right after the name ("... Rachel Okonedo of
    Norfolk Police"), which belongs to the title, else the word or two that follow in the
    clause ("Energy Minister Fiona Drummond argued") or a short clause on the person
    (", who argued the case"), to show what the title goes with."""
    m = _OF_BODY.match(p.art.text, e) or _NEXT_WORDS.match(p.art.text, e)
    return (s, m.end()) if m else (s, e)


def _with_lead(p: Prepared, s: int, e: int, words: int = 4) -> tuple[int, int]:
    """A title's span with up to four words of its clause before it, to show what is said of
    the person ("The audit faults finance director Carla Benning")."""
    t = _tok_index_at(p, s)
    a0 = p.sent_toks[p.toks[t][5]][0]
    k = t
    while k > a0 and t - k < words and _CLAUSE_GAP.isdisjoint(p.art.text[p.toks[k - 1][1]:p.toks[k][0]]):
        k -= 1
    return p.toks[k][0], e


def _role_phrase(title: str, per: Person) -> str:
    """"Carmen Esteve, the mayor of Bétera" -> "mayor of Bétera"."""
    name = {_fold(w) for m in per.mentions for w in m[2].split()} | {_fold(w) for w in per.full.split()}
    words = [w for w in title.replace(",", " ").split() if _fold(w) not in name]
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words) or title


def _role_words(roles: frozenset) -> tuple[str, ...]:
    return tuple(sorted(r[4:] if r.startswith("mod:") else r for r in roles if r != "chief+"))


def _sent_persons(p: Prepared) -> dict[int, list[tuple[int, int, str, str]]]:
    """Named agents per sentence: people, and organisations (a mislabelled name is still a name)."""
    out: dict[int, list] = {}
    seen = set()
    for key, per in p.persons.items():
        for s0, e0, t in per.mentions:
            out.setdefault(_sent_of(p, s0), []).append((s0, e0, t, key))
            seen.add((s0, e0))
    for e in p.ana.entities:
        if e.label == "ORG" and (e.start, e.end) not in seen:
            out.setdefault(_sent_of(p, e.start), []).append((e.start, e.end, e.text, " ".join(_fold(e.text).split())))
    for v in out.values():
        v.sort()
    return out


def _context_words(p: Prepared, s0: int, e0: int, after: bool) -> Optional[tuple[str, ...]]:
    """Two tokens right after (or before) a name, if no punctuation separates them."""
    text = p.art.text
    if after:
        t = _tok_index_at(p, e0)
        if t >= len(p.toks) or p.toks[t][0] < e0:
            return None
        seq = p.toks[t:t + 2]
        if len(seq) < 2 or text[e0:seq[0][0]].strip() or text[seq[0][1]:seq[1][0]].strip():
            return None
    else:
        t = _tok_index_at(p, s0) - 1
        if t < 1:
            return None
        seq = [p.toks[t - 1], p.toks[t]]
        if text[seq[1][1]:s0].strip() or text[seq[0][1]:seq[1][0]].strip():
            return None
    if seq[0][5] != seq[1][5]:
        return None
    words = tuple(x[4] for x in seq)
    lead = seq[0] if after else seq[1]
    if any(x[2][0].isupper() or x[3].endswith("'s") or x[3] in _ROLE_WORDS for x in seq):
        return None
    if lead[4] in _SPEECH or lead[4][:5] in _SPEECH:
        return None
    if lead[3] in STOPWORDS:
        # "written by X": a preposition next to the name, with the verb before it
        other = seq[0] if not after else None
        if other is None or lead[3] not in ("by", "for", "against", "to", "with", "from") or \
                other[3] in STOPWORDS or other[4] in _SPEECH or other[4][:5] in _SPEECH:
            return None
    return words


_SAME_AGENT: dict[tuple[str, str], bool] = {}


def _same_agent(x: str, y: str) -> bool:
    if x == y:
        return True
    got = _SAME_AGENT.get((x, y))
    if got is None:
        got = _fuzz_ratio(x, y) >= 80
        if len(_SAME_AGENT) < 100_000:
            _SAME_AGENT[(x, y)] = got
    return got


def _compare_agents(pa: Prepared, pb: Prepared, align: dict) -> list[Disagreement]:
    """The same action credited to different people: "X doubled the lead" / "Y doubled the lead"."""
    spa, spb = _sent_persons(pa), _sent_persons(pb)
    out = []
    seen = set()
    memo: dict = {}

    def ctx_of(p: Prepared, m: tuple, after: bool):
        key = (p is pa, m[0], after)
        if key not in memo:
            memo[key] = _context_words(p, m[0], m[1], after)
        return memo[key]

    for (i, j), sim in sorted(align.items(), key=lambda x: (-x[1], x[0])):
        if sim < 0.2 or i not in spa or j not in spb:
            continue
        for ma in spa[i]:
            for mb in spb[j]:
                if _same_agent(ma[3], mb[3]):
                    continue
                for after in (True, False):
                    ca = ctx_of(pa, ma, after)
                    if ca is None or ca != ctx_of(pb, mb, after):
                        continue
                    # the other article may say it of both: then nothing differs
                    if any(_same_agent(m[3], ma[3]) and ctx_of(pb, m, after) == ca for m in spb[j]) or \
                            any(_same_agent(m[3], mb[3]) and ctx_of(pa, m, after) == ca for m in spa[i]):
                        continue
                    if (ma[3], mb[3]) in seen:
                        continue
                    seen.add((ma[3], mb[3]))
                    ta, tb = _tok_index_at(pa, ma[0]), _tok_index_at(pb, mb[0])
                    if after:
                        ea = _tok_index_at(pa, ma[1]) + 2
                        eb = _tok_index_at(pb, mb[1]) + 2
                        sa_, sb_ = (ma[0], pa.toks[min(ea, len(pa.toks) - 1)][1]), \
                            (mb[0], pb.toks[min(eb, len(pb.toks) - 1)][1])
                    else:
                        sa_ = (pa.toks[max(0, ta - 2)][0], ma[1])
                        sb_ = (pb.toks[max(0, tb - 2)][0], mb[1])
                    phrase = " ".join(x[2] for x in (pa.toks[_tok_index_at(pa, ma[1]):_tok_index_at(pa, ma[1]) + 3]
                                                      if after else pa.toks[max(0, ta - 2):ta]))
                    out.append(Disagreement(
                        "name", _side(pa, *sa_), _side(pb, *sb_),
                        f"A different person is named for the same thing ('{phrase}'): '{ma[2]}' vs '{mb[2]}'",
                        round(min(0.8, 0.4 + 0.6 * sim), 3), (ma[2],), (mb[2],)))
                    break
    return out
