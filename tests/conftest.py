"""Shared fixtures: the bundled seeds and an isolated user config folder."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # library_http, the test server

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    """No test reads the developer's own config or writes to their library."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("xdg_config")))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg_data")))


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture
def server():
    """A real HTTP server on 127.0.0.1 with the feeds and pages of library_http.py."""
    import library_http as H

    s = H.standard_routes(H.TestServer()).start()
    yield s
    s.stop()


@pytest.fixture(autouse=True)
def _no_comparison_path_failed():
    """A comparison path that raises is contained (its flags are lost, the rest kept) and
    recorded; in the tests it is a failure."""
    pairs = sys.modules.get("tui.analysis.compare.pairs")
    if pairs is not None:
        pairs.FAILURES.clear()
    yield
    pairs = sys.modules.get("tui.analysis.compare.pairs")
    if pairs is not None:
        failures = list(pairs.FAILURES)
        pairs.FAILURES.clear()
        assert not failures, failures
