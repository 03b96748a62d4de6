"""Lengths of time given differently: race times ("3:59.40" / "3:59.04", "8hr 41min 17sec" /
"8:46:17"), prison terms ("six years and four months" / "five and a half years"), how long
something lasted ("two hours and 40 minutes" / "almost four hours")."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from tui.model import Disagreement
from tui.analysis.compare.base import _clause, _mutual_best, _NUM_WORDS, _sent_of, _side, _tok_index_at, Prepared

_SECONDS = {"year": 31_557_600, "month": 2_629_800, "week": 604_800, "day": 86_400, "hour": 3_600,
            "minute": 60, "second": 1}
_UNIT_OF = {"yr": "year", "yrs": "year", "hr": "hour", "hrs": "hour", "h": "hour", "min": "minute",
            "mins": "minute", "m": "minute", "sec": "second", "secs": "second", "s": "second"}
_NUM = r"(\d+(?:\.\d+)?|[a-z]+)"  # (a word is read as a number, or the length is dropped)
_UNIT = r"(years?|months?|weeks?|days?|hours?|minutes?|seconds?)"
# "8:46:17", "3:59.40", "2:05.13" (a clock reads "11:20", with no seconds and no fraction)
_RACE = re.compile(r"(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?:\.(\d{1,3}))?(?![\d:])|"
                   r"(?<![\d:.])(\d{1,2}):([0-5]\d)\.(\d{1,3})(?![\d:])")
_UNITS = re.compile(r"(?<!\w)(\d+)\s*(hrs?|h)\s*(\d+)\s*(mins?|m)\b(?:\s*(\d+)\s*(secs?|s)\b)?", re.I)
_PART = _NUM + r"(?:[ -]and[ -]a[ -]half)?[ -]" + _UNIT
# "six years and four months", "two hours, 41 minutes and 21 seconds", "five and a half years"
_SPELLED = re.compile(r"(?<![\w-])" + _PART + r"(?:(?:,| and|, and) " + _PART + r"){0,2}(?![\w-])", re.I)
_PARTS = re.compile(_PART, re.I)
_UNIT_WORDS = frozenset("year years month months week weeks day days hour hours minute minutes second seconds".split())
_HALF = re.compile(r"and[ -]a[ -]half", re.I)
_HEDGE = re.compile(r"(?:about|around|almost|nearly|roughly|approximately|some|more than|less than|over|under|"
                    r"just over|just under|up to)\s+$", re.I)
# words before a term that say it is a sentence of prison
_PRISON = re.compile(r"\b(?:jailed|caged|sentenced|imprisoned|locked up|detained|jail|prison|custodial|"
                     r"sentence|term|behind bars)\b[^.;]{0,40}$", re.I)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    seconds: float
    kind: str  # RACE, PRISON, TIME, or BARE (one number and a unit: "22 minutes")
    hedged: bool


def _value(word: str) -> Optional[float]:
    if word[0].isdigit():
        return float(word)
    v = _NUM_WORDS.get(word.lower())
    return float(v) if v is not None else None


def _durations(p: Prepared) -> list[Span]:
    got = p.memo.get("durations")
    if got is not None:
        return got
    text = p.art.text
    out: list[Span] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, secs: float, kind: str) -> None:
        if secs <= 0 or any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        hedged = bool(_HEDGE.search(text[max(0, s - 16):s]))
        if kind != "RACE" and _PRISON.search(text[max(0, s - 60):s]):
            kind = "PRISON"
        out.append(Span(s, e, secs, kind, hedged))
    # the patterns are tried only near the tokens they need (a colon after a figure, "hr",
    # a unit of time), not over the whole text
    race, units, spelled = [], [], []
    toks = p.toks
    for k, t in enumerate(toks):
        f = t[3]
        if f[0].isdigit():
            if text.startswith(":", t[1]):
                m = _RACE.match(text, t[0])
                if m:
                    race.append(m)
        elif f in _UNIT_WORDS:
            # the length starts at one of the few words before its unit
            for j in range(max(0, k - 5), k):
                m = _SPELLED.match(text, toks[j][0])
                if m and m.end() >= t[1]:
                    spelled.append(m)
                    break
        elif f in ("hr", "hrs", "h"):
            m = _UNITS.search(text, max(0, t[0] - 6), t[1] + 32)
            if m:
                units.append(m)
    for m in race:
        if m.group(1):
            secs = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3)) + float("0." + (m.group(4) or "0"))
        else:
            secs = int(m.group(5)) * 60 + int(m.group(6)) + float("0." + m.group(7))
        add(m.start(), m.end(), secs, "RACE")
    for m in units:
        secs = int(m.group(1)) * 3600 + int(m.group(3)) * 60 + (int(m.group(5)) if m.group(5) else 0)
        add(m.start(), m.end(), secs, "RACE")
    for m in sorted(spelled, key=lambda m: (m.start(), -m.end())):
        parts = list(_PARTS.finditer(m.group(0)))
        secs, last, ok = 0.0, None, True
        for q in parts:
            v = _value(q.group(1))
            unit = q.group(2).lower().rstrip("s")
            if v is None or (last is not None and _SECONDS[unit] >= last):
                ok = False  # a word that is no number, or units out of order
                break
            secs += (v + (0.5 if _HALF.search(q.group(0)) else 0.0)) * _SECONDS[unit]
            last = _SECONDS[unit]
        if not ok or not parts:
            continue
        if len(parts) == 1 and not _HALF.search(m.group(0)):
            # a bare "22 minutes": compared only within two sentences that report one thing
            add(m.start(), m.end(), secs, "BARE")
            continue
        add(m.start(), m.end(), secs, "TIME")
    out.sort(key=lambda x: x.start)
    p.memo["durations"] = out
    return out


# a race time and a length in words are one kind of figure ("2hr 41min" / "two hours, 41 minutes")
_FAMILY = {"RACE": "LENGTH", "TIME": "LENGTH"}


def _agree(a: Span, b: Span) -> bool:
    if a.seconds == b.seconds:
        return True
    lo, hi = sorted((a.seconds, b.seconds))
    slack = 0.15 if (a.hedged or b.hedged) else 0.0
    return hi <= lo * (1 + slack)


def _transposed(pa: Prepared, a: Span, pb: Prepared, b: Span) -> bool:
    da = sorted(c for c in pa.art.text[a.start:a.end] if c.isdigit())
    db = sorted(c for c in pb.art.text[b.start:b.end] if c.isdigit())
    return da == db and len(da) >= 4


def _compare_durations(pa: Prepared, pb: Prepared, align: dict) -> list[Disagreement]:
    """Two lengths of time of one kind that differ: the only one of its kind in each article,
    the same digits in another order, or the ones of two aligned sentences."""
    xa, xb = _durations(pa), _durations(pb)
    if not xa or not xb:
        return []
    out = []
    used_a: set = set()
    used_b: set = set()
    mutual = _mutual_best(align)
    # a length the other article also gives is settled ("12 months in custody" / "a 12-month
    # sentence, suspended for 24 months")
    for a in xa:
        for b in xb:
            if a.seconds == b.seconds:
                used_a.add(id(a))
                used_b.add(id(b))
    for a in xa:
        for b in xb:
            if id(a) in used_a or id(b) in used_b or _agree(a, b):
                continue
            if max(a.seconds, b.seconds) > 3 * min(a.seconds, b.seconds):
                continue  # ("two hours" / "three weeks": not one length)
            sa, sb = _sent_of(pa, a.start), _sent_of(pb, b.start)
            sim = align.get((sa, sb), 0.0)
            if "BARE" in (a.kind, b.kind):
                # one length each in two sentences that report the same thing
                if {a.kind, b.kind} - {"BARE", "TIME"} or (sa, sb) not in mutual or sim < 0.2 or \
                        sum(1 for x in xa if _sent_of(pa, x.start) == sa) != 1 or \
                        sum(1 for y in xb if _sent_of(pb, y.start) == sb) != 1:
                    continue
            else:
                fam = _FAMILY.get(a.kind, a.kind)
                if fam != _FAMILY.get(b.kind, b.kind):
                    continue
                alone = sum(1 for x in xa if _FAMILY.get(x.kind, x.kind) == fam) == 1 and \
                    sum(1 for y in xb if _FAMILY.get(y.kind, y.kind) == fam) == 1
                if not (alone or sim >= 0.2 or _transposed(pa, a, pb, b)):
                    continue
            used_a.add(id(a))
            used_b.add(id(b))
            ta, tb = pa.art.text[a.start:a.end], pb.art.text[b.start:b.end]
            s_a = _clause(pa, _tok_index_at(pa, a.start), _tok_index_at(pa, a.end - 1), 6)
            s_b = _clause(pb, _tok_index_at(pb, b.start), _tok_index_at(pb, b.end - 1), 6)
            what = {"RACE": "The time", "PRISON": "The sentence"}.get(a.kind, "The length of time")
            out.append(Disagreement("number", _side(pa, *s_a), _side(pb, *s_b), f"{what} differs: {ta} vs {tb}",
                                    0.7 if not (a.hedged or b.hedged) else 0.55, (ta,), (tb,)))
    return out
