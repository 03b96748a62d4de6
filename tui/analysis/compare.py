"""Where articles about one story disagree.

``compare(docs)`` takes the articles of ONE story, each with its
:class:`~tui.model.Analysis`, and returns ``(disagreements, coverage)`` over every
pair of articles.  Each article is prepared once (:func:`prepare`): sentence split,
tokens with folded forms and light stems, content-word sets per sentence, figures,
people and their titles, negations.  Then, per pair:

* **alignment** - sentences are matched by a weighted Dice overlap of content
  stems (idf over the story's sentences, names weigh more), found through an
  inverted index, never all-pairs fuzzy matching;
* **quote** - quotes with the same (or an unknown) speaker and shared words are
  diffed word by word (difflib over word lists); a changed, added or dropped word
  is a flag (a function word alone only weakly), a verbatim sub-part, an ellipsis
  or a bracketed insertion is not; short quotes count only inside aligned sentences;
* **number** - figures are normalised (digits, "four", "1.2bn", "£612m", "5%" /
  "5 per cent", scores "3-1" and votes "52-48") with what they count (the unit noun,
  "crowd of", "58 of the 150 seats", an event class such as killed / injured /
  displaced) and their hedges ("more than 400" is consistent with "some 400");
  figures that agree settle each other first, then a differing pair is flagged
  when it is tied by aligned sentences and context, or is the one figure of its
  kind in each article, or the one left in two sentences that agree elsewhere;
* **date** - ``DateMention`` values (intervals: day, week, month, year, ranges) in
  aligned sentences, or governed by the same event word ("broke out on Monday" /
  "broke out on Tuesday"); a statement's date is not compared with an event's;
* **name** - one person (same surname and given name) with conflicting titles
  ("Transport Minister" / "Infrastructure Minister", "mayor" / "deputy mayor",
  "chief executive" / "chief operating officer"; "U.S." or a nationality is not a
  title), spelling variants of one person (low score), and the same action credited
  to different people ("X doubled the lead" / "Y doubled the lead");
* **fact** - the sense reversed in aligned sentences: antonym lexicon (confirmed /
  denied, rose / fell, won / lost, approved / rejected, upheld / overturned,
  acquitted / convicted, ...), unless the roles are swapped ("A beat B" / "B lost to
  A"); a negation on one side only ("did not order", "refused to concede", "had
  been ruled out"), unless the other side says it with a negative verb ("the benefit
  disappeared");
* **reworded quote** - the same speaker quoted in largely different words about the same
  thing, anchored by a rare word the quotes share plus a shared context (their sentences,
  or the same place among that speaker's quotes); two quotes with no word in common are
  never paired (one person says several things);
* **none vs a count** - "nobody was hurt" / "two people were treated in hospital", "no
  drivers were disciplined" / "three drivers were suspended" (event classes, the noun);
* **timing** - "at launch", "immediately" against "not ... until", "yet to", "delayed until"
  in clauses that share a rare word; dates of one event named by synonyms ("broke down" /
  "collapsed", "go on sale" / "released", "the leak began" / "leaked");
* **coverage** - informative sentences (a quote, a figure, a date, a name) that
  have no counterpart in the other article.

Every side is a short clause or quote, ``Side.text == article.text[start:end]``.
Everything is a pure function of its input: deterministic, no I/O.  When an
Analysis is empty (an engine not available), light fallbacks find quoted spans,
names and dates from the text itself; quoted spans the quote engine missed are
added to its quotes.
"""
from __future__ import annotations

import difflib
import math
import re
from bisect import bisect_right
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable, Optional

from tui.analysis.synonyms import synonym_map
from tui.model import Analysis, Article, Coverage, DateMention, Disagreement, Entity, Quote, Side

try:  # rapidfuzz is a dependency, but keep the module importable without it
    from rapidfuzz.fuzz import partial_ratio as _fuzz_partial
    from rapidfuzz.fuzz import ratio as _fuzz_ratio
except Exception:  # pragma: no cover
    def _fuzz_ratio(a: str, b: str) -> float:
        return 100.0 * difflib.SequenceMatcher(None, a, b).ratio()

    _fuzz_partial = _fuzz_ratio

__all__ = ["compare", "compare_pair", "prepare", "Prepared", "tokenize", "content_terms", "stem", "STOPWORDS"]

# --------------------------------------------------------------------------- lexicons

STOPWORDS = frozenset("""
a about above after again against all almost along already also although always am among an and another any
anyone anything are aren't around as at be became because become been before being below between both but by
can cannot could couldn't did didn't do does doesn't doing don't during each either else enough even ever
every few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here hers herself
him himself his how however i i'd i'll i'm i've if in into is isn't it it's its itself just least less let
like made make many may me might more most much must my myself neither no nor not now of off often on once one
only onto or other others otherwise our ours ourselves out over own per perhaps quite rather really same
say said says saying she she'd she'll she's should shouldn't since so some still such than that that's the
their theirs them themselves then there there's these they they'd they'll they're they've this those though
through thus to too toward towards under until upon us very via was wasn't we we'd we'll we're we've were
weren't what what's whatever when where whether which while who who's whom whose why will with within without
won't would wouldn't yet you you'd you'll you're you've your yours yourself also told according mr mrs ms
""".split())

NEGATORS = frozenset("not no never neither nor nobody none nothing nowhere cannot without".split())

# antonym pairs of stems (after :func:`stem`); each pair is a reversal of sense
_ANTONYM_PAIRS = [
    ("confirm", "deny"), ("confirm", "dismiss"), ("admit", "deny"), ("accept", "reject"), ("accept", "refuse"),
    ("accept", "decline"), ("approve", "reject"), ("approve", "veto"), ("approve", "block"), ("approve", "deny"),
    ("pass", "reject"), ("pass", "fail"), ("succeed", "fail"), ("rise", "fall"), ("rise", "drop"),
    ("rise", "decline"), ("increase", "decrease"), ("increase", "fall"), ("increase", "drop"), ("increase", "cut"),
    ("increase", "decline"), ("increase", "reduce"), ("raise", "cut"), ("raise", "lower"), ("gain", "lose"),
    ("gain", "fall"), ("gain", "drop"), ("climb", "fall"), ("climb", "drop"), ("surge", "plunge"),
    ("jump", "fall"), ("jump", "drop"), ("grow", "shrink"), ("expand", "shrink"), ("expand", "contract"),
    ("higher", "lower"), ("up", "down"), ("profit", "loss"), ("win", "lose"), ("beat", "lose"),
    ("victory", "defeat"), ("won", "lost"), ("acquit", "convict"), ("guilty", "innocent"),
    ("uphold", "overturn"), ("uphold", "strike"), ("uphold", "reverse"), ("affirm", "reverse"),
    ("grant", "deny"), ("grant", "reject"), ("allow", "ban"), ("allow", "block"), ("allow", "forbid"),
    ("allow", "prohibit"), ("legal", "illegal"), ("lawful", "unlawful"), ("constitutional", "unconstitutional"),
    ("support", "oppose"), ("agree", "refuse"), ("agree", "disagree"), ("open", "close"), ("arrest", "release"),
    ("survive", "die"), ("alive", "dead"), ("include", "exclude"), ("lift", "impose"), ("resume", "suspend"),
    ("start", "stop"), ("begin", "end"), ("above", "below"), ("before", "after"), ("majority", "minority"),
    ("success", "failure"), ("true", "false"), ("likely", "unlikely"), ("possible", "impossible"),
    ("attend", "skip"), ("sign", "refuse"), ("ratify", "reject"), ("elect", "defeat"), ("hire", "fire"),
    ("buy", "sell"), ("strengthen", "weaken"), ("improve", "worsen"), ("ahead", "behind"),
    ("outperform", "underperform"), ("beat", "miss"), ("exceed", "miss"), ("surplus", "deficit"),
    ("win", "shortlist"), ("win", "nominate"), ("appoint", "nominate"), ("elect", "nominate"),
    ("deliberate", "accidental"), ("intentional", "accidental"), ("deliberate", "accident"),
    ("temporary", "permanent"), ("partial", "full"), ("peaceful", "violent"), ("voluntary", "mandatory"),
    ("optional", "compulsory"), ("normal", "disrupt"), ("normally", "disrupt"), ("unaffected", "disrupt"),
    ("normal", "cancel"), ("normally", "cancel"), ("reopen", "close"), ("reopen", "shut"), ("open", "shut"),
    ("available", "unavailable"), ("operational", "disrupt"), ("resign", "sack"), ("resign", "dismiss"), ("resign", "oust"), ("quit", "sack"), ("present", "absent"), ("unanimous", "divided"), ("expand", "cut"),
    ("keep", "sell"), ("retain", "sell"), ("keep", "sale"), ("retain", "sale"), ("plead", "convict"),
    ("remain", "withdraw"), ("stay", "withdraw"), ("remain", "quit"), ("stay", "quit"), ("rise", "slid"),
    ("rise", "slide"), ("gain", "slid"), ("climb", "slid"), ("rise", "sank"), ("rise", "sink"),
    ("voluntarily", "order"), ("voluntary", "order"), ("grow", "fall"), ("grow", "drop"), ("grew", "fell"),
    ("acquit", "guilty"), ("acquitted", "guilty"),
    ("block", "reopen"), ("admit", "denied"),
]
ANTONYMS: dict[str, set[str]] = {}
for _x, _y in _ANTONYM_PAIRS:
    ANTONYMS.setdefault(_x, set()).add(_y)
    ANTONYMS.setdefault(_y, set()).add(_x)
# the weakest pairs need a tighter alignment before they count
_WEAK_ANTONYMS = {"up", "down", "before", "after", "above", "below", "open", "close", "start", "stop", "begin",
                  "order", "stay", "remain",
                  "end", "buy", "sell", "sign", "refuse", "include", "exclude", "likely", "unlikely"}

_NEG_POLARITY = {"disappear", "vanish", "lack", "fail", "absent", "absence", "miss", "missing", "refuse", "deny",
                 "reject", "halt", "stop", "cancel", "scrap", "abandon", "rule", "unable", "decline", "avoid",
                 "prevent", "ban", "block", "drop", "lose", "lost", "none", "nobody", "nothing", "neither", "nor",
                 "withdraw", "suspend", "deni", "free", "zero", "without", "exclude", "ignore", "dismiss"}

_NEG_VERBS = {"refus", "refuse", "declin", "decline", "fail", "unabl"}

_STANCE = {"confirm", "deny", "admit", "accept", "reject", "refuse", "decline", "approve", "agree", "support",
           "oppose", "veto", "dismiss", "acknowledg", "acknowledge"}

_IRREGULAR = {
    "rose": "rise", "risen": "rise", "rising": "rise", "fell": "fall", "fallen": "fall", "falling": "fall",
    "won": "win", "winning": "win", "wins": "win", "lost": "lose", "losing": "lose", "loses": "lose",
    "beaten": "beat", "beats": "beat", "beating": "beat", "grew": "grow", "grown": "grow", "shrank": "shrink",
    "shrunk": "shrink", "began": "begin", "begun": "begin", "said": "say", "says": "say", "told": "tell",
    "held": "hold", "led": "lead", "leading": "lead", "leads": "lead", "met": "meet", "meeting": "meeting",
    "died": "die", "dying": "die", "dies": "die", "killed": "kill", "denied": "deny", "denies": "deny",
    "struck": "strike", "overturned": "overturn", "upheld": "uphold", "people": "people", "men": "man",
    "women": "woman", "children": "child", "dead": "dead", "deaths": "death", "news": "news", "us": "us",
    "lower": "lower", "higher": "higher", "closed": "close", "closing": "close", "closes": "close",
    "opened": "open", "opens": "open", "sold": "sell", "bought": "buy", "paid": "pay", "fired": "fire",
    "hired": "hire", "lifted": "lift", "imposed": "impose", "passed": "pass", "passes": "pass",
    "dropped": "drop", "cut": "cut", "cuts": "cut", "cutting": "cut", "gained": "gain",
}

_NUM_WORDS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "dozens": None, "hundred": 100,
}
_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "thirtieth": 30, "fiftieth": 50, "hundredth": 100,
}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "mn": 1e6,
           "k": 1e3, "mln": 1e6, "bln": 1e9, "tn": 1e12, "crore": 1e7, "lakh": 1e5}
_CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
_CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
                   "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "gbp": "GBP", "yen": "JPY", "yuan": "CNY",
                   "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "franc": "CHF", "francs": "CHF",
                   "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "won": None}
_PERCENT_WORDS = {"percent", "per", "pct", "percentage"}
_HEDGES = {"about", "around", "approximately", "nearly", "almost", "roughly", "some", "over", "more", "than",
           "least", "up", "under", "estimated", "close", "fewer", "less", "upwards", "just", "circa", "approx"}
_ROUNDING_HEDGES = {"about", "around", "approximately", "nearly", "almost", "roughly", "some", "estimated",
                    "close", "circa", "approx", "just"}
_PERSON_NOUNS = {"people", "person", "civilian", "resident", "victim", "individual", "passenger", "worker",
                 "soldier", "child", "adult", "student", "patient", "migrant", "refugee", "citizen", "villager",
                 "pilgrim", "tourist", "employee", "member", "man", "woman", "prisoner", "hostage", "voter",
                 "protester", "demonstrator", "fan", "spectator", "miner", "crew", "troop", "fighter", "militant"}
# unit nouns that name the same kind of thing; "person" is a weak class (needs context)
_UNIT_CLASSES = {
    "crowd": "CROWD", "fan": "CROWD", "spectator": "CROWD", "attendance": "CROWD", "audience": "CROWD",
    "supporter": "CROWD", "viewer": "CROWD", "visitor": "CROWD",
    "hectare": "AREA_HA", "acre": "AREA_AC", "kilometre": "KM", "kilometer": "KM", "km": "KM", "mile": "MILE",
    "tonne": "TONNE", "ton": "TONNE", "barrel": "BARREL",
    # things news counts under several names: "40 positions" / "60 jobs"; "300 homes" / "300 houses"
    "job": "JOBS", "position": "JOBS", "post": "JOBS", "role": "JOBS", "redundancy": "JOBS", "layoff": "JOBS",
    "home": "HOMES", "house": "HOMES", "household": "HOMES", "property": "HOMES", "dwelling": "HOMES",
    "vehicle": "VEHICLES", "car": "VEHICLES",
    "gallon": "GALLON", "litre": "LITRE", "liter": "LITRE",
    "pupil": "CHILDREN", "child": "CHILDREN", "children": "CHILDREN", "student": "CHILDREN", "kid": "CHILDREN",
    "schoolchildren": "CHILDREN", "case": "CASES", "infection": "CASES", "patient": "CASES",
    "turnout": "VOTERS", "voter": "VOTERS", "electorate": "VOTERS",
    "majority": "MARGIN", "margin": "MARGIN", "vote": "MARGIN",
    "show": "SHOWS", "concert": "SHOWS", "gig": "SHOWS", "performance": "SHOWS", "date": "SHOWS",
}
_FRACTIONS = {"half", "third", "thirds", "quarter", "quarters", "fifth", "tenth", "percent", "cent", "most", "all",
              "some", "many", "majority", "minority", "share", "proportion", "fraction", "portion", "part"}
_MEASURE_NOUNS = {"magnitude", "category", "level", "grade", "rate", "temperature", "age", "aged", "height",
                  "depth", "speed", "size", "capacity", "stage", "phase", "tier"}
_UNIT_VERBS = {"saw", "see", "die", "say", "said", "say", "went", "go", "came", "come", "took", "take", "made", "make",
               "got", "get", "left", "fled", "lost", "won", "voted", "scored", "remain", "remained", "according"}
_GENERIC_PERSON = {"people", "person", "individual", "resident", "civilian", "citizen", "victim"}
_GENERIC_UNITS = {"person", "year", "day", "week", "month", "hour", "minute", "second", "time", "percent", "point",
                  "decade", "century", "night", "round", "stage", "step", "part", "way", "side", "case", "kind",
                  "full", "capacity", "rise", "increase", "fall", "drop", "jump", "decline", "growth", "gain",
                  "hike", "surge", "reduction"}  # (a change is no unit: "a 6.8 per cent rise" / "rose by 8.6%")
_OF_NOUNS = {"crowd", "total", "toll", "audience", "attendance", "population", "workforce", "staff", "team",
             "group", "fleet", "sum", "fine", "budget", "turnout", "majority", "margin", "tally", "record"}
_EVENT_CLASSES = {
    "kill": "DEATH", "dead": "DEATH", "death": "DEATH", "die": "DEATH", "toll": "DEATH", "fatality": "DEATH",
    "fatalitie": "DEATH", "bodie": "DEATH", "body": "DEATH", "lives": "DEATH", "perish": "DEATH",
    "drown": "DEATH", "fatal": "DEATH", "injur": "INJURY", "injure": "INJURY", "injury": "INJURY",
    "wound": "INJURY", "hurt": "INJURY", "hospitaliz": "INJURY", "hospitalise": "INJURY", "missing": "MISSING",
    "displac": "DISPLACED", "displace": "DISPLACED", "unaccounted": "MISSING", "hospital": "INJURY", "evacuat": "DISPLACED", "evacuate": "DISPLACED",
    "homeless": "DISPLACED", "arrest": "ARREST", "detain": "ARREST", "rescu": "RESCUE", "rescue": "RESCUE",
    "sav": "RESCUE", "save": "RESCUE", "vote": "VOTE", "ballot": "VOTE", "goal": "GOAL", "point": "POINT",
    "job": "JOB", "layoff": "JOB", "revenue": "REVENUE", "sale": "REVENUE", "profit": "PROFIT",
    "earning": "PROFIT", "income": "PROFIT", "loss": "PROFIT", "home": "DISPLACED", "flee": "DISPLACED",
    "fled": "DISPLACED", "shelter": "DISPLACED",
}
_SPORT_WORDS = {"win", "beat", "defeat", "draw", "victory", "score", "goal", "match", "game", "lead", "final",
                "vote", "voted", "votes", "ballot", "tally", "margin", "ruled", "split", "overtime", "points",
                "half", "loss", "lose", "tie", "edge", "thrash", "rout", "league", "cup", "set", "inning"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
           "dec"}
_MONTH_NUM = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                            "august", "september", "october", "november", "december"], 1)}
for _m, _i in list(_MONTH_NUM.items()):
    _MONTH_NUM[_m[:3]] = _i
_MONTH_NUM["sept"] = 9
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

# role words that make a person's title; qualifiers such as "U.S." are not part of the comparison
_ROLE_WORDS = {
    "president", "vice", "prime", "minister", "secretary", "chancellor", "premier", "governor", "senator",
    "sen", "rep", "representative", "congressman", "congresswoman", "mayor", "king", "queen", "prince",
    "princess", "ambassador", "envoy", "general", "gen", "admiral", "colonel", "col", "captain", "capt",
    "lieutenant", "lt", "sergeant", "commander", "chief", "director", "spokesman", "spokeswoman",
    "spokesperson", "chairman", "chairwoman", "chair", "ceo", "cfo", "coo", "cto", "founder", "executive",
    "officer", "judge", "justice", "attorney", "prosecutor", "sheriff", "commissioner", "speaker", "leader",
    "head", "advisor", "adviser", "coach", "manager", "captain", "striker", "midfielder", "defender",
    "goalkeeper", "pope", "cardinal", "bishop", "archbishop", "rabbi", "imam", "dr", "professor", "prof",
    "deputy", "foreign", "defense", "defence", "finance", "interior", "health", "justice", "economy",
    "trade", "energy", "education", "state", "treasury", "home", "labor", "labour", "agriculture",
    "security", "national", "former", "acting", "interim", "opposition", "majority", "minority", "senior",
    "assistant", "associate", "general", "supreme", "party", "lawmaker", "mp", "candidate", "nominee",
    "economist", "analyst", "owner", "partner", "president-elect", "emir", "sheikh", "crown", "operating",
    "financial", "technology", "marketing", "commercial", "technical", "sporting", "medical", "regional",
    "junior", "under", "co", "mayor", "scientist", "researcher", "lecturer", "author", "editor",
    "managing", "operations", "sales", "clinical", "nursing", "artistic", "editorial", "creative", "legal",
    "nurse", "midwife", "surgeon", "inspector", "investigator", "detective", "superintendent", "constable",
    "councillor", "councilman", "councilwoman", "engineer", "pilot", "principal", "headteacher", "headmaster",
    "headmistress", "matron", "consultant", "registrar", "paramedic", "firefighter",
    "chemist", "physicist", "biologist", "epidemiologist", "ecologist", "historian", "geologist", "meteorologist",
    "virologist", "psychologist", "archaeologist", "astronomer", "boss", "recorder", "magistrate", "returning",
    "conductor", "composer", "music", "artistic", "principal", "clerk", "steward", "marshal",
}
_ROLE_HEADS = {
    "president", "minister", "secretary", "chancellor", "premier", "governor", "senator", "sen", "rep",
    "representative", "congressman", "congresswoman", "mayor", "king", "queen", "prince", "princess",
    "ambassador", "envoy", "general", "gen", "admiral", "colonel", "col", "captain", "capt", "lieutenant", "lt",
    "sergeant", "commander", "chief", "director", "spokesman", "spokeswoman", "spokesperson", "chairman",
    "chairwoman", "chair", "ceo", "cfo", "coo", "cto", "founder", "officer", "judge", "justice", "attorney",
    "prosecutor", "sheriff", "commissioner", "speaker", "leader", "head", "advisor", "adviser", "coach",
    "manager", "striker", "midfielder", "defender", "goalkeeper", "pope", "cardinal", "bishop",
    "archbishop", "rabbi", "imam", "professor", "lawmaker", "mp", "candidate", "nominee", "economist",
    "analyst", "owner", "partner", "emir", "sheikh", "scientist", "researcher", "lecturer", "author", "editor",
    "nurse", "midwife", "surgeon", "inspector", "investigator", "superintendent", "constable",
    "councillor", "councilman", "councilwoman", "engineer", "pilot", "principal", "headteacher", "headmaster",
    "headmistress", "matron", "consultant", "registrar", "paramedic", "firefighter",
    "chemist", "physicist", "biologist", "epidemiologist", "ecologist", "historian", "geologist", "meteorologist",
    "virologist", "psychologist", "archaeologist", "astronomer", "recorder", "magistrate", "boss", "conductor",
    "clerk", "steward", "marshal",
    "composer",
}
# different words for the same role: never a disagreement between these
_ROLE_SYNONYMS = [
    {"spokesman", "spokeswoman", "spokesperson", "spokesman", "speaker"},
    {"advisor", "adviser"}, {"defense", "defence"}, {"labor", "labour"},
    {"ceo", "chief", "executive", "officer", "head", "leader", "boss", "director"},
    {"chairman", "chairwoman", "chair", "head"}, {"coach", "manager", "head", "boss"}, {"sen", "senator"}, {"rep", "representative", "congressman",
                                                                       "congresswoman", "lawmaker", "mp"},
    {"gen", "general"}, {"col", "colonel"}, {"capt", "captain"}, {"lt", "lieutenant"}, {"prof", "professor"},
    {"prosecutor", "attorney"}, {"leader", "head", "chief", "president", "premier", "chancellor", "prime",
                                 "minister"},
    {"envoy", "ambassador"}, {"judge", "justice"}, {"interior", "home"}, {"finance", "treasury", "economy"},
]
_ROLE_SYN: dict[str, set[str]] = {}
for _g in _ROLE_SYNONYMS:
    for _w in _g:
        _ROLE_SYN.setdefault(_w, set()).update(_g)

