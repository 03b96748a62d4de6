"""RSS and Atom feeds: parse safely, turn entries into articles, refresh the library.

>>> result = subscribe(store, "https://example.org/feed.xml")   # add + first fetch
>>> report = refresh(store, progress=lambda done, total, r: print(done, total, r.line()))
>>> report.new, report.failed, [r.line() for r in report.results]

Safety: the feed bytes are checked before any XML parser sees them; a document
that declares entities (``<!ENTITY``) or carries a DTD internal subset is refused
(no entity-expansion bombs).  Each download goes through :func:`fetch.fetch`
(timeouts, size cap, conditional GET).

Robustness: a feed that fails (HTTP error, timeout, too large, not a feed,
malformed, refused) gets its ``last_error`` set and nothing else changes: its
stored articles, etag and last-modified stay, so the next refresh tries again.

Entries that carry only a summary (or a short teaser) get their linked page
fetched and its article extracted; if that fails the summary is kept and the
article's ``meta["summary_only"]`` is True.
"""
from __future__ import annotations

import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import Callable, Optional
from urllib.parse import urljoin

import httpx

from tui.library import fetch as _fetch
from tui.library.html_import import (ImportProblem, article_from_html, article_from_parts,
                                     html_fragment_to_markdown, html_to_text, iso_date)
from tui.library.store import Feed, Store, normalize_url
from tui.model import Article

#: An entry whose text is shorter than this is taken for a teaser: its page is fetched.
FULL_TEXT_MIN_CHARS = 1000
MAX_ENTRIES_PER_FEED = 200
PAGE_WORKERS = 4  # linked pages fetched at once, per feed
FEED_WORKERS = 4  # feeds refreshed at once

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
               "application/xml", "text/xml", "application/feed+json")


class FeedError(Exception):
    """A feed that cannot be used.  ``str(e)`` is one line: ``<url>: <reason>``."""

    def __init__(self, url: str, reason: str, kind: str = "feed"):
        reason = _fetch.one_line(reason)
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.kind = kind  # not_feed | malformed | unsafe | feed


@dataclass
class FetchOptions:
    """Network limits for feed and page downloads (see :func:`fetch.fetch`)."""
    connect_timeout: float = _fetch.DEFAULT_CONNECT_TIMEOUT
    read_timeout: float = _fetch.DEFAULT_READ_TIMEOUT
    total_timeout: float = _fetch.DEFAULT_TOTAL_TIMEOUT
    max_bytes: int = _fetch.DEFAULT_MAX_BYTES
    fetch_pages: bool = True  # fetch the linked page of summary-only entries

    def kwargs(self) -> dict:
        return {"connect_timeout": self.connect_timeout, "read_timeout": self.read_timeout,
                "total_timeout": self.total_timeout, "max_bytes": self.max_bytes}


@dataclass
class Entry:
    title: Optional[str]
    link: Optional[str]
    published: Optional[str]
    content_html: str  # the longest full content, or ""
    summary_html: str
    author: Optional[str] = None
    guid: Optional[str] = None


@dataclass
class ParsedFeed:
    url: str
    title: Optional[str]
    link: Optional[str]
    version: str  # feedparser's: rss20, atom10, ...
    entries: list[Entry]
    warning: Optional[str] = None  # a recoverable XML problem


@dataclass
class FeedResult:
    """What one feed's refresh did."""
    url: str
    title: Optional[str] = None
    new: int = 0
    seen: int = 0  # entries already in the library
    not_modified: bool = False
    error: Optional[str] = None  # one line (the reason, without the url)
    page_errors: list[str] = field(default_factory=list)  # linked pages that failed (kept the summary)
    new_ids: list[str] = field(default_factory=list)
    moved_to: Optional[str] = None  # the feed answered with permanent redirects: now at this url

    @property
    def ok(self) -> bool:
        return self.error is None

    def line(self) -> str:
        """One line for the user."""
        name = self.url if not self.title else f"{self.title} <{self.url}>"
        if self.error:
            return f"{name}: failed: {self.error}"
        if self.not_modified:
            moved = f" (moved permanently to {self.moved_to}; subscription updated)" if self.moved_to else ""
            return f"{name}: not modified{moved}"
        extra = f", {len(self.page_errors)} pages unreachable (summary kept)" if self.page_errors else ""
        if self.moved_to:
            extra += f" (the feed moved permanently to {self.moved_to}; subscription updated)"
        return f"{name}: {self.new} new{extra}"


