"""Dates and clock times that disagree between two articles, and the event a date belongs to."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from tui.analysis.synonyms import synonym_map
from tui.model import DateMention, Disagreement
from tui.analysis.compare.base import (
    _ALIGN_STOP, _ASPECT, _clause, _fold, _GAP_EVENT, _GAP_UNIT, _GENERIC_ANCHORS, _MONTH_NUM, _mutual_best,
    _NUM_WORDS, _sent_of, _side, _side_overlap, _SPEECH, _tok_index_at, _WEEKDAYS, Prepared, stem, STOPWORDS,
)


# --------------------------------------------------------------------------- dates across articles

def _interval(v: Optional[str]) -> Optional[tuple[date, date, str]]:
    if not v:
        return None
    if "/" in v:
        a, b = v.split("/", 1)
        ia, ib = _interval(a), _interval(b)
        if ia and ib:
            return ia[0], ib[1], "range"
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            d = date.fromisoformat(v)
            return d, d, "day"
        if re.fullmatch(r"\d{4}-\d{2}", v):
            y, m = int(v[:4]), int(v[5:7])
            last = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1))
            return date(y, m, 1), last, "month"
        if re.fullmatch(r"\d{4}-W\d{2}", v):
            d = date.fromisocalendar(int(v[:4]), int(v[6:8]), 1)
            return d, d + timedelta(days=6), "week"
        if re.fullmatch(r"\d{4}", v):
            return date(int(v), 1, 1), date(int(v), 12, 31), "year"
    except ValueError:
        return None
    return None


def _weekday_of(text: str) -> Optional[str]:
    f = _fold(text)
    for w in _WEEKDAYS:
        if w in f:
            return w
    return None


# event verbs and nouns that name one kind of event: a date governed by "broke down" and
# one governed by "collapsed" date the same event
_EVENT_SYNONYMS = [
    ("END", "collapse fail founder stall end falter"),
    ("START", "start begin open commence launch erupt underway"),
    ("ANNOUNCE", "announce unveil reveal present introduce debut show publish disclose"),
    ("RELEASE", "release ship sale available arrive hit roll deliver launch"),
    ("TALKS", "talks negotiation negotiations discussion discussions"),
    ("VOTE", "vote ballot poll election"),
    ("SIGN", "sign agree seal conclude"),
    ("CLOSE", "close shut halt suspend"),
    ("REOPEN", "reopen resume restore"),
    ("ARREST", "arrest detain charge"),
    ("DIE", "die kill death"),
    ("QUIT", "resign quit step depart leave"),
    ("HIT", "hit strike"),
    ("OFFICE", "sworn inaugurate inauguration office swear"),
    ("EFFECT", "effect effective force apply applies take takes"),
    ("AWARD", "award awarded grant granted hand handed give"),
]
# words that date one event when each governs the only date it has in its article ("unsealed
# Thursday" / "made public on Wednesday"); too loose for the words around a time
_ANCHOR_SYNONYMS = [
    ("RULE", "rule ruled ruling hand_down judgment dismiss dismissed uphold upheld"),
    ("UNSEAL", "unseal unsealed public publish published disclose disclosed"),
    ("SEIZE", "seize seized taken loot looted steal stolen remove removed confiscate"),
    ("INSOLVENT", "administration administrator administrators receivership insolvency bankruptcy collapse"),
    ("RACE", "raced contest contested staged"),
    ("PUBLISH", "publish published release released issue issued"),
    ("SALE", "sell sold sale auction auctioned buy bought purchase purchased"),
]
_EVENT_CLASS_OF: dict[str, set] = {}
for _cls, _ws in _EVENT_SYNONYMS:
    for _w in _ws.split():
        _EVENT_CLASS_OF.setdefault(_w, set()).add(_cls)
        _EVENT_CLASS_OF.setdefault(stem(_w), set()).add(_cls)
_ANCHOR_CLASS_OF: dict[str, set] = {w: set(c) for w, c in _EVENT_CLASS_OF.items()}
for _cls, _ws in _ANCHOR_SYNONYMS:
    for _w in _ws.split():
        _ANCHOR_CLASS_OF.setdefault(_w, set()).add(_cls)
        _ANCHOR_CLASS_OF.setdefault(stem(_w), set()).add(_cls)
_PHRASAL = {("broke", "down"): "END", ("break", "down"): "END", ("broken", "down"): "END",
            ("breaks", "down"): "END", ("broke", "out"): "START", ("break", "out"): "START",
            ("kicked", "off"): "START", ("kick", "off"): "START", ("set", "up"): "START", ("called", "off"): "END",
            ("wound", "up"): "END", ("shut", "down"): "CLOSE", ("stepped", "down"): "QUIT",
            ("step", "down"): "QUIT", ("gave", "way"): "END", ("give", "way"): "END", ("giving", "way"): "END",
            ("gives", "way"): "END", ("came", "down"): "END", ("come", "down"): "END", ("comes", "down"): "END",
            ("coming", "down"): "END", ("under", "way"): "START"}
_PARTICLES = ("down", "out", "off", "up", "way")
_NOT_ANCHOR = {"percent", "cent", "pct", "per", "point", "dollar", "euro", "pound", "price", "rate"}


_TIME_UNITS = {"day", "week", "month", "year", "hour", "minute", "second", "night", "fortnight", "decade"}
_CLOCK_WORDS = {"a", "p", "m", "am", "pm", "a.m", "p.m", "gmt", "bst", "utc", "et", "pt", "noon", "midnight",
                "dawn", "dusk", "daybreak", "nightfall", "midday", "sunrise", "sunset", "lunchtime",
                "o'clock", "morning", "afternoon", "evening", "night", "around", "about", "shortly", "just"}


def _date_anchor(p: Prepared, d: DateMention) -> Optional[str]:
    """The content word that governs a date ("broke out on Monday" -> "broke"), once per date."""
    memo = p.memo.setdefault("anchors", {})
    key = (d.start, d.end)
    if key not in memo:
        memo[key] = _find_date_anchor(p, d)
    return memo[key]


def _find_date_anchor(p: Prepared, d: DateMention) -> Optional[str]:
    t = _tok_index_at(p, d.start)
    si = p.toks[t][5]
    a0, _ = p.sent_toks[si]
    text = p.art.text
    # "at 6 p.m. Sunday", "around 4:30 p.m. Saturday": the clock time belongs to the date
    for m in _TIME_RE.finditer(text, max(0, d.start - 24), d.start):
        if not text[m.end():d.start].strip(" ,.") and m.start() >= p.toks[a0][0]:
            t = _tok_index_at(p, m.start())
            break
    skip = False
    for k in range(t - 1, max(a0 - 1, t - 5), -1):
        gap = text[p.toks[k][1]:p.toks[k + 1][0]]
        if gap != " " and not _GAP_UNIT.isdisjoint(gap):
            return None
        f = p.toks[k][3]
        st = p.toks[k][4]
        if skip:
            skip = False
            continue
        if f == "place" and k - 1 >= a0 and p.toks[k - 1][3] in ("in", "into"):
            skip = True  # "put the notice in place on Monday": a state; the verb before governs
            continue
        if f in ("said", "says", "told", "tells") or (f not in STOPWORDS and (st in _SPEECH or st[:5] in _SPEECH)):
            if f == "called" and k - 1 >= a0 and p.toks[k - 1][3] in ("was", "were", "been", "being"):
                return st  # "firefighters were called shortly after 2am": summoned, not a statement
            return "SPEECH"  # "the company said Wednesday": when it was said
        if f in STOPWORDS or f in ("last", "next", "this", "early", "late", "earlier", "later") or f[0].isdigit() or \
                f.rstrip(".") in _CLOCK_WORDS:
            continue  # "at 6 p.m. Sunday": the clock time is part of the date, not its event
        if p.toks[k][2][0].isupper() or st in _NOT_ANCHOR:
            return None
        if k - 1 >= a0 and (p.toks[k - 1][3][0].isdigit() or p.toks[k - 1][3] in _NUM_WORDS) and \
                st not in _TIME_UNITS:
            return "READING"  # "900 acres late Saturday": when a figure was read, not when something happened
        return st
    if (t - 1 < a0 or (t - 2 < a0 and p.toks[t - 1][3] == "on")) and not _TIME_RE.search(d.text):
        return _anchor_after(p, d, a0)  # (a clock time heading a line is a live blog's stamp)
    return None


def _anchor_after(p: Prepared, d: DateMention, a0: int) -> Optional[str]:
    """"On Monday, Mrs Justice Penrose dismissed ...": a date opening its sentence is
    governed by the first verb after the subject (a word ending in -ed, or an event word)."""
    a1 = p.sent_toks[p.toks[a0][5]][1]
    k = _tok_index_at(p, d.end - 1) + 1
    for k in range(k, min(a1, k + 8)):
        f, st = p.toks[k][3], p.toks[k][4]
        if p.toks[k][2][0].isupper() or f in STOPWORDS:
            continue
        if f in ("said", "says", "told", "tells") or st in _SPEECH or st[:5] in _SPEECH:
            return "SPEECH"
        if f.endswith("ed") or st in _ANCHOR_CLASS_OF:
            return st
    return None


def _date_event(p: Prepared, d: DateMention, anchor: Optional[str]) -> frozenset:
    """What a date is the date of: its anchor word, the anchor's event class ("collapsed"
    and "broke down" are one), and for an aspect verb ("the leak began on Saturday")
    the subject before it."""
    if not anchor or anchor in ("SPEECH", "READING"):
        return frozenset()
    out = {anchor} | _EVENT_CLASS_OF.get(anchor, set())
    t = _tok_index_at(p, d.start)
    si = p.toks[t][5]
    a0, _ = p.sent_toks[si]
    # find the anchor token, then look back a few words for a subject or a particle verb
    k = t - 1
    while k >= a0 and p.toks[k][4] != anchor:
        k -= 1
    if k < a0:
        return frozenset(out)
    if anchor in _PARTICLES and k - 1 >= a0:
        phrasal = _PHRASAL.get((p.toks[k - 1][3], anchor))
        out = {p.toks[k - 1][4] + "_" + anchor}
        if phrasal:
            out.add(phrasal)
    if anchor in _ASPECT or anchor in _GENERIC_ANCHORS or "START" in out:
        for q in range(k - 1, max(a0 - 1, k - 5), -1):
            f = p.toks[q][3]
            if f in STOPWORDS or p.toks[q][4] in _ASPECT:
                continue
            if p.toks[q][2][0].isupper() and q != a0:
                break
            out.add(p.toks[q][4])
            out |= _EVENT_CLASS_OF.get(p.toks[q][4], set())
            break
    return frozenset(out)


_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")
_DAYNUM_RE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")


def _month_of(text: str) -> Optional[str]:
    for w in re.findall(r"[A-Za-z]+", text):
        f = w.lower()
        if f in _MONTH_NUM and len(f) >= 3 and f != "may" or w == "May":
            return f[:3]
    return None


def _two_ends(text: str) -> bool:
    """A span written with both its ends ("March 2023 and January 2025"), not "up to May 12"."""
    return len(re.findall(r"\b(?:1[89]|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
                          text.lower())) >= 2


def _dates_conflict(d1: DateMention, d2: DateMention) -> Optional[bool]:
    """True: different dates; False: compatible; None: cannot tell (a pure function of the
    two values and texts, kept for the pairs seen: one story asks the same ones often; the
    store is emptied at each :func:`compare`)."""
    key = (d1.value, d1.text, d2.value, d2.text)
    got = _CONFLICTS.get(key, _UNSEEN)
    if got is _UNSEEN:
        got = _dates_conflict_of(d1, d2)
        if len(_CONFLICTS) < 100_000:
            _CONFLICTS[key] = got
    return got


_CONFLICTS: dict = {}
_UNSEEN = object()


def _dates_conflict_of(d1: DateMention, d2: DateMention) -> Optional[bool]:
    v1, v2 = _interval(d1.value), _interval(d2.value)
    m1, m2 = _month_of(d1.text), _month_of(d2.text)
    w1, w2 = _weekday_of(d1.text), _weekday_of(d2.text)
    if w1 and w1 == w2 and not _DAYNUM_RE.search(d1.text) and not _DAYNUM_RE.search(d2.text) and \
            not m1 and not m2:
        return False  # "on Saturday" / "Saturday afternoon": one weekday, whatever week each resolved to
    if v1 and v2 and not _YEAR_RE.search(d1.text) and not _YEAR_RE.search(d2.text) and v1[0].year != v2[0].year:
        # no year written on either side, only inferred (and inferred apart): compare in one year
        try:
            w2 = (v2[0].replace(year=v1[0].year), v2[1].replace(year=v1[0].year + (v2[1].year - v2[0].year)))
        except ValueError:
            w2 = None
        if w2 and v1[0] <= w2[1] and w2[0] <= v1[1]:
            return False  # "up to May 12" / "from 18 April to 12 May"
    if m1 and m1 == m2 and not (_YEAR_RE.search(d1.text) and _YEAR_RE.search(d2.text)) and \
            not (_DAYNUM_RE.search(d1.text) and _DAYNUM_RE.search(d2.text)):
        return False  # "in January" / "next January": one month, resolved to two years
    if v1 and v2:
        if v1[2] == v2[2] == "range" and (v1[0], v1[1]) != (v2[0], v2[1]) and \
                _two_ends(d1.text) and _two_ends(d2.text):
            return True  # "between March 2023 and January 2025" / "between May 2023 and ...": two spans
        if v1[0] <= v2[1] and v2[0] <= v1[1]:
            return False
        if v1[2] != v2[2] and not ({v1[2], v2[2]} <= {"day", "range"}):
            return None
        return True
    w1, w2 = _weekday_of(d1.text), _weekday_of(d2.text)
    if w1 and w2:
        return w1 != w2
    if _fold(d1.text) == _fold(d2.text):
        return False
    return None


def _figure_beside(p: Prepared, d: DateMention) -> frozenset:
    """Telling figures within six words of a date in its sentence: 10 or more, not round,
    not a year, not part of the date ("118 degrees on July 14" -> {118})."""
    memo = p.memo.get("beside")
    if memo is None:
        memo = p.memo["beside"] = {}
    got = memo.get((d.start, d.end))
    if got is None:
        t0, t1 = _tok_index_at(p, d.start), _tok_index_at(p, d.end - 1)
        si = _sent_of(p, d.start)
        got = memo[(d.start, d.end)] = frozenset(
            n.value for n in p.nums
            if n.sent == si and t0 - 6 <= n.tok <= t1 + 6 and not d.start <= n.start < d.end and n.value >= 10
            and (n.value != int(n.value) or int(n.value) % 10 != 0) and not 1900 <= n.value <= 2100)
    return got


def _lead_terms(p: Prepared, d: DateMention) -> frozenset:
    """Content stems among the eight words before a date, back to a clause break."""
    memo = p.memo.get("lead")
    if memo is None:
        memo = p.memo["lead"] = {}
    key = (d.start, d.end)
    got = memo.get(key)
    if got is None:
        t = _tok_index_at(p, d.start)
        a0 = p.sent_toks[p.toks[t][5]][0]
        terms = set()
        for k in range(t - 1, max(a0 - 1, t - 9), -1):
            if not _GAP_EVENT.isdisjoint(p.art.text[p.toks[k][1]:p.toks[k + 1][0]]):
                break
            f = p.toks[k][3]
            # (names of places and people say where, not what happened: "at Mill Lane on ...")
            if f not in STOPWORDS and not f[0].isdigit() and p.toks[k][4] not in _ALIGN_STOP and \
                    f.rstrip(".") not in _CLOCK_WORDS and not p.toks[k][2][0].isupper():
                terms.add(p.toks[k][4])
        got = memo[key] = frozenset(terms)
    return got


def _compare_event_dates(pa: Prepared, pb: Prepared, found: list) -> list[Disagreement]:
    """The same event word (or a synonym: "broadcast" / "aired") governing one date in each
    article, anywhere in the story, with the dates apart: "broadcast in March 2023" /
    "aired in May 2023".  The word must govern no other date in either article."""
    def by_anchor(p: Prepared) -> dict:
        out: dict[str, list] = {}
        for d in p.dates:
            an = _date_anchor(p, d)
            if an in _PARTICLES:  # "handed down on Tuesday": the verb with its particle
                an = next((e for e in sorted(_date_event(p, d, an)) if e.endswith("_" + an)), None)
            if an and an not in ("SPEECH", "READING") and an not in _GENERIC_ANCHORS and an not in _ASPECT and \
                    len(an) >= 3:
                out.setdefault(an, []).append(d)
        return out
    xa, xb = by_anchor(pa), by_anchor(pb)
    if not xa or not xb:
        return []
    syn = synonym_map(stem)
    out = []
    for an, da in sorted(xa.items()):
        if len(da) != 1:
            continue
        # the same word, a synonym either way, or a word of the same event class
        def akin(x: str, y: str) -> bool:
            return x == y or y in syn.get(x, ()) or x in syn.get(y, ()) or \
                bool(_ANCHOR_CLASS_OF.get(x, set()) & _ANCHOR_CLASS_OF.get(y, set()))
        kin = {bn for bn in xb if akin(an, bn)}
        for bn in sorted(kin):
            if sum(len(v) for k, v in xa.items() if akin(k, bn)) > 1:
                continue  # another date of A is as much that event's ("sold in 1938", "an auction in 1961")
            db = xb.get(bn)
            if not db or len(db) != 1 or len(xa.get(bn, ())) > (1 if bn == an else 0):
                continue
            d1, d2 = da[0], db[0]
            if not _dates_conflict(d1, d2):
                continue
            s_a = _clause(pa, _tok_index_at(pa, d1.start), _tok_index_at(pa, d1.end - 1), 7)
            s_b = _clause(pb, _tok_index_at(pb, d2.start), _tok_index_at(pb, d2.end - 1), 7)
            d = Disagreement("date", _side(pa, *s_a), _side(pb, *s_b),
                             f"The same event is dated differently: '{d1.text}' vs '{d2.text}'", 0.5,
                             (d1.text,), (d2.text,))
            if not any(_side_overlap(d, q) for q in found + out):
                out.append(d)
            break
    return out


def _named_apart(a1: Optional[str], a2: Optional[str], e1: frozenset, e2: frozenset) -> bool:
    """Two dates governed by two different words of no common event ("cancel classes for
    Wednesday" / "reopen Thursday"): two events, not one dated twice."""
    return bool(a1 and a2 and a1 != a2 and not (e1 & e2) and
                not ({a1, a2} & (_GENERIC_ANCHORS | _ASPECT | {"SPEECH", "READING"})) and
                a2 not in synonym_map(stem).get(a1, ()))  # ("begin" / "start")


_ORDINAL_NUM = {w: k for k, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
                                            "twelfth".split(), 1)}
