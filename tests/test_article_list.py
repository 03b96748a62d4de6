"""The virtual article list: many rows, headers skipped, keys, mouse, wrapping."""
from __future__ import annotations

from textual.app import App

from tui.library.sources import Row
from tui.widgets.article_list import ArticleList, wrap2


class ListApp(App):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, str]] = []

    def compose(self):
        yield ArticleList(id="list")

    def on_article_list_highlighted(self, event) -> None:
        self.seen.append(("highlighted", event.article_id))

    def on_article_list_selected(self, event) -> None:
        self.seen.append(("selected", event.article_id))


def rows(n: int) -> list[Row]:
    return [Row(f"a{i}", f"Title number {i} of a long list of articles", "Wire", "2025-10-16") for i in range(n)]


def test_wrap2_cuts_at_two_lines():
    assert wrap2("short", 20) == ["short"]
    assert wrap2("one two three four five six seven", 10) == ["one two", "three fou…"]
    assert wrap2("Supercalifragilistic", 8)[0] == "Supercal"


async def test_ten_thousand_rows_and_keys():
    app = ListApp()
    async with app.run_test(size=(40, 20)) as pilot:
        lst = app.query_one(ArticleList)
        lst.set_articles(rows(10_000))
        lst.focus()
        await pilot.pause()
        assert lst.highlighted_id == "a0" and len(lst.ids) == 10_000
        await pilot.press("j", "j", "k")
        assert lst.highlighted_id == "a1"
        await pilot.press("G")
        await pilot.pause()
        assert lst.highlighted_id == "a9999" and lst.scroll_y == lst.max_scroll_y > 0
        await pilot.press("g", "pagedown")
        assert lst.highlighted_id not in ("a0", "a1")
        await pilot.press("enter")
        assert app.seen[-1] == ("selected", lst.highlighted_id)


async def test_story_headers_are_skipped_and_groups_kept():
    app = ListApp()
    async with app.run_test(size=(40, 20)) as pilot:
        lst = app.query_one(ArticleList)
        lst.set_articles(rows(4), stories=[["a2", "a0"], ["a1"], ["a3"]], topics={0: ["Kyiv"]}, read={"a0"})
        lst.focus()
        await pilot.pause()
        kinds = [(e.header, e.id) for e in lst.entries]
        assert kinds == [(True, None), (False, "a2"), (False, "a0"), (True, None), (False, "a1"), (False, "a3")]
        assert lst.entries[0].meta == "Kyiv"
        assert lst.highlighted_id == "a2"
        await pilot.press("k")  # nothing above but the header: stays
        assert lst.highlighted_id == "a2"
        await pilot.press("j", "j")  # over the "other articles" header
        assert lst.highlighted_id == "a1"
        assert lst.entry_text(lst.index["a2"]).startswith("●")
        assert not lst.entry_text(lst.index["a0"]).startswith("●")


async def test_click_selects():
    app = ListApp()
    async with app.run_test(size=(40, 20)) as pilot:
        lst = app.query_one(ArticleList)
        lst.set_articles(rows(5))
        await pilot.pause()
        top = lst._tops[2]
        await pilot.click(ArticleList, offset=(3, top))
        assert ("selected", "a2") in app.seen and lst.highlighted_id == "a2"


async def test_keep_holds_the_cursor_across_regrouping():
    app = ListApp()
    async with app.run_test(size=(40, 20)) as pilot:
        lst = app.query_one(ArticleList)
        lst.set_articles(rows(6))
        lst.highlight("a4")
        await pilot.pause()
        app.seen.clear()
        lst.set_articles(rows(6), stories=[["a0", "a4"], ["a1"], ["a2"], ["a3"], ["a5"]], keep="a4")
        await pilot.pause()
        assert lst.highlighted_id == "a4" and app.seen == []  # regrouping does not re-open it


def test_fit_marks_a_cut():
    from tui.widgets.article_list import fit

    assert fit("ALBAWABA · 2025-10-16", 12) == "ALBAWABA · …"
    assert fit("short", 8) == "short   "
