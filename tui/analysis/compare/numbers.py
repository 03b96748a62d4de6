"""Figures in an article (value, what they count, hedges) and figures that disagree
between two articles."""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from typing import Optional

from tui.analysis.synonyms import synonym_map
from tui.model import DateMention, Disagreement
from tui.analysis.compare.base import (
    _clause, _CURRENCY_SYMBOLS, _CURRENCY_WORDS, _dice, _event_of, _FRACTIONS, _GAP_EVENT, _GAP_UNIT,
    _GENERIC_PERSON, _GENERIC_UNITS, _HEDGES, _MEASURE_NOUNS, _MONTHS, _mutual_best, _NUM_WORDS, _NUMERIC_WORDS,
    _OF_NOUNS, _ORDINALS, _PERCENT_WORDS, _PERSON_NOUNS, _ROUNDING_HEDGES, _SCALES, _sent_of, _side, _SPORT_WORDS,
    _tok_index_at, _UNIT_CLASSES, _UNIT_VERBS, Num, Prepared, stem, STOPWORDS,
)
from tui.analysis.compare.dates import _date_anchor, _dates_conflict


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


_SCALES_OF_DEGREES = frozenset({"fahrenheit", "celsius", "centigrade"})
_PEOPLE_CLASSES = frozenset({"CROWD"})  # ("31,000 festivalgoers" / "24,000 people")
_DIRECTIONS = frozenset("lower higher up down ahead behind more less fewer".split())
_HYPHEN_MEASURES = {"metre", "meter", "foot", "feet", "ft", "mile", "km", "kilometre", "kilometer", "inch", "tonne",
                    "ton", "kilogram", "kg", "litre", "liter", "gallon", "acre", "hectare", "storey", "story",
                    "seat", "bed", "room", "point", "page", "minute", "hour", "day", "week", "month", "year"}
_HYPHEN_MEASURES |= {stem(w) for w in _HYPHEN_MEASURES}


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
            if gap != " " and (not _GAP_UNIT.isdisjoint(gap) or (gap.strip() and gap.strip() not in ("-",))) and \
                    not (q == k and gap == "% "):  # ("a 70% stake")
                break
            tf = toks[q][3]
            if tf[0].isdigit() or tf in _NUM_WORDS:
                break
            if tf in STOPWORDS or tf in _HEDGES:
                if unit or tf not in ("of",) and not (tf in _OF_DETERMINERS and toks[q - 1][3] == "of"):
                    break
                q += 1  # ("17 of the flocks")
                continue
            if tf in ("old",):
                q += 1
                continue
            if tf in _DIRECTIONS:
                break  # "closed 18 per cent lower": which way, not what was counted
            if tf in _SCALES_OF_DEGREES:
                unit.append(tf)  # "23 degrees Fahrenheit": the scale is part of the unit
                q += 1
                continue
            w_ = toks[q][2]
            if not unit and len(w_) >= 3 and w_[:-1].isupper() and w_[-1] == "s" and w_[:-1].isalpha():
                unit.append(toks[q][4])  # "some 900 HGVs", "40 MPs": a plural acronym is the noun
                q += 1
                continue
            if toks[q][2][0].isupper():
                # "14,200 Danish adults": an adjective before the noun; "41,200 saw Tomás": stop
                # ("1,400 Severnside Buses drivers": a name of two or three words, then the noun)
                nq = q + 1
                while nq < n and nq - q < 3 and toks[nq][5] == si and toks[nq][2][0].isupper() and \
                        text[toks[nq - 1][1]:toks[nq][0]] == " ":
                    nq += 1
                if not unit and nq < n and toks[nq][5] == si and toks[nq][2][0].islower() and \
                        toks[nq][3] not in STOPWORDS and text[toks[nq - 1][1]:toks[nq][0]] == " ":
                    q = nq
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
        h = i - 1
        while h > a0 and toks[h][3] in _HEDGES and i - h <= 3:
            h -= 1  # "the crowd at about 3,000"
        if h - 1 >= a0 and toks[h][3] in ("of", "was", "is", "were", "stood", "reached", "hit", "at") and \
                toks[h - 1][4] in _OF_NOUNS:
            unit.insert(0, toks[h - 1][4])
        elif kind == "money" and not unit and h >= a0 and toks[h][4] in _MONEY_VERBS:
            unit.append(_MONEY_VERBS[toks[h][4]])  # "fined £45,000" / "a £40,000 fine"
        classed = unit
        if len(unit) > 1 and j + 1 < n and _between(p, j, j + 1) == "-" and unit[0] in _HYPHEN_MEASURES:
            classed = unit[:1]  # "the 12-metre boat": the figure is a length, not a count of boats
        unit = unit + [_UNIT_CLASSES[u] for u in classed if u in _UNIT_CLASSES] + \
            ["person" for u in unit if u in _PERSON_NOUNS or _UNIT_CLASSES.get(u) in _PEOPLE_CLASSES]
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