_ORDINAL_NUM.update({f"{k}{s}": k for k in range(1, 32) for s in ("st", "nd", "rd", "th")})


def _tail_terms(p: Prepared, d: DateMention) -> frozenset:
    """For a possessive date ("Saturday's fourth stage"), the content stems of the noun phrase
    it qualifies."""
    text = p.art.text
    if not text.startswith(("'s", "’s"), d.end):
        return frozenset()
    t = _tok_index_at(p, d.end)
    si = p.toks[t][5]
    _, a1 = p.sent_toks[si]
    out = set()
    for k in range(t, min(a1, t + 5)):
        if k > t and not _GAP_EVENT.isdisjoint(text[p.toks[k - 1][1]:p.toks[k][0]]):
            break
        f = p.toks[k][3]
        if f in ("s", "'s", "’s") or f in STOPWORDS or p.toks[k][0] < d.end:
            continue
        # ("third stage" / "Stage 3": one stage)
        out.add(str(_ORDINAL_NUM[f]) if f in _ORDINAL_NUM else p.toks[k][4])
    return frozenset(out)


def _grain(value: Optional[str]) -> str:
    """How fine a date value is: a day, a month, a season, a year."""
    v = value or ""
    if len(v) >= 10:
        return "day"
    if len(v) == 7 and v[4] == "-" and v[5:].isdigit():
        return "month"
    if len(v) == 4 and v.isdigit():
        return "year"
    return "other"


