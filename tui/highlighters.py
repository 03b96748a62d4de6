"""Pure functions from an article and its analysis to styled Rich text.

Widgets only display what these return.  Text is always built from plain
strings (``Text(str)``), so markup in an article is shown literally.
"""
from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text

from tui.model import Analysis, Article, Block

ENTITY_KINDS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")
KIND_GROUPS = {"entities": ENTITY_KINDS, "quotes": ("quote",), "dates": ("date",),
               "disagreements": ("disagreement",)}
CURRENT = Style(reverse=True)
_BLOCK_STYLE = {
    "em": Style(italic=True),
    "strong": Style(bold=True),
    "s": Style(strike=True),
    "code": Style(color="bright_cyan", dim=False),
}


@dataclass(frozen=True, order=True)
class Mark:
    """One highlight: a span of Article.text and the kind it shows."""
    start: int
    end: int
    kind: str  # an entity label, "quote" or "date"


def parse_style(spec: str) -> Style:
    """A config style ("bold #ffb86c on #202020") as a Rich Style (Textual colours)."""
    from textual.color import Color

    kw: dict = {}
    words = spec.split()
    i = 0
    while i < len(words):
        w = words[i]
        if w == "on" and i + 1 < len(words):
            kw["bgcolor"] = Color.parse(words[i + 1]).rich_color
            i += 2
            continue
        if w in ("bold", "italic", "underline", "dim", "reverse", "strike", "blink"):
            kw[w] = True
        elif w != "not":
            kw["color"] = Color.parse(w).rich_color
        i += 1
    return Style(**kw)


def marks_for(analysis: Analysis | None, shown: set[str],
              flagged: list[tuple[int, int]] | tuple = ()) -> list[Mark]:
    """The highlight marks of the kinds in ``shown``, sorted by position.

    ``flagged`` are the spans of this article that a disagreement points at.
    """
    marks = [Mark(a, b, "disagreement") for a, b in flagged] if "disagreement" in shown else []
    if analysis is None:
        return sorted(marks)
    marks += [Mark(e.start, e.end, e.label) for e in analysis.entities if e.label in shown]
    if "quote" in shown:
        marks += [Mark(q.start, q.end, "quote") for q in analysis.quotes]
    if "date" in shown:
        marks += [Mark(d.start, d.end, "date") for d in analysis.dates]
    marks.sort()
    return marks


def render_block(text: str, block: Block, marks: list[Mark], styles: dict[str, Style],
                 current: Mark | None = None, heading_style: Style | None = None) -> Text:
    """One Markdown block as Rich text, with inline formatting and the marks over it."""
    body = Text(text[block.start:block.end], no_wrap=False)
    if block.kind == "heading":
        body.stylize(heading_style or Style(bold=True, underline=block.level <= 1))
    for a, b, name in block.marks:
        style = Style(underline=True, link=name[5:]) if name.startswith("link:") else _BLOCK_STYLE.get(name)
        if style is not None:
            body.stylize(style, a - block.start, b - block.start)
    # Flags, then quotes, then the rest: entities and dates inside a quote stay
    # visible over it, and a flagged quote keeps its quote colour over the flag.
    order = {"aligned": -1, "disagreement": 0, "quote": 1}
    for m in sorted(marks, key=lambda m: (order.get(m.kind, 2), m.start)):
        if m.end <= block.start or m.start >= block.end:
            continue
        style = styles.get(m.kind)
        if style is not None:
            body.stylize(style, max(m.start, block.start) - block.start, min(m.end, block.end) - block.start)
    if current is not None and current.start < block.end and current.end > block.start:
        body.stylize(CURRENT, max(current.start, block.start) - block.start,
                     min(current.end, block.end) - block.start)
    if block.kind == "list_item":
        indent = "  " * max(0, block.level - 1)
        return Text.assemble(f"{indent}{block.bullet} ", body)
    if block.kind == "quote":
        return Text.assemble(("▌ ", "dim"), body)
    if block.kind == "code":
        body.stylize("bright_cyan")
    return body


def block_index(article: Article, offset: int) -> int:
    """Index of the block holding ``offset`` (the last block before it if between)."""
    lo, hi = 0, len(article.blocks) - 1
    found = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if article.blocks[mid].start <= offset:
            found = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return found


def legend(styles: dict[str, Style], names: dict[str, str], shown: set[str]) -> Text:
    """'■ person  ■ organisation ...', hidden kinds dimmed and struck through."""
    out = Text()
    for kind, style in styles.items():
        on = kind in shown
        out.append("■ ", style if on else Style(dim=True))
        out.append(names.get(kind, kind), style if on else Style(dim=True, strike=True))
        out.append("  ")
    return out


DIFF = Style(bold=True, color="#ff5f5f", underline=True)


def marked_words(text: str, words: tuple[str, ...] | list[str], style: Style = DIFF) -> Text:
    """``text`` with every whole-word occurrence of ``words`` styled (the differing words)."""
    import re

    out = Text(text)
    for w in words:
        w = w.strip()
        if not w:
            continue
        pattern = r"(?<!\w)" + re.escape(w) + r"(?!\w)"
        for m in re.finditer(pattern, text, flags=re.IGNORECASE):
            out.stylize(style, m.start(), m.end())
    return out