_OF_DETERMINERS = frozenset("the its their his her our these those".split())
# verbs that say what a sum is: "fined £45,000" is a fine, "repay A$18,740" a repayment
_MONEY_VERBS = {stem(w): u for w, u in (
    ("fined", "fine"), ("fine", "fine"), ("repay", "repay"), ("repaid", "repay"), ("repays", "repay"),
    ("owe", "debt"), ("owed", "debt"), ("owes", "debt"), ("raised", "raise"), ("raise", "raise"),
    ("awarded", "award"), ("compensation", "compensation"), ("damages", "damages"))}


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


_AUX = {"were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly", "also", "later",
        "seriously", "critically", "badly", "slightly", "still", "feared", "confirmed", "others", "more"}


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


def _round_hedged(n: Num) -> bool:
    """A hedged round figure ("around 40", "about 3,000") stands for a wider span."""
    return n.rounding and _sig_digits(n.value) == 1 and n.value >= 10


# one measure in two units: (unit of a, unit of b, how many of b's units one of a's makes)
_CONVERSIONS = (("MILE", "KM", 1.609344), ("FOOT", "METRE", 0.3048), ("CM", "METRE", 0.01), ("G", "KG", 0.001))


_NAUTICAL = frozenset({"nautical", "nautic"})
_MEASURE_OF = {"KG": "MASS", "G": "MASS", "CM": "LENGTH", "METRE": "LENGTH"}  # (feet: "twenty-foot" boxes)


def _converted(a: Num, b: Num) -> Optional[tuple[float, float]]:
    """The two values in one unit, when the figures give one measure in two ("75 miles" /
    "120km", "5 feet" / "1.5 metres"); None when no conversion applies."""
    for ua, ub, f in _CONVERSIONS:
        if ua == "MILE" and not _NAUTICAL.isdisjoint(a.unit | b.unit):
            f = 1.852  # a nautical mile
        if ua in a.unit and ub in b.unit and ub not in a.unit and ua not in b.unit:
            return a.value * f, b.value
        if ub in a.unit and ua in b.unit and ua not in a.unit and ub not in b.unit:
            return a.value, b.value * f
    return None


def _same_value(a: Num, b: Num) -> bool:
    if a.kind == "score" or b.kind == "score":
        return a.value == b.value and a.value2 == b.value2 or (a.value == b.value2 and a.value2 == b.value)
    conv = _converted(a, b)
    if conv is not None:
        x, y = conv  # (a conversion rounds: within 4 per cent is one measure)
        return abs(x - y) <= 0.04 * max(abs(x), abs(y))
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
    if a.rounding and b.rounding and _sig_digits(x) == _sig_digits(y) >= 2:
        return False  # "around 78,000" / "about 82,000": two figures given to the same precision
    if (a.rounding or b.rounding) and rel <= 0.04:
        return True
    if (_round_hedged(a) and abs(b.value - a.value) <= 0.125 * a.value) or \
            (_round_hedged(b) and abs(a.value - b.value) <= 0.125 * b.value):
        return True  # "all 38 horses" / "around 40 horses"
    if a.bound and a.bound == b.bound:
        return False  # "at least 14" / "at least 17": two figures given, whatever the truth
    for m, o in ((a, b), (b, a)):
        if m.bound == "max" and not m.rounding and o.bound is None and (o.rounding or o.hedged) and \
                o.value < 0.85 * m.value:
            return False  # "up to 60 thugs" / "about 40 prisoners": two estimates, not one under the other
    # "more than 400" is consistent with "some 400", "14" with "more than a dozen"
    lo_a, hi_a = _bounds(a)
    lo_b, hi_b = _bounds(b)
    return lo_a <= hi_b and lo_b <= hi_a


