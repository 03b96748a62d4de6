"""The evaluation corpus in tests/corpus is self-consistent: every gold text occurs in its
article, ids match file stems, pairs name existing articles (see tests/corpus/check_gold.py)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "corpus"


def _checker():
    spec = importlib.util.spec_from_file_location("check_gold", CORPUS / "check_gold.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


check_gold = _checker()
ARTICLES = sorted((CORPUS / "articles").glob("*.md"))


def test_corpus_size_and_pairs():
    assert 16 <= len(ARTICLES) <= 20
    pairs = json.loads((CORPUS / "gold" / "pairs.json").read_text(encoding="utf-8"))
    assert len(pairs) >= 4
    paired = {p["a"] for p in pairs} | {p["b"] for p in pairs}
    assert len({a.stem for a in ARTICLES} - paired) >= 2, "at least two articles belong to no pair"


@pytest.mark.parametrize("md", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_article_gold(md):
    assert check_gold.check_article(md, CORPUS / "gold") == []


def test_whole_corpus():
    assert check_gold.check_corpus(CORPUS) == []


def test_checker_catches_a_bad_gold(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles" / "x1.md").write_text(
        "---\ntitle: T\nsource: S\npublished: 2025-10-16\nid: x1\n---\n\n"
        "\"Hello there,\" said Ann Lee on Monday.\n", encoding="utf-8")
    gold = {"id": "x1", "published": "2025-10-16",
            "entities": [{"text": "Ann Lee", "label": "PERSON"}, {"text": "Bob Roe", "label": "PERSON"}],
            "quotes": [{"text": "Hello there", "speaker": "Ann Lee"}],
            "dates": [{"text": "Monday", "value": "2025-10-13"}, {"text": "Tuesday", "value": "13 Oct"}]}
    (tmp_path / "gold" / "x1.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "gold" / "pairs.json").write_text(json.dumps([{"a": "x1", "b": "x2", "disagreements": []}]),
                                                  encoding="utf-8")
    errs = "\n".join(check_gold.check_corpus(tmp_path))
    assert "'Bob Roe' does not occur" in errs
    assert "'Tuesday' does not occur" in errs and "not ISO 8601" in errs
    assert "no article with id 'x2'" in errs
    assert "Ann Lee" not in errs


def test_bench_make_corpus_is_deterministic_and_distinct(tmp_path):
    spec = importlib.util.spec_from_file_location(
        "make_corpus", Path(__file__).resolve().parent.parent / "bench" / "make_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    one = mod.write_corpus(tmp_path / "one", n=12, seed=7)
    two = mod.write_corpus(tmp_path / "two", n=12, seed=7)
    assert [p.name for p in one] == [p.name for p in two]
    assert [p.read_text(encoding="utf-8") for p in one] == [p.read_text(encoding="utf-8") for p in two]
    bodies = set()
    for p in one:
        meta, body = check_gold.split_front_matter(p.read_text(encoding="utf-8"))
        assert meta["id"] == p.stem and meta["published"] and meta["title"] and meta["source"]
        assert 300 <= len(body.replace("## ", "").split()) <= 900
        bodies.add(body)
    assert len(bodies) == 12
