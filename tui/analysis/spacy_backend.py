"""Optional entity backend: spaCy's NER, for users who have spaCy and a model.

Never required: the builtin engine needs no model.  ``analysis.engine: spacy`` in
the config selects this; :func:`check` says in one line what is missing.
"""
from __future__ import annotations

from functools import lru_cache

from tui.model import Entity

# spaCy (OntoNotes) labels newsreader shows; the rest (DATE, MONEY, ...) are left out
# because the date tagger and the reader handle them.
LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}


class SpacyUnavailable(Exception):
    """spaCy or the model cannot be loaded; the message says which and how to fix it."""


@lru_cache(maxsize=2)
def _nlp(model: str):
    try:
        import spacy
    except ImportError:
        raise SpacyUnavailable("analysis.engine is 'spacy' but spaCy is not installed "
                               "(pip install spacy, plus a model such as en_core_web_sm)") from None
    try:
        return spacy.load(model, disable=["lemmatizer"])
    except OSError:
        raise SpacyUnavailable(f"analysis.engine is 'spacy' but the spaCy model {model!r} is not installed "
                               f"(set analysis.spacy_model to an installed one)") from None


def check(model: str) -> None:
    """Raise SpacyUnavailable if spaCy or ``model`` cannot be loaded."""
    _nlp(model)


def spacy_entities(text: str, model: str) -> list[Entity]:
    doc = _nlp(model)(text)
    out = []
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        start, end = ent.start_char, ent.end_char
        # spaCy keeps a leading "the" and a possessive in some spans; the contract does not
        span = text[start:end]
        if span.lower().startswith("the "):
            start += 4
        for suffix in ("'s", "’s"):
            if text[start:end].endswith(suffix):
                end -= 2
        if end > start:
            out.append(Entity(start, end, text[start:end], ent.label_))
    return out
