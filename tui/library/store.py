"""The library: articles, their read/starred state, feeds and the analysis cache,
kept in one SQLite file (stdlib :mod:`sqlite3`, WAL mode, FTS5 for search).

Where it lives
    ``<data dir>/library.db``; the data dir is platformdirs' user data dir for
    ``newsreader`` unless a directory is passed (the CLI's ``--data-dir``).

Tables (``schema_version`` holds the version; :data:`MIGRATIONS` upgrades it)
    ``articles``   id, content hash, source, url, title, published, path, feed_url,
                   added time, front matter (JSON), entity names: the light part,
                   so that listing 10,000 articles reads little.
    ``bodies``     per article (same rowid ``n``): plain text, Markdown body,
                   rendered blocks (JSON).
    ``state``      read / starred per article id (kept apart from the content, so
                   that recovery and re-imports keep it).
    ``feeds``      url, title, etag, last_modified, last_error, last_fetched, added.
    ``analysis``   (content hash, engine version) -> the analysis as JSON.
    ``articles_fts`` FTS5 over title, body text and entity names (porter stemming,
                   diacritics folded), kept in step by triggers.

API
    >>> store = Store.open(data_dir)              # or Store.open() for the default
    >>> aid, is_new = store.add_article(article, markdown)
    >>> rows = store.articles()                   # light ArticleRow list, newest first
    >>> art = store.get(aid)                      # full Article (text, blocks, meta)
    >>> store.set_read(aid, True); store.set_starred(aid, True)
    >>> store.search("trump war")                 # [id, ...] best first; never raises on syntax
    >>> store.cached_analysis(h, v); store.store_analysis(h, v, analysis)
    >>> store.add_feed(url); store.feeds(); store.update_feed(url, etag=...); store.remove_feed(url)

Every method is safe to call from any thread (one connection behind a lock);
every write runs in a transaction.  A damaged database file is moved aside and
rebuilt on open — see :meth:`Store.open` and :class:`Recovery`.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import sqlite3
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple, Optional

from tui.model import Analysis, Article, Block, DateMention, Entity, Quote

DB_NAME = "library.db"
SCHEMA_VERSION = 1

_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


class StoreError(Exception):
    """The library cannot be used (data dir not writable, newer schema, ...).

    The message is one line meant for the user.
    """


class ArticleRow(NamedTuple):
    """One article as the sidebar needs it: no text, cheap to build for 10,000."""
    id: str
    title: str
    source: Optional[str]
    published: Optional[str]
    url: Optional[str]
    path: Optional[str]
    feed_url: Optional[str]
    added: float
    read: bool
    starred: bool
    hash: str


@dataclasses.dataclass
class Feed:
    url: str
    title: Optional[str] = None
    etag: Optional[str] = None
    last_modified: Optional[str] = None
    last_error: Optional[str] = None
    last_fetched: Optional[float] = None
    added: float = 0.0


@dataclasses.dataclass
class Recovery:
    """What happened when a damaged database was found on open.

    ``message`` is a few clear sentences for the user (the CLI prints it to
    stderr, the app shows it); ``lost`` lists what could not be recovered.
    """
    damaged_path: str
    moved_to: str
    error: str
    recovered: dict[str, int]
    lost: list[str]

    @property
    def message(self) -> str:
        got = ", ".join(f"{n} {what}" for what, n in self.recovered.items())
        msg = (f"the library database {self.damaged_path} was damaged ({self.error}); "
               f"it was moved to {self.moved_to} and a fresh one was built. "
               f"Recovered: {got or 'nothing'}.")
        if self.lost:
            msg += " Lost: " + "; ".join(self.lost) + "."
        else:
            msg += " Nothing was lost."
        return msg


# --------------------------------------------------------------------------- schema

_V1 = [
    """CREATE TABLE IF NOT EXISTS articles(
        n INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        hash TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        source TEXT,
        published TEXT,
        url TEXT,
        path TEXT,
        feed_url TEXT,
        added REAL NOT NULL,
        front_matter TEXT NOT NULL DEFAULT '{}',
        entity_names TEXT NOT NULL DEFAULT ''
    )""",
    # The large columns live apart, so listing 10,000 articles reads only small rows.
    """CREATE TABLE IF NOT EXISTS bodies(
        n INTEGER PRIMARY KEY,
        text TEXT NOT NULL DEFAULT '',
        markdown TEXT NOT NULL DEFAULT '',
        blocks TEXT NOT NULL DEFAULT '[]'
    )""",
    "CREATE INDEX IF NOT EXISTS articles_url ON articles(url) WHERE url IS NOT NULL",
    "CREATE INDEX IF NOT EXISTS articles_order ON articles(published DESC, added DESC)",
    """CREATE TABLE IF NOT EXISTS state(
        id TEXT PRIMARY KEY,
        read INTEGER NOT NULL DEFAULT 0,
        starred INTEGER NOT NULL DEFAULT 0,
        updated REAL
    ) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS feeds(
        url TEXT PRIMARY KEY,
        title TEXT,
        etag TEXT,
        last_modified TEXT,
        last_error TEXT,
        last_fetched REAL,
        added REAL NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS analysis(
        hash TEXT NOT NULL,
        version TEXT NOT NULL,
        json TEXT NOT NULL,
        created REAL,
        PRIMARY KEY(hash, version)
    ) WITHOUT ROWID""",
    """CREATE VIEW IF NOT EXISTS articles_fts_src AS
        SELECT a.n AS n, a.title AS title, b.text AS text, a.entity_names AS entity_names
        FROM articles a JOIN bodies b ON b.n = a.n""",
    """CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
        title, text, entity_names,
        content='articles_fts_src', content_rowid='n',
        tokenize='porter unicode61 remove_diacritics 2'
    )""",
    # The index follows the bodies: an article is indexed once its body is in.
    """CREATE TRIGGER IF NOT EXISTS bodies_ai AFTER INSERT ON bodies BEGIN
        INSERT INTO articles_fts(rowid, title, text, entity_names)
        SELECT new.n, a.title, new.text, a.entity_names FROM articles a WHERE a.n = new.n;
    END""",
    """CREATE TRIGGER IF NOT EXISTS bodies_bd BEFORE DELETE ON bodies BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text, entity_names)
        SELECT 'delete', old.n, a.title, old.text, a.entity_names FROM articles a WHERE a.n = old.n;
    END""",
    """CREATE TRIGGER IF NOT EXISTS articles_bd BEFORE DELETE ON articles BEGIN
        DELETE FROM bodies WHERE n = old.n;
    END""",
    """CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE OF title, entity_names ON articles
    BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text, entity_names)
        SELECT 'delete', old.n, old.title, b.text, old.entity_names FROM bodies b WHERE b.n = old.n;
        INSERT INTO articles_fts(rowid, title, text, entity_names)
        SELECT new.n, new.title, b.text, new.entity_names FROM bodies b WHERE b.n = new.n;
    END""",
]

#: MIGRATIONS[v] takes a database at version v to v + 1 (each runs in one transaction).
MIGRATIONS: dict[int, list[str]] = {0: _V1}

# Columns copied by recovery, per table (the FTS index is rebuilt, not copied).
_TABLE_COLUMNS = {
    "feeds": ["url", "title", "etag", "last_modified", "last_error", "last_fetched", "added"],
    "state": ["id", "read", "starred", "updated"],
    "articles": ["n", "id", "hash", "title", "source", "published", "url", "path", "feed_url",
                 "added", "front_matter", "entity_names"],
    "bodies": ["n", "text", "markdown", "blocks"],
    "analysis": ["hash", "version", "json", "created"],
}
_TABLE_WORDS = {"feeds": "feeds", "state": "read/starred marks", "articles": "articles",
                "bodies": "article texts", "analysis": "cached analyses"}


# --------------------------------------------------------------------------- helpers

def default_data_dir() -> Path:
    """platformdirs' user data dir for newsreader (e.g. ~/.local/share/newsreader)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("newsreader", appauthor=False))


