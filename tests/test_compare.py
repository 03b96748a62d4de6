"""Cross-article comparison: where two articles about one story disagree.

Unit tests build Article/Analysis objects by hand (so they do not depend on the
entity, quote and date engines); the pair tests run the Markdown pairs in
tests/pairs/ both through the real ``analyze`` and with empty analyses (the
fallbacks inside compare), and check every expected flag is found and no
paraphrase is flagged.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from tui.analysis.compare import compare, prepare, split_sentences, stem
from tui.model import Analysis, Article, DateMention, Entity, Quote

PAIRS = Path(__file__).resolve().parent / "pairs"
CORPUS = Path(__file__).resolve().parent / "corpus"


# --------------------------------------------------------------------------- helpers

def art(id_: str, text: str, published: str | None = "2025-10-16", source: str | None = None) -> Article:
    return Article(id=id_, path="", title="", text=text, source=source, published=published)


def span(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    i = text.index(needle, start)
    return i, i + len(needle)


def ent(text: str, needle: str, label: str = "PERSON") -> Entity:
    s, e = span(text, needle)
    return Entity(s, e, needle, label)


def quote(text: str, needle: str, speaker: str | None) -> Quote:
    s, e = span(text, needle)
    return Quote(s, e, needle, speaker)


def date_(text: str, needle: str, value: str | None) -> DateMention:
    s, e = span(text, needle)
    return DateMention(s, e, needle, value)


def kinds(dis) -> list[str]:
    return sorted(d.kind for d in dis)


def check_sides(docs, dis, cov) -> None:
    texts = {a.id: a.text for a, _ in docs}
    for d in dis:
        for side in (d.a, d.b):
            assert texts[side.article][side.start:side.end] == side.text
            assert 0 < len(side.text) < 400
        assert d.a.article != d.b.article
        assert 0.0 <= d.score <= 1.0
        assert d.summary and "\n" not in d.summary
        assert d.kind in {"quote", "number", "date", "name", "fact"}
    for c in cov:
        assert texts[c.side.article][c.side.start:c.side.end] == c.side.text
        assert c.missing_from in texts and c.missing_from != c.side.article


# the scorer's matching rule (../shared/eval/score.py), restated so the tests stand alone
_STOP = set(
    "a an the and or of to in on at for by with from as is are was were be been this that these those "
    "it its his her their our your my i we you he she they will would can could if then than but not "
    "no so do does did has have had also which who whom what when where while".split())


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = re.sub(r"\s+", " ", s).strip().casefold()
    return s


def _content(s: str) -> set[str]:
    return {w for w in re.findall(r"\w+", _norm(s)) if w not in _STOP}


def matches(d, g: dict) -> bool:
    if len(d.a.text) > 400 or len(d.b.text) > 400:
        return False
    ga, gb = _content(g["a"]), _content(g["b"])
    ka, kb = (ga - gb) or ga, (gb - ga) or gb
    for x, y in ((d.a.text, d.b.text), (d.b.text, d.a.text)):
        if _content(x) & ka and _content(y) & kb:
            return True
    return False


def loosely(d, g: dict) -> bool:
    """A false alarm in the scorer's sense: both sides touch a not-disagreement."""
    return matches(d, g) or bool(_content(d.a.text) & _content(g["a"]) and _content(d.b.text) & _content(g["b"]))


# --------------------------------------------------------------------------- basics

def test_empty_and_single():
    assert compare([]) == ([], [])
    a = art("a", "The council approved the budget on Monday.")
    assert compare([(a, Analysis())]) == ([], [])


def test_identical_articles_do_not_disagree():
    text = ('The council approved a $12 million budget on Monday, officials said. "We have done our job," '
            'Mayor Ana Ruiz said.')
    dis, cov = compare([(art("a", text), Analysis()), (art("b", text), Analysis())])
    assert dis == []
    assert cov == []


def test_sentence_split_keeps_abbreviations():
    text = "U.S. Secretary of State Marco Rubio met Mr. Smith on Jan. 5. They talked. \"Fine,\" he said.\nNext line"
    sents = [text[s:e] for s, e in split_sentences(text)]
    assert sents[0] == "U.S. Secretary of State Marco Rubio met Mr. Smith on Jan. 5."
    assert sents[-1] == "Next line"
    assert len(sents) == 4


def test_stemmer_matches_inflections():
    assert stem("confirmed") == stem("confirm") == stem("confirms")
    assert stem("rose") == stem("rising") == stem("rise")
    assert stem("denied") == stem("deny")


# --------------------------------------------------------------------------- quotes

SEED_A = ("Trump said he and Putin would gather in Budapest \u201cto see if we can end this dishonorable war "
          "between Russia and Ukraine.\u201d Trump and Zelensky are set to meet on Friday in the Oval Office.")
SEED_B = ('"President Putin and I will then meet in an agreed upon location, Budapest, Hungary, to see if we can '
          "bring this 'inglorious' war, between Russia and Ukraine, to an end,\" Trump posted. Trump is also "
          "scheduled to meet Zelenskyy at the White House on Friday.")


def _seed_docs(with_quotes: bool = True):
    a, b = art("000", SEED_A), art("004", SEED_B)
    qa = quote(SEED_A, "to see if we can end this dishonorable war between Russia and Ukraine.", "Donald Trump")
    qb_text = SEED_B[1:SEED_B.index(',"')]
    qb = quote(SEED_B, qb_text, "Donald Trump")
    da = Analysis(quotes=(qa,) if with_quotes else (), dates=(date_(SEED_A, "Friday", "2025-10-17"),))
    db = Analysis(quotes=(qb,) if with_quotes else (), dates=(date_(SEED_B, "Friday", "2025-10-17"),))
    return [(a, da), (b, db)]


@pytest.mark.parametrize("with_quotes", [True, False], ids=["engine-quotes", "fallback-quotes"])
def test_quote_with_different_words_is_flagged(with_quotes):
    docs = _seed_docs(with_quotes)
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    q = [d for d in dis if d.kind == "quote"]
    assert len(q) == 1
    assert "dishonorable" in q[0].a.text and ("inglorious" in q[0].b.text)
    assert "dishonorable" in " ".join(q[0].diff_a) and "inglorious" in " ".join(q[0].diff_b)
    assert "dishonorable" in q[0].summary and "inglorious" in q[0].summary
    assert q[0].score >= 0.7
    # the same Friday meeting in the Oval Office / at the White House is not a disagreement
    assert not [d for d in dis if d.kind in ("date", "fact")]


def test_verbatim_part_of_a_longer_quote_is_not_flagged():
    ta = 'She called the plan "a painful but necessary decision" on Monday.'
    tb = ('"This is a painful but necessary decision for everyone who works here," she said on Monday.')
    docs = [(art("a", ta), Analysis(quotes=(quote(ta, "a painful but necessary decision", "Ingrid Halvorsen"),))),
            (art("b", tb), Analysis(quotes=(quote(tb, tb[1:tb.index(',"')], "Ingrid Halvorsen"),)))]
    dis, _ = compare(docs)
    assert [d for d in dis if d.kind == "quote"] == []


def test_quotes_of_different_speakers_are_not_compared():
    ta = 'Leavitt called it a "very good and productive" call.'
    tb = 'Trump described a "very productive" call.'
    docs = [(art("a", ta), Analysis(quotes=(quote(ta, "very good and productive", "Karoline Leavitt"),))),
            (art("b", tb), Analysis(quotes=(quote(tb, "very productive", "Donald Trump"),)))]
    dis, _ = compare(docs)
    assert [d for d in dis if d.kind == "quote"] == []


def test_one_word_changed_in_a_quote_is_flagged():
    ta = 'The chief executive said the company had "turned a corner" after two difficult years.'
    tb = 'The chief executive told analysts the company had "turned the corner" after two tough years.'
    docs = [(art("a", ta), Analysis(quotes=(quote(ta, "turned a corner", "Priya Raman"),))),
            (art("b", tb), Analysis(quotes=(quote(tb, "turned the corner", "Priya Raman"),)))]
    dis, _ = compare(docs)
    q = [d for d in dis if d.kind == "quote"]
    assert len(q) == 1 and q[0].diff_a == ("a",) and q[0].diff_b == ("the",)
    assert q[0].score < 0.7  # a function word only: flagged, but weakly


def test_one_sentence_of_two_longer_quotes_given_in_other_words_is_flagged():
    qa_text = "I would stake my reputation on it. The photographs do not do it justice"
    qb_text = "I would bet my reputation on it. I know what I saw out there"
    ta = f"Birder Colin Aspey was adamant. \u201c{qa_text}.\u201d"
    tb = f'"{qb_text}," Colin Aspey said on Sunday.'
    docs = [(art("a", ta), Analysis(quotes=(quote(ta, qa_text, "Colin Aspey"),))),
            (art("b", tb), Analysis(quotes=(quote(tb, qb_text, "Colin Aspey"),)))]
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    q = [d for d in dis if d.kind == "quote"]
    assert len(q) == 1 and q[0].diff_a == ("stake",) and q[0].diff_b == ("bet",)


# --------------------------------------------------------------------------- numbers

def _pair(ta: str, tb: str, pub: str = "2025-10-16"):
    return [(art("a", ta, pub), Analysis()), (art("b", tb, pub), Analysis())]


def one_flag(ta: str, tb: str, kind: str):
    """The one flag of a kind between two one-off articles (there must be exactly one)."""
    docs = _pair(ta, tb)
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    found = [d for d in dis if d.kind == kind]
    assert len(found) == 1, found
    return found[0]


def flagged_kinds(ta: str, tb: str, pub: str = "2025-10-16") -> list[str]:
    """The kinds of flag between two one-off articles, their sides checked against the texts."""
    docs = _pair(ta, tb, pub)
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    return kinds(dis)


def test_a_share_price_move_with_its_direction_after_it_is_compared():
    # "18 per cent lower": "lower" says which way, it is not what was counted
    found = one_flag("Shares in Halvorsen Vind closed 18 per cent lower in Copenhagen on Thursday after the "
                     "developer abandoned the wind farm.",
                     "The company's shares closed down 14 per cent in Copenhagen on Thursday.", "number")
    assert "18 per cent" in found.a.text and "14 per cent" in found.b.text


def test_more_than_a_figure_reaches_only_to_its_next_step():
    # "more than 1,300" is 1,300-something: not "nearly 2,000"; "more than 400" fits "437"
    assert flagged_kinds("More than 1,300 objections from residents were lodged against the plan.",
                         "Nearly 2,000 objections from locals were lodged against the plan.") == ["number"]
    assert flagged_kinds("More than 400 homes lost power in the storm on Friday.",
                         "The storm cut power to 437 homes on Friday.") == []


def test_the_one_share_price_move_of_each_report_is_compared():
    ta = ("Hollis Crane received a takeover approach from an American fund on Monday. Shares closed up 18 per "
          "cent at 262p, still below the proposed price. The board said it was considering the offer.")
    tb = ("The American fund is expected to return with a bigger offer for the shares. They closed 23 per cent "
          "higher as investors bet on a bidding war. Hollis Crane employs 4,000 people.")
    found = one_flag(ta, tb, "number")
    assert "18 per cent" in found.a.text and "23 per cent" in found.b.text


