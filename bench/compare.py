#!/usr/bin/env python3
"""Speed and memory of the cross-article comparison and of story clustering.

    python bench/compare.py [--articles 10000] [--repeat 20] [--analyze]

Prints three figures (targets in brackets):
  * compare: time to compare two ~1,000-word articles about one story [<= 20 ms]
  * cluster: time to group N articles into stories [N=10,000 in <= 10 s]
  * peak memory: tracemalloc for the comparison, max-RSS growth for the clustering
    (``--trace`` adds a tracemalloc run of the clustering, which is slow), and the
    process's max RSS.

Articles are generated: by ``bench/make_corpus.py`` (its ``Gen``) when present, else
by a small generator here.  The second article of the compared pair is a rewrite of
the first (figures, words and sentence order changed), as two outlets would write it.
``--analyze`` runs the real analysis engine on the compared pair (timed separately)
and on the clustered corpus; without it the clustered articles carry empty analyses
(clustering then works from words alone), which keeps the run short.
Benchmarks print figures; they do not assert.
"""
from __future__ import annotations

import argparse
import importlib.util
import random
import re
import resource
import statistics
import sys
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.model import Analysis, Article  # noqa: E402
from tui.analysis.cluster import cluster  # noqa: E402
from tui.analysis.compare import compare  # noqa: E402


def _gen_class():
    path = ROOT / "bench" / "make_corpus.py"
    if not path.exists():
        return None
    try:
        spec = importlib.util.spec_from_file_location("make_corpus", path)
        mod = importlib.util.module_from_spec(spec)
        sys.modules["make_corpus"] = mod
        spec.loader.exec_module(mod)
        return getattr(mod, "Gen", None)
    except Exception:
        return None


_WORDS = ("council budget plan river bridge hospital school union strike vote court ruling company profit "
          "market shares jobs factory energy prices rail road housing water police report minister mayor "
          "inquiry contract deal talks summit ceasefire border election campaign tax fund grant").split()
_NAMES = ("Anna Castillo|Ben Okafor|Carla Dubois|Dmitri Novak|Elena Marsh|Farida Rahman|Grace Quinn|"
          "Hiro Tanaka|Ines Pereira|Jakub Kowalczyk").split("|")
_PLACES = "Lisbon Gdansk Lyon Bergen Aarhus Porto Valencia Turin Leipzig Brno Tartu Cork Dundee".split()


def _simple_article(i: int, rng: random.Random) -> tuple[dict, str]:
    topic = rng.sample(_WORDS, 6)
    name, place = rng.choice(_NAMES), rng.choice(_PLACES)
    paras = []
    while sum(len(p.split()) for p in paras) < 600:
        k = rng.random()
        if k < 0.3:
            paras.append(f"{name} said on {rng.choice(['Monday', 'Tuesday', 'Friday'])} that the {topic[0]} in "
                         f"{place} would cost {rng.randint(2, 900)} million euros, and that {rng.randint(2, 90)} "
                         f"{topic[1]}s were at stake.")
        elif k < 0.55:
            paras.append(f"\"We will not accept a {topic[2]} that ignores the {topic[3]},\" {name} told reporters "
                         f"in {place}.")
        else:
            paras.append(" ".join(rng.choice(_WORDS) for _ in range(rng.randint(12, 30))).capitalize() + ".")
    meta = {"title": f"{topic[0].title()} {topic[1]} in {place} ({i})", "source": "Bench Wire",
            "published": (date(2025, 1, 1) + timedelta(days=i % 90)).isoformat()}
    return meta, "\n\n".join(paras)


def make_articles(n: int, seed: int = 2025) -> list[Article]:
    Gen = _gen_class()
    rng = random.Random(seed)
    out = []
    for i in range(n):
        if Gen is not None:
            meta, body = Gen(seed, i).article()
        else:
            meta, body = _simple_article(i, rng)
        text = re.sub(r"^#+\s*", "", body, flags=re.M).strip()
        out.append(Article(id=f"bench_{i:05d}", path="", title=meta["title"], text=text,
                           source=meta.get("source"), published=str(meta.get("published") or "") or None))
    return out


