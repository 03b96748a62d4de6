"""Date mentions resolved to ISO 8601 values (TIMEX3 style, like HeidelTime/SUTime).

``find_dates(text, published)`` finds calendar expressions in news text and
resolves them against the publication date:

===========================  ==========================================
surface                      value (published 2025-10-16, a Thursday)
===========================  ==========================================
Thursday / announced Friday  2025-10-16 / most recent Friday (past tense)
will meet on Friday          2025-10-17 (future tense: the next one)
last Tuesday / next Monday   2025-10-14 / 2025-10-20
October 16, Oct. 16, 16 Oct  2025-10-16 (year by tense, else nearest)
August, in August            2025-08 (most recent unless future tense)
August 2024                  2024-08
October 11–12                2025-10-11/2025-10-12
between 2019 and 2021        2019/2021
2022, in 1998                2022, 1998
the 1990s, the '90s          199 (TIMEX decade); the 1800s: 18
the 19th century             18 (TIMEX century)
today / yesterday / tonight  2025-10-16 / 2025-10-15 / 2025-10-16
this / next / last week      2025-W42 / 2025-W43 / 2025-W41
this weekend                 2025-W42-WE
this / next / last month     2025-10 / 2025-11 / 2025-09
this / next / last year      2025 / 2026 / 2024
two days ago, in three weeks 2025-10-14, 2025-W45 (granularity of the unit)
the third quarter (of 2024)  2025-Q3 (2024-Q3); first half of 2025: 2025-H1
last summer, winter 2024     2025-SU, 2024-WI
Christmas, Thanksgiving      2025-12-25, 2025-11-27 (year by tense)
===========================  ==========================================

Spans: modifiers that change the meaning belong to the mention ("last
Tuesday", "early next year", "mid-October", "late Wednesday", "Wednesday
night", "earlier this week"); prepositions do not ("on Friday" -> "Friday",
"between 2019 and 2021" -> "2019 and 2021").

Tense (for weekdays, months and days without a year, holidays, seasons): the
nearest cue in the clause to the left decides, else the clause to the right,
else the rest of the sentence.  Future cues: will/'ll/would/could/may, set to,
scheduled, due, expected, plans, until, ahead of, and scheduling verbs in the
present (opens, resumes, faces, ...).  Past cues: said/was/were/had, -ed verbs
(not participles after be/been) and common irregular pasts; "was scheduled"
and "since" are past.  Past -> the most recent occurrence (the publication
day itself included), future -> the next one; without a cue a weekday is the
nearest one (ties to the past), a month or date the next one if it is at most
about two months ahead, else the most recent.  A month or date without a year
that follows an explicit year in the same sentence takes that year ("joined
in May 2019 and left in June" -> 2019-06) unless the tense contradicts it.

Vague words (now, recently, soon, currently, a few days ago, the coming
weeks) and durations (two-hour, for three years, a 10-day trip, four-year-old,
fourth year, the past decade, this season) are not tagged; nor are generic
weekdays ("every Tuesday", "a Sunday", "on Sundays") or names ("Good Friday
Agreement", "Theresa May", "The Sunday Times", "the March on Washington").
Without a publication date, relative expressions keep a ``None`` value while
absolute ones still resolve.

Speed: one compiled alternation holds the whole grammar, but it is not run
at every word: cheap anchor scans (month/weekday names, digits, a few unit
words) find the few places where a mention can be, and the grammar is
matched only at the anchor and the prefix words just before it.  Resolution
of the candidates is cheap.  Standard library only.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from tui.model import DateMention

__all__ = ["find_dates"]

# --------------------------------------------------------------------------
# Lexicon
# --------------------------------------------------------------------------

_MONTH_NUM = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAY_NUM = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}
_CENTURY_WORDS = {
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty first": 21,
}
_SEASON_CODE = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

# --------------------------------------------------------------------------
# The candidate grammar: one compiled alternation
# --------------------------------------------------------------------------

_MON_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MON = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?|Jul(?:y|\.)?"
        r"|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
        r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)(?![a-z])")
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9%]|[,.:][0-9])"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})(?![0-9]|[,.][0-9])"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:morning|afternoon|evening|night)"
# a weekday before a calendar date, also abbreviated ("Sat 18 Oct", "Tues., Oct. 14")
_WD_PRE = (r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun"
           r"|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\.?,?\s+)")
_DASH = r"\s*[-\u2010\u2011\u2012\u2013\u2014]\s*"
_TO = rf"(?:{_DASH}|\s+(?:to|through|thru|until|till|and)\s+)"
_NUM = (r"(?:[0-9]{1,3}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty))")
_UNIT = r"(?i:days?|weeks?|months?|years?)"
_SEASON = r"(?i:spring|summer|autumn|fall|winter)"
_ORD = r"(?i:first|second|third|fourth|final|1st|2nd|3rd|4th)"
_APOS = r"['\u2019]"

_FULL = rf"(?:{_MON}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}|{_MON},?\s+{_YEAR})"

_GRAMMAR = rf"""
(?:\b|(?=['\u2019][0-9]0s))(?:
  (?P<frange>
      (?:(?i:from|between)\s+)?{_FULL}(?:{_DASH}|\s+(?:to|through|thru|until|till)\s+){_FULL}
    | (?i:between)\s+{_FULL}\s+and\s+{_FULL}
  )
| (?P<range>
      (?:(?i:from|between)\s+)?{_MON}\s+{_DAY}{_TO}{_MON}\s+{_DAY}(?:,?\s+{_YEAR})?
    | (?:(?i:from|between)\s+)?{_MON}\s+{_DAY}{_TO}{_DAY}(?:,?\s+{_YEAR})?
    | (?:(?i:from|between)\s+)?{_DAY}\s+{_MON}{_TO}{_DAY}\s+{_MON}(?:,?\s+{_YEAR})?
    | (?:(?i:from|between)\s+)?{_DAY}{_TO}{_DAY}\s+{_MON}(?:,?\s+{_YEAR})?
    | (?i:from|between)\s+{_YEAR}\s+(?:to|and|until|till|through)\s+{_YEAR}
  )
| (?P<iso>(?:19|20)[0-9]{{2}}(?P<isosep>[-/.])(?:0[1-9]|1[0-2])(?P=isosep)(?:0[1-9]|[12][0-9]|3[01])(?![0-9]))
| (?P<numeric>[0-9]{{1,2}}/[0-9]{{1,2}}/(?:(?:19|20)[0-9]{{2}}|[0-9]{{2}})(?![0-9]|[/.][0-9])
    | [0-9]{{1,2}}\.[0-9]{{1,2}}\.(?:19|20)[0-9]{{2}}(?![0-9]|[/.][0-9]))
| (?P<yrange>{_YEAR}(?:{_DASH}|/)(?:(?:1[0-9]|20)[0-9]{{2}}|[0-9]{{2}})(?![0-9%]|[,.][0-9])
    | {_YEAR}\s+(?:to|through|until)\s+{_YEAR})
| (?P<mdy>{_WD_PRE}?{_MON}\s+{_DAY}(?:,?\s+{_YEAR})?)
| (?P<dmy>{_WD_PRE}?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?)
| (?P<my>(?:(?i:early|late|mid)(?:-|\s+))?{_MON},?\s+(?:of\s+)?{_YEAR})
| (?P<holiday>Christmas(?:\s+(?:Day|Eve))?|New\s+Year{_APOS}s(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?
    |Halloween|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Black\s+Friday|Cyber\s+Monday|Boxing\s+Day
    |Valentine{_APOS}s\s+Day|(?:the\s+)?Fourth\s+of\s+July|Labou?r\s+Day|Memorial\s+Day)
| (?P<rel>
      (?i:today|yesterday|tomorrow|tonight)(?:\s+{_PART})?
    | (?i:this)\s+(?:morning|afternoon|evening)
    | (?i:last)\s+night
    | (?:(?i:early|late|mid)[\s-]+)?(?i:(?:(?:earlier|later)\s+)?this|next|last)\s+(?i:week|weekend|month|year|decade)
    | (?i:the|this\s+past|this\s+coming|this|last|next)\s+weekend
    | {_NUM}\s+{_UNIT}\s+ago
    | (?i:in)\s+{_NUM}\s+{_UNIT}
  )
| (?P<quarter>
      (?:(?i:the)\s+)?{_ORD}[\s-]quarter(?:\s+(?:of\s+)?(?:{_YEAR}|(?i:this|last|next|the)\s+year))?
    | Q[1-4](?:\s+(?:of\s+)?{_YEAR}|[-\s]?'?[0-9]{{2}}(?![0-9]))?
    | (?i:this|last|next|the\s+current|the\s+previous)\s+quarter
    | (?:(?i:the)\s+)?(?i:first|second)\s+half(?:\s+of\s+(?:{_YEAR}|(?i:this|last|next|the)\s+year))?
    | H[12]\s+{_YEAR}
  )
| (?P<wd>(?:(?i:this\s+past|this\s+coming|last|next|this|early|late)\s+)?{_WD}(?!s\b)(?:\s+{_PART})?)
| (?P<season>
      (?:(?i:this\s+past|last|next|this|early|late|mid)\s+|(?i:mid)-){_SEASON}(?:\s+(?:of\s+)?{_YEAR})?
    | {_SEASON}\s+(?:of\s+)?{_YEAR}
    | (?i:the)\s+(?i:spring|summer|autumn|winter)
  )
| (?P<month>(?:(?i:this\s+past|last|next|this|early|late|mid)\s+|(?i:mid)-)?{_MON_FULL})
| (?P<decade>(?:(?i:early|late|mid)[\s-]+)?(?:(?:1[0-9]|20)[0-9]0|{_APOS}[0-9]0)s)
| (?P<century>(?:(?:1[0-9]|2[0-1]|[1-9])(?:st|nd|rd|th)|(?i:eighteenth|nineteenth|twentieth|twenty[-\s]first))[\s-]century)
| (?P<year>(?:(?i:early|late|mid)(?:-|\s+))?{_YEAR})
)(?![\w])
"""

_CANDIDATES = re.compile(_GRAMMAR, re.VERBOSE)

# --------------------------------------------------------------------------
# Parsing helpers for the pieces of a candidate
# --------------------------------------------------------------------------

_MON_RE = re.compile(_MON)
_DAY_RE = re.compile(r"(?<![0-9])(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])")
_YEAR_RE = re.compile(r"(?<![0-9])(?:1[0-9]{3}|20[0-9]{2})(?![0-9])")
_WD_RE = re.compile(_WD)

_FROM_RE = re.compile(r"(?i:from|between)\s+")

# Tense cues: the nearest one to the left (in the same sentence) decides,
# otherwise the nearest one to the right.
# Tense cues, looked up word by word (much faster than one big regex).
_FUT_WORDS = frozenset(
    "will won't won\u2019t shall would could might must may gonna due scheduled slated planned "
    "plans plan planning expect expects expected upcoming until till next coming postponed "
    "rescheduled opens begins starts resumes faces hosts travels visits arrives expires launches "
    "premieres airs runs tomorrow continues returns reconvenes closes ends meets heads goes "
    "deadline face facing host hosting plays playing visit visiting poised".split()
)
_FUT_BEFORE_TO = frozenset(
    "set due is are was were going aim aims aiming intend intends intending hope hopes hoping "
    "poised prepare prepares preparing".split()
)
_FUT_PAIRS = frozenset((("ahead", "of"), ("kicks", "off"), ("takes", "place"), ("is", "set"),
                        ("are", "set"), ("was", "set"), ("were", "set")))
_PAST_WORDS = frozenset(
    "said says told tells was were did had has have agreed freed met held made took gave came "
    "went saw spoke left won lost began fell rose struck ran wrote got found sent brought "
    "thought kept led paid sold built broke chose drew flew grew knew shot stood threw beat "
    "fought bought caught felt heard meant quit spent hit became".split()
)
_WORD_RE = re.compile(r"[A-Za-z'\u2019]+")
_NOT_PAST = frozenset(
    "hundred sacred naked wicked kindred united limited related detailed advanced "
    "interested concerned sophisticated experienced armed talented crowded supposed "
    "based alleged aged"
    .split()
)
_SENT_END_RE = re.compile(r"[.!?][\"\u201d\u2019')\]]?\s+(?=[\"\u201c'(\[]?[A-Z])|\n")

# Finance context that makes "the third quarter" / "the first half" a date.
_FINANCE_RE = re.compile(
    r"(?i)\b(?:profits?|revenues?|earnings|sales|results|growth|gdp|econom\w*|quarterly|fiscal|"
    r"income|loss(?:es)?|margins?|shares|output|inflation|deliveries|year-on-year|"
    r"year-over-year|forecasts?|guidance|analysts|billion|million|percent|per\s+cent|%|"
    r"investors|dividend|company|firm|bank|unemployment|exports?|imports?)\b"
)
_SPORT_RE = re.compile(
    r"(?i)\b(?:touchdown|goals?|scored?|points|quarterback|penalty|kick|basket|rebounds?|"
    r"match|game|halftime|half-time|minutes?|striker|referee|pitch|inning|lead)\b"
)

# Words after a four-digit number that make it a count, not a year.
_COUNT_AFTER_RE = re.compile(
    r"(?i)\s*(?:-|\u2013)?\s*(?:percent|per\s+cent|people|persons|troops|soldiers|residents|"
    r"votes|voters|jobs|workers|employees|staff|units|copies|miles|km|kilometers|kilometres|"
    r"meters|metres|feet|ft|pounds|lbs|tons|tonnes|kg|dollars|euros|yuan|rupees|cases|deaths|"
    r"homes|houses|acres|hectares|points|students|children|families|patients|members|"
    r"refugees|migrants|prisoners|hostages|civilians|protesters|rounds|missiles|drones|"
    r"hours|hrs|gmt|utc|bst|cet|et|est|edt|pst|local\s+time|calories|mph|kph|words|pages|"
    r"times|cars|vehicles|flights|passengers|barrels|shares|yards|metres|seats|beds|sq|square|of\s+them|of\s+the)\b"
)
_BAD_BEFORE_YEAR = frozenset(
    "no no. nos number flight route room resolution article section page bus highway "
    "interstate model version chapter rule code bill act hr s paragraph clause item "
    "exit gate platform seat suite unit apartment apt box lot order decree law".split()
)
_YEAR_CUE_BEFORE = frozenset(
    "in since of from until till by before after around circa c. year the to through "
    "during between and early late mid".split()
)
# A lone month name needs one of these before it when it is also a common
# word or name ("May", "March").
_MONTH_CUE_BEFORE = frozenset(
    "in since until till by of from through during before after between and or early late "
    "mid last next this the their his her its our my your on to for throughout that every "
    "each until".split()
)
_WD_NOT_BEFORE = frozenset(
    "good bloody man girl casual ash palm holy maundy super cyber "
    "every each a an most some any".split()  # generic: "every Tuesday", "a Sunday"
)
_WD_NOT_AFTER_RE = re.compile(
    r"\s+(?:Times|Telegraph|Mail|Express|Herald|Mirror|Post|Star|Independent|Tribune|Sport|"
    r"Night\s+Football|Night\s+Live|Morning|School|Agreement|Accord|Massacre|prayers|"
    r"Service|Edition|Show|Club)\b"
)
_HOLIDAY_CUE_BEFORE = frozenset(
    "by before after until till at on over for since this last next during around "
    "before through of from ahead".split()
)

_WORD_BEFORE_RE = re.compile(r"([A-Za-z][\w.'\u2019-]*)\s*$")


def _word_before(text: str, s: int) -> str:
    m = _WORD_BEFORE_RE.search(text, max(0, s - 40), s)
    return m.group(1) if m else ""


def _sentence_initial(text: str, s: int) -> bool:
    i = s - 1
    while i >= 0 and text[i] in " \t\"'\u201c\u2018(":
        i -= 1
    return i < 0 or text[i] in ".!?\n:;"


# --------------------------------------------------------------------------
# Calendar arithmetic
# --------------------------------------------------------------------------

def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _ymd(d: date) -> str:
    return d.isoformat()


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _easter(y: int) -> date:
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(y, month, day)


def _nth_weekday(y: int, m: int, wd: int, n: int) -> date:
    """n-th weekday wd of month m (n = -1: the last one)."""
    if n > 0:
        d = date(y, m, 1)
        d += timedelta(days=(wd - d.weekday()) % 7 + 7 * (n - 1))
        return d
    nxt = date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
    return nxt - timedelta(days=(nxt.weekday() - wd) % 7)


_HOLIDAY_FN = {
    "christmas": lambda y: date(y, 12, 25),
    "christmas day": lambda y: date(y, 12, 25),
    "christmas eve": lambda y: date(y, 12, 24),
    "boxing day": lambda y: date(y, 12, 26),
    "new year's eve": lambda y: date(y, 12, 31),
    "new year's day": lambda y: date(y, 1, 1),
    "new year's": lambda y: date(y, 1, 1),
    "halloween": lambda y: date(y, 10, 31),
    "valentine's day": lambda y: date(y, 2, 14),
    "fourth of july": lambda y: date(y, 7, 4),
    "the fourth of july": lambda y: date(y, 7, 4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "black friday": lambda y: _nth_weekday(y, 11, 3, 4) + timedelta(days=1),
    "cyber monday": lambda y: _nth_weekday(y, 11, 3, 4) + timedelta(days=4),
    "easter": _easter,
    "easter sunday": _easter,
    "easter monday": lambda y: _easter(y) + timedelta(days=1),
    "good friday": lambda y: _easter(y) - timedelta(days=2),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "labour day": lambda y: date(y, 5, 1),
    "labour day nz": lambda y: _nth_weekday(y, 10, 0, 4),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
}


# --------------------------------------------------------------------------
# Tense
# --------------------------------------------------------------------------

def _tense(text: str, s: int, e: int) -> str | None:
    """'past', 'future' or None from the verbs nearest to text[s:e]: first the
    clause to the left, then the clause to the right, then the rest of the
    sentence (left, then right)."""
    if _SINCE_RE.search(text, max(0, s - 8), s):
        return "past"
    if _RESCHEDULE_RE.search(text, max(0, s - 45), s):
        return "future"  # "adjourned the case to January 12", "postponed until March"
    if _COPULA_BEFORE_RE.search(text, max(0, s - 24), s):
        return "future"  # "the deadline is Friday", "the final is on Sunday", "the vote is in March"
    lo = max(0, s - 110)
    win = text[lo:e + 110]
    a, b = s - lo, e - lo
    slo = 0
    for m in _SENT_END_RE.finditer(win, 0, a):
        slo = m.end()
    m = _SENT_END_RE.search(win, b)
    shi = m.start() if m else len(win)
    clo = slo
    for m in _CLAUSE_RE.finditer(win, slo, a):
        clo = m.end()
    m = _CLAUSE_RE.search(win, b, shi)
    chi = m.start() if m else shi
    words = _WORD_RE.findall
    return (_cue(words(win, clo, a), True) or _cue(words(win, b, chi), False)
            or _cue(words(win, slo, clo), True) or _cue(words(win, chi, shi), False))


def _cue(words: list[str], last: bool) -> str | None:
    """The tense of the last (or first) cue among words."""
    n = len(words)
    if not n:
        return None
    found = None
    prev = ""
    for i in range(n):
        raw = words[i]
        w = raw.lower()
        k = None
        if w in _FUT_WORDS or w.endswith(("'ll", "\u2019ll")):
            if raw == "May":
                pass  # the month
            elif w[:3] in _PLAN_PREFIXES and (prev in ("was", "were", "been") or (
                    prev.endswith("ly") and i >= 2 and words[i - 2].lower() in ("was", "were", "been"))):
                k = "past"  # "was originally scheduled for March (but was pushed back)"
            else:
                k = "future"
        elif w == "to" and prev in _FUT_BEFORE_TO:
            k = "future"
        elif (prev, w) in _FUT_PAIRS:
            k = "future"
        elif w in _PAST_WORDS:
            if w in _FINITE_PAST or prev not in _PASSIVE_BEFORE:
                k = "past"
            # "to" after "was": "was to meet" is a future in the past
            if w in ("was", "were") and i + 1 < n and words[i + 1].lower() in ("to", "set"):
                k = None
        elif (len(w) >= 5 and w.endswith("ed") and w[-3] != "e" and w not in _NOT_PAST
              and prev not in _PASSIVE_BEFORE):
            k = "past"  # an -ed verb; not a participle after be/been ("would be balloted")
        prev = w
        if k is None:
            continue
        if not last:
            return k
        found = k
    return found


_PASSIVE_BEFORE = frozenset("be been being is are get gets getting".split())
_PLAN_PREFIXES = frozenset(("sch", "pla", "exp", "due", "sla"))
_RESCHEDULE_RE = re.compile(
    r"(?i)\b(?:adjourn|postpon|delay|defer|moved|push|put\s+back|reschedul|brought\s+forward|"
    r"extend|remand|bail)\w*\b[^.;!?]{0,30}\b(?:to|until|till)\s+$"
)
_COPULA_BEFORE_RE = re.compile(r"\b(?:is|are)\s+(?:(?:on|in|due|for|(?:set|scheduled|slated|planned)\s+for)\s+)?$")
_SINCE_RE = re.compile(r"\b[Ss]ince\s+$")
_FINITE_PAST = frozenset("said says told tells was were did had has have".split())
_CLAUSE_RE = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\b(?:but|while|whereas|although|though|after|when)\b")


_NEAR_DAYS = 14


def _pick_date(pub: date, fn, tense: str | None, window: int = 62) -> date | None:
    """The occurrence of a yearly date (fn: year -> date) that fits the tense."""
    cands = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cands.append(fn(y))
        except ValueError:
            pass
    past = [c for c in cands if c <= pub]
    fut = [c for c in cands if c >= pub]
    p = past[-1] if past else None
    f = fut[0] if fut else None
    # A date a few days away is that one, whatever the tense says: news does
    # not mean "12 October" of next year five days after this one.
    if tense == "past" and f is not None and (f - pub).days <= _NEAR_DAYS and (p is None or (pub - p).days > 300):
        return f
    if tense == "future" and p is not None and (pub - p).days <= _NEAR_DAYS and (f is None or (f - pub).days > 300):
        return p
    if tense == "past":
        return p or f
    if tense == "future":
        return f or p
    if f is not None and (f - pub).days <= window:
        return f
    return p or f


def _pick_month(pub: date, month: int, tense: str | None) -> tuple[int, int]:
    cur = pub.year * 12 + pub.month - 1
    back = cur - ((pub.month - month) % 12)
    fwd = cur + ((month - pub.month) % 12)
    if tense == "past":
        i = back
    elif tense == "future":
        i = fwd
    else:
        i = fwd if fwd - cur <= 2 else back
    return i // 12, i % 12 + 1


# --------------------------------------------------------------------------
# Resolvers: (text, match start, match end, pub) -> (start, end, value) or None
# --------------------------------------------------------------------------

def _month_of(s: str) -> int:
    return _MONTH_NUM[s[:3].lower()]


def _md_value(pub: date | None, month: int, day: int, year: int | None,
              text: str, s: int, e: int) -> str | None:
    if year is not None:
        d = _safe_date(year, month, day)
        return _ymd(d) if d else None
    if pub is None or _safe_date(2000, month, day) is None:
        return None
    d = _pick_date(pub, lambda y: date(y, month, day), _tense(text, s, e))
    return _ymd(d) if d else None


def _r_range(text, s, e, pub):
    m = _FROM_RE.match(text, s)
    if m:
        s = m.end()
    span = text[s:e]
    years = [int(y.group()) for y in _YEAR_RE.finditer(span)]
    months = [_month_of(x.group()) for x in _MON_RE.finditer(span)]
    if not months:  # from 2019 to 2021
        if len(years) == 2 and years[0] < years[1]:
            return s, e, f"{years[0]}/{years[1]}"
        return s, e, None
    # Days: the numbers that are not the year.
    rest = _YEAR_RE.sub(" ", span)
    rest = _MON_RE.sub(" ", rest)
    days = [int(x.group()) for x in _DAY_RE.finditer(rest)]
    if len(days) != 2:
        return s, e, None
    m1, m2 = (months[0], months[-1])
    d1, d2 = days
    year = years[0] if years else None
    if len(months) == 1 and d2 <= d1:
        return None  # "October 12-11": not a range; leave it
    if year is None:
        if pub is None:
            return s, e, None
        tense = _tense(text, s, e)
        first = _pick_date(pub, lambda y: date(y, m1, d1), tense)
        if first is None:
            return s, e, None
        y1 = first.year
    else:
        y1 = year if m2 >= m1 else year - 1
    a = _safe_date(y1, m1, d1)
    b = _safe_date(y1 + (m2 < m1), m2, d2)
    if a is None or b is None or b < a:
        return s, e, None
    return s, e, f"{_ymd(a)}/{_ymd(b)}"


_FRANGE_SPLIT_RE = re.compile(r"\s*[-\u2010-\u2014]\s*|\s+(?:to|through|thru|until|till|and)\s+")


def _full_value(part: str) -> str | None:
    mm = _MON_RE.search(part)
    ym = _YEAR_RE.search(part)
    if not mm or not ym:
        return None
    month, year = _month_of(mm.group()), int(ym.group())
    rest = part.replace(mm.group(), " ").replace(ym.group(), " ")
    dm = _DAY_RE.search(rest)
    if dm is None:
        return f"{year}-{month:02d}"
    d = _safe_date(year, month, int(dm.group()))
    return _ymd(d) if d else None


def _r_frange(text, s, e, pub):
    m = _FROM_RE.match(text, s)
    if m:
        s = m.end()
    span = text[s:e]
    # split at the connector that follows the first year
    ym = _YEAR_RE.search(span)
    cm = _FRANGE_SPLIT_RE.search(span, ym.end())
    a, b = _full_value(span[:cm.start()]), _full_value(span[cm.end():])
    if a is None or b is None or b < a:
        return s, e, None
    return s, e, f"{a}/{b}"


def _r_iso(text, s, e, pub):
    y, m, d = int(text[s:s + 4]), int(text[s + 5:s + 7]), int(text[s + 8:s + 10])
    dd = _safe_date(y, m, d)
    return s, e, _ymd(dd) if dd else None


def _r_numeric(text, s, e, pub):
    span = text[s:e]
    a, b, y = re.split(r"[/.]", span)
    a_, b_, yy = int(a), int(b), int(y)
    if len(y) == 2:
        yy += 2000 if yy <= (pub.year % 100 + 1 if pub else 30) else 1900
    if "." in span and "/" in span:
        return None
    if a_ > 12 and b_ <= 12:
        d = _safe_date(yy, b_, a_)
    elif b_ > 12 and a_ <= 12:
        d = _safe_date(yy, a_, b_)
    elif a_ == b_:
        d = _safe_date(yy, a_, b_)
    else:
        d = None  # 03/04/2025: ambiguous between the US and European order
        if not (1 <= a_ <= 12 and 1 <= b_ <= 12):
            return None
        return s, e, None
    if d is None:
        return None
    return s, e, _ymd(d)


def _r_yrange(text, s, e, pub):
    span = text[s:e]
    y1 = int(span[:4])
    m = re.search(r"([0-9]+)\s*$", span)
    tail = m.group(1)
    if len(tail) == 4:
        y2 = int(tail)
        if y2 <= y1 or y2 - y1 > 200:
            return None
        if not _year_ok(text, s, s + 4):
            return None
        return s, e, f"{y1}/{y2}"
    t = int(tail)
    if t == (y1 + 1) % 100:
        return s, e, f"{y1}/{y1 + 1}"
    if "/" not in span and 1 <= t <= 12 and "-" in span:
        return s, e, f"{y1}-{t:02d}"  # 2025-10: an ISO month
    return None


def _r_mdy(text, s, e, pub):
    span = text[s:e]
    mm = _MON_RE.search(span)
    month = _month_of(mm.group())
    after = span[mm.end():]
    dm = _DAY_RE.search(after)
    day = int(dm.group())
    ym = _YEAR_RE.search(after, dm.end())
    year = int(ym.group()) if ym else None
    if mm.group() == "May" and mm.start() == 0 and _word_before(text, s) in ("Theresa", "Brian"):
        return None
    return s, e, _md_value(pub, month, day, year, text, s, e)


def _r_dmy(text, s, e, pub):
    span = text[s:e]
    mm = _MON_RE.search(span)
    month = _month_of(mm.group())
    before = span[:mm.start()]
    dm = None
    for dm in _DAY_RE.finditer(before):
        pass
    day = int(dm.group())
    ym = _YEAR_RE.search(span, mm.end())
    year = int(ym.group()) if ym else None
    if span.startswith("the "):
        s += 4
    return s, e, _md_value(pub, month, day, year, text, s, e)


def _r_my(text, s, e, pub):
    span = text[s:e]
    mm = _MON_RE.search(span)
    ym = _YEAR_RE.search(span, mm.end())
    return s, e, f"{int(ym.group())}-{_month_of(mm.group()):02d}"


_NZ_RE = re.compile(r"New Zealand|Auckland|Wellington|Christchurch|\bNZ\b")
_CANADA_RE = re.compile(r"Canada|Canadian|Ontario|Toronto|Quebec|Montreal|Vancouver|Alberta")


def _labour_day_key(text: str) -> str:
    """Labour Day is May 1 in most countries, but not in New Zealand or Canada."""
    if _NZ_RE.search(text):
        return "labour day nz"
    if _CANADA_RE.search(text):
        return "labor day"
    return "labour day"


def _r_holiday(text, s, e, pub):
    span = text[s:e]
    key = span.lower().replace("\u2019", "'")
    key = re.sub(r"\s+", " ", key)
    if key == "good friday" and re.match(r"\s+(?:Agreement|Accord|agreement|accord)", text[e:e + 12]):
        return None
    if re.match(r"\s+(?:Island|Islands|Tree|Trees|Carol|Carols|Card|Cards|Market|Markets)\b", text[e:e + 9]):
        return None  # Christmas Island, Easter Island, a Christmas Carol
    if key in ("christmas", "easter", "thanksgiving", "halloween", "new year's"):
        # bare names need a preposition ("over Christmas"); "Christmas tree" is not a date
        if _word_before(text, s).lower() not in _HOLIDAY_CUE_BEFORE:
            return None
    if key == "labour day":
        key = _labour_day_key(text)
    fn = _HOLIDAY_FN.get(key)
    if fn is None or pub is None:
        return s, e, None
    # a holiday within six weeks of publication is that one, whatever the tense
    near = [d for d in (fn(pub.year - 1), fn(pub.year), fn(pub.year + 1)) if abs((d - pub).days) <= 45]
    if near:
        return s, e, _ymd(near[0])
    d = _pick_date(pub, fn, _tense(text, s, e), window=75)
    return s, e, _ymd(d) if d else None


def _unit_value(pub: date, unit: str, n: int) -> str:
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return _ymd(pub + timedelta(days=n))
    if unit == "week":
        return _iso_week(pub + timedelta(days=7 * n))
    if unit == "month":
        y, m = _add_months(pub.year, pub.month, n)
        return f"{y}-{m:02d}"
    return str(pub.year + n)


_FUTURE_WORDS_RE = re.compile(
    r"(?i)\b(?:will|'ll|\u2019ll|would|could|might|shall|expected|expects|set\s+to|due|"
    r"scheduled|plans?|planned|going\s+to|is\s+to|are\s+to)\b"
)


def _r_rel(text, s, e, pub):
    span = text[s:e]
    low = re.sub(r"\s+", " ", span.lower())
    words = low.split(" ")
    if words[0] in ("early", "late", "mid") or words[0].startswith("mid-"):
        words = low.replace("-", " ").split(" ")[1:]
    head = words[0]
    if head == "today" and _word_before(text, s) == "USA":
        return None
    if head in ("today", "yesterday", "tomorrow", "tonight"):
        if pub is None:
            return s, e, None
        k = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[head]
        return s, e, _ymd(pub + timedelta(days=k))
    if low in ("this morning", "this afternoon", "this evening"):
        return s, e, _ymd(pub) if pub else None
    if low == "last night":
        return s, e, _ymd(pub - timedelta(days=1)) if pub else None
    if words[-1] == "ago":
        n = int(words[0]) if words[0].isdigit() else _NUMBER_WORDS.get(words[0])
        if not n:
            return None
        return s, e, _unit_value(pub, words[1], -n) if pub else None
    if head == "in":
        n = int(words[1]) if words[1].isdigit() else _NUMBER_WORDS.get(words[1])
        if not n:
            return None
        # "in three weeks" is a date only when it points ahead ("will ... in three weeks");
        # "rose 5% in three weeks" is a duration.
        if re.match(r"\s+(?:of|time|ago|old|running|straight|before|after)\b", text[e:e + 12]):
            return None
        lo = max(0, s - 100)
        left = text[lo:s]
        cut = 0
        for m in _SENT_END_RE.finditer(left):
            cut = m.end()
        if not _FUTURE_WORDS_RE.search(left, cut):
            return None
        return s, e, _unit_value(pub, words[2], n) if pub else None
    unit = words[-1]
    if unit == "weekend":
        if pub is None:
            return s, e, None
        mod = words[0]
        wd = pub.weekday()
        this_sat = pub + timedelta(days=5 - wd)  # Saturday of the publication's ISO week
        if mod == "the":
            tense = _tense(text, s, e)
            if tense is None:
                tense = "past" if wd <= 2 else "future"
            if tense == "past" and wd < 5:
                this_sat -= timedelta(days=7)
        elif mod == "last" or low.startswith("this past"):
            if wd < 5 or mod == "last" and wd >= 5:
                this_sat -= timedelta(days=7)
        elif mod == "next":
            this_sat += timedelta(days=7)
        return s, e, _iso_week(this_sat) + "-WE"
    if pub is None:
        return s, e, None
    k = {"this": 0, "next": 1, "last": -1}.get(words[-2], 0)
    if unit == "week":
        return s, e, _iso_week(pub + timedelta(days=7 * k))
    if unit == "month":
        y, m = _add_months(pub.year, pub.month, k)
        return s, e, f"{y}-{m:02d}"
    if unit == "year":
        return s, e, str(pub.year + k)
    if unit == "decade":
        return s, e, str(pub.year // 10 + k)
    return s, e, None


def _finance_context(text: str, s: int, e: int) -> bool:
    lo, hi = max(0, s - 200), min(len(text), e + 200)
    fin = len(_FINANCE_RE.findall(text, lo, hi))
    sport = len(_SPORT_RE.findall(text, lo, hi))
    return fin > sport


def _r_quarter(text, s, e, pub):
    span = text[s:e]
    if span[:4].lower() == "the ":
        s += 4
        span = span[4:]
    low = re.sub(r"\s+", " ", span.lower())
    ym = _YEAR_RE.search(span)
    year = int(ym.group()) if ym else None
    qm = re.match(r"q([1-4])(?:\s+(?:of\s+)?([0-9]{4})|[-\s]?'?([0-9]{2}))?$", low)
    yr_rel = re.search(r"(this|last|next|the) year$", low)
    explicit = year is not None or yr_rel is not None or qm is not None
    if not explicit and not _finance_context(text, s, e):
        return None
    if yr_rel and pub:
        year = pub.year + {"this": 0, "the": 0, "last": -1, "next": 1}[yr_rel.group(1)]
    if "half" in low or low.startswith("h"):
        h = 1 if ("first" in low or low.startswith("h1")) else 2
        if year is None and pub is not None:
            year = pub.year
            if h == 2 and pub.month <= 6 and _tense(text, s, e) == "past":
                year -= 1
        return s, e, f"{year}-H{h}" if year else None
    if qm:
        q = int(qm.group(1))
        if qm.group(3):
            year = 2000 + int(qm.group(3))
    else:
        om = re.match(r"(first|second|third|fourth|final|1st|2nd|3rd|4th)", low)
        if om:
            q = _ORDINALS[om.group(1)]
        else:  # this / last / next / the current / the previous quarter
            if pub is None:
                return s, e, None
            cur = (pub.month - 1) // 3
            k = 1 if low.startswith("next") else -1 if low.startswith(("last", "previous", "the previous")) else 0
            i = pub.year * 4 + cur + k
            return s, e, f"{i // 4}-Q{i % 4 + 1}"
    if year is None:
        if pub is None:
            return s, e, None
        year = pub.year
        # a quarter that has not started yet is last year's, unless the text looks ahead
        if (q - 1) * 3 + 1 > pub.month and _tense(text, s, e) != "future":
            year -= 1
    return s, e, f"{year}-Q{q}"


def _r_wd(text, s, e, pub):
    span = text[s:e]
    wm = _WD_RE.search(span)
    wd_name = wm.group()
    before = span[:wm.start()].strip().lower()
    if not before:
        prev = _word_before(text, s).lower()
        if prev in _WD_NOT_BEFORE:
            return None
    if _WD_NOT_AFTER_RE.match(text, s + wm.end()):
        return None
    if wd_name == "Sunday" and text[max(0, s - 8):s] == "Mail on ":
        return None  # the newspaper
    if re.match(r"[-\u2013][A-Z]", text[e:e + 2]):
        return None  # "Friday-Saturday" style compounds of names
    if pub is None:
        return s, e, None
    wd = _WEEKDAY_NUM[wd_name.lower()]
    pw = pub.weekday()
    back = (pw - wd) % 7
    fwd = (wd - pw) % 7
    if before == "last":
        d = pub - timedelta(days=back or 7)
    elif before == "next":
        d = pub + timedelta(days=fwd or 7)
    elif before.startswith("this past"):
        d = pub - timedelta(days=back or 7)
    elif before.startswith("this coming"):
        d = pub + timedelta(days=fwd or 7)
    else:
        tense = _tense(text, s, e)
        if tense == "past":
            d = pub - timedelta(days=back)
        elif tense == "future":
            d = pub + timedelta(days=fwd)
        elif before == "this":
            d = pub + timedelta(days=wd - pw)
        else:
            d = pub - timedelta(days=back) if back <= fwd else pub + timedelta(days=fwd)
    return s, e, _ymd(d)


def _season_value(pub: date, code: str, mod: str, tense: str | None) -> str:
    # season-year index: the winter of year Y runs Dec Y .. Feb Y+1
    y = pub.year if pub.month >= 3 else pub.year - 1
    order = ["SP", "SU", "FA", "WI"]
    cur_i = y * 4 + (0 if pub.month < 3 else (pub.month - 3) // 3)  # SP=0..WI=3
    if pub.month < 3:
        cur_i = (pub.year - 1) * 4 + 3
    tgt = order.index(code)
    base = (cur_i // 4) * 4 + tgt
    if mod == "this":
        i = base
    elif mod in ("last", "this past"):
        i = base if base < cur_i else base - 4
    elif mod == "next":
        i = base if base > cur_i else base + 4
    else:
        if tense == "future":
            i = base if base >= cur_i else base + 4
        elif tense == "past":
            i = base if base <= cur_i else base - 4
        else:
            i = base
    return f"{i // 4}-{order[i % 4]}"


def _r_season(text, s, e, pub):
    span = text[s:e]
    low = re.sub(r"\s+", " ", span.lower())
    sm = re.search(r"spring|summer|autumn|fall|winter", low)
    code = _SEASON_CODE[sm.group()]
    after = text[e:e + 6]
    if sm.group() == "fall" and re.match(r"\s+of\b", after):
        return None
    ym = _YEAR_RE.search(span)
    if low.startswith("the "):
        if _word_before(text, s).lower() not in ("in", "during", "over", "since", "until",
                                                  "by", "through", "throughout", "for", "before",
                                                  "after", "till"):
            return None
        if re.match(r"\s+of\b", after):
            return None
        s += 4
        low = low[4:]
    if ym:
        return s, e, f"{int(ym.group())}-{code}"
    if pub is None:
        return s, e, None
    sm = re.search(r"spring|summer|autumn|fall|winter", low)
    mod = low[:sm.start()].strip(" -")
    if mod in ("early", "late", "mid"):
        mod = ""
    return s, e, _season_value(pub, code, mod, _tense(text, s, e))


def _r_month(text, s, e, pub):
    span = text[s:e]
    mm = _MON_RE.search(span)
    name = mm.group()
    mod = span[:mm.start()].strip(" -").lower()
    if not mod:
        prev = _word_before(text, s)
        prevl = prev.lower()
        cue = prevl in _MONTH_CUE_BEFORE
        if name in ("May", "March"):
            if not cue:
                return None
            if name == "March" and re.match(r"\s+(?:on|against|to|for|from|through|in|of)\b", text[e:e + 10]) \
                    and prevl in ("the", "a", "this", "that", "their", "his", "her", "its", "our"):
                return None
            if name == "May" and re.match(r"\s+(?:be|have|not|I|we|you|he|she|it|they|also|well)\b", text[e:e + 7]):
                return None
        elif not cue:
            if prev and prev[0].isupper() and not prev.endswith(("'s", "\u2019s")):
                return None  # "Theresa May", "Ruth August"
            if re.match(r"\s+[A-Z][a-z]", text[e:e + 3]):
                return None  # "August Wilson said", "reporter April Ryan"
    if pub is None:
        return s, e, None
    month = _month_of(name)
    if mod in ("last", "this past"):
        y, m = _add_months(pub.year, pub.month, -((pub.month - month) % 12 or 12))
    elif mod == "next":
        y, m = _add_months(pub.year, pub.month, (month - pub.month) % 12 or 12)
    elif mod == "this":
        y, m = pub.year, month
    else:
        y, m = _pick_month(pub, month, _tense(text, s, e))
    return s, e, f"{y}-{m:02d}"


def _r_decade(text, s, e, pub):
    span = text[s:e]
    m = re.search(r"([0-9]{2,4})s$", span)
    digits = m.group(1)
    if len(digits) == 4:
        if digits.endswith("00") and digits < "2000":
            return s, e, digits[:2]  # "the 1800s": the nineteenth century
        return s, e, digits[:3]
    d = int(digits[0])
    return s, e, ("20" if d <= 1 else "19") + str(d)


def _r_century(text, s, e, pub):
    low = text[s:e].lower()
    m = re.match(r"([0-9]+)", low)
    if m:
        n = int(m.group(1))
    else:
        n = next((v for k, v in _CENTURY_WORDS.items() if low.startswith(k)), 0)
    if not 1 <= n <= 21:
        return None
    return s, e, f"{n - 1:02d}"


def _year_ok(text: str, s: int, e: int) -> bool:
    if s > 0:
        c = text[s - 1]
        if c in "$\u00a3\u20ac\u00a5#@/\\":
            return False
        if c in ".,:-\u2013" and s > 1 and text[s - 2].isdigit():
            return False
    nxt = text[e:e + 2]
    if nxt[:1] == "-" and nxt[1:2].isalpha():
        return False  # "a 2000-word essay", "1500-strong"
    if nxt[:1] in ("%", "/") or (nxt[:1] in ".," and nxt[1:2].isdigit()):
        return False
    if _COUNT_AFTER_RE.match(text, e):
        return False
    prev = _word_before(text, s).lower()
    if prev in _BAD_BEFORE_YEAR:
        return False
    if int(text[s:s + 4]) < 1800 and prev not in _YEAR_CUE_BEFORE:
        return False
    return True


def _r_year(text, s, e, pub):
    ys = e - 4
    if not _year_ok(text, ys, e):
        return None
    return s, e, text[ys:e]


_RESOLVERS = {
    "frange": _r_frange, "range": _r_range, "iso": _r_iso, "numeric": _r_numeric, "yrange": _r_yrange,
    "mdy": _r_mdy, "dmy": _r_dmy, "my": _r_my, "holiday": _r_holiday, "rel": _r_rel,
    "quarter": _r_quarter, "wd": _r_wd, "season": _r_season, "month": _r_month,
    "decade": _r_decade, "century": _r_century, "year": _r_year,
}


def _parse_published(published) -> date | None:
    if isinstance(published, date):
        return date(published.year, published.month, published.day)
    if not published or not isinstance(published, str):
        return None
    m = re.match(r"\s*([0-9]{4})-([0-9]{2})-([0-9]{2})", published)
    if not m:
        return None
    return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


# Every alternative of the grammar contains one of these anchors.  Scanning
# for anchors is several times faster than trying the whole grammar at every
# word; the grammar then runs only at the few words just before an anchor.
_ANCHOR_WORDS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|christmas|new\s+year|thanksgiving|halloween|easter|boxing|valentine|labou?r|memorial|"
    r"q[1-4](?:'?[0-9]{2})?|h[12]|to(?:day|morrow|night)|yesterday|ago|weekend|decade|quarter|century|spring|"
    r"summer|autumn|winter|fall|(?:this|next|last)\s+(?:week|month|year|morning|afternoon|evening|"
    r"night)|(?:first|second)\s+half|in(?=\s+\w+\s+(?:days?|weeks?|months?|years?)\b)"
)
# run on text.lower() (case-sensitive alternations are much faster in `re`)
_ANCHOR_RE = re.compile(rf"\b(?:{_ANCHOR_WORDS})\b")
# the fallback when lower() changes the length of the text (rare Unicode)
_ANCHOR_CI_RE = re.compile(rf"(?i)\b(?:{_ANCHOR_WORDS})\b")
# a digit run, not the tail of a number ("2,022"); the digit test comes first (fast in `re`)
_DIGITS_RE = re.compile(r"[0-9](?<![0-9][0-9])[0-9]*")  # every digit run (the reference scan agrees)
# The words a mention may start with when its anchor comes later in it
# ("the third quarter", "two days ago", "between 2019 and 2021", "Sat 18 Oct").
_PREFIX = (
    r"from|between|the|this|last|next|earlier|later|early|late|mid|past|coming|a|an|"
    r"first|second|third|fourth|final|1st|2nd|3rd|4th|good|black|cyber|"
    r"mon|tues?|wed|thu|thur|thurs|fri|sat|sun|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
)
_PREFIX_RE = re.compile(rf"\b(?:{_PREFIX})\b")  # on lower-cased text
_PREFIX_CI_RE = re.compile(rf"(?i)\b(?:{_PREFIX})\b")
_LOOKBACK_CHARS = 30  # how far before an anchor such a prefix may start


def _resolve(kind: str, text: str, s: int, e: int, pub: date | None):
    try:
        return _RESOLVERS[kind](text, s, e, pub)
    except (ValueError, KeyError, AttributeError, IndexError, OverflowError, TypeError):
        return None


_NARRATIVE_GAP_RE = re.compile(r"[.!?][\"\u201d\u2019')\]]?\s|\n|[;:()\u2013\u2014]|\b(?i:this|next|last)\s+year\b")
_BOUND_BEFORE_RE = re.compile(r"(?i)\b(?:since|until|till|before|after|from|by)\s+$")
_EXPLICIT_YEAR_KINDS = frozenset(("year", "my", "mdy", "dmy", "iso", "numeric"))


def _finish(text: str, items: list, pub: date | None) -> list[DateMention]:
    """Narrative anchoring, then the mentions.  A month or day without a year
    that follows a date with an explicit year in the same sentence takes that
    year ("She joined in May 2019 and left in June" -> 2019-06), unless the
    tense says otherwise ("opened in 2019 and will close in June")."""
    out: list[DateMention] = []
    prev_year: int | None = None
    prev_end = -1
    prev_bounded = False
    for s, e, value, kind in items:
        anchored = False
        if (kind in ("month", "mdy", "dmy") and value is not None and prev_year is not None
                and e - prev_end < 200 and _YEAR_RE.search(text, s, e) is None
                and not _NARRATIVE_GAP_RE.search(text, prev_end, s)
                and not prev_bounded
                and not re.match(r"(?i)(?:last|next|this)\b", text[s:e])):
            tense = _tense(text, s, e)
            y0 = pub.year if pub else prev_year
            if not ((prev_year < y0 and tense == "future") or (prev_year > y0 and tense == "past")):
                nv = f"{prev_year:04d}{value[4:]}"
                if len(nv) < 10 or _safe_date(prev_year, int(nv[5:7]), int(nv[8:10])):
                    value = nv
                    anchored = True
        if anchored or (kind in _EXPLICIT_YEAR_KINDS and value is not None and value[:4].isdigit()
                        and len(value) >= 4 and _YEAR_RE.search(text, s, e)):
            prev_year = int(value[:4])
            prev_end = e
            # "the first since 1984, began on Oct. 1": a bounding year anchors nothing
            prev_bounded = anchored is False and bool(_BOUND_BEFORE_RE.search(text, max(0, s - 8), s))
        elif kind not in ("wd",):
            prev_year = None
        out.append(DateMention(s, e, text[s:e], value))
    return out


def find_dates(text: str, published: str | None) -> list[DateMention]:
    """Date mentions in ``text``, sorted and non-overlapping, with ISO values.

    ``published`` (ISO date) anchors relative expressions; ``None`` leaves them
    unresolved (value ``None``) while absolute dates still resolve.
    """
    if not text or not isinstance(text, str):
        return []
    pub = _parse_published(published)
    out: list = []
    last_end = 0
    match = _CANDIDATES.match
    low = text.lower()
    if len(low) == len(text):
        anchors = [m.start() for m in _ANCHOR_RE.finditer(low)]
        prefix_iter, ptext = _PREFIX_RE.finditer, low
    else:
        anchors = [m.start() for m in _ANCHOR_CI_RE.finditer(text)]
        prefix_iter, ptext = _PREFIX_CI_RE.finditer, text
    digits = [m.start() for m in _DIGITS_RE.finditer(text)]
    if digits:
        anchors += digits
        anchors.sort()
    for a in anchors:
        if a < last_end:
            continue
        # Where a mention covering this anchor may start: a prefix word just
        # before it, or the anchor itself (other words before it were anchors
        # themselves and have been tried).
        starts = [m.start() for m in prefix_iter(ptext, max(last_end, a - _LOOKBACK_CHARS), a)]
        if a > last_end and text[a - 1] in "'\u2019":  # '90s
            starts.append(a - 1)
        else:
            starts.append(a)
        for st in starts:
            m = match(text, st)
            if m is None or m.end() <= a:
                continue
            r = _resolve(m.lastgroup, text, st, m.end(), pub)
            if r is None:
                continue
            s, e, value = r
            if s < last_end or e <= s:
                continue
            out.append((s, e, value, m.lastgroup))
            last_end = e
            break
    return _finish(text, out, pub)


def _find_dates_reference(text: str, published: str | None) -> list[DateMention]:
    """The same tagger as a plain scan of the grammar at every position (slow;
    the tests check that :func:`find_dates` agrees with it)."""
    if not text:
        return []
    pub = _parse_published(published)
    out: list = []
    last_end = 0
    pos = 0
    n = len(text)
    while pos < n:
        m = _CANDIDATES.search(text, pos)
        if m is None:
            break
        r = _resolve(m.lastgroup, text, m.start(), m.end(), pub)
        if r is not None and r[0] >= last_end and r[1] > r[0]:
            s, e, value = r
            out.append((s, e, value, m.lastgroup))
            last_end = e
            pos = e
        else:
            pos = m.start() + 1
    return _finish(text, out, pub)