def test_a_bare_count_of_people_taken_to_hospital_is_compared():
    ta = ("The heat overwhelmed the marathon field on Sunday. In total 212 runners were treated by medics, and "
          "14 were taken to hospital. Organisers halted the race at noon.")
    tb = ("Medics treated more than 200 competitors. The race was stopped early, and nine were rushed to hospital "
          "as the temperature hit 31C.")
    found = one_flag(ta, tb, "number")
    assert "14" in found.a.text and "nine" in found.b.text


def test_a_fine_and_a_sum_ordered_to_be_paid_are_one_penalty_but_costs_are_not():
    ta = ("A Worcestershire dairy business has been ordered to pay £180,000 after a spill from its creamery "
          "killed thousands of fish. The firm admitted the offence. It must also pay £9,000 in costs.")
    tb = ("Magistrates heard the leak went unnoticed for hours. A Tenbury cheesemaker has been fined £160,000 "
          "for polluting the river.")
    found = one_flag(ta, tb, "number")
    assert "£180,000" in found.a.text and "£160,000" in found.b.text


def test_a_part_included_in_a_crowd_does_not_hide_the_crowd():
    ta = ("Seaforth won 2-1 at Brook Lane on Saturday. The attendance was 1,846, including around 60 away "
          "supporters, most of whom had travelled on the coach.")
    tb = ("The coach broke down on the motorway, but the players arrived in time. The crowd of 2,146 at Brook "
          "Lane gave them a standing ovation.")
    found = one_flag(ta, tb, "number")
    assert "1,846" in found.a.text and "2,146" in found.b.text


def test_festivalgoers_are_people():
    assert flagged_kinds("At the festival, 14 people were treated for minor injuries after the stage collapsed.",
                         "At the festival, seventeen festivalgoers were treated for minor injuries after the stage "
                         "collapsed.") == ["number"]


def test_one_measure_in_two_units_agrees_and_two_weights_in_two_units_differ():
    assert flagged_kinds("The flooded village lies about 75 miles north-west of the capital.",
                         "The flooded village lies roughly 120km north-west of the capital.") == []
    assert flagged_kinds("Officials drew a 6.2-mile control zone around the infected farm.",
                         "Officials set up a 10-kilometer control zone around the infected farm.") == []
    assert flagged_kinds("The ferry lost power some 22km east of Mariehamn on Sunday.",
                         "The ferry lost power about 12 nautical miles east of Mariehamn on Sunday.") == []
    found = one_flag("The meteorite that hit the barn is made of stony iron. The stone, weighing 1.34 kilograms, "
                     "went on display on Friday.",
                     "Scientists say the 870-gram stone is about 4.5 billion years old and came from the asteroid "
                     "belt.", "number")
    assert "1.34" in found.a.text and "870" in found.b.text


def test_the_one_share_of_a_vote_in_favour_of_each_report_is_compared():
    found = one_flag("The merger was approved by 68% of votes cast by the cooperative's 4,100 members, the board "
                     "said on Tuesday.",
                     "The board has said the deal will close in the spring. According to the cooperative, 61 "
                     "percent of ballots cast were in favor.", "number")
    assert "68%" in found.a.text and "61 percent" in found.b.text


def test_different_toll_is_flagged():
    docs = _pair("The earthquake killed 32 people in the province on Tuesday, officials said.",
                 "The earthquake killed 35 people in the province on Tuesday, officials said.")
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    assert kinds(dis) == ["number"]
    assert "32" in dis[0].a.text and "35" in dis[0].b.text
    assert "32" in dis[0].summary and "35" in dis[0].summary


def test_spelled_out_numbers_count():
    docs = _pair("Police arrested four men after the protest in the capital.",
                 "Police arrested six men after the protest in the capital.")
    dis, _ = compare(docs)
    assert kinds(dis) == ["number"]
    assert dis[0].diff_a == ("four",) and dis[0].diff_b == ("six",)


@pytest.mark.parametrize("ta,tb", [
    ("Profit rose to £612 million last year.", "Profit rose to £612m last year."),
    ("Shares fell 3.2% in Oslo trading.", "Shares slipped 3.2 per cent in Oslo."),
    ("More than 400 firefighters, backed by 14 aircraft, were at work.",
     "Some 400 firefighters and more than a dozen aircraft were deployed."),
    ("The fire burned about 1,800 hectares of pine forest.", "The fire burned 1,800 hectares of pine forest."),
    ("The company built 14,000 vans last year.", "The company built around 14,000 vans in 2024."),
    ("Revenue reached $1.23 billion in the quarter.", "Revenue reached $1.2 billion in the quarter."),
], ids=["scale", "percent", "hedges", "about", "around", "rounding"])
def test_same_figure_written_differently_is_not_flagged(ta, tb):
    dis, _ = compare(_pair(ta, tb))
    assert [d for d in dis if d.kind == "number"] == []


def test_numbers_of_different_things_are_not_compared():
    docs = _pair("The storm killed 12 people and destroyed 300 homes in the valley.",
                 "The storm injured 40 people and flooded 900 fields in the valley.")
    dis, _ = compare(docs)
    assert [d for d in dis if d.kind == "number"] == []


def test_match_score_is_compared():
    docs = _pair("Rovers beat Ashworth United 3-1 at Marsh Lane to go top of the table.",
                 "Rovers beat Ashworth United 2-1 at Marsh Lane to go top of the table.")
    dis, _ = compare(docs)
    assert kinds(dis) == ["number"]
    assert "3-1" in dis[0].a.text and "2-1" in dis[0].b.text


# --------------------------------------------------------------------------- dates

def test_same_event_on_different_days_is_flagged():
    ta = "The wildfire broke out on Monday in the hills north of Valencia."
    tb = "A wildfire that broke out on Tuesday tore through the hills north of Valencia."
    docs = [(art("a", ta, "2025-08-13"), Analysis(dates=(date_(ta, "Monday", "2025-08-11"),))),
            (art("b", tb, "2025-08-13"), Analysis(dates=(date_(tb, "Tuesday", "2025-08-12"),)))]
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    assert kinds(dis) == ["date"]
    assert "Monday" in dis[0].a.text and "Tuesday" in dis[0].b.text
    assert "2025-08-11" in dis[0].summary and "2025-08-12" in dis[0].summary


def test_same_date_in_other_words_is_not_flagged():
    ta = "The carmaker said on Monday that the plant would close."
    tb = "The carmaker confirmed yesterday that the plant would close."
    docs = [(art("a", ta, "2025-11-04"), Analysis(dates=(date_(ta, "Monday", "2025-11-03"),))),
            (art("b", tb, "2025-11-04"), Analysis(dates=(date_(tb, "yesterday", "2025-11-03"),)))]
    assert compare(docs)[0] == []


def test_statement_date_is_not_compared_with_event_date():
    ta = "Officials said a child had died at the hospital on Saturday, the first death of the outbreak."
    tb = "The outbreak has grown, officials confirmed on Monday, the first such rise in the outbreak."
    docs = [(art("a", ta, "2025-10-20"), Analysis(dates=(date_(ta, "Saturday", "2025-10-18"),))),
            (art("b", tb, "2025-10-20"), Analysis(dates=(date_(tb, "Monday", "2025-10-20"),)))]
    assert [d for d in compare(docs)[0] if d.kind == "date"] == []


# --------------------------------------------------------------------------- names

def test_spelling_variant_is_one_person_at_low_score():
    ta = "Ukrainian President Volodymyr Zelensky is en route to Washington."
    tb = "Ukrainian President Volodymyr Zelenskyy will meet Trump at the White House."
    docs = [(art("a", ta), Analysis(entities=(ent(ta, "Volodymyr Zelensky"),))),
            (art("b", tb), Analysis(entities=(ent(tb, "Volodymyr Zelenskyy"),)))]
    dis, _ = compare(docs)
    assert kinds(dis) == ["name"]
    assert dis[0].score <= 0.35
    assert "same person" in dis[0].summary


def test_different_title_is_flagged_and_qualifier_is_not():
    ta = "Foreign Minister Anna Lind said the talks would resume. U.S. Secretary of State Marco Rubio agreed."
    tb = "Defence Minister Anna Lind said the talks would resume. Secretary of State Marco Rubio agreed."
    docs = [(art("a", ta), Analysis(entities=(ent(ta, "Anna Lind"), ent(ta, "Marco Rubio")))),
            (art("b", tb), Analysis(entities=(ent(tb, "Anna Lind"), ent(tb, "Marco Rubio"))))]
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    assert kinds(dis) == ["name"]
    assert "Foreign Minister" in dis[0].a.text and "Defence Minister" in dis[0].b.text


@pytest.mark.parametrize("ta,tb,flag", [
    ("Mayor Carmen Esteve said residents were moved.", "Deputy mayor Carmen Esteve said residents were moved.", True),
    ("Chief executive Ingrid Halvorsen spoke.", "Ingrid Halvorsen, the group's chief operating officer, spoke.", True),
    ("Chief executive Alison Greig spoke.", "Alison Greig, the chamber's chief executive, spoke.", False),
    ("CEO Alison Greig spoke.", "Chief executive officer Alison Greig spoke.", False),
    ("It was supervised by Sgt. Dwayne Keller for years.", "It was supervised by Lt. Dwayne Keller for years.", True),
    ("Ch Supt Dwayne Keller spoke.", "Chief Superintendent Dwayne Keller spoke.", False),
    ("Museum director Dwayne Keller spoke.", "Dwayne Keller, the museum's chief curator, spoke.", True),
    ("Deputy U.K. Ambassador Dwayne Keller spoke.", "U.K. Ambassador Dwayne Keller spoke.", True),
    ("Harlow County Fire Chief Dwayne Keller spoke.", "Harlow County Police Chief Dwayne Keller spoke.", True),
    ("Senior coroner Dwayne Keller spoke.", "Assistant coroner Dwayne Keller spoke.", True),
    ("Dr. Dwayne Keller spoke.", "Professor Dwayne Keller spoke.", True),
    ("Dr. Dwayne Keller spoke.", "Dwayne Keller, the hospital's chief surgeon, spoke.", False),
    ("His lawyer, Dwayne Keller, spoke.", "His attorney, Dwayne Keller, spoke.", False),
    ("U.S. Magistrate Judge Dwayne Keller ruled.", "U.S. District Judge Dwayne Keller ruled.", True),
    ("U.S. District Judge Dwayne Keller ruled.", "Chief U.S. District Judge Dwayne Keller ruled.", True),
    ("Council boss Dwayne Keller spoke.", "The council's chief executive, Dwayne Keller, spoke.", False),
    ("Alderman Dwayne Keller spoke.", "Mayor Pro Tem Dwayne Keller spoke.", True),
], ids=["deputy", "coo", "apposition", "abbreviation", "abbreviated-ranks", "abbreviated-same", "whose-post",
        "rank-before-initialism", "service-in-body-name", "lower-case-post", "dr-professor", "dr-any-post",
        "lawyer-attorney", "court-tiers", "chief-before-initialism", "boss-any-head", "alderman-mayor"])
