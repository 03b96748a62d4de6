"""The story features of the app: grouping, disagreements pane, compare view (Pilot)."""
from __future__ import annotations

from textual.widgets import OptionList

from pilot_wait import settle
from tui.app import NewsReader
from tui.config import load_config
from tui.screens.compare import CompareScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.disagreements import FlagList, StoryPane
from tui.widgets.reader import BlockView, Reader

SIZE = (140, 40)


def seed_app(seeds) -> NewsReader:
    return NewsReader(load_config(use_user_file=False), [str(seeds)])




def option_texts(widget: OptionList) -> list[str]:
    return [str(widget.get_option_at_index(i).prompt) for i in range(widget.option_count)]


async def test_sidebar_groups_the_seeds_into_one_story(seeds):
    app = seed_app(seeds)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.stories == [["000_5cd4f9e363453bf4", "004_d3167d980c2c32da"]]
        lst = app.query_one(ArticleList)
        header = lst.entries[0]
        assert header.header and header.title == "▾ story · 2 articles"
        assert "Trump" in header.meta  # the names both articles share
        assert [e.id for e in lst.entries[1:3]] == app.stories[0]


async def test_disagreements_pane_lists_the_quote_flag(seeds):
    app = seed_app(seeds)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.query_one(StoryPane)
        assert not pane.display
        await pilot.press("d")
        await pilot.pause()
        assert pane.display and isinstance(app.focused, FlagList)
        flags = option_texts(app.query_one(FlagList))
        quote = [f for f in flags if f.startswith("QUOTE")]
        assert quote and "dishonorable" in quote[0] and "inglorious" in quote[0]
        await pilot.press("d")
        await pilot.pause()
        assert not pane.display


async def test_flags_are_drawn_in_the_reader(seeds):
    app = seed_app(seeds)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        flagged = [m for m in app.marks if m.kind == "disagreement"]
        assert any("dishonorable" in app.current.text[m.start:m.end] for m in flagged)
        await pilot.press("4")  # the flag highlights can be switched off like any kind
        assert not [m for m in app.marks if m.kind == "disagreement"]


async def test_enter_on_a_flag_opens_the_compare_view_at_it(seeds):
    app = seed_app(seeds)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await pilot.pause()
        flag_list = app.query_one(FlagList)
        quote_index = next(i for i, t in enumerate(option_texts(flag_list)) if t.startswith("QUOTE"))
        flag_list.highlighted = quote_index
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        flag = screen.flags[screen.index]
        assert flag.kind == "quote"
        left, right = screen.query_one("#compare-a", Reader), screen.query_one("#compare-b", Reader)
        assert {left.article.id, right.article.id} == {flag.a.article, flag.b.article}
        # both sides show their words of the flag
        shown = "\n".join(str(v.render()) for v in screen.query(BlockView))
        assert "dishonorable" in shown and "inglorious" in shown
        before = screen.index
        await pilot.press("n")
        assert screen.index == (before + 1) % len(screen.flags)
        await pilot.press("N")
        assert screen.index == before
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CompareScreen)


async def test_c_opens_compare_for_the_current_article(seeds):
    app = seed_app(seeds)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen)
        assert app.current.id in (app.screen.a.id, app.screen.b.id)
        await pilot.press("c")
        await pilot.pause()
        assert not isinstance(app.screen, CompareScreen)


async def test_unrelated_article_is_not_in_the_story(seeds, tmp_path):
    (tmp_path / "other.md").write_text(
        "---\ntitle: Rain delays harvest in Kent\npublished: 2025-10-16\n---\n"
        "Farmers in Kent said heavy rain had delayed the apple harvest by two weeks.\n", encoding="utf-8")
    app = NewsReader(load_config(use_user_file=False), [str(seeds), str(tmp_path)])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert ["other"] in app.stories
        await pilot.press("G")
        await settle(pilot)
        assert app.current.id == "other"
        await pilot.press("c")  # nothing to compare it with: a message, no screen
        await pilot.pause()
        assert not isinstance(app.screen, CompareScreen)


async def test_compare_view_tints_aligned_sentences(seeds):
    app = seed_app(seeds)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        screen = app.screen
        a, b = screen.a, screen.b
        assert screen.aligned[a.id] and len(screen.aligned[a.id]) == len(screen.aligned[b.id])
        # the first sentences of both seeds report the same announcement
        first_a, first_b = screen.aligned[a.id][0], screen.aligned[b.id][0]
        assert "Putin" in a.text[first_a[0]:first_a[1]] and "Putin" in b.text[first_b[0]:first_b[1]]
        assert any(m.kind == "aligned" for m in screen._marks(a.id))
