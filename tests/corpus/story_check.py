#!/usr/bin/env python3
"""Whether the stories of evaluation sets are right: for each set, the gold pairs that were
split into two stories (never compared, so all their disagreements are missed) and the
stories that mix articles of different pairs or distractors.  A development aid, not a test.

    python tests/corpus/story_check.py SET [SET ...]

Each SET holds ``articles/*.md`` and ``gold/pairs.json`` in the format of ../shared/eval.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from tui.analysis import analyze
from tui.analysis.cluster import cluster
from tui.library.loader import load_article


def check(folder: Path) -> tuple[int, int]:
    gold = json.loads((folder / "gold" / "pairs.json").read_text(encoding="utf-8"))
    docs = []
    for path in sorted((folder / "articles").glob("*.md")):
        art = load_article(path)
        docs.append((art, analyze(art.text, art.published)))
    stories = cluster(docs)
    story_of = {a: k for k, story in enumerate(stories) for a in story}
    pair_of = {}
    split = 0
    for k, pair in enumerate(gold):
        pair_of[pair["a"]] = pair_of[pair["b"]] = k
        if story_of.get(pair["a"]) != story_of.get(pair["b"]):
            split += 1
            print(f"{folder.name}: split {pair['a']} / {pair['b']} ({len(pair['disagreements'])} disagreements)")
    mixed = 0
    for story in stories:
        if len({pair_of.get(a, "distractor " + a) for a in story}) > 1:
            mixed += 1
            print(f"{folder.name}: mixed {story}")
    return split, mixed


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[-3], file=sys.stderr)
        return 2
    split = mixed = 0
    for arg in argv:
        s, m = check(Path(arg))
        split, mixed = split + s, mixed + m
    print(f"sets {len(argv)}: pairs split {split}, stories mixed {mixed}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
