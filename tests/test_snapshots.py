"""SVG snapshots of the screens (pytest-textual-snapshot).

After an intended change to the look or to the analysis, refresh them with
``pytest tests/test_snapshots.py --snapshot-update`` and review the diff.
"""
from __future__ import annotations

from pilot_wait import settle
from tui.app import NewsReader
from tui.config import load_config

SIZE = (120, 40)


def seed_app(seeds) -> NewsReader:
    return NewsReader(load_config(use_user_file=False), [str(seeds)])




def test_main_screen(snap_compare, seeds):
    assert snap_compare(seed_app(seeds), terminal_size=SIZE, run_before=settle)


def test_main_screen_second_article_narrow(snap_compare, seeds):
    async def second(pilot):
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)

    assert snap_compare(seed_app(seeds), terminal_size=(80, 24), run_before=second)


def test_help_screen(snap_compare, seeds):
    async def help_open(pilot):
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(seed_app(seeds), terminal_size=SIZE, run_before=help_open)


def test_disagreements_pane(snap_compare, seeds):
    async def pane(pilot):
        await settle(pilot)
        await pilot.press("d")
        await pilot.pause()

    assert snap_compare(seed_app(seeds), terminal_size=(140, 40), run_before=pane)


def test_compare_view(snap_compare, seeds):
    async def compare(pilot):
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)

    assert snap_compare(seed_app(seeds), terminal_size=(140, 40), run_before=compare)


def test_search_view(snap_compare, seeds, tmp_path):
    from tui.library.preload import Preload
    from tui.library.sources import LibrarySource

    source = LibrarySource(str(tmp_path / "data"), seeds)
    app = NewsReader(load_config(use_user_file=False), source=source, preload=Preload(source))

    async def search(pilot):
        await settle(pilot)
        await pilot.press("slash", *"inglorious", "enter")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=search)
