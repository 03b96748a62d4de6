"""The help screen: every binding, with the keys in effect after the keymap."""
from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui import bindings


def help_table(keymap: dict[str, str]) -> Table:
    table = Table(box=None, show_header=False, padding=(0, 2), expand=False)
    table.add_column("keys", style="bold", no_wrap=True, width=22)
    table.add_column("action", width=16)
    table.add_column("id", style="dim", no_wrap=True)
    for title, section in bindings.SECTIONS:
        table.add_row(Text(title, style="bold underline"), "", "")
        for b in section:
            keys = keymap.get(b.id, b.key) if b.id else b.key
            table.add_row(bindings.key_display(keys), b.description or b.action, b.id or "")
        table.add_row("", "", "")
    return table


class HelpScreen(ModalScreen[None]):
    inherit_bindings = False
    BINDINGS = bindings.HELP_SCREEN

    def __init__(self, keymap: dict[str, str]) -> None:
        super().__init__()
        self.keymap = keymap

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text("newsreader — keys", style="bold"), id="help-title")
            yield Static(help_table(self.keymap), id="help-table")
            yield Static(Text("Remap any key by its id under keymap: in config.yaml. Esc closes.", style="dim"))
