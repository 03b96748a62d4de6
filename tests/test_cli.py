"""The CLI contract: `newsreader analyze --json PATH...`, --help, --version, bad paths."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tui import __version__


def run(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "tui.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture(scope="module")
def contract(tmp_path_factory):
    from pathlib import Path
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    proc = run("analyze", "--json", seeds)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_contract_shape(contract):
    assert contract["version"] == 1
    assert {a["id"] for a in contract["articles"]} == {"000_5cd4f9e363453bf4", "004_d3167d980c2c32da"}
    for key in ("stories", "disagreements", "coverage"):
        assert isinstance(contract[key], list)
    for art in contract["articles"]:
        assert art["published"] == "2025-10-16"
        assert art["path"].endswith(art["id"] + ".md")
        assert art["title"] and art["text"]


def test_every_span_indexes_the_text(contract):
    n = 0
    for art in contract["articles"]:
        for kind in ("entities", "quotes", "dates"):
            for span in art[kind]:
                assert art["text"][span["start"]:span["end"]] == span["text"], (kind, span)
                n += 1
    by_id = {a["id"]: a for a in contract["articles"]}
    for d in contract["disagreements"]:
        for side in (d["a"], d["b"]):
            assert by_id[side["article"]]["text"][side["start"]:side["end"]] == side["text"]
    for c in contract["coverage"]:
        side = c["a"]
        assert by_id[side["article"]]["text"][side["start"]:side["end"]] == side["text"]


def test_stories_partition_the_articles(contract):
    ids = [i for story in contract["stories"] for i in story]
    assert sorted(ids) == sorted(a["id"] for a in contract["articles"])


def test_analyze_a_single_file_without_front_matter(tmp_path):
    p = tmp_path / "note.txt"
    p.write_text("Local fair opens\n\nThe county fair opened on Saturday, organisers said.\n", encoding="utf-8")
    proc = run("analyze", "--json", p)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    (art,) = doc["articles"]
    assert art["id"] == "note" and art["title"] == "Local fair opens" and art["published"] is None


def test_missing_path_is_one_line_and_nonzero(tmp_path):
    proc = run("analyze", "--json", tmp_path / "nope.md")
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"newsreader: {tmp_path / 'nope.md'}: no such file"
    assert "Traceback" not in proc.stderr


def test_app_refuses_missing_path(tmp_path):
    proc = run(tmp_path / "nope")
    assert proc.returncode == 2 and "no such file or folder" in proc.stderr and "Traceback" not in proc.stderr


def test_broken_file_warns_but_is_analysed(tmp_path):
    (tmp_path / "bad.md").write_bytes(b"---\ntitle: [\n---\nBody \xff here on Monday.\n")
    proc = run("analyze", "--json", tmp_path)
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["articles"][0]["id"] == "bad"
    warnings = proc.stderr.strip().splitlines()
    assert len(warnings) == 2 and all(w.startswith("newsreader: warning: ") for w in warnings)


def test_help_and_version():
    proc = run("--help")
    assert proc.returncode == 0 and "analyze" in proc.stdout and "PATH" in proc.stdout
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"newsreader {__version__}"
    proc = run("analyze", "--help")
    assert proc.returncode == 0 and "--json" in proc.stdout


def test_layers_do_not_import_textual():
    code = ("import sys; import tui.analysis, tui.library, tui.analysis.contract, tui.library.loader; "
            "from tui.analysis import analyze; analyze('Mr. Smith said on Friday: \"Hello.\"', '2025-01-01'); "
            "print('textual' in sys.modules, 'rich' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["False", "False"]


def test_spacy_engine_without_spacy_is_one_clear_line(tmp_path, seeds):
    try:
        import spacy  # noqa: F401
        pytest.skip("spaCy is installed here; the message is for machines without it")
    except ImportError:
        pass
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text("analysis:\n  engine: spacy\n", encoding="utf-8")
    for args in (["analyze", "--json", seeds], [seeds]):
        proc = run(*args, "--config", cfg)
        assert proc.returncode == 2 and proc.stdout == ""
        assert proc.stderr.strip() == (f"newsreader: {cfg}: analysis.engine is 'spacy' but spaCy is not "
                                       "installed (pip install spacy, plus a model such as en_core_web_sm)")


def test_cli_dispatches_every_library_command():
    from tui.cli import LIBRARY_COMMANDS
    from tui.library_cli import COMMANDS

    assert LIBRARY_COMMANDS == COMMANDS


def test_unusable_data_dir_is_one_line_and_exit_2(tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x", encoding="utf-8")
    proc = run("--data-dir", not_a_folder)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert f"the data folder {not_a_folder} is not a folder" in proc.stderr + proc.stdout