def content_hash(text: str, published: Optional[str] = None) -> str:
    """The content hash of an article: what dedupe and the analysis cache key on.

    Covers the plain body text and the published date (relative dates in the
    analysis resolve against it); 32 hex digits.
    """
    h = hashlib.blake2b(digest_size=16)
    h.update((published or "").encode())
    h.update(b"\0")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def normalize_url(url: Optional[str]) -> Optional[str]:
    """The url as stored and compared: stripped, without a #fragment; None if empty."""
    if not url:
        return None
    url = str(url).strip()
    url = url.split("#", 1)[0]
    return url or None


def fts_query(user_input: str) -> str:
    """An FTS5 MATCH expression for free text that can never be a syntax error.

    Each word becomes a quoted string (so ``AND``, ``NEAR``, ``*``, ``"``,
    ``:`` and brackets are just text); words are ANDed; the last word also
    matches as a prefix so that search-as-you-type works.  Returns "" when
    there is nothing to search for.
    """
    words = re.findall(r"\w[\w'’.-]*", user_input or "")
    terms = []
    for w in words:
        w = w.strip("'’.-")
        if w:
            terms.append('"' + w.replace('"', '""') + '"')
    if not terms:
        return ""
    if len(words[-1].strip("'’.-")) >= 2 and not (user_input or "").endswith(" "):
        terms[-1] += "*"
    return " ".join(terms)


