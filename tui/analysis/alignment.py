"""Which sentences of two articles tell the same thing (for the compare view's tint).

A thin layer over the sentence alignment that ``compare`` uses to find conflicts:
each sentence of A paired with its best match in B when the match is mutual.
"""
from __future__ import annotations

from tui.analysis.compare import _align, _idf, prepare
from tui.model import Analysis, Article

Span = tuple[int, int]


def aligned_sentences(a: Article, an_a: Analysis, b: Article, an_b: Analysis,
                      threshold: float = 0.3) -> list[tuple[Span, Span, float]]:
    """(span in A, span in B, similarity) for mutually best-matching sentences."""
    pa, pb = prepare(a, an_a), prepare(b, an_b)
    pairs = _align(pa, pb, _idf([pa, pb]))
    best_a: dict[int, tuple[float, int]] = {}
    best_b: dict[int, tuple[float, int]] = {}
    for (i, j), sim in pairs.items():
        if sim < threshold:
            continue
        if sim > best_a.get(i, (0.0, -1))[0]:
            best_a[i] = (sim, j)
        if sim > best_b.get(j, (0.0, -1))[0]:
            best_b[j] = (sim, i)
    out = []
    for i, (sim, j) in sorted(best_a.items()):
        if best_b.get(j, (0.0, -1))[1] == i:
            out.append((tuple(pa.sents[i]), tuple(pb.sents[j]), sim))
    return out
