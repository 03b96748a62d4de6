#!/usr/bin/env python3
"""Why a disagreement was missed: for each gold disagreement the prediction misses, both
sentences, their alignment score and whether they are each other's best match, and the
quotes (with speakers) around the phrases.  A development aid, not a test.

    newsreader analyze --json SET/articles > /tmp/pred.json
    python tests/corpus/why_missed.py SET/gold SET/articles /tmp/pred.json [kind]

SET holds ``articles/*.md`` and ``gold/pairs.json`` in the format of ../shared/eval.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tui.analysis import analyze
from tui.analysis import compare as C
from tui.library.loader import load_article

SCORE = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "score.py"


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[-3], file=sys.stderr)
        return 2
    gold, articles, pred = (Path(a) for a in argv[:3])
    only = argv[3] if len(argv) > 3 else None
    out = subprocess.run([sys.executable, str(SCORE), "--gold", str(gold), "--pred", str(pred), "-v"],
                         capture_output=True, text=True).stdout
    missed = [line for line in out.splitlines() if "missed disagreement" in line]
    cache: dict = {}

    def prep(i: str):
        if i not in cache:
            a = load_article(articles / f"{i}.md")
            cache[i] = C.prepare(a, analyze(a.text, a.published))
        return cache[i]

    for pair in json.loads((gold / "pairs.json").read_text(encoding="utf-8")):
        pa, pb = prep(pair["a"]), prep(pair["b"])
        align = C._align(pa, pb, C._idf([pa, pb]))
        mutual = C._mutual_best(align)
        for g in pair["disagreements"]:
            if not any(repr(g["a"]) in line for line in missed) or (only and only != g["kind"]):
                continue
            i = C._sent_of(pa, pa.art.text.find(g["a"]))
            j = C._sent_of(pb, pb.art.text.find(g["b"]))
            print(f"--- {g['kind']}: {g['a']!r} vs {g['b']!r}")
            print("   A:", pa.art.text[slice(*pa.sents[i])][:220])
            print("   B:", pb.art.text[slice(*pb.sents[j])][:220])
            print(f"   sim={align.get((i, j), 0):.3f} mutual={(i, j) in mutual}")
            if g["kind"] == "quote":
                for p, phrase in ((pa, g["a"]), (pb, g["b"])):
                    k = p.art.text.find(phrase)
                    print("   quote:", [(q.text[:50], q.speaker) for q in p.quotes if q.start <= k < q.end])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