def _json_default(o: Any) -> Any:
    if dataclasses.is_dataclass(o) and not isinstance(o, type):
        return dataclasses.asdict(o)
    if isinstance(o, (set, frozenset, tuple)):
        return list(o)
    return str(o)  # dates, paths, ...


def _dumps(o: Any) -> str:
    return json.dumps(o, ensure_ascii=False, default=_json_default, separators=(",", ":"))


def _blocks_to_json(blocks: Iterable[Block]) -> str:
    return _dumps([[b.kind, b.start, b.end, b.level, [list(m) for m in b.marks], b.bullet]
                   for b in blocks])


def _blocks_from_json(s: str) -> tuple[Block, ...]:
    try:
        data = json.loads(s or "[]")
        return tuple(Block(kind=k, start=st, end=en, level=lv,
                           marks=tuple((m[0], m[1], m[2]) for m in marks), bullet=bu)
                     for k, st, en, lv, marks, bu in data)
    except (ValueError, TypeError):
        return ()


def analysis_to_dict(a: Analysis) -> dict:
    """A :class:`~tui.model.Analysis` as plain JSON-able data."""
    return dataclasses.asdict(a)


def analysis_from_dict(d: dict) -> Analysis:
    """The inverse of :func:`analysis_to_dict`."""
    return Analysis(
        entities=tuple(Entity(**e) for e in d.get("entities", ())),
        quotes=tuple(Quote(**q) for q in d.get("quotes", ())),
        dates=tuple(DateMention(**x) for x in d.get("dates", ())),
    )


def _entity_names(analysis: Any) -> Optional[str]:
    """The distinct entity names of an analysis (dict or Analysis), one per line."""
    if isinstance(analysis, Analysis):
        ents = [e.text for e in analysis.entities]
    elif isinstance(analysis, dict) and isinstance(analysis.get("entities"), list):
        ents = [e.get("text") for e in analysis["entities"] if isinstance(e, dict)]
    else:
        return None
    seen: dict[str, None] = {}
    for e in ents:
        if isinstance(e, str) and e.strip():
            seen.setdefault(" ".join(e.split()), None)
    return "\n".join(seen)


def _is_corruption(e: BaseException) -> bool:
    code = getattr(e, "sqlite_errorcode", None)
    if code is not None and (code & 0xFF) in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return True
    msg = str(e).lower()
    return isinstance(e, sqlite3.DatabaseError) and (
        "malformed" in msg or "not a database" in msg or "file is encrypted" in msg)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False,
                           timeout=10.0)
    conn.execute("PRAGMA busy_timeout=10000")
    return conn


# --------------------------------------------------------------------------- store

