"""The dataclasses every layer speaks.

Every span is a pair of offsets into ``Article.text`` (the plain body text) and
``text[start:end] == span.text`` always holds.  Nothing in here imports textual.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: str  # OntoNotes: PERSON, ORG, GPE, LOC, FAC, NORP, ...


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # the words inside the marks, not the marks
    end: int
    text: str
    speaker: Optional[str]  # fullest name the article gives, or None


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    value: Optional[str]  # ISO 8601: 2025-10-16, 2025-10, 2025, 2025-W43, a/b ranges


@dataclass(frozen=True, slots=True)
class Analysis:
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[DateMention, ...] = ()


@dataclass(frozen=True, slots=True)
class Block:
    """One rendered Markdown block of an article, as a range of ``Article.text``.

    ``marks`` are inline formatting ranges (absolute offsets) with a style name:
    "em", "strong", "code", "link:<href>".
    """
    kind: str  # "heading", "paragraph", "list_item", "quote", "code"
    start: int
    end: int
    level: int = 0  # heading level, or list nesting depth
    marks: tuple[tuple[int, int, str], ...] = ()
    bullet: str = ""  # "•" or "3." for list items


@dataclass(slots=True)
class Article:
    id: str
    path: str
    title: str
    text: str  # the plain body text every offset indexes into
    source: Optional[str] = None
    published: Optional[str] = None  # ISO date "2025-10-16" or None
    url: Optional[str] = None
    blocks: tuple[Block, ...] = ()
    meta: dict = field(default_factory=dict)  # the rest of the front matter
    warnings: tuple[str, ...] = ()  # load problems shown to the user


@dataclass(frozen=True, slots=True)
class Side:
    article: str  # article id
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Disagreement:
    kind: str  # quote | number | date | name | fact
    a: Side
    b: Side
    summary: str
    score: float
    diff_a: tuple[str, ...] = ()  # the differing words on each side
    diff_b: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Coverage:
    """A fact one article of a story reports and the other lacks."""
    kind: str
    side: Side
    missing_from: str  # article id
    summary: str