def _keyed_dates(p: Prepared) -> dict:
    """Each word just before a date (or after a possessive one) -> the dates it stands by."""
    got = p.memo.get("keyed_dates")
    if got is None:
        got = {}
        for d in p.dates:
            if not d.value or _date_anchor(p, d) in ("SPEECH", "READING"):
                continue
            for t in (_lead_terms(p, d) | _tail_terms(p, d)) - _GENERIC_ANCHORS - _ASPECT:
                if len(t) >= 3:
                    got.setdefault(t, []).append(d)
        p.memo["keyed_dates"] = got
    return got


def _compare_keyed_dates(pa: Prepared, pb: Prepared, found: list) -> list[Disagreement]:
    """Words that stand by one date only in each article, and the dates apart: "Saturday's fourth
    stage" / "Friday's fourth stage" ("fourth", "stage"), "at Saturday's Desert Crest 100K" /
    "on Sunday's Desert Crest 100K".  Two such words are needed: one ("race", "budget") is
    often said of two dates of one story."""
    ka, kb = _keyed_dates(pa), _keyed_dates(pb)
    pairs: dict[tuple[int, int], list] = {}
    for t in ka.keys() & kb.keys():
        da, db = ka[t], kb[t]
        if len({d.value for d in da}) != 1 or len({d.value for d in db}) != 1:
            continue
        pairs.setdefault((id(da[0]), id(db[0])), [da[0], db[0], 0])[2] += 1
    out = []
    for d1, d2, n in sorted(pairs.values(), key=lambda x: (-x[2], x[0].start, x[1].start)):
        if n < 2:
            continue
        if _grain(d1.value) != _grain(d2.value) or not _dates_conflict(d1, d2):
            continue  # ("from 2012 to 2022" / "on Wednesday": two things)
        a1, a2 = _date_anchor(pa, d1), _date_anchor(pb, d2)
        if _named_apart(a1, a2, _date_event(pa, d1, a1), _date_event(pb, d2, a2)):
            continue  # "cancel classes for Wednesday" / "plan to reopen Thursday"
        s_a = _clause(pa, _tok_index_at(pa, d1.start), _tok_index_at(pa, d1.end - 1), 7)
        s_b = _clause(pb, _tok_index_at(pb, d2.start), _tok_index_at(pb, d2.end - 1), 7)
        d = Disagreement("date", _side(pa, *s_a), _side(pb, *s_b),
                         f"The same event is dated differently: '{d1.text}' vs '{d2.text}'", 0.45,
                         (d1.text,), (d2.text,))
        if not any(_side_overlap(d, q) for q in list(found) + out):
            out.append(d)
    return out


