"""The SQLite library store: articles, state, feeds, analysis cache, search, recovery."""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from tui.library.store import (SCHEMA_VERSION, Store, StoreError, analysis_from_dict, content_hash,
                               default_data_dir, fts_query)
from tui.model import Analysis, Article, Block, DateMention, Entity, Quote


def art(i: int, text: str | None = None, **kw) -> Article:
    text = text or f"Article number {i} says the minister resigned over budget {i}."
    kw.setdefault("title", f"Title {i}")
    kw.setdefault("published", f"2025-10-{(i % 28) + 1:02d}")
    return Article(id=kw.pop("id", f"a{i}"), path=kw.pop("path", f"/tmp/a{i}.md"), text=text, **kw)


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def store(data_dir):
    s = Store.open(data_dir)
    yield s
    s.close()


# --------------------------------------------------------------------------- basics

def test_open_creates_schema_in_wal_mode(store, data_dir):
    assert (data_dir / "library.db").exists()
    assert store.schema_version == SCHEMA_VERSION
    assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = {r[0] for r in store._conn.execute("SELECT name FROM sqlite_master")}
    assert {"articles", "state", "feeds", "analysis", "articles_fts", "schema_version"} <= names


def test_default_data_dir_is_platformdirs(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_data_dir() == tmp_path / "xdg" / "newsreader"
    s = Store.open()
    try:
        assert s.path == tmp_path / "xdg" / "newsreader" / "library.db"
    finally:
        s.close()


def test_add_get_roundtrip(store):
    blocks = (Block("paragraph", 0, 10, marks=((0, 4, "strong"),)), Block("list_item", 11, 20, 1, bullet="•"))
    a = art(1, source="Wire", url="https://example.org/a#top", blocks=blocks,
            meta={"author": "Jane Doe", "tags": ["x", "y"]})
    aid, is_new = store.add_article(a, "**Article** body")
    assert (aid, is_new) == ("a1", True)
    got = store.get("a1")
    assert got.text == a.text and got.title == "Title 1" and got.source == "Wire"
    assert got.url == "https://example.org/a"  # fragment dropped
    assert got.blocks == blocks
    assert got.meta == {"author": "Jane Doe", "tags": ["x", "y"]}
    assert store.markdown("a1") == "**Article** body"
    with pytest.raises(KeyError):
        store.get("nope")


def test_dedupe_by_hash_and_url_and_unique_ids(store):
    assert store.add_article(art(1)) == ("a1", True)
    # same content under another id: not added again
    assert store.add_article(art(1, id="other")) == ("a1", False)
    # same url, different content (an updated page): not added again
    store.add_article(art(2, url="https://x/2"))
    assert store.add_article(art(3, url="https://x/2#frag")) == ("a2", False)
    # same id, different content: a unique id
    assert store.add_article(art(4, id="a1")) == ("a1-2", True)
    assert store.add_article(art(5, id="a1")) == ("a1-3", True)
    assert len(store) == 4


def test_articles_rows_light_and_ordered(store):
    store.add_article(art(1, published="2025-10-01"))
    store.add_article(art(2, published=None))
    store.add_article(art(3, published="2025-10-20"))
    rows = store.articles()
    assert [r.id for r in rows] == ["a3", "a1", "a2"]  # newest first, undated last
    assert rows[0].title == "Title 3" and rows[0].read is False and rows[0].starred is False
    assert rows[0].hash == content_hash(art(3, published="2025-10-20").text, "2025-10-20")
    assert not hasattr(rows[0], "text")


def test_read_and_starred(store):
    for i in range(3):
        store.add_article(art(i))
    store.set_read("a0", True)
    store.set_starred("a1", True)
    store.set_read("a1", True)
    store.set_read("a1", False)
    assert store.is_read("a0") and not store.is_read("a1") and store.is_starred("a1")
    assert {r.id for r in store.articles(unread=True)} == {"a1", "a2"}
    assert [r.id for r in store.articles(starred=True)] == ["a1"]
    assert store.unread_count() == 2
    with pytest.raises(KeyError):
        store.set_read("missing", True)


def test_restart_keeps_articles_and_state(data_dir):
    s = Store.open(data_dir)
    for i in range(5):
        s.add_article(art(i))
    s.set_read("a2", True)
    s.set_starred("a3", True)
    s.add_feed("https://x/feed", "X")
    s.close()
    s = Store.open(data_dir)
    try:
        rows = {r.id: r for r in s.articles()}
        assert set(rows) == {f"a{i}" for i in range(5)}
        assert rows["a2"].read and not rows["a1"].read and rows["a3"].starred
        assert s.get("a4").text == art(4).text
        assert [f.url for f in s.feeds()] == ["https://x/feed"]
        assert s.recovery is None
    finally:
        s.close()


def test_delete_article(store):
    store.add_article(art(1))
    store.set_read("a1")
    assert store.delete_article("a1") and not store.delete_article("a1")
    assert store.articles() == [] and store.search("minister") == []


def test_threads_share_the_store(store):
    for i in range(20):
        store.add_article(art(i))
    errors = []

    def work(k):
        try:
            for i in range(20):
                store.set_read(f"a{i}", (i + k) % 2 == 0)
                store.articles()
                store.search("minister")
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_two_connections_see_each_other(data_dir):
    a = Store.open(data_dir)
    b = Store.open(data_dir)
    try:
        a.add_article(art(1))
        b.set_read("a1", True)
        assert a.is_read("a1")
    finally:
        a.close()
        b.close()


# --------------------------------------------------------------------------- search

def test_search_title_body_and_entities(store):
    store.add_article(art(1, "Donald Trump said the war was 'dishonorable' on Thursday.", title="War of words"))
    store.add_article(art(2, "Le président Macron a parlé à Genève.", title="Diplomatie"))
    store.add_article(art(3, "Budget talks stalled again.", title="Budget"))
    assert store.search("trump") == ["a1"]
    assert store.search("war words") == ["a1"]
    assert store.search("geneve") == ["a2"]          # diacritics folded
    assert store.search("president macron") == ["a2"]
    assert store.search("dishonor") == ["a1"]        # prefix while typing
    assert store.search("wars") == ["a1"]            # stemming
    assert store.search("budget") == ["a3"]
    assert store.search("trump budget") == []         # every word must match
    h = store.content_hash_of("a3")
    store.store_analysis(h, "e1", {"entities": [{"start": 0, "end": 6, "text": "IMF Board", "label": "ORG"}]})
    assert store.search("imf") == ["a3"]
    store.set_entities("a2", ["Emmanuel Macron", "Geneva"])
    assert store.search("emmanuel") == ["a2"]


def test_search_title_ranks_first(store):
    store.add_article(art(1, "Nothing about it here except one mention of ukraine.", title="Weather"))
    store.add_article(art(2, "Other words.", title="Ukraine talks"))
    assert store.search("ukraine") == ["a2", "a1"]


NASTY = ['"', '""', "'", "AND", "OR", "NOT", "NEAR", "NEAR(a b)", "a AND", "(", ")", "*", "^",
         "title:", "title:x", "-x", "+", "{a b}", "a:b:c", "\\", "\x00", "🙂", "a\"b", "a'b",
         "'; DROP TABLE articles; --", "   ", "", "ä ö ü", "x" * 500, "col:*", "NEAR(\"a\" \"b\", 2)"]


@pytest.mark.parametrize("q", NASTY)
def test_search_never_raises(store, q):
    store.add_article(art(1))
    assert isinstance(store.search(q), list)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_search_any_text_is_safe(tmp_path_factory, q):
    s = _shared_store(tmp_path_factory)
    assert isinstance(s.search(q), list)


_SHARED: dict = {}


def _shared_store(factory):
    if "s" not in _SHARED:
        _SHARED["s"] = Store.open(factory.mktemp("hyp"))
        _SHARED["s"].add_article(art(1))
    return _SHARED["s"]


def test_fts_query_quotes_every_word():
    assert fts_query('trump AND "war') == '"trump" "AND" "war"*'
    assert fts_query("war ") == '"war"'
    assert fts_query("!!!") == ""


# --------------------------------------------------------------------------- analysis cache

def test_analysis_cache(store):
    a = Analysis(entities=(Entity(0, 6, "Donald", "PERSON"),),
                 quotes=(Quote(10, 20, "some words", None),),
                 dates=(DateMention(30, 38, "Thursday", "2025-10-16"),))
    assert store.cached_analysis("h1", "0.1.0") is None
    store.store_analysis("h1", "0.1.0", a)
    got = store.cached_analysis("h1", "0.1.0")
    assert analysis_from_dict(got) == a
    assert store.cached_analysis("h1", "0.2.0") is None
    store.store_analysis("h1", "0.2.0", {"x": 1})
    assert store.prune_analysis("0.2.0") == 1
    assert store.cached_analysis("h1", "0.1.0") is None and store.cached_analysis("h1", "0.2.0") == {"x": 1}


# --------------------------------------------------------------------------- feeds

def test_feeds_crud(store):
    assert store.add_feed("https://a/rss") is True
    assert store.add_feed("https://a/rss", "A") is False  # already there; fills in the title
    store.add_feed("https://b/atom", "B")
    assert [(f.url, f.title) for f in store.feeds()] == [("https://a/rss", "A"), ("https://b/atom", "B")]
    store.update_feed("https://a/rss", etag='"1"', last_modified="Thu", last_error="boom", last_fetched=5.0)
    f = store.feed("https://a/rss")
    assert (f.etag, f.last_modified, f.last_error, f.last_fetched) == ('"1"', "Thu", "boom", 5.0)
    with pytest.raises(TypeError):
        store.update_feed("https://a/rss", bogus=1)
    assert store.remove_feed("https://a/rss") and not store.remove_feed("https://a/rss")
    assert store.feed("https://a/rss") is None


# --------------------------------------------------------------------------- schema

def test_newer_schema_is_refused_not_destroyed(data_dir):
    Store.open(data_dir).close()
    db = data_dir / "library.db"
    with sqlite3.connect(db) as c:
        c.execute("UPDATE schema_version SET version=?", (SCHEMA_VERSION + 1,))
    c.close()
    with pytest.raises(StoreError, match="newer newsreader"):
        Store.open(data_dir)
    assert db.exists() and not list(data_dir.glob("*.corrupt-*"))


def test_data_dir_that_is_a_file(tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(StoreError, match="data folder"):
        Store.open(f)


def test_empty_db_file_is_initialised(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "library.db").write_bytes(b"")
    s = Store.open(data_dir)
    assert s.schema_version == SCHEMA_VERSION and s.recovery is None
    s.close()


# --------------------------------------------------------------------------- recovery

def _fill(data_dir, n=300):
    s = Store.open(data_dir)
    s.add_articles([(art(i, f"Body of article {i}. " + "Lorem ipsum dolor sit amet. " * 40), None)
                    for i in range(n)])
    for i in range(0, n, 3):
        s.set_read(f"a{i}", True)
    s.set_starred("a1", True)
    s.add_feed("https://a/rss", "A")
    s.add_feed("https://b/rss", "B")
    s.close()
    return data_dir / "library.db"


def _pages_of(db: Path, table: str) -> list[int]:
    with sqlite3.connect(db) as c:
        pages = [r[0] for r in c.execute(
            "SELECT pageno FROM dbstat WHERE name=? AND pagetype='leaf' ORDER BY pageno", (table,))]
        size = c.execute("PRAGMA page_size").fetchone()[0]
    c.close()
    return pages, size


def _smash(db: Path, page: int, size: int) -> None:
    with open(db, "r+b") as f:
        f.seek((page - 1) * size)
        f.write(b"\xde\xad\xbe\xef" * (size // 4))


def test_garbage_file_is_moved_aside_and_rebuilt(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "library.db").write_bytes(b"this is not a database at all" * 100)
    s = Store.open(data_dir)
    try:
        assert s.recovery is not None
        aside = Path(s.recovery.moved_to)
        assert aside.exists() and aside.name.startswith("library.db.corrupt-")
        assert aside.read_bytes().startswith(b"this is not a database")
        msg = s.recovery.message
        assert "damaged" in msg and str(aside) in msg and "Lost: everything" in msg
        assert s.articles() == [] and s.schema_version == SCHEMA_VERSION
        s.add_article(art(1))
    finally:
        s.close()
    again = Store.open(data_dir)  # the fresh one is fine
    assert again.recovery is None and len(again) == 1
    again.close()


@pytest.mark.parametrize("table", ["bodies", "articles"])
def test_damaged_articles_keep_state_and_feeds(data_dir, table):
    db = _fill(data_dir)
    pages, size = _pages_of(db, table)
    assert len(pages) > 5
    _smash(db, pages[len(pages) // 2], size)
    s = Store.open(data_dir)
    try:
        r = s.recovery
        assert r is not None
        assert r.recovered["feeds"] == 2
        assert r.recovered["read/starred marks"] == 101  # 100 read + a1 starred
        assert 250 < r.recovered["articles"] < 300
        [lost] = r.lost
        assert lost.startswith(f"{300 - r.recovered['articles']} of 300 articles")
        assert "Recovered:" in r.message and "Lost:" in r.message
        # user state is all there, including for the articles that were lost
        assert s._conn.execute("SELECT count(*) FROM state WHERE read=1").fetchone()[0] == 100
        assert s.is_starred("a1") or "a1" not in {x.id for x in s.articles()}
        assert [f.url for f in s.feeds()] == ["https://a/rss", "https://b/rss"]
        # search works on what was recovered
        some = s.articles()[0].id
        assert some in s.search(s.get(some).text.split(".")[0])
        # and the original file is kept for the user
        assert Path(r.moved_to).exists()
    finally:
        s.close()


def test_damaged_state_is_reported_as_lost(data_dir):
    db = _fill(data_dir, n=30)
    pages, size = _pages_of(db, "state")
    _smash(db, pages[0], size)
    s = Store.open(data_dir)
    try:
        r = s.recovery
        assert r is not None and r.recovered["articles"] == 30 and r.recovered["feeds"] == 2
        assert any("read/starred marks" in lost for lost in r.lost)
        assert "read/starred marks" in r.message.split("Lost:")[1]
    finally:
        s.close()


def test_truncated_file_keeps_what_is_readable(data_dir):
    import os

    db = _fill(data_dir)
    os.truncate(db, db.stat().st_size // 2)
    s = Store.open(data_dir)
    try:
        r = s.recovery
        assert r.recovered["feeds"] == 2 and r.recovered["read/starred marks"] == 101
        assert 0 < r.recovered["articles"] < 300 and len(s) == r.recovered["articles"]
        assert "articles" in r.message.split("Lost:")[1]
        assert r.message.index("Recovered: ") < r.message.index(f"{r.recovered['articles']} articles")
    finally:
        s.close()


def test_locked_database_is_not_treated_as_corrupt(data_dir, monkeypatch):
    import tui.library.store as store_mod

    s = Store.open(data_dir)
    s.add_article(art(1))
    s.close()
    holder = sqlite3.connect(data_dir / "library.db", isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    # a tiny busy timeout, so that the test does not wait 10 s for the lock
    monkeypatch.setattr(store_mod, "_connect", lambda path: sqlite3.connect(
        str(path), isolation_level=None, check_same_thread=False, timeout=0.05))
    try:
        with pytest.raises(StoreError, match="locked"):
            Store.open(data_dir)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    monkeypatch.undo()
    assert not list(data_dir.glob("*.corrupt-*"))
    s = Store.open(data_dir)
    assert len(s) == 1
    s.close()
