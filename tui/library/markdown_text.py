"""Markdown body -> plain text + blocks.

The plain text is what every analysis span indexes into: the inline text of
each block, blocks joined by a single newline.  Each :class:`Block` records its
range of that text and its inline formatting, so the reader can rebuild the
rendered article and lay highlight spans over it without re-finding words.
"""
from __future__ import annotations

from functools import lru_cache

from tui.model import Block


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    # commonmark + tables; raw HTML is kept as text (shown, never interpreted).
    return MarkdownIt("commonmark").enable("table")


def plain_blocks(paragraphs: list[str]) -> tuple[str, tuple[Block, ...]]:
    """Blocks for plain text: each paragraph is shown as it is, no Markdown."""
    parts, blocks, pos = [], [], 0
    for para in paragraphs:
        para = " ".join(para.split("\n")).strip()
        if not para:
            continue
        if parts:
            pos += 1
        blocks.append(Block("paragraph", pos, pos + len(para)))
        parts.append(para)
        pos += len(para)
    return "\n".join(parts), tuple(blocks)


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.blocks: list[Block] = []

    def add(self, kind: str, text: str, marks=(), level: int = 0, bullet: str = "") -> None:
        if not text.strip():
            return
        if self.parts:
            self.parts.append("\n")
            self.pos += 1
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        shifted = tuple((start + a, start + b, s) for a, b, s in marks if b > a)
        self.blocks.append(Block(kind, start, self.pos, level, shifted, bullet))


def _inline(token) -> tuple[str, list[tuple[int, int, str]]]:
    """Flatten an inline token: its text (soft breaks as spaces) and mark ranges."""
    out: list[str] = []
    pos = 0
    marks: list[tuple[int, int, str]] = []
    open_at: dict[str, list[int]] = {}
    link_stack: list[str] = []
    for child in token.children or ():
        t = child.type
        if t in ("text", "html_inline"):
            piece = child.content
        elif t == "code_inline":
            piece = child.content
            marks.append((pos, pos + len(piece), "code"))
        elif t in ("softbreak", "hardbreak"):
            piece = " " if t == "softbreak" else "\n"
            piece = " "  # keep one block one line of text; paragraphs split on \n
        elif t == "image":
            piece = child.content or ""
        elif t in ("em_open", "strong_open", "s_open"):
            open_at.setdefault(t[:-5], []).append(pos)
            continue
        elif t in ("em_close", "strong_close", "s_close"):
            stack = open_at.get(t[:-6])
            if stack:
                marks.append((stack.pop(), pos, t[:-6]))
            continue
        elif t == "link_open":
            link_stack.append(str(child.attrs.get("href", "")))
            open_at.setdefault("link", []).append(pos)
            continue
        elif t == "link_close":
            stack = open_at.get("link")
            if stack and link_stack:
                marks.append((stack.pop(), pos, "link:" + link_stack.pop()))
            continue
        else:
            piece = child.content or ""
        out.append(piece)
        pos += len(piece)
    text = "".join(out)
    # Trim without breaking mark offsets: only trailing whitespace is cut.
    stripped = text.rstrip()
    lead = len(stripped) - len(stripped.lstrip())
    if lead:
        stripped = stripped[lead:]
        marks = [(max(0, a - lead), max(0, b - lead), s) for a, b, s in marks]
    n = len(stripped)
    marks = [(a, min(b, n), s) for a, b, s in marks if a < n]
    return stripped, marks


def markdown_blocks(markdown: str) -> tuple[str, tuple[Block, ...]]:
    """Parse Markdown and return (plain text, blocks)."""
    tokens = _parser().parse(markdown)
    b = _Builder()
    kind_stack: list[str] = []
    list_depth = 0
    ordered: list[list[int]] = []  # per open list: [is_ordered, next number]
    pending_bullet = ""
    heading_level = 0
    for tok in tokens:
        t = tok.type
        if t == "heading_open":
            heading_level = int(tok.tag[1:])
            kind_stack.append("heading")
        elif t == "heading_close":
            kind_stack.pop()
        elif t in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
            start = int(tok.attrs.get("start", 1) or 1) if t == "ordered_list_open" else 0
            ordered.append([t == "ordered_list_open", start])
        elif t in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
            ordered.pop()
        elif t == "list_item_open":
            is_ord, n = ordered[-1] if ordered else (False, 0)
            pending_bullet = f"{n}." if is_ord else "•"
            if is_ord:
                ordered[-1][1] += 1
        elif t == "blockquote_open":
            kind_stack.append("quote")
        elif t == "blockquote_close":
            kind_stack.pop()
        elif t == "inline":
            text, marks = _inline(tok)
            top = kind_stack[-1] if kind_stack else ""
            if top == "heading":
                b.add("heading", text, marks, level=heading_level)
            elif list_depth:
                b.add("list_item", text, marks, level=list_depth, bullet=pending_bullet)
                pending_bullet = ""
            elif top == "quote":
                b.add("quote", text, marks)
            else:
                b.add("paragraph", text, marks)
        elif t in ("fence", "code_block"):
            b.add("code", tok.content.rstrip("\n"))
        elif t == "html_block":
            b.add("paragraph", " ".join(tok.content.split()))
    return "".join(b.parts), tuple(b.blocks)
