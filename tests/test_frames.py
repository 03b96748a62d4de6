"""Polar frames: the same claim reversed in other words is a fact flag; the same sense in
other words, a hedge, or an article that itself says both senses is not."""
from __future__ import annotations

import pytest

from tui.analysis.compare import compare, prepare
from tui.analysis.compare.frames import _load, _mentions
from tui.model import Analysis

from tests.test_compare import art as _art, check_sides, ent as ent_


def facts(ta: str, tb: str) -> list:
    docs = [(_art("a", ta), Analysis()), (_art("b", tb), Analysis())]
    dis, cov = compare(docs)
    check_sides(docs, dis, cov)
    return [d for d in dis if d.kind == "fact"]


def poles(text: str) -> list[tuple[str, str]]:
    p = prepare(_art("x", text))
    return [(m.frame, m.pole) for m in _mentions(p)]


def test_every_frame_line_compiles_and_has_two_senses():
    frames = _load()
    assert len(frames) >= 20
    for f in frames:
        senses = {pole for pole, _, _ in f.patterns if pole != "x"}
        # a frame with one listed sense gets the other from negation ("no complaint")
        assert senses, f.name
        assert all(len(c) == 2 for c in f.conflicts), f.name


@pytest.mark.parametrize("text, frame, pole", [
    ("The club said it would appeal against the ban.", "APPEAL", "+"),
    ("The firm said it would contest the termination of its contract.", "APPEAL", "+"),
    ("Party officials are weighing an election petition.", "APPEAL", "u"),
    ("None of the four needed hospital treatment.", "HOSPITAL", "-"),
    ("One boy suffered a bumped head.", "INJURY", "+"),
    ("The warning sirens did not sound.", "ALARM", "-"),
    ("The magistrate granted Pell conditional bail.", "CUSTODY", "-"),
    ("March salaries have gone unpaid.", "PAY", "-"),
    ("Investigators found no evidence that any data was taken.", "CONFIRM", "-"),
    ("Plans for the plant have been put on hold.", "HAPPEN", "-"),
    ("The final was re-run an hour later.", "HAPPEN", "+"),
    ("Two firefighters were treated for smoke inhalation.", "INJURY", "+"),
    ("She intends to stay on as chief executive.", "EXIT", "-"),
    ("The club said it had not been notified in advance.", "NOTIFY", "-"),
    ("The shop is not offering refunds.", "REFUND", "-"),
    ("Police were not called to the ground.", "POLICE", "-"),
    ("The roof of the east wing was still standing.", "DAMAGE", "-"),
    ("The slab had never been visited by an inspector.", "INSPECTION", "-"),
    ("The cut caught most economists off guard.", "EXPECT", "-"),
    ("The cut, catching most economists off guard, came early.", "EXPECT", "-"),
    ("The home can continue to accept new residents.", "SUSPEND", "-"),
    ("Both officers remain at work on restricted duties.", "SUSPEND", "-"),
    ("It was not yet clear whether a glacial lake had burst.", "CONFIRM", "-"),
    ("Ashcombe has refused to deny wrongdoing.", "CONFIRM", "+"),
    ("Pell, who has not yet entered a plea, was remanded.", "PLEA", "u"),
    ("Kessler spent two days on the witness stand.", "TESTIFY", "+"),
    ("Peru was not represented at the signing.", "PRESENCE", "-"),
    ("The government would not improve its wage offer.", "REVISIT", "-"),
    ("The backup generators started within seconds.", "WORKED", "+"),
    ("His airbag failed to inflate.", "WORKED", "-"),
    ("None of the papers has yet been withdrawn.", "RETRACT", "-"),
    ("One man remains in intensive care.", "HOSPITAL", "+"),
    ("He left the door open to a better deal.", "REVISIT", "+"),
    ("The firm has accepted responsibility for the clean-up.", "LIABILITY", "+"),
    ("It is too early to accept liability for the clean-up.", "LIABILITY", "-"),
    ("The committee decided against referring the decision to the Health Secretary.", "REFER", "-"),
    ("The club said it would not appeal against the ban.", "APPEAL", "-"),
    ("The club has ruled out an appeal against the ban.", "APPEAL", "-"),
    ("The club declined to rule out an appeal against the ban.", "APPEAL", "+"),
    ("Police said no one was hurt in the fire at the depot.", "INJURY", "-"),
    ("A driver was taken to hospital after the fire at the depot.", "INJURY", "+"),
    ("The research has not yet been peer reviewed by other scientists.", "PEER_REVIEW", "-"),
])
def test_negation_flips_the_sense(text, frame, pole):
    assert (frame, pole) in poles(text)


