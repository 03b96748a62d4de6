"""The JSON contract of ``newsreader analyze --json`` (see DESIGN.md).

``analyze_collection`` runs the per-article analysis, groups the articles into
stories and compares the articles of each story; ``to_contract`` turns the
result into the documented JSON shape.  Pure: no I/O.
"""
from __future__ import annotations

from dataclasses import dataclass

from tui.analysis import analyze
from tui.model import Analysis, Article, Coverage, Disagreement, Side

CONTRACT_VERSION = 1


@dataclass(frozen=True)
class Collection:
    articles: tuple[Article, ...]
    analyses: dict[str, Analysis]  # by article id
    stories: tuple[tuple[str, ...], ...]
    disagreements: tuple[Disagreement, ...]
    coverage: tuple[Coverage, ...]
    failures: tuple[str, ...] = ()  # comparison paths that raised (bugs), one line each


def analyze_collection(articles: list[Article], analyses: dict[str, Analysis] | None = None,
                       engine: str = "builtin", spacy_model: str = "en_core_web_sm") -> Collection:
    """Analyse every article (unless given), cluster into stories, compare within each."""
    from tui.analysis.cluster import cluster
    from tui.analysis.compare import compare
    from tui.analysis.compare.pairs import FAILURES

    FAILURES.clear()

    analyses = dict(analyses or {})
    for art in articles:
        if art.id not in analyses:
            analyses[art.id] = analyze(art.text, art.published, engine, spacy_model)
    docs = [(art, analyses[art.id]) for art in articles]
    stories = cluster(docs)
    by_id = {art.id: art for art in articles}
    disagreements: list[Disagreement] = []
    coverage: list[Coverage] = []
    for story in stories:
        if len(story) < 2:
            continue
        d, c = compare([(by_id[i], analyses[i]) for i in story])
        disagreements += d
        coverage += c
    return Collection(tuple(articles), analyses, tuple(tuple(s) for s in stories),
                      tuple(disagreements), tuple(coverage), tuple(FAILURES))


def _side(side: Side) -> dict:
    return {"article": side.article, "start": side.start, "end": side.end, "text": side.text}


def article_json(art: Article, an: Analysis) -> dict:
    return {
        "id": art.id,
        "path": art.path,
        "title": art.title,
        "source": art.source,
        "published": art.published,
        "text": art.text,
        "entities": [{"start": e.start, "end": e.end, "text": e.text, "label": e.label} for e in an.entities],
        "quotes": [{"start": q.start, "end": q.end, "text": q.text, "speaker": q.speaker} for q in an.quotes],
        "dates": [{"start": d.start, "end": d.end, "text": d.text, "value": d.value} for d in an.dates],
    }


def to_contract(col: Collection) -> dict:
    return {
        "version": CONTRACT_VERSION,
        "articles": [article_json(a, col.analyses[a.id]) for a in col.articles],
        "stories": [list(s) for s in col.stories],
        "disagreements": [
            {"kind": d.kind, "a": _side(d.a), "b": _side(d.b), "summary": d.summary, "score": round(d.score, 3),
             "differs": {"a": list(d.diff_a), "b": list(d.diff_b)}}
            for d in col.disagreements
        ],
        "coverage": [
            {"kind": c.kind, "a": _side(c.side), "missing_from": c.missing_from, "summary": c.summary}
            for c in col.coverage
        ],
    }
