"""CLI commands for the library (wired into ``tui/cli.py`` with :func:`register`).

::

    newsreader add PATH|URL...            import files, folders or web pages
    newsreader feeds add URL              subscribe (and fetch it once)
    newsreader feeds list [--json]
    newsreader feeds remove URL
    newsreader feeds import OPML
    newsreader feeds export [-o FILE]     OPML on stdout (or into FILE)
    newsreader refresh                    fetch every feed
    newsreader list [--json] [--unread] [--starred]
    newsreader search QUERY... [--json]

Every handler takes the parsed args (``args.data_dir`` may be set, by the main
parser or after the command) and returns an exit code: 0 when everything
worked, 1 when some input failed (each failure is one line on stderr naming the
file or url and what is wrong), never a traceback.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from pathlib import Path
from typing import Callable, Optional

PROG = "newsreader"
#: The first words of argv that belong to these commands (for ``tui/cli.py``'s dispatch).
COMMANDS = ("add", "feeds", "refresh", "list", "search")


def _err(msg: str) -> None:
    print(f"{PROG}: {_clean(msg)}", file=sys.stderr)


def _clean(s: object) -> str:
    """Text from articles and feeds is data: no escapes reach the terminal."""
    from tui.library.sanitize import sanitize

    return sanitize(str(s)).replace("\n", " ")


def _open_store(args):
    from tui.library.store import Store, StoreError

    try:
        store = Store.open(getattr(args, "data_dir", None))
    except StoreError as e:
        _err(str(e))
        return None
    if store.recovery is not None:
        _err(store.recovery.message)
    return store


def _opts(args):
    from tui.library.feeds import FetchOptions

    t = getattr(args, "timeout", None)
    opts = FetchOptions()
    if t:
        opts.connect_timeout = opts.read_timeout = float(t)
        opts.total_timeout = max(opts.total_timeout, float(t))
    if getattr(args, "max_mb", None):
        opts.max_bytes = int(float(args.max_mb) * 1024 * 1024)
    if getattr(args, "no_pages", False):
        opts.fetch_pages = False
    return opts


def _guarded(fn: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        try:
            return fn(args)
        except KeyboardInterrupt:
            _err("interrupted")
            return 130
        except BrokenPipeError:
            return 0
        except Exception as e:  # never a traceback for the user
            _err(f"unexpected error: {type(e).__name__}: {e}")
            return 1
    run.__name__ = fn.__name__
    run.__doc__ = fn.__doc__
    return run


def _is_url(s: str) -> bool:
    return s.lower().startswith(("http://", "https://"))


# --------------------------------------------------------------------------- add

@_guarded
def cmd_add(args: argparse.Namespace) -> int:
    """Import files, folders and web pages into the library."""
    from tui.library.feeds import FeedError, add_url
    from tui.library.fetch import FetchError
    from tui.library.html_import import ImportProblem, iter_import_files, import_file

    store = _open_store(args)
    if store is None:
        return 1
    failed = added = existing = 0
    with store:
        urls = [p for p in args.paths if _is_url(p)]
        paths = [p for p in args.paths if not _is_url(p)]
        files, errors = iter_import_files(paths) if paths else ([], [])
        for e in errors:
            _err(e)
            failed += 1
        for f in files:
            try:
                article, body = import_file(f)
            except ImportProblem as e:
                _err(str(e))
                failed += 1
                continue
            aid, is_new = store.add_article(article, body)
            for w in article.warnings:
                _err(f"{f}: warning: {w}")
            added += is_new
            existing += not is_new
            print(f"{'added ' if is_new else 'exists'}  {aid}  {_clean(article.title)}")
        for u in urls:
            try:
                aid, is_new, title = add_url(store, u, _opts(args))
            except (FetchError, FeedError, ImportProblem) as e:
                _err(str(e))
                failed += 1
                continue
            added += is_new
            existing += not is_new
            print(f"{'added ' if is_new else 'exists'}  {aid}  {_clean(title)}")
    print(f"{added} added, {existing} already in the library, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


# --------------------------------------------------------------------------- feeds

@_guarded
def cmd_feeds_add(args: argparse.Namespace) -> int:
    """Subscribe to a feed and fetch it once."""
    from tui.library.feeds import subscribe

    store = _open_store(args)
    if store is None:
        return 1
    with store:
        url = args.url.strip()
        if not _is_url(url):
            _err(f"{url}: not an http(s) URL")
            return 1
        if store.feed(url) is not None:
            print(f"already subscribed: {url}")
            return 0
        res = subscribe(store, url, _opts(args), fetch_now=not args.no_fetch)
        if res.error:
            _err(f"{res.url}: {res.error}")
            return 1
        if args.no_fetch:
            print(f"subscribed: {url} (not fetched yet; run `{PROG} refresh`)")
        else:
            print(f"subscribed: {_clean(res.title or res.url)} <{res.url}>: {res.new} new articles")
            for pe in res.page_errors:
                _err(f"warning: {pe} (kept the feed's summary)")
    return 0


def _when(ts: Optional[float]) -> Optional[str]:
    if not ts:
        return None
    return _dt.datetime.fromtimestamp(ts).astimezone().isoformat(timespec="seconds")


@_guarded
def cmd_feeds_list(args: argparse.Namespace) -> int:
    """List feed subscriptions."""
    store = _open_store(args)
    if store is None:
        return 1
    with store:
        feeds = store.feeds()
    if args.json:
        print(json.dumps([{"url": f.url, "title": f.title, "last_fetched": _when(f.last_fetched),
                           "last_error": f.last_error, "etag": f.etag,
                           "last_modified": f.last_modified} for f in feeds],
                         ensure_ascii=False, indent=2))
        return 0
    if not feeds:
        print(f"no feeds; add one with `{PROG} feeds add URL`", file=sys.stderr)
        return 0
    for f in feeds:
        when = (_when(f.last_fetched) or "never fetched")[:16].replace("T", " ")
        status = f"  ERROR: {_clean(f.last_error)}" if f.last_error else ""
        print(f"{f.url}  {_clean(f.title or '-')}  ({when}){status}")
    return 0


@_guarded
def cmd_feeds_remove(args: argparse.Namespace) -> int:
    """Unsubscribe from a feed (its articles stay)."""
    store = _open_store(args)
    if store is None:
        return 1
    with store:
        if not store.remove_feed(args.url):
            _err(f"{args.url}: not subscribed (see `{PROG} feeds list`)")
            return 1
    print(f"removed: {args.url} (its articles stay in the library)")
    return 0


@_guarded
def cmd_feeds_import(args: argparse.Namespace) -> int:
    """Subscribe to the feeds of an OPML file (they are fetched on the next refresh)."""
    from tui.library.opml import OPMLError, parse_opml

    p = Path(args.opml)
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        _err(f"{p}: is a folder, not an OPML file")
        return 1
    except FileNotFoundError:
        _err(f"{p}: no such file")
        return 1
    except OSError as e:
        _err(f"{p}: cannot read ({e.strerror or e})")
        return 1
    try:
        feeds = parse_opml(data)
    except OPMLError as e:
        _err(f"{p}: {e}")
        return 1
    if not feeds:
        _err(f"{p}: no feeds in this OPML file (no outline has an xmlUrl)")
        return 1
    store = _open_store(args)
    if store is None:
        return 1
    new = 0
    with store:
        for url, title in feeds:
            new += store.add_feed(url, title)
    print(f"imported {new} feeds from {p} ({len(feeds) - new} already subscribed); "
          f"run `{PROG} refresh` to fetch them")
    return 0


@_guarded
def cmd_feeds_export(args: argparse.Namespace) -> int:
    """Write the subscriptions as OPML."""
    from tui.library.opml import export_opml

    store = _open_store(args)
    if store is None:
        return 1
    with store:
        doc = export_opml((f.url, f.title) for f in store.feeds())
    if args.output and args.output != "-":
        try:
            Path(args.output).write_text(doc, encoding="utf-8")
        except OSError as e:
            _err(f"{args.output}: cannot write ({e.strerror or e})")
            return 1
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(doc)
    return 0


@_guarded
def cmd_refresh(args: argparse.Namespace) -> int:
    """Fetch every feed; one line per feed.  Exit 1 if any feed failed."""
    from tui.library.feeds import refresh

    store = _open_store(args)
    if store is None:
        return 1
    with store:
        if not store.feeds():
            print(f"no feeds; add one with `{PROG} feeds add URL`", file=sys.stderr)
            return 0

        def progress(done: int, total: int, r) -> None:
            line = f"[{done}/{total}] {_clean(r.line())}"
            if r.error:
                print(f"{PROG}: {line}", file=sys.stderr)
            else:
                print(line, flush=True)

        report = refresh(store, progress, opts=_opts(args), urls=args.urls or None)
    failed = report.failed
    print(f"{report.new} new articles from {len(report.results)} feeds"
          + (f"; {len(failed)} failed" if failed else ""), file=sys.stderr)
    return 1 if failed else 0


# --------------------------------------------------------------------------- list / search

def _row_json(r) -> dict:
    return {"id": r.id, "title": r.title, "source": r.source, "published": r.published,
            "url": r.url, "path": r.path, "feed": r.feed_url, "read": r.read,
            "starred": r.starred, "added": _when(r.added)}


def _print_rows(rows, as_json: bool) -> None:
    if as_json:
        print(json.dumps([_row_json(r) for r in rows], ensure_ascii=False, indent=2))
        return
    out = []
    for r in rows:
        flags = ("*" if r.starred else " ") + (" " if r.read else "N")
        out.append(f"{flags} {r.published or '          '}  {_clean(r.source or '-')[:24]:<24}  "
                   f"{_clean(r.title)}  [{r.id}]")
    if out:
        sys.stdout.write("\n".join(out) + "\n")


@_guarded
def cmd_list(args: argparse.Namespace) -> int:
    """List the articles in the library, newest first (N = unread, * = starred)."""
    store = _open_store(args)
    if store is None:
        return 1
    with store:
        rows = store.articles(unread=args.unread, starred=args.starred)
    _print_rows(rows, args.json)
    if not rows and not args.json:
        print(f"the library is empty; add articles with `{PROG} add PATH|URL` or "
              f"`{PROG} feeds add URL`", file=sys.stderr)
    return 0


@_guarded
def cmd_search(args: argparse.Namespace) -> int:
    """Full-text search over titles, bodies and entity names, best match first."""
    store = _open_store(args)
    if store is None:
        return 1
    query = " ".join(args.query)
    with store:
        ids = store.search(query, limit=args.limit)
        by_id = {r.id: r for r in store.articles()} if ids else {}
    rows = [by_id[i] for i in ids if i in by_id]
    _print_rows(rows, args.json)
    if not rows and not args.json:
        print(f"no articles match {query!r}", file=sys.stderr)
    return 0


# --------------------------------------------------------------------------- wiring

def _data_dir_arg(p: argparse.ArgumentParser) -> None:
    # SUPPRESS: given here it wins; not given, the main parser's value stays.
    p.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                   help="where the library is kept (default: the user data folder)")


def _net_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--timeout", type=float, metavar="SECONDS",
                   help="connect and read timeout for each download (default 10s connect, 20s read)")
    p.add_argument("--max-mb", type=float, metavar="MB",
                   help="abort downloads larger than this (default 10 MB)")


def register(subparsers) -> None:
    """Add the library commands to the main parser's subparsers.  Each command
    sets ``func`` (the handler: ``func(args) -> exit code``)."""
    p = subparsers.add_parser("add", help="import article files, folders or web pages",
                              description="Import .md/.txt/.html files, folders of them, or "
                                          "web page URLs into the library.")
    p.add_argument("paths", nargs="+", metavar="PATH|URL")
    _net_args(p)
    _data_dir_arg(p)
    p.set_defaults(func=cmd_add)

    feeds = subparsers.add_parser("feeds", help="manage feed subscriptions",
                                  description="Manage RSS/Atom feed subscriptions.")
    _data_dir_arg(feeds)
    fsub = feeds.add_subparsers(dest="feeds_command", metavar="COMMAND")
    fsub.required = True

    q = fsub.add_parser("add", help="subscribe to a feed (and fetch it once)")
    q.add_argument("url", metavar="URL")
    q.add_argument("--no-fetch", action="store_true", help="subscribe without fetching now")
    q.add_argument("--no-pages", action="store_true",
                   help="do not fetch the linked page of summary-only entries")
    _net_args(q)
    _data_dir_arg(q)
    q.set_defaults(func=cmd_feeds_add)

    q = fsub.add_parser("list", help="list subscriptions")
    q.add_argument("--json", action="store_true", help="print JSON")
    _data_dir_arg(q)
    q.set_defaults(func=cmd_feeds_list)

    q = fsub.add_parser("remove", help="unsubscribe (articles stay)")
    q.add_argument("url", metavar="URL")
    _data_dir_arg(q)
    q.set_defaults(func=cmd_feeds_remove)

    q = fsub.add_parser("import", help="subscribe to the feeds in an OPML file")
    q.add_argument("opml", metavar="OPML")
    _data_dir_arg(q)
    q.set_defaults(func=cmd_feeds_import)

    q = fsub.add_parser("export", help="write subscriptions as OPML")
    q.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    _data_dir_arg(q)
    q.set_defaults(func=cmd_feeds_export)

    p = subparsers.add_parser("refresh", help="fetch new articles from every feed")
    p.add_argument("urls", nargs="*", metavar="URL", help="only these feeds")
    p.add_argument("--no-pages", action="store_true",
                   help="do not fetch the linked page of summary-only entries")
    _net_args(p)
    _data_dir_arg(p)
    p.set_defaults(func=cmd_refresh)

    p = subparsers.add_parser("list", help="list the articles in the library")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--unread", action="store_true", help="only unread articles")
    p.add_argument("--starred", action="store_true", help="only starred articles")
    _data_dir_arg(p)
    p.set_defaults(func=cmd_list)

    p = subparsers.add_parser("search", help="full-text search of the library")
    p.add_argument("query", nargs="+", metavar="QUERY")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="at most N results")
    _data_dir_arg(p)
    p.set_defaults(func=cmd_search)


def main(argv: Optional[list[str]] = None) -> int:
    """Parse and run one library command: ``main(["--data-dir", D, "list", "--json"])``.

    ``tui/cli.py`` can either call :func:`register` on its own subparsers or hand
    argv over here when ``argv[0]`` is one of :data:`COMMANDS` (``--data-dir``
    works before or after the command).  Also ``python -m tui.library_cli``.
    """
    parser = argparse.ArgumentParser(prog=PROG)
    parser.add_argument("--data-dir", metavar="DIR", default=None,
                        help="where the library is kept (default: the user data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    register(sub)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