def test_a_hedge_is_no_claim():
    assert ("APPEAL", "+") not in poles("It is unclear whether the club will appeal against the ban.")
    assert ("APPEAL", "-") not in poles("It is unclear whether the club will appeal against the ban.")


def test_a_police_appeal_for_witnesses_is_not_a_legal_appeal():
    assert not [f for f, _ in poles("Police appealed for witnesses to the crash on the ring road.") if f == "APPEAL"]


def test_appeal_against_no_challenge_is_flagged():
    found = facts(
        "Vantel Systems lost the patent case on Tuesday. In a statement, Vantel said it would appeal "
        "the ruling by the Harwick commercial court.",
        "The Harwick commercial court found against Vantel Systems on Tuesday. A spokesperson said "
        "Vantel would not challenge the ruling and would pay the damages.")
    assert len(found) == 1
    assert "appeal" in found[0].a.text and "not challenge" in found[0].b.text


def test_plea_against_jury_verdict_is_flagged():
    found = facts(
        "Margaret Tolley, 54, pleaded guilty to fraud by abuse of position at Exeter Crown Court.",
        "Tolley, of Exmouth, was convicted by a jury of fraud by abuse of position after a five-day trial "
        "at Exeter Crown Court.")
    assert len(found) == 1
    assert "pleaded guilty" in found[0].a.text


def test_unhurt_against_hospital_is_flagged():
    found = facts(
        "The lorry overturned on the Corran bypass on Monday morning. Police said the lorry driver was "
        "unhurt after the crash on the Corran bypass.",
        "A lorry overturned on the Corran bypass on Monday. The lorry driver was taken to hospital with "
        "minor injuries after the crash, police said.")
    assert len(found) == 1


def test_the_same_sense_in_other_words_is_no_flag():
    assert facts(
        "Vantel said it would appeal the ruling by the Harwick commercial court.",
        "Vantel plans to challenge the ruling of the Harwick commercial court, a spokesperson said.") == []
    assert facts(
        "Nobody was injured when the roof of the Corran library collapsed overnight.",
        "The roof of the Corran library collapsed overnight; no one was hurt.") == []


def test_an_article_that_says_both_senses_is_no_flag():
    # a pleads guilty to one charge and is convicted of another by a jury; b reports the trial only
    assert facts(
        "Dunmore admitted the theft charge at an earlier hearing but was convicted by a jury of "
        "the burglary at the Leckie warehouse after a four-day trial.",
        "Dunmore was convicted by a jury of the burglary at the Leckie warehouse after a four-day trial.") == []


def test_unrelated_mentions_of_one_frame_are_no_flag():
    # a road closed in one article, a school reopened in the other: nothing shared
    assert facts(
        "The A83 at the Rest and Be Thankful remained closed on Sunday after a landslip.",
        "Strathcarron primary school reopened on Sunday after repairs to its heating.") == []


def test_the_person_named_as_object_ties_the_mentions():
    found = facts(
        "City Manager Dana Whitlock submitted her resignation on Monday night after a closed session.",
        "The council voted 5-2 on Monday night to fire City Manager Dana Whitlock after a closed session.")
    assert len(found) == 1
    assert "resignation" in found[0].a.text and "fire" in found[0].b.text


def test_a_person_in_a_relative_clause_is_the_one_who_testified():
    found = facts(
        "Ms Fairclough did not give evidence at the trial at Truro Crown Court.",
        "Jurors heard from Fairclough, who testified during the five-day trial at Truro Crown Court.")
    assert len(found) == 1


