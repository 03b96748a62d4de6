"""Remove page junk that scrapers and feeds bring along with an article.

Works on the body as a list of paragraphs (before Markdown is parsed), so the
same rules serve Markdown files, plain text and feed entries:

- ad placeholders: a paragraph that is only "Advertisement", "Reklam
  yükleniyor...", "Story continues below advertisement", ... in any case;
- footers: comment policies, newsletter sign-ups, share/follow prompts,
  copyright lines;
- a leading dateline: an outlet prefix glued to its dash ("ALBAWABA- ") is taken
  out of the body and returned as the source; a place dateline ("LONDON (Reuters) -",
  "KYIV, Ukraine (AP) —", "PARIS — ") is part of the article as printed and stays,
  while the agency in parentheses is returned as the source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_AD_PHRASES = (
    r"advertisement|advertising|ad|ads|sponsored|sponsored content|promoted|paid content"
    r"|reklam|reklam yükleniyor|anzeige|werbung|publicité|publicidad|pubblicità|реклама"
    r"|ad loading|loading ad|advertisement loading|loading advertisement|loading"
    r"|story continues below(?: this)? advertisement|article continues below(?: this)? advertisement"
    r"|continue reading below|scroll to continue(?: with content)?|skip advert(?:isement)?"
)
# The whole paragraph is an ad label, optionally with trailing dots/ellipsis and
# Markdown emphasis or a bullet around it.
_AD_LINE = re.compile(
    rf"^[\s*_>#\-•|\[\]()]*(?:{_AD_PHRASES})[\s.…:!\-*_\[\]()|]*$", re.IGNORECASE
)

_FOOTER = re.compile(
    r"comments? (?:you share|are moderated|policy)|please be respectful|avoid using rude"
    r"|(?:sign|signing) up (?:for|to) (?:our|the) [\w ]*newsletter|subscribe to (?:our|the) [\w ]*newsletter"
    r"|get (?:the latest|our) [\w ]*(?:news|headlines|stories)[\w ]* (?:in|to|delivered)"
    r"|delivered (?:straight )?to your inbox|join (?:the conversation|our whatsapp|our telegram)"
    r"|follow us on (?:twitter|x|facebook|instagram|telegram|google news)"
    r"|share this (?:article|story)|click here to (?:read|subscribe|sign up|download)"
    r"|all rights reserved|©\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4}"
    r"|this (?:article|story) (?:was|has been) (?:automatically )?(?:generated|published) from (?:a|an) (?:agency|syndicated) feed"
    r"|(?:read|see) (?:more|also):\s*$|^related(?: articles| stories| news)?:?\s*$",
    re.IGNORECASE,
)
_FOOTER_MAX_CHARS = 400  # a long paragraph that mentions a newsletter is content

# "ALBAWABA- ", "LONDON (Reuters) - ", "KYIV, Ukraine (AP) — ", "PARIS — "
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.&]+(?:[ \-][A-Z][A-Z'’.&]+){0,3})"
    r"(?:,\s+(?P<region>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}))?"
    r"(?:\s*\((?P<agency>[^()\n]{2,40})\))?"
    r"(?P<sep>\s*[-–—]+\s+|-(?=\S))"
)


@dataclass(frozen=True)
class Cleaned:
    paragraphs: list[str]
    dateline: str | None  # the leading caps label: "ALBAWABA", "KYIV, Ukraine"
    agency: str | None  # the name in parentheses, if any ("Reuters")
    removed: int  # how many junk paragraphs were dropped
    outlet: str | None = None  # an outlet prefix taken off the body ("ALBAWABA")


def is_ad_placeholder(paragraph: str) -> bool:
    return len(paragraph) <= 80 and bool(_AD_LINE.match(paragraph.strip()))


def is_footer(paragraph: str) -> bool:
    p = paragraph.strip()
    return len(p) <= _FOOTER_MAX_CHARS and bool(_FOOTER.search(p))


def is_outlet_prefix(paragraph: str) -> bool:
    """A caps label glued to its dash ("ALBAWABA- ..."): the outlet, not a place."""
    m = _DATELINE.match(paragraph)
    return bool(m) and not m.group("agency") and not m.group("region") and m.group("sep")[:1] in "-–—"


def split_dateline(paragraph: str) -> tuple[str | None, str | None, str]:
    """(dateline, agency, rest) for a paragraph that opens with an ALL-CAPS dateline."""
    m = _DATELINE.match(paragraph)
    if not m:
        return None, None, paragraph
    place = m.group("place")
    rest = paragraph[m.end():]
    # The caps run must be a label, not the first words of an all-caps sentence,
    # and something must follow it.
    if len(place) < 2 or not rest[:1].strip() or rest[:1].islower():
        return None, None, paragraph
    if m.group("sep").strip() == "" :
        return None, None, paragraph
    dateline = place if not m.group("region") else f"{place}, {m.group('region')}"
    return dateline, (m.group("agency") or None), rest


def clean_paragraphs(paragraphs: list[str]) -> Cleaned:
    """Drop ad placeholders and footers; take a leading dateline off the body."""
    kept = [p.strip("\n") for p in paragraphs if p.strip() and not is_ad_placeholder(p) and not is_footer(p)]
    removed = sum(1 for p in paragraphs if p.strip()) - len(kept)
    dateline = agency = outlet = None
    if kept:
        dateline, agency, rest = split_dateline(kept[0])
        if dateline is not None and is_outlet_prefix(kept[0]):
            outlet = dateline
            kept[0] = rest
    return Cleaned(kept, dateline, agency, removed, outlet)
