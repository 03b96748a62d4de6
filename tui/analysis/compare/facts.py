"""Claims whose sense is reversed: antonyms, negation, denial against assertion, none against a
count, timing, votes, roles swapped, one person given opposite deeds."""
from __future__ import annotations

import re
from typing import Optional

from tui.analysis.synonyms import synonym_map
from tui.model import Disagreement, Side
from tui.analysis.compare.base import (
    _ALIGN_STOP, _ASPECT, _clause, _event_of, _fold, _GAP_NEG, _GENERIC_ANCHORS, _GENERIC_UNITS,
    _LIGHT_PARTICIPLES, _mutual_best, _NEG_POLARITY, _NEG_VERBS, _PERSON_NOUNS, _sent_of, _side, _side_overlap,
    _STANCE, _tok_index_at, _WEAK_ANTONYMS, ANTONYMS, NEGATORS, Num, Prepared, stem, STOPWORDS,
)


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


_CONTEST = {"win", "won", "lose", "lost", "beat", "defeat", "defeated", "victory", "loss"}


def _roles_swapped(pa, i, wa, pb, j, wb) -> bool:
    """"A beat B" vs "B lost to A": antonyms with swapped roles are a paraphrase; so are
    "Pennine went on to lose" / "Wessex Vale went on to win", one side of a contest each."""
    ba, aa = _subject_object(pa, i, wa)
    bb, ab = _subject_object(pb, j, wb)
    if ba and bb and ba != bb and {wa, wb} <= _CONTEST and (not (aa and ab) or aa == ab):
        return True  # (a shared word after both is the venue: "at Headingley")
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
