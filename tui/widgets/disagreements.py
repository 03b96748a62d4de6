"""Lists of the current story's disagreements and of what only one side reports."""
from __future__ import annotations

from rich.text import Text
from textual.containers import Vertical
from textual.css.query import NoMatches
from textual.message import Message
from textual.widgets import OptionList, TabbedContent, TabPane
from textual.widgets.option_list import Option

from tui import bindings
from tui.highlighters import marked_words
from tui.model import Coverage, Disagreement

KIND_NAMES = {"quote": "quote", "number": "number", "date": "date", "name": "name", "fact": "fact"}


def short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def flag_prompt(d: Disagreement, names: dict[str, str]) -> Text:
    """'QUOTE  summary' then each side with its outlet and the differing words marked."""
    out = Text()
    out.append(f"{KIND_NAMES.get(d.kind, d.kind).upper()} ", "bold reverse")
    out.append(f" {d.summary}", "bold")
    out.append(f"  {d.score:.2f}", "dim")
    for side, words in ((d.a, d.diff_a), (d.b, d.diff_b)):
        out.append("\n")
        out.append(f"{names.get(side.article, side.article)}: ", "dim")
        out.append_text(marked_words(short(side.text), words))
    return out


def coverage_prompt(c: Coverage, names: dict[str, str]) -> Text:
    out = Text()
    out.append(f"{c.kind.upper()} ", "bold reverse")
    out.append(f" only in {names.get(c.side.article, c.side.article)}", "bold")
    if c.summary:
        out.append(f" — {c.summary}", "dim")
    out.append("\n")
    out.append(short(c.side.text))
    return out


class FlagList(OptionList):
    """Disagreement flags; Enter opens the compare view at the flag."""

    inherit_bindings = False
    BINDINGS = bindings.PANEL_LIST

    class Compare(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def show(self, flags: list[Disagreement], names: dict[str, str], pending: bool) -> None:
        self.clear_options()
        if not flags:
            note = "comparing the story's articles…" if pending else "no disagreements in this story"
            self.add_option(Option(Text(note, style="dim italic"), disabled=True))
            return
        self.add_options([Option(flag_prompt(d, names), id=f"f{i}") for i, d in enumerate(flags)])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Compare(int(event.option.id[1:])))


class CoverageList(OptionList):
    """Facts one article of the story reports and another lacks; Enter jumps to it."""

    inherit_bindings = False
    BINDINGS = bindings.PANEL_LIST

    class Jump(Message):
        def __init__(self, article: str, offset: int) -> None:
            super().__init__()
            self.article = article
            self.offset = offset

    def show(self, items: list[Coverage], names: dict[str, str], pending: bool) -> None:
        self.clear_options()
        self._items = items
        if not items:
            note = "comparing the story's articles…" if pending else "nothing reported by one side only"
            self.add_option(Option(Text(note, style="dim italic"), disabled=True))
            return
        self.add_options([Option(coverage_prompt(c, names), id=f"c{i}") for i, c in enumerate(items)])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            c = self._items[int(event.option.id[1:])]
            self.post_message(self.Jump(c.side.article, c.side.start))


class StoryPane(Vertical):
    """Under the reader: where the current story's coverage disagrees, and gaps."""

    def compose(self):
        with TabbedContent(id="story-tabs"):
            with TabPane("Disagreements", id="tab-flags"):
                yield FlagList(id="flags-list")
            with TabPane("Only one side reports", id="tab-coverage"):
                yield CoverageList(id="coverage-list")

    def show_story(self, flags: list[Disagreement], coverage: list[Coverage], names: dict[str, str],
                   pending: bool) -> None:
        if not self.query(FlagList):  # not composed yet: the app draws again once it is
            return
        self.query_one(FlagList).show(flags, names, pending)
        self.query_one(CoverageList).show(coverage, names, pending)
        tabs = self.query_one(TabbedContent)
        try:
            tabs.get_tab("tab-flags").label = f"Disagreements ({len(flags)})"
            tabs.get_tab("tab-coverage").label = f"Only one side reports ({len(coverage)})"
        except NoMatches:  # the tab bar is still being built; the next draw labels it
            pass