def test_titles(ta, tb, flag):
    name = "Carmen Esteve" if "Esteve" in ta else "Ingrid Halvorsen" if "Halvorsen" in ta else \
        "Dwayne Keller" if "Keller" in ta else "Alison Greig"
    docs = [(art("a", ta), Analysis(entities=(ent(ta, name),))), (art("b", tb), Analysis(entities=(ent(tb, name),)))]
    dis, _ = compare(docs)
    assert bool([d for d in dis if d.kind == "name"]) is flag


def test_a_given_name_seen_after_a_title_alone_is_compared():
    # "Councillor Brierley" first (no given name), "Tim Brierley" later: Tim against Tom
    ta = "Committee chairman Councillor Tom Brierley told the meeting the plans were sound."
    tb = ("Councillor Brierley sat there and said nothing. Planning committee chairman Cllr Tim Brierley said "
          "the plans were sound.")
    docs = [(art("a", ta), Analysis(entities=(ent(ta, "Tom Brierley"),))),
            (art("b", tb), Analysis(entities=(ent(tb, "Councillor Brierley"), ent(tb, "Tim Brierley"))))]
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    names = [d for d in dis if d.kind == "name"]
    assert len(names) == 1 and "Tom Brierley" in names[0].a.text and "Tim Brierley" in names[0].b.text


def test_a_different_given_name_before_a_particle_is_flagged():
    # "de Wit": the given name is the word before the particle, not "de"
    ta = "Chief executive Marieke de Wit said the offer was fair."
    tb = "Marlies de Wit, the group's chief executive, said the offer was fair."
    docs = [(art("a", ta), Analysis(entities=(ent(ta, "Marieke de Wit"),))),
            (art("b", tb), Analysis(entities=(ent(tb, "Marlies de Wit"),)))]
    names = [d for d in compare(docs)[0] if d.kind == "name"]
    assert len(names) == 1 and "Marieke" in names[0].a.text and "Marlies" in names[0].b.text


def test_same_action_credited_to_another_person():
    ta = "Jonny O'Rourke doubled the lead ten minutes after the break with a header."
    tb = "Kwame Asante-Boateng doubled the lead ten minutes after the break with a header."
    docs = [(art("a", ta), Analysis(entities=(ent(ta, "Jonny O'Rourke"),))),
            (art("b", tb), Analysis(entities=(ent(tb, "Kwame Asante-Boateng"),)))]
    dis, _ = compare(docs)
    assert kinds(dis) == ["name"]
    assert "O'Rourke" in dis[0].a.text and "Asante-Boateng" in dis[0].b.text


# --------------------------------------------------------------------------- facts

@pytest.mark.parametrize("ta,tb", [
    ("The Kremlin confirmed the call between the two leaders on Thursday.",
     "The Kremlin denied the call between the two leaders on Thursday."),
    ("Halvorsen Motors shares rose 3% in Oslo trading after the announcement.",
     "Halvorsen Motors shares fell 3% in Oslo trading after the announcement."),
    ("The committee approved the amendment from Senator Ocampo on reporting rules.",
     "The committee rejected the amendment from Senator Ocampo on reporting rules."),
    ("The appeals court upheld the ban on facial recognition cameras in schools.",
     "The appeals court overturned the ban on facial recognition cameras in schools."),
    ("The court ordered the company to pay the state's legal costs.",
     "The court did not order the company to pay the state's legal costs."),
], ids=["confirm-deny", "rise-fall", "approve-reject", "uphold-overturn", "negation"])
def test_reversed_sense_is_flagged(ta, tb):
    docs = _pair(ta, tb)
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    assert kinds(dis) == ["fact"]


@pytest.mark.parametrize("ta,tb", [
    ("Arsenal beat Chelsea in the final on Sunday.", "Chelsea lost to Arsenal in the final on Sunday."),
    ("Rubio will head the American delegation at the talks.",
     "The American team at the talks will be led by Secretary of State Marco Rubio."),
    ("A venue will be chosen for next week's talks.",
     "The specific venue for next week's diplomatic talks remains undetermined."),
    ("Those who drank more than six cups a day saw no benefit.",
     "The benefit disappeared among people who drank more than six cups daily."),
], ids=["swapped-roles", "led-by", "venue", "no-benefit"])
def test_paraphrase_is_not_flagged(ta, tb):
    assert compare(_pair(ta, tb))[0] == []


# --------------------------------------------------------------------------- coverage

def test_what_only_one_article_reports_is_coverage():
    ta = ("The council approved the budget on Monday. "
          "Hungarian Prime Minister Viktor Orban confirmed that preparations were underway for the summit.")
    tb = "The council approved the budget on Monday."
    docs = _pair(ta, tb)
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    assert dis == []
    assert len(cov) == 1
    assert cov[0].side.article == "a" and cov[0].missing_from == "b"
    assert "Orban" in cov[0].side.text


def test_deterministic_and_pairwise_over_a_story():
    docs = _seed_docs() + [(art("x", SEED_A.replace("dishonorable", "shameful")), Analysis())]
    first = compare(docs)
    assert first == compare(docs)
    pairs = {(d.a.article, d.b.article) for d in first[0]}
    assert ("000", "004") in pairs and ("000", "x") in pairs


def test_prepare_indexes_once():
    p = prepare(art("a", SEED_A), Analysis())
    assert len(p.sents) == len(p.sent_terms) == len(p.sent_toks) == 2
    assert p.quotes and p.quotes[0].text.startswith("to see if")


# --------------------------------------------------------------------------- the Markdown pairs

def _load(path: Path) -> Article:
    from tui.library.loader import load_article
    return load_article(path)


def _pair_dirs() -> list[Path]:
    return sorted(p for p in PAIRS.iterdir() if (p / "pair.json").exists())


def _run_pair(d: Path, engine: bool):
    from tui.analysis import analyze
    gold = json.loads((d / "pair.json").read_text(encoding="utf-8"))
    a, b = _load(d / "a.md"), _load(d / "b.md")
    assert (a.id, b.id) == (gold["a"], gold["b"])
    docs = [(x, analyze(x.text, x.published) if engine else Analysis()) for x in (a, b)]
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    return gold, dis


@pytest.mark.parametrize("engine", [True, False], ids=["analyze", "no-engine"])
@pytest.mark.parametrize("d", _pair_dirs(), ids=lambda d: d.name)
def test_pair(d, engine):
    gold, dis = _run_pair(d, engine)
    missed = [g for g in gold["disagreements"] if not any(matches(x, g) for x in dis)]
    # a documented weakness ("known_miss") may stay missed; finding it is welcome
    assert not [g for g in missed if not g.get("known_miss")], f"missed: {missed}"
    expected = gold["disagreements"] + gold.get("acceptable", [])
    extra = [x for x in dis if not any(matches(x, g) for g in expected)]
    false_alarms = [x for x in extra if any(loosely(x, g) for g in gold["not_disagreements"])]
    assert not false_alarms, f"false alarms: {[(x.a.text, x.b.text) for x in false_alarms]}"
    assert not extra, f"unexpected flags: {[(x.kind, x.a.text, x.b.text) for x in extra]}"


def test_pairs_cover_the_styles():
    names = {d.name for d in _pair_dirs()}
    for style in ("politics", "business", "sports", "disaster", "court"):
        assert any(n.startswith(style) for n in names), style
    for d in _pair_dirs():
        gold = json.loads((d / "pair.json").read_text(encoding="utf-8"))
        assert gold["disagreements"] and len(gold["not_disagreements"]) >= 3


@pytest.mark.skipif(not (CORPUS / "gold" / "pairs.json").exists(), reason="no evaluation corpus")
def test_evaluation_corpus_recall_and_precision():
    from tui.analysis import analyze
    pairs = json.loads((CORPUS / "gold" / "pairs.json").read_text(encoding="utf-8"))
    tp = fp = fn = alarms = 0
    for g in pairs:
        a, b = _load(CORPUS / "articles" / f"{g['a']}.md"), _load(CORPUS / "articles" / f"{g['b']}.md")
        dis, _ = compare([(x, analyze(x.text, x.published)) for x in (a, b)])
        hit = set()
        for gd in g["disagreements"]:
            found = [i for i, x in enumerate(dis) if matches(x, gd)]
            hit.update(found)
            tp += bool(found)
            fn += not found
        for gd in g.get("acceptable", []):
            hit.update(i for i, x in enumerate(dis) if matches(x, gd))
        for i, x in enumerate(dis):
            if i not in hit:
                fp += 1
                alarms += any(loosely(x, gd) for gd in g.get("not_disagreements", []))
    recall, precision = tp / max(1, tp + fn), tp / max(1, tp + fp)
    assert recall >= 0.8 and precision >= 0.8, (recall, precision)
    assert alarms == 0


# --------------------------------------------------------------------------- robustness

from hypothesis import given, settings, strategies as st  # noqa: E402

_WORDS = ["The", "council", "said", "on", "Monday", "that", "32", "people", "were", "killed", "not", "confirmed",
          "denied", "rose", "fell", "\u201cwe", "will", "win\u201d", '"', "Mr.", "U.S.", "President", "Anna", "Ruiz",
          "$1.2", "billion", "3-1", "12%", "per", "cent", "\n", ".", ",", "\u2019", "four", "dozen", "\u2026",
          "ruled", "out", "Chief", "executive", "Zelensky", "Zelenskyy", "—", "(", ")", "2025", "1,200"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=60), st.lists(st.sampled_from(_WORDS), max_size=60))
def test_any_text_gives_consistent_sides(wa, wb):
    ta, tb = " ".join(wa), " ".join(wb)
    docs = [(art("a", ta), Analysis()), (art("b", tb), Analysis())]
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    assert (dis, cov) == compare(docs)


def test_stale_analysis_spans_are_ignored():
    text = "The council approved the budget on Monday."
    bad = Analysis(entities=(Entity(0, 99, "nonsense", "PERSON"),), quotes=(Quote(3, 9, "wrong", None),),
                   dates=(DateMention(500, 510, "Monday", "2025-10-13"),))
    docs = [(art("a", text), bad), (art("b", text.replace("Monday", "Tuesday")), Analysis())]
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)


@pytest.mark.parametrize("ta,tb,flag", [
    ("Derek Allard, 58, was jailed for eight years on Wednesday.",
     "Derek Allard, 59, was jailed for eight years on Wednesday.", True),
    ("The 58-year-old was convicted of bribery in October at Southbrook.",
     "The 61-year-old was convicted of bribery in October at Southbrook.", True),
    ("Derek Allard, 58, was jailed.", "The 58-year-old former mayor was jailed.", False),
], ids=["apposition", "year-old", "same-age"])
def test_ages(ta, tb, flag):
    dis, _ = compare(_pair(ta, tb))
    assert bool([d for d in dis if d.kind == "number" and "age" in d.summary]) is flag


