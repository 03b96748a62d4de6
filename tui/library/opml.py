"""OPML import and export of feed subscriptions.

The OPML file is parsed with defusedxml: DTDs with entity declarations and
external entities are refused (no entity-expansion bombs, no file reads).
"""
from __future__ import annotations

import datetime as _dt
from typing import Iterable, Optional
from xml.etree import ElementTree as ET

import defusedxml
import defusedxml.ElementTree as SafeET


class OPMLError(Exception):
    """An OPML file that cannot be used; one line for the user (without the file name)."""


def parse_opml(data: bytes | str) -> list[tuple[str, Optional[str]]]:
    """``(feed url, title)`` for every outline with an ``xmlUrl``, in document
    order (folders are walked), without duplicates."""
    try:
        root = SafeET.fromstring(data)
    except defusedxml.DefusedXmlException as e:
        raise OPMLError(f"refused: the file declares XML entities or a DTD ({type(e).__name__})") from None
    except ET.ParseError as e:
        raise OPMLError(f"not valid XML ({e})") from None
    if root.tag.lower() != "opml":
        raise OPMLError(f"not an OPML file (the root element is <{root.tag}>, not <opml>)")
    out: list[tuple[str, Optional[str]]] = []
    seen: set[str] = set()
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag.lower() != "outline":
            continue
        attrs = {k.lower(): v for k, v in el.attrib.items()}
        url = (attrs.get("xmlurl") or "").strip()
        if not url or url in seen:
            continue
        seen.add(url)
        title = (attrs.get("title") or attrs.get("text") or "").strip() or None
        out.append((url, title))
    return out


def export_opml(feeds: Iterable[tuple[str, Optional[str]]], title: str = "newsreader feeds") -> str:
    """An OPML 2.0 document (text) for ``(url, title)`` pairs."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = _dt.datetime.now(_dt.timezone.utc).strftime(
        "%a, %d %b %Y %H:%M:%S GMT")
    body = ET.SubElement(root, "body")
    for url, name in feeds:
        ET.SubElement(body, "outline", type="rss", text=name or url, title=name or url, xmlUrl=url)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
