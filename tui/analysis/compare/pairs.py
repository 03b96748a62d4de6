"""Comparing the articles of one story pair by pair, and what only one side reports."""
from __future__ import annotations

from typing import Iterable, Optional

from tui.model import Analysis, Article, Coverage, Disagreement
from tui.analysis.compare.base import _align, _idf, _label, _sent_of, _side, _side_overlap, Prepared
from tui.analysis.compare.dates import (
    _CONFLICTS, _compare_dates, _compare_event_dates, _compare_keyed_dates, _compare_times,
)
from tui.analysis.compare.durations import _compare_durations
from tui.analysis.compare.mentions import _compare_event_days, _compare_event_figures, _compare_event_times
from tui.analysis.compare.numbers import _compare_numbers
from tui.analysis.compare.persons import _compare_agents, _compare_names
from tui.analysis.compare.quotes import _compare_quotes
from tui.analysis.compare.facts import (
    _compare_facts, _compare_person_deeds, _compare_rare_reversals, _compare_timing, _compare_vote_split,
    _compare_winners, _compare_zero_claims,
)
from tui.analysis.compare.frames import _compare_frames
from tui.analysis.compare.preparation import prepare


# --------------------------------------------------------------------------- coverage

def _coverage(pa: Prepared, pb: Prepared, align: dict, found: list = ()) -> list[Coverage]:
    """Informative sentences of pa with no counterpart in pb (and no part in a disagreement)."""
    flagged = [(d.a.start, d.a.end) for d in found if d.a.article == pa.art.id] + \
        [(d.b.start, d.b.end) for d in found if d.b.article == pa.art.id]
    best = {}
    for (i, j), sim in align.items():
        if sim > best.get(i, 0.0):
            best[i] = sim
    out = []
    quote_sents = {_sent_of(pa, q.start) for q in pa.quotes}
    num_sents = {n.sent for n in pa.nums}
    date_sents = {_sent_of(pa, d.start) for d in pa.dates}
    for i, (s, e) in enumerate(pa.sents):
        if best.get(i, 0.0) >= 0.25 or any(fs < e and s < fe for fs, fe in flagged):
            continue
        a0, a1 = pa.sent_toks[i]
        if a1 - a0 < 6 or len(pa.sent_terms[i]) < 4:
            continue
        if i in quote_sents:
            kind = "quote"
        elif i in num_sents:
            kind = "number"
        elif i in date_sents:
            kind = "date"
        elif pa.sent_terms[i] & pa.cap_terms:
            kind = "fact"
        else:
            continue
        side = _side(pa, s, e)
        snippet = side.text if len(side.text) <= 90 else side.text[:87].rstrip() + "..."
        out.append(Coverage(kind, side, pb.art.id, f"Only {_label(pa)} reports: {snippet}"))
    return out


# --------------------------------------------------------------------------- entry points

# a comparison path that raises is a bug; it costs the reader that path's flags, never the
# others nor the app: what failed is kept here (one line each) for the caller to report
FAILURES: list[str] = []


def _run(path, pa: Prepared, pb: Prepared, *args) -> list:
    try:
        return path(pa, pb, *args)
    except Exception as e:  # noqa: BLE001 (see FAILURES)
        if len(FAILURES) < 100:
            FAILURES.append(f"{path.__name__} on {pa.art.id} / {pb.art.id}: {type(e).__name__}: {e}")
        return []


def compare_pair(pa: Prepared, pb: Prepared, idf: Optional[dict] = None) -> tuple[list[Disagreement], list[Coverage]]:
    """Disagreements between two prepared articles, and what each reports alone."""
    if idf is None:
        idf = _idf([pa, pb])
    align = _align(pa, pb, idf)
    found: list[Disagreement] = []
    found += _run(_compare_quotes, pa, pb, align)
    for path in (_compare_numbers, _compare_dates, _compare_times, _compare_winners, _compare_agents,
                 _compare_durations):
        for d in _run(path, pa, pb, align):
            if not any(_side_overlap(d, q) and (q.kind == d.kind or q.kind == "quote") for q in found):
                found.append(d)
    for d in _run(_compare_names, pa, pb):
        if not any(_side_overlap(d, q) and q.kind == "name" for q in found):
            found.append(d)
    # (each of these sees the flags found before this group, not those of the group)
    before = list(found)
    later = _run(_compare_facts, pa, pb, align, before) + _run(_compare_zero_claims, pa, pb, align) + \
        _run(_compare_timing, pa, pb, align) + _run(_compare_rare_reversals, pa, pb, align, before) + \
        _run(_compare_vote_split, pa, pb) + _run(_compare_person_deeds, pa, pb, before) + \
        _run(_compare_event_dates, pa, pb, before) + _run(_compare_keyed_dates, pa, pb, before) + \
        _run(_compare_event_times, pa, pb, idf) + _run(_compare_event_days, pa, pb, idf) + \
        _run(_compare_event_figures, pa, pb, idf)
    for d in later:  # (the first of overlapping flags is kept)
        if not any(_side_overlap(d, q) for q in found):
            found.append(d)
    # a reversed claim is its own flag beside a figure or a date flagged in the same clause
    for d in _run(_compare_frames, pa, pb, align, idf):
        if not any(_side_overlap(d, q) and q.kind in ("fact", "quote") for q in found):
            found.append(d)
    inv = {(j, i): s for (i, j), s in align.items()}
    cov = _coverage(pa, pb, align, found) + _coverage(pb, pa, inv, found)
    return found, cov


def compare(docs: Iterable[tuple[Article, Analysis]]) -> tuple[list[Disagreement], list[Coverage]]:
    """Disagreements and coverage gaps among the articles of ONE story (every pair).

    Deterministic: articles are taken in the order given; flags are ordered by
    pair, then by position in the first article.
    """
    docs = list(docs)
    _CONFLICTS.clear()  # (answers kept for one story only)
    preps = [prepare(a, ana) for a, ana in docs]
    idf = _idf(preps)
    dis: list[Disagreement] = []
    cov: list[Coverage] = []
    for x in range(len(preps)):
        for y in range(x + 1, len(preps)):
            if preps[x].art.id == preps[y].art.id:
                continue
            d, c = compare_pair(preps[x], preps[y], idf)
            d.sort(key=lambda z: (z.a.start, z.b.start, z.kind))
            dis += d
            cov += c
    return dis, cov
