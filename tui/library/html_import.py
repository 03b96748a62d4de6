"""HTML pages and local files -> articles.

- :func:`extract_page` takes a whole web page and returns its article (title,
  Markdown body, source, date) using trafilatura, which drops navigation,
  ads, comments and footers.
- :func:`html_fragment_to_markdown` turns a small piece of HTML (a feed entry's
  content) into Markdown, keeping paragraphs, headings, lists, quotes and
  emphasis.
- :func:`article_from_html` / :func:`article_from_parts` build the
  :class:`~tui.model.Article` through the loader (so feed entries, web pages and
  files get the same junk cleaning, sanitising and blocks) and return it with
  the Markdown body to store.
- :func:`import_paths` imports local ``.md``/``.markdown``/``.txt``/``.html``
  files and folders of them.

Nothing here touches the network; :mod:`tui.library.feeds` and the CLI fetch.
"""
from __future__ import annotations

import logging
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

from tui.library import loader
from tui.model import Article

# trafilatura and its helpers log page-level notes ("discarding data", date guesses)
# at WARNING; with no handler configured Python would print them on stderr, which
# garbles a terminal UI.  A NullHandler keeps them out of stderr; an app that sets
# up logging still receives them through the root logger.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
IMPORT_SUFFIXES = tuple(loader.ARTICLE_SUFFIXES) + HTML_SUFFIXES


class ImportProblem(Exception):
    """An input that gives no article; ``str(e)`` is one line naming it."""


@dataclass
class Page:
    """What :func:`extract_page` found in a web page."""
    title: Optional[str]
    markdown: str
    source: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    author: Optional[str] = None


@dataclass
class ImportResult:
    """Articles (with their Markdown bodies) and one error line per failed input."""
    items: list[tuple[Article, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- building

def iso_date(value: object) -> Optional[str]:
    """An ISO date ("2025-10-16") from an ISO string, a date, an RFC 822 date
    ("Thu, 16 Oct 2025 10:00:00 GMT") or a time.struct_time; else None."""
    import datetime as _dt
    import time as _time

    if value is None or value == "":
        return None
    if isinstance(value, _time.struct_time):
        try:
            return _dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
        except ValueError:
            return None
    got = loader.iso_date(value)
    if got or not isinstance(value, str):
        return got
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value.strip()).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _front_matter(fields: dict) -> str:
    import yaml

    clean = {k: v for k, v in fields.items() if v not in (None, "", [], {})}
    if not clean:
        return ""
    return "---\n" + yaml.safe_dump(clean, allow_unicode=True, sort_keys=False,
                                     default_flow_style=False, width=10_000) + "---\n"


def _from_source(source: str, path: str) -> Article:
    fn = getattr(loader, "article_from_markdown", None)
    if fn is not None:
        return fn(source, path)
    return loader.article_from_source(source, path)


def article_from_parts(markdown: str, *, path: str, title: Optional[str] = None,
                       source: Optional[str] = None, published: Optional[str] = None,
                       url: Optional[str] = None, id: Optional[str] = None,
                       meta: Optional[dict] = None) -> tuple[Article, str]:
    """An Article from a Markdown body and its fields, built by the loader (junk
    cleaning, sanitising, blocks).  Returns ``(article, markdown body)``.

    Without an ``id`` the article gets one from its content (16 hex digits of
    the content hash), so the same text always gets the same id.
    """
    from tui.library.store import content_hash

    fm = dict(meta or {})
    fm.update({"id": id, "title": title, "source": source,
               "published": iso_date(published), "url": url})
    body = markdown.strip("\n") + "\n"
    article = _from_source(_front_matter(fm) + body, path)
    if not id:
        article.id = content_hash(article.text, article.published)[:16]
    return article, body


# --------------------------------------------------------------------------- HTML fragments

_BLOCK_TAGS = {"p", "div", "section", "article", "main", "header", "footer", "aside", "figure",
               "figcaption", "table", "tr", "dl", "dt", "dd", "address", "center", "details",
               "summary", "body", "html"}
_DROP_TAGS = {"script", "style", "noscript", "iframe", "object", "embed", "form", "button",
              "input", "select", "textarea", "svg", "canvas", "template", "head", "nav"}
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>])")
_LINE_START = re.compile(r"^(\s*)([#>+\-]|\d+[.)])(?=\s)")


