"""A comparison path that raises (a bug) costs only its own flags: the others are kept, the
failure is recorded, and ``newsreader analyze`` says so in one line, without a traceback."""
from __future__ import annotations

import json

from tui.analysis.compare import compare, pairs
from tui.model import Analysis

from tests.test_compare import art


def _broken(*args):
    raise ValueError("boom")


def test_a_raising_path_loses_only_its_own_flags(monkeypatch):
    monkeypatch.setattr(pairs, "_compare_dates", _broken)
    docs = [(art("a", "The earthquake killed 32 people in the province on Tuesday, officials said."), Analysis()),
            (art("b", "The earthquake killed 35 people in the province on Tuesday, officials said."), Analysis())]
    dis, _ = compare(docs)
    assert [d.kind for d in dis] == ["number"]
    assert pairs.FAILURES == ["_broken on a / b: ValueError: boom"]
    pairs.FAILURES.clear()


def test_analyze_reports_a_failed_path_in_one_line(monkeypatch, tmp_path, capsys):
    from tui.cli import main

    monkeypatch.setattr(pairs, "_compare_numbers", _broken)
    for name, n in (("a", 32), ("b", 35)):
        (tmp_path / f"{name}.md").write_text(
            f"---\ntitle: Quake {name}\n---\n\nThe earthquake killed {n} people in Ardmore province on Tuesday, "
            f"officials in Ardmore said. Rescuers searched collapsed homes in Ardmore through the night.\n",
            encoding="utf-8")
    assert main(["analyze", "--json", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["stories"] == [["a", "b"]]
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "comparison step(s) failed" in lines[0] and "Traceback" not in err
    pairs.FAILURES.clear()