# --------------------------------------------------------------------------- text utilities

_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*(?:\.(?=[^\W\d_]\.))?")
_STEM_CACHE: dict[str, str] = {}


def _fold(s: str) -> str:
    """Lowercase, apostrophes unified, accents removed."""
    s = s.lower().replace("’", "'").replace("‘", "'")
    if s.isascii():
        return s
    # letters with no decomposition of their own: "Sørbø" / "Sorbo", "Łódź" / "Lodz"
    s = s.translate(_PLAIN_LETTERS)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


_PLAIN_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "þ": "th", "ð": "d",
                                "ı": "i"})


def stem(word: str) -> str:
    """A light, deterministic English stemmer (enough to match inflections)."""
    got = _STEM_CACHE.get(word)
    if got is not None:
        return got
    w = _fold(word)
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("'"):
        w = w[:-1]
    if w in _IRREGULAR:
        out = _IRREGULAR[w]
    else:
        out = w
        n = len(w)
        if n > 4 and w.endswith("ies"):
            out = w[:-3] + "y"
        elif n > 4 and w.endswith("ied"):
            out = w[:-3] + "y"
        elif n > 5 and w.endswith("ing"):
            out = w[:-3]
            if len(out) > 2 and out[-1] == out[-2] and out[-1] not in "lsz":
                out = out[:-1]
        elif n > 4 and w.endswith("ed"):
            out = w[:-2]
            if len(out) > 2 and out[-1] == out[-2] and out[-1] not in "lsz":
                out = out[:-1]
        elif n > 4 and w.endswith("es") and (w[-3] in "sxz" or w[-4:-2] in ("ch", "sh")):
            out = w[:-2]
        elif n > 3 and w.endswith("s") and not w.endswith("ss") and not w.endswith("us") and not w.endswith("is"):
            out = w[:-1]
        if len(out) > 4 and out.endswith("e") and not out.endswith("ee"):
            out = out[:-1]
    if len(_STEM_CACHE) < 200_000:
        _STEM_CACHE[word] = out
    return out


def _with_stems(words) -> set[str]:
    """A lexicon as written plus its stems (sentence terms are stems)."""
    return set(words) | {stem(w) for w in words}


def _normalise_lexicons() -> None:
    global _NEG_POLARITY, _WEAK_ANTONYMS, _STANCE, _SPORT_WORDS, _PERSON_NOUNS, _GENERIC_UNITS, _OF_NOUNS, _GENERIC_PERSON
    for x, y in list(_ANTONYM_PAIRS):
        for a, b in ((stem(x), stem(y)), (stem(y), stem(x))):
            ANTONYMS.setdefault(a, set()).add(b)
    _WEAK_ANTONYMS = _with_stems(_WEAK_ANTONYMS)
    _STANCE = _with_stems(_STANCE)
    _SPORT_WORDS = _with_stems(_SPORT_WORDS)
    _PERSON_NOUNS = _with_stems(_PERSON_NOUNS)
    _GENERIC_UNITS = _with_stems(_GENERIC_UNITS)
    _OF_NOUNS = _with_stems(_OF_NOUNS)
    _NEG_POLARITY = _with_stems(_NEG_POLARITY)
    _GENERIC_PERSON = _with_stems(_GENERIC_PERSON)
    for table in (_EVENT_CLASSES, _UNIT_CLASSES):
        for k, v in list(table.items()):
            table.setdefault(stem(k), v)


_normalise_lexicons()


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """Word tokens as (start, end, surface)."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]


def content_terms(text: str) -> list[str]:
    """Stems of the content words of a text (stopwords and 1-letter words dropped)."""
    out = []
    for m in _TOKEN_RE.finditer(text):
        w = m.group()
        lw = _fold(w)
        if lw in STOPWORDS or len(lw) < 2:
            continue
        out.append(stem(w))
    return out


_ABBREV = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt",
           "prof", "inc", "corp", "ltd", "co", "vs", "etc", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
           "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "est", "fig", "rev", "hon", "maj", "adm", "cmdr",
           "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "d.c", "i.e", "e.g", "al"}
_SENT_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*\s+|\n+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end), whitespace trimmed, abbreviations respected."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _SENT_BOUNDARY.finditer(text):
        cut = m.end()
        chunk = m.group()
        if "\n" not in chunk:
            # the word before the period
            j = m.start()
            k = j
            while k > start and (text[k - 1].isalnum() or text[k - 1] == "."):
                k -= 1
            prev = text[k:j].lower().rstrip(".")
            if chunk[0] == "." and (prev in _ABBREV or (len(prev) == 1 and prev.isalpha())):
                continue
            nxt = text[cut:cut + 1]
            if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'([—-"):
                continue
        s, e = start, m.start() + len(chunk.rstrip())
        _push(text, s, e, spans)
        start = cut
    _push(text, start, n, spans)
    return spans


def _push(text: str, s: int, e: int, spans: list) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))


# --------------------------------------------------------------------------- prepared article

@dataclass(slots=True)
class Num:
    sent: int
    start: int
    end: int
    value: float
    kind: str  # count | money | percent | score | ordinal
    unit: frozenset
    events: frozenset
    ctx: frozenset
    hedged: bool
    rounding: bool
    tok: int
    currency: Optional[str] = None
    value2: Optional[float] = None  # the second figure of a score
    bound: Optional[str] = None  # "min" for "more than N", "max" for "up to N"
    unit_text: str = ""  # the unit as written ("seats", "crowd")
    base: bool = False  # the whole a part is taken of ("of its 10,000 jobs"): never compared


@dataclass(slots=True)
class Person:
    key: str  # folded surname
    full: str  # the fullest form seen
    first: str
    mentions: list = field(default_factory=list)  # (start, end, text)
    titles: list = field(default_factory=list)  # (frozenset role words, start, end, text)


@dataclass(slots=True)
class Prepared:
    art: Article
    ana: Analysis
    sents: list  # (start, end)
    toks: list  # (start, end, surface, folded, stem, sent)
    sent_toks: list  # (first tok, last tok + 1) per sentence
    sent_terms: list  # set of content stems per sentence
    quotes: list  # Quote
    dates: list  # DateMention
    nums: list  # Num
    persons: dict  # surname key -> Person
    cap_terms: set  # stems of capitalised words (names)
    ant_terms: list = field(default_factory=list)  # per sentence: terms that have an antonym
    tok_ends: list = field(default_factory=list)  # end offset of every token (for bisect)
    neg_terms: list = field(default_factory=list)  # per sentence: stems under a negation
    df: dict = field(default_factory=dict)  # stem -> number of sentences that hold it
    memo: dict = field(default_factory=dict)  # per-article results computed on first use


_QUOTE_RE = re.compile(r"“([^”\n]{2,1500})”|\"([^\"\n]{2,1500})\"|(?:(?<=^)|(?<=[\s(\[—–]))‘([^‘\n]{2,1500}?)’(?![^\W\d_])",
                       re.M)


def _fallback_quotes(text: str) -> list[Quote]:
    """Double-quoted spans, and ‘single-quoted’ ones of three words or more."""
    out = []
    for m in _QUOTE_RE.finditer(text):
        g = 1 if m.group(1) is not None else 2 if m.group(2) is not None else 3
        s, e = m.start(g), m.end(g)
        if g == 3 and len(text[s:e].split()) < 3:
            continue
        out.append(Quote(s, e, text[s:e], None))
    return out


def _merge_quotes(engine: list[Quote], text: str) -> list[Quote]:
    """The engine's quotes, plus quoted spans it did not report (no speaker)."""
    out = list(engine)
    spans = sorted((q.start, q.end) for q in engine)
    for q in _fallback_quotes(text):
        if not any(s < q.end and q.start < e for s, e in spans):
            out.append(q)
    out.sort(key=lambda q: (q.start, q.end))
    return out


_NAME_RE = re.compile(r"\b[A-Z][\w'’-]*[a-z][\w'’-]*(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w'’-]*[a-z][\w'’-]*){1,3}")


_NOT_A_NAME_START = frozenset(_ROLE_WORDS | _MONTHS | set(_WEEKDAYS) | {"the", "of"})
_NOT_IN_A_NAME = frozenset(STOPWORDS | _MONTHS | set(_WEEKDAYS))


def _fallback_persons(text: str) -> list[Entity]:
    """Capitalised multi-word names preceded or followed by a role word (no engine)."""
    out = []
    for m in _NAME_RE.finditer(text):
        words = m.group().split()
        # drop the title ("Transport Minister Giulia Ferraro" -> "Giulia Ferraro")
        i = 0
        for k, w in enumerate(words[:-1]):
            if _fold(w).strip(".") in _NOT_A_NAME_START:
                i = k + 1
        if len(words) - i < 2:
            continue
        if any(_fold(w) in _NOT_IN_A_NAME for w in words[i:]):
            continue
        s = m.start() + m.group().find(words[i], sum(len(w) for w in words[:i]))
        out.append(Entity(s, m.end(), text[s:m.end()], "PERSON"))
    return out


_FALLBACK_DATE_RE = re.compile(r"\b(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                               r"(January|February|March|April|May|June|July|August|September|October|November|December|"
                               r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?"
                               r"(?:,?\s+(\d{4}))?|(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|"
                               r"October|November|December)(?:\s+(\d{4}))?|"
                               r"(?:(?<=\bin )|(?<=\bby )|(?<=\bof )|(?<=\bfrom )|(?<=\bnext )|(?<=\blast )|(?<=\buntil )|(?<=\bsince ))(January|February|March|April|May|June|July|August|September|October|"
                               r"November|December)(?:\s+(\d{4}))?|"
                               r"(?:(?<=\bin )|(?<=\bsince )|(?<=\bby )|(?<=\buntil )|(?<=\bof ))(1[89]\d\d|20\d\d))\b")


# where a date can start: a weekday or month name, a day number, a year (the full pattern,
# with its look-behinds, is tried only there: much faster than scanning every position)
_DATE_HINT = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                        r"May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|"
                        r"Sep|Oct|Nov|Dec|\d{1,4})\b")


def _fallback_date_matches(text: str):
    end = 0
    for h in _DATE_HINT.finditer(text):
        if h.start() < end:
            continue
        m = _FALLBACK_DATE_RE.match(text, h.start())
        if m:
            end = m.end()
            yield m


def _fallback_dates(text: str, published: Optional[str]) -> list[DateMention]:
    out = []
    pub = _parse_iso_day(published) if published else None
    for m in _fallback_date_matches(text):
        val = None
        if m.group(1):
            val = None  # past or coming weekday: left to the date engine; compared by name
        elif m.group(10):
            val = m.group(10)
        elif m.group(8):
            mi = _MONTH_NUM[m.group(8).lower()]
            if m.group(9):
                val = f"{int(m.group(9)):04d}-{mi:02d}"
            elif pub:
                val = f"{pub.year - (mi > pub.month):04d}-{mi:02d}"
        else:
            mon = m.group(2) or m.group(6)
            day = m.group(3) or m.group(5)
            yr = m.group(4) or m.group(7)
            mi = _MONTH_NUM.get(mon.lower().rstrip("."))
            y = int(yr) if yr else (pub.year if pub else None)
            if mi and y:
                try:
                    val = date(y, mi, int(day)).isoformat()
                except ValueError:
                    val = None
        out.append(DateMention(m.start(), m.end(), m.group(), val))
    return out


def _parse_iso_day(v: Optional[str]) -> Optional[date]:
    if not v:
        return None
    try:
        return date.fromisoformat(v[:10])
    except ValueError:
        return None


_TOK_CACHE: dict[str, tuple[str, str, bool, bool]] = {}  # word -> (folded, stem, content?, capitalised?)
# words too generic to align sentences on (units of time, "per cent")
_ALIGN_STOP = {"cent", "percent", "pct", "last", "next", "year", "month", "week", "day", "time", "ago", "later",
               "earlier", "today", "yesterday", "tomorrow", "number", "total"}


def prepare(art: Article, ana: Optional[Analysis] = None) -> Prepared:
    """Tokenise and index one article once; every comparison reuses this."""
    ana = ana or Analysis()
    text = art.text or ""
    sents = split_sentences(text)
    toks = []
    sent_toks = []
    sent_terms = []
    cap_terms: set[str] = set()
    cache = _TOK_CACHE
    push = toks.append
    for si, (s, e) in enumerate(sents):
        first = len(toks)
        terms = set()
        for m in _TOKEN_RE.finditer(text, s, e):
            w = m.group()
            info = cache.get(w)
            if info is None:
                f = _fold(w)
                st = stem(w) if not w[0].isdigit() else f
                info = (f, st, f not in STOPWORDS and len(f) > 1 and st not in _ALIGN_STOP, w[0].isupper())
                if len(cache) < 300_000:
                    cache[w] = info
            f, st, is_content, upper = info
            ms, me = m.span()
            push((ms, me, w, f, st, si))
            if is_content:
                terms.add(st)
                if upper and ms != s:
                    cap_terms.add(st)
        sent_toks.append((first, len(toks)))
        sent_terms.append(terms)
    # spans that do not index this text (a stale analysis) are dropped, never trusted
    ok = lambda x: 0 <= x.start <= x.end <= len(text) and text[x.start:x.end] == x.text  # noqa: E731
    quotes = _merge_quotes([q for q in ana.quotes if ok(q)], text)
    dates = [d for d in ana.dates if ok(d)] if ana.dates else _fallback_dates(text, art.published)
    ents = [e for e in ana.entities if ok(e)] if ana.entities else _fallback_persons(text)
    if ents is not ana.entities and len(ents) != len(ana.entities):
        ana = Analysis(tuple(ents), tuple(q for q in ana.quotes if ok(q)), tuple(dates))
    p = Prepared(art, ana, sents, toks, sent_toks, sent_terms, quotes, dates, [], {}, cap_terms)
    p.tok_ends = [t[1] for t in toks]
    p.nums = _find_numbers(p)
    _inherit_units(p, p.nums)
    _mark_ranges(p, p.nums)
    p.nums = [n for n in p.nums if not n.base]
    p.ant_terms = [sorted(t for t in terms if t in ANTONYMS) for terms in sent_terms]
    p.neg_terms = [_negated_terms(p, si) if _has_negation(p, si) else set() for si in range(len(sents))]
    p.persons = _find_persons(p, ents)
    df: dict[str, int] = {}
    for terms in sent_terms:
        for t in terms:
            df[t] = df.get(t, 0) + 1
    p.df = df
    return p


# --------------------------------------------------------------------------- numbers

def _tok_at(p: Prepared, i: int):
    return p.toks[i] if 0 <= i < len(p.toks) else None


def _between(p: Prepared, i: int, j: int) -> str:
    """The raw text between token i and token j (j > i)."""
    return p.art.text[p.toks[i][1]:p.toks[j][0]]


def _parse_digits(s: str) -> Optional[float]:
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        s = s.replace(",", "")
    elif "," in s:
        return None
    try:
        return float(s)
    except ValueError:
        return None


_NUMERIC_WORDS = frozenset(_NUM_WORDS) | frozenset(_ORDINALS)


def _find_numbers(p: Prepared) -> list[Num]:
    text = p.art.text
    toks = p.toks
    out: list[Num] = []
    date_spans = sorted((d.start, d.end) for d in p.dates)
    for k in range(1, len(date_spans)):  # nested spans: keep the widest reach
        if date_spans[k][1] < date_spans[k - 1][1] and date_spans[k][0] < date_spans[k - 1][1]:
            date_spans[k] = (date_spans[k][0], date_spans[k - 1][1])
    date_starts = [ds for ds, _ in date_spans]
    i = 0
    n = len(toks)
    while i < n:
        s, e, w, f, st, si = toks[i]
        if not (w[0].isdigit() or f in _NUMERIC_WORDS):
            i += 1
            continue
        value = None
        ordinal = False
        j = i  # last token of the number
        if w[0].isdigit():
            value = _parse_digits(w)
        elif f in _NUM_WORDS and _NUM_WORDS[f] is not None:
            value = float(_NUM_WORDS[f])
            # compounds: "twenty-five", "two hundred"
            while j + 1 < n and toks[j + 1][5] == si and _between(p, j, j + 1) in ("-", " ") and \
                    toks[j + 1][3] in _NUM_WORDS and _NUM_WORDS[toks[j + 1][3]] is not None:
                nv = float(_NUM_WORDS[toks[j + 1][3]])
                value = value * nv if nv >= 100 else value + nv
                j += 1
            if f == "dozen" and not (i > 0 and toks[i - 1][3] == "a"):
                value = None
        elif f in _ORDINALS:
            value = float(_ORDINALS[f])
            ordinal = True
            if i + 1 < n and toks[i + 1][2][0].isupper():
                value = None  # "Ninth Circuit", "Fifth Avenue"
        if value is None:
            i += 1
            continue
        # skip what is part of a date, a time, or a year
        k = bisect_right(date_starts, s) - 1
        if k >= 0 and s < date_spans[k][1]:
            i = j + 1
            continue
        before = text[max(0, s - 2):s]
        after = text[e:e + 2]
        if ":" in after[:1] or before.endswith(":") or after[:1] == "/" or before.endswith("/"):
            i = j + 1
            continue
        prev = toks[i - 1] if i > 0 and toks[i - 1][5] == si else None
        nxt = toks[j + 1] if j + 1 < n and toks[j + 1][5] == si else None
        if (prev and prev[3].rstrip(".") in _MONTHS) or (nxt and nxt[3].rstrip(".") in _MONTHS):
            i = j + 1
            continue
        # a base, not the figure: "5% of its 10,000 jobs", "58 of the 150 seats" (kept for its unit only)
        is_base = i >= 3 and toks[i - 2][3] == "of" and toks[i - 1][3] in ("its", "the", "their", "his", "her",
                                                                           "our") and \
            toks[i - 2][5] == si and (toks[i - 3][3][0].isdigit() or toks[i - 3][3] in _FRACTIONS or
                                      text[toks[i - 3][1]:toks[i - 3][1] + 1] == "%")
        # "the other four members": a part of a group the article counts elsewhere
        is_base = is_base or (prev is not None and prev[3] == "other" and i >= 2 and toks[i - 2][3] == "the")
        if prev and w[0].isdigit() and prev[2][0].isupper() and prev[0] != p.sents[si][0] and \
                text[prev[1]:s] == " " and prev[3] not in _SCALES and not re.match(r"\s?[-–]\s?\d", text[e:e + 3]) \
                and prev[3] not in _HEDGES and prev[3] not in STOPWORDS and prev[3] not in _ROUNDING_HEDGES:
            i = j + 1  # a name with a number: "Ariane 6", "Boeing 737", "Article 5", "Route 66"
            continue
        if nxt and nxt[3] in ("am", "pm", "a.m", "p.m", "a.", "p.", "gmt", "utc", "bst", "et", "est", "hrs", "h"):
            i = j + 1
            continue
        if w.isdigit() and len(w) == 4 and 1800 <= value <= 2100 and not text[max(0, s - 1):s] in "$€£":
            i = j + 1
            continue
        kind = "ordinal" if ordinal else "count"
        currency = None
        value2 = None
        k = j + 1  # next token after the figure
        # scale words
        # "£5m", "$2bn", "5m people"; but "4,478m" or "the 800m" with no currency are metres
        money_before = text[max(0, s - 1):s] in _CURRENCY_SYMBOLS or text[max(0, s - 3):s] in ("US$", "A$", "C$")
        if nxt and nxt[3] in _SCALES and (nxt[3] not in ("m", "k", "bn", "mn", "tn") or nxt[0] - e <= 1) and \
                (nxt[3] not in ("m", "k") or money_before or nxt[0] - e > 0 or _counted_after(toks, j + 2, si)):
            value *= _SCALES[nxt[3]]
            k += 1
        sym = text[max(0, s - 1):s]
        if sym in _CURRENCY_SYMBOLS:
            kind, currency = "money", _CURRENCY_SYMBOLS[sym]
        elif s >= 3 and text[s - 3:s] in ("US$", "A$", "C$", "HK$"):
            kind, currency = "money", "USD" if text[s - 3:s] == "US$" else text[s - 3:s]
        nt = _tok_at(p, k)
        if nt and nt[5] == si:
            if nt[3] in _CURRENCY_WORDS and _CURRENCY_WORDS[nt[3]]:
                kind, currency = "money", _CURRENCY_WORDS[nt[3]]
                k += 1
            elif nt[3] in _PERCENT_WORDS or text[toks[k - 1][1]:toks[k - 1][1] + 1] == "%":
                if nt[3] in _PERCENT_WORDS:
                    kind = "percent"
                    k += 1
                    if _tok_at(p, k) and toks[k][3] in ("cent", "point", "points"):
                        k += 1
        if text[toks[k - 1][1]:toks[k - 1][1] + 1] == "%" or text[e:e + 1] == "%":
            kind = "percent"
        # a vote "by 14 votes to 9", "voting 812 to 420": a score, never a range
        if kind == "count" and w.isdigit() and value < 100000:
            mv = _VOTE_TO.match(text, e)
            if mv and (p.sent_terms[si] & _VOTE_STEMS) and not (i > 0 and toks[i - 1][3] == "from"):
                kind = "score"
                value2 = float(mv.group(1))
                while k < n and toks[k][0] < mv.end():
                    k += 1
                e = mv.end()
                out.append(Num(si, s, e, value, kind, frozenset({"vote"}), frozenset({"VOTE"}), frozenset(), False,
                               False, i, None, value2, None, "votes", False))
                i = max(k, i + 1)
                continue
        # sports score "2-1"
        if kind == "count" and w.isdigit() and re.match(r"\s?[-–]\s?\d{1,3}\b", text[e:e + 6]) and value < 1000:
            m2 = re.match(r"\s?[-–]\s?(\d{1,3})\b", text[e:e + 6])
            sent_stems = p.sent_terms[si]
            if sent_stems & _SPORT_WORDS:
                kind = "score"
                value2 = float(m2.group(1))
                # consume the second figure
                while k < n and toks[k][0] < e + m2.end():
                    k += 1
                e = e + m2.end()
            else:
                i = k  # a range: skip
                continue
        # unit: up to two content words after the figure (hyphen compounds included)
        unit = []
        q = k
        while q < n and toks[q][5] == si and len(unit) < 2:
            gap = text[toks[q - 1][1]:toks[q][0]] if q > 0 else " "
            if gap != " " and (not _GAP_UNIT.isdisjoint(gap) or (gap.strip() and gap.strip() not in ("-",))):
                break
            tf = toks[q][3]
            if tf[0].isdigit() or tf in _NUM_WORDS:
                break
            if tf in STOPWORDS or tf in _HEDGES:
                if unit or tf not in ("of",):
                    break
                q += 1
                continue
            if tf in ("old",):
                q += 1
                continue
            if toks[q][2][0].isupper():
                # "14,200 Danish adults": an adjective before the noun; "41,200 saw Tomás": stop
                nq = q + 1
                if not unit and nq < n and toks[nq][5] == si and toks[nq][2][0].islower() and \
                        toks[nq][3] not in STOPWORDS and text[toks[q][1]:toks[nq][0]] == " ":
                    q += 1
                    continue
                break
            if tf.endswith("ed") and toks[q][4] != tf and not unit:
                nq = q + 1
                if nq < n and toks[nq][5] == si and toks[nq][2][0].islower() and toks[nq][3] not in STOPWORDS \
                        and text[toks[q][1]:toks[nq][0]] == " " and not toks[nq][3].endswith("ed"):
                    q += 1  # "47 confirmed cases"
                    continue
                break
            if tf.endswith("ed") and toks[q][4] != tf or tf in _UNIT_VERBS:
                break
            ust = toks[q][4]
            unit.append(ust)
            q += 1
        a0, a1 = p.sent_toks[si]
        # "a crowd of 41,200", "a death toll of 35": the noun before "of"; "turnout was 48.7%"
        if i - 2 >= a0 and toks[i - 1][3] in ("of", "was", "is", "were", "stood", "reached", "hit") and \
                toks[i - 2][4] in _OF_NOUNS:
            unit.insert(0, toks[i - 2][4])
        unit = unit + [_UNIT_CLASSES[u] for u in unit if u in _UNIT_CLASSES] + \
            ["person" for u in unit if u in _PERSON_NOUNS]
        # event words around the figure (same sentence)
        lo, hi = max(a0, i - 6), min(a1, q + 6)
        events = set()
        ctx = set()
        for t in range(lo, hi):
            if i <= t < q:
                continue
            tst = toks[t][4]
            tf = toks[t][3]
            if tf in STOPWORDS or tf[0].isdigit():
                continue
            ctx.add(tst)
        for u in unit:
            ev = _event_of(u)
            if ev:
                events.add(ev)
        if not events and q < a1 and text[toks[q - 1][1]:toks[q][0]] == " " and _event_of(toks[q][4]):
            events.add(_event_of(toks[q][4]))  # "52 injured", "three dead"
        if not events:
            ev = _nearest_event(p, i, q - 1, a0, a1)
            if ev:
                events.add(ev)
        hedges = {toks[t][3] for t in range(max(a0, i - 3), i)}
        if i - 1 >= a0 and toks[i - 1][3] == "a" and f == "dozen":
            hedges |= {toks[t][3] for t in range(max(a0, i - 4), i - 1)}
        hedged = bool(hedges & _HEDGES)
        rounding = bool(hedges & _ROUNDING_HEDGES)
        bound = None
        prev2 = " ".join(toks[t][3] for t in range(max(a0, i - 2), i))
        if f == "dozen":
            prev2 = " ".join(toks[t][3] for t in range(max(a0, i - 3), i - 1))
        if _PHRASAL_OVER.search(prev2):
            # "forced him to hand over £234,000": a particle, not "more than"
            prev2 = prev2[:-4]
            hedged = bool((hedges - {"over"}) & _HEDGES)
        if re.search(r"(more than|over|at least|upwards of|in excess of|exceeding|above)$", prev2):
            bound = "min"
        elif re.search(r"(less than|fewer than|under|up to|below|at most|nearly|almost|just under|many as|much as)$",
                       prev2):
            bound = "max"
        if kind == "ordinal" and not unit:
            i = j + 1
            continue
        end = max(e, toks[k - 1][1]) if kind in ("money", "percent") else e
        if text[end:end + 1] == "%":
            end += 1
        words = [toks[t][2] for t in range(k, q) if toks[t][4] in unit][:1]
        if i - 2 >= a0 and toks[i - 1][3] == "of" and toks[i - 2][4] in _OF_NOUNS:
            words = [toks[i - 2][2]]
        if i - 1 >= a0 and toks[i - 1][3] in _MEASURE_NOUNS:
            words = [toks[i - 1][2]]  # "magnitude 6.8", "category 4"
            unit = unit + [toks[i - 1][3]]
        # ages: "the 58-year-old", "aged 58", "Derek Allard, 58,"
        if re.match(r"[-\s]years?[-\s]old\b", text[e:e + 11]) or (i - 1 >= a0 and toks[i - 1][3] in ("aged", "age")) \
                or (kind == "count" and text[max(0, s - 2):s] == ", " and text[e:e + 1] in (",", ")")
                    and i - 1 >= a0 and toks[i - 1][2][0].isupper() and value < 120):
            unit = [u for u in unit if u not in ("year", "old")] + ["AGE"]
            words = ["age"] if not words or words == ["age"] else words
            who = re.match(r"[-\s]years?[-\s]old\s+([a-z]+)", text[e:e + 30])
            if who and who.group(1) in _SEXED:
                unit.append("AGE_" + _SEXED[who.group(1)])  # "an 81-year-old woman" / "a 52-year-old man"
        out.append(Num(si, s, end, value, kind,
                       frozenset(unit), frozenset(events), frozenset(ctx), hedged, rounding, i, currency, value2,
                       bound, " ".join(words), is_base))
        i = max(j + 1, i + 1) if kind != "score" else max(k, i + 1)
    return out