def _escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


class _Md:
    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.cur: list[str] = []

    def text(self, s: str) -> None:
        if s:
            self.cur.append(s)

    def flush(self, prefix: str = "") -> None:
        para = re.sub(r"[ \t\r\n\f\v]+", " ", "".join(self.cur)).strip()
        self.cur = []
        if para:
            if not prefix:
                para = _LINE_START.sub(r"\1\\\2", para)
            self.blocks.append(prefix + para)


def _inline(el, out: _Md) -> None:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in _DROP_TAGS:
        if el.tail:
            out.text(_escape(el.tail))
        return
    if tag == "br":
        out.text(" ")
    elif tag == "img":
        pass
    elif tag in _BLOCK_TAGS or tag in ("li", "ul", "ol", "td", "th", "blockquote", "pre") \
            or re.fullmatch(r"h[1-6]", tag):
        # a block inside a list item or heading: its words stay apart from the neighbours'
        out.text(" ")
        if el.text:
            out.text(_escape(el.text))
        for child in el:
            _inline(child, out)
        out.text(" ")
    else:
        mark = {"em": "*", "i": "*", "strong": "**", "b": "**", "code": "`"}.get(tag, "")
        inner = _Md()
        if el.text:
            inner.text(_escape(el.text) if tag != "code" else el.text.replace("`", "'"))
        for child in el:
            _inline(child, inner)
        s = "".join(inner.cur)
        if mark and s.strip():
            lead = s[: len(s) - len(s.lstrip())]
            trail = s[len(s.rstrip()):]
            out.text(f"{lead}{mark}{s.strip()}{mark}{trail}")
        else:
            out.text(s)
    if el.tail:
        out.text(_escape(el.tail))


def _walk(el, out: _Md, depth: int = 0) -> None:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in _DROP_TAGS or not tag:
        if el.tail and el.tail.strip():
            out.text(_escape(el.tail))
        return
    if re.fullmatch(r"h[1-6]", tag):
        out.flush()
        inner = _Md()
        if el.text:
            inner.text(_escape(el.text))
        for child in el:
            _inline(child, inner)
        inner.flush("#" * int(tag[1]) + " ")
        out.blocks += inner.blocks
    elif tag in ("ul", "ol"):
        out.flush()
        items: list[str] = []
        n = 0
        for child in el:
            ctag = child.tag.lower() if isinstance(child.tag, str) else ""
            if ctag != "li":
                continue
            n += 1
            inner = _Md()
            if child.text:
                inner.text(_escape(child.text))
            for sub in child:
                _inline(sub, inner)  # nested lists and paragraphs are flattened into the item
            inner.flush(("  " * depth) + (f"{n}. " if tag == "ol" else "- "))
            items += inner.blocks
        if items:
            out.blocks.append("\n".join(items))
    elif tag == "blockquote":
        out.flush()
        inner = _Md()
        _children(el, inner, depth)
        inner.flush()
        for b in inner.blocks:
            out.blocks.append("> " + b)
    elif tag == "pre":
        out.flush()
        code = el.text_content().strip("\n")
        if code.strip():
            fence = "```" if "```" not in code else "~~~~"
            out.blocks.append(f"{fence}\n{code}\n{fence}")
    elif tag == "hr":
        out.flush()
    elif tag in _BLOCK_TAGS:
        out.flush()
        _children(el, out, depth)
        out.flush()
    else:
        _inline(el, out)
        return  # the tail was handled by _inline
    if el.tail and el.tail.strip():
        out.text(_escape(el.tail))


def _children(el, out: _Md, depth: int) -> None:
    if el.text:
        out.text(_escape(el.text))
    for child in el:
        _walk(child, out, depth)