def _bounds(n: Num) -> tuple[float, float]:
    v = n.value
    if n.bound == "min":
        # "more than 400" fits "437", not "1,000" (that is another figure given); "more than 212,000"
        # reaches up to its next step, 213,000 (the last digit given says how close it is)
        if v >= 100 and v == int(v):  # (not "more than a dozen", "more than 25 metres": loose words)
            step = 10 ** (len(str(int(v))) - _sig_digits(v))
            return v, min(1.5 * v, v + step)
        return v, 1.5 * v
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
    """Could two figures count the same thing (by their kind, units, events, currency)?"""
    if a.kind != b.kind:
        return False
    key = (a.kind, a.unit, a.events, a.currency, b.unit, b.events, b.currency)
    got = _COMPARABLE.get(key)
    if got is None:
        got = _comparable_of(a, b)
        if len(_COMPARABLE) < 50_000:
            _COMPARABLE[key] = got
    return got


_COMPARABLE: dict = {}  # (a pure function of the two signatures; one dict swap is atomic across threads)


def _comparable_of(a: Num, b: Num) -> bool:
    scales = (a.unit | b.unit) & _SCALES_OF_DEGREES
    if len(scales) > 1:
        return False  # "23 degrees Fahrenheit" / "minus five degrees Celsius": one reading, two scales
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
        if a.kind == "percent" and (a.unit <= _GENERIC_UNITS or b.unit <= _GENERIC_UNITS):
            return True  # "31 per cent of its capacity" / "27 per cent full"
        if _converted(a, b) is not None:
            return True  # "1.5 metres" / "80 centimetres": one measure in two units
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


# --------------------------------------------------------------------------- numbers across articles

def _num_text(p: Prepared, n: Num) -> str:
    return p.art.text[n.start:n.end]


def _unit_strength(a: Num, b: Num) -> float:
    common = a.unit & b.unit
    if not common:
        if a.events & b.events:
            return 0.1
        if a.unit and b.unit and _unit_synonyms(a.unit, b.unit):
            return 0.3  # "62 salaried musicians" / "58 salaried players"
        return 0.12 if a.kind in ("percent", "money", "score") else 0.0
    if common - _GENERIC_UNITS - _GENERIC_PERSON - {"person"}:
        return 0.3  # the same specific thing: jobs, vans, adults, a crowd
    return 0.12


# a loose agreement ("more than 20") settles a figure unless a figure on the other side is
# tied to it by this much more
_LOOSE_MARGIN = 0.3


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
            if _same_value(na, nb) and not (na.hedged and nb.hedged and _transposed(pa, na, pb, nb)):
                # ("roughly $112 million" / "about $121 million": close, but the digits swapped
                # say one side slipped)
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
    best_a: dict[int, float] = {}
    best_b: dict[int, float] = {}
    for c in cand:
        best_a[c[4]] = max(best_a.get(c[4], 0.0), c[0])
        best_b[c[5]] = max(best_b.get(c[5], 0.0), c[0])
    for exact, strength, ia, ib in sorted(agree, key=lambda x: (-x[0], -x[1], x[2], x[3])):
        if not exact and max(best_a.get(ia, 0.0), best_b.get(ib, 0.0)) >= strength + _LOOSE_MARGIN:
            continue  # "more than 20 percent" agrees with 27%, but "a premium of 31 percent" is its match

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
    # several figures left in one sentence: the one whose words match plainly better
    # ("3.9% in July from 4.2% in June" / "4.1 per cent in July")
    ranked_a: dict[tuple[int, int], list] = {}
    ranked_b: dict[tuple[int, int], list] = {}
    for _, _, ctx, _, ia, ib in cand:
        if ia in used_a or ib in used_b:
            continue
        ranked_a.setdefault((ib, pa.nums[ia].sent), []).append((ctx, ia))
        ranked_b.setdefault((ia, pb.nums[ib].sent), []).append((ctx, ib))

    def plainly_best(ranked: list, k: int) -> bool:
        ranked = sorted(ranked, reverse=True)
        return ranked[0][1] == k and ranked[0][0] >= 0.3 and ranked[0][0] - ranked[1][0] >= 0.15

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
            (telling or sim >= 0.1 or shared_ctx >= 1 or _lone_unit(pa, na, pb, nb))
        # the one figure of its kind left in two sentences that report the same thing
        pair_sent = (na.sent, nb.sent)
        # (not for bare durations: "63 minutes" / "12 minutes remaining" are two moments)
        us = us if (us >= 0.3 or na.kind in ("percent", "money", "score") or na.events & nb.events) else 0.0
        alone = ((pair_sent in mutual and sim >= 0.15 and strength >= 0.2 and us > 0) or
                 (pair_sent in anchored and us > 0)) and \
            (left_a.get((ia, nb.sent)) == 1 or plainly_best(ranked_b[(ia, nb.sent)], ib)) and \
            (left_b.get((ib, na.sent)) == 1 or plainly_best(ranked_a[(ib, na.sent)], ia))
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
    for ia, ib in _compare_unit_concepts(pa, pb, used_a, used_b):
        out.append(_number_flag(pa, pb, pa.nums[ia], pb.nums[ib], 0.25))
    return out