def _counted_after(toks: list, k: int, si: int) -> bool:
    """"5m people", "2m homes": a plural noun after a figure and its "m" makes it millions."""
    return k < len(toks) and toks[k][5] == si and toks[k][2].islower() and toks[k][3].endswith("s") and \
        toks[k][3] not in STOPWORDS


_SEXED = {"man": "M", "men": "M", "boy": "M", "father": "M", "husband": "M", "son": "M", "grandfather": "M",
          "woman": "F", "women": "F", "girl": "F", "mother": "F", "wife": "F", "daughter": "F", "grandmother": "F"}
_PHRASAL_OVER = re.compile(r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|take|takes|took|taken|taking|"
                           r"pass|passed|sign|signed|fork|forked|shell|shelled|paid|pay|hold|held|carried|carry)\s+over$")
_VOTE_TO = re.compile(r"\s+(?:votes?\s+)?to\s+(\d{1,6})\b(?![.,]\d)(?!\s*(?:%|per|percent))")
_VOTE_STEMS = {"vote", "vot", "ballot", "majority", "margin"}


def _event_of(st: str) -> Optional[str]:
    return _EVENT_CLASSES.get(st) or _EVENT_CLASSES.get(st[:6])


_AUX = {"were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly", "also", "later",
        "seriously", "critically", "badly", "slightly", "still", "feared", "confirmed"}


def _nearest_event(p: Prepared, t0: int, t1: int, a0: int, a1: int) -> Optional[str]:
    """The event word nearest a figure within its clause ("killing at least 41", "toll ... rose to 38")."""
    text = p.art.text
    # "20 were injured", "35 have died": the number's own predicate comes first
    t = t1 + 1
    while t < a1 and t <= t1 + 4 and p.toks[t][3] in _AUX and text[p.toks[t - 1][1]:p.toks[t][0]] == " ":
        t += 1
    if t > t1 + 1 and t < a1 and text[p.toks[t - 1][1]:p.toks[t][0]] == " " and _event_of(p.toks[t][4]):
        return _event_of(p.toks[t][4])
    best = None
    t = t0 - 1
    dist = 0
    while t >= a0 and dist < 12:
        gap = text[p.toks[t][1]:p.toks[t + 1][0]]
        if gap != " " and not _GAP_EVENT.isdisjoint(gap):
            break
        if p.toks[t][3] not in STOPWORDS:
            dist += 1
        ev = _event_of(p.toks[t][4])
        if ev:
            best = (dist, ev)
            break
        t -= 1
    t = t1 + 1
    dist = 0
    while t < a1 and dist < 6:
        gap = text[p.toks[t - 1][1]:p.toks[t][0]]
        if gap != " " and not _GAP_EVENT.isdisjoint(gap):
            break
        if p.toks[t][3] not in STOPWORDS:
            dist += 1
        if best and dist >= best[0]:
            break
        ev = _event_of(p.toks[t][4])
        if ev:
            best = (dist, ev)
            break
        t += 1
    return best[1] if best else None


_OF_REF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?$")


_RANGE_GAP = re.compile(r"^-?\s*(?:and|to|or|-|–|—)\s*(?:[$€£¥₹]|US\$)?\s*$")


def _mark_ranges(p: Prepared, nums: list[Num]) -> None:
    """A range ("between 10 and 15", "10 to 15", "two or three") is vague: it is kept
    out of the comparison, both ends ("from 10 to 15" is a change, and stays)."""
    text = p.art.text
    for x, y in zip(nums, nums[1:]):
        if x.sent != y.sent or x.kind == "score" or x.kind != y.kind or not _RANGE_GAP.match(text[x.end:y.start]):
            continue
        before = text[max(0, x.start - 9):x.start].lower()
        connector = text[x.end:y.start].strip()
        if before.rstrip().endswith("from"):
            continue
        if connector == "and" and not before.rstrip().endswith("between"):
            continue
        # "21- and 25-year-old": two figures sharing one unit, a list (kept out like a range)
        x.base = y.base = True


def _inherit_units(p: Prepared, nums: list[Num]) -> None:
    """Bare counts take the unit they stand for: "58 of the 150 seats" -> seats;
    "61 seats ..., ahead of the People's Party on 44" -> seats (ellipsis)."""
    text = p.art.text
    for k, n in enumerate(nums):
        if n.unit or n.events or n.kind != "count":
            continue
        nxt = nums[k + 1] if k + 1 < len(nums) else None
        if nxt is not None and nxt.sent == n.sent and nxt.unit and _OF_REF.match(text[n.end:nxt.start]):
            n.unit, n.unit_text = nxt.unit, nxt.unit_text
            continue
        for prev in reversed(nums[:k]):
            if prev.sent != n.sent:
                break
            if prev.kind == "count" and prev.unit and not (prev.unit & _GENERIC_UNITS):
                n.unit, n.unit_text = prev.unit, prev.unit_text
                break


def _same_value(a: Num, b: Num) -> bool:
    if a.kind == "score" or b.kind == "score":
        return a.value == b.value and a.value2 == b.value2 or (a.value == b.value2 and a.value2 == b.value)
    x, y = a.value, b.value
    if x == y:
        return True
    hi, lo = max(abs(x), abs(y)), min(abs(x), abs(y))
    if hi == 0:
        return True
    rel = (hi - lo) / hi
    if rel < 0.005:
        return True
    # a large figure rounded to fewer significant digits: 1.23 billion vs 1.2 billion
    # (not "100" vs "95", nor "14,000" vs "14,200": those are different figures)
    if lo >= 1e5:
        for v, other in ((x, y), (y, x)):
            sig = _sig_digits(v)
            if 2 <= sig < _sig_digits(other) and _round_sig(other, sig) == _round_sig(v, sig):
                return True
    if (a.rounding or b.rounding) and rel <= 0.04:
        return True
    if a.bound and a.bound == b.bound:
        return False  # "at least 14" / "at least 17": two figures given, whatever the truth
    # "more than 400" is consistent with "some 400", "14" with "more than a dozen"
    lo_a, hi_a = _bounds(a)
    lo_b, hi_b = _bounds(b)
    return lo_a <= hi_b and lo_b <= hi_a


def _bounds(n: Num) -> tuple[float, float]:
    v = n.value
    if n.bound == "min":
        return v, 1.5 * v  # "more than 400" fits "437", not "1,000" (that is another figure given)
    if n.bound == "max":
        return (0.9 * v if n.rounding else -math.inf), v  # "nearly 14" is 13-something, not 11.4
    if n.rounding:
        return 0.96 * v, 1.04 * v
    return v, v


def _sig_digits(v: float) -> int:
    s = ("%.10g" % abs(v)).replace(".", "").lstrip("0")
    if "e" in s:
        s = s.split("e")[0]
    s = s.rstrip("0") or "0"
    return len(s)


def _round_sig(v: float, sig: int) -> float:
    if v == 0:
        return 0.0
    return round(v, -int(math.floor(math.log10(abs(v)))) + (sig - 1))


def _comparable(a: Num, b: Num) -> bool:
    if a.kind != b.kind:
        return False
    sexes = {u for u in a.unit | b.unit if u.startswith("AGE_")}
    if len(sexes) > 1:
        return False  # a woman's age and a man's
    if a.kind == "money":
        return a.currency == b.currency
    if a.kind == "score":
        return True
    if a.events and b.events and not (a.events & b.events):
        return False
    if a.unit and b.unit:
        common = a.unit & b.unit
        if not common and _unit_synonyms(a.unit, b.unit):
            return True  # "62 salaried musicians" / "58 salaried players"
        if common == {"person"}:
            la, lb = a.unit - {"person"}, b.unit - {"person"}
            return bool(la & _GENERIC_PERSON or lb & _GENERIC_PERSON)
        return bool(common)
    if a.unit or b.unit:
        u = a.unit or b.unit
        if not (u & _GENERIC_UNITS) and not any(x.isupper() for x in u):
            return False
    if a.kind == "percent":
        return True
    return bool(a.events & b.events)


# --------------------------------------------------------------------------- persons and titles

def _find_persons(p: Prepared, ents: list[Entity]) -> dict[str, Person]:
    text = p.art.text
    persons: dict[str, Person] = {}
    tok_starts = {t[0]: idx for idx, t in enumerate(p.toks)}
    tok_ends = {t[1]: idx for idx, t in enumerate(p.toks)}
    for e in ents:
        if e.label != "PERSON":
            continue
        words = e.text.split()
        if not words:
            continue
        key = _fold(words[-1]).strip(".,'")
        if words[-1].lower().rstrip(".") in ("jr", "sr", "ii", "iii") and len(words) > 1:
            key = _fold(words[-2]).strip(".,'")
        if len(key) < 2:
            continue
        given = ""
        if len(words) > 1:
            gi = len(words) - 2 if words[-1].lower().rstrip(".") not in ("jr", "sr", "ii", "iii") else len(words) - 3
            given = _fold(words[max(0, gi)]).strip(".,")
        per = persons.get(key)
        if per is None:
            per = persons[key] = Person(key, e.text, given)
        if len(e.text) > len(per.full):
            per.full = e.text
            per.first = given or per.first
        per.mentions.append((e.start, e.end, e.text))
        # title before the name: role words, "of", country qualifiers skipped
        ti = tok_starts.get(e.start)
        if ti is not None:
            roles = []
            t = ti - 1
            first_role = qualifier = None
            while t >= 0 and p.toks[t][5] == p.toks[ti][5]:
                gap = text[p.toks[t][1]:p.toks[t + 1][0]]
                f = p.toks[t][3].rstrip(".")
                # "Madigan's coach, Paul Hallinan": a role right before the name, after a comma
                if gap.strip() not in ("", "-") and not (gap == ", " and t == ti - 1 and f in _ROLE_HEADS):
                    break
                if f in _ROLE_WORDS:
                    roles.append(f)
                    first_role = t
                elif f in ("of", "the", "and") and roles:
                    pass
                elif roles and first_role == t + 1 and (p.toks[t][2][0].isupper() and _portfolio(p, t) or
                                                       p.toks[t][2].islower() and f not in STOPWORDS and t > 0 and
                                                       (p.toks[t - 1][3].rstrip(".") in _ROLE_WORDS or
                                                        p.toks[t - 1][3].endswith("'s") or
                                                        p.toks[t - 1][3] in ("the", "external", "foreign"))):
                    # "Transport Minister", "Health Secretary": the portfolio is part of the title;
                    # lower case only between two role words ("Deputy council leader")
                    roles.append("mod:" + f)
                    first_role = t
                elif p.toks[t][2][0].isupper() and roles:
                    # "U.S. Secretary of State", "Ukrainian President": qualifiers stay out of
                    # the roles, but in the words shown
                    qualifier = t if first_role == t + 1 else None
                    break
                else:
                    break
                t -= 1
            if roles and any(r in _ROLE_HEADS for r in roles):
                s0 = p.toks[first_role if qualifier is None else qualifier][0]
                per.titles.append((_role_set(roles[::-1]), s0, e.end, text[s0:e.end]))
        # apposition after the name: ", the company's chief executive,"
        tj = tok_ends.get(e.end)
        if tj is not None and text[e.end:e.end + 2] == ", ":
            roles = []
            t = tj + 1
            last = None
            while t < len(p.toks) and p.toks[t][5] == p.toks[tj][5] and t <= tj + 6:
                f = p.toks[t][3].rstrip(".")
                if f in _ROLE_WORDS:
                    roles.append(f)
                    last = t
                elif f in ("the", "a", "an", "its", "their", "his", "her", "of") or f.endswith("'s") or \
                        (p.toks[t][2][0].isupper() and not roles):
                    pass
                else:
                    break
                if text[p.toks[t][1]:p.toks[t][1] + 1] in ",;.":
                    break
                t += 1
            if roles and any(r in _ROLE_HEADS for r in roles) and last is not None:
                # "the mayor of Bétera": the place or body belongs to the title
                t = last + 1
                if t + 1 < len(p.toks) and p.toks[t][3] == "of" and p.toks[t + 1][2][0].isupper() and \
                        text[p.toks[last][1]:p.toks[t][0]] == " ":
                    last = t + 1
                    while last + 1 < len(p.toks) and p.toks[last + 1][2][0].isupper() and \
                            text[p.toks[last][1]:p.toks[last + 1][0]] == " ":
                        last += 1
                per.titles.append((_role_set(roles), e.start, p.toks[last][1], text[e.start:p.toks[last][1]]))
    return persons


_ABBREV_ROLES = {"ceo": ("chief", "executive", "officer"), "cfo": ("chief", "financial", "officer"),
                 "coo": ("chief", "operating", "officer"), "cto": ("chief", "technology", "officer")}


def _role_set(roles: list[str]) -> frozenset:
    """Role words of one title, in text order, as a set; "chief" before another role
    word ("Chief Judge", "chief executive") is a rank, marked "chief+"."""
    out: list[str] = []
    for r in roles:
        out.extend(_ABBREV_ROLES.get(r, (r,)))
    marks = {"chief+" for k, r in enumerate(out) if r == "chief" and k + 1 < len(out)}
    return frozenset(out) | marks


_RANK_MODS = {"chief+", "former", "deputy", "vice", "assistant", "associate", "acting", "interim", "junior", "under",
              "lieutenant", "co"}


_NATIONAL_SUFFIXES = ("an", "ese", "ish", "i", "ic", "ch")
_QUALIFIERS = {"french", "dutch", "greek", "swiss", "thai", "welsh", "czech", "democrat", "conservative",
               "liberal", "labour", "labor", "green", "socialist", "u.s", "us", "uk", "u.k", "eu", "un", "nato",
               "state", "federal", "national", "regional", "local", "city", "county", "provincial", "new", "then",
               "outgoing", "incoming", "current", "longtime", "veteran", "top", "senior"}


def _portfolio(p: Prepared, t: int) -> bool:
    """Is the capitalised word before a role a portfolio ("Transport") rather than a
    qualifier (a nationality, a party, a country, a place)?"""
    f = p.toks[t][3].rstrip(".")
    if f in _QUALIFIERS or f.endswith(_NATIONAL_SUFFIXES) or not p.toks[t][2][1:].islower():
        return False
    if f in STOPWORDS or f.endswith(("'s", "'")):
        return False  # "Her coach", "Madigan's coach": whose, not which post
    s0 = p.toks[t][0]
    return not any(e.start <= s0 < e.end and e.label in ("GPE", "NORP", "LOC", "ORG", "FAC", "PERSON")
                   for e in p.ana.entities)


def _role_compatible(a: frozenset, b: frozenset) -> bool:
    if a == {"boss"} or b == {"boss"}:
        return True  # headline shorthand for whoever leads it
    if (a & _RANK_MODS) != (b & _RANK_MODS):
        return False
    a2, b2 = a - _RANK_MODS - {"senior"}, b - _RANK_MODS - {"senior"}
    if not a2 or not b2 or a2 <= b2 or b2 <= a2:
        return True
    # heads compatible through synonyms, modifiers not contradicting
    ha, hb = a2 & _ROLE_HEADS, b2 & _ROLE_HEADS
    if ha and hb and not any(y in _ROLE_SYN.get(x, {x}) or x == y for x in ha for y in hb):
        return False
    ma, mb = a2 - _ROLE_HEADS, b2 - _ROLE_HEADS
    if ma and mb and not any(y in _ROLE_SYN.get(x, {x}) or x == y for x in ma for y in mb):
        return False
    return True


# --------------------------------------------------------------------------- alignment

def _idf(preps: list[Prepared]) -> dict[str, float]:
    df: dict[str, int] = {}
    total = 0
    for p in preps:
        for terms in p.sent_terms:
            total += 1
            for t in terms:
                df[t] = df.get(t, 0) + 1
    return {t: math.log(1.0 + total / c) for t, c in df.items()}


def _weight(t: str, idf: dict, caps: set) -> float:
    w = idf.get(t, 1.0)
    return w * 1.5 if t in caps else w