def _quoted(t: str, speaker: str = "Ann Lee") -> Quote:
    s = t.index("\u201c") + 1
    return Quote(s, t.index("\u201d"), t[s:t.index("\u201d")], speaker)


@pytest.mark.parametrize("ta,tb,flag", [
    ("She said: \u201cWe looked at every option. None of them gave the plant a future\u201d.",
     "She said: \u201cWe looked at every option, including a partial shutdown. None of them gave the plant a "
     "future\u201d.", False),
    ("He said \u201cwe won't stop until every person is reached\u201d today.",
     "He said \u201cwe will not stop until every person is reached\u201d today.", False),
    ("He said \u201cthe organisation must honour its promise\u201d today.",
     "He said \u201cthe organization must honor its promise\u201d today.", False),
    ("He said \u201cwe must protect the children of this city\u201d today.",
     "He said \u201cwe must protects the children of this city\u201d today.", True),
    ("He said \u201cwe will not stop until every person is reached\u201d today.",
     "He said \u201cwe will not stop until every single person is reached\u201d today.", True),
], ids=["two-sentences", "contraction", "spelling", "grammar", "inserted-word"])
def test_quote_wording(ta, tb, flag):
    docs = [(art("a", ta), Analysis(quotes=(_quoted(ta),))), (art("b", tb), Analysis(quotes=(_quoted(tb),)))]
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    assert bool([d for d in dis if d.kind == "quote"]) is flag



# one-line probes across the kinds: (article a, article b, should there be a flag?)
_PROBES = [
 ("The company said profits rose 10% in the quarter.", "The company said profits fell 10% in the quarter.", True),
 ("Sales rose 10% while costs fell 5% in the quarter.", "Costs fell 5% and sales rose 10% in the quarter.", False),
 ("The bill passed the House but failed in the Senate on Tuesday.", "The bill failed in the Senate on Tuesday after passing the House.", False),
 ("Police said no one was injured in the blast at the depot.", "Nobody was hurt in the blast at the depot, police said.", False),
 ("The minister did not rule out a tax rise in the autumn budget.", "The minister refused to rule out a tax rise in the autumn budget.", False),
 ("The company will cut 500 jobs at its Leeds plant this year.", "The company will cut 5% of its 10,000 jobs at its Leeds plant this year.", False),
 ("Five people died and 20 were injured in the crash near Leeds.", "Five people died and 25 were hurt in the crash near Leeds.", True),
 ("The fire destroyed 300 homes in the valley overnight.", "The fire forced 300 people from their homes in the valley overnight.", False),
 ('The mayor called the flood response "a disaster" at the meeting.', 'The mayor called the flood response "an absolute disaster" at the meeting.', True),
 ("Shares in Orbis closed up 2% in London on Friday.", "Shares in Orbis closed down 2% in London on Friday.", True),
 ("The strike at the port ended on Friday after three weeks.", "The strike at the port began on Friday after three weeks of talks.", True),
 ("Talks will begin on Monday and end on Friday in Geneva.", "The talks in Geneva run from Monday to Friday.", False),
 ("The vote was 6-3 in favour of the state.", "The justices split 6-3 in favour of the state.", False),
 ("Rescuers pulled 14 survivors from the rubble on Sunday.", "Rescuers pulled 14 survivors from the rubble on Sunday, and four bodies.", False),
 ("The plant employs 1,200 people, and 300 of them will lose their jobs.", "The plant employs 1,200 people; 300 jobs will go.", False),
 ("Inflation was 3.1% in May, down from 3.4% in April.", "Inflation eased to 3.1% in May from 3.2% in April.", True),
 ("The team has won four of its last five games.", "The team has won four of its last six games.", True),
 ("He was elected in 2019 with 52% of the vote.", "He won the 2019 election with 52 per cent.", False),
 ("The report was published on Monday by the ministry.", "The ministry published the report on Monday.", False),
 ("The ministry said it had not received any complaints about the plan.", "The ministry said it had received several complaints about the plan.", True),
]


@pytest.mark.parametrize("ta,tb,flag", _PROBES, ids=[f"probe{i}" for i in range(len(_PROBES))])
def test_probe(ta, tb, flag):
    docs = _pair(ta, tb, "2025-06-12")
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    assert bool(dis) is flag, [(d.kind, d.summary) for d in dis]



_PROBES_2 = [
 # names
 ("Health Minister Sarah Cole announced the plan on Tuesday.", "Education Minister Sarah Cole announced the plan on Tuesday.", True),
 ("British Prime Minister Keir Starmer met the king in London.", "Prime Minister Keir Starmer met the king in London.", False),
 ("Former President Jimmy Carter attended the ceremony in Atlanta.", "President Jimmy Carter attended the ceremony in Atlanta.", True),
 ("Coach Sandra Vick praised the defence after the win.", "Manager Sandra Vick praised the defence after the win.", False),
 ("Senator Maria Lopez voted against the measure.", "Representative Maria Lopez voted against the measure.", True),
 ("Maria Lopez, a senator from Texas, voted against the measure.", "Texas Senator Maria Lopez voted against the measure.", False),
 ("Spokesman John Hale confirmed the arrests in Leeds.", "John Hale, a police spokesperson, confirmed the arrests in Leeds.", False),
 ("Jane Doe scored twice as Leeds beat York on Saturday.", "Jane Doe scored twice as Leeds beat York on Saturday.", False),
 ("Anna Schmidt scored the winner as Leeds beat York on Saturday.", "Clara Weber scored the winner as Leeds beat York on Saturday.", True),
 ("The report was written by Tom Hill and edited by Ann Ray for the council.", "The report was written by Ann Ray and edited by Tom Hill for the council.", True),
 # dates
 ("The factory opened in 2019 with 300 workers in Dundee.", "The factory opened in 2018 with 300 workers in Dundee.", True),
 ("The talks will take place in Geneva next week.", "The talks will take place in Geneva on Thursday.", False),
 ("Police said the attack happened on Friday night in the city centre.", "Police said the attack happened early on Saturday in the city centre.", True),
 ("The law takes effect on January 1.", "The law takes effect on 1 January.", False),
 # numbers
 ("About 2,000 people marched through the capital on Sunday.", "Around 2,000 people marched through the capital on Sunday.", False),
 ("Police estimated the crowd at 5,000, while organisers said 20,000 people attended.", "Police put the crowd at 5,000; organisers claimed 20,000.", False),
 ("The ship was carrying 300 migrants when it sank off Lampedusa.", "The ship was carrying 450 migrants when it sank off Lampedusa.", True),
 ("The bridge is 1.2 km long and cost $400 million.", "The bridge, 1.2 kilometres long, cost 400 million dollars.", False),
 ("Unemployment fell to 4.1% in March.", "Unemployment fell to 4.3% in March.", True),
 ("The company's shares have lost a third of their value this year.", "The company's shares have lost 33% of their value this year.", False),
]


@pytest.mark.parametrize("ta,tb,flag", _PROBES_2, ids=[f"probe2-{i}" for i in range(len(_PROBES_2))])
@pytest.mark.parametrize("engine", [False, True], ids=["no-engine", "analyze"])
def test_probe_names_dates_numbers(ta, tb, flag, engine):
    from tui.analysis import analyze
    a, b = art("a", ta, "2025-06-12"), art("b", tb, "2025-06-12")
    docs = [(x, analyze(x.text, x.published) if engine else Analysis()) for x in (a, b)]
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    assert bool(dis) is flag, [(d.kind, d.summary) for d in dis]


_PROBES_3 = [
 ("Between 10 and 15 people died in the fire at the depot.", "Twelve people died in the fire at the depot.", False),
 ("Doctors recommend two or three cups of coffee a day for adults.", "Doctors recommend two to three cups of coffee a day for adults.", False),
 ("Prices rose from 10 to 15 euros in the capital this year.", "Prices rose from 10 to 18 euros in the capital this year.", True),
 ("Five people died and 20 were injured in the crash.", "Five people died and 21 were injured in the crash.", True),
]


_PROBES_4 = [
 ("The quake struck at 3:17 a.m. local time near Simav.", "The quake struck at 4:17 a.m. local time near Simav.", True),
 ("The train left the tracks shortly after 7 a.m. on a curve.", "The train left the tracks just after 7 a.m. on a bend.", False),
 ("Lift-off is scheduled for 22:14 local time from Kourou.", "Lift-off is now scheduled for 10:14 p.m. local time from Kourou.", False),
 ("The Acropolis was closed between noon and 5 p.m. for a third day.", "The Acropolis was shut from midday to 5 p.m. for the third day.", False),
 ("Shares rose 3.25% in early trading in London on Monday.", "Shares rose 3.25% in early trading in London on Monday.", False),
]


@pytest.mark.parametrize("ta,tb,flag", _PROBES_3 + _PROBES_4,
                         ids=[f"ranges{i}" for i in range(len(_PROBES_3))] + [f"times{i}" for i in range(len(_PROBES_4))])
def test_ranges_and_clock_times(ta, tb, flag):
    docs = _pair(ta, tb, "2025-06-12")
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    assert bool(dis) is flag, [(d.kind, d.summary) for d in dis]



_PROBES_5 = [
 ("The chief executive resigned on Friday after the board meeting.", "The chief executive was sacked on Friday after the board meeting.", True),
 ("Police said the fire was deliberate and arrested a man.", "Police said the fire was accidental and arrested no one.", True),
 ("The closure of the bridge is temporary, the council said.", "The closure of the bridge is permanent, the council said.", True),
 ("The protest in the square was peaceful, police said.", "The protest in the square was peaceful, organisers said.", False),
]


@pytest.mark.parametrize("ta,tb,flag", _PROBES_5, ids=[f"sense{i}" for i in range(len(_PROBES_5))])
def test_more_reversed_senses(ta, tb, flag):
    dis, _ = compare(_pair(ta, tb, "2025-06-12"))
    assert bool(dis) is flag, [(d.kind, d.summary) for d in dis]


# --------------------------------------------------------------------------- reworded quotes, reversed claims,
# events in other words, figures tied to their periods

def _q(t: str, needle: str, speaker: str | None) -> Quote:
    return quote(t, needle, speaker)


def test_same_speaker_reworded_quote_is_flagged_but_a_different_remark_is_not():
    ta = ('The mayor, Ines Varga, opened the new tram line on Monday. "This tram line will change how the whole '
          'valley travels," Varga said. Later she thanked the builders. "Nobody here worked fewer than sixty hours '
          'a week," she said.')
    tb = ('Mayor Ines Varga opened the tram line on Monday. "The valley will never travel the same way again with '
          'this tram line," Varga said. She also praised the engineers. "I grew up two streets from the depot," '
          'she said.')
    qa = ("This tram line will change how the whole valley travels", "Nobody here worked fewer than sixty hours a week")
    qb = ("The valley will never travel the same way again with this tram line", "I grew up two streets from the depot")
    docs = [(art("a", ta), Analysis(quotes=tuple(_q(ta, x, "Ines Varga") for x in qa))),
            (art("b", tb), Analysis(quotes=tuple(_q(tb, x, "Ines Varga") for x in qb)))]
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    quotes = [(d.a.text, d.b.text) for d in dis if d.kind == "quote"]
    assert (qa[0], qb[0]) in quotes
    assert not any("sixty" in a or "depot" in b for a, b in quotes)


