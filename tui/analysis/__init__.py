"""The analysis engine: pure functions, text in, spans out.

``analyze(text, published)`` runs every extractor over the plain body text of an
article and returns an :class:`~tui.model.Analysis`.  No textual, no I/O, no
global state beyond read-only lexicons loaded once.
"""
from __future__ import annotations

import hashlib

from tui.model import Analysis

# Bump whenever a change to the analysis changes its output: caches key on it.
ENGINE_VERSION = "0.3.0"


ENGINES = ("builtin", "spacy")


def analyze(text: str, published: str | None = None, engine: str = "builtin",
            spacy_model: str = "en_core_web_sm") -> Analysis:
    """Entities, quotes (with speakers) and dates of one article body.

    ``published`` is an ISO date ("2025-10-16") that relative dates resolve
    against; ``None`` leaves relative dates unresolved.  ``engine="spacy"`` takes
    the entities from spaCy's NER (see spacy_backend); quotes and dates are ours.
    """
    from tui.analysis.dates import find_dates
    from tui.analysis.quotes import find_quotes

    if engine == "spacy":
        from tui.analysis.spacy_backend import spacy_entities

        entities = spacy_entities(text, spacy_model)
    else:
        from tui.analysis.entities import find_entities

        entities = find_entities(text)
    quotes = find_quotes(text, entities)
    dates = find_dates(text, published)
    return Analysis(tuple(entities), tuple(quotes), tuple(dates))


def cache_key(text: str, published: str | None, engine: str = "builtin") -> str:
    """Content hash + engine and its version: what an analysis cache is keyed by."""
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{engine}/{ENGINE_VERSION}".encode())
    h.update(b"\0")
    h.update((published or "").encode())
    h.update(b"\0")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()