def html_fragment_to_markdown(html: str) -> str:
    """Markdown for a piece of HTML (a feed entry's content or summary).

    Scripts, styles, forms and images are dropped; text is escaped so that it
    reads the same after Markdown parsing.  Plain text (no tags) comes back as
    its paragraphs.
    """
    if not html or not html.strip():
        return ""
    if "<" not in html:
        import html as _html

        paras = [p.strip() for p in re.split(r"\n\s*\n", _html.unescape(html)) if p.strip()]
        return "\n\n".join(_LINE_START.sub(r"\1\\\2", _escape(" ".join(p.split()))) for p in paras)
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml raises several kinds on junk; plain text is better than nothing
        text = re.sub(r"<[^>]*>", " ", html)
        return _escape(" ".join(text.split()))
    out = _Md()
    _children(root, out, 0)
    out.flush()
    return "\n\n".join(out.blocks)


def html_to_text(html: str) -> str:
    """The plain text of a piece of HTML (tags dropped, entities decoded, control
    characters and terminal escapes removed), on one line."""
    from tui.library.sanitize import sanitize

    if not html:
        return ""
    if "<" not in html:
        import html as _html

        return " ".join(sanitize(_html.unescape(html)).split())
    import lxml.html

    try:
        text = lxml.html.fragment_fromstring(html, create_parent="div").text_content()
    except Exception:
        text = re.sub(r"<[^>]*>", " ", html)
    return " ".join(sanitize(text).split())


# --------------------------------------------------------------------------- whole pages

def _source_from_url(url: Optional[str]) -> Optional[str]:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else (host or None)


