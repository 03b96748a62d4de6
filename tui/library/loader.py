"""Article files -> :class:`~tui.model.Article`.

Markdown (``.md``/``.markdown``) with optional YAML front matter, and plain text
(``.txt``: one paragraph a line, no Markdown).  A file with broken front matter or
bytes that are not UTF-8 still loads, with a warning on the article; only a file
that cannot be read at all raises :class:`LoadError`.
"""
from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

from tui.library.cleaner import clean_paragraphs
from tui.library.markdown_text import markdown_blocks, plain_blocks
from tui.library.sanitize import sanitize
from tui.model import Article

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".text")
_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_KNOWN = ("id", "title", "source", "published", "url")


class LoadError(Exception):
    """A path that cannot be read at all (missing, a directory, no permission)."""


def decode(data: bytes) -> tuple[str, str | None]:
    """Text of the bytes and a warning if they were not valid UTF-8."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        bad = data[e.start:e.start + 1].hex()
        return (data.decode("utf-8", errors="replace"),
                f"not UTF-8 (byte 0x{bad} at offset {e.start}); undecodable bytes shown as \ufffd")


def split_front_matter(source: str) -> tuple[dict, str, list[str]]:
    """(front matter dict, body, warnings). Broken front matter is skipped, with a warning."""
    m = _FRONT.match(source)
    if not m:
        return {}, source, []
    import yaml

    body = source[m.end():]
    try:
        data = yaml.safe_load(m.group(1) or "") or {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 2}: " if mark is not None else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        # "title: A port and an old wound: what the deal settles" is not YAML, but its
        # fields are plain "key: value" lines: read them so
        data = _plain_fields(m.group(1) or "")
        if data:
            return data, body, [f"front matter is not valid YAML ({where}{problem}); read as plain 'key: value' lines"]
        return {}, body, [f"broken front matter ({where}{problem}); ignored"]
    if not isinstance(data, dict):
        return {}, body, ["front matter is not a mapping of fields; ignored"]
    return data, body, []


_PLAIN_FIELD = re.compile(r"^([A-Za-z_][\w-]*):\s*(.*?)\s*$")


def _plain_fields(block: str) -> dict:
    """Every line ``key: value`` (the value taken whole, outer quotes removed), or {} when
    any non-blank line is something else or a value opens YAML structure."""
    out = {}
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _PLAIN_FIELD.match(line)
        if not m or m.group(2)[:1] in tuple("[{|>&*!%@`"):
            return {}  # YAML structure gone wrong ("title: [unclosed"), not plain text
        value = m.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        out[m.group(1)] = value
    return out


def iso_date(value: object) -> str | None:
    """ISO date string of a front-matter value, or None if it is not a date."""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value)
        if m:
            try:
                return _dt.date.fromisoformat(m.group(1)).isoformat()
            except ValueError:
                return None
    return None


def _paragraphs(body: str, plain: bool) -> list[str]:
    if plain:
        return [line for line in body.split("\n")]
    return re.split(r"\n[ \t]*\n", body)


def _title_from_body(paragraphs: list[str], plain: bool) -> tuple[str | None, list[str]]:
    """A title taken from the first heading or a short first line, and the rest."""
    first_i = next((i for i, p in enumerate(paragraphs) if p.strip()), None)
    if first_i is None:
        return None, paragraphs
    first = paragraphs[first_i].strip()
    if not plain and first.startswith("#") and "\n" not in first:
        title = first.lstrip("#").strip()
        return title or None, paragraphs[first_i + 1:]
    # A headline: one short line without a closing full stop, followed by a blank line.
    next_blank = first_i + 1 < len(paragraphs) and not paragraphs[first_i + 1].strip()
    if "\n" not in first and len(first.split()) <= 16 and not first.endswith((".", ":")) and (
        next_blank or not plain
    ) and first_i + 1 < len(paragraphs):
        return first, paragraphs[first_i + 1:]
    return None, paragraphs


def _short_title(text: str) -> str:
    first = text.split("\n", 1)[0]
    m = re.match(r"(.{20,}?[.!?])(?:\s|$)", first)
    title = m.group(1) if m else first
    return title if len(title) <= 90 else title[:89].rsplit(" ", 1)[0] + "…"


def article_from_source(source: str, path: str, *, plain: bool = False,
                        warnings: list[str] | None = None) -> Article:
    """Build an Article from the text of a file (front matter + body)."""
    warnings = list(warnings or [])
    source = sanitize(source)
    front, body, w = split_front_matter(source)
    warnings += w
    paragraphs = _paragraphs(body, plain)
    title = front.get("title")
    if not title:
        title, paragraphs = _title_from_body(paragraphs, plain)
    cleaned = clean_paragraphs(paragraphs)
    paragraphs = cleaned.paragraphs
    if plain:
        text, blocks = plain_blocks(paragraphs)
    else:
        text, blocks = markdown_blocks("\n\n".join(paragraphs))
    if not title:
        title = _short_title(text) if text else Path(path).stem
    published = iso_date(front.get("published", front.get("date")))
    if front.get("published") is not None and published is None:
        warnings.append(f"published: {front.get('published')!r} is not a date; ignored")
    src = front.get("source") or cleaned.agency or cleaned.outlet
    meta = {k: v for k, v in front.items() if k not in _KNOWN}
    if cleaned.dateline and not cleaned.outlet:
        meta.setdefault("dateline", cleaned.dateline)
    # YAML escapes ("\e", "\x07") can put control characters back into fields.
    return Article(
        id=sanitize(str(front.get("id") or Path(path).stem)),
        path=path,
        title=" ".join(sanitize(str(title)).split()),
        text=text,
        source=sanitize(str(src)) if src else None,
        published=published,
        url=str(front["url"]) if front.get("url") else None,
        blocks=blocks,
        meta=meta,
        warnings=tuple(warnings),
    )


def load_article(path: str | Path) -> Article:
    """Load one article file. Raises LoadError only if the file cannot be read."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        raise LoadError(f"{p}: is a folder, not an article file") from None
    except FileNotFoundError:
        raise LoadError(f"{p}: no such file") from None
    except OSError as e:
        raise LoadError(f"{p}: cannot read ({e.strerror or e})") from None
    text, warning = decode(data)
    plain = p.suffix.lower() in (".txt", ".text")
    return article_from_source(text, str(path), plain=plain, warnings=[warning] if warning else None)


def article_paths(paths: list[str | Path]) -> list[Path]:
    """Expand folders to the article files in them (sorted); files are kept as given."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out += sorted(q for q in p.iterdir() if q.is_file() and q.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            out.append(p)
    return out


def load_paths(paths: list[str | Path]) -> tuple[list[Article], list[str]]:
    """Articles from files and folders, and one error line per path that failed."""
    articles, errors = [], []
    for p in article_paths(paths):
        try:
            articles.append(load_article(p))
        except LoadError as e:
            errors.append(str(e))
    # ids must be unique: two files with one stem (in two folders) keep their paths as ids
    count: dict[str, int] = {}
    for art in articles:
        count[art.id] = count.get(art.id, 0) + 1
    for art in articles:
        if count[art.id] > 1:
            art.id = art.path
    return articles, errors
