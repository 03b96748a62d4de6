"""The reader: title, source and date, then the article body block by block."""
from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui import bindings
from tui.highlighters import Mark, block_index, render_block
from tui.model import Analysis, Article


class BlockView(Static):
    """One rendered Markdown block."""


class Reader(VerticalScroll, can_focus=True):
    inherit_bindings = False
    BINDINGS = bindings.READER

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.article: Article | None = None
        self._head: Static | None = None
        self._blocks: list[BlockView] = []

    def show(self, article: Article | None, marks: list[Mark], styles: dict[str, Style],
             current: Mark | None = None, analysing: bool = False) -> None:
        """Rebuild the view for ``article`` with ``marks`` drawn over it."""
        same = self.article is not None and article is not None and self.article.id == article.id
        self.article = article
        with self.app.batch_update():
            if not same:
                # Widgets carry no ids: removal finishes later, and the new ones
                # are reached through these references.
                self.remove_children()
                self.scroll_home(animate=False)
                if article is None:
                    self._head, self._blocks = None, []
                    self.mount(Static("No article selected.", classes="empty"))
                    return
                self._head = Static(markup=False, classes="article-head")
                self._blocks = [BlockView(markup=False, classes=f"block {b.kind}") for b in article.blocks]
                self.mount(self._head, *self._blocks)
            if article is None or self._head is None:
                return
            self._head.update(self.head_text(article, analysing))
            for view, block in zip(self._blocks, article.blocks):
                view.update(render_block(article.text, block, marks, styles, current))

    @staticmethod
    def head_text(article: Article, analysing: bool) -> Text:
        head = Text(article.title, style="bold")
        meta = [x for x in (article.source, article.published, article.meta.get("dateline")) if x]
        head.append("\n")
        head.append(" · ".join(dict.fromkeys(str(m) for m in meta)) or "no source or date given", "dim")
        if analysing:
            head.append("   analysing…", "italic dim")
        for w in article.warnings:
            head.append("\n⚠ ", "bold yellow")
            head.append(w, "yellow")
        return head

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so the block holding ``offset`` of the article text is visible."""
        if self.article is None or not self.article.blocks:
            return
        i = block_index(self.article, offset)
        if i < len(self._blocks):
            self.scroll_to_widget(self._blocks[i], animate=False, top=False)
