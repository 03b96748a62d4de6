"""Story clustering: which articles tell one story.

The articles are the Markdown pairs in tests/pairs/ (each pair is one story) and
tests/pairs/unrelated/ (each its own story, some sharing names, outlets, dates or
topics with a pair), plus the evaluation corpus when present.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from tui.analysis.cluster import cluster
from tui.model import Analysis, Article, Entity

PAIRS = Path(__file__).resolve().parent / "pairs"
CORPUS = Path(__file__).resolve().parent / "corpus"


def _load(path: Path) -> Article:
    from tui.library.loader import load_article
    return load_article(path)


def _pair_articles() -> tuple[list[Article], list[set[str]]]:
    arts, stories = [], []
    for d in sorted(p for p in PAIRS.iterdir() if (p / "pair.json").exists()):
        a, b = _load(d / "a.md"), _load(d / "b.md")
        arts += [a, b]
        stories.append({a.id, b.id})
    for p in sorted((PAIRS / "unrelated").glob("*.md")):
        a = _load(p)
        arts.append(a)
        stories.append({a.id})
    return arts, stories


def _partition_ok(result: list[list[str]], ids: list[str]) -> None:
    flat = [i for story in result for i in story]
    assert sorted(flat) == sorted(ids), "every article in exactly one story"
    assert all(story for story in result)


def pw(i: int) -> str:
    """A pseudo-word made of letters only ("bab", "bac", ...)."""
    out = ""
    i += 26 * 27
    while i:
        i, r = divmod(i, 26)
        out = "abcdefghijklmnopqrstuvwxyz"[r] + out
    return out


def art(id_: str, text: str, title: str = "", published: str | None = "2025-10-16") -> Article:
    return Article(id=id_, path="", title=title, text=text, published=published)


def test_empty_and_single():
    assert cluster([]) == []
    assert cluster([(art("a", "Some text about a council budget."), Analysis())]) == [["a"]]


@pytest.mark.parametrize("engine", [True, False], ids=["analyze", "no-engine"])
def test_pairs_are_stories_and_unrelated_articles_stay_apart(engine):
    from tui.analysis import analyze
    arts, stories = _pair_articles()
    assert len(stories) >= 8
    docs = [(a, analyze(a.text, a.published) if engine else Analysis()) for a in arts]
    result = cluster(docs)
    _partition_ok(result, [a.id for a in arts])
    assert sorted(map(sorted, result)) == sorted(map(sorted, stories))


def test_order_is_deterministic_and_follows_the_input():
    arts, _ = _pair_articles()
    docs = [(a, Analysis()) for a in arts]
    result = cluster(docs)
    assert result == cluster(docs)
    pos = {a.id: i for i, a in enumerate(arts)}
    firsts = [pos[s[0]] for s in result]
    assert firsts == sorted(firsts), "stories ordered by their first article"
    for s in result:
        assert [pos[i] for i in s] == sorted(pos[i] for i in s), "ids keep input order"
    # a shuffled input gives the same stories
    shuffled = docs[:]
    random.Random(3).shuffle(shuffled)
    assert sorted(map(sorted, cluster(shuffled))) == sorted(map(sorted, result))


def test_shared_rare_entities_link_articles_that_share_few_words():
    ta = "Halvorsen Motors will close its Dundee plant, Ingrid Halvorsen told staff in a short meeting."
    tb = "Dundee workers learned the Halvorsen Motors site would shut; Ingrid Halvorsen gave no timetable."
    tc = "The city council voted to extend the tram line to the airport by the end of the decade."

    def ana(t: str) -> Analysis:
        ents = []
        for name, label in (("Halvorsen Motors", "ORG"), ("Ingrid Halvorsen", "PERSON"), ("Dundee", "GPE")):
            i = t.find(name)
            if i >= 0:
                ents.append(Entity(i, i + len(name), name, label))
        return Analysis(entities=tuple(ents))

    docs = [(art("a", ta), ana(ta)), (art("c", tc), ana(tc)), (art("b", tb), ana(tb))]
    assert cluster(docs) == [["a", "b"], ["c"]]


def test_same_words_far_apart_in_time_are_different_stories():
    text = ("The annual marathon closed roads across the city centre on Sunday, as thousands of runners "
            "raced past the cathedral and the river embankment to the finish at the harbour.")
    docs = [(art("y1", text, published="2024-04-14"), Analysis()),
            (art("y2", text.replace("thousands", "tens of thousands"), published="2025-04-13"), Analysis())]
    assert cluster(docs) == [["y1"], ["y2"]]
    docs = [(art("d1", text, published="2025-04-13"), Analysis()),
            (art("d2", text.replace("thousands", "tens of thousands"), published="2025-04-14"), Analysis())]
    assert cluster(docs) == [["d1", "d2"]]


def test_a_chain_of_loosely_related_articles_does_not_become_one_story():
    base = ["budget", "council", "tram", "airport", "harbour", "school", "hospital", "bridge", "library", "park"]
    docs = []
    for k in range(8):
        # each article shares half its words with the next only
        words = base[k % 10:k % 10 + 2] + [pw(10 * k), pw(10 * k + 1), pw(10 * k + 10), pw(10 * k + 11)]
        docs.append((art(f"n{k}", " ".join(w for w in words for _ in range(3))), Analysis()))
    result = cluster(docs)
    _partition_ok(result, [a.id for a, _ in docs])
    assert max(len(s) for s in result) <= 3


@pytest.mark.skipif(not (CORPUS / "gold" / "pairs.json").exists(), reason="no evaluation corpus")
def test_evaluation_corpus_pairs_are_stories():
    from tui.analysis import analyze
    arts = [_load(p) for p in sorted((CORPUS / "articles").glob("*.md"))]
    result = cluster([(a, analyze(a.text, a.published)) for a in arts])
    _partition_ok(result, [a.id for a in arts])
    story_of = {i: k for k, s in enumerate(result) for i in s}
    pairs = json.loads((CORPUS / "gold" / "pairs.json").read_text(encoding="utf-8"))
    paired = set()
    for p in pairs:
        assert story_of[p["a"]] == story_of[p["b"]], p
        paired |= {p["a"], p["b"]}
    # articles in no pair are alone
    for s in result:
        if len(s) > 1:
            assert set(s) <= paired, s


def test_many_generated_articles_partition():
    rng = random.Random(5)
    vocab = [pw(i) for i in range(3000)]
    docs = []
    for i in range(1500):
        story = i // 3  # three articles per story, sharing a story vocabulary
        srng = random.Random(story)
        words = srng.sample(vocab, 40) + rng.sample(vocab, 20)
        docs.append((art(f"g{i}", " ".join(words), published=f"2025-0{1 + story % 9}-1{story % 9}"), Analysis()))
    result = cluster(docs)
    _partition_ok(result, [a.id for a, _ in docs])
    together = sum(1 for s in result if len(s) == 3 and len({int(x[1:]) // 3 for x in s}) == 1)
    assert together >= 0.9 * 500


# a sports page and a health desk on the same smog day: few words in common (cosine about
# 0.18, under the 0.21 of one story), the same two people
SPORT = ("Play was halted at the stadium as umpires led the players off the field in the morning session. Captain "
         "Yash Mehra said two bowlers kept coughing between overs. Physiotherapist Anil Kale treated three players in "
         "the dressing room before lunch. The visitors had reached 212 for four when the umpires intervened, with the "
         "opener unbeaten on a patient half-century. Match referee officials will decide whether the fixture is "
         "replayed, and the league promised a ruling by the weekend.")
HEALTH = ("Doctors warned that hospital admissions for asthma rose sharply across the capital. Pulmonologist Anil Kale "
          "said children and the elderly were at greatest risk. Yash Mehra, who captains the state side, described his "
          "team struggling. Clinics reported queues of patients with inhalers and masks, and pharmacies ran short of "
          "nebulisers by the evening. Schools shut early, construction sites were ordered to stop work, and diesel "
          "generators were banned until further notice.")


def _people(text: str, names: list[str]) -> Analysis:
    return Analysis(entities=tuple(Entity(text.index(n), text.index(n) + len(n), n, "PERSON") for n in names))


def test_two_shared_people_bind_reports_told_in_different_words():
    docs = [(art("s", SPORT), _people(SPORT, ["Yash Mehra", "Anil Kale"])),
            (art("h", HEALTH), _people(HEALTH, ["Anil Kale", "Yash Mehra"]))]
    assert cluster(docs) == [["s", "h"]]
    # one shared person is not enough at that distance
    docs = [(art("s", SPORT), _people(SPORT, ["Yash Mehra", "Anil Kale"])), (art("h", HEALTH), _people(HEALTH, ["Anil Kale"]))]
    assert cluster(docs) == [["s"], ["h"]]


def test_a_follow_up_days_later_naming_the_same_people_joins_the_story():
    smog = " The smog over the city was the worst of the year."
    ta, tb = SPORT + smog, HEALTH + smog
    docs = [(art("s", ta, published="2025-10-01"), _people(ta, ["Yash Mehra", "Anil Kale"])),
            (art("h", tb, published="2025-10-12"), _people(tb, ["Anil Kale", "Yash Mehra"]))]
    assert cluster(docs) == [["s", "h"]]
