"""One event's clock times, dates and figures matched across a story by the words around
them, for mentions in sentences worded too differently to align: "stopped at about 11:40
a.m." / "ground to a halt shortly after 1 p.m.", "Storm Ilse battered the coast on Monday
night" / "as Storm Ilse swept through on Tuesday night"."""
from __future__ import annotations

import math
import re
from typing import Optional

from tui.analysis.synonyms import synonym_map
from tui.model import DateMention, Disagreement
from tui.analysis.compare.base import (
    _ALIGN_STOP, _clause, _MONTH_NUM, _sent_of, _side, _SPEECH, _tok_index_at, _WEEKDAYS,
    Prepared, stem, STOPWORDS,
)
from tui.analysis.compare.numbers import _comparable, _number_flag, _same_value, _share_whole
from tui.analysis.compare.dates import (
    _as_mention, _CLOCK_WORDS, _date_anchor, _dates_conflict, _EVENT_CLASS_OF, _grain, _PHRASAL, _spans_meet,
    _STAMP, _times,
)


# --------------------------------------------------------------------------- the words around a mention

_NOT_CONTEXT = frozenset(_WEEKDAYS) | frozenset(_MONTH_NUM) | _CLOCK_WORDS | _ALIGN_STOP


def _context_at(p: Prepared, start: int, end: int) -> tuple[frozenset, frozenset, frozenset]:
    """What the words around a time or a date are about: the content stems within ten words
    of it in its sentence, their event classes ("the collapse" / "came down") and their
    synonyms ("stopped" / "ground to a halt")."""
    memo = p.memo.setdefault("time_ctx", {})
    got = memo.get(start)
    if got is None:
        syn = synonym_map(stem)
        t0, t1 = _tok_index_at(p, start), _tok_index_at(p, end - 1)
        a0, a1 = p.sent_toks[p.toks[t0][5]]
        words: set[str] = set()
        classes: set[str] = set()
        syns: set[str] = set()
        for k in range(max(a0, t0 - _CTX_WORDS), min(a1, t1 + _CTX_WORDS + 1)):
            if t0 <= k <= t1:
                continue
            f, st = p.toks[k][3], p.toks[k][4]
            if f in STOPWORDS or f[0].isdigit() or len(f) < 3 or f in _NOT_CONTEXT or st in _NOT_CONTEXT or \
                    st in _SPEECH:
                continue
            words.add(st)
            cls = _EVENT_CLASS_OF.get(st)
            if cls:
                classes |= cls
            if k + 1 < a1:
                ph = _PHRASAL.get((f, p.toks[k + 1][3]))
                if ph:
                    classes.add(ph)
            more = syn.get(st)
            if more:
                syns |= more
        got = memo[start] = (frozenset(words), frozenset(classes), frozenset(syns))
    return got


def _context_score(ca: tuple, cb: tuple, idf: dict) -> float:
    """Weight of what two contexts share: a shared stem by its rarity in the story, an event
    class at a flat weight, and as much for a word of one that is a synonym of a word of the
    other ("halt" / "stopped")."""
    wa, ca_cls, sa = ca
    wb, cb_cls, sb = cb
    score = 2.0 * len(ca_cls & cb_cls) + math.fsum([idf.get(t, 2.0) for t in wa & wb])  # (exact in any order)
    if not sb.isdisjoint(wa - wb) or not sa.isdisjoint(wb - wa):
        score += 2.0
    return score


# what a statement or a reading governs, and "last updated at 23:55" (when the page was written)
_NOT_EVENT_ANCHORS = frozenset({"READING", "SPEECH", "updat", "publish", "post"})


# a live-blog line that is itself the event: "14:15 - Trading resumes", "06:40 - The blockade has begun"
# (up to four words, then the event verb; case is ignored throughout)
_STAMP_EVENT = re.compile(r"\s*(?:[a-z]{3,9}\s*)?(?:[—–:|]|-\s)\s*(?:[\w'’-]+\s+){0,4}?"
                          r"(?:has |have |is |are )?(?:begun|began|begins|resumes|resumed|restarts|starts|started|"
                          r"opens|opened|closes|closed|reported|lift-off|kicks off|kicked off|is up|are up|"
                          r"goes down|went down|is down|collapses|collapsed|erupts|erupted|breaks out|broke out)\b",
                          re.I)


def _is_stamp(p: Prepared, x: tuple) -> bool:
    """A live blog's time at the head of a line ("06:40 - The blockade has begun")."""
    text = p.art.text
    return (x[1] == 0 or text[x[1] - 1] == "\n") and bool(_STAMP.match(text, x[2]))