def _unit_counts(p: Prepared) -> dict:
    got = p.memo.get("unit_counts")
    if got is None:
        got = p.memo["unit_counts"] = {}
        for n in p.nums:
            for u in {_kin_key(u) for u in n.unit}:
                got[u] = got.get(u, 0) + 1
    return got


def _kin_key(u: str):
    """A unit, or the group of names it shares ("gun" and "firearm" are one)."""
    k = _COUNT_KIN.get(u)
    return ("kin", k) if k else u


# stretches of time a sport or a term counts in: "two seasons" is a duration, not a count
_SPELLS = frozenset(stem(w) for w in "season seasons game games match matches term terms lap laps".split())


def _lone_unit(pa: Prepared, na: Num, pb: Prepared, nb: Num) -> bool:
    """Each figure is the only one of its article that counts this specific thing ("some 900
    tractors" / "about 1,300 tractors"): one count, whatever the words around it."""
    if na.kind not in ("count", "money") or not na.value or not nb.value or \
            max(na.value, nb.value) > 1.6 * min(na.value, nb.value):
        return False  # (figures far apart count different things: "300 runners" / "two runners")
    ca, cb = _unit_counts(pa), _unit_counts(pb)
    skip = _GENERIC_UNITS | _GENERIC_PERSON | _SPELLS | {"person"}
    ka = {_kin_key(u) for u in na.unit - skip if u[:1].islower()}
    kb = {_kin_key(u) for u in nb.unit - skip if u[:1].islower()}
    return any(ca.get(u) == 1 and cb.get(u) == 1 for u in ka & kb)


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
        bare = []
        for k, n in enumerate(p.nums):
            if n.base or n.kind not in ("count", "money") or not n.events:
                continue
            units = {u for u in n.unit if u not in _GENERIC_UNITS and u != "person" and u not in _GENERIC_PERSON}
            if not units and n.kind == "count" and (n.unit & _GENERIC_PERSON or "person" in n.unit):
                units = {"person"}  # "21 other people were taken to hospital" / "Seventeen people ..."
            elif not n.unit and n.kind == "count" and n.tok + 1 < len(p.toks) and \
                    p.toks[n.tok + 1][3] in ("were", "was", "have", "had", "are") and n.value >= 2:
                bare.append(k)  # "14 were taken to hospital": people, unless people are counted already
            for u in units:
                for ev in n.events:
                    got.setdefault((u, ev), []).append(k)
        counted = set(got)
        for k in bare:
            for ev in p.nums[k].events:
                if ("person", ev) not in counted:
                    got.setdefault(("person", ev), []).append(k)
        p.memo["concepts"] = got
    return got


_MONEY_STOP = STOPWORDS | {"about", "around", "some", "nearly", "almost", "roughly", "approximately", "estimated",
                           "total", "more", "than", "least", "up", "over", "under", "just", "worth", "further"}


