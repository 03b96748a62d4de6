"""Preparing one article for comparison: tokens, sentences, figures, people, negations."""
from __future__ import annotations

from typing import Optional

from tui.model import Analysis, Article
from tui.analysis.compare.base import (
    _ALIGN_STOP, _fallback_dates, _fallback_persons, _fold, _merge_quotes, _TOK_CACHE, _TOKEN_RE, ANTONYMS,
    Prepared, split_sentences, stem, STOPWORDS,
)
from tui.analysis.compare.numbers import _find_numbers, _inherit_units, _mark_ranges
from tui.analysis.compare.persons import _find_persons
from tui.analysis.compare.facts import _has_negation, _negated_terms


def prepare(art: Article, ana: Optional[Analysis] = None) -> Prepared:
    """Tokenise and index one article once; every comparison reuses this."""
    ana = ana or Analysis()
    text = art.text or ""
    sents = split_sentences(text)
    toks = []
    sent_toks = []
    sent_terms = []
    cap_terms: set[str] = set()
    cache = _TOK_CACHE
    push = toks.append
    for si, (s, e) in enumerate(sents):
        first = len(toks)
        terms = set()
        for m in _TOKEN_RE.finditer(text, s, e):
            w = m.group()
            info = cache.get(w)
            if info is None:
                f = _fold(w)
                st = stem(w) if not w[0].isdigit() else f
                info = (f, st, f not in STOPWORDS and len(f) > 1 and st not in _ALIGN_STOP, w[0].isupper())
                if len(cache) < 300_000:
                    cache[w] = info
            f, st, is_content, upper = info
            ms, me = m.span()
            push((ms, me, w, f, st, si))
            if is_content:
                terms.add(st)
                if upper and ms != s:
                    cap_terms.add(st)
        sent_toks.append((first, len(toks)))
        sent_terms.append(terms)
    # spans that do not index this text (a stale analysis) are dropped, never trusted
    ok = lambda x: 0 <= x.start <= x.end <= len(text) and text[x.start:x.end] == x.text  # noqa: E731
    quotes = _merge_quotes([q for q in ana.quotes if ok(q)], text)
    dates = [d for d in ana.dates if ok(d)] if ana.dates else _fallback_dates(text, art.published)
    ents = [e for e in ana.entities if ok(e)] if ana.entities else _fallback_persons(text)
    if ents is not ana.entities and len(ents) != len(ana.entities):
        ana = Analysis(tuple(ents), tuple(q for q in ana.quotes if ok(q)), tuple(dates))
    p = Prepared(art, ana, sents, toks, sent_toks, sent_terms, quotes, dates, [], {}, cap_terms)
    p.tok_ends = [t[1] for t in toks]
    p.nums = _find_numbers(p)
    _inherit_units(p, p.nums)
    _mark_ranges(p, p.nums)
    p.nums = [n for n in p.nums if not n.base]
    p.ant_terms = [sorted(t for t in terms if t in ANTONYMS) for terms in sent_terms]
    p.neg_terms = [_negated_terms(p, si) if _has_negation(p, si) else set() for si in range(len(sents))]
    p.persons = _find_persons(p, ents)
    df: dict[str, int] = {}
    for terms in sent_terms:
        for t in terms:
            df[t] = df.get(t, 0) + 1
    p.df = df
    return p
