"""Synonyms of frequent English words, from WordNet (see ``build_wordnet.py``).

Read on first use, not at import, and cheaply: only the 11,000 head words are normalised
when the table is read; a word's synonyms are normalised the first time it is looked up.
(Normalising all 100,000 entries up front took 60 ms, in the worker that compares the
first story while the app paints its first screen.)
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable

_DATA = Path(__file__).with_name("data") / "synonyms.tsv"
_LOCK = threading.Lock()
_CACHE: dict[Callable, "SynonymMap"] = {}


class SynonymMap:
    """normalised word -> frozenset of its normalised synonyms (the word itself left out)."""

    def __init__(self, raw: dict[str, list[str]], normalise: Callable[[str], str]) -> None:
        self._raw = raw
        self._normalise = normalise
        self._done: dict[str, frozenset[str]] = {}

    def get(self, key: str, default=frozenset()):
        got = self._done.get(key)
        if got is None:
            words = self._raw.get(key)
            if words is None:
                return default
            got = frozenset(self._normalise(w) for w in words) - {key}
            self._done[key] = got  # (a race only computes the same set twice)
        return got if got else default


def synonym_map(normalise: Callable[[str], str]) -> SynonymMap:
    """The synonym table, its words normalised with ``normalise`` (the caller's stemmer)."""
    got = _CACHE.get(normalise)
    if got is not None:
        return got
    with _LOCK:
        got = _CACHE.get(normalise)
        if got is None:
            raw: dict[str, list[str]] = {}
            for line in _DATA.read_text(encoding="utf-8").splitlines():
                word, _, rest = line.partition("\t")
                raw.setdefault(normalise(word), []).extend(rest.split())
            got = _CACHE[normalise] = SynonymMap(raw, normalise)
    return got