@pytest.mark.parametrize("ta,tb,flag", [
    ("No one was hurt when the crane collapsed at the harbour site, the port authority said.",
     "Four dockers were treated for minor injuries after the crane collapsed at the harbour site.", True),
    ("Nobody was arrested during the march through the city centre, police said.",
     "Police said two men were arrested during the march through the city centre.", True),
    ("No one was hurt when the crane collapsed at the harbour site, the port authority said.",
     "Nobody was injured when the crane collapsed at the harbour site, officials said.", False),
    ("The app will work on Android phones at launch, the company said.",
     "Android users will not get the app until next spring, the company said.", True),
    ("The app will work on Android phones at launch, the company said.",
     "The company said the app will run on Android phones from day one.", False),
    ("The ferry route reopened on Thursday after the storm, the operator said.",
     "The ferry route remains closed after the storm, the operator said.", True),
    ("The study received no outside funding, its authors said.",
     "The study was partly funded by a drinks maker, its authors said.", True),
])
def test_claims_reversed_in_other_words(ta, tb, flag):
    docs = [(art("a", ta), Analysis()), (art("b", tb), Analysis())]
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    assert bool([d for d in dis if d.kind == "fact"]) is flag, [(d.kind, d.a.text, d.b.text) for d in dis]


@pytest.mark.parametrize("ta,tb,flag", [
    ("Talks between the dockers' union and the port broke down on Friday, the union said.",
     "Negotiations between the dockers' union and the port collapsed on Saturday, the union said.", True),
    ("The console will go on sale on November 14 in Europe and Japan.",
     "The console will be released in Europe and Japan on November 21.", True),
    ("The console will go on sale on November 14 in Europe and Japan.",
     "The console will be released in Europe and Japan on November 14.", False),
    ("The pay deal adds 3 percent from May and a further 2 percent in January.",
     "The pay deal adds 3 percent in May and 2 percent next January.", False),
])
def test_events_in_other_words(ta, tb, flag):
    docs = [(art("a", ta, "2026-03-02"), Analysis()), (art("b", tb, "2026-03-02"), Analysis())]
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    assert bool([d for d in dis if d.kind == "date"]) is flag, [(d.kind, d.a.text, d.b.text) for d in dis]


@pytest.mark.parametrize("ta,tb,flag", [
    ("Fares will rise 3.5 percent this year and a further 3 percent next April, the operator said.",
     "The operator said fares will rise 3.5 percent this year and 3 percent in April.", False),
    ("Households will pay 6.1 percent more in 2026 and 4 percent more in 2027, the board said.",
     "The board said households will pay 4 percent more in 2027 after a 6.1 percent rise in 2026.", False),
    ("Households will pay 6.1 percent more in 2026 and 4 percent more in 2027, the board said.",
     "The board said households will pay 5 percent more in 2027 after a 6.1 percent rise in 2026.", True),
    ("Members rejected the offer by 812 votes to 240, the union said.",
     "The union said members voted 812 to 420 against the offer.", True),
])
def test_figures_matched_to_their_counterparts(ta, tb, flag):
    docs = [(art("a", ta), Analysis()), (art("b", tb), Analysis())]
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    assert bool([d for d in dis if d.kind == "number"]) is flag, [(d.kind, d.a.text, d.b.text) for d in dis]


def _pair_flags(text_a: str, text_b: str) -> list[tuple[str, str, str]]:
    from tui.analysis import analyze
    from tui.library.loader import article_from_source

    a = article_from_source("---\ntitle: A\npublished: 2025-10-23\n---\n" + text_a, "a.md")
    b = article_from_source("---\ntitle: B\npublished: 2025-10-23\n---\n" + text_b, "b.md")
    a.id, b.id = "a", "b"
    flags, _ = compare([(a, analyze(a.text, a.published)), (b, analyze(b.text, b.published))])
    return [(d.kind, d.a.text, d.b.text) for d in flags]


@pytest.mark.parametrize("text_a,text_b,conflict", [
    ("Detectives have ruled out foul play in the death of the climber.",
     "Detectives have not excluded foul play in the death of the climber.", True),
    ("The inquiry dismissed negligence by the crew as a factor in the grounding.",
     "The inquiry has not ruled out negligence by the crew as a factor in the grounding.", True),
    ("Engineers have not ruled out metal fatigue as the cause of the crack.",
     "Engineers have not excluded metal fatigue as the cause of the crack.", False),
    ("Engineers ruled out metal fatigue as the cause of the crack on Friday.",
     "Engineers excluded metal fatigue as the cause of the crack on Friday.", False),
])
def test_double_negation_of_excluding_verbs(text_a, text_b, conflict):
    flags = [f for f in _pair_flags(text_a, text_b) if f[0] == "fact"]
    assert bool(flags) is conflict, flags


# --------------------------------------------------------------------------- other words, explicit stances

def _story(quote_a: str, quote_b: str, speaker: str = "Lena Vasquez"):
    """Two short reports of one storm, the mayor quoted in each."""
    ta = ("A storm tore through Brenford on Tuesday night, flattening fences and cutting power to the harbour. "
          f'"{quote_a}," Mayor {speaker} said on Wednesday. '
          "Crews worked through the night to clear fallen trees from the coast road.")
    tb = ("Cleanup began in Brenford on Wednesday after a night of gales brought down power lines by the harbour. "
          f'Mayor {speaker} told reporters: "{quote_b}." '
          "The coast road reopened by midday once the fallen trees were cleared.")
    qa, qb = quote(ta, quote_a, speaker), quote(tb, quote_b, speaker)
    return [(art("a", ta), Analysis(quotes=(qa,))), (art("b", tb), Analysis(quotes=(qb,)))]


def test_same_quote_in_other_words_is_flagged():
    docs = _story("We are grateful that the damage was minor", "We are thankful that the harm was small")
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    q = [d for d in dis if d.kind == "quote"]
    assert len(q) == 1 and "grateful" in q[0].a.text and "thankful" in q[0].b.text


def test_two_different_statements_of_one_speaker_are_not_paired():
    docs = _story("We are grateful that the damage was minor", "Volunteers will hand out blankets at the school")
    assert [d for d in compare(docs)[0] if d.kind == "quote"] == []


@pytest.mark.parametrize("ta,tb", [
    ("Harwick Rovers ruled out an appeal against the ban, saying the club would move on to the league.",
     "Harwick Rovers confirmed they would appeal the ban handed to their captain after the match."),
    ("Detectives have ruled out arson, a fire service source told the Gazette.",
     "Detectives have not excluded arson and are reviewing footage from the petrol station nearby."),
], ids=["ruled-out-confirmed", "ruled-out-not-excluded"])
def test_denied_against_stated_outright_is_flagged(ta, tb):
    filler_a = " The ground was quiet on Monday as the squad trained. Tickets for the derby sold out within hours."
    filler_b = " Supporters gathered outside the stadium on Monday. The derby is expected to be a sell-out."
    docs = _pair(ta + filler_a, tb + filler_b)
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    assert kinds(dis) == ["fact"]


def test_none_hurt_against_a_count_of_injured_anywhere_in_the_story():
    ta = ("The ferry ran aground off Kelmsby late on Friday. The operator said no one was injured. "
          "Passengers were taken ashore by lifeboat and put up in hotels.")
    tb = ("Lifeboats brought 212 passengers ashore after the Kelmsby ferry struck a sandbank on Friday evening. "
          "The coastguard praised the crew for a calm evacuation. "
          "Three passengers were treated in hospital for minor injuries, according to the ambulance service.")
    f = one_flag(ta, tb, "fact")
    assert "no one" in f.a.text and "Three" in f.b.text


def test_denied_in_one_article_and_credited_in_the_other_far_apart():
    ta = ("Researchers at Halden University followed 4,000 commuters for two years. "
          "Cyclists reported fewer sick days than drivers. The survey received no government funding, the "
          "university said.")
    tb = ("The survey, which was partly funded by the Ministry of Transport, tracked thousands of commuters. "
          "Riding to work was linked to fewer sick days. Outside experts urged caution over the findings.")
    f = one_flag(ta, tb, "fact")
    assert "no government funding" in f.a.text and "funded by" in f.b.text


# --------------------------------------------------------------------------- found on a blind dev set

def test_quote_split_in_two_by_one_outlet_is_still_compared():
    ta = ('"These losses were not inevitable," Dr Anita Rao said. '
          '"Nearly every one of them was preventable with tools we already have," she added.')
    tb = 'Dr Anita Rao said: "These losses were not inevitable. Almost every one of them was preventable with tools we already have."'
    qa1 = quote(ta, "These losses were not inevitable", "Anita Rao")
    qa2 = quote(ta, "Nearly every one of them was preventable with tools we already have", "Anita Rao")
    qb = quote(tb, tb[tb.index('"') + 1:tb.rindex('"')], "Anita Rao")
    docs = [(art("a", ta), Analysis(quotes=(qa1, qa2))), (art("b", tb), Analysis(quotes=(qb,)))]
    q = [d for d in compare(docs)[0] if d.kind == "quote"]
    assert len(q) == 1 and q[0].diff_a == ("Nearly",) and q[0].diff_b == ("Almost",)


def test_long_verbatim_run_pairs_quotes_credited_to_different_people():
    ta = 'She said: "Selling was the toughest decision our family has ever made, but it is the right one."'
    tb = '"This was the hardest decision our family has ever made," said Fiona Laird.'
    qa = quote(ta, "Selling was the toughest decision our family has ever made, but it is the right one", "Glen Orr")
    qb = quote(tb, "This was the hardest decision our family has ever made", "Fiona Laird")
    docs = [(art("a", ta), Analysis(quotes=(qa,))), (art("b", tb), Analysis(quotes=(qb,)))]
    q = [d for d in compare(docs)[0] if d.kind == "quote"]
    assert len(q) == 1 and "toughest" in q[0].diff_a and "hardest" in q[0].diff_b


@pytest.mark.parametrize("ta,tb,kind", [
    ("Council leader Margaret Obi said the pool would close in March.",
     "Deputy council leader Margaret Obi said the pool would close in March.", "name"),
    ("The owners said the move would eliminate about 40 positions at the bottling hall in Kirkby.",
     "In Kirkby, where 60 jobs at the bottling hall are set to go, the mood was grim.", "number"),
    ("The report noted that the city's cooling centers stayed open around the clock during the heat wave.",
     "Yet the city's cooling centers closed at 7 p.m. each evening, leaving residents to face the nights alone.",
     "fact"),
    ("Temperatures topped 110 degrees for ten days and peaked at 118 degrees on July 14, a record.",
     "On July 16, it reached 118, the highest reading in the city's history.", "date"),
], ids=["deputy-title", "positions-jobs", "stayed-open-closed", "date-by-figure"])
def test_blind_dev_classes_are_flagged(ta, tb, kind):
    assert kind in flagged_kinds(ta, tb, "2025-07-20")


