"""Library benchmark: 10,000 articles in a temporary data dir.

Prints the time to open the store and list every article (what the first paint
needs), the time to load one article, search latency (target < 50 ms) and the
peak memory of the process (target < 300 MB).

    python bench/library.py [--articles 10000] [--words 450]
"""
from __future__ import annotations

import argparse
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from tui.library.store import Store  # noqa: E402
from tui.model import Article, Block  # noqa: E402

WORDS = ("government minister said talks war peace budget vote election court police city "
         "president parliament report official country market price energy oil gas trade deal "
         "sanctions border army attack ceasefire health hospital school students climate storm "
         "flood rain company shares bank inflation rates growth workers strike union protest "
         "leader party opposition campaign poll voters coalition summit agreement treaty "
         "investigation prosecutor judge trial verdict sentence prison journalist media").split()
NAMES = ["Donald Trump", "Emmanuel Macron", "Olaf Scholz", "Xi Jinping", "Maria Lopez",
         "Kyiv", "Geneva", "Reuters", "NATO", "the European Union", "Ankara", "Gaza"]
SOURCES = ["Daily Planet", "Reuters", "AP", "BBC", "Le Monde", "Hürriyet", "Al Jazeera"]


def make_article(i: int, rng: random.Random, n_words: int) -> Article:
    paras, blocks, pos = [], [], 0
    left = n_words
    while left > 0:
        k = min(left, rng.randint(40, 90))
        words = [rng.choice(WORDS) for _ in range(k)]
        for _ in range(3):
            words[rng.randrange(k)] = rng.choice(NAMES)
        p = " ".join(words).capitalize() + "."
        blocks.append(Block("paragraph", pos, pos + len(p)))
        paras.append(p)
        pos += len(p) + 1
        left -= k
    text = "\n".join(paras)
    title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 10))).capitalize()
    day = 1 + i % 28
    return Article(id=f"{i:05d}_{rng.getrandbits(64):016x}", path=f"/bench/{i}.md", title=title,
                   text=text, source=rng.choice(SOURCES), published=f"2025-{1 + i % 12:02d}-{day:02d}",
                   url=f"https://news.example/{i}", blocks=tuple(blocks))


def ms(t: float) -> str:
    return f"{t * 1000:.1f} ms"


def paint(library: Path, n: int) -> None:
    """First paint of the app on this library vs on the two seed articles, in a real pty."""
    from startup import compile_package, time_to_marker

    compile_package()
    exe = sys.executable
    seeded = Path(tempfile.mkdtemp(prefix="newsreader-bench-seeds-"))
    try:
        time_to_marker([exe, "-m", "tui.cli", "--data-dir", str(seeded)], "2 · ".encode())  # seeds it
        small, big = [], []
        for _ in range(5):
            small.append(time_to_marker([exe, "-m", "tui.cli", "--data-dir", str(seeded)], "2 · ".encode()))
            big.append(time_to_marker([exe, "-m", "tui.cli", "--data-dir", str(library)], f"{n} · ".encode()))
    finally:
        shutil.rmtree(seeded, ignore_errors=True)
    s, b = statistics.median(small), statistics.median(big)
    print(f"app first paint: {n} articles {ms(b)}, 2 seed articles {ms(s)}, ratio {b / s:.2f}x (target <= 2x)")


def app_memory(library: Path) -> None:
    """Peak memory of the app once every article is analysed, clustered and compared."""
    import asyncio

    from tui.app import NewsReader
    from tui.config import load_config
    from tui.library.preload import Preload
    from tui.library.sources import LibrarySource

    async def run() -> float:
        source = LibrarySource(str(library), None)
        app = NewsReader(load_config(use_user_file=False), source=source, preload=Preload(source))
        t0 = time.perf_counter()
        async with app.run_test(size=(120, 40)) as pilot:
            for _ in range(3):
                await app.workers.wait_for_complete()
                await pilot.pause()
            print(f"app: analysed, clustered and compared {len(app.rows)} articles in "
                  f"{time.perf_counter() - t0:.1f} s ({len(app.stories or [])} stories)")
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    peak = asyncio.run(run())
    print(f"app peak memory (max RSS, library + app + analyses): {peak:.0f} MB (target < 300 MB)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--words", type=int, default=450, help="words per article")
    ap.add_argument("--app-memory", action="store_true",
                    help="also run the app headless over the library and print its peak memory")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="newsreader-bench-"))
    try:
        rng = random.Random(42)
        t0 = time.perf_counter()
        store = Store.open(tmp)
        batch = []
        for i in range(args.articles):
            a = make_article(i, rng, args.words)
            batch.append((a, a.text))
            if len(batch) == 500:
                store.add_articles(batch)
                batch = []
        if batch:
            store.add_articles(batch)
        for row in store.articles()[::3]:  # a third read, a few starred: the join is exercised
            store.set_read(row.id, True)
        for row in store.articles()[::50]:
            store.set_starred(row.id, True)
        build = time.perf_counter() - t0
        store.close()
        size = sum(f.stat().st_size for f in tmp.iterdir())
        print(f"library: {args.articles} articles x ~{args.words} words, built in {build:.1f} s, "
              f"{size / 1e6:.0f} MB on disk")

        # first paint: open (with quick_check) + list every article
        t0 = time.perf_counter()
        store = Store.open(tmp)
        t_open = time.perf_counter() - t0
        t0 = time.perf_counter()
        rows = store.articles()
        t_list = time.perf_counter() - t0
        assert len(rows) == args.articles
        print(f"open (schema + quick_check): {ms(t_open)}")
        print(f"list all {len(rows)} articles: {ms(t_list)}   "
              f"(open + list = first paint data: {ms(t_open + t_list)})")
        t0 = time.perf_counter()
        store2 = Store.open(tmp, check=False)
        t_open_nocheck = time.perf_counter() - t0
        store2.close()
        print(f"open without quick_check: {ms(t_open_nocheck)}")

        # one article
        ids = [r.id for r in rows]
        rng2 = random.Random(7)
        times = []
        for _ in range(200):
            t0 = time.perf_counter()
            store.get(rng2.choice(ids))
            times.append(time.perf_counter() - t0)
        print(f"get one article: median {statistics.median(times) * 1e6:.0f} µs, "
              f"max {max(times) * 1e6:.0f} µs")

        # search
        queries = ["minister", "trump", "ceasefire talks", "macron geneva", "sanctions oil deal",
                   "pros", "zzzz nothing", "European Union summit", "strike union workers",
                   '"quoted AND (broken', "xi jinping"]
        lat = []
        for q in queries:
            t0 = time.perf_counter()
            found = store.search(q)
            dt = time.perf_counter() - t0
            lat.append(dt)
            print(f"  search {q!r:28} {len(found):6d} hits  {ms(dt)}")
        lat_lim = []
        for q in queries:
            t0 = time.perf_counter()
            store.search(q, limit=200)
            lat_lim.append(time.perf_counter() - t0)
        print(f"search latency: median {ms(statistics.median(lat))}, max {ms(max(lat))} "
              f"(target < 50 ms); with limit=200: median {ms(statistics.median(lat_lim))}, "
              f"max {ms(max(lat_lim))}")

        store.close()
        paint(tmp, args.articles)
        store = Store.open(tmp)

        # mark read / unread round trip
        t0 = time.perf_counter()
        for i in ids[:100]:
            store.set_read(i, True)
        print(f"set_read: {(time.perf_counter() - t0) / 100 * 1e6:.0f} µs each")
        store.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory (max RSS of this process): {peak:.0f} MB (target < 300 MB)")
        if args.app_memory:
            app_memory(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
