"""Where the app's articles come from: files given on the command line, or the library.

Both give the app the same small interface: light rows for the sidebar, the full
article on demand, search, read state, and an analysis cache.  Every method may
block (disk, SQLite, network): the app calls them from thread workers only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from tui.model import Analysis, Article


@dataclass
class Row:
    """One article as the sidebar shows it: no text."""
    id: str
    title: str
    source: Optional[str]
    published: Optional[str]
    url: Optional[str] = None
    read: bool = False
    warnings: tuple[str, ...] = ()


def row_of(article: Article, read: bool = False) -> Row:
    return Row(article.id, article.title, article.source, article.published, article.url, read, article.warnings)


@dataclass
class Opened:
    """What a source had to say when it was opened."""
    rows: list[Row]
    errors: list[str] = field(default_factory=list)  # paths that could not be read
    notes: list[str] = field(default_factory=list)  # e.g. a database recovery, seeding


def _words(query: str) -> list[str]:
    return [w for w in query.casefold().split() if w]


class FileSource:
    """Article files and folders, read once; read state lasts for the session."""

    library = False

    def __init__(self, paths: list[str]) -> None:
        self.paths = paths
        self.articles: dict[str, Article] = {}
        self._read: set[str] = set()
        self._analyses: dict[str, Analysis] = {}

    def open(self) -> Opened:
        from tui.library.loader import load_paths

        articles, errors = load_paths(self.paths)
        self.articles = {a.id: a for a in articles}
        return Opened([row_of(a) for a in articles], errors)

    def rows(self) -> list[Row]:
        return [row_of(a, a.id in self._read) for a in self.articles.values()]

    def get(self, article_id: str) -> Article:
        return self.articles[article_id]

    def search(self, query: str, entity_names: Callable[[str], list[str]] | None = None) -> list[str]:
        """Ids of the articles whose title, text or entity names hold every word."""
        words = _words(query)
        out = []
        for a in self.articles.values():
            hay = f"{a.title}\n{a.text}".casefold()
            if entity_names is not None:
                hay += "\n" + "\n".join(entity_names(a.id)).casefold()
            if all(w in hay for w in words):
                out.append(a.id)
        return out

    def set_read(self, article_id: str, read: bool) -> None:
        (self._read.add if read else self._read.discard)(article_id)

    def cached_analysis(self, article: Article, version: str) -> Optional[Analysis]:
        return self._analyses.get(f"{version}:{article.id}")

    def store_analysis(self, article: Article, version: str, analysis: Analysis) -> None:
        self._analyses[f"{version}:{article.id}"] = analysis

    def close(self) -> None:
        pass


class LibrarySource:
    """The SQLite library; on its first run it is seeded with the bundled articles."""

    library = True

    def __init__(self, data_dir: str | None, seeds: Path | None) -> None:
        self.data_dir = data_dir
        self.seeds = seeds
        self.store = None

    def open(self) -> Opened:
        from tui.library.store import Store, StoreError

        notes: list[str] = []
        try:
            self.store = Store.open(self.data_dir)
        except StoreError as e:
            return Opened([], [str(e)])
        if self.store.recovery is not None:
            notes.append(self.store.recovery.message)
        if len(self.store) == 0 and self.seeds is not None and not self.store.feeds():
            from tui.library.loader import load_paths

            articles, _ = load_paths([self.seeds])
            self.store.add_articles((a, None) for a in articles)
            notes.append(f"The library was empty: added the {len(articles)} bundled seed articles. "
                         "Add your own with `newsreader add` or `newsreader feeds add URL`.")
        return Opened(self.rows(), [], notes)

    def rows(self) -> list[Row]:
        return [Row(r.id, r.title, r.source, r.published, r.url, r.read) for r in self.store.articles()]

    def get(self, article_id: str) -> Article:
        return self.store.get(article_id)

    def search(self, query: str, entity_names=None) -> list[str]:
        return self.store.search(query)

    def set_read(self, article_id: str, read: bool) -> None:
        self.store.set_read(article_id, read)

    def cached_analysis(self, article: Article, version: str) -> Optional[Analysis]:
        from tui.library.store import analysis_from_dict, content_hash

        found = self.store.cached_analysis(content_hash(article.text, article.published), version)
        if not isinstance(found, dict):
            return None
        try:
            return analysis_from_dict(found)
        except (TypeError, ValueError):  # written by another version: analyse again
            return None

    def store_analysis(self, article: Article, version: str, analysis: Analysis) -> None:
        from tui.library.store import content_hash

        self.store.store_analysis(content_hash(article.text, article.published), version, analysis)

    def refresh(self, progress=None):
        from tui.library.feeds import refresh

        return refresh(self.store, progress)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