def test_two_people_with_one_surname_keep_their_own_verdicts():
    assert facts("Darren Pell admitted the conspiracy in June. His brother Karl Pell was cleared.",
                 "Darren Pell was jailed for four years at Leeds Crown Court.") == []


def test_every_pattern_says_the_words_it_starts_with():
    # a pattern that could start anywhere is run over every character of every article
    loose = [(f.name, pole) for f in _load() for pole, _, pre in f.patterns if pre is None]
    assert loose == []


def test_a_pattern_is_found_at_the_start_of_any_word_it_may_start_with():
    assert ("APPEAL", "+") in poles("Halden said it would seek permission to appeal.")
    assert ("PLEA", "+") in poles("Tolley was convicted after a jury found him guilty of fraud.")
    assert ("BINDING", "+") in poles("The Ardery result is legally binding on the council.")


def test_a_claim_each_article_makes_once_needs_no_shared_words():
    found = facts(
        "The tribunal found the breach had been careless rather than deliberate.",
        "Regulators said the pharmacy chain had knowingly exceeded the terms of its licence.")
    assert len(found) == 1


def test_a_demand_is_no_claim():
    assert facts("Petrie said he had no plans to step down as chairman.",
                 "Some supporters chanted for Petrie to resign as chairman.") == []


def test_refuse_as_rubbish_is_no_negation():
    assert ("OPEN", "+") in poles("Refuse rounds are unaffected, the council said.")
    assert ("APPEAL", "-") in poles("The club refused to appeal against the ban.")


def test_a_negation_ends_at_a_new_clause_and_without_is_no_negation():
    assert ("VERDICT", "+") in poles("Marr showed no emotion as the guilty verdicts were read out.")
    assert ("INJURY", "+") in poles("It is a blow for a side already without three injured second-rows.")
    assert facts("Police said there were no plans to evacuate anyone from the Ribeira villages.",
                 "Emergency teams had reviewed evacuation routes from the Ribeira villages, police said.") == []


def test_a_question_left_open_is_no_claim_against_itself():
    assert facts("Brandt declined to say whether Varga would appeal against the ruling.",
                 "Varga's lawyer would not say whether he would appeal against the ruling.") == []


def test_a_negated_subject_reaches_its_verb_across_a_noun_phrase():
    assert ("INJURY", "-") in poles("None of the ship's 22 crew was hurt, the coastguard said.")
    assert ("INJURY", "+") not in poles("The Avonmere crew escaped without injury.")
    assert ("CUSTODY", "-") in poles("He was granted conditional bail until his next appearance.")


