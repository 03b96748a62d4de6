"""Every key binding of the app, by context, each with an id.

The ids are what ``keymap:`` in config.yaml remaps; the keys here are only the
defaults (config.yaml repeats them so users can see them).  The help screen is
built from these lists, so it always lists every binding.
"""
from __future__ import annotations

from textual.binding import Binding

APP = [
    Binding("q", "quit", "Quit", id="quit"),
    Binding("question_mark", "help", "Help", id="help"),
    Binding("tab", "app.focus_next", "Next pane", show=False, id="focus_next"),
    Binding("shift+tab", "app.focus_previous", "Previous pane", show=False, id="focus_previous"),
    Binding("1", "toggle_kind('entities')", "Entities", id="toggle_entities"),
    Binding("2", "toggle_kind('quotes')", "Quotes", id="toggle_quotes"),
    Binding("3", "toggle_kind('dates')", "Dates", id="toggle_dates"),
    Binding("4", "toggle_kind('disagreements')", "Flags", show=False, id="toggle_flags"),
    Binding("n", "next_highlight(1)", "Next mark", id="next_highlight"),
    Binding("N", "next_highlight(-1)", "Previous mark", show=False, id="previous_highlight"),
    Binding("p", "toggle_panels", "Panels", id="toggle_panels"),
    Binding("d", "toggle_disagreements", "Disagreements", id="toggle_disagreements"),
    Binding("c", "compare", "Compare", id="compare"),
    Binding("slash", "search", "Search", id="search"),
    Binding("escape", "clear_filter", "Show all", show=False, id="clear_filter"),
    Binding("m", "toggle_read", "Read/unread", show=False, id="toggle_read"),
    Binding("o", "open_link", "Open link", show=False, id="open_link"),
    Binding("r", "refresh", "Refresh", id="refresh"),
    Binding("ctrl+s", "save_screenshot", "Screenshot", show=False, id="screenshot"),
]


def _list_bindings(select: str) -> list[Binding]:
    """Moving in an option list; the ids are shared with the reader's scrolling keys."""
    return [
        Binding("j,down", "cursor_down", "Down", show=False, id="cursor_down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="cursor_up"),
        Binding("enter,l", "select", select, id="open"),
        Binding("g,home", "first", "First", show=False, id="scroll_top"),
        Binding("G,end", "last", "Last", show=False, id="scroll_bottom"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="page_down"),
        Binding("pageup,b", "page_up", "Page up", show=False, id="page_up"),
    ]


ARTICLE_LIST = _list_bindings("Open")

READER = [
    Binding("j,down", "scroll_down", "Down", show=False, id="cursor_down"),
    Binding("k,up", "scroll_up", "Up", show=False, id="cursor_up"),
    Binding("g,home", "scroll_home", "Top", show=False, id="scroll_top"),
    Binding("G,end", "scroll_end", "Bottom", show=False, id="scroll_bottom"),
    Binding("pagedown,space", "page_down", "Page down", show=False, id="page_down"),
    Binding("pageup,b", "page_up", "Page up", show=False, id="page_up"),
]

PANEL_LIST = _list_bindings("Jump to")
ENTITY_LIST = PANEL_LIST + [
    Binding("f", "filter", "Articles naming it", id="filter_entity"),
]

COMPARE = [
    Binding("n", "next_flag(1)", "Next flag", id="next_flag"),
    Binding("N", "next_flag(-1)", "Previous flag", id="previous_flag"),
    Binding("escape,c,q", "close", "Close", id="close_compare"),
    Binding("tab", "app.focus_next", "Other side", show=False, id="compare_focus_next"),
]

HELP_SCREEN = [
    Binding("escape,q,question_mark", "dismiss", "Close", id="close_help"),
]

# (title of the section, bindings) in the order the help screen shows them.
SECTIONS = [
    ("Everywhere", APP),
    ("Article list", ARTICLE_LIST),
    ("Reader", READER),
    ("Entities / quotes / dates / disagreement panels", ENTITY_LIST),
    ("Compare view", COMPARE),
    ("Help screen", HELP_SCREEN),
]


def all_ids() -> set[str]:
    return {b.id for _, bindings in SECTIONS for b in bindings if b.id}


def key_display(keys: str) -> str:
    """'question_mark' -> '?', 'shift+tab' -> 'Shift+Tab', 'j,down' -> 'j / ↓'."""
    names = {"question_mark": "?", "down": "↓", "up": "↑", "left": "←", "right": "→", "enter": "Enter",
             "escape": "Esc", "tab": "Tab", "space": "Space", "pagedown": "PgDn", "pageup": "PgUp",
             "home": "Home", "end": "End", "slash": "/"}
    out = []
    for key in keys.split(","):
        parts = [names.get(p, p.capitalize() if len(p) > 1 else p) for p in key.strip().split("+")]
        out.append("+".join(parts))
    return " / ".join(out)