def _finest(dates: list[DateMention]) -> list[DateMention]:
    """A sentence's dates less its bare years when it also has a finer one."""
    fine = [d for d in dates if not (d.value and len(d.value) == 4 and d.value.isdigit())]
    return fine or dates


def _month_day_apart(d1: DateMention, d2: DateMention) -> bool:
    """A day outside a month ("completed in late January" / "completed Feb. 14"): apart, but
    said only where one word governs both (a month and a day are too often two events)."""
    v1, v2 = _interval(d1.value), _interval(d2.value)
    return bool(v1 and v2 and {v1[2], v2[2]} == {"day", "month"} and (v1[1] < v2[0] or v2[1] < v1[0]) and
                v1[0].year == v2[0].year)


def _compare_dates(pa: Prepared, pb: Prepared, align: dict) -> list[Disagreement]:
    da_by: dict[int, list[DateMention]] = {}
    db_by: dict[int, list[DateMention]] = {}
    for d in pa.dates:
        da_by.setdefault(_sent_of(pa, d.start), []).append(d)
    for d in pb.dates:
        db_by.setdefault(_sent_of(pb, d.start), []).append(d)
    mutual = _mutual_best(align)
    anchors_a = {id(d): _date_anchor(pa, d) for d in pa.dates}
    anchors_b = {id(d): _date_anchor(pb, d) for d in pb.dates}
    events_a = {id(d): _date_event(pa, d, anchors_a[id(d)]) for d in pa.dates}
    events_b = {id(d): _date_event(pb, d, anchors_b[id(d)]) for d in pb.dates}
    out = []
    used_a, used_b = set(), set()
    pairs = sorted(((sim, i, j) for (i, j), sim in align.items() if sim >= 0.08 and i in da_by and j in db_by),
                   key=lambda x: (-x[0], x[1], x[2]))
    for sim, i, j in pairs:
        if i in used_a or j in used_b:
            continue
        best = None
        # the same event word governs both dates: "broke out on Monday" / "broke out on Tuesday"
        for d1 in da_by[i]:
            for d2 in db_by[j]:
                an = anchors_a[id(d1)]
                if sim < (0.25 if an in _GENERIC_ANCHORS else 0.15):
                    continue
                same = an and an not in ("SPEECH", "READING") and (an == anchors_b[id(d2)] or
                                                  bool(events_a[id(d1)] & events_b[id(d2)]))
                # or one telling figure beside both: "peaked at 118 degrees on July 14" /
                # "On July 16, it reached 118"; or two words of the clause before both:
                # "granted permission for the estate in March" / "granted permission in May"
                same = same or bool(_figure_beside(pa, d1) & _figure_beside(pb, d2)) or \
                    len(_lead_terms(pa, d1) & _lead_terms(pb, d2)) >= 2
                if same and (_dates_conflict(d1, d2) or _month_day_apart(d1, d2)):
                    best = (d1, d2, max(sim, 0.4))
                    break
            if best:
                break
        if best is None and (sim >= 0.3 or (sim >= 0.2 and (i, j) in mutual)):
            # aligned sentences: they agree when any of their dates agree
            conflict = None
            agree = False
            # "on November 4 last year": the year only qualifies the day beside it
            for d1 in _finest(da_by[i]):
                for d2 in _finest(db_by[j]):
                    c = _dates_conflict(d1, d2)
                    if c is False:
                        agree = True
                    elif c and conflict is None:
                        a1, a2 = anchors_a[id(d1)], anchors_b[id(d2)]
                        several = len(da_by[i]) > 1 or len(db_by[j]) > 1
                        # two events named apart ("touched down ... on Tuesday" / "were arriving Wednesday")
                        # (unless the words before both dates agree: "listed for hearing on
                        # Monday" / "the hearing has been set down for Tuesday")
                        lead = _lead_terms(pa, d1) & _lead_terms(pb, d2)
                        apart = a1 and a2 and a1 != a2 and not (events_a[id(d1)] & events_b[id(d2)]) and \
                            not ({a1, a2} & (_GENERIC_ANCHORS | _ASPECT | {"turn", "READING"})) and not lead
                        if (several and a1 and a2 and a1 != a2 and not lead) or (apart and sim < 0.45) or \
                                ((a1 == "SPEECH") != (a2 == "SPEECH")) or \
                                "READING" in (a1, a2) or \
                                (a1 == a2 == "SPEECH" and sim < 0.45):
                            continue  # different events (a statement's date is not the event's)
                        conflict = (d1, d2, sim)
            if conflict and not agree:
                best = conflict
        if best is None and sim >= 0.1:
            # loosely aligned, one date each, a word before both in common: "fell on Station
            # Road on 3 March" / "his fall on 10 March"
            fa, fb = _finest(da_by[i]), _finest(db_by[j])
            if len(fa) == 1 and len(fb) == 1:
                d1, d2 = fa[0], fb[0]
                a1, a2 = anchors_a[id(d1)], anchors_b[id(d2)]
                lead = (_lead_terms(pa, d1) & _lead_terms(pb, d2)) - _GENERIC_ANCHORS
                if "READING" not in (a1, a2) and (a1 == "SPEECH") == (a2 == "SPEECH") and \
                        (len(lead) >= 2 or (lead and not _named_apart(a1, a2, events_a[id(d1)], events_b[id(d2)]))) \
                        and _dates_conflict(d1, d2):
                    best = (d1, d2, sim)
        if best is None:
            continue
        d1, d2, strength = best
        used_a.add(i)
        used_b.add(j)
        s_a = _clause(pa, _tok_index_at(pa, d1.start), _tok_index_at(pa, d1.end - 1), 7)
        s_b = _clause(pb, _tok_index_at(pb, d2.start), _tok_index_at(pb, d2.end - 1), 7)
        va = f" ({d1.value})" if d1.value and d1.value != d1.text else ""
        vb = f" ({d2.value})" if d2.value and d2.value != d2.text else ""
        out.append(Disagreement(
            "date", _side(pa, *s_a), _side(pb, *s_b),
            f"The same event is dated differently: '{d1.text}'{va} vs '{d2.text}'{vb}",
            round(min(0.9, 0.5 + 0.4 * strength), 3), (d1.text,), (d2.text,)))
    return out