@dataclass
class RefreshReport:
    results: list[FeedResult] = field(default_factory=list)

    @property
    def new(self) -> int:
        return sum(r.new for r in self.results)

    @property
    def failed(self) -> list[FeedResult]:
        return [r for r in self.results if r.error]


# --------------------------------------------------------------------------- parsing

# feedparser's notes about content types and encodings: the feed is still fine.
_HARMLESS = ("CharacterEncodingOverride", "NonXMLContentType", "CharacterEncodingUnknown")
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
         (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"))
_ENTITY_DECL = re.compile(r"<!ENTITY", re.IGNORECASE)
_CDATA = re.compile(r"<!\[CDATA\[.*?\]\]>", re.DOTALL)


def _as_text(content: bytes) -> str:
    for bom, enc in _BOMS:
        if content.startswith(bom):
            return content.decode(enc, errors="replace")
    head = content[:4]
    if head[:2] == b"<\x00" or head[:2] == b"\x00<":
        enc = "utf-16-le" if head[:1] == b"<" else "utf-16-be"
        if head == b"<\x00\x00\x00":
            enc = "utf-32-le"
        elif head == b"\x00\x00\x00<":
            enc = "utf-32-be"
        return content.decode(enc, errors="replace")
    return content.decode("latin-1")  # ASCII-compatible: markup bytes are what matter


def _doctype_has_subset(text: str, i: int) -> tuple[bool, int]:
    """At a ``<!DOCTYPE`` at ``i``: (has an internal subset, index after it)."""
    quote = None
    j = i + 9
    while j < len(text):
        ch = text[j]
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch == "[":
            return True, j
        elif ch == ">":
            return False, j + 1
        j += 1
    return False, j


def check_xml_safe(content: bytes, url: str) -> None:
    """Refuse XML that declares entities or has a DTD internal subset.

    The prolog (XML declaration, comments, processing instructions, DOCTYPE) is
    walked token by token: a DOCTYPE with an internal subset (``[...]``, where
    entities are declared) is refused; a plain ``<!DOCTYPE rss PUBLIC ...>``
    (old RSS 0.91) is allowed and never fetched.  As a second net, any
    ``<!ENTITY`` outside CDATA sections is refused too.  Raises
    :class:`FeedError` (kind ``unsafe``).
    """
    text = _as_text(content)
    refuse = FeedError(url, "refused: the document declares XML entities (<!ENTITY> / DTD "
                            "internal subset), which can expand without bound", "unsafe")
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i] in " \t\r\n\ufeff":
            i += 1
        if text.startswith("<?", i):
            j = text.find("?>", i + 2)
            i = n if j < 0 else j + 2
        elif text.startswith("<!--", i):
            j = text.find("-->", i + 4)
            i = n if j < 0 else j + 3
        elif text[i:i + 9].upper() == "<!DOCTYPE":
            subset, i = _doctype_has_subset(text, i)
            if subset:
                raise refuse
        else:
            break  # the root element (or junk the parser will reject)
    if _ENTITY_DECL.search(_CDATA.sub("", text)):
        raise refuse


def _looks_like_html(content: bytes, content_type: Optional[str]) -> bool:
    if content_type and "html" in content_type and "xhtml+xml" not in content_type:
        return True
    head = _as_text(content[:2048]).lstrip().lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