def _event_times(p: Prepared) -> list[tuple]:
    """Clock times that may date an event: not a race time ("2:05.31"), not the time of a
    statement or a reading, not a live blog's time heading a line that says nothing more."""
    got = p.memo.get("event_times")
    if got is None:
        text = p.art.text
        got = []
        for x in _times(p):
            if text.startswith(".", x[2]) and text[x[2] + 1:x[2] + 2].isdigit():
                continue
            if _date_anchor(p, _as_mention(p, x)) in _NOT_EVENT_ANCHORS:
                continue  # ("last updated at 23:55": when the page was written)
            if _is_stamp(p, x) and not _STAMP_EVENT.match(text, x[2]):
                continue  # a live blog's entries are many events, each timed: too many to match
            got.append(x)
        p.memo["event_times"] = got
    return got


def _names_apart(pa: Prepared, wa: frozenset, pb: Prepared, wb: frozenset) -> bool:
    """Does each context name something the other article never names ("the mudslide in
    Mocoa killed 300" / "the one in Salgar killed 90")?  Then they are about two things."""
    return any(t in pa.cap_terms and t not in pb.df for t in wa) and \
        any(t in pb.cap_terms and t not in pa.df for t in wb)


def _matched_apart(pa: Prepared, xs: list, pb: Prepared, ys: list, span, agree, idf: dict, floor: float,
                   first_bonus: float = 0.0, comparable=None) -> list[tuple[int, int]]:
    """Pairs (i, j) of mentions xs[i] of pa and ys[j] of pb that are each other's best match
    by the words around them (at least ``floor``), that do not ``agree``, where neither has a
    nearly as well matched mention that agrees, and whose sentences hold no agreeing pair.
    ``first_bonus`` is added to the first mention of each side (a report's first clock time is
    most often the time of its story's event); ``comparable``, if given, says which pairs can be
    two mentions of one kind of thing at all (two figures of one unit)."""
    if not xs or not ys:
        return []
    ca = [_context_at(pa, *span(x)) for x in xs]
    cb = [_context_at(pb, *span(y)) for y in ys]
    # only pairs that share a word or an event class can reach the floor (a synonym alone
    # adds less than it), and the first pair
    index: dict[str, list[int]] = {}
    for j, (words, classes, _) in enumerate(cb):
        for t in words | classes:
            index.setdefault(t, []).append(j)
    # (a pair under 0.6 of the floor can neither be flagged nor keep another from it: left out)
    low = 0.6 * floor
    score = {}
    for i, (words, classes, _) in enumerate(ca):
        cand = {j for t in words | classes for j in index.get(t, ())}
        if i == 0:
            cand.add(0)
        for j in cand:
            s = _context_score(ca[i], cb[j], idf)
            if i == j == 0 and s > 0:
                s += first_bonus
            if s < low or (comparable is not None and not comparable(xs[i], ys[j])):
                continue
            score[(i, j)] = s
    best_a: dict = {}
    best_b: dict = {}
    for (i, j), s in score.items():
        if s > best_a.get(i, (0.0, -1))[0]:
            best_a[i] = (s, j)
        if s > best_b.get(j, (0.0, -1))[0]:
            best_b[j] = (s, i)
    sent_a = [_sent_of(pa, span(x)[0]) for x in xs]
    sent_b = [_sent_of(pb, span(y)[0]) for y in ys]
    out = []
    for i, (s, j) in sorted(best_a.items()):
        if best_b[j][1] != i or s < floor or agree(xs[i], ys[j]) is not False:
            continue
        if _names_apart(pa, ca[i][0], pb, cb[j][0]):
            continue
        if any((sent_b[j2] == sent_b[j] or score.get((i, j2), 0) >= 0.6 * s) and agree(xs[i], ys[j2])
               for j2 in range(len(ys))) or \
                any((sent_a[i2] == sent_a[i] or score.get((i2, j), 0) >= 0.6 * s) and agree(xs[i2], ys[j])
                    for i2 in range(len(xs))):
            continue  # a nearly as well matched mention, or one in the same sentence, agrees: two events
        out.append((i, j))
    return out


def _date_flag(pa: Prepared, a0: int, a1: int, pb: Prepared, b0: int, b1: int, how: str) -> Disagreement:
    """A date flag on two mentions (character spans), each shown with its clause."""
    s_a = _clause(pa, _tok_index_at(pa, a0), _tok_index_at(pa, a1 - 1), 6)
    s_b = _clause(pb, _tok_index_at(pb, b0), _tok_index_at(pb, b1 - 1), 6)
    ta, tb = pa.art.text[a0:a1], pb.art.text[b0:b1]
    return Disagreement("date", _side(pa, *s_a), _side(pb, *s_b),
                        f"The same event is {how} differently: '{ta}' vs '{tb}'", 0.5, (ta,), (tb,))


def _compare_event_times(pa: Prepared, pb: Prepared, idf: dict) -> list[Disagreement]:
    """One event timed apart anywhere in the story, in sentences worded too differently to
    align: "stopped at about 11:40 a.m. Saturday" / "ground to a halt shortly after 1 p.m."."""
    ta, tb = _event_times(pa), _event_times(pb)
    if not ta or not tb:
        return []
    out = []
    for i, j in _matched_apart(pa, ta, pb, tb, lambda x: (x[1], x[2]), _spans_meet, idf, _EVENT_TIME_MIN,
                               _FIRST_BONUS):
        out.append(_date_flag(pa, ta[i][1], ta[i][2], pb, tb[j][1], tb[j][2], "timed"))
    return out