def _strip_title_heading(markdown: str, title: Optional[str]) -> str:
    """Drop a first heading that repeats the title."""
    if not title:
        return markdown
    m = re.match(r"\s*#{1,6}\s+(.+?)\s*#*\s*(?:\n|$)", markdown)
    if m and " ".join(m.group(1).replace("\\", "").split()).lower() == " ".join(title.split()).lower():
        return markdown[m.end():].lstrip("\n")
    return markdown


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def decode_html(data: bytes, charset: Optional[str] = None) -> str:
    """The text of an HTML page: a BOM, else the HTTP ``charset``, else the
    page's ``<meta charset>``, else UTF-8, else a detected encoding."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace")
    m = _META_CHARSET.search(data[:4096])
    for enc in (charset, m.group(1).decode("ascii", "ignore") if m else None, "utf-8"):
        if not enc:
            continue
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    except Exception:  # detection is a nicety; fall through to cp1252
        pass
    return data.decode("cp1252", errors="replace")


def extract_page(html: str | bytes, url: Optional[str] = None, charset: Optional[str] = None) -> Page:
    """The article in a web page: title, Markdown body, source (site name or
    host), published date (ISO) and canonical url, via trafilatura.  Bytes are
    decoded with :func:`decode_html` (``charset``: the HTTP header's).

    Raises :class:`ImportProblem` if the page holds no article text.
    """
    if isinstance(html, bytes):
        html = decode_html(html, charset)
    try:
        import trafilatura
    except ImportError:  # a broken install (e.g. lxml_html_clean missing): plain extraction
        trafilatura = None
    doc = None
    if trafilatura is not None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                doc = trafilatura.bare_extraction(html, url=url, include_formatting=True,
                                                  include_comments=False, include_tables=True,
                                                  include_images=False, include_links=False,
                                                  with_metadata=True)
            except Exception as e:  # trafilatura/lxml failures on hostile markup
                raise ImportProblem(f"{url or 'page'}: cannot parse the HTML "
                                    f"({type(e).__name__}: {e})") from None
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    title = getattr(doc, "title", None) if doc is not None else None
    if not text.strip():
        # Very short pages fall under trafilatura's size thresholds: take the body as it is.
        text = _fallback_body(html)
        if title is None:
            title = _html_title(html)
    if not text.strip():
        raise ImportProblem(f"{url or 'page'}: no article text found in the page")
    title = " ".join(title.split()) if title else None
    published = iso_date(getattr(doc, "date", None)) if doc is not None else None
    source = None
    if doc is not None:
        source = getattr(doc, "sitename", None) or None
    source = source or _source_from_url(url)
    canonical = (getattr(doc, "url", None) if doc is not None else None) or url
    author = getattr(doc, "author", None) if doc is not None else None
    return Page(title=title, markdown=_strip_title_heading(text, title).strip(), source=source,
                published=published, url=canonical, author=author)


def _html_title(html: str) -> Optional[str]:
    m = re.search(r"<title[^>]*>(.*?)</title>", html, re.IGNORECASE | re.DOTALL)
    return html_to_text(m.group(1)) or None if m else None


def _fallback_body(html: str) -> str:
    import lxml.html

    try:
        doc = lxml.html.document_fromstring(html)
    except Exception:
        return ""
    body = doc.find("body")
    if body is None:
        return ""
    for bad in body.xpath(".//nav|.//header|.//footer|.//aside|.//script|.//style|.//form"):
        bad.drop_tree()
    out = _Md()
    _children(body, out, 0)
    out.flush()
    return "\n\n".join(out.blocks)


def article_from_html(html: str | bytes, *, url: Optional[str] = None, path: Optional[str] = None,
                      title: Optional[str] = None, source: Optional[str] = None,
                      published: Optional[str] = None,
                      charset: Optional[str] = None) -> tuple[Article, str]:
    """An Article from a whole web page (see :func:`extract_page`); fields passed
    here win over what the page says.  Returns ``(article, markdown body)``."""
    page = extract_page(html, url, charset)
    meta = {"author": page.author} if page.author else None
    return article_from_parts(page.markdown, path=path or url or "page.html",
                              title=title or page.title, source=source or page.source,
                              published=published or page.published, url=url or page.url,
                              meta=meta)


# --------------------------------------------------------------------------- local files

def _markdown_body_of(p: Path) -> str:
    text, _ = loader.decode(p.read_bytes())
    from tui.library.sanitize import sanitize

    _, body, _ = loader.split_front_matter(sanitize(text))
    return body


def import_file(path: str | Path) -> tuple[Article, str]:
    """One local file -> ``(article, markdown body)``.  Raises ImportProblem."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in HTML_SUFFIXES:
        try:
            data = p.read_bytes()
        except OSError as e:
            raise ImportProblem(f"{p}: cannot read ({e.strerror or e})") from None
        try:
            article, body = article_from_html(decode_html(data), path=str(p.resolve()))
        except ImportProblem as e:
            raise ImportProblem(f"{p}: {str(e).split(': ', 1)[-1]}") from None
        return article, body
    if suffix not in loader.ARTICLE_SUFFIXES:
        raise ImportProblem(f"{p}: not an article file (expected one of "
                            f"{', '.join(IMPORT_SUFFIXES)})")
    try:
        article = loader.load_article(p)
    except loader.LoadError as e:
        raise ImportProblem(str(e)) from None
    if not article.text.strip():
        raise ImportProblem(f"{p}: the file has no article text")
    if suffix in (".txt", ".text"):
        body = "\n\n".join(_escape(b) for b in re.split(r"\n+", _markdown_body_of(p)) if b.strip())
    else:
        body = _markdown_body_of(p)
    article.path = str(p.resolve())  # the library outlives the working directory
    return article, body


def iter_import_files(paths: list[str | Path]) -> tuple[list[Path], list[str]]:
    """Files to import from the given files and folders (folders: recursively,
    sorted, hidden files skipped), and one error line per missing path."""
    files: list[Path] = []
    errors: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(q for q in p.rglob("*")
                           if q.is_file() and q.suffix.lower() in IMPORT_SUFFIXES
                           and not any(part.startswith(".") for part in q.relative_to(p).parts))
            if not found:
                errors.append(f"{p}: no article files in this folder "
                              f"({', '.join(IMPORT_SUFFIXES)})")
            files += found
        elif p.exists():
            files.append(p)
        else:
            errors.append(f"{p}: no such file or folder")
    return files, errors


def import_paths(paths: list[str | Path]) -> ImportResult:
    """Import local files and folders; every failure is one error line."""
    result = ImportResult()
    files, result.errors = iter_import_files(paths)
    for f in files:
        try:
            result.items.append(import_file(f))
        except ImportProblem as e:
            result.errors.append(str(e))
    return result