# the same claim reversed in other words, in the kinds of report where it is met
REVERSED = [
    ("Lakeshore Freight kept its quarterly dividend unchanged at 24 cents a share on Thursday.",
     "Lakeshore Freight suspended its quarterly dividend on Thursday."),
    ("The old Hexley ground, including the main stand built in the 1920s, will be cleared for housing.",
     "At the old Hexley ground the main stand built in the 1920s will be kept and converted into a community hub."),
    ("Vets confirmed the dog had been poisoned by the algae toxin microcystin at Lake Maquon.",
     "Tests to determine whether the algae toxin killed the dog at Lake Maquon are still pending."),
    ("The residents' group said it had no money for a legal challenge against Coppice Farm.",
     "The residents' group vowed to drag councillors to the High Court over Coppice Farm."),
    ("The pilots of the Loganair turboprop did not declare a full emergency before landing at Aberdeen.",
     "The pilot of the Loganair turboprop radioed a mayday call before landing at Aberdeen."),
    ("The 31 lost containers held lithium-ion batteries, which are classed as dangerous goods, the owner said.",
     "The owner said none of the 31 lost containers held dangerous goods."),
    ("The rolling outages across west Phoenix were ordered by the regional grid operator on Monday.",
     "SP&L began the rolling outages across west Phoenix on its own initiative on Monday."),
    ("The water company confirmed the two sewage releases were linked.",
     "The water company has not acknowledged any link between the two sewage releases."),
    ("Bauxite Atlantique said it would file for international arbitration over the cancelled Boké licence.",
     "Bauxite Atlantique ruled out taking its case to international arbitration over the cancelled Boké licence."),
    ("Severnside Buses said its dedicated school routes were suspended for the duration of the strike.",
     "Severnside Buses said its dedicated school services are unaffected by the strike and will run as normal."),
    ("Managing director Graham Pardoe, who attended the hearing, sat in the dock for the Tenbury creamery.",
     "Managing director Graham Pardoe was not in court for the sentencing of the Tenbury creamery."),
    ("Norvex said it had voluntarily shut the cooling tower on Dock Street as a precaution.",
     "Public health officials ordered the cooling tower on Dock Street closed on Friday."),
    ("The driver had been arrested on suspicion of causing danger to road users on the A40.",
     "Officers spoke to the driver at the roadside on the A40 but did not detain him."),
    ("Orland sat in the front row of the courtroom gallery throughout the Alder County hearing.",
     "Orland did not attend the Alder County hearing, his lawyer said."),
    ("The Coastal Party, a junior coalition partner, lined up behind the fisheries bill.",
     "The Coastal Party, a junior coalition partner, broke ranks and voted against the fisheries bill."),
    ("The Ardery plebiscite vote was not legally binding on the county council.",
     "The Ardery plebiscite result is binding on the county council."),
    ("Pellow showed no emotion as the sentence was read out at Truro Crown Court.",
     "Pellow sobbed in the dock at Truro Crown Court as the sentence was read out."),
    ("The tribunal dismissed the company's complaint about the injury margin.",
     "The tribunal also found in the applicants' favour on the injury margin."),
    ("Classes are continuing as normal at the primary school in Lomba da Serra.",
     "The primary school in Lomba da Serra has been shut as a precaution."),
    ("No one downstream of the Harlow dam has been asked to leave their homes.",
     "Officials issued a voluntary evacuation advisory for 40 homes downstream of the Harlow dam."),
    ("Mazur said he would appeal to the Court of Arbitration for Sport.",
     "Mazur said he would not take the case to the Court of Arbitration for Sport."),
    ("Brandt said after the hearing that Varga would appeal against the ruling.",
     "Brandt declined to say whether his client Varga would appeal against the ruling."),
    ("The jury found Pike not guilty of attempted extortion at Preston Crown Court.",
     "The jury could not reach a verdict on the charge of attempted extortion against Pike at Preston Crown Court."),
    ("Judge Garland also fined Wenlow Water $150,000 for the sewage spill.",
     "Judge Garland imposed no fine on Wenlow Water for the sewage spill."),
    ("Lyon police said the stolen stock was fully insured by the jeweller.",
     "The jeweller said much of the stolen stock was not covered by insurance."),
    ("The shelter-in-place order for Larkin was lifted at 1:15 p.m.",
     "The shelter-in-place order for Larkin remained in effect late on Thursday afternoon."),
]


def test_time_to_appeal_is_no_claim():
    assert [x for x in poles("He has 21 days to appeal against the ruling.") if x[0] == "APPEAL"] == []


@pytest.mark.parametrize("ta, tb", REVERSED)
def test_reversed_claims_in_other_words(ta, tb):
    assert len(facts(ta, tb)) == 1


@pytest.mark.parametrize("ta, tb", [
    ("The church of Sant Pere, the village's best-known landmark, was destroyed by the fire.",
     "The church of Sant Pere came through the fire untouched, the mayor said."),
    ("The zoo commissioned an independent panel of three outside veterinarians to review the death.",
     "The death will be examined by an internal review by the zoo's animal welfare committee."),
    ("Kessler was led from the courtroom in handcuffs after the verdict at Graz.",
     "Kessler will remain free on bond until sentencing, the court in Graz said."),
    ("Mountain rescuers said one man was flown by helicopter to a hospital in Trento.",
     "None of those rescued needed to go to hospital, rescuers in Trento said."),
])
def test_reversed_claims_of_damage_reviews_custody_and_rescue(ta, tb):
    assert len(facts(ta, tb)) == 1