def rewrite(art: Article, rng: random.Random) -> Article:
    """Another outlet's version: some figures and words changed, paragraphs reordered."""
    paras = art.text.split("\n")
    rng.shuffle(paras)

    def bump(m: re.Match) -> str:
        v = int(m.group())
        return str(v + rng.randint(1, 9)) if rng.random() < 0.3 else m.group()

    swaps = {"said": "told reporters", "rose": "fell", "confirmed": "denied", "Monday": "Tuesday",
             "expected": "forecast", "would": "will"}
    text = "\n".join(paras)
    text = re.sub(r"\b\d{1,4}\b", bump, text)
    text = re.sub(r"\b(" + "|".join(swaps) + r")\b", lambda m: swaps[m.group()] if rng.random() < 0.4 else m.group(),
                  text)
    return Article(id=art.id + "_b", path="", title=art.title, text=text, source="Other Outlet",
                   published=art.published)


def thousand_words(arts: list[Article]) -> Article:
    paras: list[str] = []
    for a in arts:
        for p in a.text.split("\n"):
            if p.strip():
                paras.append(p)
            if sum(len(x.split()) for x in paras) >= 1000:
                break
        if sum(len(x.split()) for x in paras) >= 1000:
            break
    return Article(id="bench_pair_a", path="", title=arts[0].title, text="\n".join(paras),
                   source="Bench Wire", published=arts[0].published)


def bench_compare(repeat: int, use_engine: bool) -> None:
    rng = random.Random(7)
    a = thousand_words(make_articles(6, seed=11))
    b = rewrite(a, rng)
    if use_engine:
        from tui.analysis import analyze
        t0 = time.perf_counter()
        docs = [(a, analyze(a.text, a.published)), (b, analyze(b.text, b.published))]
        print(f"analyze (2 articles, engine)     {1000 * (time.perf_counter() - t0):8.1f} ms")
    else:
        docs = [(a, Analysis()), (b, Analysis())]
    compare(docs)  # warm caches (stemmer, lexicons)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        dis, cov = compare(docs)
        times.append(time.perf_counter() - t0)
    tracemalloc.start()
    compare(docs)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    words = len(a.text.split()), len(b.text.split())
    print(f"compare 2 articles ({words[0]}+{words[1]} words)  median {1000 * statistics.median(times):6.1f} ms, "
          f"best {1000 * min(times):6.1f} ms  [target <= 20 ms]  "
          f"{len(dis)} disagreements, {len(cov)} coverage, peak {peak / 1e6:.1f} MB")


def bench_cluster(n: int, use_engine: bool, trace: bool = False) -> None:
    t0 = time.perf_counter()
    arts = make_articles(n, seed=2025)
    gen_s = time.perf_counter() - t0
    words = sum(len(a.text.split()) for a in arts)
    if use_engine:
        from tui.analysis import analyze
        t0 = time.perf_counter()
        docs = [(a, analyze(a.text, a.published)) for a in arts]
        print(f"analyze ({n} articles, engine)   {time.perf_counter() - t0:8.2f} s")
    else:
        docs = [(a, Analysis()) for a in arts]
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    stories = cluster(docs)
    took2 = time.perf_counter() - t0
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak = None
    if trace:
        # tracemalloc slows allocation-heavy code several times over: timing comes from the run above
        tracemalloc.start()
        cluster(docs)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    multi = sum(1 for s in stories if len(s) > 1)
    mem = f"traced peak {peak / 1e6:.0f} MB" if peak is not None else \
        f"max RSS grew {max(0, rss1 - rss0) / 1024:.0f} MB (--trace for tracemalloc)"
    print(f"cluster {n} articles ({words} words, generated in {gen_s:.1f} s)  {took2:6.2f} s  "
          f"[target <= 10 s]  {len(stories)} stories, {multi} with 2+ articles, {mem}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000, help="articles to cluster (default 10000)")
    ap.add_argument("--repeat", type=int, default=20, help="timed compare runs (default 20)")
    ap.add_argument("--analyze", action="store_true", help="run the analysis engine first (slower)")
    ap.add_argument("--trace", action="store_true", help="also trace the clustering's peak memory (slow)")
    args = ap.parse_args(argv)
    bench_compare(args.repeat, args.analyze)
    bench_cluster(args.articles, args.analyze, args.trace)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"max RSS {rss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