_TIME_RE = re.compile(r"\b(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?(?![\w]))?|\b(\d{1,2})(?:\.(\d{2}))?\s*([ap])\.?m\.?(?![\w])|"
                      r"\b(noon|midday|midnight)\b", re.I)
_TIME_HEDGE = re.compile(r"(about|around|approximately|roughly|some time|circa|(?:shortly|just|soon) after|"
                         r"(?:shortly|just) before|before|after|by|until)\s*(?:at\s*)?$", re.I)
# the minutes a hedged time may stand for, before and after it ("shortly after 10pm": 22:00-22:15)
_HEDGE_SPAN = {"about": (15, 15), "around": (15, 15), "approximately": (15, 15), "roughly": (15, 15),
               "some time": (30, 30), "circa": (15, 15), "after": (0, 240), "before": (240, 0), "by": (240, 0),
               "until": (240, 0)}


def _hedge_span(hedge: str) -> tuple[int, int]:
    h = " ".join(hedge.lower().split())
    if h.endswith("after") and h != "after":
        return 0, 15
    if h.endswith("before") and h != "before":
        return 15, 0
    return _HEDGE_SPAN.get(h, (15, 15))


def _times(p: Prepared) -> list[tuple[int, int, int, int, bool, int, int]]:
    """Clock times: (sentence, start, end, minutes after midnight, hedged, earliest, latest)."""
    got = p.memo.get("times")
    if got is None:
        got = p.memo["times"] = _find_times(p)
    return got


