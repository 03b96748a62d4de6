"""The groundwork of the comparison: word lists, tokens and stems, the prepared article
(its dataclasses), sentence alignment, and the spans flags are made of."""
from __future__ import annotations

import difflib
import math
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from tui.model import Analysis, Article, DateMention, Disagreement, Entity, Quote, Side

try:  # rapidfuzz is a dependency, but keep the module importable without it
    from rapidfuzz.fuzz import partial_ratio as _fuzz_partial
    from rapidfuzz.fuzz import ratio as _fuzz_ratio
except Exception:  # pragma: no cover
    def _fuzz_ratio(a: str, b: str) -> float:
        return 100.0 * difflib.SequenceMatcher(None, a, b).ratio()

    _fuzz_partial = _fuzz_ratio


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
    ("available", "unavailable"), ("operational", "disrupt"), ("resign", "sack"), ("resign", "dismiss"),
    ("resign", "oust"), ("quit", "sack"), ("present", "absent"), ("unanimous", "divided"), ("expand", "cut"),
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
                   "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "won": None,
                   "sek": "SEK", "kronor": "SEK", "nok": "NOK", "dkk": "DKK", "kroner": "DKK"}
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
    "penc": "PENCE", "pence": "PENCE", "p": "PENCE", "kilogram": "KG", "kg": "KG", "kilo": "KG",
    "boat": "VESSELS", "vessel": "VESSELS", "ship": "VESSELS", "trawler": "VESSELS",
    "store": "OUTLETS", "shop": "OUTLETS", "branch": "OUTLETS", "outlet": "OUTLETS", "pharmacy": "OUTLETS",
    "location": "OUTLETS", "restaurant": "OUTLETS",
    "megawatt": "MW", "mw": "MW", "gigawatt": "GW", "gw": "GW", "metre": "METRE", "meter": "METRE", "metr": "METRE",
    "objection": "OBJECTIONS", "complaint": "OBJECTIONS",
    "foot": "FOOT", "feet": "FOOT", "ft": "FOOT", "centimetre": "CM", "centimeter": "CM", "centimetr": "CM",
    "cm": "CM", "gram": "G", "gramme": "G",
    "youngster": "CHILDREN", "festivalgoer": "CROWD", "concertgoer": "CROWD", "racegoer": "CROWD",
    "reveller": "CROWD", "reveler": "CROWD", "file": "FILES", "document": "FILES",
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
             "group", "fleet", "sum", "fine", "budget", "turnout", "majority", "margin", "tally", "record",
             "deficit", "debt", "debts", "liabilities", "shortfall", "loss", "losses", "profit", "profits",
             "revenue", "turnover", "prize", "award", "grant", "loan", "bill", "settlement", "compensation",
             "damages", "bonus", "salary", "fee", "payout", "valuation", "premium", "stake", "share", "capacity"}