def _money_anchor(p: Prepared, n: Num) -> Optional[str]:
    """The word that says what a sum is ("fined £60,000", "a £75,000 fine", "bail of £5,000"):
    the content word right before it, else right after it."""
    toks = p.toks
    a0, a1 = p.sent_toks[n.sent]
    k = n.tok - 1
    while k >= a0 and (toks[k][3] in _MONEY_STOP or toks[k][3] in _CURRENCY_SYMBOLS) and n.tok - k <= 3:
        k -= 1
    if k >= a0 and n.tok - k <= 3 and toks[k][3] not in _MONEY_STOP and not toks[k][3][0].isdigit() and \
            not toks[k][2][0].isupper():
        return toks[k][4]
    k = _tok_index_at(p, n.end - 1) + 1
    while k < a1 and (toks[k][3] in _CURRENCY_WORDS or toks[k][3] in _SCALES or toks[k][3] in ("in", "a", "an")) and \
            k - n.tok <= 4:
        k += 1
    if k < a1 and toks[k][3] not in _MONEY_STOP and not toks[k][2][0].isupper() and not toks[k][3][0].isdigit():
        return toks[k][4]
    return None


_SHARE_WORDS = frozenset({"shar", "stock"})
_MOVE_WORDS = frozenset(stem(w) for w in "closed fell rose slid dropped jumped climbed gained lost tumbled plunged "
                        "surged soared sank slumped rallied down up".split())


def _share_whole(p: Prepared, n: Num) -> bool:
    """Is a figure the whole of a share ("five" in "three in five voters", "nine out of ten")?"""
    toks, t = p.toks, n.tok
    return t >= 2 and toks[t - 1][3] in ("in", "out", "of") and \
        (toks[t - 2][3][0].isdigit() or toks[t - 2][3] in _NUMERIC_WORDS or toks[t - 2][3] == "out")


def _ordered_to_pay(p: Prepared, n: Num) -> bool:
    """A sum a court or regulator "ordered" someone "to pay", as a penalty: not "... £12,400 in
    costs" or "in compensation" (those are said as such)."""
    toks, t = p.toks, n.tok
    a1 = p.sent_toks[n.sent][1]
    if t < 3 or toks[t - 1][3] != "pay" or toks[t - 2][3] != "to" or toks[t - 3][4] != "order":
        return False
    after = {toks[k][4] for k in range(_tok_index_at(p, n.end - 1) + 1, min(a1, _tok_index_at(p, n.end - 1) + 5))}
    return after.isdisjoint(_NOT_PENALTY)


_NOT_PENALTY = frozenset(stem(w) for w in "costs compensation damages surcharge fees".split())


_VOTE_WORDS = frozenset(stem(w) for w in "votes ballots".split())
_FOR_WORDS = frozenset(stem(w) for w in "favor favour approved backed supported yes".split())


def _vote_share(p: Prepared, n: Num) -> bool:
    """The share of a vote in favour: "approved by 68% of votes cast", "61 percent of ballots
    cast were in favor"."""
    terms = p.sent_terms[n.sent]
    return not _VOTE_WORDS.isdisjoint(terms) and not _FOR_WORDS.isdisjoint(terms)


def _share_move(p: Prepared, n: Num) -> bool:
    """A share price's move: "shares closed up 18 per cent", "Voltra's stock slid 9 percent"
    (the shares may be named in the sentence before: "... shares. They closed 23 per cent higher")."""
    a0 = p.sent_toks[n.sent][0]
    terms = p.sent_terms[n.sent] | (p.sent_terms[n.sent - 1] if n.sent and p.toks[a0][3] in ("they", "it") else set())
    return not _SHARE_WORDS.isdisjoint(terms) and \
        any(p.toks[k][4] in _MOVE_WORDS for k in range(max(a0, n.tok - 3), n.tok))