def test_a_feeling_is_no_damage():
    assert ("DAMAGE", "+") not in poles("I've never felt as gutted as I do right now.")




def test_two_mentions_of_one_sense_are_not_tied_by_their_trigger_words_alone():
    # "He has 14 days to appeal" and "expected to appeal against the length of his ban": one
    # sense, tied only by "appeal"; that must not make the first report say he will appeal
    from tui.analysis.compare.frames import Mention, _related
    x = Mention("APPEAL", "+", 0, 3, 3, frozenset({"appeal", "day"}), frozenset(), frozenset({"appeal"}))
    y = Mention("APPEAL", "+", 0, 5, 5, frozenset({"appeal", "length", "ban"}), frozenset(), frozenset({"appeal"}))
    idf = {"appeal": 3.0, "day": 2.0, "length": 2.0, "ban": 2.0}
    assert _related(x, y, idf, set(), {}) == 3.0
    assert _related(x, y, idf, set(), {}, same_words=False) == 0.0


def test_senses_of_closing_paying_and_deciding():
    assert poles("Prairie Gold said no elevator locations will close as part of the deal.") == [("OPEN", "+")]
    assert poles("Two smaller elevators will be closed under the deal.") == [("OPEN", "-")]
    assert poles("The bank said it would reimburse any overdraft fees charged by other banks.") == [("PAY", "+")]
    assert ("APPROVE", "-") in poles("Ministers have agreed to postpone a decision on the package.")


def test_relatedness_is_the_same_whatever_order_a_set_gives():
    # a float sum over a set depends on the set's order, which the hash seed changes from run
    # to run; two mentions tied on relatedness must stay tied, or a flag comes and goes
    from tui.analysis.compare.frames import Mention, _related
    got = set()
    for k in range(40):
        words = frozenset({f"w{k}a", f"w{k}bb", f"w{k}ccc"})
        idf = dict(zip(sorted(words), (0.1, 0.2, 0.3)))
        m = Mention("X", "+", 0, 0, 0, words, frozenset(), frozenset())
        got.add(_related(m, m, idf, set(), {}))
    assert got == {0.6}


def test_he_or_she_before_a_trigger_is_the_person_named_just_before():
    # "He did not testify" is Pell's, not the mother's who "testified Thursday"
    from tui.analysis.compare.frames import _mentions, _names_near
    ta = "Karl Pell was jailed on Friday. He did not testify at the trial."
    p = prepare(_art("a", ta), Analysis(entities=(ent_(ta, "Karl Pell"),)))
    m = [x for x in _mentions(p) if x.frame == "TESTIFY"][0]
    assert _names_near(p, m.sent, m.t0, m.t1) == frozenset({"pell"})


def test_a_generic_frame_said_once_each_way_is_a_flag_without_aligned_sentences():
    # each article says it once, of the same thing (elevators), in sentences that do not align
    ta = ("The merger creates the largest grain cooperative in the state. Its chief executive, speaking to "
          "reporters at a packed press conference in a hotel ballroom downtown, insisted that no elevator "
          "locations will close as part of the deal. Farmers will vote next month.")
    tb = ("Members will be asked to approve the combination in March. After years of modest soybean and corn "
          "volumes during recent harvests, two rural elevator locations at Zearing and Colo will be closed. The "
          "new board will have twelve seats.")
    found = facts(ta, tb)
    assert len(found) == 1 and "close" in found[0].a.text and "closed" in found[0].b.text


def test_a_weekday_is_no_name_a_claim_is_about():
    from tui.analysis.compare.frames import _mentions, _names_near, _same_names
    ta = "Okafor's deputy stepped down from the cabinet on Wednesday evening."
    p = prepare(_art("a", ta), Analysis())
    m = [x for x in _mentions(p) if x.frame == "EXIT"][0]
    assert "wednesday" not in _names_near(p, m.sent, m.t0, m.t1)
    assert _same_names(frozenset({"ormerod"}), frozenset({"ormrod"}))
    assert not _same_names(frozenset({"pell"}), frozenset({"hale"}))
