"""Lengths of time: race times, prison terms and how long something lasted."""
from __future__ import annotations

from tui.analysis.compare import compare, prepare
from tui.analysis.compare.durations import _durations
from tui.model import Analysis

from tests.test_compare import art as _art, check_sides


def numbers(ta: str, tb: str) -> list:
    docs = [(_art("a", ta), Analysis()), (_art("b", tb), Analysis())]
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    return [d for d in dis if d.kind == "number"]


def spans(text: str) -> list[tuple[str, float, str]]:
    p = prepare(_art("x", text))
    return [(text[s.start:s.end], s.seconds, s.kind) for s in _durations(p)]


def test_race_times_and_terms_are_read_as_lengths():
    assert spans("She won in 8:46:17.") == [("8:46:17", 8 * 3600 + 46 * 60 + 17, "RACE")]
    assert spans("He touched in 2:05.31.") == [("2:05.31", 125.31, "RACE")]
    assert spans("He crossed the line in 8hr 41min 17sec.") == [("8hr 41min 17sec", 31277, "RACE")]
    got = spans("He was jailed for six years and four months.")
    assert got[0][0] == "six years and four months" and got[0][2] == "PRISON"
    assert spans("She was caged for five and a half years.")[0][2] == "PRISON"


def test_a_clock_time_is_no_length():
    assert spans("The system was restored at 11:20 on Monday.") == []


def test_one_race_time_in_each_article_differs():
    found = numbers("Mackintosh crossed the line in Aviemore in 8hr 41min 17sec to win the Skyline Ultra.",
                    "Isla Mackintosh has won the Cairngorm Skyline Ultra in 8:46:17, a course record.")
    assert len(found) == 1 and "8:46:17" in found[0].b.text


def test_the_same_digits_in_another_order_are_a_slip():
    found = numbers("Corrigan's mark of 3:59.40 had stood since 2019. Teague ran 4:01.12 in the heat.",
                    "Teague ran 4:01.12 in her heat. The Irish record of 3:59.04 belongs to Corrigan.")
    assert len(found) == 1 and "3:59.40" in found[0].a.text and "3:59.04" in found[0].b.text


def test_two_prison_terms_differ_and_a_term_given_in_both_does_not():
    found = numbers("Dunmore has been jailed for six years and four months at Leeds Crown Court.",
                    "Dunmore has been caged for five and a half years after a trial at Leeds Crown Court.")
    assert len(found) == 1
    assert numbers("He was sentenced at Cardiff Crown Court on Thursday to 12 months in custody.",
                   "He was given a 12-month sentence, suspended for 24 months, at Cardiff Crown Court.") == []


def test_a_hedged_length_agrees_with_one_close_to_it():
    assert numbers("The jury deliberated for two hours and 40 minutes before the verdict.",
                   "The jury deliberated for about two and a half hours before the verdict.") == []


def test_a_length_in_three_parts_is_read_whole():
    got = spans("She won in two hours, 41 minutes and 21 seconds.")
    assert got == [("two hours, 41 minutes and 21 seconds", 2 * 3600 + 41 * 60 + 21, "TIME")]