def _unit_concepts(p: Prepared) -> dict:
    """A figure's unit class (MARGIN, CROWD, a weight) or, for a sum, the word that says what
    it is ("fine"), as a key -> the figures with that key in the article."""
    got = p.memo.get("unit_concepts")
    if got is None:
        got = {}
        toks = p.toks
        for k, n in enumerate(p.nums):
            if n.base:
                continue
            t = n.tok
            if _share_whole(p, n):
                continue  # "three in five voters": a share, not a count
            h = t - 1
            while h > t - 3 and h >= 0 and toks[h][3] in _HEDGES:
                h -= 1
            if h >= 0 and toks[h][3] in ("including", "includes", "include"):
                continue  # "1,846, including around 60 away supporters": a part of the figure before
            keys = set()
            if n.kind == "money":
                an = _money_anchor(p, n)
                if an == "pay" and _ordered_to_pay(p, n):
                    an = "fin"  # "ordered to pay £180,000" / "fined £160,000"
                if an and an not in _GENERIC_UNITS:
                    keys.add(("M", n.currency, an))
            elif n.kind in ("count", "percent"):
                # (a class that names one kind of quantity: a margin, a crowd, a weight; a
                # plain noun such as "boats" or "students" is counted too often to tell)
                for u in n.unit:
                    if u.isupper() and not u.startswith("AGE") and u not in ("CHILDREN",):
                        keys.add(("U", n.kind, _MEASURE_OF.get(u, u)))
                if n.kind == "percent" and _share_move(p, n):
                    keys.add(("U", "percent", "SHARE_MOVE"))
                if n.kind == "percent" and _vote_share(p, n):
                    keys.add(("U", "percent", "VOTE_SHARE"))
            for key in keys:
                got.setdefault(key, []).append(k)
        p.memo["unit_concepts"] = got
    return got


def _compare_unit_concepts(pa: Prepared, pb: Prepared, used_a: set, used_b: set) -> list[tuple[int, int]]:
    """The one figure of a specific unit in each article, anywhere in the story, differing:
    "The 1.2-kilogram fragment" / "The rock weighs 1.6 kilograms", "fined £60,000" / "fined
    £75,000"."""
    return _lone_pairs(pa, pb, _unit_concepts(pa), _unit_concepts(pb), used_a, used_b)


def _compare_concepts(pa: Prepared, pb: Prepared, used_a: set, used_b: set) -> list[tuple[int, int]]:
    """Pairs of figures that are the only one of their (unit, event) in each article and differ:
    "Seven children have been hospitalized" / "Five children are in the hospital"."""
    return _lone_pairs(pa, pb, _concepts(pa), _concepts(pb), used_a, used_b)


def _lone_pairs(pa: Prepared, pb: Prepared, ca: dict, cb: dict, used_a: set, used_b: set) -> list[tuple[int, int]]:
    """For each key both articles hold, the one value each gives, when the two differ."""
    out = []
    for key in sorted(ca.keys() & cb.keys(), key=str):
        xa, xb = ca[key], cb[key]
        if len({pa.nums[k].value for k in xa}) != 1 or len({pb.nums[k].value for k in xb}) != 1:
            continue
        ia, ib = xa[0], xb[0]
        if ia in used_a or ib in used_b:
            continue
        na, nb = pa.nums[ia], pb.nums[ib]
        # (a share-price move, a vote share: the key says what the two figures are)
        tied = key[-1] in ("SHARE_MOVE", "VOTE_SHARE") or _comparable(na, nb)
        if tied and not _same_value(na, nb) and not _read_at_other_times(pa, ia, pb, ib):
            out.append((ia, ib))
            used_a.add(ia)
            used_b.add(ib)
    return out


def _unit_synonyms(ua: frozenset, ub: frozenset) -> bool:
    key = (ua, ub)
    got = _UNIT_SYN_CACHE.get(key)
    if got is None:
        syn = synonym_map(stem)
        got = any(v in ub for u in ua if u[:1].islower() and u not in _GENERIC_UNITS for v in syn.get(u, ())) or \
            any(_COUNT_KIN.get(u, 0) and _COUNT_KIN.get(u) == _COUNT_KIN.get(v) for u in ua for v in ub)
        if len(_UNIT_SYN_CACHE) < 50_000:
            _UNIT_SYN_CACHE[key] = got
    return got


_UNIT_SYN_CACHE: dict = {}
# things news counts under several names ("60 fishing boats" / "40 vessels", "212 firearms" /
# "121 guns"): each word to its group
_COUNT_KIN = {stem(w): k for k, group in enumerate((
    "boat boats vessel vessels ship ships trawler trawlers craft",
    "lorry lorries truck trucks hgv hgvs",
    "gun guns firearm firearms weapon weapons rifle rifles",
    "prisoner prisoners inmate inmates detainee detainees",
    "hen hens chicken chickens bird birds poultry",
    "letter letters objection objections submission submissions",
    "appliance appliances engine engines",
    "swimmer swimmers runner runners rider riders competitor competitors entrant entrants participant "
    "participants athlete athletes",
    "employee employees worker workers staff",
), 1) for w in group.split()}


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
