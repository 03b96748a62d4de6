"""The real app, driven by Pilot at a fixed size."""
from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from pilot_wait import settle
from tui.app import NewsReader
from tui.config import load_config
from tui.screens.help import HelpScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.reader import BlockView, Reader

SIZE = (120, 40)
TITLES = ["Trump plans to meet Putin in Budapest to negotiate an end to the war in Ukraine",
          "Trump and Putin to meet in Budapest after high-level talks"]


def make_app(paths, config_text: str | None = None, tmp_path: Path | None = None) -> NewsReader:
    if config_text is not None:
        p = tmp_path / "cfg.yaml"
        p.write_text(config_text, encoding="utf-8")
        return NewsReader(load_config(p), [str(x) for x in paths])
    return NewsReader(load_config(use_user_file=False), [str(x) for x in paths])


async def ready(app, pilot):
    """Wait until articles are loaded and the open article is analysed."""
    await settle(pilot)


def body_text(app) -> str:
    """The article body the reader displays, as plain text."""
    return "\n".join(str(v.render()) for v in app.query_one(Reader).query(BlockView))


def shown_text(app) -> str:
    """Everything the reader displays (head and body), as plain text."""
    reader = app.query_one(Reader)
    return str(reader.head_text(reader.article, False)) + "\n" + body_text(app)


def listed(app) -> list[str]:
    """The article entries of the sidebar (headers left out), as plain text."""
    lst = app.query_one(ArticleList)
    return [" ".join(lst.entry_text(i).split()) for i, e in enumerate(lst.entries) if e.id is not None]


async def test_both_seed_titles_listed(seeds):
    app = make_app([seeds])
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        entries = listed(app)
        assert len(entries) == 2
        assert all(title in entry for title, entry in zip(TITLES, entries))
        assert app.current.id == "000_5cd4f9e363453bf4"
        # the open article is read; the other still has its unread mark
        assert not entries[0].startswith("●") and entries[1].startswith("●")


async def test_moving_and_opening_switch_the_article(seeds):
    app = make_app([seeds])
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        assert "ALBAWABA" not in body_text(app)  # the dateline is the source, not body text
        assert "ALBAWABA · 2025-10-16" in shown_text(app)
        await pilot.press("j")
        await ready(app, pilot)
        assert app.current.id == "004_d3167d980c2c32da"
        assert "Preparatory Delegation Meetings" in shown_text(app)
        assert "Reklam" not in shown_text(app)
        await pilot.press("k")
        await pilot.press("enter")
        await ready(app, pilot)
        assert app.current.id == "000_5cd4f9e363453bf4"
        assert app.focused is app.query_one(Reader)
        await pilot.press("tab")
        assert app.focused is not app.query_one(Reader)


async def test_reader_scroll_keys(seeds):
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        reader = app.query_one(Reader)
        assert reader.scroll_y == 0 and reader.max_scroll_y > 0
        await pilot.press("G")
        await pilot.pause()
        assert reader.scroll_y == reader.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert reader.scroll_y == 0
        await pilot.press("space")
        await pilot.pause()
        assert reader.scroll_y > 0


async def test_help_lists_every_binding_and_closes(seeds):
    app = make_app([seeds])
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one("#help-table").content
        from rich.console import Console
        console = Console(width=100, record=True, file=open("/dev/null", "w"))
        console.print(table)
        text = console.export_text()
        assert "Quit" in text and "question_mark" not in text  # keys shown as the user types them
        for binding_id in load_config(use_user_file=False).keymap:
            assert binding_id in text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_q_quits(seeds):
    app = make_app([seeds])
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0 and not app.is_running