def _align(pa: Prepared, pb: Prepared, idf: dict) -> dict[tuple[int, int], float]:
    """Sentence pairs with their weighted Dice similarity (blocked by an inverted index)."""
    caps = pa.cap_terms | pb.cap_terms
    wt: dict[str, float] = {}
    for terms in pa.sent_terms + pb.sent_terms:
        for t in terms:
            if t not in wt:
                wt[t] = _weight(t, idf, caps)
    index: dict[str, list[int]] = {}
    wb = []
    for j, terms in enumerate(pb.sent_terms):
        wb.append(sum([wt[t] for t in terms]))
        for t in terms:
            index.setdefault(t, []).append(j)
    out: dict[tuple[int, int], float] = {}
    nb = max(1, len(pb.sent_terms))
    for i, terms in enumerate(pa.sent_terms):
        if not terms:
            continue
        wa = sum([wt[t] for t in terms])
        acc: dict[int, float] = {}
        for t in terms:
            post = index.get(t)
            if not post or len(post) > max(8, nb // 2):
                # very common in the other article: it only adds, never finds
                if post:
                    continue
                continue
            for j in post:
                acc[j] = 1.0
        for j in acc:
            # exact weighted overlap, including the common terms skipped above
            ov = sum([wt[t] for t in terms & pb.sent_terms[j]])
            sim = 2 * ov / (wa + wb[j]) if wa + wb[j] else 0.0
            if sim >= 0.12:
                out[(i, j)] = sim
    return out


# --------------------------------------------------------------------------- spans and sides

_CLAUSE_GAP = frozenset(",;:()—–[]\"“”")
_GAP_UNIT = frozenset(",;:()—–\"“”")
_GAP_EVENT = frozenset(",;:()—")
_GAP_NEG = frozenset(",;:—")


def _clause(p: Prepared, t0: int, t1: int, max_words: int = 10) -> tuple[int, int]:
    """Character span of the clause around tokens t0..t1 (inclusive), at most max_words each way."""
    text = p.art.text
    si = p.toks[t0][5]
    a0, a1 = p.sent_toks[si]
    lo = t0
    while lo - 1 >= a0 and t0 - (lo - 1) <= max_words:
        gap = text[p.toks[lo - 1][1]:p.toks[lo][0]]
        if gap != " " and not _CLAUSE_GAP.isdisjoint(gap):
            break
        lo -= 1
    hi = t1
    while hi + 1 < a1 and (hi + 1) - t1 <= max_words:
        gap = text[p.toks[hi][1]:p.toks[hi + 1][0]]
        if gap != " " and not _CLAUSE_GAP.isdisjoint(gap):
            break
        hi += 1
    return p.toks[lo][0], p.toks[hi][1]


def _side(p: Prepared, s: int, e: int) -> Side:
    text = p.art.text
    if e - s > 380:
        e = s + 380
        while e > s and not text[e - 1].isalnum():
            e -= 1
    return Side(p.art.id, s, e, text[s:e])


def _tok_index_at(p: Prepared, pos: int) -> int:
    """Index of the token that contains pos, or the next one."""
    return min(bisect_right(p.tok_ends, pos), len(p.toks) - 1)


def _label(p: Prepared) -> str:
    return p.art.source or p.art.title or p.art.id


# --------------------------------------------------------------------------- quotes

_QWORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


_CONTRACTIONS = {"won't": ("will", "not"), "can't": ("can", "not"), "cannot": ("can", "not"),
                 "shan't": ("shall", "not"), "ain't": ("is", "not"), "i'm": ("i", "am"), "let's": ("let", "us")}
_SUFFIX_CONTRACTIONS = (("n't", ("not",)), ("'re", ("are",)), ("'ve", ("have",)), ("'ll", ("will",)),
                        ("'d", ("would",)))


def _qwords(text: str, base: int) -> list[tuple[int, int, str]]:
    """Words of a quote, folded; contractions spelled out ("doesn't" -> "does not"),
    both words keeping the span of the written one."""
    out = []
    for m in _QWORD.finditer(text):
        w = _fold(m.group())
        s0, e0 = base + m.start(), base + m.end()
        if w in _CONTRACTIONS:
            out.extend((s0, e0, x) for x in _CONTRACTIONS[w])
            continue
        for suf, rest in _SUFFIX_CONTRACTIONS:
            if w.endswith(suf) and len(w) > len(suf) + 1:
                out.append((s0, e0, w[:-len(suf)]))
                out.extend((s0, e0, x) for x in rest)
                break
        else:
            out.append((s0, e0, w))
    return out


_SPELLING = [(re.compile(r"our(s?)$"), r"or\1"), (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
             (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"), (re.compile(r"tre(s?)$"), r"ter\1"),
             (re.compile(r"ence(s?)$"), r"ense\1"), (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"),
             (re.compile(r"ogue(s?)$"), r"og\1"), (re.compile(r"ae"), "e")]


def _us_spelling(w: str) -> str:
    for pat, rep_ in _SPELLING:
        w = pat.sub(rep_, w)
    return w


def _speaker_key(sp: Optional[str]) -> Optional[str]:
    if not sp:
        return None
    w = sp.split()
    return _fold(w[-1]).strip(".,'") if w else None


def _word_equiv(x: str, y: str) -> bool:
    if x == y:
        return True
    if x.isdigit() or y.isdigit():
        xv = _NUM_WORDS.get(x, x)
        yv = _NUM_WORDS.get(y, y)
        return str(xv) == str(yv)
    # British and American spellings of one word: honour/honor, organisation/organization
    return len(x) >= 4 and _us_spelling(x) == _us_spelling(y)


def _compare_quotes(pa: Prepared, pb: Prepared, align: Optional[dict] = None) -> list[Disagreement]:
    align = align or {}
    mutual = _mutual_best(align)
    out = []
    qa_list = [(q, _qwords(q.text, q.start)) for q in pa.quotes]
    qb_list = [(q, _qwords(q.text, q.start)) for q in pb.quotes]
    # index quotes of b by content word
    index: dict[str, list[int]] = {}
    b_content = []
    for j, (q, ws) in enumerate(qb_list):
        c = {w for _, _, w in ws if w not in STOPWORDS and len(w) > 1}
        b_content.append(c)
        for w in c:
            index.setdefault(w, []).append(j)
    used_b: set[int] = set()
    cands = []
    for i, (qa, wa) in enumerate(qa_list):
        ca = {w for _, _, w in wa if w not in STOPWORDS and len(w) > 1}
        if not ca:
            continue
        hits: dict[int, int] = {}
        for w in ca:
            for j in index.get(w, ()):
                hits[j] = hits.get(j, 0) + 1
        for j, shared in hits.items():
            qb, wb = qb_list[j]
            cb = b_content[j]
            ska, skb = _speaker_key(qa.speaker), _speaker_key(qb.speaker)
            small = min(len(ca), len(cb))
            if ska and skb and ska != skb and _fuzz_ratio(ska, skb) < 80:
                # different speakers: the same words would still be one statement
                # (a speaker may be misattributed), but only when nearly identical
                # (the shorter may be part of the longer: "X, but it is the right one")
                run = _longest_run(wa, wb)
                if run >= 5 and run >= 0.6 * min(len(wa), len(wb)):
                    # a quote quoted inside another's words: "‘Sort me out and the contract is yours,’
                    # the judge said" / "Sort me out and the job is yours"
                    cands.append((0.5, shared, i, j))
                    continue
                if not (shared >= 4 and shared / small >= 0.7 and _fuzz_partial(_fold(qa.text), _fold(qb.text)) >= 80
                        or shared >= 2 and run >= 5):
                    continue
            if (shared < 2 or shared / small < 0.5) and (not (ska and skb) or ska == skb) and \
                    _longest_run(wa, wb) >= 5:
                # "... the water we have, not the water we ..." in both: one statement
                cands.append((0.5, shared, i, j))
                continue
            if shared < 2 or shared / small < 0.5:
                # a short quote ("very likely" / "quite likely") counts only inside two
                # sentences that report the same thing
                si, sj = _sent_of(pa, qa.start), _sent_of(pb, qb.start)
                sim = align.get((si, sj), 0.0)
                if not (shared >= 1 and shared / small >= 0.5 and (sim >= 0.3 or ((si, sj) in mutual and sim >= 0.2))
                        and _fuzz_ratio(_fold(qa.text), _fold(qb.text)) >= 60):
                    continue
            elif not (ska and skb) and shared < 3 and _fuzz_ratio(_fold(qa.text), _fold(qb.text)) < 70:
                continue
            cands.append((shared / small, shared, i, j))
    cands.sort(key=lambda x: (-x[0], -x[1], x[2], x[3]))
    used_a: set[int] = set()
    # one outlet may split a statement into two quotes that the other prints as one: a
    # quote matched in part stays open for its other part (its words not yet covered)
    cover_a: dict[int, tuple[int, int]] = {}
    cover_b: dict[int, tuple[int, int]] = {}
    for _, shared, i, j in cands:
        if i in used_a or j in used_b:
            continue
        qa, wa = qa_list[i]
        qb, wb = qb_list[j]
        wa_open, wb_open = _uncovered(wa, cover_a.get(i)), _uncovered(wb, cover_b.get(j))
        if len(wa_open) < 2 or len(wb_open) < 2:
            continue
        d = _diff_quote(pa, pb, qa, wa_open, qb, wb_open)
        if d is _REWORDED:
            continue  # not a version of the other: left to the reworded-quote pass
        if abs(len(wa_open) - len(wb_open)) < 3:
            used_a.add(i)  # of like length: matched whole, nothing left over for another quote
            used_b.add(j)
            if d is not None:
                out.append(d)
            continue
        ra, rb = _matched_region(wa_open, wb_open)
        for cover, k, ws, open_, r in ((cover_a, i, wa, wa_open, ra), (cover_b, j, wb, wb_open, rb)):
            lo = ws.index(open_[r[0]])
            hi = ws.index(open_[r[1] - 1]) + 1
            old = cover.get(k)
            cover[k] = (min(lo, old[0]), max(hi, old[1])) if old else (lo, hi)
        if _uncovered_len(wa, cover_a[i]) < 3:
            used_a.add(i)
        if _uncovered_len(wb, cover_b[j]) < 3:
            used_b.add(j)
        if d is not None:
            out.append(d)
    out += _reworded_quotes(pa, pb, qa_list, qb_list, used_a | set(cover_a), used_b | set(cover_b), align)
    return out


def _longest_run(wa: list, wb: list) -> int:
    """The longest run of words two quotes share in the same order ("decision our family has
    ever made"): five or more is one statement, whoever each article credits with it."""
    sm = difflib.SequenceMatcher(None, [w for _, _, w in wa], [w for _, _, w in wb], autojunk=False)
    return sm.find_longest_match(0, len(wa), 0, len(wb)).size


def _uncovered(ws: list, cover: Optional[tuple[int, int]]) -> list:
    """The longer stretch of a quote's words outside the part already matched."""
    if not cover:
        return ws
    before, after = ws[:cover[0]], ws[cover[1]:]
    return before if len(before) > len(after) else after


def _uncovered_len(ws: list, cover: tuple[int, int]) -> int:
    return max(cover[0], len(ws) - cover[1])


def _matched_region(wa: list, wb: list) -> tuple[tuple[int, int], tuple[int, int]]:
    """Word ranges, in each quote, from the first to the last word the two share in order."""
    sm = difflib.SequenceMatcher(None, [w for _, _, w in wa], [w for _, _, w in wb], autojunk=False)
    blocks = [b for b in sm.get_matching_blocks() if b.size]
    if not blocks:
        return (0, len(wa)), (0, len(wb))
    return (blocks[0].a, blocks[-1].a + blocks[-1].size), (blocks[0].b, blocks[-1].b + blocks[-1].size)


_PRONOUN_SPEAKERS = {"he", "she", "they"}


def _quote_speakers(p: Prepared) -> list[Optional[str]]:
    """The speaker key of every quote: the engine's, else the person named in the quote's
    sentence outside the marks, else (after "he said") the last person named before."""
    keys = []
    mentions = sorted((m[0], m[1], key) for key, per in p.persons.items() for m in per.mentions)
    starts = [m[0] for m in mentions]
    for q in p.quotes:
        k = _speaker_key(q.speaker)
        if k is None:
            si = _sent_of(p, q.start)
            s0, e0 = p.sents[si]
            inside = [m for m in mentions if s0 <= m[0] < e0 and not (q.start <= m[0] < q.end)]
            if inside:
                k = min(inside, key=lambda m: abs(m[0] - q.start))[2]
            else:
                tail = p.art.text[q.end:e0].lower().split()[:4] + p.art.text[s0:q.start].lower().split()[-4:]
                if _PRONOUN_SPEAKERS & set(tail):
                    x = bisect_right(starts, q.start) - 1
                    if x >= 0 and _sent_of(p, mentions[x][0]) >= si - 2:
                        k = mentions[x][2]
        keys.append(k)
    return keys


def _quote_context(p: Prepared, q: Quote, qstems: set, name: set) -> set:
    """Content stems around a quote: its sentence and the one before it in the same
    paragraph, less the quote's own words, the speaker's name and role, speech verbs."""
    si = _sent_of(p, q.start)
    terms = set(p.sent_terms[si])
    if si > 0 and "\n" not in p.art.text[p.sents[si - 1][1]:p.sents[si][0]]:
        terms |= p.sent_terms[si - 1]
    return {t for t in terms - qstems - name if t not in _SPEECH and t[:5] not in _SPEECH and t not in _ROLE_WORDS
            and not t[0].isdigit()}


def _reworded_quotes(pa: Prepared, pb: Prepared, qa_list, qb_list, used_a: set, used_b: set,
                     align: dict) -> list[Disagreement]:
    """The same speaker quoted in largely different words about the same thing: quotes
    should be verbatim.  Anchored by a rare word the two quotes share, plus a shared
    context (their sentences, or the same place among that speaker's quotes)."""
    if len(used_a) == len(qa_list) or len(used_b) == len(qb_list):
        return []
    spk_a = pa.memo.get("speakers") or pa.memo.setdefault("speakers", _quote_speakers(pa))
    spk_b = pb.memo.get("speakers") or pb.memo.setdefault("speakers", _quote_speakers(pb))
    ord_a, ord_b = _speaker_order(spk_a), _speaker_order(spk_b)
    cands = []
    for i, (qa, wa) in enumerate(qa_list):
        if i in used_a or not spk_a[i] or len(wa) < 4:
            continue
        sa = {stem(w) for _, _, w in wa if w not in STOPWORDS and len(w) > 2}
        name_a = {stem(x) for x in _fold(pa.persons[spk_a[i]].full).split()} if spk_a[i] in pa.persons else {spk_a[i]}
        ctx_a = None
        for j, (qb, wb) in enumerate(qb_list):
            if j in used_b or not spk_b[j] or len(wb) < 4:
                continue
            if spk_a[i] != spk_b[j] and _fuzz_ratio(spk_a[i], spk_b[j]) < 80:
                continue
            sb = {stem(w) for _, _, w in wb if w not in STOPWORDS and len(w) > 2}
            shared = sa & sb
            # (a word the sentence index lacks, like "A49", is as rare as can be)
            rare = {w for w in shared if w not in _NUMERIC_WORDS and w not in NEGATORS and w not in _LIGHT_PARTICIPLES
                    and 2 <= pa.df.get(w, _unindexed(w)) + pb.df.get(w, _unindexed(w)) <= 4}
            syn = _synonym_pairs(sa - sb, sb - sa, pa, pb)
            if not rare:
                # no rare word in common: rare words in other words ("lucky" / "fortunate",
                # "near" / "close"), two at least, over a good part of the shorter quote
                if len(syn) < 2 or (len(shared) + len(syn)) / min(len(sa), len(sb)) < 0.4:
                    continue
                rare = syn
            if ctx_a is None:
                ctx_a = _quote_context(pa, qa, sa, name_a)
            name_b = {stem(x) for x in _fold(pb.persons[spk_b[j]].full).split()} if spk_b[j] in pb.persons else \
                {spk_b[j]}
            ctx_b = _quote_context(pb, qb, sb, name_b | name_a)
            ctx = {w for w in (ctx_a - name_b) & ctx_b if pa.df.get(w, 0) + pb.df.get(w, 0) <= 6}
            sim = align.get((_sent_of(pa, qa.start), _sent_of(pb, qb.start)), 0.0)
            same_place = ord_a[i] == ord_b[j]
            # (two quotes with no word in common are not taken for one statement: the same
            # person says several things, and both articles' contexts often match)
            # two rare words in common, or in other words, need no more; nor does one with two
            # more of the story's less common words, in quotes of like length ("labour",
            # "the A49", "the board")
            topical = {w for w in shared if pa.df.get(w, _unindexed(w)) + pb.df.get(w, _unindexed(w)) <= 8}
            like_length = max(len(wa), len(wb)) <= 1.6 * min(len(wa), len(wb))
            if not (rare and (ctx or same_place or sim >= 0.15 or len(rare | syn) >= 2 or
                              (len(topical) >= 3 and like_length))):
                continue
            score = 2 + len(rare) + 0.5 * len(ctx) + same_place
            cands.append((score, i, j))
    out = []
    for _, i, j in sorted(cands, key=lambda x: (-x[0], x[1], x[2])):
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        qa, qb = qa_list[i][0], qb_list[j][0]
        d = _diff_quote(pa, pb, qa, qa_list[i][1], qb, qb_list[j][1])
        if d is not _REWORDED:
            # close enough for a word diff ("organisation" / "organization"): it decides
            if d is not None:
                out.append(d)
            continue
        speaker = qa.speaker or qb.speaker or pa.persons.get(spk_a[i], Person(spk_a[i], spk_a[i], "")).full
        short = lambda t: t if len(t) <= 60 else t[:57].rstrip() + "..."  # noqa: E731
        out.append(Disagreement(
            "quote", _side(pa, qa.start, qa.end), _side(pb, qb.start, qb.end),
            f"{speaker}'s statement is quoted in different words: '{short(qa.text)}' vs '{short(qb.text)}'",
            0.6, (qa.text,), (qb.text,)))
    return out


def _unindexed(w: str) -> int:
    """The sentence count to assume for a quote word the sentence index lacks: one for a
    code like "A49" (split there into "A" and "49"), none for a word left out as common."""
    return 1 if not w.isalpha() and any(c.isdigit() for c in w) else 0


def _synonym_pairs(xs: set, ys: set, pa: Prepared, pb: Prepared) -> set[str]:
    """The words of ``xs`` that have a synonym in ``ys``, neither common in the two
    articles; empty unless one such pair is rare (three sentences at most)."""
    syn = synonym_map(stem)
    out = set()
    rare = False
    for x in xs:
        dx = pa.df.get(x, 0) + pb.df.get(x, 0)
        if dx > 6:
            continue
        for y in syn.get(x, ()):
            if y in ys:
                dy = pa.df.get(y, 0) + pb.df.get(y, 0)
                if dy <= 6:
                    out.add(x)
                    rare = rare or max(dx, dy) <= 3
                    break
    return out if rare else set()


def _speaker_order(keys: list) -> list[int]:
    """The place of each quote among its speaker's quotes (0 = the speaker's first)."""
    seen: dict = {}
    out = []
    for k in keys:
        out.append(seen.get(k, 0))
        seen[k] = seen.get(k, 0) + 1
    return out


def _sentence_chunks(ws: list, text: str) -> list[list]:
    """A quote's words cut at its sentence ends."""
    out, cur = [], []
    for k, x in enumerate(ws):
        if cur and any(c in text[ws[k - 1][1]:x[0]] for c in ".?!"):
            out.append(cur)
            cur = []
        cur.append(x)
    if cur:
        out.append(cur)
    return out


def _in_a_order(wa: list, wb: list, text_a: str, text_b: str) -> list:
    """``wb`` with its sentences put in the order of the sentences of ``wa`` they match:
    one outlet may quote "X. Y." and the other "Y. X."."""
    cb = _sentence_chunks(wb, text_b)
    if len(cb) < 2:
        return wb
    ca = [{w for _, _, w in c} for c in _sentence_chunks(wa, text_a)]
    if len(ca) < 2:
        return wb
    def place(chunk):
        words = {w for _, _, w in chunk}
        best = max(range(len(ca)), key=lambda k: (len(words & ca[k]), -k))
        return best if len(words & ca[best]) >= 2 else None
    keys = [place(c) for c in cb]
    if None in keys or keys == sorted(keys):
        return wb
    order = sorted(range(len(cb)), key=lambda k: (keys[k], k))
    return [x for k in order for x in cb[k]]


def _whole_quote(q: Quote, span: tuple[int, int], limit: int = 300) -> tuple[int, int]:
    """The quote's own span when it is short enough to show whole, else the differing part."""
    if q.end - q.start <= limit and q.start <= span[0] and span[1] <= q.end:
        return q.start, q.end
    return span


def _diff_quote(pa, pb, qa: Quote, wa, qb: Quote, wb) -> Optional[Disagreement]:
    wb = _in_a_order(wa, wb, pa.art.text, pb.art.text)
    sa = [w for _, _, w in wa]
    sb = [w for _, _, w in wb]
    sm = difflib.SequenceMatcher(None, sa, sb, autojunk=False)
    ops = sm.get_opcodes()
    matched = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    if matched < 0.5 * min(len(sa), len(sb)):
        return _REWORDED
    if matched < (1 if min(len(sa), len(sb)) <= 3 else 2):
        return None
    # trim the unaligned outside parts (a partial quote of a longer one); an end worded
    # differently on both sides is kept ("a service that is not safe" / "a service we know
    # to be unsafe")
    # (only next to a verbatim run of four words or more, which pins down where the quotes meet)
    if len(ops) >= 2 and ops[-1][0] == "replace" and ops[-2][0] == "equal" and ops[-2][2] - ops[-2][1] >= 4:
        ops[-1] = _clip_end(ops[-1], tail=True)
    if len(ops) >= 2 and ops[0][0] == "replace" and ops[1][0] == "equal" and ops[1][2] - ops[1][1] >= 4:
        ops[0] = _clip_end(ops[0], tail=False)
    while ops and ops[0][0] != "equal" and not (ops[0][0] == "replace" and _end_kept(ops[0])):
        ops = ops[1:]
    while ops and ops[-1][0] != "equal" and not (ops[-1][0] == "replace" and _end_kept(ops[-1])):
        ops = ops[:-1]
    while ops and ops[0][0] in ("insert", "delete"):
        ops = ops[1:]
    while ops and ops[-1][0] in ("insert", "delete"):
        ops = ops[:-1]
    if not ops:
        return None
    diff_a: list[str] = []
    diff_b: list[str] = []
    disp: list[tuple[str, str]] = []
    real = False
    text_a, text_b = pa.art.text, pb.art.text
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        xa, xb = sa[i1:i2], sb[j1:j2]
        if tag == "replace" and len(xa) == len(xb) and all(_word_equiv(x, y) for x, y in zip(xa, xb)):
            continue
        if tag in ("delete", "insert"):
            # an ellipsis or a bracketed editorial insertion marks a deliberate cut
            if tag == "delete":
                gap = text_b[wb[j1 - 1][1]:wb[j1][0]] if 0 < j1 < len(wb) else ""
                seg = text_a[wa[i1][0]:wa[i2 - 1][1]]
            else:
                gap = text_a[wa[i1 - 1][1]:wa[i1][0]] if 0 < i1 < len(wa) else ""
                seg = text_b[wb[j1][0]:wb[j2 - 1][1]]
            if "..." in gap or "…" in gap or "[" in gap:
                continue
            # a whole clause left out where the shorter quote has a sentence break:
            # quoting two sentences and skipping what came between them
            if len(xa or xb) >= 3 and any(c in gap for c in ".;:!?—"):
                continue
            around = (text_a if tag == "delete" else text_b)
            s0 = (wa[i1][0] if tag == "delete" else wb[j1][0])
            if around[max(0, s0 - 1):s0] == "[":
                continue
            if all(w in STOPWORDS for w in (xa or xb)) and len(xa or xb) == 1:
                # a dropped article or conjunction ("the", "and"): still not verbatim, but weak
                pass
        if xa:
            diff_a.append(text_a[wa[i1][0]:wa[i2 - 1][1]])
        if xb:
            diff_b.append(text_b[wb[j1][0]:wb[j2 - 1][1]])
        if xa and xb:
            disp.append((diff_a[-1], diff_b[-1]))
        else:
            # a word left out: show it with its neighbours ("every person" / "every single person")
            a_lo, a_hi = max(0, i1 - 1), min(len(wa), i2 + 1)
            b_lo, b_hi = max(0, j1 - 1), min(len(wb), j2 + 1)
            disp.append((text_a[wa[a_lo][0]:wa[a_hi - 1][1]] if a_hi > a_lo else "",
                         text_b[wb[b_lo][0]:wb[b_hi - 1][1]] if b_hi > b_lo else ""))
        real = True
    if not real:
        return None
    ca = [w for d in diff_a for w in _fold(d).split() if w not in STOPWORDS]
    cb = [w for d in diff_b for w in _fold(d).split() if w not in STOPWORDS]
    minor = not ca and not cb  # only function words differ: "a corner" / "the corner"
    a_lo = next(i1 for tag, i1, i2, j1, j2 in ops)
    a_hi = ops[-1][2]
    b_lo = ops[0][3]
    b_hi = ops[-1][4]
    sa_span = (wa[a_lo][0], wa[max(a_lo, a_hi - 1)][1])
    seg = wb[b_lo:max(b_lo + 1, b_hi)]  # (after a reordering, its words need not run in text order)
    sb_span = (min(x[0] for x in seg), max(x[1] for x in seg))
    # each side shows the whole quote (the differing words are marked in it), unless long
    side_a = _side(pa, *_whole_quote(qa, sa_span))
    side_b = _side(pb, *_whole_quote(qb, sb_span))
    speaker = qa.speaker or qb.speaker
    who = f"{speaker}'s statement" if speaker else "The same statement"
    # the most telling differences first: content words before function words
    disp.sort(key=lambda d: not any(w not in STOPWORDS for w in _fold(d[0] + " " + d[1]).split()))
    key_a = _key_words([d[0] for d in disp[:3]])
    key_b = _key_words([d[1] for d in disp[:3]])
    size = len(ca) + len(cb)
    score = min(0.95, 0.7 + 0.05 * size) if not minor else 0.45
    return Disagreement(
        "quote", side_a, side_b,
        f"{who} is quoted differently: '{key_a}' vs '{key_b}'",
        round(score, 3), tuple(diff_a), tuple(diff_b))


_REWORDED = Disagreement("quote", Side("", 0, 0, ""), Side("", 0, 0, ""), "", 0.0)  # sentinel


def _reworded(wa, wb) -> bool:
    """Two quotes too different for a word diff (neither is a verbatim part of the other)."""
    sa = [w for _, _, w in wa]
    sb = [w for _, _, w in wb]
    sm = difflib.SequenceMatcher(None, sa, sb, autojunk=False)
    matched = sum(b.size for b in sm.get_matching_blocks())
    return matched < 0.5 * min(len(sa), len(sb))


def _small(op) -> bool:
    return (op[2] - op[1]) <= 3 and (op[4] - op[3]) <= 3


def _clip_end(op, tail: bool):
    """A replaced end where one quote runs on ("mostly after midnight, and for a long time I
    ..." / "mostly in the small hours"): only as many words of the longer as the shorter has
    (two more at most) are the other wording; the rest is the longer quote going on."""
    tag, i1, i2, j1, j2 = op
    la, lb = i2 - i1, j2 - j1
    if max(la, lb) <= 6 or min(la, lb) > 6 or min(la, lb) == 0:
        return op
    k = min(la, lb) + 2
    if tail:
        return (tag, i1, min(i2, i1 + k), j1, min(j2, j1 + k))
    return (tag, max(i1, i2 - k), i2, max(j1, j2 - k), j2)


def _end_kept(op) -> bool:
    """A replaced stretch at a quote's end that is another wording, not another sentence:
    short on both sides and of like length."""
    la, lb = op[2] - op[1], op[4] - op[3]
    return _small(op) or (max(la, lb) <= 6 and max(la, lb) <= 2 * min(la, lb))


def _key_words(diffs: list[str]) -> str:
    if not diffs:
        return "—"
    s = ", ".join(d for d in diffs[:3] if d) or "—"
    return s if len(s) < 80 else s[:77] + "..."


# --------------------------------------------------------------------------- numbers across articles

def _num_text(p: Prepared, n: Num) -> str:
    return p.art.text[n.start:n.end]


def _unit_strength(a: Num, b: Num) -> float:
    common = a.unit & b.unit
    if not common:
        if a.events & b.events:
            return 0.1
        return 0.12 if a.kind in ("percent", "money", "score") else 0.0
    if common - _GENERIC_UNITS - _GENERIC_PERSON - {"person"}:
        return 0.3  # the same specific thing: jobs, vans, adults, a crowd
    return 0.12


def _compare_numbers(pa: Prepared, pb: Prepared, align: dict) -> list[Disagreement]:
    agree, cand = [], []
    # the distinct figures each figure could be tied to ("60 jobs" and later "Sixty jobs" are one)
    comparable_a: dict[int, set] = {}
    comparable_b: dict[int, set] = {}
    by_kind: dict[str, list[tuple[int, Num]]] = {}
    for ib, nb in enumerate(pb.nums):
        by_kind.setdefault(nb.kind, []).append((ib, nb))
    for ia, na in enumerate(pa.nums):
        for ib, nb in by_kind.get(na.kind, ()):
            if not _comparable(na, nb):
                continue
            sim = align.get((na.sent, nb.sent), 0.0)
            ctx = _dice(na.ctx, nb.ctx)
            us = _unit_strength(na, nb)
            ev = 0.1 if na.events & nb.events else 0.0
            strength = 0.5 * sim + 0.4 * ctx + us + ev
            if _same_value(na, nb):
                # an exact match settles a figure on little evidence; a loose one ("more than
                # £50,000" against "£243,000") only where the two are plainly tied
                if strength >= (0.1 if na.value == nb.value else 0.3):
                    agree.append((na.value == nb.value, strength, ia, ib))
                continue
            if _read_at_other_times(pa, ia, pb, ib):
                continue  # "900 acres late Saturday" / "5,100 acres as of Sunday morning": two readings
            if us >= 0.3 or (na.events & nb.events) or (na.kind == "money" and 0.5 <= na.value / (nb.value or 1) <= 2):
                comparable_a.setdefault(ia, set()).add(nb.value)
                comparable_b.setdefault(ib, set()).add(na.value)
            cand.append((strength, sim, ctx, us, ia, ib))
    used_a, used_b = set(), set()
    anchored: set[tuple[int, int]] = set()
    for exact, _, ia, ib in sorted(agree, key=lambda x: (-x[0], -x[1], x[2], x[3])):
        # every figure that agrees with one on the other side is settled
        v = pa.nums[ia].value
        distinctive = v >= 10 and (v != int(v) or int(v) % 10 != 0)
        if exact and distinctive and ia not in used_a and ib not in used_b:
            anchored.add((pa.nums[ia].sent, pb.nums[ib].sent))
        used_a.add(ia)
        used_b.add(ib)
    # what is left to compare in each pair of mutually best-aligned sentences
    mutual = _mutual_best(align)
    left_a: dict[tuple[int, int], int] = {}
    left_b: dict[tuple[int, int], int] = {}
    for _, _, _, _, ia, ib in cand:
        if ia in used_a or ib in used_b:
            continue
        left_a[(ia, pb.nums[ib].sent)] = left_a.get((ia, pb.nums[ib].sent), 0) + 1
        left_b[(ib, pa.nums[ia].sent)] = left_b.get((ib, pa.nums[ia].sent), 0) + 1
    out = []
    good = {p_ for p_ in mutual if align.get(p_, 0.0) >= 0.15} | anchored
    out += _parallel_numbers(pa, pb, good, cand, used_a, used_b, align)
    for strength, sim, ctx, us, ia, ib in sorted(cand, key=lambda x: (-x[0], x[4], x[5])):
        if ia in used_a or ib in used_b:
            continue
        na, nb = pa.nums[ia], pb.nums[ib]
        shared_ctx = len((na.ctx & nb.ctx) - na.unit - nb.unit)
        tied = strength >= 0.38 and (sim >= 0.22 or (sim >= 0.1 and ctx >= 0.4 and shared_ctx >= 2))
        # the same specific thing counted once in each article: tied even in different
        # sentences, given some shared context (or a telling unit: a crowd, hectares)
        specific = us >= 0.3 or bool(na.events & nb.events) or \
            (na.kind == "money" and 0.5 <= na.value / (nb.value or 1) <= 2 and (sim >= 0.1 or ctx >= 0.15))
        telling = any(u.isupper() and u not in ("person", "AGE") for u in na.unit & nb.unit)
        unique = specific and len(comparable_a.get(ia, ())) == 1 and len(comparable_b.get(ib, ())) == 1 and \
            (telling or sim >= 0.1 or shared_ctx >= 1)
        # the one figure of its kind left in two sentences that report the same thing
        pair_sent = (na.sent, nb.sent)
        # (not for bare durations: "63 minutes" / "12 minutes remaining" are two moments)
        us = us if (us >= 0.3 or na.kind in ("percent", "money", "score") or na.events & nb.events) else 0.0
        alone = ((pair_sent in mutual and sim >= 0.15 and strength >= 0.2 and us > 0) or
                 (pair_sent in anchored and us > 0)) and \
            left_a.get((ia, nb.sent)) == 1 and left_b.get((ib, na.sent)) == 1
        # the same digits in another order ("£148,600" / "£184,600", "142" / "124"): a slip of
        # one side, about the same thing, wherever the two figures stand
        swapped = _transposed(pa, na, pb, nb, shared_ctx)
        if not (tied or unique or alone or swapped):
            continue
        used_a.add(ia)
        used_b.add(ib)
        out.append(_number_flag(pa, pb, na, nb, strength))
    for ia, ib in _compare_concepts(pa, pb, used_a, used_b):
        used_a.add(ia)
        used_b.add(ib)
        out.append(_number_flag(pa, pb, pa.nums[ia], pb.nums[ib], 0.3))
    return out


def _reading_dates(p: Prepared) -> list[Optional[DateMention]]:
    """For each figure, the date right after it that says when it was read ("900 acres
    late Saturday", "4,300 acres by Sunday morning"), if any."""
    got = p.memo.get("reading_dates")
    if got is None:
        readings = [(_sent_of(p, d.start), _tok_index_at(p, d.start), d) for d in p.dates
                    if _date_anchor(p, d) == "READING"]
        got = []
        for n in p.nums:
            got.append(next((d for si, t, d in readings if si == n.sent and d.start >= n.end and t - n.tok <= 6),
                            None))
        p.memo["reading_dates"] = got
    return got


def _read_at_other_times(pa: Prepared, ia: int, pb: Prepared, ib: int) -> bool:
    da, db = _reading_dates(pa)[ia], _reading_dates(pb)[ib]
    return bool(da and db and _dates_conflict(da, db))


def _concepts(p: Prepared) -> dict:
    """(unit, event) -> the figures of that kind in an article: "seven children ... hospitalized"
    is (child, INJURY).  Only figures with both a specific unit and an event word count."""
    got = p.memo.get("concepts")
    if got is None:
        got = {}
        for k, n in enumerate(p.nums):
            if n.base or n.kind not in ("count", "money") or not n.events:
                continue
            units = {u for u in n.unit if u not in _GENERIC_UNITS and u != "person" and u not in _GENERIC_PERSON}
            for u in units:
                for ev in n.events:
                    got.setdefault((u, ev), []).append(k)
        p.memo["concepts"] = got
    return got


def _compare_concepts(pa: Prepared, pb: Prepared, used_a: set, used_b: set) -> list[tuple[int, int]]:
    """Pairs of figures that are the only one of their (unit, event) in each article and differ:
    "Seven children have been hospitalized" / "Five children are in the hospital"."""
    ca, cb = _concepts(pa), _concepts(pb)
    out = []
    for key in sorted(ca.keys() & cb.keys()):
        xa, xb = ca[key], cb[key]
        va = {pa.nums[k].value for k in xa}
        vb = {pb.nums[k].value for k in xb}
        if len(va) != 1 or len(vb) != 1:
            continue
        ia, ib = xa[0], xb[0]
        if ia in used_a or ib in used_b:
            continue
        na, nb = pa.nums[ia], pb.nums[ib]
        if _comparable(na, nb) and not _same_value(na, nb) and not _read_at_other_times(pa, ia, pb, ib):
            out.append((ia, ib))
    return out


def _unit_synonyms(ua: frozenset, ub: frozenset) -> bool:
    key = (ua, ub)
    got = _UNIT_SYN_CACHE.get(key)
    if got is None:
        syn = synonym_map(stem)
        got = any(v in ub for u in ua if u[:1].islower() and u not in _GENERIC_UNITS for v in syn.get(u, ()))
        if len(_UNIT_SYN_CACHE) < 50_000:
            _UNIT_SYN_CACHE[key] = got
    return got


_UNIT_SYN_CACHE: dict = {}


def _transposed(pa: Prepared, na: Num, pb: Prepared, nb: Num, shared_ctx: int = 0) -> bool:
    """Two different figures written with the same digits: three or more, or two where the
    words around them agree ("34 minutes more sleep a night" / "43 minutes more per night")."""
    da = [c for c in pa.art.text[na.start:na.end] if c.isdigit()]
    db = [c for c in pb.art.text[nb.start:nb.end] if c.isdigit()]
    if da == db or sorted(da) != sorted(db) or na.value == nb.value:
        return False
    return len(da) >= 3 or (len(da) == 2 and shared_ctx >= 2)


def _number_flag(pa: Prepared, pb: Prepared, na: Num, nb: Num, strength: float) -> Disagreement:
    s_a = _clause(pa, na.tok, _tok_index_at(pa, na.end - 1), 6)
    s_b = _clause(pb, nb.tok, _tok_index_at(pb, nb.end - 1), 6)
    ta, tb = _num_text(pa, na), _num_text(pb, nb)
    score = 0.8 if not (na.hedged or nb.hedged) else 0.6
    score = min(0.95, score * (0.75 + 0.4 * min(1.0, strength)))
    return Disagreement("number", _side(pa, *s_a), _side(pb, *s_b),
                        f"{_number_subject(na)} differs: {ta} vs {tb}", round(score, 3), (ta,), (tb,))


def _parallel_numbers(pa: Prepared, pb: Prepared, pairs: set, cand: list, used_a: set, used_b: set,
                      align: dict) -> list[Disagreement]:
    """Two sentences that report the same thing with the same run of figures
    ("revenue of $2.3bn ... below the $2.4bn expected" / "$2.8bn ... short of the $2.9bn
    forecast"): the figures left over pair up in order."""
    out = []
    partners: dict[int, set[int]] = {}
    for _, _, _, _, ia, ib in cand:
        partners.setdefault(ia, set()).add(ib)
    for sa, sb in sorted(pairs):
        la = [ia for ia, n in enumerate(pa.nums) if n.sent == sa and ia not in used_a and
              any(pb.nums[ib].sent == sb and ib not in used_b for ib in partners.get(ia, ()))]
        lb = sorted({ib for ia in la for ib in partners.get(ia, ()) if pb.nums[ib].sent == sb and ib not in used_b})
        if len(la) < 2 or len(la) != len(lb):
            continue
        if not all(ib in partners.get(ia, ()) for ia, ib in zip(la, lb)):
            continue
        for ia, ib in zip(la, lb):
            used_a.add(ia)
            used_b.add(ib)
            out.append(_number_flag(pa, pb, pa.nums[ia], pb.nums[ib], align.get((sa, sb), 0.0) + 0.2))
    return out


_EVENT_WORDS = {"DEATH": "killed", "INJURY": "injured", "MISSING": "missing", "DISPLACED": "displaced",
                "ARREST": "arrested", "RESCUE": "rescued"}


def _number_subject(n: Num) -> str:
    """What the figure counts, as the subject of the summary."""
    ev = sorted(e for e in n.events if e in _EVENT_WORDS)
    if n.kind == "money":
        return f"The amount ({n.currency})" if n.currency else "The amount"
    if n.kind == "percent":
        return f"The percentage ({n.unit_text})" if n.unit_text else "The percentage"
    if n.kind == "score":
        return "The score"
    if "AGE" in n.unit:
        return "The age"
    if n.unit_text.lower() in _MEASURE_NOUNS:
        return f"The {n.unit_text.lower()}"
    if n.unit_text:
        return f"The number of {n.unit_text}" + (f" {_EVENT_WORDS[ev[0]]}" if ev else "")
    if ev:
        return f"The number {_EVENT_WORDS[ev[0]]}"
    return "The same figure"


def _dice(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


# --------------------------------------------------------------------------- dates across articles

def _interval(v: Optional[str]) -> Optional[tuple[date, date, str]]:
    if not v:
        return None
    if "/" in v:
        a, b = v.split("/", 1)
        ia, ib = _interval(a), _interval(b)
        if ia and ib:
            return ia[0], ib[1], "range"
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            d = date.fromisoformat(v)
            return d, d, "day"
        if re.fullmatch(r"\d{4}-\d{2}", v):
            y, m = int(v[:4]), int(v[5:7])
            last = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1))
            return date(y, m, 1), last, "month"
        if re.fullmatch(r"\d{4}-W\d{2}", v):
            d = date.fromisocalendar(int(v[:4]), int(v[6:8]), 1)
            return d, d + timedelta(days=6), "week"
        if re.fullmatch(r"\d{4}", v):
            return date(int(v), 1, 1), date(int(v), 12, 31), "year"
    except ValueError:
        return None
    return None


def _weekday_of(text: str) -> Optional[str]:
    f = _fold(text)
    for w in _WEEKDAYS:
        if w in f:
            return w
    return None


_SPEECH = _with_stems({"say", "tell", "add", "announc", "state", "note", "report", "write", "post", "claim",
                       "insist", "explain", "warn", "confirm", "accord", "speak", "told", "comment", "describ", "call",
                       "ask", "reply", "announce", "describe", "stated", "noted", "added"})


_GENERIC_ANCHORS = {"start", "begin", "end", "take", "make", "come", "go", "get", "hold", "due", "set", "plan",
                    "meeting", "meet",
                    "expect", "open", "close", "return", "finish", "launch", "held", "run", "happen", "occur"}


# event verbs and nouns that name one kind of event: a date governed by "broke down" and
# one governed by "collapsed" date the same event
_EVENT_SYNONYMS = [
    ("END", "collapse fail founder stall end falter"),
    ("START", "start begin open commence launch erupt"),
    ("ANNOUNCE", "announce unveil reveal present introduce debut show publish disclose"),
    ("RELEASE", "release ship sale available arrive hit roll deliver launch"),
    ("TALKS", "talks negotiation negotiations discussion discussions"),
    ("VOTE", "vote ballot poll election"),
    ("SIGN", "sign agree seal conclude"),
    ("CLOSE", "close shut halt suspend"),
    ("REOPEN", "reopen resume restore"),
    ("ARREST", "arrest detain charge"),
    ("DIE", "die kill death"),
    ("QUIT", "resign quit step depart leave"),
    ("HIT", "hit strike"),
    ("OFFICE", "sworn inaugurate inauguration office swear"),
    ("EFFECT", "effect force apply applies take takes"),
    ("AWARD", "award awarded grant granted hand handed give"),
]
_EVENT_CLASS_OF: dict[str, set] = {}
for _cls, _ws in _EVENT_SYNONYMS:
    for _w in _ws.split():
        _EVENT_CLASS_OF.setdefault(_w, set()).add(_cls)
        _EVENT_CLASS_OF.setdefault(stem(_w), set()).add(_cls)
# aspect verbs: what began, started or happened is the event (its subject)
_ASPECT = {"start", "begin", "began", "begun", "happen", "occur", "take", "come", "get", "go", "be", "place",
           "expect", "due", "set", "schedul", "plan", "will", "would", "was", "were", "is", "are", "been"}
_ASPECT = _with_stems(_ASPECT)
_PHRASAL = {("broke", "down"): "END", ("break", "down"): "END", ("broken", "down"): "END",
            ("breaks", "down"): "END", ("broke", "out"): "START", ("break", "out"): "START",
            ("kicked", "off"): "START", ("kick", "off"): "START", ("set", "up"): "START", ("called", "off"): "END",
            ("wound", "up"): "END", ("shut", "down"): "CLOSE", ("stepped", "down"): "QUIT",
            ("step", "down"): "QUIT", ("gave", "way"): "END", ("give", "way"): "END", ("giving", "way"): "END",
            ("gives", "way"): "END"}
_NOT_ANCHOR = {"percent", "cent", "pct", "per", "point", "dollar", "euro", "pound", "price", "rate"}


_TIME_UNITS = {"day", "week", "month", "year", "hour", "minute", "second", "night", "fortnight", "decade"}
_CLOCK_WORDS = {"a", "p", "m", "am", "pm", "a.m", "p.m", "gmt", "bst", "utc", "et", "pt", "noon", "midnight",
                "dawn", "dusk", "daybreak", "nightfall", "midday", "sunrise", "sunset", "lunchtime",
                "o'clock", "morning", "afternoon", "evening", "night", "around", "about", "shortly", "just"}


def _date_anchor(p: Prepared, d: DateMention) -> Optional[str]:
    """The content word that governs a date ("broke out on Monday" -> "broke"), once per date."""
    memo = p.memo.setdefault("anchors", {})
    key = (d.start, d.end)
    if key not in memo:
        memo[key] = _find_date_anchor(p, d)
    return memo[key]


def _find_date_anchor(p: Prepared, d: DateMention) -> Optional[str]:
    t = _tok_index_at(p, d.start)
    si = p.toks[t][5]
    a0, _ = p.sent_toks[si]
    text = p.art.text
    # "at 6 p.m. Sunday", "around 4:30 p.m. Saturday": the clock time belongs to the date
    for m in _TIME_RE.finditer(text, max(0, d.start - 24), d.start):
        if not text[m.end():d.start].strip(" ,.") and m.start() >= p.toks[a0][0]:
            t = _tok_index_at(p, m.start())
            break
    for k in range(t - 1, max(a0 - 1, t - 5), -1):
        gap = text[p.toks[k][1]:p.toks[k + 1][0]]
        if gap != " " and not _GAP_UNIT.isdisjoint(gap):
            return None
        f = p.toks[k][3]
        if f in STOPWORDS or f in ("last", "next", "this", "early", "late", "earlier", "later") or f[0].isdigit() or \
                f.rstrip(".") in _CLOCK_WORDS:
            continue  # "at 6 p.m. Sunday": the clock time is part of the date, not its event
        st = p.toks[k][4]
        if st in _SPEECH or st[:5] in _SPEECH:
            return "SPEECH"
        if p.toks[k][2][0].isupper() or st in _NOT_ANCHOR:
            return None
        if k - 1 >= a0 and (p.toks[k - 1][3][0].isdigit() or p.toks[k - 1][3] in _NUM_WORDS) and \
                st not in _TIME_UNITS:
            return "READING"  # "900 acres late Saturday": when a figure was read, not when something happened
        return st
    return None


def _date_event(p: Prepared, d: DateMention, anchor: Optional[str]) -> frozenset:
    """What a date is the date of: its anchor word, the anchor's event class ("collapsed"
    and "broke down" are one), and for an aspect verb ("the leak began on Saturday")
    the subject before it."""
    if not anchor or anchor in ("SPEECH", "READING"):
        return frozenset()
    out = {anchor} | _EVENT_CLASS_OF.get(anchor, set())
    t = _tok_index_at(p, d.start)
    si = p.toks[t][5]
    a0, _ = p.sent_toks[si]
    # find the anchor token, then look back a few words for a subject or a particle verb
    k = t - 1
    while k >= a0 and p.toks[k][4] != anchor:
        k -= 1
    if k < a0:
        return frozenset(out)
    if anchor in ("down", "out", "off", "up", "way") and k - 1 >= a0:
        phrasal = _PHRASAL.get((p.toks[k - 1][3], anchor))
        out = {p.toks[k - 1][4] + "_" + anchor}
        if phrasal:
            out.add(phrasal)
    if anchor in _ASPECT or anchor in _GENERIC_ANCHORS or "START" in out:
        for q in range(k - 1, max(a0 - 1, k - 5), -1):
            f = p.toks[q][3]
            if f in STOPWORDS or p.toks[q][4] in _ASPECT:
                continue
            if p.toks[q][2][0].isupper() and q != a0:
                break
            out.add(p.toks[q][4])
            out |= _EVENT_CLASS_OF.get(p.toks[q][4], set())
            break
    return frozenset(out)


_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")
_DAYNUM_RE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")


def _month_of(text: str) -> Optional[str]:
    for w in re.findall(r"[A-Za-z]+", text):
        f = w.lower()
        if f in _MONTH_NUM and len(f) >= 3 and f != "may" or w == "May":
            return f[:3]
    return None


def _two_ends(text: str) -> bool:
    """A span written with both its ends ("March 2023 and January 2025"), not "up to May 12"."""
    return len(re.findall(r"\b(?:1[89]|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
                          text.lower())) >= 2


def _dates_conflict(d1: DateMention, d2: DateMention) -> Optional[bool]:
    """True: different dates; False: compatible; None: cannot tell."""
    v1, v2 = _interval(d1.value), _interval(d2.value)
    m1, m2 = _month_of(d1.text), _month_of(d2.text)
    w1, w2 = _weekday_of(d1.text), _weekday_of(d2.text)
    if w1 and w1 == w2 and not _DAYNUM_RE.search(d1.text) and not _DAYNUM_RE.search(d2.text) and \
            not m1 and not m2:
        return False  # "on Saturday" / "Saturday afternoon": one weekday, whatever week each resolved to
    if v1 and v2 and not _YEAR_RE.search(d1.text) and not _YEAR_RE.search(d2.text) and v1[0].year != v2[0].year:
        # no year written on either side, only inferred (and inferred apart): compare in one year
        try:
            w2 = (v2[0].replace(year=v1[0].year), v2[1].replace(year=v1[0].year + (v2[1].year - v2[0].year)))
        except ValueError:
            w2 = None
        if w2 and v1[0] <= w2[1] and w2[0] <= v1[1]:
            return False  # "up to May 12" / "from 18 April to 12 May"
    if m1 and m1 == m2 and not (_YEAR_RE.search(d1.text) and _YEAR_RE.search(d2.text)) and \
            not (_DAYNUM_RE.search(d1.text) and _DAYNUM_RE.search(d2.text)):
        return False  # "in January" / "next January": one month, resolved to two years
    if v1 and v2:
        if v1[2] == v2[2] == "range" and (v1[0], v1[1]) != (v2[0], v2[1]) and \
                _two_ends(d1.text) and _two_ends(d2.text):
            return True  # "between March 2023 and January 2025" / "between May 2023 and ...": two spans
        if v1[0] <= v2[1] and v2[0] <= v1[1]:
            return False
        if v1[2] != v2[2] and not ({v1[2], v2[2]} <= {"day", "range"}):
            return None
        return True
    w1, w2 = _weekday_of(d1.text), _weekday_of(d2.text)
    if w1 and w2:
        return w1 != w2
    if _fold(d1.text) == _fold(d2.text):
        return False
    return None


_MUTUAL_MEMO: tuple = (None, None)


def _mutual_best(align: dict) -> set[tuple[int, int]]:
    """Sentence pairs that are each other's best match (memoised for the last alignment;
    the memo is one tuple, replaced whole, so threads never see half of it)."""
    global _MUTUAL_MEMO
    memo = _MUTUAL_MEMO
    if memo[0] is align:
        return memo[1]
    result = _mutual_best_of(align)
    _MUTUAL_MEMO = (align, result)
    return result


def _mutual_best_of(align: dict) -> set[tuple[int, int]]:
    best_a: dict[int, tuple[float, int]] = {}
    best_b: dict[int, tuple[float, int]] = {}
    for (i, j), sim in align.items():
        if sim > best_a.get(i, (0.0, -1))[0]:
            best_a[i] = (sim, j)
        if sim > best_b.get(j, (0.0, -1))[0]:
            best_b[j] = (sim, i)
    return {(i, j) for i, (_, j) in best_a.items() if best_b.get(j, (0.0, -1))[1] == i}


def _figure_beside(p: Prepared, d: DateMention) -> set[float]:
    """Telling figures within six words of a date in its sentence: 10 or more, not round,
    not a year, not part of the date ("118 degrees on July 14" -> {118})."""
    t0, t1 = _tok_index_at(p, d.start), _tok_index_at(p, d.end - 1)
    si = _sent_of(p, d.start)
    return {n.value for n in p.nums
            if n.sent == si and t0 - 6 <= n.tok <= t1 + 6 and not d.start <= n.start < d.end and n.value >= 10
            and (n.value != int(n.value) or int(n.value) % 10 != 0) and not 1900 <= n.value <= 2100}


def _lead_terms(p: Prepared, d: DateMention) -> frozenset:
    """Content stems among the eight words before a date, back to a clause break."""
    memo = p.memo.setdefault("lead", {})
    key = (d.start, d.end)
    got = memo.get(key)
    if got is None:
        t = _tok_index_at(p, d.start)
        a0 = p.sent_toks[p.toks[t][5]][0]
        terms = set()
        for k in range(t - 1, max(a0 - 1, t - 9), -1):
            if not _GAP_EVENT.isdisjoint(p.art.text[p.toks[k][1]:p.toks[k + 1][0]]):
                break
            f = p.toks[k][3]
            # (names of places and people say where, not what happened: "at Mill Lane on ...")
            if f not in STOPWORDS and not f[0].isdigit() and p.toks[k][4] not in _ALIGN_STOP and \
                    f.rstrip(".") not in _CLOCK_WORDS and not p.toks[k][2][0].isupper():
                terms.add(p.toks[k][4])
        got = memo[key] = frozenset(terms)
    return got


def _compare_event_dates(pa: Prepared, pb: Prepared, found: list) -> list[Disagreement]:
    """The same event word (or a synonym: "broadcast" / "aired") governing one date in each
    article, anywhere in the story, with the dates apart: "broadcast in March 2023" /
    "aired in May 2023".  The word must govern no other date in either article."""
    def by_anchor(p: Prepared) -> dict:
        out: dict[str, list] = {}
        for d in p.dates:
            an = _date_anchor(p, d)
            if an and an not in ("SPEECH", "READING") and an not in _GENERIC_ANCHORS and an not in _ASPECT and \
                    len(an) >= 3:
                out.setdefault(an, []).append(d)
        return out
    xa, xb = by_anchor(pa), by_anchor(pb)
    if not xa or not xb:
        return []
    syn = synonym_map(stem)
    out = []
    for an, da in sorted(xa.items()):
        if len(da) != 1:
            continue
        for bn in sorted({an} | syn.get(an, frozenset())):
            db = xb.get(bn)
            if not db or len(db) != 1 or len(xa.get(bn, ())) > (1 if bn == an else 0):
                continue
            d1, d2 = da[0], db[0]
            if not _dates_conflict(d1, d2):
                continue
            s_a = _clause(pa, _tok_index_at(pa, d1.start), _tok_index_at(pa, d1.end - 1), 7)
            s_b = _clause(pb, _tok_index_at(pb, d2.start), _tok_index_at(pb, d2.end - 1), 7)
            d = Disagreement("date", _side(pa, *s_a), _side(pb, *s_b),
                             f"The same event is dated differently: '{d1.text}' vs '{d2.text}'", 0.5,
                             (d1.text,), (d2.text,))
            if not any(_side_overlap(d, q) for q in found + out):
                out.append(d)
            break
    return out


def _finest(dates: list[DateMention]) -> list[DateMention]:
    """A sentence's dates less its bare years when it also has a finer one."""
    fine = [d for d in dates if not (d.value and len(d.value) == 4 and d.value.isdigit())]
    return fine or dates


def _compare_dates(pa: Prepared, pb: Prepared, align: dict) -> list[Disagreement]:
    da_by: dict[int, list[DateMention]] = {}
    db_by: dict[int, list[DateMention]] = {}
    for d in pa.dates:
        da_by.setdefault(_sent_of(pa, d.start), []).append(d)
    for d in pb.dates:
        db_by.setdefault(_sent_of(pb, d.start), []).append(d)
    mutual = _mutual_best(align)
    anchors_a = {id(d): _date_anchor(pa, d) for d in pa.dates}
    anchors_b = {id(d): _date_anchor(pb, d) for d in pb.dates}
    events_a = {id(d): _date_event(pa, d, anchors_a[id(d)]) for d in pa.dates}
    events_b = {id(d): _date_event(pb, d, anchors_b[id(d)]) for d in pb.dates}
    out = []
    used_a, used_b = set(), set()
    pairs = sorted(((sim, i, j) for (i, j), sim in align.items() if sim >= 0.08 and i in da_by and j in db_by),
                   key=lambda x: (-x[0], x[1], x[2]))
    for sim, i, j in pairs:
        if i in used_a or j in used_b:
            continue
        best = None
        # the same event word governs both dates: "broke out on Monday" / "broke out on Tuesday"
        for d1 in da_by[i]:
            for d2 in db_by[j]:
                an = anchors_a[id(d1)]
                if sim < (0.25 if an in _GENERIC_ANCHORS else 0.15):
                    continue
                same = an and an not in ("SPEECH", "READING") and (an == anchors_b[id(d2)] or
                                                  bool(events_a[id(d1)] & events_b[id(d2)]))
                # or one telling figure beside both: "peaked at 118 degrees on July 14" /
                # "On July 16, it reached 118"; or two words of the clause before both:
                # "granted permission for the estate in March" / "granted permission in May"
                same = same or bool(_figure_beside(pa, d1) & _figure_beside(pb, d2)) or \
                    len(_lead_terms(pa, d1) & _lead_terms(pb, d2)) >= 2
                if same and _dates_conflict(d1, d2):
                    best = (d1, d2, max(sim, 0.4))
                    break
            if best:
                break
        if best is None and (sim >= 0.3 or (sim >= 0.2 and (i, j) in mutual)):
            # aligned sentences: they agree when any of their dates agree
            conflict = None
            agree = False
            # "on November 4 last year": the year only qualifies the day beside it
            for d1 in _finest(da_by[i]):
                for d2 in _finest(db_by[j]):
                    c = _dates_conflict(d1, d2)
                    if c is False:
                        agree = True
                    elif c and conflict is None:
                        a1, a2 = anchors_a[id(d1)], anchors_b[id(d2)]
                        several = len(da_by[i]) > 1 or len(db_by[j]) > 1
                        # two events named apart ("touched down ... on Tuesday" / "were arriving Wednesday")
                        apart = a1 and a2 and a1 != a2 and not (events_a[id(d1)] & events_b[id(d2)]) and \
                            not ({a1, a2} & (_GENERIC_ANCHORS | _ASPECT | {"turn", "READING"}))
                        if (several and a1 and a2 and a1 != a2) or (apart and sim < 0.45) or ((a1 == "SPEECH") != (a2 == "SPEECH")) or \
                                "READING" in (a1, a2) or \
                                (a1 == a2 == "SPEECH" and sim < 0.45):
                            continue  # different events (a statement's date is not the event's)
                        conflict = (d1, d2, sim)
            if conflict and not agree:
                best = conflict
        if best is None:
            continue
        d1, d2, strength = best
        used_a.add(i)
        used_b.add(j)
        s_a = _clause(pa, _tok_index_at(pa, d1.start), _tok_index_at(pa, d1.end - 1), 7)
        s_b = _clause(pb, _tok_index_at(pb, d2.start), _tok_index_at(pb, d2.end - 1), 7)
        va = f" ({d1.value})" if d1.value and d1.value != d1.text else ""
        vb = f" ({d2.value})" if d2.value and d2.value != d2.text else ""
        out.append(Disagreement(
            "date", _side(pa, *s_a), _side(pb, *s_b),
            f"The same event is dated differently: '{d1.text}'{va} vs '{d2.text}'{vb}",
            round(min(0.9, 0.5 + 0.4 * strength), 3), (d1.text,), (d2.text,)))
    return out


_TIME_RE = re.compile(r"\b(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?(?![\w]))?|\b(\d{1,2})(?:\.(\d{2}))?\s*([ap])\.?m\.?(?![\w])|"
                      r"\b(noon|midday|midnight)\b", re.I)
_TIME_HEDGE = re.compile(r"(?:about|around|approximately|shortly (?:after|before)|just (?:after|before)|some time|"
                         r"roughly|before|after|by|until)\s*$", re.I)


def _times(p: Prepared) -> list[tuple[int, int, int, int, bool]]:
    """Clock times: (sentence, start, end, minutes after midnight, hedged)."""
    out = []
    text = p.art.text
    for m in _TIME_RE.finditer(text):
        if m.group(7):
            word = m.group(7).lower()
            mins = 0 if word == "midnight" else 12 * 60
        else:
            h = int(m.group(1) or m.group(4))
            mi = int(m.group(2) or m.group(5) or 0)
            ap = (m.group(3) or m.group(6) or "").lower()
            if h > 23 or mi > 59 or (ap and not 1 <= h <= 12):
                continue
            if ap == "p" and h != 12:
                h += 12
            elif ap == "a" and h == 12:
                h = 0
            mins = 60 * h + mi
        if _STAMP.match(text, m.end()) and (m.start() == 0 or text[m.start() - 1] == "\n") and \
                _SAYS.search(text, m.end(), min(len(text), m.end() + 80)):
            continue  # a live blog's "6:45 a.m. — X confirms ..." is when it was posted, not when it happened
        hedged = bool(_TIME_HEDGE.search(text[max(0, m.start() - 20):m.start()]))
        out.append((_sent_of(p, m.start()), m.start(), m.end(), mins, hedged))
    return out


_SAYS = re.compile(r"\b(?:says|said|confirms|confirmed|tells|told|announces|announced|reports|reported|"
                   r"statement|update|updates)\b")
_STAMP = re.compile(r"\s*(?:[A-Z][a-z]{2,8}\s*)?(?:[—–:|]|-\s)")


def _compare_times(pa: Prepared, pb: Prepared, align: dict) -> list[Disagreement]:
    """The same event at a different clock time, in sentences that report the same thing."""
    ta, tb = _times(pa), _times(pb)
    if not ta or not tb:
        return []
    mutual = _mutual_best(align)
    by_b: dict[int, list] = {}
    for t in tb:
        by_b.setdefault(t[0], []).append(t)
    out = []
    done = set()
    for sa in sorted({t[0] for t in ta}):
        xs = [t for t in ta if t[0] == sa]
        for sb, ys in sorted(by_b.items()):
            sim = align.get((sa, sb), 0.0)
            if not (sim >= 0.3 or ((sa, sb) in mutual and sim >= 0.2)) or (sa, sb) in done:
                continue
            tol = lambda x, y: 30 if (x[4] or y[4]) else 10  # noqa: E731
            if any(abs(x[3] - y[3]) <= tol(x, y) for x in xs for y in ys):
                continue  # the sentences agree on a time
            x, y = xs[0], ys[0]
            if sim < 0.45 and not _same_event_at(pa, x, pb, y):
                continue  # "a meeting at 6 p.m." / "reported around 4:30 p.m.": two events
            done.add((sa, sb))
            s_a = _clause(pa, _tok_index_at(pa, x[1]), _tok_index_at(pa, x[2] - 1), 6)
            s_b = _clause(pb, _tok_index_at(pb, y[1]), _tok_index_at(pb, y[2] - 1), 6)
            ta_, tb_ = pa.art.text[x[1]:x[2]], pb.art.text[y[1]:y[2]]
            out.append(Disagreement(
                "date", _side(pa, *s_a), _side(pb, *s_b),
                f"The same event is timed differently: '{ta_}' vs '{tb_}'",
                round(min(0.85, 0.45 + 0.4 * sim), 3), (ta_,), (tb_,)))
    return out


def _same_event_at(pa: Prepared, x: tuple, pb: Prepared, y: tuple) -> bool:
    """Do the words that govern two clock times name one event (as for dates)?"""
    ma = DateMention(x[1], x[2], pa.art.text[x[1]:x[2]], None)
    mb = DateMention(y[1], y[2], pb.art.text[y[1]:y[2]], None)
    an_a, an_b = _date_anchor(pa, ma), _date_anchor(pb, mb)
    if not an_a or not an_b:
        return True  # nothing to tell them apart
    if "READING" in (an_a, an_b):
        return False
    if an_a in _ASPECT or an_b in _ASPECT:
        return True  # "began shortly after 4pm": the verb says nothing of which event
    return an_a == an_b or bool(_date_event(pa, ma, an_a) & _date_event(pb, mb, an_b))


def _sent_of(p: Prepared, pos: int) -> int:
    lo, hi = 0, len(p.sents)
    sents = p.sents
    while lo < hi:
        mid = (lo + hi) // 2
        if sents[mid][1] <= pos:
            lo = mid + 1
        else:
            hi = mid
    return min(lo, max(0, len(sents) - 1))


# --------------------------------------------------------------------------- names

def _compare_names(pa: Prepared, pb: Prepared) -> list[Disagreement]:
    out = []
    keys_b = sorted(pb.persons)
    for ka in sorted(pa.persons):
        per_a = pa.persons[ka]
        if ka in pb.persons:
            per_b = pb.persons[ka]
            if per_a.first and per_b.first and per_a.first != per_b.first and \
                    not (per_a.first[0] == per_b.first[0] and (len(per_a.first) <= 2 or len(per_b.first) <= 2)):
                if _fuzz_ratio(per_a.first, per_b.first) >= 75 and min(len(per_a.first), len(per_b.first)) >= 3:
                    out.append(_spelling(pa, pb, per_a, per_b))  # "Tor" / "Tore"
                elif _same_post(per_a, per_b):
                    out.append(_spelling(pa, pb, per_a, per_b))  # "Mayor Patricia Vance" / "Mayor Priscilla Vance"
                continue  # else another person with the same surname
            d = _compare_titles(pa, pb, per_a, per_b)
            if d:
                out.append(d)
            continue
        # spelling variants: Zelensky / Zelenskyy
        for kb in keys_b:
            if kb in pa.persons or abs(len(kb) - len(ka)) > 2 or min(len(ka), len(kb)) < 4:
                continue
            per_b = pb.persons[kb]
            one_post = bool(per_a.first) and per_a.first == per_b.first and _same_post(per_a, per_b)
            if ka[0] != kb[0] and not one_post:
                continue
            if per_a.first and per_b.first and per_a.first != per_b.first and \
                    _fuzz_ratio(per_a.first, per_b.first) < 75:
                continue  # ("Annika Sorensen" / "Anika Sorenson" is still one person)
            # one given name in both ("Rebecca Lyle" / "Rebecca Lisle") lets the surnames differ more
            same_first = bool(per_a.first) and per_a.first == per_b.first and len(per_a.first) >= 3
            # (and one post as well: "returning officer Alison Greig" / "Returning officer Alison Craig")
            bar = 50 if one_post else 65 if same_first else 80
            if _fuzz_ratio(ka, kb) >= bar and (same_first or min(len(ka), len(kb)) >= 5):
                out.append(_spelling(pa, pb, per_a, per_b))
                d = _compare_titles(pa, pb, per_a, per_b)
                if d:
                    out.append(d)
    return out


def _same_post(per_a: Person, per_b: Person) -> bool:
    """Both given one title, a head role that few hold at once ("Mayor", "Prosecutor")."""
    heads = lambda per: {r for t in per.titles for r in t[0] if r in _ROLE_HEADS or r == "boss"}  # noqa: E731
    ha, hb = heads(per_a), heads(per_b)
    same = any(y in _ROLE_SYN.get(x, {x}) or x == y for x in ha for y in hb)  # "boss" / "Manager"
    return same and all(_role_compatible(ta[0], tb[0]) for ta in per_a.titles for tb in per_b.titles)


def _spelling(pa, pb, per_a: Person, per_b: Person) -> Disagreement:
    ma = max(per_a.mentions, key=lambda m: (len(m[2]), -m[0]))
    mb = max(per_b.mentions, key=lambda m: (len(m[2]), -m[0]))
    return Disagreement(
        "name", _side(pa, ma[0], ma[1]), _side(pb, mb[0], mb[1]),
        f"The same person is spelled differently: '{ma[2]}' vs '{mb[2]}'", 0.25, (ma[2],), (mb[2],))


def _compare_titles(pa, pb, per_a: Person, per_b: Person) -> Optional[Disagreement]:
    if not per_a.titles or not per_b.titles:
        return None
    for ta in per_a.titles:
        for tb in per_b.titles:
            if _role_compatible(ta[0], tb[0]):
                return None
    # every title on one side conflicts with every title on the other: report the first of each
    ta, tb = per_a.titles[0], per_b.titles[0]
    ra, rb = _role_phrase(ta[3], per_a), _role_phrase(tb[3], per_b)
    return Disagreement(
        "name", _side(pa, *_with_lead(pa, ta[1], ta[2])), _side(pb, *_with_lead(pb, tb[1], tb[2])),
        f"{per_a.full} is given a different title: '{ra}' vs '{rb}'", 0.6,
        _role_words(ta[0] - tb[0]), _role_words(tb[0] - ta[0]))


def _with_lead(p: Prepared, s: int, e: int, words: int = 4) -> tuple[int, int]:
    """A title's span with up to four words of its clause before it, to show what is said of
    the person ("The audit faults finance director Carla Benning")."""
    t = _tok_index_at(p, s)
    a0 = p.sent_toks[p.toks[t][5]][0]
    k = t
    while k > a0 and t - k < words and _CLAUSE_GAP.isdisjoint(p.art.text[p.toks[k - 1][1]:p.toks[k][0]]):
        k -= 1
    return p.toks[k][0], e


def _role_phrase(title: str, per: Person) -> str:
    """"Carmen Esteve, the mayor of Bétera" -> "mayor of Bétera"."""
    name = {_fold(w) for m in per.mentions for w in m[2].split()} | {_fold(w) for w in per.full.split()}
    words = [w for w in title.replace(",", " ").split() if _fold(w) not in name]
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words) or title


def _role_words(roles: frozenset) -> tuple[str, ...]:
    return tuple(sorted(r[4:] if r.startswith("mod:") else r for r in roles if r != "chief+"))


def _sent_persons(p: Prepared) -> dict[int, list[tuple[int, int, str, str]]]:
    """Named agents per sentence: people, and organisations (a mislabelled name is still a name)."""
    out: dict[int, list] = {}
    seen = set()
    for key, per in p.persons.items():
        for s0, e0, t in per.mentions:
            out.setdefault(_sent_of(p, s0), []).append((s0, e0, t, key))
            seen.add((s0, e0))
    for e in p.ana.entities:
        if e.label == "ORG" and (e.start, e.end) not in seen:
            out.setdefault(_sent_of(p, e.start), []).append((e.start, e.end, e.text, " ".join(_fold(e.text).split())))
    for v in out.values():
        v.sort()
    return out


def _context_words(p: Prepared, s0: int, e0: int, after: bool) -> Optional[tuple[str, ...]]:
    """Two tokens right after (or before) a name, if no punctuation separates them."""
    text = p.art.text
    if after:
        t = _tok_index_at(p, e0)
        if t >= len(p.toks) or p.toks[t][0] < e0:
            return None
        seq = p.toks[t:t + 2]
        if len(seq) < 2 or text[e0:seq[0][0]].strip() or text[seq[0][1]:seq[1][0]].strip():
            return None
    else:
        t = _tok_index_at(p, s0) - 1
        if t < 1:
            return None
        seq = [p.toks[t - 1], p.toks[t]]
        if text[seq[1][1]:s0].strip() or text[seq[0][1]:seq[1][0]].strip():
            return None
    if seq[0][5] != seq[1][5]:
        return None
    words = tuple(x[4] for x in seq)
    lead = seq[0] if after else seq[1]
    if any(x[2][0].isupper() or x[3].endswith("'s") or x[3] in _ROLE_WORDS for x in seq):
        return None
    if lead[4] in _SPEECH or lead[4][:5] in _SPEECH:
        return None
    if lead[3] in STOPWORDS:
        # "written by X": a preposition next to the name, with the verb before it
        other = seq[0] if not after else None
        if other is None or lead[3] not in ("by", "for", "against", "to", "with", "from") or \
                other[3] in STOPWORDS or other[4] in _SPEECH or other[4][:5] in _SPEECH:
            return None
    return words


_SAME_AGENT: dict[tuple[str, str], bool] = {}


def _same_agent(x: str, y: str) -> bool:
    if x == y:
        return True
    got = _SAME_AGENT.get((x, y))
    if got is None:
        got = _fuzz_ratio(x, y) >= 80
        if len(_SAME_AGENT) < 100_000:
            _SAME_AGENT[(x, y)] = got
    return got


def _compare_agents(pa: Prepared, pb: Prepared, align: dict) -> list[Disagreement]:
    """The same action credited to different people: "X doubled the lead" / "Y doubled the lead"."""
    spa, spb = _sent_persons(pa), _sent_persons(pb)
    out = []
    seen = set()
    memo: dict = {}

    def ctx_of(p: Prepared, m: tuple, after: bool):
        key = (p is pa, m[0], after)
        if key not in memo:
            memo[key] = _context_words(p, m[0], m[1], after)
        return memo[key]

    for (i, j), sim in sorted(align.items(), key=lambda x: (-x[1], x[0])):
        if sim < 0.2 or i not in spa or j not in spb:
            continue
        for ma in spa[i]:
            for mb in spb[j]:
                if _same_agent(ma[3], mb[3]):
                    continue
                for after in (True, False):
                    ca = ctx_of(pa, ma, after)
                    if ca is None or ca != ctx_of(pb, mb, after):
                        continue
                    # the other article may say it of both: then nothing differs
                    if any(_same_agent(m[3], ma[3]) and ctx_of(pb, m, after) == ca for m in spb[j]) or \
                            any(_same_agent(m[3], mb[3]) and ctx_of(pa, m, after) == ca for m in spa[i]):
                        continue
                    if (ma[3], mb[3]) in seen:
                        continue
                    seen.add((ma[3], mb[3]))
                    ta, tb = _tok_index_at(pa, ma[0]), _tok_index_at(pb, mb[0])
                    if after:
                        ea = _tok_index_at(pa, ma[1]) + 2
                        eb = _tok_index_at(pb, mb[1]) + 2
                        sa_, sb_ = (ma[0], pa.toks[min(ea, len(pa.toks) - 1)][1]), \
                            (mb[0], pb.toks[min(eb, len(pb.toks) - 1)][1])
                    else:
                        sa_ = (pa.toks[max(0, ta - 2)][0], ma[1])
                        sb_ = (pb.toks[max(0, tb - 2)][0], mb[1])
                    phrase = " ".join(x[2] for x in (pa.toks[_tok_index_at(pa, ma[1]):_tok_index_at(pa, ma[1]) + 3]
                                                      if after else pa.toks[max(0, ta - 2):ta]))
                    out.append(Disagreement(
                        "name", _side(pa, *sa_), _side(pb, *sb_),
                        f"A different person is named for the same thing ('{phrase}'): '{ma[2]}' vs '{mb[2]}'",
                        round(min(0.8, 0.4 + 0.6 * sim), 3), (ma[2],), (mb[2],)))
                    break
    return out


# --------------------------------------------------------------------------- facts (sense reversed)

_NEG_CUES = NEGATORS | _NEG_VERBS | {"ruled", "rule", "ruling", "excluded", "exclude", "dismissed", "discounted"}


def _has_negation(p: Prepared, si: int) -> bool:
    a0, a1 = p.sent_toks[si]
    toks = p.toks
    for t in range(a0, a1):
        tok = toks[t]
        if tok[3] in _NEG_CUES or tok[4] in _NEG_CUES or tok[3].endswith("n't"):
            return True
    return False


def _bare_neg_polarity(p: Prepared, si: int) -> bool:
    """The sentence has a negative-sense word ("disappeared", "excluded") that is not itself
    negated ("have not excluded" is no denial)."""
    a0, a1 = p.sent_toks[si]
    for t in range(a0, a1):
        if p.toks[t][4] in _NEG_POLARITY or p.toks[t][3] in _NEG_POLARITY:
            prev = p.toks[t - 1][3] if t - 1 >= a0 else ""
            if prev in NEGATORS or prev.endswith("n't"):
                continue
            return True
    return False


def _negated_here(p: Prepared, a0: int, t: int) -> bool:
    """Token t is negated right before it: "not excluded", "never ruled", "refused to rule",
    "not yet excluded"."""
    if t - 1 >= a0 and p.toks[t - 1][3] in ("yet", "even", "still"):
        t -= 1
    prev = p.toks[t - 1][3] if t - 1 >= a0 else ""
    if prev in NEGATORS or prev.endswith("n't"):
        return True
    return prev == "to" and t - 2 >= a0 and p.toks[t - 2][4] in _NEG_VERBS


_EXCLUDING = {"exclude", "excluded", "excluding", "rule", "ruled", "ruling", "dismiss", "dismissed", "discount",
              "discounted"}


_INTENT_NOUNS = {"plan", "plans", "intention", "intentions", "intent", "desire", "wish", "proposal", "proposals"}


def _content_after(p: Prepared, t0: int, t1: int, most: int) -> set[str]:
    """Up to ``most`` content stems from token t0 on (before t1), stopping at a clause break."""
    out: set[str] = set()
    for u in range(t0, t1):
        if not _GAP_NEG.isdisjoint(p.art.text[p.toks[u - 1][1]:p.toks[u][0]]):
            break
        if p.toks[u][3] not in STOPWORDS:
            out.add(p.toks[u][4])
            if len(out) == most:
                break
    return out


def _alternative_terms(p: Prepared, si: int) -> set[str]:
    """Content stems of a road not taken: "rather than having the line closed", "instead of
    closing it".  Not a denial of a claim, but no claim either."""
    got = p.memo.get(("alt", si))
    if got is None:
        got = set()
        a0, a1 = p.sent_toks[si]
        for t in range(a0 + 1, a1):
            if (p.toks[t][3], p.toks[t - 1][3]) in (("than", "rather"), ("of", "instead")):
                got |= _content_after(p, t + 1, min(a1, t + 7), 3)
        p.memo[("alt", si)] = got
    return got


def _negated_terms(p: Prepared, si: int) -> set[str]:
    """Content stems under a negation in one sentence."""
    a0, a1 = p.sent_toks[si]
    neg = set()
    window = 0
    for t in range(a0, a1):
        f = p.toks[t][3]
        if f in ("excluded", "exclude", "dismissed", "discounted") and not _negated_here(p, a0, t):
            window = 4  # "police excluded sabotage": what follows is denied
            continue
        if f in ("ruled", "rule", "ruling", "rules") and t + 1 < a1 and p.toks[t + 1][3] == "out":
            if _negated_here(p, a0, t):
                window = 0
                continue  # "did not rule out X", "refused to rule out X": nothing denied
            # "X had been ruled out" negates X; "ruled out X" negates what follows
            if t - 1 >= a0 and p.toks[t - 1][3] in ("been", "be", "was", "were", "is", "are", "being"):
                for k in range(t - 2, max(a0 - 1, t - 7), -1):
                    if p.toks[k][3] not in STOPWORDS and p.toks[k][3] not in ("been", "be", "being"):
                        neg.add(p.toks[k][4])
                        if k - 1 >= a0 and p.toks[k - 1][3] not in STOPWORDS:
                            neg.add(p.toks[k - 1][4])
                        break
            else:
                window = 4
            continue
        if p.toks[t][4] in _NEG_VERBS and t + 1 < a1 and p.toks[t + 1][3] == "to":
            window = 3  # "refused to concede", "failed to win"
            continue
        if f in NEGATORS or f.endswith("n't"):
            nxt = p.toks[t + 1][3] if t + 1 < a1 else ""
            if f == "not" and nxt in ("only", "just"):
                continue
            if nxt == "yet" and t + 2 < a1:
                nxt = p.toks[t + 2][3]  # "could not yet exclude"
            if nxt in _EXCLUDING:
                # "have not excluded sabotage", "did not rule out": two negations, nothing denied
                window = 0
                continue
            if f == "no" and nxt in ("longer",):
                window = 4
                continue
            window = 4
            continue
        gap = p.art.text[p.toks[t - 1][1]:p.toks[t][0]] if t > a0 else ""
        if gap != " " and not _GAP_NEG.isdisjoint(gap):
            window = 0
        if window > 0:
            if f not in STOPWORDS:
                neg.add(p.toks[t][4])
                window = 0
                # "no plans to cut shifts", "no intention of selling": what is planned is denied
                if f in _INTENT_NOUNS and t + 1 < a1 and p.toks[t + 1][3] in ("to", "of"):
                    neg |= _content_after(p, t + 2, min(a1, t + 6), 2)
                    continue
                # "no industry funding": the whole noun phrase after "no" is denied
                if t - 1 >= a0 and p.toks[t - 1][3] == "no":
                    for u in range(t + 1, min(a1, t + 3)):
                        if p.art.text[p.toks[u - 1][1]:p.toks[u][0]] != " " or p.toks[u][3] in STOPWORDS or \
                                p.toks[u][3][0].isdigit():
                            break
                        neg.add(p.toks[u][4])
            else:
                window -= 1
    return neg


# what makes the next content word a claim made, not just a word used: "confirmed they
# would appeal", "will close", "have not excluded sabotage" (a denial denied)
_ASSERTING = {"confirm", "confirmed", "confirms", "announced", "announce", "announces", "will", "would", "shall",
              "plans", "planned", "plan", "agreed", "decided", "vowed", "pledged", "promised", "intends",
              "intend", "intended", "insisted", "admitted", "acknowledged", "believe", "believes", "believed",
              "suspect", "suspects", "suspected", "concluded", "blamed", "blame", "blames"}


def _asserted_terms(p: Prepared, si: int) -> set[str]:
    """Content stems a sentence states outright: up to three content words in the five
    after an asserting word ("intend to seek permission to appeal"), or after a negated
    exclusion ("not excluded", "did not rule out")."""
    a0, a1 = p.sent_toks[si]
    out = set()
    window = 0
    taken = 0
    for t in range(a0, a1):
        f = p.toks[t][3]
        if f in NEGATORS or f.endswith("n't"):
            nxt = p.toks[t + 1][3] if t + 1 < a1 else ""
            if nxt == "yet" and t + 2 < a1:
                nxt = p.toks[t + 2][3]  # "could not yet exclude"
            # "not excluded", "did not rule out" (the "did" came before)
            window, taken = (6 if nxt in _EXCLUDING else 0), 0
            continue
        if f in _ASSERTING:
            window, taken = 5, 0
            continue
        if window and f in _EXCLUDING or f == "out" and window:
            continue
        if f not in STOPWORDS and t + 1 < a1 and p.toks[t + 1][3] == "by" and f.endswith(("ed", "en")) and \
                p.art.text[p.toks[t][1]:p.toks[t + 1][0]] == " ":
            out.add(p.toks[t][4])  # "was partly funded by the association": who did it is named
        if f not in STOPWORDS and f.endswith("ed") and t > a0 and p.toks[t - 1][2][:1].isupper() and \
                p.toks[t - 1][3] not in STOPWORDS and p.art.text[p.toks[t - 1][1]:p.toks[t][0]] == " ":
            out.add(p.toks[t][4])  # "Jabłoński conceded": a named subject's deed
        gap = p.art.text[p.toks[t - 1][1]:p.toks[t][0]] if t > a0 else ""
        if gap != " " and not _GAP_NEG.isdisjoint(gap):
            window = 0
        if window > 0:
            window -= 1
            if t + 1 < a1 and p.toks[t + 1][3] in NEGATORS:
                window = 0  # "they will grow none"
                continue
            if f not in STOPWORDS:
                out.add(p.toks[t][4])
                taken += 1
                if taken == 3:
                    window = 0
    return out


def _explicit_reversal(pa: Prepared, i: int, pb: Prepared, j: int, shared: set, df_a: dict, df_b: dict
                       ) -> Optional[str]:
    """A rare word both sentences share, denied on one side ("ruled out an appeal") and
    stated outright on the other ("confirmed they would appeal")."""
    na, nb = pa.neg_terms[i], pb.neg_terms[j]
    if not (na or nb):
        return None
    cands = [w for w in sorted((na ^ nb) & shared) if df_a.get(w, 0) <= 4 and df_b.get(w, 0) <= 4 and not _light(w)]
    if not cands:
        return None
    sa = _asserted(pa, i)
    sb = _asserted(pb, j)
    for w in cands:
        if w in na and w in sb or w in nb and w in sa:
            return w
    return None


def _negated_synonym(pa: Prepared, i: int, pb: Prepared, j: int) -> Optional[tuple[str, str, str]]:
    """A word denied on one side and its synonym stated on the other, in two sentences that
    report the same thing: "does not need approval" / "still requires ratification"."""
    syn = synonym_map(stem)
    for x, y, flip in ((pa, pb, False), (pb, pa, True)):
        xi, yj = (i, j) if not flip else (j, i)
        neg_x, terms_y, neg_y = x.neg_terms[xi], y.sent_terms[yj], y.neg_terms[yj]
        for w in sorted(neg_x - terms_y):
            if _light(w):
                continue
            for v in sorted(syn.get(w, frozenset()) & terms_y):
                if v not in neg_y and v not in x.sent_terms[xi] and not _light(v):
                    return ("negation", v, w) if flip else ("negation", w, v)
    return None


def _asserted(p: Prepared, si: int) -> set[str]:
    got = p.memo.get(("asserted", si))
    if got is None:
        got = p.memo[("asserted", si)] = _asserted_terms(p, si)
    return got


_LIGHT_PARTICIPLES = {"taken", "made", "given", "gone", "done", "seen", "kept", "brought", "put", "left", "found",
                      "held", "got", "gotten", "come", "become", "shown", "told", "known", "thought"}


def _light(w: str) -> bool:
    """Too common or too light a word to carry a claim ("nobody was taken ill" / "samples
    will be taken")."""
    return w in _GENERIC_UNITS or len(w) < 4 or w in _GENERIC_ANCHORS or w in _ASPECT or w in _LIGHT_PARTICIPLES


def _compare_rare_reversals(pa: Prepared, pb: Prepared, align: dict, taken: list) -> list[Disagreement]:
    """A word each article uses in one sentence only, denied in one ("received no industry
    funding") and stated outright in the other ("was partly funded by ..."), wherever the
    two sentences stand: the articles make opposite claims about one thing."""
    out = []
    for x, y, flip in ((pa, pb, False), (pb, pa, True)):
        for i, neg in enumerate(x.neg_terms):
            for w in sorted(neg):
                if x.df.get(w, 0) != 1 or y.df.get(w, 0) != 1 or _light(w):
                    continue
                j = next(k for k, terms in enumerate(y.sent_terms) if w in terms)
                if w in y.neg_terms[j] or _in_quote(x, x.toks[x.sent_toks[i][0]][0]):
                    continue
                if w not in _asserted(y, j):
                    continue
                kx, ky = _find_stem(x, i, w), _find_stem(y, j, w)
                if kx is None or ky is None:
                    continue
                kx = _with_negator(x, i, kx)
                sx, sy = _clause(x, kx[0], kx[1], 8), _clause(y, ky[0], ky[1], 8)
                side_x, side_y = _side(x, *sx), _side(y, *sy)
                a_side, b_side = (side_y, side_x) if flip else (side_x, side_y)
                if any(_side_overlap(Disagreement("fact", a_side, b_side, "", 0.0), d) for d in taken):
                    continue
                out.append(Disagreement(
                    "fact", a_side, b_side,
                    f"The same claim is reported with the opposite sense: '{a_side.text}' vs '{b_side.text}'",
                    0.5, (a_side.text,), (b_side.text,)))
    return out


_UNANIMOUS = {"unanimous", "unanimously"}
_DISSENT = {"dissent", "dissented", "dissenting", "dissents", "abstained", "abstain", "abstaining", "abstention",
            "abstentions"}
_VOTED = {"voted", "vote", "votes", "voting"}


def _vote_cues(p: Prepared, si: int) -> tuple[Optional[int], Optional[int]]:
    """Token of "unanimous(ly)" and token of a dissent ("dissented", "voted against") in a sentence."""
    a0, a1 = p.sent_toks[si]
    u = d = None
    for t in range(a0, a1):
        f = p.toks[t][3]
        negated = t > a0 and p.toks[t - 1][3] in NEGATORS  # "Not unanimous."
        if f in _UNANIMOUS and u is None and not negated:
            u = t
        elif f in _DISSENT or f == "against" and t > a0 and p.toks[t - 1][3] in _VOTED or \
                f == "majority" and t + 1 < a1 and p.toks[t + 1][3] in ("verdict", "decision", "vote", "ruling"):
            d = t  # the dissent itself, rather than "not unanimous", is what shows
        elif d is None and f in _UNANIMOUS and negated:
            d = t
    return u, d


def _compare_vote_split(pa: Prepared, pb: Prepared) -> list[Disagreement]:
    """"board members voted unanimously" against "two board members voted against" (or "X
    dissented") anywhere in the story, when neither article says both."""
    out = []
    if "nanimous" not in pa.art.text and "nanimous" not in pb.art.text:
        return out  # no unanimity claimed, nothing to contradict
    cues = [[_vote_cues(p, si) for si in range(len(p.sents))] for p in (pa, pb)]
    for x, y, cx, cy, flip in ((pa, pb, cues[0], cues[1], False), (pb, pa, cues[1], cues[0], True)):
        u = next(((si, c[0]) for si, c in enumerate(cx) if c[0] is not None), None)
        dissents = [(si, c[1]) for si, c in enumerate(cy) if c[1] is not None]
        # "Not unanimous. ... X dissented": the named dissent is the telling side
        d = next((x_ for x_ in dissents if y.toks[x_[1]][3] not in _UNANIMOUS), dissents[0] if dissents else None)
        if not u or not d or any(c[1] is not None for c in cx) or any(c[0] is not None for c in cy):
            continue
        sx, sy = _clause(x, u[1], u[1], 8), _clause(y, d[1], d[1], 8)
        side_x, side_y = _side(x, *sx), _side(y, *sy)
        a_side, b_side = (side_y, side_x) if flip else (side_x, side_y)
        out.append(Disagreement(
            "fact", a_side, b_side,
            f"One report has a unanimous vote, the other a dissent: '{a_side.text}' vs '{b_side.text}'",
            0.6, (a_side.text,), (b_side.text,)))
        break
    return out


def _loose_negation_ok(pa: Prepared, i: int, pb: Prepared, j: int, w: str, neg_in_a: bool,
                       df_a: dict, df_b: dict) -> bool:
    """For loosely aligned sentences, a negation counts only in its plainest form: a word
    used by these two sentences alone, right after "no"/"not"/"never" on one side, with
    no negation at all on the other, and neither inside a quote."""
    if df_a.get(w, 0) != 1 or df_b.get(w, 0) != 1 or w in _GENERIC_UNITS:
        return False
    neg_p, neg_i, plain_p, plain_i = (pa, i, pb, j) if neg_in_a else (pb, j, pa, i)
    if _has_negation(plain_p, plain_i):
        return False
    k = _find_stem(neg_p, neg_i, w)
    kp = _find_stem(plain_p, plain_i, w)
    if k is None or kp is None or _in_quote(neg_p, neg_p.toks[k[0]][0]) or _in_quote(plain_p, plain_p.toks[kp[0]][0]):
        return False
    a0, _ = neg_p.sent_toks[neg_i]
    for t in range(k[0] - 1, max(a0 - 1, k[0] - 3), -1):
        f = neg_p.toks[t][3]
        if f in ("no", "not", "never") or f.endswith("n't"):
            return True
    return False


def _in_quote(p: Prepared, pos: int) -> bool:
    return any(q.start <= pos < q.end for q in p.quotes)


def _compare_facts(pa: Prepared, pb: Prepared, align: dict, taken: list) -> list[Disagreement]:
    out = []
    df_a: dict[str, int] = {}
    df_b: dict[str, int] = {}
    for terms, df in [(t, df_a) for t in pa.sent_terms] + [(t, df_b) for t in pb.sent_terms]:
        for t in terms:
            df[t] = df.get(t, 0) + 1
    pairs = sorted(((sim, i, j) for (i, j), sim in align.items() if sim >= 0.08), key=lambda x: (-x[0], x[1], x[2]))
    mutual = _mutual_best(align)
    used_a, used_b = set(), set()
    for sim, i, j in pairs:
        if i in used_a or j in used_b:
            continue
        ta, tb = pa.sent_terms[i], pb.sent_terms[j]
        shared = ta & tb
        found = None
        # antonyms: a word on one side whose opposite is on the other, neither present on both
        for wa in pa.ant_terms[i]:
            ants = ANTONYMS[wa]
            if not (ants & tb):
                continue
            for wb in sorted(ants & tb):
                if wa in tb and wb in ta:
                    continue  # both words on both sides: nothing reversed
                if wa in pa.neg_terms[i] or wb in pb.neg_terms[j] or wa in _alternative_terms(pa, i) or \
                        wb in _alternative_terms(pb, j):
                    continue  # "rather than having the line closed": the opposite word is no claim
                if wa in ("up", "down") and not (_near_figure(pa, i, wa) and _near_figure(pb, j, wb)):
                    continue  # "up 2%" / "down 2%", not "set up" / "shut down"
                if wa in tb or wb in ta:
                    # both words on one side ("confirmed ..., as X denied ..."): the
                    # opposite verb must carry the same complement as the other side's
                    ca, cb = _complement(pa, i, wa), _complement(pb, j, wb)
                    if len(ca & cb) < 2:
                        continue
                    if wa in tb and len(ca & _complement(pb, j, wa)) >= len(ca & cb):
                        continue
                    if wb in ta and len(cb & _complement(pa, i, wb)) >= len(ca & cb):
                        continue
                anchored = _clause_anchor(pa, i, wa, pb, j, wb)
                subj_a, subj_b = _head_before(pa, i, wa), _head_before(pb, j, wb)
                # "the cooling centers stayed open" / "the cooling centers closed"
                same_head = subj_a is not None and subj_a == subj_b and sim >= 0.12 and subj_a not in _GENERIC_UNITS
                if (wa in _WEAK_ANTONYMS or wb in _WEAK_ANTONYMS) and sim < 0.45 and anchored < 2 and \
                        not (same_head and wa not in ("up", "down")):
                    continue
                if sim < 0.3 and not (anchored >= 1 and sim >= 0.12):
                    # loosely aligned sentences: the opposite verbs must share their subject
                    # ("Shares rose" / "The shares fell") or, for a speech act, the named
                    # subject or what is confirmed/denied
                    if (wa in _WEAK_ANTONYMS or wb in _WEAK_ANTONYMS) and anchored < 2 and not same_head:
                        continue
                    if not same_head:
                        if not (wa in _STANCE and wb in _STANCE):
                            continue
                        sa_, _ = _subject_object(pa, i, wa)
                        sb_, _ = _subject_object(pb, j, wb)
                        if not (sa_ and sa_ == sb_) and len(_complement(pa, i, wa) & _complement(pb, j, wb)) < 2:
                            continue
                if _roles_swapped(pa, i, wa, pb, j, wb):
                    continue
                found = ("antonym", wa, wb)
                break
            if found:
                break
        if not found and sim >= 0.15 and min(len(ta), len(tb)) >= 4:
            na, nb = pa.neg_terms[i], pb.neg_terms[j]
            for w in sorted((na ^ nb) & shared):
                if w in na and w in nb:
                    continue
                # loosely aligned sentences: only for a word these two sentences alone
                # use ("there were no blackouts" / "suffered blackouts")
                if sim < 0.35 and not _loose_negation_ok(pa, i, pb, j, w, w in na, df_a, df_b):
                    continue
                # the side without "not" may carry the negative sense in a verb
                # ("saw no benefit" / "the benefit disappeared")
                plain_p, plain_i = (pb, j) if w in na else (pa, i)
                if _bare_neg_polarity(plain_p, plain_i):
                    continue
                found = ("negation", w, w)
                break
        if not found and (sim >= 0.12 and (i, j) in mutual or sim >= 0.2):
            w = _explicit_reversal(pa, i, pb, j, shared, df_a, df_b)
            if w:
                found = ("negation", w, w)
        if not found and (i, j) in mutual and sim >= 0.2:
            found = _negated_synonym(pa, i, pb, j)
        if not found:
            continue
        kind, wa, wb = found
        ka = _find_stem(pa, i, wa)
        kb = _find_stem(pb, j, wb)
        if ka is None or kb is None:
            continue
        if kind == "negation":
            ka = _with_negator(pa, i, ka)
            kb = _with_negator(pb, j, kb)
        s_a = _clause(pa, ka[0], ka[1], 8)
        s_b = _clause(pb, kb[0], kb[1], 8)
        if any(_overlaps(s_a, d.a, pa) and _overlaps(s_b, d.b, pb) for d in taken):
            continue
        used_a.add(i)
        used_b.add(j)
        wa_text = pa.art.text[pa.toks[ka[0]][0]:pa.toks[ka[1]][1]]
        wb_text = pb.art.text[pb.toks[kb[0]][0]:pb.toks[kb[1]][1]]
        score = min(0.9, 0.4 + 0.6 * sim) if kind == "antonym" else min(0.85, 0.35 + 0.6 * sim)
        out.append(Disagreement(
            "fact", _side(pa, *s_a), _side(pb, *s_b),
            f"The same claim is reported with the opposite sense: '{wa_text}' vs '{wb_text}'",
            round(score, 3), (wa_text,), (wb_text,)))
    return out


def _clause_terms(p: Prepared, t0: int, t1: int) -> set[str]:
    s0, e0 = _clause(p, t0, t1, 12)
    a = _tok_index_at(p, s0)
    out = set()
    while a < len(p.toks) and p.toks[a][0] < e0:
        if p.toks[a][3] not in STOPWORDS and not p.toks[a][3][0].isdigit() and p.toks[a][4] not in _ALIGN_STOP:
            out.add(p.toks[a][4])
        a += 1
    return out


def _clause_anchor(pa: Prepared, i: int, wa: str, pb: Prepared, j: int, wb: str) -> int:
    """How many rare words (one sentence in each article) the clauses of two words share:
    "the footpath at Kelby has been closed" / "The footpath at Kelby remains open" -> 2."""
    ka, kb = _find_stem(pa, i, wa), _find_stem(pb, j, wb)
    if ka is None or kb is None:
        return 0
    ca, cb = _clause_terms(pa, *ka), _clause_terms(pb, *kb)
    return len({w for w in (ca & cb) - {wa, wb} if pa.df.get(w, 0) == 1 and pb.df.get(w, 0) == 1})


# claims of none ("nobody was hurt", "no drivers were disciplined") against a count of the same
_ZERO_EVENTS = {"ill": "INJURY", "sick": "INJURY", "hospital": "INJURY", "casualty": "INJURY", "casualtie": "INJURY",
                "injury": "INJURY", "injurie": "INJURY", "disciplin": "SANCTION", "discipline": "SANCTION",
                "suspend": "SANCTION", "sack": "SANCTION", "fire": "SANCTION", "dismiss": "SANCTION",
                "punish": "SANCTION", "arrest": "ARREST", "detain": "ARREST", "charg": "ARREST", "charge": "ARREST",
                "evacuat": "DISPLACED", "rescue": "RESCUE", "fine": "SANCTION", "complain": "COMPLAINT",
                "complaint": "COMPLAINT", "object": "COMPLAINT"}
_ZERO_WORDS = {"nobody", "none", "no-one"}
_ZERO_SKIP = {"was", "were", "been", "be", "being", "has", "have", "had", "is", "are", "reported", "seriously",
              "badly", "taken", "left", "among", "the", "of", "in", "at", "and", "or", "yet", "ever", "so", "far",
              "a", "single"}


def _zero_class(st: str) -> Optional[str]:
    return _ZERO_EVENTS.get(st) or _ZERO_EVENTS.get(st[:6]) or _event_of(st)


def _zero_claims(p: Prepared) -> list[tuple[int, int, int, frozenset, frozenset]]:
    """(sentence, first token, last token, nouns, event classes) of every "none" claim."""
    got = p.memo.get("zero")
    if got is None:
        got = p.memo["zero"] = _find_zero_claims(p)
    return got


def _find_zero_claims(p: Prepared) -> list:
    out = []
    toks = p.toks
    for si, (a0, a1) in enumerate(p.sent_toks):
        for t in range(a0, a1):
            f = toks[t][3]
            start = None
            if f in _ZERO_WORDS or (f == "no" and t + 1 < a1 and toks[t + 1][3] == "one"):
                start, k = t, t + (2 if f == "no" else 1)
                nouns = {"person"}
            elif f in ("no", "zero") or (f == "not" and t + 2 < a1 and toks[t + 1][3] in ("a", "one") and
                                         toks[t + 2][3] == "single"):
                k = t + (3 if f == "not" else 1)
                nouns = set()
                while k < a1 and len(nouns) < 2 and toks[k][3] not in STOPWORDS and not toks[k][3][0].isdigit():
                    nouns.add(toks[k][4])
                    k += 1
                if not nouns:
                    continue
                start = t
            if start is None:
                continue
            classes = {c for c in (_zero_class(n) for n in nouns) if c}
            # the predicate: "was taken ill", "were disciplined", "were reported"
            end = k - 1
            q = k
            while q < a1 and q <= k + 5:
                gap = p.art.text[toks[q - 1][1]:toks[q][0]]
                if gap.strip():
                    break
                fq = toks[q][3]
                c = _zero_class(toks[q][4])
                if c:
                    classes.add(c)
                    end = q
                    break
                if fq not in _ZERO_SKIP:
                    break
                q += 1
            if classes:
                out.append((si, start, end, frozenset(n for n in nouns if n not in STOPWORDS), frozenset(classes)))
    return out


def _count_classes(p: Prepared, n: Num) -> set[str]:
    a0, a1 = p.sent_toks[n.sent]
    out = {c for c in (_zero_class(u) for u in n.unit) if c} | set(n.events)
    for t in range(max(a0, n.tok - 3), min(a1, n.tok + 10)):  # "Two workers were taken to X Y Hospital"
        c = _zero_class(p.toks[t][4])
        if c:
            out.add(c)
    return out


def _compare_zero_claims(pa: Prepared, pb: Prepared, align: dict) -> list[Disagreement]:
    out = []
    for x, y, flip in ((pa, pb, False), (pb, pa, True)):
        zeros = _zero_claims(x)
        if not zeros:
            continue
        counts = [n for n in y.nums if n.kind == "count" and n.value > 0 and n.bound != "max"]
        if not counts:
            continue
        zero_classes_y = {c for z in _zero_claims(y) for c in z[4]}
        counted_x = None
        for si, t0, t1, nouns, classes in zeros:
            # the article that says "none" must not also count them
            if any(classes & _count_classes(x, m) for m in x.nums if m.value > 0 and abs(m.sent - si) <= 1):
                continue
            if counted_x is None:
                counted_x = {c for m in x.nums if m.value > 0 for c in _count_classes(x, m)}
            for n in counts:
                cc = _count_classes(y, n)
                common = classes & cc
                if not common or common & zero_classes_y:
                    continue
                units = set(n.unit) - {"person"}
                if nouns - {"person"} and units and not (nouns & units) and \
                        not all(_zero_class(w) for w in nouns):
                    continue  # "no drivers" / "three passengers": different people
                near = max((align.get((si + di, n.sent + dj) if not flip else (n.sent + dj, si + di), 0.0)
                            for di in (-1, 0, 1) for dj in (-1, 0, 1)), default=0.0)
                shared = {w for w in x.sent_terms[si] & y.sent_terms[n.sent]
                          if x.df.get(w, 0) <= 2 and y.df.get(w, 0) <= 2}
                # "no one was injured" / "two passengers were treated for injuries": for the
                # dead and the hurt, the two articles' counts decide, wherever they stand
                whole = common <= {"DEATH", "INJURY"} and "person" in nouns and not (common & counted_x) and \
                    (n.unit and (set(n.unit) & _PERSON_NOUNS or "person" in n.unit))
                if not (near >= 0.15 or len(shared) >= 2 or (nouns & units and shared) or whole):
                    continue
                sx = _clause(x, t0, t1, 6)
                sy = _clause(y, n.tok, _tok_index_at(y, n.end - 1), 6)
                zx, ny = x.art.text[x.toks[t0][0]:x.toks[t1][1]], y.art.text[n.start:n.end]
                side_x, side_y = _side(x, *sx), _side(y, *sy)
                a_side, b_side = (side_y, side_x) if flip else (side_x, side_y)
                out.append(Disagreement(
                    "fact", a_side, b_side,
                    f"One report says none, the other gives a number: '{zx}' vs '{ny}'"
                    if not flip else f"One report gives a number, the other says none: '{ny}' vs '{zx}'",
                    0.7, (a_side.text,), (b_side.text,)))
                break
    return out


# availability and timing: "at launch" / "not until later this year"; "opened immediately" / "would not open until"
_NOW_RE = re.compile(r"\b(?:at launch|from launch|on launch|from day one|on day one|from the start|immediately|"
                     r"right away|straight away|at once|already|now available|available now|from today|as of today)\b",
                     re.I)
_LATER_RE = re.compile(r"\b(?:(?:not|n't|never)\b[\w\s']{0,30}?\buntil|not yet|yet to|no earlier than|"
                       r"(?:delayed|postponed|pushed back|put back) (?:until|to|into))\b", re.I)


def _compare_timing(pa: Prepared, pb: Prepared, align: dict) -> list[Disagreement]:
    out = []
    for x, y, flip in ((pa, pb, False), (pb, pa, True)):
        text_x, text_y = x.art.text, y.art.text
        later = x.memo.get("later")
        if later is None:
            later = x.memo["later"] = [(m.start(), m.end()) for m in _LATER_RE.finditer(text_x)] \
                if ("until" in text_x or "yet" in text_x or "earlier than" in text_x) else []
        for m in later:
            si = _sent_of(x, m[0])
            t0 = _tok_index_at(x, m[0])
            s0, e0 = _clause(x, t0, _tok_index_at(x, m[1] - 1), 12)
            lterms = _clause_terms(x, t0, _tok_index_at(x, m[1] - 1))
            best = None
            for (i, j), sim in align.items():
                sj = j if not flip else i
                if (i if not flip else j) != si or sim < 0.1:
                    continue
                ys, ye = y.sents[sj]
                for n in _NOW_RE.finditer(text_y, ys, ye):
                    tn = _tok_index_at(y, n.start())
                    c0, c1 = _clause(y, tn, _tok_index_at(y, n.end() - 1), 12)
                    if _LATER_RE.search(text_y, c0, c1) or any(z in _fold(text_y[c0:c1]).split() for z in NEGATORS):
                        continue
                    nterms = _clause_terms(y, tn, _tok_index_at(y, n.end() - 1))
                    shared = {w for w in lterms & nterms if x.df.get(w, 0) <= 2 and y.df.get(w, 0) <= 2}
                    if shared and (best is None or len(shared) > best[0]):
                        best = (len(shared), c0, c1)
            if best is None:
                continue
            side_x, side_y = _side(x, s0, e0), _side(y, best[1], best[2])
            a_side, b_side = (side_y, side_x) if flip else (side_x, side_y)
            out.append(Disagreement(
                "fact", a_side, b_side,
                f"Reported as available at different times: '{a_side.text}' vs '{b_side.text}'",
                0.65, (a_side.text,), (b_side.text,)))
    return out


def _overlaps(span: tuple[int, int], side: Side, p: Prepared) -> bool:
    return side.article == p.art.id and span[0] < side.end and side.start < span[1]


def _find_stem(p: Prepared, si: int, st: str) -> Optional[tuple[int, int]]:
    a0, a1 = p.sent_toks[si]
    for t in range(a0, a1):
        if p.toks[t][4] == st:
            return t, t
    return None


def _with_negator(p: Prepared, si: int, k: tuple[int, int]) -> tuple[int, int]:
    a0, a1 = p.sent_toks[si]
    for t in range(k[0] - 1, max(a0 - 1, k[0] - 6), -1):
        f = p.toks[t][3]
        if f in NEGATORS or f.endswith("n't") or (p.toks[t][4] in _NEG_VERBS and p.toks[t + 1][3] == "to"):
            return t, k[1]
    for t in range(k[1] + 1, min(a1 - 1, k[1] + 6)):
        if p.toks[t][3] in ("ruled", "rule") and p.toks[t + 1][3] == "out":
            return k[0], t + 1
    return k


def _subject_object(p: Prepared, si: int, st: str) -> tuple[Optional[str], Optional[str]]:
    """Nearest capitalised word before and after the first token with stem st."""
    a0, a1 = p.sent_toks[si]
    k = _find_stem(p, si, st)
    if k is None:
        return None, None
    before = after = None
    for t in range(k[0] - 1, a0 - 1, -1):
        if p.toks[t][2][0].isupper() and p.toks[t][3] not in STOPWORDS:
            before = p.toks[t][4]
            break
    for t in range(k[1] + 1, a1):
        if p.toks[t][2][0].isupper() and p.toks[t][3] not in STOPWORDS:
            after = p.toks[t][4]
            break
    return before, after


def _near_figure(p: Prepared, si: int, st: str) -> bool:
    k = _find_stem(p, si, st)
    if k is None:
        return False
    a0, a1 = p.sent_toks[si]
    return any(p.toks[t][3][0].isdigit() for t in range(max(a0, k[0] - 2), min(a1, k[1] + 3)) if t != k[0])


def _head_before(p: Prepared, si: int, st: str) -> Optional[str]:
    """The content word right before a verb, if nothing but function words separate them."""
    k = _find_stem(p, si, st)
    if k is None:
        return None
    a0, _ = p.sent_toks[si]
    for t in range(k[0] - 1, max(a0 - 1, k[0] - 3), -1):
        gap = p.art.text[p.toks[t][1]:p.toks[t + 1][0]]
        if gap.strip():
            return None
        if p.toks[t][3] in STOPWORDS or p.toks[t][3] in _LINKING:
            continue
        return p.toks[t][4]
    return None


_LINKING = {"stay", "stays", "stayed", "remain", "remains", "remained", "kept", "keep", "keeps", "reportedly"}


def _complement(p: Prepared, si: int, st: str, width: int = 12) -> set[str]:
    """Content stems of what follows a verb ("confirmed that a child had died" -> {child, die})."""
    k = _find_stem(p, si, st)
    if k is None:
        return set()
    _, a1 = p.sent_toks[si]
    return {p.toks[t][4] for t in range(k[1] + 1, min(a1, k[1] + 1 + width))
            if p.toks[t][3] not in STOPWORDS and not p.toks[t][3][0].isdigit()}


def _roles_swapped(pa, i, wa, pb, j, wb) -> bool:
    """"A beat B" vs "B lost to A": antonyms with swapped roles are a paraphrase."""
    ba, aa = _subject_object(pa, i, wa)
    bb, ab = _subject_object(pb, j, wb)
    return bool(ba and bb and aa and ab and ba != bb and ba == ab and aa == bb)


def _compare_winners(pa: Prepared, pb: Prepared, align: dict) -> list[Disagreement]:
    """Same verb, roles swapped: "A beat B" vs "B beat A"."""
    out = []
    verbs = {"beat", "defeat", "win", "edge", "overcome", "thrash", "rout", "outscore", "eliminate", "knock",
             "elect", "acquit", "convict", "sue", "arrest", "buy", "acquire"}
    for (i, j), sim in sorted(align.items(), key=lambda x: (-x[1], x[0])):
        if sim < 0.35:
            continue
        for v in sorted(verbs & pa.sent_terms[i] & pb.sent_terms[j]):
            ba, aa = _subject_object(pa, i, v)
            bb, ab = _subject_object(pb, j, v)
            if ba and aa and bb and ab and ba != aa and ba == ab and aa == bb:
                ka, kb = _find_stem(pa, i, v), _find_stem(pb, j, v)
                s_a = _clause(pa, ka[0], ka[1], 6)
                s_b = _clause(pb, kb[0], kb[1], 6)
                out.append(Disagreement(
                    "fact", _side(pa, *s_a), _side(pb, *s_b),
                    f"The roles are reversed: '{pa.art.text[s_a[0]:s_a[1]]}' vs '{pb.art.text[s_b[0]:s_b[1]]}'",
                    round(min(0.9, 0.4 + 0.6 * sim), 3), (pa.toks[ka[0]][2],), (pb.toks[kb[0]][2],)))
                break
    return out


def _compare_person_deeds(pa: Prepared, pb: Prepared, found: list) -> list[Disagreement]:
    """One named person given opposite deeds, wherever the sentences stand: "Pell, who
    admitted the conspiracy" / "Pell, who denied the charge"; "Hallberg resigned" / "Hallberg
    was sacked".  Only strong opposites, each within four words of the person's name, the
    name used by both articles, and neither article using both words of the pair."""
    out = []
    shared = set(pa.persons) & set(pb.persons)
    if not shared:
        return out
    deeds_a, deeds_b = _deeds(pa, shared), _deeds(pb, shared)
    terms_a = {w for terms in pa.sent_terms for w in terms}
    terms_b = {w for terms in pb.sent_terms for w in terms}
    for (who, wa), (ia, ta) in sorted(deeds_a.items()):
        for wb in sorted(ANTONYMS.get(wa, ())):
            hit = deeds_b.get((who, wb))
            if hit is None or wa in _WEAK_ANTONYMS or wb in _WEAK_ANTONYMS or wa in terms_b or wb in terms_a:
                continue
            jb, tb = hit
            sa, sb = _clause(pa, ta, ta, 8), _clause(pb, tb, tb, 8)
            side_a, side_b = _side(pa, *sa), _side(pb, *sb)
            d = Disagreement("fact", side_a, side_b,
                             f"{pa.persons[who].full} is reported doing the opposite: "
                             f"'{pa.toks[ta][2]}' vs '{pb.toks[tb][2]}'", 0.6, (pa.toks[ta][2],), (pb.toks[tb][2],))
            if not any(_side_overlap(d, q) for q in found + out):
                out.append(d)
    return out


def _deeds(p: Prepared, people: set) -> dict:
    """(person key, antonym-bearing stem) -> (sentence, token) for words near a person's name."""
    out = {}
    for key in people:
        for s0, e0, _ in p.persons[key].mentions:
            t0 = _tok_index_at(p, s0)
            si = p.toks[t0][5]
            a0, a1 = p.sent_toks[si]
            for t in range(max(a0, t0 - 4), min(a1, t0 + 8)):
                st = p.toks[t][4]
                if st in ANTONYMS and not (s0 <= p.toks[t][0] < e0):
                    out.setdefault((key, st), (si, t))
    return out


# --------------------------------------------------------------------------- coverage

def _coverage(pa: Prepared, pb: Prepared, align: dict, found: list = ()) -> list[Coverage]:
    """Informative sentences of pa with no counterpart in pb (and no part in a disagreement)."""
    flagged = [(d.a.start, d.a.end) for d in found if d.a.article == pa.art.id] + \
        [(d.b.start, d.b.end) for d in found if d.b.article == pa.art.id]
    best = {}
    for (i, j), sim in align.items():
        if sim > best.get(i, 0.0):
            best[i] = sim
    out = []
    quote_sents = {_sent_of(pa, q.start) for q in pa.quotes}
    num_sents = {n.sent for n in pa.nums}
    date_sents = {_sent_of(pa, d.start) for d in pa.dates}
    for i, (s, e) in enumerate(pa.sents):
        if best.get(i, 0.0) >= 0.25 or any(fs < e and s < fe for fs, fe in flagged):
            continue
        a0, a1 = pa.sent_toks[i]
        if a1 - a0 < 6 or len(pa.sent_terms[i]) < 4:
            continue
        if i in quote_sents:
            kind = "quote"
        elif i in num_sents:
            kind = "number"
        elif i in date_sents:
            kind = "date"
        elif pa.sent_terms[i] & pa.cap_terms:
            kind = "fact"
        else:
            continue
        side = _side(pa, s, e)
        snippet = side.text if len(side.text) <= 90 else side.text[:87].rstrip() + "..."
        out.append(Coverage(kind, side, pb.art.id, f"Only {_label(pa)} reports: {snippet}"))
    return out


# --------------------------------------------------------------------------- entry points

def compare_pair(pa: Prepared, pb: Prepared, idf: Optional[dict] = None) -> tuple[list[Disagreement], list[Coverage]]:
    """Disagreements between two prepared articles, and what each reports alone."""
    if idf is None:
        idf = _idf([pa, pb])
    align = _align(pa, pb, idf)
    found: list[Disagreement] = []
    found += _compare_quotes(pa, pb, align)
    for d in _compare_numbers(pa, pb, align) + _compare_dates(pa, pb, align) + _compare_times(pa, pb, align) + \
            _compare_winners(pa, pb, align) + _compare_agents(pa, pb, align):
        if not any(_side_overlap(d, q) and (q.kind == d.kind or q.kind == "quote") for q in found):
            found.append(d)
    for d in _compare_names(pa, pb):
        if not any(_side_overlap(d, q) and q.kind == "name" for q in found):
            found.append(d)
    for d in _compare_facts(pa, pb, align, found) + _compare_zero_claims(pa, pb, align) + \
            _compare_timing(pa, pb, align) + _compare_rare_reversals(pa, pb, align, found) + \
            _compare_vote_split(pa, pb) + _compare_person_deeds(pa, pb, found) + _compare_event_dates(pa, pb, found):
        if not any(_side_overlap(d, q) for q in found):
            found.append(d)
    inv = {(j, i): s for (i, j), s in align.items()}
    cov = _coverage(pa, pb, align, found) + _coverage(pb, pa, inv, found)
    return found, cov


def _side_overlap(x: Disagreement, y: Disagreement) -> bool:
    return (x.a.article == y.a.article and x.b.article == y.b.article and x.a.start < y.a.end and
            y.a.start < x.a.end and x.b.start < y.b.end and y.b.start < x.b.end)


def compare(docs: Iterable[tuple[Article, Analysis]]) -> tuple[list[Disagreement], list[Coverage]]:
    """Disagreements and coverage gaps among the articles of ONE story (every pair).

    Deterministic: articles are taken in the order given; flags are ordered by
    pair, then by position in the first article.
    """
    docs = list(docs)
    preps = [prepare(a, ana) for a, ana in docs]
    idf = _idf(preps)
    dis: list[Disagreement] = []
    cov: list[Coverage] = []
    for x in range(len(preps)):
        for y in range(x + 1, len(preps)):
            if preps[x].art.id == preps[y].art.id:
                continue
            d, c = compare_pair(preps[x], preps[y], idf)
            d.sort(key=lambda z: (z.a.start, z.b.start, z.kind))
            dis += d
            cov += c
    return dis, cov
