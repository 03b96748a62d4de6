"""Command line: ``newsreader [PATH...]`` opens the app; subcommands for scripts.

Kept light: the app (and textual) is only imported when the app is run, so
``newsreader analyze`` and ``--help`` start fast.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tui import __version__

PROG = "newsreader"
# The library's commands (tui/library_cli.py, imported only when one is run).
LIBRARY_COMMANDS = ("add", "feeds", "refresh", "list", "search")


def _fail(message: str, status: int = 2) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return status


def seeds_dir() -> Path:
    return Path(__file__).parent / "data" / "seeds"


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", metavar="FILE", help="a config file merged over the default "
                   "(default: $XDG_CONFIG_HOME/newsreader/config.yaml if it exists)")


def app_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=PROG,
        description="A terminal news reader that reads like an analyst: named entities, "
        "quotes with their speakers and dates highlighted, and where coverage of one story disagrees.",
        epilog="commands:\n"
        "  analyze --json PATH...   print the analysis as JSON (see DESIGN.md)\n"
        "  add PATH|URL...          import files, folders or web pages into the library\n"
        "  feeds add|list|remove|import|export   manage RSS/Atom subscriptions (OPML too)\n"
        "  refresh                  fetch every feed\n"
        "  list [--json]            the library's articles\n"
        "  search QUERY [--json]    full-text search of titles, bodies and entities\n\n"
        "Run 'newsreader COMMAND --help' for a command's options. In the app, press ? for the keys.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="article files (.md, .txt) or folders to open as they are; default: the "
                   "config's articles.paths, else the library (filled with the bundled seed articles "
                   "on its first run)")
    _common(p)
    p.add_argument("--data-dir", metavar="DIR", help="where the library is kept (default: the user data folder)")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return p


def analyze_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=f"{PROG} analyze",
                                description="Analyse articles and print entities, quotes, dates, stories "
                                "and disagreements.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--json", action="store_true", help="print the JSON contract (the only format so far)")
    p.add_argument("--indent", type=int, default=None, help="indent the JSON by N spaces")
    _common(p)
    return p


def _load(paths: list[str]):
    from tui.library.loader import load_paths

    articles, errors = load_paths(paths)
    for art in articles:
        for w in art.warnings:
            print(f"{PROG}: warning: {art.path}: {w}", file=sys.stderr)
    return articles, errors


def _config(args):
    """The merged config, or the exit status after saying in one line what is wrong."""
    from tui.config import ConfigError, load_config

    try:
        config = load_config(args.config)
    except ConfigError as e:
        return _fail(str(e))
    problem = _engine_problem(config)
    return _fail(problem) if problem else config


def cmd_analyze(argv: list[str]) -> int:
    args = analyze_parser().parse_args(argv)
    config = _config(args)
    if isinstance(config, int):
        return config
    articles, errors = _load(args.paths)
    for e in errors:
        _fail(e)
    if errors and not articles:
        return 2
    from tui.analysis.contract import analyze_collection, to_contract

    col = analyze_collection(articles, engine=config.engine, spacy_model=config.spacy_model)
    if col.failures:
        print(f"{PROG}: warning: {len(col.failures)} comparison step(s) failed and were skipped "
              f"(a bug; please report it): {col.failures[0]}", file=sys.stderr)
    doc = to_contract(col)
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=args.indent)
    sys.stdout.write("\n")
    return 1 if errors else 0


def _engine_problem(config) -> str | None:
    """One line if the configured analysis engine cannot run here."""
    if config.engine != "spacy":
        return None
    from tui.analysis.spacy_backend import SpacyUnavailable, check

    try:
        check(config.spacy_model)
    except SpacyUnavailable as e:
        return f"{config.files[-1]}: {e}"
    return None


def cmd_app(argv: list[str]) -> int:
    args = app_parser().parse_args(argv)
    config = _config(args)
    if isinstance(config, int):
        return config
    paths = [str(Path(p).expanduser()) for p in (args.paths or list(config.paths))]
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        return _fail(f"{missing[0]}: no such file or folder")
    from tui.library.preload import Preload
    from tui.library.sources import FileSource, LibrarySource

    # Given paths are opened as they are; otherwise the library (seeded on first run).
    source = FileSource(paths) if paths else LibrarySource(args.data_dir, seeds_dir())
    preload = Preload(source)  # reads while textual is imported
    from tui.app import NewsReader  # the preload reads meanwhile: usually done by now

    opened = preload.result()
    if source.library and opened.errors and not opened.rows:
        return _fail(opened.errors[0])  # the library cannot be used (not a folder, locked, ...)
    app = NewsReader(config, source=source, preload=preload)
    app.run()
    return app.return_code or 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "analyze":
            return cmd_analyze(argv[1:])
        first = next((a for i, a in enumerate(argv) if not a.startswith("-")
                      and (i == 0 or argv[i - 1] != "--data-dir")), None)
        if first in LIBRARY_COMMANDS:
            from tui.library_cli import main as library_main

            return library_main(argv)
        return cmd_app(argv)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
