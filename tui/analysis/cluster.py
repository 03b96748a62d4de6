"""Which articles tell one story.

``cluster(docs)`` groups article ids into stories.  Each article becomes a sparse
tf-idf vector over its content-word stems (title words count double) plus its
named entities (weighted higher, since a shared rare name is the best sign of a
shared story) and the ISO days of its date mentions.  Vectors are pruned to their
strongest terms and compared only through an inverted index over terms that are
rare enough to be informative, so the cost grows with the number of real
candidate pairs, not with n².  Pairs above a cosine threshold, with published dates
close together, are merged greedily from the strongest edge down, and two groups
only merge when most of their members are linked (average-link), which keeps a
chain of loosely related articles from becoming one giant story.

Deterministic: stories are ordered by their first article in input order, and the
ids inside a story keep input order.  Every article is in exactly one story;
singletons are stories too.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from datetime import date
from typing import Iterable, Optional

from tui.model import Analysis, Article
from tui.analysis.compare import STOPWORDS, _fold, stem

__all__ = ["cluster", "THRESHOLD"]

THRESHOLD = 0.21  # cosine between two articles of one story
PEOPLE_THRESHOLD = 0.15  # ... or this, when they name two or more of the same people
TOP_TERMS = 100  # strongest terms kept per article
TOP_BLOCK = 15
_PSEUDO_DOCS = 50  # of which the most distinctive find the candidate pairs
MAX_DAYS = 4  # published dates further apart need a stronger link
_ENTITY_WEIGHT = 2.0
_TITLE_WEIGHT = 2.0
_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}


_WORD_RE = re.compile(r"[^\W\d_]{3,}(?:['’][^\W\d_]+)?")


def _features(art: Article, ana: Optional[Analysis]) -> dict[str, float]:
    """Weighted term counts: content-word stems (title x2), entities, exact dates."""
    tf: dict[str, float] = {}
    for src, w in ((art.title or "", _TITLE_WEIGHT), (art.text or "", 1.0)):
        if not src:
            continue
        # count surface words in C, then stem each distinct word once
        for word, c in Counter(_WORD_RE.findall(src.lower())).items():
            if word in STOPWORDS:
                continue
            st = _STEMS.get(word)
            if st is None:
                st = stem(word) if word.isascii() else stem(_fold(word))
                if st in STOPWORDS or len(st) < 3:
                    st = ""
                if len(_STEMS) < 500_000:
                    _STEMS[word] = st
            if st:
                tf[st] = tf.get(st, 0.0) + w * c
    if ana is not None:
        for e in ana.entities:
            if e.label in _LABELS:
                key = _EKEYS.get(e.text)
                if key is None:
                    key = "E:" + " ".join(_fold(e.text).split())
                    if len(_EKEYS) < 500_000:
                        _EKEYS[e.text] = key
                tf[key] = tf.get(key, 0.0) + _ENTITY_WEIGHT
        for d in ana.dates:
            if d.value and len(d.value) == 10:
                key = "D:" + d.value
                tf[key] = tf.get(key, 0.0) + 1.0
    return tf


def _people(ana: Optional[Analysis]) -> frozenset:
    """Surnames of the people an article names."""
    if ana is None:
        return frozenset()
    return frozenset(_fold(e.text.split()[-1]).strip(".,'’") for e in ana.entities
                     if e.label == "PERSON" and e.text.split())


_STEMS: dict[str, str] = {}
_EKEYS: dict[str, str] = {}


def _day(v: Optional[str]) -> Optional[int]:
    if not v:
        return None
    try:
        return date.fromisoformat(str(v)[:10]).toordinal()
    except ValueError:
        return None


def cluster(docs: Iterable[tuple[Article, Analysis]], threshold: float = THRESHOLD) -> list[list[str]]:
    """Group article ids into stories (each article in exactly one; input order kept)."""
    docs = list(docs)
    n = len(docs)
    if n == 0:
        return []
    ids = [a.id for a, _ in docs]
    feats = [_features(a, ana) for a, ana in docs]
    df: dict[str, int] = {}
    for f in feats:
        for t in f:
            df[t] = df.get(t, 0) + 1
    # sublinear tf; idf smoothed as if a small corpus sat among unrelated articles
    # (pseudo-documents), so that two or three articles are compared on their
    # words rather than on an idf of nothing; the norm counts every term, the
    # vector keeps only terms another article shares (df > 1)
    pseudo = max(0, _PSEUDO_DOCS - n)
    top_idf = math.log(n + pseudo + 1)
    idf = {t: top_idf - math.log(c + 0.5) for t, c in df.items()}
    log = math.log
    vecs: list[dict[str, float]] = []
    for f in feats:
        full = {t: (1.0 + log(c)) * idf[t] for t, c in f.items()}
        norm = math.sqrt(sum(w * w for w in full.values() if w > 0)) or 1.0
        v = {t: w for t, w in full.items() if w > 0 and df[t] > 1}
        if len(v) > TOP_TERMS:
            v = dict(sorted(v.items(), key=lambda x: (-x[1], x[0]))[:TOP_TERMS])
        vecs.append({t: w / norm for t, w in v.items()})
    # candidates: two articles are compared only when they share one of their most
    # distinctive terms (each article's TOP_BLOCK strongest, among terms rare enough
    # to single out a story); the partial dot product through those shared terms
    # picks the pairs whose full cosine is computed
    cap = max(40, min(150, n // 50))
    tops = [sorted(((w, t) for t, w in v.items() if df[t] <= cap), key=lambda x: (-x[0], x[1]))[:TOP_BLOCK]
            for v in vecs]
    post_ids: dict[str, list[int]] = {}
    post_w: dict[str, list[float]] = {}
    for i, top in enumerate(tops):
        for w, t in top:
            post_ids.setdefault(t, []).append(i)
            post_w.setdefault(t, []).append(w)
    days = [_day(a.published) for a, _ in docs]
    # two reports of one event in different words (a sports page and a health desk on the
    # same smog) still quote the same people: two shared surnames lower the bar
    people = [_people(ana) for _, ana in docs]
    low = min(threshold, PEOPLE_THRESHOLD)
    edges: list[tuple[float, int, int]] = []
    floor = 0.3 * low
    for i in range(n):
        acc: dict[int, float] = {}
        get = acc.get
        for w, t in tops[i]:
            pids = post_ids[t]
            k = bisect_right(pids, i)  # ascending: only the articles after this one
            for j, wj in zip(pids[k:], post_w[t][k:]):
                acc[j] = get(j, 0.0) + w * wj
        vi = vecs[i]
        for j, part in acc.items():
            if part < floor:
                continue
            vj = vecs[j]
            sim = math.fsum([vi[t] * vj[t] for t in vi.keys() & vj.keys()])  # (exact in any order)
            named = len(people[i] & people[j]) >= 2
            if sim < threshold and (sim < low or not named):
                continue
            di, dj = days[i], days[j]
            if di is not None and dj is not None and abs(di - dj) > MAX_DAYS:
                gap = abs(di - dj)
                # a follow-up naming the same people (a long read days later) needs less
                bar = low + 0.03 * math.log2(gap / MAX_DAYS + 1) if named else \
                    threshold + 0.1 * math.log2(gap / MAX_DAYS + 1) + 0.1
                if sim < bar:
                    continue
            edges.append((sim, i, j))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    # greedy average-link merging over the edge list
    parent = list(range(n))
    size = [1] * n
    links: list[dict[int, int]] = [dict() for _ in range(n)]  # root -> {other root: edge count}
    for _, i, j in edges:
        links[i][j] = links[i].get(j, 0) + 1
        links[j][i] = links[j].get(i, 0) + 1

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for _, i, j in edges:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        count = links[ri].get(rj, 0)
        if count < 0.5 * size[ri] * size[rj]:
            continue
        if size[ri] < size[rj] or (size[ri] == size[rj] and rj < ri):
            ri, rj = rj, ri
        # merge rj into ri
        parent[rj] = ri
        size[ri] += size[rj]
        for other, c in links[rj].items():
            if other == ri:
                continue
            links[ri][other] = links[ri].get(other, 0) + c
            lo = links[other]
            lo[ri] = lo.get(ri, 0) + c
            lo.pop(rj, None)
        links[ri].pop(rj, None)
        links[rj] = {}
    groups: dict[int, list[str]] = {}
    order: list[int] = []
    for i in range(n):
        r = find(i)
        if r not in groups:
            groups[r] = []
            order.append(r)
        groups[r].append(ids[i])
    return [groups[r] for r in order]