@pytest.mark.parametrize("ta,tb", [
    ("The county will hold a community meeting at 6 p.m. Sunday at Larkin Springs High School.",
     "The fire near Larkin Springs was reported around 4:30 p.m. Saturday, the county said."),
    ("The fire has grown to 5,100 acres as of Sunday morning near Larkin Springs.",
     "The blaze near Larkin Springs grew overnight, up from an estimate of 900 acres late Saturday."),
    ("The distillery is famous for its sherry-cask 18-year-old, sold across Asia.",
     "The buyers want the 21- and 25-year-old whisky sitting in the distillery's barrels."),
], ids=["two-events-two-times", "readings-at-two-times", "list-of-ages"])
def test_blind_dev_paraphrases_are_not_flagged(ta, tb):
    dis, _ = compare(_pair(ta, tb, "2025-08-10"))
    assert [d for d in dis if d.kind in ("date", "number")] == []


# --------------------------------------------------------------------------- found on two more blind dev sets

@pytest.mark.parametrize("ta,tb,kind", [
    ("Darren Cole told police two men forced him to hand over cash boxes containing £243,000 in Nuneaton.",
     "Darren Cole claimed two men forced him to hand over £234,000 at a Nuneaton retail park.", "number"),
    ("Darren Cole said he was robbed at a retail park in Nuneaton on 14 November 2024.",
     "Darren Cole said he was robbed at a Nuneaton retail park on November 4 last year.", "date"),
    ("The inspector who granted permission for the estate in March 2024 ignored the flood evidence, the judge said.",
     "The judge found the planning inspector who granted permission in May 2024 had failed to engage with flooding.",
     "date"),
    ('"We will look at the data first," investigator Tor Hallan said.',
     "Tore Hallan, the inspector leading the inquiry, said it was too early to say.", "name"),
    ("But prosecutor Rebecca Lyle KC told jurors the attack never happened.",
     'Prosecutor Rebecca Lisle KC said: "This was no robbery at all."', "name"),
    ("Mayor Patricia Vance said bottled water was being handed out at the fire station.",
     "Mayor Priscilla Vance said bottled water will be available at the fire station.", "name"),
    ("The tank leaked about 12,000 gallons of solution into Kessler Creek, the company said.",
     "State officials now put the amount that reached the water at roughly 21,000 gallons.", "number"),
    ("No injuries were reported at the plant, said the county's emergency director, Todd Bren.",
     "Two Ardent workers were taken to Dunmore Memorial Hospital, the county's emergency director, Todd Bren, said.",
     "fact"),
    ('Redbank said: "Having taken advice, we intend to seek permission to appeal the judgment."',
     "Redbank ruled out an appeal against the judgment on Friday.", "fact"),
    ("The decision on the rate cut was unanimous, the bank said in a statement.",
     "The statement shows council member Felipe Arana dissented, preferring to keep the rate on hold.", "fact"),
], ids=["hand-over-is-no-bound", "day-beside-last-year", "lead-words-tie-dates", "given-name-spelling",
        "short-surname-spelling", "one-post-two-given-names", "gallons", "no-injuries-vs-hospital",
        "intend-to-appeal-vs-ruled-out", "unanimous-vs-dissent"])
def test_blind_dev2_classes_are_flagged(ta, tb, kind):
    assert kind in flagged_kinds(ta, tb, "2025-06-10")


@pytest.mark.parametrize("ta,tb", [
    ("6:45 a.m. — The company confirms a leak from a storage tank at its Kessler plant.\n",
     "The leak at the Kessler plant was found by an operator shortly after 2 a.m. Tuesday, the company said."),
    ("The bank's five-member board cut the rate by half a point on Tuesday.",
     "Aranguiz dissented; the other four members of the five-strong council backed the cut on Tuesday."),
], ids=["live-blog-stamp", "the-other-four"])
def test_blind_dev2_paraphrases_are_not_flagged(ta, tb):
    dis, _ = compare(_pair(ta, tb, "2025-06-10"))
    assert [d for d in dis if d.kind in ("date", "number")] == []


def test_reworded_ending_of_a_quote_is_flagged():
    ta = 'Fiona Aldred said: "This is not a decision any of us wanted to make, but we cannot run a service that is not safe."'
    tb = 'Fiona Aldred said: "This is not a decision any of us wanted to make, but we cannot run a service we know to be unsafe."'
    qa = quote(ta, ta[ta.index('"') + 1:ta.rindex('.')], "Fiona Aldred")
    qb = quote(tb, tb[tb.index('"') + 1:tb.rindex('.')], "Fiona Aldred")
    q = [d for d in compare([(art("a", ta), Analysis(quotes=(qa,))), (art("b", tb), Analysis(quotes=(qb,)))])[0]
         if d.kind == "quote"]
    assert len(q) == 1 and "safe" in q[0].a.text and "unsafe" in q[0].b.text


# --------------------------------------------------------------------------- found on blind dev sets 11 and 12

@pytest.mark.parametrize("ta,tb,kind", [
    ("Gillian Tresize admitted stealing £148,600 from Polwenna Town Council over six years.",
     "A town clerk who stole £184,600 from the small Cornish council has been jailed.", "number"),
    ("Rovers boss Gary Tilling refused to be drawn on the case at his press conference.",
     "Manager Barry Tilling said it would be wrong to comment while the case was ongoing.", "name"),
    ("Her coach Peter Hallinan said the record had been coming for months.",
     "Madigan's coach, Paul Hallinan, said her preparation had been the best of her career.", "name"),
    ("7:42 p.m. — A tornado touches down southwest of Carrow and heads northeast toward town.\n",
     "Forecasters said it touched down southwest of Carrow at 6:42 p.m. and stayed on the ground.", "date"),
], ids=["transposed-digits", "boss-manager-one-post", "coach-comma-title", "live-blog-event-time"])
def test_blind_dev3_classes_are_flagged(ta, tb, kind):
    assert kind in flagged_kinds(ta, tb, "2025-06-10")


def test_two_date_spans_that_differ_at_one_end_disagree():
    ta = "The recall covers devices sold between March 2023 and January 2025, the regulator said."
    tb = "Trackers sold between May 2023 and January 2025 are affected, the regulator said."
    docs = [(art("a", ta), Analysis(dates=(date_(ta, "March 2023 and January 2025", "2023-03/2025-01"),))),
            (art("b", tb), Analysis(dates=(date_(tb, "May 2023 and January 2025", "2023-05/2025-01"),)))]
    assert kinds(compare(docs)[0]) == ["date"]


def test_quote_that_runs_on_is_compared_where_its_wording_differs():
    ta = ('"I wrote this book at a kitchen table in Bantry, mostly after midnight, and for a long time I '
          'did not think anyone would read it," she said.')
    tb = '"I wrote this book at a kitchen table in Bantry, mostly in the small hours," she said.'
    qa = quote(ta, ta[1:ta.index(',"')], "Nuala Brennock")
    qb = quote(tb, tb[1:tb.index(',"')], "Nuala Brennock")
    q = [d for d in compare([(art("a", ta), Analysis(quotes=(qa,))), (art("b", tb), Analysis(quotes=(qb,)))])[0]
         if d.kind == "quote"]
    assert len(q) == 1 and "midnight" in " ".join(q[0].diff_a) and "small hours" in " ".join(q[0].diff_b)
    assert q[0].a.text == qa.text and q[0].b.text == qb.text  # the whole quote is shown


def test_letters_without_a_decomposition_fold_to_plain_ones():
    from tui.analysis.compare import _fold
    assert _fold("Sørbø") == "sorbo" and _fold("Łódź") == "lodz" and _fold("Straße") == "strasse"


def test_one_person_given_opposite_deeds_anywhere_in_the_story():
    ta = ("Three men were sentenced on Friday for the burglary at Aldermoor Hall. "
          "The court heard that the silver was never recovered. "
          "Darren Pell, who admitted the conspiracy at a hearing in June, was jailed for four years.")
    tb = ("A judge jailed three burglars on Friday over a raid on a country house. "
          "Police said the haul was worth more than £200,000. "
          "Darren Pell, who denied the charge but was convicted by a jury, received four years.")
    f = one_flag(ta, tb, "fact")
    assert "admitted" in f.a.text and "denied" in f.b.text


def test_opposite_words_about_two_different_people_are_not_flagged():
    ta = "Darren Pell admitted the conspiracy in June. His brother Karl Pell was cleared."
    tb = "Marcus Hale denied the charge and was convicted by a jury. Darren Pell was jailed for four years."
    assert [d for d in compare(_pair(ta, tb))[0] if d.kind == "fact"] == []


def test_one_event_word_or_its_synonym_dates_one_event_anywhere_in_the_story():
    ta = ("The judge found the programme had caused serious harm to Gianni Russo. "
          "The episode, broadcast in March 2023, claimed the kitchen reheated leftovers.")
    tb = ("A restaurateur has won his libel case against Coastline Television. "
          "Staff said the show was unfair. The episode, which aired in May 2023, made several claims.")
    docs = [(art("a", ta), Analysis(dates=(date_(ta, "March 2023", "2023-03"),))),
            (art("b", tb), Analysis(dates=(date_(tb, "May 2023", "2023-05"),)))]
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    d = [x for x in dis if x.kind == "date"]
    assert len(d) == 1 and "March 2023" in d[0].a.text and "May 2023" in d[0].b.text


def test_the_only_figure_of_its_kind_in_each_article_is_compared_anywhere():
    ta = ("Measles has spread through three schools in Harlow County. "
          "Seven children have been hospitalized, the health commissioner said. "
          "Officials urged parents to check vaccination records.")
    tb = ("Health officials are racing to contain an outbreak. Clinics opened late on Tuesday. "
          "Five children are in the hospital, she said, and 40 more cases are suspected.")
    n = one_flag(ta, tb, "number")
    assert "Seven" in n.a.text and "Five" in n.b.text


def test_a_word_denied_against_its_synonym_stated():
    ta = ("The treaty was signed in Bishkek on Monday by both foreign ministers. "
          "The treaty does not need ratification by either parliament, officials said.")
    tb = ("Both foreign ministers signed the water treaty in Bishkek on Monday. "
          "The treaty still requires ratification by either parliament, officials said.")
    f = one_flag(ta, tb, "fact")
    assert "need" in f.a.text and "requires" in f.b.text


