"""Side panels listing what the analysis found: entities, quotes, dates."""
from __future__ import annotations

from collections import defaultdict

from rich.text import Text
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, TabbedContent, TabPane
from textual.widgets.option_list import Option

from tui import bindings
from tui.highlighters import ENTITY_KINDS
from tui.model import Analysis


class FindingList(OptionList):
    """A list whose options jump the reader to a text offset."""

    inherit_bindings = False
    BINDINGS = bindings.PANEL_LIST

    class Jump(Message):
        def __init__(self, offset: int) -> None:
            super().__init__()
            self.offset = offset

    class Filter(Message):
        """Show only the articles that name this entity."""

        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

    def action_filter(self) -> None:
        option = self.highlighted_option
        name = getattr(self, "entity_names", {}).get(option.id) if option is not None else None
        if name:
            self.post_message(self.Filter(name))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id and event.option.id.startswith("@"):
            self.post_message(self.Jump(int(event.option.id[1:].split("-")[0])))


def group_entities(analysis: Analysis) -> dict[str, dict[str, list[int]]]:
    """label -> fullest name -> start offsets; "Trump" counts under "Donald Trump"."""
    groups: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for e in analysis.entities:
        groups[e.label][e.text].append(e.start)
    for names in groups.values():
        by_length = sorted(names, key=lambda n: -len(n.split()))
        for short in reversed(by_length):
            words = short.split()
            for full in by_length:
                fw = full.split()
                if len(fw) > len(words) and fw[-len(words):] == words and full in names:
                    names[full] += names.pop(short)
                    break
    return groups


def entity_options(analysis: Analysis, styles, names: dict[str, str] | None = None,
                   entity_names: dict[str, str] | None = None) -> list[Option]:
    """Entities grouped by label, most mentioned first, with counts.

    ``entity_names`` is filled with option id -> the entity's name.
    """
    groups = group_entities(analysis)
    out: list[Option] = []
    n = 0
    for label in sorted(groups, key=lambda l: (ENTITY_KINDS.index(l) if l in ENTITY_KINDS else 99, l)):
        title = (names or {}).get(label, label)
        out.append(Option(Text(f"{title} ({label})", style="bold underline"), disabled=True))
        for name, starts in sorted(groups[label].items(), key=lambda kv: (-len(kv[1]), min(kv[1]))):
            starts.sort()
            prompt = Text(name, style=styles.get(label, ""))
            prompt.append(f"  ×{len(starts)}", "dim")
            option_id = f"@{starts[0]}-{n}"
            out.append(Option(prompt, id=option_id))
            if entity_names is not None:
                entity_names[option_id] = name
            n += 1
    return out


def quote_options(analysis: Analysis) -> list[Option]:
    out = []
    for i, q in enumerate(analysis.quotes):
        prompt = Text(q.speaker or "unattributed", style="bold" if q.speaker else "dim italic")
        prompt.append(": ")
        prompt.append(f"“{q.text}”")
        out.append(Option(prompt, id=f"@{q.start}-{i}"))
    return out


def date_options(analysis: Analysis) -> list[Option]:
    out = []
    for i, d in enumerate(analysis.dates):
        prompt = Text(d.text)
        prompt.append(" → ", "dim")
        prompt.append(d.value or "unresolved", "bold" if d.value else "dim italic")
        out.append(Option(prompt, id=f"@{d.start}-{i}"))
    return out


class Panels(Vertical):
    """Tabs of findings for the article in the reader."""

    def compose(self):
        with TabbedContent(id="panel-tabs"):
            with TabPane("Entities", id="tab-entities"):
                yield EntityList(id="entities-list")
            with TabPane("Quotes", id="tab-quotes"):
                yield FindingList(id="quotes-list")
            with TabPane("Dates", id="tab-dates"):
                yield FindingList(id="dates-list")

    def show(self, analysis: Analysis | None, styles, names: dict[str, str] | None = None) -> None:
        found = self.query("#entities-list")
        if not found:  # not composed yet: the app draws again once it is
            return
        entity_list = found.first()
        entity_list.entity_names = {}
        for list_id, options in (
            ("#entities-list", entity_options(analysis, styles, names, entity_list.entity_names)
             if analysis else []),
            ("#quotes-list", quote_options(analysis) if analysis else []),
            ("#dates-list", date_options(analysis) if analysis else []),
        ):
            widget = self.query_one(list_id, FindingList)
            widget.clear_options()
            widget.add_options(options or [Option(Text("nothing found" if analysis else "analysing…",
                                                        style="dim italic"), disabled=True)])


class EntityList(FindingList):
    """The entities panel: also f, to show only the articles that name one."""

    BINDINGS = bindings.ENTITY_LIST
