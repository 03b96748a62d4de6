"""Synonyms of frequent English words, from WordNet (see ``build_wordnet.py``).

Read on first use, not at import: the reader never needs them before a story is compared.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable

_DATA = Path(__file__).with_name("data") / "synonyms.tsv"
_LOCK = threading.Lock()
_CACHE: dict[Callable, dict[str, frozenset[str]]] = {}


def synonym_map(normalise: Callable[[str], str]) -> dict[str, frozenset[str]]:
    """Each normalised word (``normalise`` is the caller's stemmer) -> its synonyms, normalised
    the same way, the word itself left out."""
    got = _CACHE.get(normalise)
    if got is not None:
        return got
    with _LOCK:
        got = _CACHE.get(normalise)
        if got is None:
            acc: dict[str, set[str]] = {}
            for line in _DATA.read_text(encoding="utf-8").splitlines():
                word, _, rest = line.partition("\t")
                key = normalise(word)
                acc.setdefault(key, set()).update(normalise(w) for w in rest.split())
            got = {k: frozenset(v - {k}) for k, v in acc.items() if v - {k}}
            _CACHE[normalise] = got
    return got
