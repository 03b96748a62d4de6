"""The sidebar: a virtual list of articles, grouped by story.

Only the lines on screen are ever rendered, so 10,000 articles cost no more to
show than 10 (Textual's OptionList measures every option up front).  Each
article is its title (at most two lines) and a dimmed "source · date" line;
each story of two or more articles gets a header with the names they share.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui import bindings


def display_name(article) -> str:
    """How an article is named where space is short: its source, else its title."""
    if article.source:
        return article.source
    title = article.title or article.id
    return title if len(title) <= 28 else title[:27].rsplit(" ", 1)[0] + "…"


def fit(text: str, width: int) -> str:
    """``text`` padded or cut to ``width`` cells, a cut marked with an ellipsis."""
    if width <= 0:
        return ""
    if cell_len(text) > width:
        return set_cell_size(text, width - 1) + "…"
    return set_cell_size(text, width)


def wrap2(text: str, width: int) -> list[str]:
    """``text`` in at most two lines of ``width`` cells, the second cut with an ellipsis."""
    if width <= 1 or cell_len(text) <= width:
        return [text]
    first, rest = "", text
    for word in text.split(" "):
        candidate = f"{first} {word}" if first else word
        if cell_len(candidate) > width:
            break
        first = candidate
    if not first:  # one long word: cut it
        first = set_cell_size(text, width)
    rest = text[len(first):].strip()
    if cell_len(rest) > width:
        rest = set_cell_size(rest, width - 1).rstrip() + "…"
    return [first, rest] if rest else [first]


@dataclass
class Entry:
    """One line group of the list: an article (id set) or a story header (id None)."""
    id: str | None
    title: str
    meta: str = ""
    unread: bool = False
    warning: bool = False
    indent: bool = False
    header: bool = False

    def height(self, width: int) -> int:
        if self.header:
            return 1 + bool(self.meta)
        return (1 if cell_len(self.title) <= width else 2) + bool(self.meta)


def article_entry(row, unread: bool, indent: bool = False) -> Entry:
    meta = " · ".join(x for x in (row.source, row.published) if x)
    return Entry(row.id, row.title or row.id, meta, unread, bool(getattr(row, "warnings", ())), indent)


class ArticleList(ScrollView, can_focus=True):
    """Articles in the sidebar; moving the cursor previews, Enter/l opens."""

    inherit_bindings = False
    BINDINGS = bindings.ARTICLE_LIST
    COMPONENT_CLASSES = {"article-list--cursor", "article-list--header", "article-list--meta",
                         "article-list--unread"}
    DEFAULT_CSS = """
    ArticleList { background: $surface; }
    ArticleList > .article-list--cursor { background: $block-cursor-blurred-background; }
    ArticleList:focus > .article-list--cursor { background: $block-cursor-background;
        color: $block-cursor-foreground; }
    ArticleList > .article-list--header { color: $text-accent; text-style: bold; }
    ArticleList > .article-list--meta { color: $text-muted; }
    ArticleList > .article-list--unread { color: $text-primary; text-style: bold; }
    """

    class Highlighted(Message):
        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    class Selected(Message):
        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.entries: list[Entry] = []
        self.index: dict[str, int] = {}
        self.cursor: int | None = None
        self._tops: list[int] = []  # first line of each entry
        self._width = 0
        self._wraps: dict[int, list[str]] = {}

    # -- content -------------------------------------------------------------------
    def set_articles(self, rows: list, stories: list[list[str]] | None = None,
                     topics: dict[int, list[str]] | None = None, read: set[str] | frozenset = frozenset(),
                     keep: str | None = None) -> None:
        """List the rows, grouped under a header per story of two or more.

        ``keep``: the id to keep the cursor on (the open article) across regrouping.
        """
        by_id = {r.id: r for r in rows}
        entries: list[Entry] = []
        if stories:
            grouped = [s for s in stories if len(s) > 1]
            singles = [i for s in stories if len(s) == 1 for i in s]
            for n, story in enumerate(grouped):
                names = ", ".join((topics or {}).get(n, []))
                entries.append(Entry(None, f"▾ story · {len(story)} articles", names, header=True))
                entries += [article_entry(by_id[i], i not in read, True) for i in story if i in by_id]
            if grouped and singles:
                entries.append(Entry(None, "▾ other articles", header=True))
            entries += [article_entry(by_id[i], i not in read) for i in singles if i in by_id]
            listed = {e.id for e in entries}
            entries += [article_entry(r, r.id not in read) for r in rows if r.id not in listed]
        else:
            entries = [article_entry(r, r.id not in read) for r in rows]
        self.entries = entries
        self.index = {e.id: i for i, e in enumerate(entries) if e.id is not None}
        self._layout(force=True)
        target = self.index.get(keep) if keep is not None else None
        if target is None:
            target = next((i for i, e in enumerate(entries) if e.id is not None), None)
        self.cursor = None
        if target is not None:
            self.move_to(target, announce=keep is None)
        self.refresh()

    def set_unread(self, article_id: str, unread: bool) -> None:
        i = self.index.get(article_id)
        if i is not None and self.entries[i].unread != unread:
            self.entries[i].unread = unread
            self.refresh()

    @property
    def ids(self) -> list[str]:
        return [e.id for e in self.entries if e.id is not None]

    @property
    def highlighted_id(self) -> str | None:
        return self.entries[self.cursor].id if self.cursor is not None else None

    def entry_text(self, i: int) -> str:
        e = self.entries[i]
        mark = "● " if e.unread else ""
        return f"{mark}{'⚠ ' if e.warning else ''}{e.title}" + (f"\n{e.meta}" if e.meta else "")

    # -- geometry ------------------------------------------------------------------
    def _text_width(self) -> int:
        return max(4, self.scrollable_content_region.width - 2)

    def _layout(self, force: bool = False) -> None:
        width = self._text_width()
        if not force and width == self._width:
            return
        self._width = width
        self._wraps.clear()
        tops, y = [], 0
        for e in self.entries:
            tops.append(y)
            y += e.height(width - (4 if e.indent else 2))
        self._tops = tops
        self.virtual_size = Size(self.scrollable_content_region.width, y)

    def on_resize(self) -> None:
        self._layout()
        self.refresh()

    def _entry_at(self, y: int) -> int | None:
        i = bisect_right(self._tops, y) - 1
        return i if 0 <= i < len(self.entries) else None

    def _region(self, i: int) -> Region:
        top = self._tops[i]
        bottom = self._tops[i + 1] if i + 1 < len(self._tops) else self.virtual_size.height
        return Region(0, top, self.scrollable_content_region.width, bottom - top)

    # -- drawing -------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = int(self.scroll_offset.y) + y
        base = self.rich_style
        i = self._entry_at(line) if line < self.virtual_size.height else None
        if i is None:
            return Strip.blank(width, base)
        e = self.entries[i]
        row = line - self._tops[i]
        # the cursor's colours go on last, over every part of the line
        over = self.get_component_rich_style("article-list--cursor") if i == self.cursor else Style()
        meta_style = base + self.get_component_rich_style("article-list--meta", partial=True) + over
        indent = "  " if e.indent else ""
        if e.header:
            if row == 0:
                head = base + self.get_component_rich_style("article-list--header", partial=True)
                segs = [Segment(" " + fit(e.title, width - 1), head)]
            else:
                segs = [Segment("   " + fit(e.meta, width - 3), meta_style + Style(italic=True))]
            return Strip(segs).adjust_cell_length(width, base)
        lines = self._wraps.get(i)
        if lines is None:
            lines = self._wraps[i] = wrap2(e.title, self._width - len(indent) - 2)
        room = max(0, width - 3 - len(indent))
        if row < len(lines):
            lead = "● " if e.unread and row == 0 else "  "
            unread = base + self.get_component_rich_style("article-list--unread", partial=True) + over
            title = ("⚠ " if row == 0 and e.warning else "") + lines[row]
            segs = [Segment(" " + indent, base + over), Segment(lead, unread),
                    Segment(fit(title, room), base + Style(bold=True) + over)]
        else:
            segs = [Segment(" " + indent + "  ", base + over), Segment(fit(e.meta, room), meta_style)]
        return Strip(segs).adjust_cell_length(width, base)

    # -- the cursor ------------------------------------------------------------------
    def move_to(self, i: int, announce: bool = True) -> None:
        if not 0 <= i < len(self.entries) or self.entries[i].id is None:
            return
        changed = i != self.cursor
        self.cursor = i
        self.scroll_to_region(self._region(i), animate=False, force=True)
        self.refresh()
        if changed and announce:
            self.post_message(self.Highlighted(self.entries[i].id))

    def highlight(self, article_id: str) -> None:
        i = self.index.get(article_id)
        if i is not None:
            self.move_to(i)

    def _step(self, start: int, step: int) -> int | None:
        i = start + step
        while 0 <= i < len(self.entries):
            if self.entries[i].id is not None:
                return i
            i += step
        return None

    def action_cursor_down(self) -> None:
        nxt = self._step(-1 if self.cursor is None else self.cursor, 1)
        if nxt is not None:
            self.move_to(nxt)

    def action_cursor_up(self) -> None:
        nxt = self._step(len(self.entries) if self.cursor is None else self.cursor, -1)
        if nxt is not None:
            self.move_to(nxt)

    def action_first(self) -> None:
        nxt = self._step(-1, 1)
        if nxt is not None:
            self.move_to(nxt)

    def action_last(self) -> None:
        nxt = self._step(len(self.entries), -1)
        if nxt is not None:
            self.move_to(nxt)

    def _page(self, direction: int) -> None:
        if self.cursor is None:
            return
        y = self._tops[self.cursor] + direction * max(1, self.scrollable_content_region.height - 2)
        i = self._entry_at(max(0, min(y, self.virtual_size.height - 1)))
        if i is None:
            return
        if self.entries[i].id is None:
            i = self._step(i, direction) or self._step(i, -direction)
        if i is not None:
            self.move_to(i)

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def action_select(self) -> None:
        if self.cursor is not None:
            self.post_message(self.Selected(self.entries[self.cursor].id))

    def on_click(self, event) -> None:
        i = self._entry_at(int(self.scroll_offset.y) + event.y)
        if i is not None and self.entries[i].id is not None:
            self.move_to(i)
            self.post_message(self.Selected(self.entries[i].id))
