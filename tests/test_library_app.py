"""The app on the SQLite library: first run, read state, refresh, search, filters (Pilot)."""
from __future__ import annotations

import pytest
from textual.widgets import Input

from pilot_wait import settle
from tui.app import NewsReader
from tui.config import load_config
from tui.library.preload import Preload
from tui.library.sources import LibrarySource
from tui.library.store import Store
from tui.widgets.article_list import ArticleList
from tui.widgets.panels import EntityList

SIZE = (140, 40)


def library_app(data_dir, seeds) -> NewsReader:
    source = LibrarySource(str(data_dir), seeds)
    return NewsReader(load_config(use_user_file=False), source=source, preload=Preload(source))




def listed_ids(app) -> list[str]:
    return app.query_one(ArticleList).ids


async def test_first_run_seeds_the_library_and_state_survives_a_restart(tmp_path, seeds):
    data = tmp_path / "data"
    app = library_app(data, seeds)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert sorted(listed_ids(app)) == ["000_5cd4f9e363453bf4", "004_d3167d980c2c32da"]
        opened = app.current.id
        assert app.row_by_id[opened].read
        other = next(i for i in listed_ids(app) if i != opened)
        assert not app.row_by_id[other].read
    # the state is in SQLite, not in the app
    with Store.open(data) as store:
        assert store.is_read(opened) and not store.is_read(other)
        assert len(store) == 2
    app = library_app(data, seeds)  # a second run: no seeding again, read state kept
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert len(app.rows) == 2
        assert app.row_by_id[opened].read and not app.row_by_id[other].read


async def test_m_marks_read_and_unread(tmp_path, seeds):
    data = tmp_path / "data"
    app = library_app(data, seeds)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        lst = app.query_one(ArticleList)
        highlighted = lst.highlighted_id
        assert app.row_by_id[highlighted].read
        await pilot.press("m")
        await settle(pilot)
        assert not app.row_by_id[highlighted].read
        assert lst.entry_text(lst.index[highlighted]).startswith("●")
    with Store.open(data) as store:
        assert not store.is_read(highlighted)


async def test_analysis_is_cached_in_the_library(tmp_path, seeds):
    data = tmp_path / "data"
    app = library_app(data, seeds)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = dict(app.analyses)
    assert len(first) == 2
    source = LibrarySource(str(data), seeds)
    source.open()
    for article_id, analysis in first.items():
        cached = source.cached_analysis(source.get(article_id), app.version)
        assert cached == analysis
    source.close()


def feed_app(tmp_path, seeds, server):
    """The app over a fresh library that subscribes to the test server's RSS feed."""
    data = tmp_path / "data"
    with Store.open(data) as store:
        store.add_feed(server.url("/rss.xml"))
    return library_app(data, seeds)


async def test_refresh_fetches_feeds_over_http(tmp_path, seeds, server):
    app = feed_app(tmp_path, seeds, server)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        before = set(listed_ids(app))
        await pilot.press("r")
        await settle(pilot)
        titles = {r.title for r in app.rows}
        assert {"Full story in the feed", "Summary only & linked"} <= titles
        assert before < set(listed_ids(app))
        assert app.is_running


async def test_refresh_with_a_broken_feed_keeps_the_library(tmp_path, seeds, server):
    app = feed_app(tmp_path, seeds, server)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        stored = len(app.rows)
        assert stored >= 2
        server.routes["/rss.xml"] = (404, {"Content-Type": "text/plain"}, b"gone")
        await pilot.press("r")
        await settle(pilot)
        assert len(app.rows) == stored
        messages = [n.message for n in app._notifications]
        assert any("failed" in m and "404" in m for m in messages)


async def test_search_filters_the_sidebar_and_escape_restores(tmp_path, seeds):
    app = library_app(tmp_path / "data", seeds)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        box = app.query_one("#search", Input)
        assert box.display and app.focused is box
        await pilot.press(*"inglorious")
        await pilot.press("enter")
        await settle(pilot)
        assert listed_ids(app) == ["004_d3167d980c2c32da"]
        assert "search: inglorious" in str(app.query_one("#articles").border_title)
        await pilot.press("escape")
        await settle(pilot)
        assert len(listed_ids(app)) == 2 and not box.display


async def test_entity_filter_shows_the_articles_that_name_it(tmp_path, seeds):
    app = library_app(tmp_path / "data", seeds)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # the second seed names Karoline Leavitt, the first does not
        app.query_one(ArticleList).highlight("004_d3167d980c2c32da")
        await settle(pilot)
        assert app.current.id == "004_d3167d980c2c32da"
        entities = app.query_one(EntityList)
        target = next(oid for oid, name in entities.entity_names.items() if name == "Karoline Leavitt")
        entities.focus()
        entities.highlighted = entities.get_option_index(target)
        await pilot.press("f")
        await settle(pilot)
        assert listed_ids(app) == ["004_d3167d980c2c32da"]


async def test_open_link_without_url_says_so(tmp_path, seeds):
    app = library_app(tmp_path / "data", seeds)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert any("no link" in n.message for n in app._notifications)


async def test_damaged_library_is_rebuilt_with_a_message(tmp_path, seeds):
    data = tmp_path / "data"
    data.mkdir()
    (data / "library.db").write_bytes(b"this is not a database" * 100)
    app = library_app(data, seeds)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert any("damaged" in n.message for n in app._notifications)
        assert len(app.rows) == 2  # rebuilt, and seeded again since nothing was recoverable
    assert any(p.name.startswith("library.db.corrupt-") for p in data.iterdir())


async def test_a_failing_background_job_is_a_message_not_a_crash(tmp_path, seeds):
    app = library_app(tmp_path / "data", seeds)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)

        def broken(query, names=None):
            raise OSError("disk I/O error")

        app.source.search = broken
        await pilot.press("slash", *"budapest", "enter")
        await settle(pilot)
        assert app.is_running
        assert any("Searching failed" in n.message and "disk I/O error" in n.message
                   for n in app._notifications)
