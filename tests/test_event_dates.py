"""One event timed or dated apart, or one quantity given differently, in sentences worded too
differently to align: the dates, clock times and figures are matched across the story by the
words around them."""
from __future__ import annotations

import pytest

from tui.analysis import analyze
from tui.analysis.compare import compare, prepare
from tui.analysis.compare.base import _idf
from tui.analysis.compare.mentions import _compare_event_figures, _countable, _event_days, _event_times

from tests.test_compare import art, check_sides


_OTHER_A = ("The museum plans an exhibition next spring. Volunteers will guide school groups along the beach. "
            "The regional government has promised funding for a visitor centre. A fence now protects the site. "
            "Geologists say the clay formed in a lagoon. Local cafes report more visitors than usual.")
_OTHER_B = ("Tourism officials hope the discovery brings visitors in winter. A documentary crew filmed there in "
            "spring. The town hall has put up signs asking people not to walk on the clay. Researchers will "
            "publish their findings in a journal. Fishermen say the coastline has changed a great deal.")


def date_flags(ta: str, tb: str) -> list:
    docs = [(art("a", ta, "2025-03-12"), analyze(ta, "2025-03-12")), (art("b", tb, "2025-03-12"), analyze(tb, "2025-03-12"))]
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    return [d for d in dis if d.kind == "date"]


def test_one_stoppage_timed_apart_in_unaligned_sentences():
    found = date_flags(
        "A cable car at the Glenreach ski area halted at about 11:40 a.m. on Saturday with 40 skiers inside "
        "its cabins. Rescue teams lowered the passengers on ropes over six hours.",
        "Every skier was brought down safely by evening. Glenreach's cable car came to a stop shortly after "
        "1 p.m. on Saturday after a power cut at the base station.")
    assert len(found) == 1
    assert "11:40 a.m." in found[0].a.text and "1 p.m." in found[0].b.text


def test_a_collapse_and_came_down_are_one_event():
    found = date_flags(
        "The crane collapse happened shortly after 11 p.m. at Saltmarsh Quay, a terminal on the estuary. "
        "Inspectors closed the berth.",
        "Night-shift dockers said the crane came down at about 10.40pm, and two of them were hurt.")
    assert len(found) == 1 and "10.40pm" in found[0].b.text


def test_two_events_of_one_night_at_two_times_are_not_flagged():
    assert date_flags(
        "The fire broke out at about 2am in the kitchen of the hut. Crews reached the hut at 2.40am.",
        "Firefighters were at the hut by 2.40am, some 40 minutes after the blaze started in its kitchen "
        "at around 2am.") == []


def test_times_round_midnight_agree():
    assert date_flags(
        "The aircraft landed safely at 11:50 p.m. at Ponta Delgada after the crew declared an emergency.",
        "After the emergency call the crew put the aircraft on the ground at Ponta Delgada shortly before "
        "midnight.") == []


def test_one_storm_dated_apart_in_unaligned_sentences():
    found = date_flags(
        "Storm Brenna battered the north coast on Monday night, tearing open two salmon cages at the farm. "
        "The company said 40,000 fish had escaped. Anglers fear the escapees will breed with wild stocks. "
        "Divers are checking the remaining pens.",
        "The firm confirmed that a pair of its cages were ripped apart as Storm Brenna swept through on "
        "Tuesday night. Its chief executive apologised to local fishermen. The regulator has opened an inquiry.")
    assert len(found) == 1 and "Monday night" in found[0].a.text and "Tuesday night" in found[0].b.text


def test_one_find_dated_to_two_months_in_unaligned_sentences():
    # (two reports of ordinary length: how rare a word is depends on how much else is said)
    found = date_flags(
        "Prints in the dark layer were spotted in February last year by a local surfer, Rui Tavares, who "
        "photographed them and sent the pictures to the heritage office. Archaeologists dated the layer within weeks. " + _OTHER_A,
        "Rui Tavares was checking the waves in January 2024 when a friend pointed at a dark layer in the "
        "dunes. Storms have since washed much of it away. " + _OTHER_B)
    assert len(found) == 1 and "February" in found[0].a.text and "January 2024" in found[0].b.text


def test_a_day_outside_the_month_the_other_report_gives_for_one_deed():
    found = date_flags(
        "The audit, completed in late January by a Minneapolis accounting firm, compared the records "
        "against a physical count of every item in the evidence room.",
        "The audit, completed Feb. 14 by an outside accounting firm, found that the property room had "
        "operated for years without regular inventories.")
    assert len(found) == 1 and "late January" in found[0].a.text and "Feb. 14" in found[0].b.text


def test_crews_called_at_a_time_is_an_event_not_a_statement():
    found = date_flags(
        "Firefighters were called shortly after 2am on Thursday to the club's timber boathouse off Riverside "
        "Walk. The building dated from 1887. " + _OTHER_A,
        "Crews from three stations fought the blaze at the boathouse, which a passing taxi driver first "
        "saw at around 4am on Thursday. " + _OTHER_B)
    assert len(found) == 1 and "2am" in found[0].a.text and "4am" in found[0].b.text


def test_taking_effect_and_being_effective_are_one_event():
    from tui.analysis.compare.base import stem
    from tui.analysis.compare.dates import _EVENT_CLASS_OF
    assert "EFFECT" in _EVENT_CLASS_OF[stem("effective")] and "EFFECT" in _EVENT_CLASS_OF[stem("effect")]


def test_a_sentence_that_agrees_on_one_date_keeps_its_other_date_apart():
    # "30 June" (the closure) shares its sentence with "Tuesday night", which agrees with the
    # other report's "Tuesday evening": the vote is one event, the closure another
    assert date_flags(
        "Holme Road Baths will close its doors on 30 June after Calderbridge councillors voted on Tuesday "
        "night to stop funding the pool.",
        "The decision by Calderbridge Council, taken on Tuesday evening by 34 votes to 19, means Holme Road "
        "Baths will shut.") == []


