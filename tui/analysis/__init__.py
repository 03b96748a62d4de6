"""The analysis engine: pure functions, text in, spans out.

``analyze(text, published)`` runs every extractor over the plain body text of an
article and returns an :class:`~tui.model.Analysis`.  No textual, no I/O, no
global state beyond read-only lexicons loaded once.
"""
from __future__ import annotations

import hashlib

from tui.model import Analysis

# Bump whenever a change to the analysis changes its output: caches key on it.
ENGINE_VERSION = "0.1.0"


def analyze(text: str, published: str | None = None) -> Analysis:
    """Entities, quotes (with speakers) and dates of one article body.

    ``published`` is an ISO date ("2025-10-16") that relative dates resolve
    against; ``None`` leaves relative dates unresolved.
    """
    from tui.analysis.dates import find_dates
    from tui.analysis.entities import find_entities
    from tui.analysis.quotes import find_quotes

    entities = find_entities(text)
    quotes = find_quotes(text, entities)
    dates = find_dates(text, published)
    return Analysis(tuple(entities), tuple(quotes), tuple(dates))


def cache_key(text: str, published: str | None) -> str:
    """Content hash + engine version: what an analysis cache is keyed by."""
    h = hashlib.blake2b(digest_size=16)
    h.update(ENGINE_VERSION.encode())
    h.update(b"\0")
    h.update((published or "").encode())
    h.update(b"\0")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()