@pytest.mark.parametrize("ta,tb", [
    ("Police said an 81-year-old woman from Paisley died at the scene of the crash on the A82.",
     "The coach driver, a 52-year-old man, was arrested at the scene of the crash on the A82."),
    ("Affected cheeses carry use-by dates from 18 April to 12 May, the agency said.",
     "Affected cheeses carry use-by dates up to May 12, the agency said."),
], ids=["a-womans-age-and-a-mans", "span-and-open-end"])
def test_blind_dev3_paraphrases_are_not_flagged(ta, tb):
    docs = [(art("a", ta), Analysis()), (art("b", tb), Analysis())]
    if "use-by" in ta:
        docs = [(art("a", ta), Analysis(dates=(date_(ta, "18 April to 12 May", "2025-04-18/2025-05-12"),))),
                (art("b", tb), Analysis(dates=(date_(tb, "up to May 12", "2025-04-01/2025-05-12"),)))]
    dis, _ = compare(docs)
    assert [d for d in dis if d.kind in ("date", "number")] == []


def test_a_word_after_rather_than_is_denied_not_claimed():
    ta = "The court heard that the team had been working on an open line at Hadley on Tuesday night."
    tb = ("The court heard the team relied on a lookout at Hadley on Tuesday night, rather than having the line "
          "closed to traffic while they worked.")
    assert [d for d in compare(_pair(ta, tb))[0] if d.kind == "fact"] == []


def test_days_whose_year_is_only_inferred_are_compared_in_one_year():
    ta = "Affected products carry use-by dates from 18 April to 12 May, the agency said."
    tb = "Affected products carry use-by dates up to May 12, the agency said."
    docs = [(art("a", ta), Analysis(dates=(date_(ta, "18 April to 12 May", "2025-04-18/2025-05-12"),))),
            (art("b", tb), Analysis(dates=(date_(tb, "May 12", "2024-05-12"),)))]
    assert [d for d in compare(docs)[0] if d.kind == "date"] == []


def test_a_quote_within_another_speakers_quote_is_compared():
    ta = "“You told him in a text message, ‘Sort me out and the contract is yours,’ and that is what happened,” the judge said."
    tb = 'He texted his friend Gary Pellow: "Sort me out and the job is yours."'
    qa = quote(ta, ta[1:ta.index("”")], "Caroline Whitby")
    qb = quote(tb, "Sort me out and the job is yours.", "Derek Ashdown")
    q = [d for d in compare([(art("a", ta), Analysis(quotes=(qa,))), (art("b", tb), Analysis(quotes=(qb,)))])[0]
         if d.kind == "quote"]
    assert len(q) == 1 and q[0].diff_a == ("contract",) and q[0].diff_b == ("job",)


def test_a_title_flag_shows_what_is_said_of_the_person():
    ta = "The audit faults finance director Carla Benning for the missing invoices."
    tb = "The report blames deputy finance director Carla Benning for the missing invoices."
    n = [d for d in compare(_pair(ta, tb))[0] if d.kind == "name"]
    assert len(n) == 1 and n[0].a.text.startswith("The audit faults") and "deputy" in n[0].b.text


@pytest.mark.parametrize("ta,tb", [
    ("The brothers set off at 4am on Saturday hoping to reach the mountain's 4,478m summit.",
     "The brothers were attempting the standard route to the 4,478-meter summit when the storm moved in."),
    ("The brothers reached the 800m mark before the storm, the guide said.",
     "The brothers had passed the 800 metres mark before the storm, the guide said."),
    ("The service now has 5m users across Europe, the company said on Monday.",
     "The service now has five million users across Europe, the company said on Monday."),
], ids=["metres-not-millions", "800m-is-metres", "5m-users-is-millions"])
def test_a_height_in_metres_is_no_million(ta, tb):
    assert [d for d in compare(_pair(ta, tb, "2026-08-10"))[0] if d.kind == "number"] == []


def test_one_weekday_resolved_to_two_weeks_is_one_day():
    ta = "The brothers set off from the hut at 4am on Saturday hoping to reach the summit."
    tb = "The brothers were attempting the summit when the storm moved in on Saturday afternoon."
    docs = [(art("a", ta, "2026-08-10"), Analysis(dates=(date_(ta, "Saturday", "2026-08-15"),))),
            (art("b", tb, "2026-08-09"), Analysis(dates=(date_(tb, "Saturday afternoon", "2026-08-08"),)))]
    assert [d for d in compare(docs)[0] if d.kind == "date"] == []


@pytest.mark.parametrize("ta,tb,kind", [
    ("Tessera said it had ruled out a cyberattack, blaming a faulty software update on Tuesday.",
     "A Tessera spokesperson said the company could not yet exclude a cyberattack on Tuesday.", "fact"),
    ("The hotel will house up to 800 men from next month, the Home Office said.",
     "The hotel will house as many as 850 men from next month, the Home Office said.", "number"),
    ("Jersey's environment minister, Helen Vibert, said the blockade was regrettable.",
     "Jersey's external relations minister, Helen Vibert, said the blockade was regrettable.", "name"),
], ids=["not-yet-excluded", "as-many-as", "possessive-portfolio"])
def test_blind_dev4_classes_are_flagged(ta, tb, kind):
    assert kind in flagged_kinds(ta, tb)


def test_the_figure_for_the_same_month_is_picked_among_several():
    d = one_flag("Annual inflation slowed to 3.9% in July from 4.2% in June, according to the statistics office.",
                 "The move followed figures showing that inflation eased to 4.1 per cent in July.", "number")
    assert "3.9%" in d.a.text and "4.1 per cent" in d.b.text
    assert "4.2%" not in d.summary


def test_a_count_of_people_with_a_synonym_for_its_noun_is_one_quantity():
    d = one_flag("Under the plan, all 62 salaried musicians of the Wessex Philharmonic will lose those contracts.",
                 "The Wessex Philharmonic said its 58 salaried players would lose their contracts.", "number")
    assert "62" in d.a.text and "58" in d.b.text


def test_the_missing_are_not_counted_with_the_dead():
    ta = ("Rescuers searched for 31 people still missing after a landslide buried part of a mountain village "
          "in Colombia, killing at least 14 people.")
    tb = ("At least 17 people have died and around 30 others are unaccounted for after a landslide engulfed "
          "a mountain village in Colombia.")
    d = one_flag(ta, tb, "number")
    assert "14" in d.a.text and "17" in d.b.text


def test_a_hedged_time_still_disagrees_with_one_outside_its_span():
    # "shortly after 11am" is 11:00-11:30; "about 9.40am" is 9:10-10:10
    d = one_flag("The alarm was raised at about 9.40am on Wednesday when smoke was seen in the boiler house.",
                 "The alarm was raised shortly after 11am on Wednesday when smoke was seen in the boiler house.",
                 "date")
    assert "9.40am" in d.a.text and "11am" in d.b.text
    assert flagged_kinds("The alarm was raised shortly after 11am when smoke was seen in the boiler house.",
                         "The alarm was raised at 11.10am when smoke was seen in the boiler house.") == []


def test_when_a_statement_was_made_is_not_the_date_of_the_event():
    ta = "The soap will end next spring after 30 years on air, the company said Wednesday."
    tb = "The soap will end next spring after 30 years on air, the broadcaster announced on Tuesday."
    d = one_flag(ta, tb, "date")
    assert "Wednesday" in d.a.text and "Tuesday" in d.b.text


def test_one_surname_with_two_given_names_in_the_same_role_is_a_name_flag():
    d = one_flag("The chair of the judging panel, Dermot Farrow, praised the winning novel. Farrow said it was brave.",
                 "Declan Farrow, the novelist who chaired the judging panel, praised the book as brave.", "name")
    assert "Dermot Farrow" in d.a.text and "Declan Farrow" in d.b.text


def test_two_people_with_one_surname_in_different_roles_are_not_one():
    assert "name" not in flagged_kinds(
        "Striker Tom Okafor scored twice as Rovers beat Athletic 3-1 on Saturday.",
        "Rovers beat Athletic 3-1 on Saturday. Club chairman Peter Okafor watched from the stand with investors.")


def test_one_fine_in_each_article_is_one_sum_wherever_it_stands():
    ta = ("A haulage firm has been fined £60,000 after a worker was crushed at its depot in Wigan. "
          "The Health and Safety Executive said the loading bay had no barriers.")
    tb = ("The company admitted breaching safety law at an earlier hearing. "
          "Magistrates heard the loading bay at the Wigan depot had no barriers, and the firm has been fined £75,000.")
    d = one_flag(ta, tb, "number")
    assert "£60,000" in d.a.text and "£75,000" in d.b.text


def test_a_crowd_put_at_a_hedged_figure_is_a_crowd():
    d = one_flag("Police estimated the crowd at about 3,000 outside the embassy on Saturday.",
                 "Police put the crowd at around 1,500 outside the embassy on Saturday.", "number")
    assert "3,000" in d.a.text and "1,500" in d.b.text


def test_a_share_of_voters_is_no_count_of_voters():
    assert "number" not in flagged_kinds(
        "Just over three in five eligible voters cast a ballot in the plebiscite on Thursday.",
        "Turnout in the plebiscite on Thursday was 61 per cent of the town's eligible voters.")


def test_stores_and_locations_are_counted_alike():
    d = one_flag("The chain will close 23 of its 41 pharmacies across Minnesota by March.",
                 "The chain will close 19 of its 41 locations across Minnesota by March.", "number")
    assert "23" in d.a.text and "19" in d.b.text


def test_a_possessive_date_is_the_date_of_what_follows_it():
    ta = "Mara Quist won at Saturday's Desert Crest 100K in record time. She said the heat was brutal."
    tb = "The heat was brutal, Quist said. She set a record on Sunday's Desert Crest 100K course."
    docs = [(art("a", ta), Analysis(dates=(date_(ta, "Saturday", "2025-10-11"),))),
            (art("b", tb), Analysis(dates=(date_(tb, "Sunday", "2025-10-12"),)))]
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    assert [d.kind for d in dis] == ["date"]


def test_times_hedged_a_quarter_of_an_hour_apart_disagree():
    d = one_flag("The ferry ran aground shortly after 6.40am local time in dense fog off Mariehamn.",
                 "The ferry ran aground in dense fog off Mariehamn at about 7.15am.", "date")
    assert "6.40am" in d.a.text and "7.15am" in d.b.text


def test_a_head_coach_is_not_a_sporting_director():
    d = one_flag("Head coach Ingrid Solberg said the signing was a coup for Meridian.",
                 "Meridian sporting director Ingrid Solberg said the signing was a coup.", "name")
    assert "coach" in d.summary and "director" in d.summary


def test_one_given_name_lets_the_surname_initial_differ():
    d = one_flag("Tomás Ferreira, the Portuguese mountain runner, led for most of the race.",
                 "Long-time leader Tomás Pereira went off course near the summit.", "name")
    assert "Ferreira" in d.a.text and "Pereira" in d.b.text


def test_the_body_named_after_a_title_is_shown_with_it():
    ta = "Detective Inspector Rachel Okonedo of Norfolk Police said the theft was planned."
    tb = "Detective Chief Inspector Rachel Okonedo said the theft was planned."
    docs = [(art("a", ta), Analysis(entities=(ent(ta, "Rachel Okonedo"),))),
            (art("b", tb), Analysis(entities=(ent(tb, "Rachel Okonedo"),)))]
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    names = [d for d in dis if d.kind == "name"]
    assert len(names) == 1 and names[0].a.text.endswith("of Norfolk Police")