def _find_times(p: Prepared) -> list[tuple[int, int, int, int, bool, int, int]]:
    out = []
    text = p.art.text
    for m in _TIME_RE.finditer(text):
        if m.group(1) and not m.group(3) and (_RACE_TIME.match(text, m.end()) or
                                              _IN_BEFORE.search(text, max(0, m.start() - 4), m.start())):
            continue  # "won in 2:41", "2:09:48": a time taken, not a time of day
        if m.group(7):
            word = m.group(7).lower()
            mins = 0 if word == "midnight" else 12 * 60
        else:
            h = int(m.group(1) or m.group(4))
            mi = int(m.group(2) or m.group(5) or 0)
            ap = (m.group(3) or m.group(6) or "").lower()
            if h > 23 or mi > 59 or (ap and not 1 <= h <= 12):
                continue
            if ap == "p" and h != 12:
                h += 12
            elif ap == "a" and h == 12:
                h = 0
            mins = 60 * h + mi
        if _STAMP.match(text, m.end()) and (m.start() == 0 or text[m.start() - 1] == "\n") and \
                _SAYS.search(text, m.end(), min(len(text), m.end() + 80)):
            continue  # a live blog's "6:45 a.m. — X confirms ..." is when it was posted, not when it happened
        hedge = _TIME_HEDGE.search(text[max(0, m.start() - 20):m.start()])
        before, after = _hedge_span(hedge.group(1)) if hedge else (5, 5)
        out.append((_sent_of(p, m.start()), m.start(), m.end(), mins, bool(hedge), mins - before, mins + after))
    return out