def discover_feeds(html: bytes | str, base_url: str) -> list[str]:
    """Feed urls a web page advertises with ``<link rel="alternate" type="...rss/atom...">``."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    out = []
    for m in re.finditer(r"<link\b[^>]*>", html, re.IGNORECASE):
        tag = m.group(0)
        rel = re.search(r"""rel\s*=\s*["']?([^"'>]+)""", tag, re.IGNORECASE)
        typ = re.search(r"""type\s*=\s*["']?([^"'>\s]+)""", tag, re.IGNORECASE)
        href = re.search(r"""href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", tag, re.IGNORECASE)
        if not (rel and typ and href) or "alternate" not in rel.group(1).lower():
            continue
        if not re.search(r"(rss|atom)\+xml", typ.group(1), re.IGNORECASE):
            continue
        u = urljoin(base_url, next(g for g in href.groups() if g is not None).strip())
        if u not in out:
            out.append(u)
    return out


def _date_of(e) -> Optional[str]:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        v = e.get(key)
        if v:
            d = iso_date(v)
            if d:
                return d
    for key in ("published", "updated"):
        if e.get(key):
            d = iso_date(e.get(key))
            if d:
                return d
    return None


def parse_feed(content: bytes, url: str, content_type: Optional[str] = None) -> ParsedFeed:
    """Parse RSS 0.9x/1.0/2.0 or Atom bytes (after :func:`check_xml_safe`).

    Raises :class:`FeedError`: ``not_feed`` for an HTML page or other non-feed
    (naming the feed the page advertises, if any), ``malformed`` for broken XML
    that yields no entries, ``unsafe`` for entity declarations.  Broken XML
    that still yields entries is accepted with ``warning`` set.
    """
    import feedparser

    if not content.strip():
        raise FeedError(url, "not a feed: the response is empty", "not_feed")
    check_xml_safe(content, url)
    if not _as_text(content[:1024]).lstrip("\ufeff \t\r\n").startswith("<"):
        raise FeedError(url, "not a feed: the response is not XML"
                        + (f" ({content_type})" if content_type else ""), "not_feed")
    if _looks_like_html(content, content_type):
        found = discover_feeds(content, url)
        hint = f"; the page advertises a feed at {found[0]}" if found else ""
        raise FeedError(url, f"not a feed: got an HTML page{hint}", "not_feed")
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    fp = feedparser.parse(content, response_headers=headers, sanitize_html=True,
                          resolve_relative_uris=True)
    warning = None
    if fp.get("bozo"):
        exc = fp.get("bozo_exception")
        if exc is not None and hasattr(exc, "getLineNumber"):
            warning = f"XML error at line {exc.getLineNumber()}: {exc.getMessage()}"
        elif exc is not None and type(exc).__name__ not in _HARMLESS:
            warning = f"{type(exc).__name__}: {exc}"
    version = fp.get("version") or ""
    if not fp.entries:
        if fp.get("bozo") and warning:
            raise FeedError(url, f"malformed feed: {warning}", "malformed")
        if not version:
            raise FeedError(url, "not a feed: no RSS or Atom content found", "not_feed")
    feed = fp.get("feed", {})
    entries = []
    for e in fp.entries[:MAX_ENTRIES_PER_FEED]:
        contents = [c.get("value", "") for c in e.get("content", []) or [] if c.get("value")]
        content_html = max(contents, key=len) if contents else ""
        summary = e.get("summary", "") or ""
        if content_html and summary and html_to_text(summary) == html_to_text(content_html):
            summary = ""
        link = e.get("link") or None
        if link:
            link = urljoin(url, link)
        entries.append(Entry(
            title=html_to_text(e.get("title", "")) or None,
            link=link,
            published=_date_of(e),
            content_html=content_html,
            summary_html=summary,
            author=e.get("author") or None,
            guid=e.get("id") or None,
        ))
    return ParsedFeed(url=url, title=html_to_text(feed.get("title", "")) or None,
                      link=feed.get("link") or None, version=version, entries=entries,
                      warning=warning)


# --------------------------------------------------------------------------- entries

def entry_needs_page(entry: Entry) -> bool:
    """True when the entry has no full content (only a summary or a short teaser)."""
    if not entry.link:
        return False
    body = entry.content_html or entry.summary_html
    return len(html_to_text(body)) < FULL_TEXT_MIN_CHARS


def article_from_entry(entry: Entry, feed: ParsedFeed, page_html: Optional[bytes] = None,
                       page_charset: Optional[str] = None,
                       page_error: Optional[str] = None) -> Optional[tuple[Article, str]]:
    """The article for a feed entry: from its linked page's article when that
    page was fetched and holds more text than the entry, else from the entry's
    content or summary.  None for an entry with no text at all."""
    source = feed.title
    meta: dict = {"feed": feed.url}
    if entry.author:
        meta["author"] = entry.author
    if entry.guid:
        meta["guid"] = entry.guid
    body_html = entry.content_html or entry.summary_html
    feed_md = html_fragment_to_markdown(body_html)
    if page_html is not None:
        try:
            art, md = article_from_html(page_html, url=entry.link, path=entry.link,
                                        title=entry.title, source=source,
                                        published=entry.published, charset=page_charset)
            if len(art.text) >= len(html_to_text(body_html)):
                art.meta.update(meta)
                return art, md
        except ImportProblem as e:
            page_error = str(e)
    if not feed_md.strip():
        if not entry.title:
            return None
        feed_md = html_fragment_to_markdown(entry.title)
    if page_error or (entry.link and not entry.content_html and page_html is None):
        meta["summary_only"] = True
    if page_error:
        meta["page_error"] = page_error
    return article_from_parts(feed_md, path=entry.link or feed.url, title=entry.title,
                              source=source, published=entry.published, url=entry.link, meta=meta)


# --------------------------------------------------------------------------- refresh

def _client(opts: FetchOptions) -> httpx.Client:
    return httpx.Client(follow_redirects=True, max_redirects=_fetch.MAX_REDIRECTS,
                        timeout=httpx.Timeout(opts.read_timeout, connect=opts.connect_timeout),
                        limits=httpx.Limits(max_connections=FEED_WORKERS * (PAGE_WORKERS + 1)))


def _import_entries(store: Store, parsed: ParsedFeed, feed_url: str, opts: FetchOptions,
                    client: httpx.Client, result: FeedResult) -> None:
    todo: list[Entry] = []
    for entry in parsed.entries:
        if entry.link and store.has_url(entry.link):
            result.seen += 1
            continue
        todo.append(entry)
    pages: dict[int, tuple[Optional[bytes], Optional[str], Optional[str]]] = {}
    need = [i for i, e in enumerate(todo) if opts.fetch_pages and entry_needs_page(e)]

    def get_page(i: int):
        e = todo[i]
        try:
            r = _fetch.fetch(e.link, client=client, accept="text/html, */*;q=0.5", **opts.kwargs())
            return i, r.content, r.charset, None
        except _fetch.FetchError as err:
            return i, None, None, err.reason

    if need:
        with ThreadPoolExecutor(max_workers=min(PAGE_WORKERS, len(need))) as pool:
            for i, content, charset, err in pool.map(get_page, need):
                pages[i] = (content, charset, err)
    items: list[tuple[Article, str]] = []
    for i, entry in enumerate(todo):
        content, charset, err = pages.get(i, (None, None, None))
        if err:
            result.page_errors.append(f"{entry.link}: {err}")
        made = article_from_entry(entry, parsed, content, charset, err)
        if made is not None:
            items.append(made)
    if items:
        for aid, is_new in store.add_articles(items, feed_url=feed_url):
            if is_new:
                result.new += 1
                result.new_ids.append(aid)
            else:
                result.seen += 1


def _follow_move(store: Store, result: FeedResult, moved_to: Optional[str]) -> None:
    """A feed that answered through permanent redirects only: keep its new url."""
    if moved_to and moved_to != result.url:
        store.rename_feed(result.url, moved_to)
        result.moved_to = moved_to


def refresh_feed(store: Store, feed: Feed | str, opts: Optional[FetchOptions] = None,
                 client: Optional[httpx.Client] = None, conditional: bool = True) -> FeedResult:
    """Fetch one feed and store its new entries.  Never raises for a bad feed:
    the error is in the result and in the feed's ``last_error``; nothing stored
    is changed or lost."""
    opts = opts or FetchOptions()
    if isinstance(feed, str):
        feed = store.feed(feed) or Feed(url=feed)
    result = FeedResult(url=feed.url, title=feed.title)
    own = client is None
    client = client or _client(opts)
    now = time.time()
    known = store.feed(feed.url) is not None
    try:
        try:
            r = _fetch.fetch(feed.url, client=client,
                             etag=feed.etag if conditional else None,
                             last_modified=feed.last_modified if conditional else None,
                             **opts.kwargs())
            if r.not_modified:
                result.not_modified = True
                if known:
                    store.update_feed(feed.url, last_error=None, last_fetched=now)
                    _follow_move(store, result, r.moved_to)
                return result
            parsed = parse_feed(r.content, feed.url, r.content_type)
        except (_fetch.FetchError, FeedError) as e:
            result.error = e.reason
            if known:
                store.update_feed(feed.url, last_error=e.reason, last_fetched=now)
            return result
        result.title = parsed.title or feed.title
        _import_entries(store, parsed, feed.url, opts, client, result)
        if known:
            store.update_feed(feed.url, title=result.title, etag=r.etag,
                              last_modified=r.last_modified, last_error=None, last_fetched=now)
            _follow_move(store, result, r.moved_to)
        return result
    except Exception as e:  # a bug or a storage problem: report it, keep going with other feeds
        result.error = f"unexpected {type(e).__name__}: {e}"
        try:
            if known:
                store.update_feed(feed.url, last_error=result.error, last_fetched=now)
        except Exception:
            pass
        return result
    finally:
        if own:
            client.close()


def refresh(store: Store, progress: Optional[Callable[[int, int, FeedResult], None]] = None,
            *, opts: Optional[FetchOptions] = None, urls: Optional[list[str]] = None,
            cancel: Optional[threading.Event] = None, workers: int = FEED_WORKERS) -> RefreshReport:
    """Refresh every feed (or those in ``urls``), ``workers`` feeds at a time.

    ``progress(done, total, result)`` is called from the calling thread as each
    feed finishes (in the order they finish).  Setting ``cancel`` stops starting
    new feeds (those under way finish).  Returns a :class:`RefreshReport` with
    one :class:`FeedResult` per feed refreshed, in subscription order.
    """
    opts = opts or FetchOptions()
    feeds = store.feeds()
    if urls is not None:
        wanted = {u.strip() for u in urls}
        feeds = [f for f in feeds if f.url in wanted]
    report = RefreshReport()
    if not feeds:
        return report
    results: dict[int, FeedResult] = {}

    def one(i: int) -> tuple[int, Optional[FeedResult]]:
        if cancel is not None and cancel.is_set():
            return i, None
        return i, refresh_feed(store, feeds[i], opts, client)

    with _client(opts) as client:
        with ThreadPoolExecutor(max_workers=max(1, min(workers, len(feeds)))) as pool:
            futures = [pool.submit(one, i) for i in range(len(feeds))]
            done = 0
            for fut in as_completed(futures):
                i, res = fut.result()
                if res is None:
                    continue
                results[i] = res
                done += 1
                if progress is not None:
                    progress(done, len(feeds), res)
    report.results = [results[i] for i in sorted(results)]
    return report


def subscribe(store: Store, url: str, opts: Optional[FetchOptions] = None,
              fetch_now: bool = True) -> FeedResult:
    """Add a feed and (unless ``fetch_now`` is False) fetch it once, storing its
    entries.  A web page url that advertises a feed subscribes to that feed.

    The feed is only added when it fetched and parsed as a feed; otherwise the
    result carries the error and nothing is stored.
    """
    opts = opts or FetchOptions()
    url = url.strip()
    if not fetch_now:
        store.add_feed(url)
        return FeedResult(url=url)
    with _client(opts) as client:
        try:
            r = _fetch.fetch(url, client=client, **opts.kwargs())
            try:
                parsed = parse_feed(r.content, url, r.content_type)
            except FeedError as e:
                found = discover_feeds(r.content, r.url) if e.kind == "not_feed" else []
                if not found:
                    raise
                url = found[0]
                r = _fetch.fetch(url, client=client, **opts.kwargs())
                parsed = parse_feed(r.content, url, r.content_type)
        except (_fetch.FetchError, FeedError) as e:
            return FeedResult(url=url, error=e.reason)
        result = FeedResult(url=url, title=parsed.title)
        store.add_feed(url, parsed.title)
        try:
            _import_entries(store, parsed, url, opts, client, result)
        except Exception as e:
            result.error = f"unexpected {type(e).__name__}: {e}"
            store.update_feed(url, last_error=result.error, last_fetched=time.time())
            return result
        store.update_feed(url, title=parsed.title, etag=r.etag, last_modified=r.last_modified,
                          last_error=None, last_fetched=time.time())
        return result


def add_url(store: Store, url: str, opts: Optional[FetchOptions] = None) -> tuple[str, bool, str]:
    """Fetch one web page and store its article: ``(id, is_new, title)``.

    Raises :class:`FetchError`, :class:`FeedError` (the url is a feed: kind
    ``is_feed``) or :class:`ImportProblem` (no article in the page).
    """
    opts = opts or FetchOptions()
    existing = store.id_for_url(url)
    if existing:
        return existing, False, store.get(existing).title
    r = _fetch.fetch(url, accept="text/html, application/xhtml+xml, */*;q=0.5", **opts.kwargs())
    ctype = r.content_type
    if ctype in _FEED_TYPES or (not _looks_like_html(r.content, ctype)
                                and re.search(rb"<(rss|feed|rdf:RDF)\b", r.content[:4096])):
        raise FeedError(url, "this is a feed, not an article page; use `newsreader feeds add URL`",
                        "is_feed")
    if ctype and not ("html" in ctype or ctype.startswith("text/")):
        raise ImportProblem(f"{url}: not a web page (content type {ctype})")
    art, md = article_from_html(r.content, url=normalize_url(r.url) or url, charset=r.charset)
    aid, is_new = store.add_article(art, md)
    return aid, is_new, art.title