class Store:
    """The SQLite library.  Build with :meth:`open`; close with :meth:`close`
    (or use as a context manager)."""

    def __init__(self, conn: sqlite3.Connection, path: Path, recovery: Optional[Recovery] = None):
        self._conn = conn
        self._lock = threading.RLock()
        self.path = path
        #: Set when :meth:`open` found a damaged file and rebuilt it; else None.
        self.recovery = recovery

    # ---- opening ---------------------------------------------------------

    @classmethod
    def open(cls, data_dir: str | os.PathLike | None = None, *, check: bool = True) -> "Store":
        """Open (creating if needed) the library in ``data_dir`` (default:
        :func:`default_data_dir`), upgrading its schema.

        A database file that SQLite reports as corrupt or not a database is moved
        aside as ``library.db.corrupt-YYYYmmdd-HHMMSS`` (with its -wal/-shm files),
        a fresh library is built, and every row that can still be read from the
        damaged copy is carried over; :attr:`recovery` then tells what happened
        (see :class:`Recovery`).  ``check`` runs SQLite's ``quick_check`` on open.

        Raises :class:`StoreError` (one-line message) if the library cannot be
        used at all: the folder cannot be created or written, the database is
        locked, or it was written by a newer newsreader.
        """
        d = Path(data_dir).expanduser() if data_dir is not None else default_data_dir()
        if d.exists() and not d.is_dir():
            raise StoreError(f"the data folder {d} is not a folder")
        try:
            d.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"cannot create the data folder {d}: {e.strerror or e}") from None
        path = d / DB_NAME
        try:
            conn = cls._open_checked(path, check)
        except sqlite3.DatabaseError as e:
            if not _is_corruption(e):
                raise StoreError(f"cannot open the library {path}: {e}") from None
            recovery = _recover(path, e)
            try:
                conn = cls._open_checked(path, False)
            except sqlite3.DatabaseError as e2:
                raise StoreError(f"cannot build a fresh library at {path}: {e2}") from None
            store = cls(conn, path, recovery)
            try:
                recovery_copy(store, recovery)
            except Exception as e3:  # never lose the fresh library over a failed copy
                recovery.lost.append(f"whatever was not yet copied (recovery stopped: {e3}); "
                                     f"the damaged file is kept at {recovery.moved_to}")
            return store
        return cls(conn, path)

    @staticmethod
    def _open_checked(path: Path, check: bool) -> sqlite3.Connection:
        conn = _connect(path)
        try:
            version = _schema_version(conn)
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"the library {path} was written by a newer newsreader "
                    f"(schema {version}, this one knows {SCHEMA_VERSION}); upgrade newsreader")
            if check and version > 0:
                rows = conn.execute("PRAGMA quick_check").fetchall()
                if rows != [("ok",)]:
                    err = sqlite3.DatabaseError("database disk image is malformed")
                    err.sqlite_errorcode = _SQLITE_CORRUPT  # type: ignore[attr-defined]
                    raise err
            # WAL may be refused (e.g. a filesystem without shared memory): the
            # library still works in the default rollback-journal mode.
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            _migrate(conn, version)
        except BaseException:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        with self._lock:
            try:
                self._conn.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass
            self._conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[tuple]:
        with self._lock:
            return self._conn.execute(sql, tuple(params)).fetchall()

    @property
    def schema_version(self) -> int:
        with self._lock:
            return _schema_version(self._conn)

    # ---- articles --------------------------------------------------------

    def add_article(self, article: Article, markdown: Optional[str] = None, *,
                    feed_url: Optional[str] = None) -> tuple[str, bool]:
        """Store an article; returns ``(id, is_new)``.

        ``markdown`` is the Markdown body (no front matter) the article was built
        from; ``None`` stores the plain text as the body.  An article whose
        content hash (:func:`content_hash` of text + published) or url is already
        stored is not added again: the stored id comes back with ``is_new=False``.
        If ``article.id`` is taken by different content, a ``-2``, ``-3``, ...
        suffix makes it unique (the returned id is the one stored).
        """
        return self.add_articles([(article, markdown)], feed_url=feed_url)[0]

    def add_articles(self, items: Iterable[tuple[Article, Optional[str]]], *,
                     feed_url: Optional[str] = None) -> list[tuple[str, bool]]:
        """:meth:`add_article` for many, in one transaction."""
        out: list[tuple[str, bool]] = []
        now = time.time()
        with self._tx() as c:
            for article, markdown in items:
                out.append(self._insert(c, article, markdown, feed_url, now))
        return out

    def _insert(self, c: sqlite3.Connection, article: Article, markdown: Optional[str],
                feed_url: Optional[str], now: float) -> tuple[str, bool]:
        h = content_hash(article.text, article.published)
        row = c.execute("SELECT id FROM articles WHERE hash=?", (h,)).fetchone()
        if row:
            return row[0], False
        url = normalize_url(article.url)
        if url:
            row = c.execute("SELECT id FROM articles WHERE url=? LIMIT 1", (url,)).fetchone()
            if row:
                return row[0], False
        base = str(article.id or h[:16])
        aid, k = base, 1
        while c.execute("SELECT 1 FROM articles WHERE id=?", (aid,)).fetchone():
            k += 1
            aid = f"{base}-{k}"
        n = c.execute(
            "INSERT INTO articles(id, hash, title, source, published, url, path, feed_url, added,"
            " front_matter) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (aid, h, article.title or "", article.source, article.published, url,
             article.path, feed_url, now, _dumps(article.meta or {}))).lastrowid
        c.execute("INSERT INTO bodies(n, text, markdown, blocks) VALUES (?,?,?,?)",
                  (n, article.text, markdown if markdown is not None else article.text,
                   _blocks_to_json(article.blocks)))
        return aid, True

    def articles(self, *, unread: bool = False, starred: bool = False) -> list[ArticleRow]:
        """All articles as light rows (no text), newest published first (then newest
        added; undated last).  ``unread``/``starred`` filter."""
        where = []
        if unread:
            where.append("COALESCE(s.read, 0) = 0")
        if starred:
            where.append("COALESCE(s.starred, 0) = 1")
        sql = ("SELECT a.id, a.title, a.source, a.published, a.url, a.path, a.feed_url, a.added,"
               " COALESCE(s.read, 0), COALESCE(s.starred, 0), a.hash"
               " FROM articles a LEFT JOIN state s ON s.id = a.id"
               + (" WHERE " + " AND ".join(where) if where else "")
               # NULLs sort lowest in SQLite: undated articles come last.
               + " ORDER BY a.published DESC, a.added DESC, a.n DESC")
        make = ArticleRow._make
        return [make((r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]), bool(r[9]), r[10]))
                for r in self._read(sql)]

    def __len__(self) -> int:
        return self._read("SELECT count(*) FROM articles")[0][0]

    def get(self, article_id: str) -> Article:
        """The full article (text, blocks, meta).  Raises KeyError if unknown."""
        rows = self._read(
            "SELECT a.id, a.path, a.title, b.text, a.source, a.published, a.url, b.blocks,"
            " a.front_matter, a.feed_url FROM articles a JOIN bodies b ON b.n = a.n WHERE a.id=?",
            (article_id,))
        if not rows:
            raise KeyError(article_id)
        aid, path, title, text, source, published, url, blocks, fm, feed_url = rows[0]
        try:
            meta = json.loads(fm or "{}")
            if not isinstance(meta, dict):
                meta = {}
        except ValueError:
            meta = {}
        if feed_url:
            meta.setdefault("feed_url", feed_url)
        return Article(id=aid, path=path or url or aid, title=title, text=text, source=source,
                       published=published, url=url, blocks=_blocks_from_json(blocks), meta=meta)

    def markdown(self, article_id: str) -> str:
        """The stored Markdown body of an article.  Raises KeyError if unknown."""
        rows = self._read("SELECT b.markdown FROM articles a JOIN bodies b ON b.n = a.n"
                          " WHERE a.id=?", (article_id,))
        if not rows:
            raise KeyError(article_id)
        return rows[0][0]

    def content_hash_of(self, article_id: str) -> str:
        rows = self._read("SELECT hash FROM articles WHERE id=?", (article_id,))
        if not rows:
            raise KeyError(article_id)
        return rows[0][0]

    def id_for_url(self, url: str) -> Optional[str]:
        """The id of the article stored with this url, or None."""
        u = normalize_url(url)
        if not u:
            return None
        rows = self._read("SELECT id FROM articles WHERE url=? LIMIT 1", (u,))
        return rows[0][0] if rows else None

    def has_url(self, url: str) -> bool:
        return self.id_for_url(url) is not None

    def delete_article(self, article_id: str) -> bool:
        """Remove an article and its state; True if it existed."""
        with self._tx() as c:
            n = c.execute("DELETE FROM articles WHERE id=?", (article_id,)).rowcount
            c.execute("DELETE FROM state WHERE id=?", (article_id,))
        return n > 0

    # ---- state -----------------------------------------------------------

    def _set_state(self, article_id: str, column: str, value: bool) -> None:
        with self._tx() as c:
            if not c.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone():
                raise KeyError(article_id)
            c.execute(
                f"INSERT INTO state(id, {column}, updated) VALUES (?, ?, ?)"
                f" ON CONFLICT(id) DO UPDATE SET {column}=excluded.{column}, updated=excluded.updated",
                (article_id, int(bool(value)), time.time()))

    def set_read(self, article_id: str, read: bool = True) -> None:
        """Mark an article read (or unread).  KeyError if unknown."""
        self._set_state(article_id, "read", read)

    def set_starred(self, article_id: str, starred: bool = True) -> None:
        """Star (or unstar) an article.  KeyError if unknown."""
        self._set_state(article_id, "starred", starred)

    def is_read(self, article_id: str) -> bool:
        rows = self._read("SELECT read FROM state WHERE id=?", (article_id,))
        return bool(rows and rows[0][0])

    def is_starred(self, article_id: str) -> bool:
        rows = self._read("SELECT starred FROM state WHERE id=?", (article_id,))
        return bool(rows and rows[0][0])

    def unread_count(self) -> int:
        return self._read("SELECT count(*) FROM articles a LEFT JOIN state s ON s.id=a.id"
                          " WHERE COALESCE(s.read,0)=0")[0][0]

    # ---- search ----------------------------------------------------------

    def search(self, query: str, limit: Optional[int] = None) -> list[str]:
        """Ids of the articles matching every word of ``query`` in the title, the
        body or an entity name, best match first (BM25, title weighted highest).

        Any user input is safe: it is quoted word by word (:func:`fts_query`),
        so no input raises an FTS syntax error; input with no words gives [].
        """
        q = fts_query(query)
        if not q:
            return []
        sql = ("SELECT a.id FROM articles_fts f JOIN articles a ON a.n = f.rowid"
               " WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 10.0, 1.0, 5.0)")
        params: list[Any] = [q]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        try:
            return [r[0] for r in self._read(sql, params)]
        except sqlite3.DatabaseError as e:
            if not _is_corruption(e):
                raise
            self.rebuild_search_index()  # a damaged FTS index is rebuilt from the articles
            return [r[0] for r in self._read(sql, params)]

    def rebuild_search_index(self) -> None:
        with self._tx() as c:
            c.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")

    def set_entities(self, article_id: str, names: Iterable[str]) -> None:
        """Set the entity names that search matches for an article."""
        text = "\n".join(dict.fromkeys(" ".join(n.split()) for n in names if n and n.strip()))
        with self._tx() as c:
            c.execute("UPDATE articles SET entity_names=? WHERE id=? AND entity_names IS NOT ?",
                      (text, article_id, text))

    # ---- analysis cache --------------------------------------------------

    def cached_analysis(self, hash: str, version: str) -> Optional[Any]:
        """The analysis stored for (content hash, engine version), decoded from
        JSON (a dict for an :class:`Analysis`: see :func:`analysis_from_dict`),
        or None."""
        rows = self._read("SELECT json FROM analysis WHERE hash=? AND version=?",
                          (hash, str(version)))
        if not rows:
            return None
        try:
            return json.loads(rows[0][0])
        except ValueError:
            return None

    def store_analysis(self, hash: str, version: str, analysis: Any) -> None:
        """Cache an analysis (an :class:`Analysis`, or any JSON-able value) for
        (content hash, engine version).  Its entity names (``entities[].text``)
        also become searchable on the articles with that content hash."""
        data = analysis_to_dict(analysis) if isinstance(analysis, Analysis) else analysis
        names = _entity_names(analysis)
        with self._tx() as c:
            c.execute("INSERT OR REPLACE INTO analysis(hash, version, json, created) VALUES (?,?,?,?)",
                      (hash, str(version), _dumps(data), time.time()))
            if names is not None:
                c.execute("UPDATE articles SET entity_names=? WHERE hash=? AND entity_names IS NOT ?",
                          (names, hash, names))

    def prune_analysis(self, keep_version: str) -> int:
        """Drop cached analyses of other engine versions; returns how many."""
        with self._tx() as c:
            return c.execute("DELETE FROM analysis WHERE version <> ?", (str(keep_version),)).rowcount

    # ---- feeds -----------------------------------------------------------

    def add_feed(self, url: str, title: Optional[str] = None) -> bool:
        """Subscribe to a feed; False if it was already there (its title is then
        filled in if it had none)."""
        url = url.strip()
        with self._tx() as c:
            n = c.execute("INSERT OR IGNORE INTO feeds(url, title, added) VALUES (?,?,?)",
                          (url, title, time.time())).rowcount
            if not n and title:
                c.execute("UPDATE feeds SET title=? WHERE url=? AND title IS NULL", (title, url))
        return n > 0

    def feeds(self) -> list[Feed]:
        """All feeds, in the order they were added."""
        return [Feed(*r) for r in self._read(
            "SELECT url, title, etag, last_modified, last_error, last_fetched, added"
            " FROM feeds ORDER BY added, url")]

    def feed(self, url: str) -> Optional[Feed]:
        rows = self._read("SELECT url, title, etag, last_modified, last_error, last_fetched, added"
                          " FROM feeds WHERE url=?", (url.strip(),))
        return Feed(*rows[0]) if rows else None

    _FEED_FIELDS = ("title", "etag", "last_modified", "last_error", "last_fetched")

    def update_feed(self, url: str, **fields: Any) -> None:
        """Set some of title, etag, last_modified, last_error, last_fetched."""
        bad = set(fields) - set(self._FEED_FIELDS)
        if bad:
            raise TypeError(f"unknown feed fields: {sorted(bad)}")
        if not fields:
            return
        cols = ", ".join(f"{k}=?" for k in fields)
        with self._tx() as c:
            c.execute(f"UPDATE feeds SET {cols} WHERE url=?", (*fields.values(), url.strip()))

    def rename_feed(self, old_url: str, new_url: str) -> None:
        """A feed that moved: keep its state under the new url (merging into an
        existing subscription to that url); its articles follow."""
        old_url, new_url = old_url.strip(), new_url.strip()
        if old_url == new_url:
            return
        with self._tx() as c:
            if c.execute("SELECT 1 FROM feeds WHERE url=?", (new_url,)).fetchone():
                c.execute("DELETE FROM feeds WHERE url=?", (old_url,))
            else:
                c.execute("UPDATE feeds SET url=? WHERE url=?", (new_url, old_url))
            c.execute("UPDATE articles SET feed_url=? WHERE feed_url=?", (new_url, old_url))

    def remove_feed(self, url: str) -> bool:
        """Unsubscribe; the feed's articles stay.  False if it was not there."""
        with self._tx() as c:
            return c.execute("DELETE FROM feeds WHERE url=?", (url.strip(),)).rowcount > 0


