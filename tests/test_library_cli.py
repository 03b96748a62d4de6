"""The library CLI commands: add, feeds add/list/remove/import/export, refresh, list, search."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import library_http as H  # noqa: E402

from tui.library.opml import parse_opml  # noqa: E402
from tui.library_cli import main  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

MD = """---
title: Minister resigns over budget
source: Daily Planet
published: 2025-10-16
---
The finance minister resigned on Thursday after the budget vote failed.

"I take full responsibility," she said.
"""

TXT = """Storm hits the coast

Heavy rain flooded the harbour district overnight.
Residents were evacuated by the fire brigade.
"""


@pytest.fixture
def dd(tmp_path):
    return str(tmp_path / "data")


@pytest.fixture
def files(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "minister.md").write_text(MD, encoding="utf-8")
    (d / "storm.txt").write_text(TXT, encoding="utf-8")
    (d / "sub" / "linked.html").write_text(H.ARTICLE_PAGE, encoding="utf-8")
    (d / "notes.pdf").write_bytes(b"%PDF-1.4")
    return d


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _json(capsys, *argv):
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    return json.loads(out)


# --------------------------------------------------------------------------- add / list / search

def test_add_folder_list_and_search(capsys, dd, files):
    code, out, err = run(capsys, "--data-dir", dd, "add", str(files))
    assert code == 0, err
    assert out.count("added ") == 3
    assert "3 added, 0 already in the library, 0 failed" in err
    rows = _json(capsys, "--data-dir", dd, "list", "--json")
    titles = {r["title"] for r in rows}
    assert titles == {"Minister resigns over budget", "Storm hits the coast", "Summary only & linked"}
    m = next(r for r in rows if r["title"].startswith("Minister"))
    assert m["source"] == "Daily Planet" and m["published"] == "2025-10-16" and m["read"] is False
    assert m["id"] == "minister"
    # again: nothing new
    code, out, err = run(capsys, "add", str(files), "--data-dir", dd)
    assert code == 0 and out.count("exists") == 3
    # plain list output
    code, out, err = run(capsys, "--data-dir", dd, "list")
    assert code == 0 and len(out.splitlines()) == 3 and "[minister]" in out
    # search
    hits = _json(capsys, "--data-dir", dd, "search", "budget", "--json")
    assert [h["id"] for h in hits] == ["minister"]
    hits = _json(capsys, "--data-dir", dd, "search", "harbour", "flooded", "--json")
    assert [h["title"] for h in hits] == ["Storm hits the coast"]
    code, out, err = run(capsys, "--data-dir", dd, "search", 'NEAR("x', "AND", "(", "--json")
    assert code == 0 and json.loads(out) == []
    code, out, err = run(capsys, "--data-dir", dd, "search", "zebra")
    assert code == 0 and out == "" and "no articles match 'zebra'" in err


def test_add_bad_inputs_one_line_each(capsys, dd, files, tmp_path, server):
    empty = tmp_path / "empty.md"
    empty.write_text("---\ntitle: x\n---\n", encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", dd, "add", str(files / "minister.md"),
                         str(tmp_path / "missing.md"), str(files / "notes.pdf"), str(empty),
                         server.url("/nope.html"), server.url("/rss.xml"))
    assert code == 1
    lines = [ln for ln in err.splitlines() if ln.startswith("newsreader: ")]
    assert len(lines) == 5, err
    assert f"newsreader: {tmp_path / 'missing.md'}: no such file or folder" in lines
    assert any(str(files / "notes.pdf") in ln and "not an article file" in ln for ln in lines)
    assert any(str(empty) in ln and "no article text" in ln for ln in lines)
    assert f"newsreader: {server.url('/nope.html')}: HTTP 404 Not Found" in lines
    assert any(server.url("/rss.xml") in ln and "feeds add" in ln for ln in lines)
    assert "Traceback" not in err
    assert out.count("added ") == 1  # the good one still went in


def test_add_url(capsys, dd, server):
    code, out, err = run(capsys, "--data-dir", dd, "add", server.url("/articles/one.html"))
    assert code == 0, err
    assert "Summary only & linked" in out
    [row] = _json(capsys, "--data-dir", dd, "list", "--json")
    assert row["url"] == server.url("/articles/one.html") and row["source"] == "Test Wire"


def test_add_url_timeout(capsys, dd, server):
    code, out, err = run(capsys, "--data-dir", dd, "add", "--timeout", "0.2", server.url("/slow.xml"))
    assert code == 1 and f"newsreader: {server.url('/slow.xml')}: timed out" in err


# --------------------------------------------------------------------------- feeds

def test_feeds_add_list_remove(capsys, dd, server):
    url = server.url("/rss.xml")
    code, out, err = run(capsys, "--data-dir", dd, "feeds", "add", url)
    assert code == 0, err
    assert out.strip() == f"subscribed: Test Wire <{url}>: 2 new articles"
    code, out, err = run(capsys, "--data-dir", dd, "feeds", "add", url)
    assert code == 0 and "already subscribed" in out
    [f] = _json(capsys, "--data-dir", dd, "feeds", "list", "--json")
    assert f["url"] == url and f["title"] == "Test Wire" and f["last_error"] is None
    code, out, err = run(capsys, "feeds", "list", "--data-dir", dd)
    assert url in out and "Test Wire" in out
    assert len(_json(capsys, "--data-dir", dd, "list", "--json")) == 2
    code, out, err = run(capsys, "--data-dir", dd, "feeds", "remove", url)
    assert code == 0 and "articles stay" in out
    assert _json(capsys, "--data-dir", dd, "feeds", "list", "--json") == []
    assert len(_json(capsys, "--data-dir", dd, "list", "--json")) == 2
    code, out, err = run(capsys, "--data-dir", dd, "feeds", "remove", url)
    assert code == 1 and err.strip() == f"newsreader: {url}: not subscribed (see `newsreader feeds list`)"


@pytest.mark.parametrize("path,expect", [
    ("/missing.xml", "HTTP 404 Not Found"),
    ("/page.html", "not a feed: got an HTML page"),
    ("/bomb.xml", "refused"),
    ("/malformed.xml", "malformed feed"),
    ("/huge.xml", "too large"),
])
def test_feeds_add_bad(capsys, dd, server, path, expect):
    code, out, err = run(capsys, "--data-dir", dd, "feeds", "add", "--max-mb", "1", server.url(path))
    assert code == 1
    assert err.startswith(f"newsreader: {server.url(path)}: ") and expect in err
    assert len(err.strip().splitlines()) == 1
    assert _json(capsys, "--data-dir", dd, "feeds", "list", "--json") == []


def test_feeds_import_export(capsys, dd, tmp_path, server):
    opml = tmp_path / "subs.opml"
    opml.write_text(f"""<?xml version="1.0"?><opml version="2.0"><head/><body>
        <outline text="News"><outline text="Wire" type="rss" xmlUrl="{server.url('/rss.xml')}"/>
        <outline text="Atom" type="rss" xmlUrl="{server.url('/atom.xml')}"/></outline></body></opml>""")
    code, out, err = run(capsys, "--data-dir", dd, "feeds", "import", str(opml))
    assert code == 0 and "imported 2 feeds" in out
    code, out, err = run(capsys, "--data-dir", dd, "feeds", "import", str(opml))
    assert code == 0 and "imported 0 feeds" in out and "2 already subscribed" in out
    code, out, err = run(capsys, "--data-dir", dd, "feeds", "export")
    assert code == 0
    assert parse_opml(out.encode()) == [(server.url("/rss.xml"), "Wire"), (server.url("/atom.xml"), "Atom")]
    target = tmp_path / "out.opml"
    code, out, err = run(capsys, "--data-dir", dd, "feeds", "export", "-o", str(target))
    assert code == 0 and len(parse_opml(target.read_bytes())) == 2
    # then refresh fetches them
    code, out, err = run(capsys, "--data-dir", dd, "refresh")
    assert code == 0, err
    assert "3 new articles from 2 feeds" in err


def test_feeds_import_bad_files(capsys, dd, tmp_path):
    missing = tmp_path / "nope.opml"
    code, out, err = run(capsys, "--data-dir", dd, "feeds", "import", str(missing))
    assert code == 1 and err.strip() == f"newsreader: {missing}: no such file"
    bomb = tmp_path / "bomb.opml"
    bomb.write_bytes(H.BOMB.replace(b"<rss", b"<opml").replace(b"</rss>", b"</opml>"))
    code, out, err = run(capsys, "--data-dir", dd, "feeds", "import", str(bomb))
    assert code == 1 and err.startswith(f"newsreader: {bomb}: refused")
    junk = tmp_path / "junk.opml"
    junk.write_text("<opml><body>")
    code, out, err = run(capsys, "--data-dir", dd, "feeds", "import", str(junk))
    assert code == 1 and "not valid XML" in err and len(err.strip().splitlines()) == 1
    nofeeds = tmp_path / "empty.opml"
    nofeeds.write_text("<opml><body><outline text='x'/></body></opml>")
    code, out, err = run(capsys, "--data-dir", dd, "feeds", "import", str(nofeeds))
    assert code == 1 and "no feeds" in err


def test_refresh_reports_each_feed_and_keeps_going(capsys, dd, server):
    run(capsys, "--data-dir", dd, "feeds", "add", server.url("/rss.xml"))
    run(capsys, "--data-dir", dd, "feeds", "add", "--no-fetch", server.url("/slow.xml"))
    run(capsys, "--data-dir", dd, "feeds", "add", "--no-fetch", server.url("/atom.xml"))
    code, out, err = run(capsys, "--data-dir", dd, "refresh", "--timeout", "0.3")
    assert code == 1
    assert f"Test Wire <{server.url('/rss.xml')}>: 0 new" in out
    assert f"Atom Daily <{server.url('/atom.xml')}>: 1 new" in out
    assert f"{server.url('/slow.xml')}: failed: timed out" in err
    assert "1 new articles from 3 feeds; 1 failed" in err
    [f] = [f for f in _json(capsys, "--data-dir", dd, "feeds", "list", "--json")
           if f["url"] == server.url("/slow.xml")]
    assert f["last_error"].startswith("timed out")
    assert len(_json(capsys, "--data-dir", dd, "list", "--json")) == 3


def test_refresh_without_feeds(capsys, dd):
    code, out, err = run(capsys, "--data-dir", dd, "refresh")
    assert code == 0 and "no feeds" in err


# --------------------------------------------------------------------------- store problems

def test_corrupt_library_is_reported_and_rebuilt(capsys, dd, files):
    run(capsys, "--data-dir", dd, "add", str(files / "minister.md"))
    Path(dd, "library.db").write_bytes(b"garbage" * 1000)
    for side in ("library.db-wal", "library.db-shm"):
        Path(dd, side).unlink(missing_ok=True)
    code, out, err = run(capsys, "--data-dir", dd, "list", "--json")
    assert code == 0 and json.loads(out) == []
    assert "was damaged" in err and "library.db.corrupt-" in err
    code, out, err = run(capsys, "--data-dir", dd, "list", "--json")
    assert err == ""


def test_data_dir_not_usable(capsys, tmp_path):
    f = tmp_path / "afile"
    f.write_text("x")
    code, out, err = run(capsys, "--data-dir", str(f), "list")
    assert code == 1 and err.strip() == f"newsreader: the data folder {f} is not a folder"


def test_as_a_subprocess_no_traceback(tmp_path):
    p = subprocess.run([sys.executable, "-m", "tui.library_cli", "--data-dir", str(tmp_path / "d"),
                        "add", str(tmp_path / "missing.md")],
                       capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert p.returncode == 1
    assert p.stderr.splitlines()[0] == f"newsreader: {tmp_path / 'missing.md'}: no such file or folder"
    assert "Traceback" not in p.stderr


def test_library_does_not_import_textual():
    code = ("import sys, tui.library.store, tui.library.fetch, tui.library.feeds, "
            "tui.library.html_import, tui.library.opml, tui.library_cli; "
            "sys.exit(1 if any(m == 'textual' or m.startswith('textual.') for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=60).returncode == 0