_EVENT_CLASSES = {
    "kill": "DEATH", "dead": "DEATH", "death": "DEATH", "die": "DEATH", "toll": "DEATH", "fatality": "DEATH",
    "fatalitie": "DEATH", "bodie": "DEATH", "body": "DEATH", "lives": "DEATH", "perish": "DEATH",
    "drown": "DEATH", "fatal": "DEATH", "injur": "INJURY", "injure": "INJURY", "injury": "INJURY",
    "wound": "INJURY", "hurt": "INJURY", "hospitaliz": "INJURY", "hospitalise": "INJURY", "missing": "MISSING",
    "displac": "DISPLACED", "displace": "DISPLACED", "unaccounted": "MISSING", "hospital": "INJURY",
    "evacuat": "DISPLACED", "evacuate": "DISPLACED",
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
    "sgt", "cllr", "supt", "insp", "det", "cpl", "corporal", "maj", "major", "ch", "curator", "archivist",
    "conservator", "librarian", "coroner", "pathologist", "auditor", "treasurer", "trustee", "dean", "provost",
    "rector", "vicar", "chaplain", "warden", "solicitor", "barrister", "lawyer", "ombudsman", "administrator",
    "comptroller", "alderman", "alderwoman", "pro", "tem",
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
    "composer", "sgt", "cllr", "supt", "insp", "cpl", "corporal", "maj", "major", "curator", "archivist",
    "conservator", "librarian", "coroner", "pathologist", "auditor", "treasurer", "trustee", "dean", "provost",
    "rector", "vicar", "chaplain", "warden", "solicitor", "barrister", "lawyer", "ombudsman", "administrator",
    "comptroller", "dr", "alderman", "alderwoman",
}
# different words for the same role: never a disagreement between these
_ROLE_SYNONYMS = [
    {"spokesman", "spokeswoman", "spokesperson", "spokesman", "speaker"},
    {"advisor", "adviser"}, {"defense", "defence"}, {"labor", "labour"},
    {"ceo", "chief", "executive", "officer", "head", "leader", "boss", "director"},
    {"chairman", "chairwoman", "chair", "head"}, {"coach", "manager", "head", "boss"}, {"sen", "senator"}, {"rep", "representative", "congressman",
                                                                       "congresswoman", "lawmaker", "mp"},
    {"gen", "general"}, {"col", "colonel"}, {"capt", "captain"}, {"lt", "lieutenant"}, {"prof", "professor"},
    {"sgt", "sergeant"}, {"cllr", "councillor", "councilman", "councilwoman"}, {"supt", "superintendent"},
    {"insp", "inspector"}, {"det", "detective"}, {"cpl", "corporal"}, {"maj", "major"}, {"ch", "chief"},
    {"prosecutor", "attorney"}, {"leader", "head", "chief", "president", "premier", "chancellor", "prime",
                                 "minister"},
    {"envoy", "ambassador"}, {"judge", "justice"}, {"lawyer", "attorney", "solicitor", "barrister", "counsel"},
    {"treasurer", "finance"}, {"interior", "home"}, {"finance", "treasury", "economy"},
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
    givens: set = field(default_factory=set)  # every given name seen with the surname


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


_NUMERIC_WORDS = frozenset(_NUM_WORDS) | frozenset(_ORDINALS)


def _event_of(st: str) -> Optional[str]:
    return _EVENT_CLASSES.get(st) or _EVENT_CLASSES.get(st[:6])


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
        wb.append(math.fsum([wt[t] for t in terms]))
        for t in terms:
            index.setdefault(t, []).append(j)
    out: dict[tuple[int, int], float] = {}
    nb = max(1, len(pb.sent_terms))
    for i, terms in enumerate(pa.sent_terms):
        if not terms:
            continue
        wa = math.fsum([wt[t] for t in terms])
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
            ov = math.fsum([wt[t] for t in terms & pb.sent_terms[j]])  # (exact: a set's order varies)
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


def _dice(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


_SPEECH = _with_stems({"say", "tell", "add", "announc", "state", "note", "report", "write", "post", "claim",
                       "insist", "explain", "warn", "confirm", "accord", "speak", "told", "comment", "describ", "call",
                       "ask", "reply", "announce", "describe", "stated", "noted", "added"})


_GENERIC_ANCHORS = {"start", "begin", "end", "take", "make", "come", "go", "get", "hold", "due", "set", "plan",
                    "meeting", "meet",
                    "expect", "open", "close", "return", "finish", "launch", "held", "run", "happen", "occur"}
# aspect verbs: what began, started or happened is the event (its subject)
_ASPECT = {"start", "begin", "began", "begun", "happen", "occur", "take", "come", "get", "go", "be", "place",
           "expect", "due", "set", "schedul", "plan", "will", "would", "was", "were", "is", "are", "been"}
_ASPECT = _with_stems(_ASPECT)


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


_LIGHT_PARTICIPLES = {"taken", "made", "given", "gone", "done", "seen", "kept", "brought", "put", "left", "found",
                      "held", "got", "gotten", "come", "become", "shown", "told", "known", "thought"}


def _side_overlap(x: Disagreement, y: Disagreement) -> bool:
    return (x.a.article == y.a.article and x.b.article == y.b.article and x.a.start < y.a.end and
            y.a.start < x.a.end and x.b.start < y.b.end and y.b.start < x.b.end)