def test_one_reading_in_two_scales_is_no_disagreement():
    assert "number" not in flagged_kinds(
        "Temperatures on the glacier fell to around 23 degrees Fahrenheit overnight, rescuers said.",
        "Temperatures on the glacier dropped to minus five degrees Celsius during the night, rescuers said.")


def test_a_hedged_round_figure_covers_the_exact_one():
    assert "number" not in flagged_kinds(
        "The trainer was told that all 38 horses in his care must be moved by Friday.",
        "The trainer has been told to move his string of around 40 horses to other yards by Friday.")
    d = one_flag("Police estimated the crowd at about 3,000 outside the embassy.",
                 "Police put the crowd at around 1,500 outside the embassy.", "number")
    assert "3,000" in d.a.text


def test_one_side_losing_and_the_other_winning_is_one_result():
    assert "fact" not in flagged_kinds("Pennine went on to lose the match by 87 runs at Headingley.",
                                       "Wessex Vale went on to win by 87 runs at Headingley.")


def test_a_quote_reworded_with_kindred_words_is_flagged():
    # "strongest" / "powerful" (a superlative), "coast" / "coastline" (one word in the other),
    # "decade" / "ten years" (synonyms): one statement, worded differently
    ta = ('The storm hit on Monday. The storm shut schools. The storm cut power. "This is the strongest storm we '
          'have seen on this coast in a decade," Ana Reis said.')
    tb = ('The storm closed roads. The storm felled trees. Ana Reis was blunt: "This is the most powerful storm to '
          'reach this coastline in ten years."')
    qa, qb = "This is the strongest storm we have seen on this coast in a decade", \
        "This is the most powerful storm to reach this coastline in ten years"
    docs = [(art("a", ta), Analysis(quotes=(_q(ta, qa, "Ana Reis"),))),
            (art("b", tb), Analysis(quotes=(_q(tb, qb, "Ana Reis"),)))]
    quotes = [d for d in compare(docs)[0] if d.kind == "quote"]
    assert len(quotes) == 1 and quotes[0].a.text == qa


def test_a_misspelled_speaker_is_one_speaker():
    ta = '"She has been knocking on the door of this record for eighteen months," coach Martin Dall said.'
    tb = '"For a year and a half she has been knocking at this record\'s door," said coach Martin Dahl.'
    qa, qb = "She has been knocking on the door of this record for eighteen months", \
        "For a year and a half she has been knocking at this record's door"
    docs = [(art("a", ta), Analysis(quotes=(_q(ta, qa, "Martin Dall"),))),
            (art("b", tb), Analysis(quotes=(_q(tb, qb, "Martin Dahl"),)))]
    assert [d.kind for d in compare(docs)[0] if d.kind == "quote"] == ["quote"]


def test_two_quotes_of_like_length_sharing_half_leave_the_other_half_open():
    # A prints the apology and the staff remark as two quotes, B the apology (reworded) and
    # the staff remark as one: the apology is still compared
    ta = ('"I want to apologise to every patient whose care has been disrupted today," she said. '
          '"Our staff are working on paper and doing an extraordinary job. We will not cut corners on safety to get '
          'the systems back faster," '
          'she added.')
    tb = ('"I am sorry to every patient whose care has been affected today. Our staff are working on paper and '
          'doing an extraordinary job," she said.')
    qa1 = "I want to apologise to every patient whose care has been disrupted today"
    qa2 = ("Our staff are working on paper and doing an extraordinary job. We will not cut corners on safety to get "
           "the systems back faster")
    qb = ("I am sorry to every patient whose care has been affected today. Our staff are working on paper and "
          "doing an extraordinary job")
    docs = [(art("a", ta), Analysis(quotes=(_q(ta, qa1, "Priya Nandakumar"), _q(ta, qa2, "Priya Nandakumar")))),
            (art("b", tb), Analysis(quotes=(_q(tb, qb, "Priya Nandakumar"),)))]
    quotes = [d for d in compare(docs)[0] if d.kind == "quote"]
    assert any("apologise" in d.a.text and "sorry" in d.b.text for d in quotes)


def test_the_one_count_of_a_thing_in_each_article_is_compared():
    # each article counts tractors once, in sentences that share no other word
    ta = ("Farmers and their tractors blocked the ring road at dawn. By midmorning some 900 tractors were parked "
          "along the avenues. Police closed three metro stations. Many tractors headed home at dusk.")
    tb = ("Columns of tractors are arriving from the motorway. Brussels police now estimate there are about 1,300 "
          "tractors in the city. The protest is over subsidies. Ministers met at noon as tractors sounded horns.")
    docs = [(art("a", ta), Analysis()), (art("b", tb), Analysis())]
    nums = [d for d in compare(docs)[0] if d.kind == "number"]
    assert [(("900" in d.a.text), ("1,300" in d.b.text)) for d in nums] == [(True, True)]


@pytest.mark.parametrize("ta,tb", [
    ("Farmers blocked the ring road at dawn. Some 900 tractors joined the protest.",
     "Police now estimate about 1,300 tractors are in the city. Two tractors broke down on the motorway."),
], ids=["two-counts-of-the-thing"])
def test_a_lone_count_needs_one_count_each_and_close_figures(ta, tb):
    docs = [(art("a", ta), Analysis()), (art("b", tb), Analysis())]
    assert [d for d in compare(docs)[0] if d.kind == "number"] == []


@pytest.mark.parametrize("first", ["one-sentence", "two-sentences"])
def test_a_quote_in_other_order_is_compared_clause_by_clause(first):
    # one outlet prints the clauses as two sentences, in the other order, with one word changed
    ta = ('"It took a long time to get here, but this stadium deserved a win tonight, and the guys went out and '
          'earned it," Ventura said.')
    tb = 'Ventura told reporters that "the guys went out and earned it. This place deserved a win tonight."'
    qa = "It took a long time to get here, but this stadium deserved a win tonight, and the guys went out and earned it"
    qb = "the guys went out and earned it. This place deserved a win tonight"
    docs = [(art("a", ta), Analysis(quotes=(_q(ta, qa, "Marisol Ventura"),))),
            (art("b", tb), Analysis(quotes=(_q(tb, qb, "Marisol Ventura"),)))]
    if first == "two-sentences":
        docs = docs[::-1]
    quotes = [d for d in compare(docs)[0] if d.kind == "quote"]
    assert len(quotes) == 1
    assert {"stadium", "place"} <= set(" ".join(quotes[0].diff_a + quotes[0].diff_b).split())


def test_a_quote_reordered_around_a_verbatim_run_is_flagged():
    # "I've never seen anything like it" in both (I've spelled out as "I have"), the rest reworded
    ta = '"I\'ve never seen anything like it in 30 years in the game," Whitcombe said after the match.'
    tb = 'Whitcombe was stunned. "In three decades in football I have never seen anything like that."'
    qa, qb = "I've never seen anything like it in 30 years in the game", \
        "In three decades in football I have never seen anything like that"
    docs = [(art("a", ta), Analysis(quotes=(_q(ta, qa, "Declan Whitcombe"),))),
            (art("b", tb), Analysis(quotes=(_q(tb, qb, "Declan Whitcombe"),)))]
    assert [d.kind for d in compare(docs)[0] if d.kind == "quote"] == ["quote"]


def test_a_short_surname_misspelled_with_one_given_name_is_flagged():
    ta = "Festival director Sanne de Wit said the programme was complete."
    tb = "Festival director Sanne de Witt said the programme was complete."
    docs = [(art("a", ta), Analysis(entities=(ent(ta, "Sanne de Wit"),))),
            (art("b", tb), Analysis(entities=(ent(tb, "Sanne de Witt"),)))]
    assert [d.kind for d in compare(docs)[0]] == ["name"]


@pytest.mark.parametrize("ta,tb", [
    ("Calloway agreed to acquire a 70% stake in the club on Monday.",
     "Calloway is snapping up a 75 per cent stake in the club."),
    ("Eggs from 17 of the flocks exceeded the limit, the agency said.", "Eggs from 14 flocks exceeded the limit."),
    ("The reservoir holds 31 per cent of its capacity, the utility said.", "The reservoir is now 27 per cent full."),
], ids=["share-after-percent", "of-the-noun", "generic-percent-units"])
def test_the_noun_a_figure_counts_is_found_past_marks_and_articles(ta, tb):
    docs = [(art("a", ta), Analysis()), (art("b", tb), Analysis())]
    assert [d.kind for d in compare(docs)[0] if d.kind == "number"] == ["number"]


@pytest.mark.parametrize("ta,tb,fa,fb", [
    ("Harlow shares jumped more than 20 percent in early trading on the bid, said the group. The offer values "
     "the group at a premium of 31 percent to its closing price on Monday, the company said.",
     "The bid is a 27% premium to the group's closing price on Monday, Harlow said in a statement.",
     "31 percent", "27%"),
    ("About 1,100 bus drivers walked out on Monday over pay, the union said.",
     "Some 1,400 Severnside Buses drivers walked out on Monday over pay.", "1,100", "1,400"),
    ("The prison generates roughly $112 million a year in revenue for the county, officials said.",
     "The prison brings in about $121 million in annual revenue for the county.", "112", "121"),
    ("The harbour company was fined £45,000 at Truro Crown Court. Its owner wept. The court heard from three "
     "witnesses. The judge praised the crew.",
     "A ferry firm has been hit with a £40,000 fine after the collision. Passengers were shaken. The vessel "
     "returned to service in May.", "45,000", "40,000"),
    ("Police said the gang could not account for 212 firearms seized in the raid on the depot.",
     "Detectives could not locate 182 guns taken from the depot, the force said.", "212", "182"),
    ("Geologists dated the sediment to around 78,000 years ago, the team said.",
     "The sediment was dated to about 82,000 years ago.", "78,000", "82,000"),
    ("Frost destroyed as much as 70 percent of the region's tart cherry crop, growers said.",
     "Frost destroyed roughly 55 percent of the region's tart cherry crop.", "70 percent", "55 percent"),
    ("Police said around 1,500 lorries were caught in queues on the motorway overnight.",
     "At the peak some 1,100 HGVs were backed up on the motorway.", "1,500", "1,100"),
], ids=["loose-agreement-elsewhere", "name-before-noun", "swapped-digits-rounded", "fine-by-verb", "another-name",
        "two-rounded-figures", "up-to-against-an-estimate", "plural-acronym"])
def test_one_figure_given_differently_is_flagged_once(ta, tb, fa, fb):
    # a loose agreement elsewhere ("more than 20 percent") does not hide the tied figure; a name
    # between a figure and its noun is skipped; swapped digits are no agreement even when both
    # are rounded; a fine named by its verb meets one named by its noun; one thing counted
    # under another name ("firearms" / "guns")
    docs = [(art("a", ta), Analysis()), (art("b", tb), Analysis())]
    nums = [d for d in compare(docs)[0] if d.kind == "number"]
    assert len(nums) == 1 and fa in nums[0].a.text and fb in nums[0].b.text
