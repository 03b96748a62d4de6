"""Side-by-side compare view: two articles of one story, scrolled to a flag."""
from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Static

from tui import bindings
from tui.highlighters import Mark
from tui.model import Analysis, Article, Disagreement
from tui.widgets.disagreements import flag_prompt
from tui.widgets.reader import Reader

FLAG_STYLE = Style(bold=True, color="#ffffff", bgcolor="#8b1e1e")
OTHER_FLAG_STYLE = Style(bgcolor="#4a2020")
ALIGNED_STYLE = Style(bgcolor="#1d2b3a")  # sentences that tell the same thing in both


class CompareScreen(Screen[None]):
    """Articles A and B side by side; n/N move between the flags of the pair."""

    inherit_bindings = False
    BINDINGS = bindings.COMPARE

    def __init__(self, a: Article, b: Article, flags: list[Disagreement], index: int,
                 names: dict[str, str], analyses: dict[str, Analysis | None] | None = None) -> None:
        super().__init__()
        self.a, self.b = a, b
        self.flags = flags
        self.index = index if flags else -1
        self.names = names
        self.analyses = analyses or {}
        self.aligned: dict[str, list[tuple[int, int]]] = {a.id: [], b.id: []}

    def compose(self) -> ComposeResult:
        yield Static(id="compare-flag", markup=False)
        with Horizontal(id="compare-main"):
            yield Reader(id="compare-a")
            yield Reader(id="compare-b")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#compare-a").border_title = self.names.get(self.a.id, self.a.id)
        self.query_one("#compare-b").border_title = self.names.get(self.b.id, self.b.id)
        self.show_flag()
        if self.analyses.get(self.a.id) is not None and self.analyses.get(self.b.id) is not None:
            self.align()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def align(self) -> None:
        from tui.analysis.alignment import aligned_sentences

        pairs = aligned_sentences(self.a, self.analyses[self.a.id], self.b, self.analyses[self.b.id])
        self.app.call_from_thread(self._aligned, pairs)

    def _aligned(self, pairs) -> None:
        self.aligned = {self.a.id: [sa for sa, _, _ in pairs], self.b.id: [sb for _, sb, _ in pairs]}
        self.show_flag(scroll=False)

    def _marks(self, article_id: str) -> list[Mark]:
        marks = [Mark(s, e, "aligned") for s, e in self.aligned.get(article_id, ())]
        for i, d in enumerate(self.flags):
            for side in (d.a, d.b):
                if side.article == article_id:
                    marks.append(Mark(side.start, side.end, "flag" if i == self.index else "other"))
        return sorted(marks)

    def show_flag(self, scroll: bool = True) -> None:
        styles = {"flag": FLAG_STYLE, "other": OTHER_FLAG_STYLE, "aligned": ALIGNED_STYLE}
        head = self.query_one("#compare-flag", Static)
        if self.index < 0:
            head.update(Text("These two articles do not disagree anywhere the analysis can see.", style="dim"))
        else:
            d = self.flags[self.index]
            text = Text(f"flag {self.index + 1} of {len(self.flags)}  ", style="dim")
            text.append_text(flag_prompt(d, self.names))
            head.update(text)
        for reader_id, article in (("#compare-a", self.a), ("#compare-b", self.b)):
            reader = self.query_one(reader_id, Reader)
            reader.show(article, self._marks(article.id), styles)
        if self.index >= 0 and scroll:
            d = self.flags[self.index]
            for side in (d.a, d.b):
                reader_id = "#compare-a" if side.article == self.a.id else "#compare-b"
                self.query_one(reader_id, Reader).call_after_refresh(
                    self.query_one(reader_id, Reader).scroll_to_offset, side.start)

    def action_next_flag(self, step: int) -> None:
        if not self.flags:
            return
        self.index = (self.index + step) % len(self.flags)
        self.show_flag()

    def action_close(self) -> None:
        self.dismiss()