_RACE_TIME = re.compile(r":\d\d")
_IN_BEFORE = re.compile(r"\bin\s+$")
_SAYS = re.compile(r"\b(?:says|said|confirms|confirmed|tells|told|announces|announced|reports|reported|"
                   r"statement|update|updates)\b")
_STAMP = re.compile(r"\s*(?:[A-Z][a-z]{2,8}\s*)?(?:[—–:|]|-\s)")


def _compare_times(pa: Prepared, pb: Prepared, align: dict) -> list[Disagreement]:
    """The same event at a different clock time, in sentences that report the same thing."""
    ta, tb = _times(pa), _times(pb)
    if not ta or not tb:
        return []
    mutual = _mutual_best(align)
    by_b: dict[int, list] = {}
    for t in tb:
        by_b.setdefault(t[0], []).append(t)
    out = []
    done = set()
    for sa in sorted({t[0] for t in ta}):
        xs = [t for t in ta if t[0] == sa]
        for sb, ys in sorted(by_b.items()):
            sim = align.get((sa, sb), 0.0)
            if sim < 0.12 or (sa, sb) in done:
                continue
            if any(_spans_meet(x, y) for x in xs for y in ys):
                continue  # the sentences agree on a time
            if sim >= 0.3 or ((sa, sb) in mutual and sim >= 0.2):
                x, y = xs[0], ys[0]
                if sim < 0.45 and not _same_event_at(pa, x, pb, y):
                    continue  # "a meeting at 6 p.m." / "reported around 4:30 p.m.": two events
            else:
                # loosely aligned: the words just before both times must name the same thing
                # ("the system was restored at 11:20" / "the system was back online at 12:20")
                tied = []
                for x in xs:
                    for y in ys:
                        lead = _lead_terms(pa, _as_mention(pa, x)) & _lead_terms(pb, _as_mention(pb, y))
                        if len(lead) >= 2 or (lead and not _apart_at(pa, x, pb, y)):
                            tied.append((x, y))
                if len(tied) != 1:
                    continue
                x, y = tied[0]
            done.add((sa, sb))
            s_a = _clause(pa, _tok_index_at(pa, x[1]), _tok_index_at(pa, x[2] - 1), 6)
            s_b = _clause(pb, _tok_index_at(pb, y[1]), _tok_index_at(pb, y[2] - 1), 6)
            ta_, tb_ = pa.art.text[x[1]:x[2]], pb.art.text[y[1]:y[2]]
            out.append(Disagreement(
                "date", _side(pa, *s_a), _side(pb, *s_b),
                f"The same event is timed differently: '{ta_}' vs '{tb_}'",
                round(min(0.85, 0.45 + 0.4 * sim), 3), (ta_,), (tb_,)))
    return out