async def test_keymap_from_config_remaps(seeds, tmp_path):
    app = make_app([seeds], "keymap:\n  quit: x\n  cursor_down: ctrl+n\n", tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("q")  # no longer bound
        await pilot.press("ctrl+n")
        await ready(app, pilot)
        assert app.is_running and app.current.id == "004_d3167d980c2c32da"
        await pilot.press("x")
        await pilot.pause()
    assert not app.is_running


async def test_markup_and_escapes_in_articles_are_shown_as_text(tmp_path):
    p = tmp_path / "evil.md"
    p.write_text("---\ntitle: \"[bold red]Not red[/]\"\n---\nPress [link=https://example.org]here[/link] "
                 "and [b]this[/b] \x1b[31mnow\x1b[0m.\x07\n\n[/]\n", encoding="utf-8")
    app = make_app([p])
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        text = shown_text(app)
        assert "[bold red]Not red[/]" in text
        assert "Press [link=https://example.org]here[/link] and [b]this[/b] now." in text
        assert "[/]" in text.splitlines()
        assert "\x1b" not in text and "\x07" not in text
        assert "[bold red]Not red[/]" in listed(app)[0]


async def test_broken_file_is_listed_with_a_warning(tmp_path, seeds):
    (tmp_path / "bad.md").write_bytes(b"---\ntitle: [\n---\nSome \xff text.\n")
    app = make_app([seeds, tmp_path / "bad.md"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(app, pilot)
        entries = listed(app)
        assert len(entries) == 3
        assert [e for e in entries if "⚠" in e] == [e for e in entries if "Some" in e or "bad" in e]
        await pilot.press("G")
        await ready(app, pilot)
        assert app.current.id == "bad"
        text = shown_text(app)
        assert "broken front matter" in text and "not UTF-8" in text


async def test_highlights_follow_analysis_and_toggles(seeds):
    app = make_app([seeds])
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        kinds = {m.kind for m in app.marks}
        assert "date" in kinds
        await pilot.press("3")
        assert "date" not in {m.kind for m in app.marks}
        await pilot.press("3")
        assert "date" in {m.kind for m in app.marks}


async def test_next_highlight_and_panel_jump(seeds):
    app = make_app([seeds])
    async with app.run_test(size=(100, 24)) as pilot:
        await ready(app, pilot)
        assert app.marks
        await pilot.press("N")  # from nothing, N goes to the last mark
        await pilot.pause()
        reader = app.query_one(Reader)
        assert app.mark_index == len(app.marks) - 1
        assert reader.scroll_y > 0
        await pilot.press("n")  # wraps to the first
        assert app.mark_index == 0
        # the dates panel jumps the reader to a date
        dates = app.query_one("#dates-list", OptionList)
        last = dates.option_count - 1
        app.query_one("#panel-tabs").active = "tab-dates"
        await pilot.pause()
        dates.focus()
        dates.highlighted = last
        await pilot.press("enter")
        await pilot.pause()
        target = app.analysis_for(app.current).dates[-1].start
        assert app.marks[app.mark_index].start == target


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_small_and_large_terminals(seeds, size):
    app = make_app([seeds])
    async with app.run_test(size=size) as pilot:
        await ready(app, pilot)
        assert app.query_one("#articles").region.width > 0
        assert app.query_one(Reader).region.width >= 50
        assert app.query_one("#panels").display is (size[0] >= 120)
        await pilot.press("p")
        assert app.query_one("#panels").display is not (size[0] >= 120)


def test_entity_panel_groups_short_forms_under_the_full_name():
    from tui.model import Analysis, Entity
    from tui.widgets.panels import group_entities

    text = "Donald Trump met Putin. Trump said Vladimir Putin agreed. Trump left."
    ents = []
    for name, label in (("Donald Trump", "PERSON"), ("Putin", "PERSON"), ("Trump", "PERSON"),
                        ("Vladimir Putin", "PERSON"), ("Trump", "PERSON")):
        start = text.index(name, ents[-1].end if ents else 0)
        ents.append(Entity(start, start + len(name), name, label))
    groups = group_entities(Analysis(entities=tuple(ents)))
    assert {k: len(v) for k, v in groups["PERSON"].items()} == {"Donald Trump": 3, "Vladimir Putin": 2}