_EVENT_TIME_MIN = 4.0
_FIRST_BONUS = 3.0
_CTX_WORDS = 10


_DATELINE = re.compile(r"\s*(?:\([^)\n]{2,40}\)\s*)?[—–-]")
_SPAN_WORDS = re.compile(r"\b(?:until|till|through|throughout|by|before|after|between)\s+(?:the\s+)?$", re.I)
_NAMED_DAY = re.compile(r"\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
                        r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)


def _in_dateline(text: str, d: DateMention) -> bool:
    """Is a date part of a dateline, "EDINBURGH, Scotland, March 7 (Northgate Wire) —", at the
    head of a paragraph?"""
    line_start = text.rfind("\n", 0, d.start) + 1
    return d.start - line_start <= 60 and bool(_DATELINE.match(text, d.end))


def _event_days(p: Prepared) -> list[DateMention]:
    """Dates of a day or a month that may date an event: not when something was said or read, not a
    dateline ("EDINBURGH, March 7 (Wire) —"), not the end of a span ("closed until Thursday"),
    not a bare "tonight" (its day is the outlet's own)."""
    got = p.memo.get("event_days")
    if got is None:
        text = p.art.text
        got = p.memo["event_days"] = [
            d for d in p.dates if _grain(d.value) in _GRAINS and _NAMED_DAY.search(d.text) and
            _date_anchor(p, d) not in _NOT_EVENT_ANCHORS and
            not _in_dateline(text, d) and
            not _SPAN_WORDS.search(text, max(0, d.start - 16), d.start)]
    return got


def _compare_event_days(pa: Prepared, pb: Prepared, idf: dict) -> list[Disagreement]:
    """One event dated apart anywhere in the story, in sentences worded too differently to
    align: "Storm Ilse battered the west coast on Monday night" / "as Storm Ilse swept through
    on Tuesday night"."""
    da, db = _event_days(pa), _event_days(pb)
    if not da or not db:
        return []
    out = []
    for i, j in _matched_apart(pa, da, pb, db, lambda d: (d.start, d.end), _days_agree, idf, _EVENT_DAY_MIN):
        out.append(_date_flag(pa, da[i].start, da[i].end, pb, db[j].start, db[j].end, "dated"))
    return out


def _days_agree(x: DateMention, y: DateMention) -> Optional[bool]:
    c = _dates_conflict(x, y)
    return None if c is None else not c


_EVENT_DAY_MIN = 5.0
_GRAINS = ("day", "month")  # (years: too many of them date other events)


_NOT_COUNTED = frozenset(stem(w) for w in (
    "second minute hour day week month year time point degree percent per cent level scale grade category "
    "magnitude rate storey floor").split())
_RATE = re.compile(r"\s*(?:a|an|per|each|every)\s+(?:hour|day|week|month|year|minute|second)\b")


def _countable(p: Prepared, n) -> bool:
    """A sum of money, or a count of things: not a length of time, an age, a rate, a reading,
    a rank or a share (those differ within one story too often to be matched by their words
    alone)."""
    if n.kind == "money":
        return True
    if _share_whole(p, n):
        return False  # "three in five voters", "nine out of ten"
    return n.kind == "count" and bool(n.unit) and n.unit.isdisjoint(_NOT_COUNTED) and \
        not any(u.startswith("AGE") for u in n.unit) and not _RATE.match(p.art.text, n.end) and \
        not _RATE.match(p.art.text, n.end + len(n.unit_text) + 1)


def _figures_comparable(a, b) -> bool:
    """Could two figures be one quantity ("£11,200 on flights" / "a deficit of £9.6m" cannot)?"""
    return _comparable(a, b) and not (a.kind == "money" and not 0.5 <= a.value / (b.value or 1) <= 2)


def _figures_agree(a, b) -> Optional[bool]:
    return _same_value(a, b) if _figures_comparable(a, b) else None


def _compare_event_figures(pa: Prepared, pb: Prepared, idf: dict) -> list[Disagreement]:
    """One quantity given differently in sentences worded too differently to align: "About
    1,100 bus drivers" / "Some 1,400 Severnside Buses drivers"."""
    xs = [n for n in pa.nums if _countable(pa, n)]
    ys = [n for n in pb.nums if _countable(pb, n)]
    if not xs or not ys:
        return []
    out = []
    for i, j in _matched_apart(pa, xs, pb, ys, lambda n: (n.start, n.end), _figures_agree, idf, _EVENT_FIGURE_MIN,
                               comparable=_figures_comparable):
        out.append(_number_flag(pa, pb, xs[i], ys[j], 0.3))
    return out


_EVENT_FIGURE_MIN = 6.0