def _as_mention(p: Prepared, x: tuple) -> DateMention:
    return DateMention(x[1], x[2], p.art.text[x[1]:x[2]], None)


def _apart_at(pa: Prepared, x: tuple, pb: Prepared, y: tuple) -> bool:
    ma, mb = _as_mention(pa, x), _as_mention(pb, y)
    an_a, an_b = _date_anchor(pa, ma), _date_anchor(pb, mb)
    return _named_apart(an_a, an_b, _date_event(pa, ma, an_a), _date_event(pb, mb, an_b))


def _same_event_at(pa: Prepared, x: tuple, pb: Prepared, y: tuple) -> bool:
    """Do the words that govern two clock times name one event (as for dates)?"""
    ma = DateMention(x[1], x[2], pa.art.text[x[1]:x[2]], None)
    mb = DateMention(y[1], y[2], pb.art.text[y[1]:y[2]], None)
    an_a, an_b = _date_anchor(pa, ma), _date_anchor(pb, mb)
    if not an_a or not an_b:
        return True  # nothing to tell them apart
    if "READING" in (an_a, an_b):
        return False
    if an_a in _ASPECT or an_b in _ASPECT:
        return True  # "began shortly after 4pm": the verb says nothing of which event
    return an_a == an_b or bool(_date_event(pa, ma, an_a) & _date_event(pb, mb, an_b))


def _spans_meet(x: tuple, y: tuple) -> bool:
    """Do two clock-time spans overlap, round the clock ("shortly before midnight" / "11:50pm")?"""
    return any(x[5] + k <= y[6] and y[5] <= x[6] + k for k in (-1440, 0, 1440))