def test_datelines_spans_and_live_blog_times_date_no_event():
    text = ("EDINBURGH, March 7 (Northgate Wire) — Labour won the seat on Thursday.\n\n"
            "The road will stay closed until Friday, police said. The new fares apply from Monday.")
    p = prepare(art("x", text, "2025-03-07"), analyze(text, "2025-03-07"))
    assert [d.text for d in _event_days(p)] == ["Thursday", "Monday"]
    p = prepare(art("y", "07:40 — Dignitaries are arriving for the opening ceremony.\n\n"
                         "The winner touched in 2:05.31 at the pool. The road opened at 6am on Monday.", "2025-03-07"))
    assert [p.art.text[x[1]:x[2]] for x in _event_times(p)] == ["6am"]


# --------------------------------------------------------------------------- figures

def figure_flags(ta: str, tb: str) -> list:
    pa = prepare(art("a", ta, "2025-03-12"), analyze(ta, "2025-03-12"))
    pb = prepare(art("b", tb, "2025-03-12"), analyze(tb, "2025-03-12"))
    return _compare_event_figures(pa, pb, _idf([pa, pb]))


_LOBSTER_A = ("The commercial fleet will be allowed to land 840 tonnes of rock lobster in the coming season, "
              "the fisheries ministry said. Skippers had pressed for more. Processors in the south say the "
              "quota will cost jobs. The ministry blamed warmer water for weaker stocks.")
_LOBSTER_B = ("Warmer seas have thinned the stocks, officials said. Under the new rules the rock lobster catch "
              "of the commercial boats would be cut to 790 tonnes for the new season. Several skippers said "
              "they would sell their boats.")


def test_one_quantity_given_differently_in_unaligned_sentences():
    found = figure_flags(_LOBSTER_A, _LOBSTER_B)
    assert len(found) == 1 and "840 tonnes" in found[0].a.text and "790 tonnes" in found[0].b.text
    docs = [(art("a", _LOBSTER_A, "2025-03-12"), analyze(_LOBSTER_A, "2025-03-12")),
            (art("b", _LOBSTER_B, "2025-03-12"), analyze(_LOBSTER_B, "2025-03-12"))]
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    assert [d.kind for d in dis] == ["number"]


def test_the_same_count_of_two_places_is_not_matched():
    assert figure_flags(
        "The mudslide in Mocoa killed more than 300 people in 2017, the worst in the region. Rescuers "
        "searched for days. The valley is still scarred.",
        "Rescuers recalled the mudslide in Salgar, which killed more than 90 people in 2015. The town was "
        "rebuilt on higher ground.") == []


def test_shares_and_rates_are_not_counts_to_match():
    text = "Three in five voters backed it. The lift carries up to 1,200 people an hour. It has 40 cabins."
    p = prepare(art("x", text, "2025-03-12"), analyze(text, "2025-03-12"))
    assert [p.art.text[n.start:n.end] for n in p.nums if _countable(p, n)] == ["40"]


@pytest.mark.parametrize("ta,tb", [
    # "unsealed" / "made public": words of one class
    ("Whitcombe appeared in court a few hours after the indictment was unsealed Thursday. ",
     "The indictment, made public on Wednesday, accuses Whitcombe of inventing contracts. "),
    # "handed down on Tuesday" (a judgment) / "ruled on Monday": a verb with its particle
    ("In a judgment handed down on Tuesday, the judge found the licence had been exceeded. ",
     "A London judge ruled on Monday that the firm used the typeface beyond its licence. "),
], ids=["one-class", "verb-with-particle"])
def test_one_event_in_other_words_dated_apart(ta, tb):
    found = date_flags(ta + _OTHER_A, tb + _OTHER_B)
    assert len(found) == 1
    days = [w for w in ("Monday", "Tuesday", "Wednesday", "Thursday") if w in ta]
    assert days[0] in found[0].a.text


def test_a_time_taken_is_no_time_of_day():
    from tui.analysis.compare.dates import _times
    text = "Organisers halted the race at 10:15 a.m. Matheson won the women's race in 2:41 and Okoro ran 2:09:48."
    p = prepare(art("a", text, "2025-03-12"), analyze(text, "2025-03-12"))
    assert [p.art.text[x[1]:x[2]] for x in _times(p)] == ["10:15 a.m."]


def test_a_live_blog_line_that_is_the_event_is_timed_by_its_stamp():
    # "14:15 - Trading resumes" is the event itself; "07:40 — Dignitaries are arriving" only a post
    p = prepare(art("y", "14:15 - Trading resumes.\n\n07:40 — Dignitaries are arriving for the ceremony.\n\n"
                         "06:40 - The blockade has begun.", "2025-03-07"))
    assert [p.art.text[x[1]:x[2]] for x in _event_times(p)] == ["14:15", "06:40"]


@pytest.mark.parametrize("text,day,anchor", [
    # "in place on Monday" is a state: the verb before it governs the date
    ("The water company put the notice in place on Monday evening after routine testing.", "Monday", "notic"),
    # a date opening its sentence: the first verb after the subject
    ("On Monday, Mrs Justice Penrose dismissed the claim in full.", "Monday", "dismiss"),
], ids=["in-place", "date-first"])
def test_the_word_that_governs_a_date(text, day, anchor):
    from tui.analysis.compare.dates import _date_anchor
    p = prepare(art("a", text, "2025-03-04"), analyze(text, "2025-03-04"))
    d = [x for x in p.dates if day in x.text][0]
    assert _date_anchor(p, d) == anchor