# --------------------------------------------------------------------------- schema + recovery

def _schema_version(conn: sqlite3.Connection) -> int:
    has = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'").fetchone()
    if not has:
        return 0
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    while version < SCHEMA_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-read under the write lock: another process may have migrated.
            version = _schema_version(conn)
            if version >= SCHEMA_VERSION:
                conn.execute("COMMIT")
                break
            for sql in MIGRATIONS[version]:
                conn.execute(sql)
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)")
            conn.execute("DELETE FROM schema_version")
            conn.execute("INSERT INTO schema_version(version) VALUES (?)", (version + 1,))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        version += 1


def _recover(path: Path, error: BaseException) -> Recovery:
    """Move the damaged file (and its -wal/-shm) aside; the copy happens later."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    k = 1
    while aside.exists():
        k += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{k}")
    try:
        os.replace(path, aside)
        for suffix in ("-wal", "-shm"):
            side = Path(str(path) + suffix)
            if side.exists():
                os.replace(side, Path(str(aside) + suffix))
    except OSError as e:
        raise StoreError(f"the library {path} is damaged ({error}) and could not be moved "
                         f"aside: {e.strerror or e}") from None
    return Recovery(damaged_path=str(path), moved_to=str(aside), error=str(error).split("\n")[0],
                    recovered={}, lost=[])


def _read_rows(src: sqlite3.Connection, table: str, cols: list[str]) -> tuple[list[tuple], Optional[str], Optional[int]]:
    """Rows of a table of a damaged database: (rows, error or None, count claimed).

    Reads forwards by rowid; if that stops at a damaged page, reads backwards
    from the end too, so only the rows on damaged pages are lost.
    """
    try:
        have = [r[1] for r in src.execute(f"PRAGMA table_info({table})").fetchall()]
    except sqlite3.DatabaseError as e:
        return [], str(e), None
    if not have:
        return [], "table missing", None
    use = [c for c in cols if c in have]
    sel = ", ".join(use)
    rows: dict[Any, tuple] = {}
    error = None
    key = "rowid"
    try:
        src.execute(f"SELECT rowid FROM {table} LIMIT 1").fetchall()
    except sqlite3.DatabaseError:
        key = use[0]  # WITHOUT ROWID tables: order by their primary key
    for order in ("ASC", "DESC"):
        try:
            for r in src.execute(f"SELECT {key}, {sel} FROM {table} ORDER BY {key} {order}"):
                rows.setdefault(r[0], r[1:])
            if order == "ASC":
                error = None
                break
        except sqlite3.DatabaseError as e:
            error = error or str(e)
    count = None
    try:
        count = src.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.DatabaseError:
        pass
    out = [dict(zip(use, r)) for r in rows.values()]
    return [tuple(d.get(c) for c in cols) for d in out], error, count


def _lost_line(word: str, error: Optional[str], count: Optional[int], n: int) -> str:
    if count is not None and count > n:
        what = f"{count - n} of {count} {word}"
    else:
        what = f"an unknown number of {word}"
    if word == "cached analyses":
        what += " (they will be recomputed)"
    return f"{what} (the table could not be fully read: {error})"


def _fix_row(table: str, d: dict) -> Optional[dict]:
    """Defaults for NULLs a damaged row may hold; None for a row that is unusable."""
    now = time.time()
    if table == "articles":
        if not d.get("id") or not d.get("hash") or d.get("n") is None:
            return None
        d["added"] = d.get("added") or now
        for k, default in (("title", ""), ("front_matter", "{}"), ("entity_names", "")):
            if d.get(k) is None:
                d[k] = default
    elif table == "bodies":
        if d.get("n") is None:
            return None
        for k, default in (("text", ""), ("markdown", ""), ("blocks", "[]")):
            if d.get(k) is None:
                d[k] = default
    elif table == "feeds":
        if not d.get("url"):
            return None
        d["added"] = d.get("added") or now
    elif table == "state":
        if not d.get("id"):
            return None
        d["read"] = d.get("read") or 0
        d["starred"] = d.get("starred") or 0
    elif table == "analysis" and not (d.get("hash") and d.get("version") and d.get("json")):
        return None
    return d


def recovery_copy(store: Store, recovery: Recovery) -> None:
    """Copy what can be read from ``recovery.moved_to`` into the fresh ``store``.

    Feeds, read/starred marks and cached analyses are copied row by row; an
    article is recovered when both its row and its body could be read.  What
    could not be read is listed in ``recovery.lost``.
    """
    src = None
    try:
        src = sqlite3.connect(str(recovery.moved_to), isolation_level=None)
        # Tolerate a damaged schema entry (e.g. one pointing past the end of a
        # truncated file) so that the readable tables can still be read.  Nothing
        # is written through this connection.
        src.execute("PRAGMA writable_schema=ON")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as e:
        if src is not None:
            src.close()
        recovery.lost.append(f"everything: the damaged file cannot be read at all ({e}); "
                             f"it is kept at {recovery.moved_to}")
        return
    recovery.recovered.update({"articles": 0, "read/starred marks": 0, "feeds": 0,
                               "cached analyses": 0})
    try:
        read: dict[str, tuple[list[dict], Optional[str], Optional[int]]] = {}
        for table, cols in _TABLE_COLUMNS.items():
            rows, error, count = _read_rows(src, table, cols)
            fixed = [d for d in (_fix_row(table, dict(zip(cols, r))) for r in rows) if d is not None]
            read[table] = (fixed, error, count)
        arts, art_err, art_count = read.pop("articles")
        bodies, body_err, body_count = read.pop("bodies")
        body_by_n = {b["n"]: b for b in bodies}
        whole = [a for a in arts if a["n"] in body_by_n]
        with store._tx() as c:
            for table in ("feeds", "state", "analysis"):
                rows, error, count = read[table]
                cols = _TABLE_COLUMNS[table]
                sql = (f"INSERT OR IGNORE INTO {table}({','.join(cols)}) "
                       f"VALUES ({','.join('?' * len(cols))})")
                n = sum(c.execute(sql, tuple(d[k] for k in cols)).rowcount for d in rows)
                word = _TABLE_WORDS[table]
                recovery.recovered[word] = n
                if error == "table missing":
                    if table != "analysis":
                        recovery.lost.append(f"any {word} (the table is gone from the damaged file)")
                elif error:
                    recovery.lost.append(_lost_line(word, error, count, n))
            acols, bcols = _TABLE_COLUMNS["articles"], _TABLE_COLUMNS["bodies"]
            n = 0
            for a in whole:
                got = c.execute(f"INSERT OR IGNORE INTO articles({','.join(acols)}) "
                                f"VALUES ({','.join('?' * len(acols))})",
                                tuple(a[k] for k in acols)).rowcount
                if got:
                    b = body_by_n[a["n"]]
                    c.execute(f"INSERT INTO bodies({','.join(bcols)}) VALUES ({','.join('?' * len(bcols))})",
                              tuple(b[k] for k in bcols))
                    n += 1
            recovery.recovered["articles"] = n
            # Every article has one body: the articles table's count is the total, when readable.
            total = art_count if art_count is not None else body_count
            errors = "; ".join(dict.fromkeys(e for e in (art_err, body_err) if e))
            if errors == "table missing":
                recovery.lost.append("any articles (the table is gone from the damaged file)")
            elif total is not None and total > n:
                recovery.lost.append(f"{total - n} of {total} articles "
                                     f"(damaged: {errors or 'their text is missing'})")
            elif errors:
                recovery.lost.append(f"an unknown number of articles (damaged: {errors})")
        store.rebuild_search_index()
    finally:
        src.close()
