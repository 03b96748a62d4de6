"""Loading articles: front matter, Markdown blocks, broken files, plain text."""
from __future__ import annotations

import pytest

from tui.library.loader import LoadError, load_article, load_paths
from tui.library.sanitize import sanitize

SEED_A = "000_5cd4f9e363453bf4"
SEED_B = "004_d3167d980c2c32da"


def test_seeds_load_with_front_matter(seeds):
    a = load_article(seeds / f"{SEED_A}.md")
    b = load_article(seeds / f"{SEED_B}.md")
    assert a.id == SEED_A and b.id == SEED_B
    assert b.title == "Trump and Putin to meet in Budapest after high-level talks"
    assert a.published == b.published == "2025-10-16"
    assert a.warnings == () and b.warnings == ()


def test_seed_junk_is_cleaned_not_edited(seeds):
    raw_a = (seeds / f"{SEED_A}.md").read_text(encoding="utf-8")
    raw_b = (seeds / f"{SEED_B}.md").read_text(encoding="utf-8")
    # the files still hold the junk as delivered ...
    assert "ALBAWABA- " in raw_a and "Reklam yükleniyor" in raw_b and "Comments you share" in raw_b
    a = load_article(seeds / f"{SEED_A}.md")
    b = load_article(seeds / f"{SEED_B}.md")
    # ... and the loaded articles do not
    assert a.text.startswith("U.S. President Donald Trump announced Thursday")
    assert a.source == "ALBAWABA"
    assert "Reklam" not in b.text and "Comments you share" not in b.text
    assert b.text.rstrip().endswith("with the US administration.")


def test_seed_sections_are_headings(seeds):
    b = load_article(seeds / f"{SEED_B}.md")
    headings = [b.text[x.start:x.end] for x in b.blocks if x.kind == "heading"]
    assert headings == ["Preparatory Delegation Meetings", "Coordinated Diplomatic Outreach",
                        "Energy Diplomacy Context"]


def test_blocks_cover_the_text_exactly(seeds):
    for path in seeds.glob("*.md"):
        art = load_article(path)
        assert "\n".join(art.text[x.start:x.end] for x in art.blocks) == art.text


def test_markdown_inline_formatting_and_lists(tmp_path):
    p = tmp_path / "x.md"
    p.write_text("---\ntitle: T\n---\n# Big news\n\nSome *emphasis*, **strong** and a "
                 "[link](https://example.org).\n\n- first item\n- second item\n\n1. one\n2. two\n",
                 encoding="utf-8")
    art = load_article(p)
    kinds = [b.kind for b in art.blocks]
    assert kinds == ["heading", "paragraph", "list_item", "list_item", "list_item", "list_item"]
    para = art.blocks[1]
    marks = {art.text[a:b]: style for a, b, style in para.marks}
    assert marks == {"emphasis": "em", "strong": "strong", "link": "link:https://example.org"}
    assert [b.bullet for b in art.blocks[2:]] == ["•", "•", "1.", "2."]


def test_no_front_matter_title_from_heading(tmp_path):
    p = tmp_path / "plain.md"
    p.write_text("# Storm hits the coast\n\nWinds reached 120 km/h on Monday.\n", encoding="utf-8")
    art = load_article(p)
    assert art.title == "Storm hits the coast"
    assert art.text == "Winds reached 120 km/h on Monday."
    assert art.id == "plain" and art.warnings == ()


def test_plain_text_headline_becomes_title(tmp_path):
    p = tmp_path / "story.txt"
    p.write_text("Council approves new budget\n\nThe city council voted 7-2 on Tuesday.\n"
                 "Next line is its own paragraph.\n", encoding="utf-8")
    art = load_article(p)
    assert art.title == "Council approves new budget"
    assert art.text == "The city council voted 7-2 on Tuesday.\nNext line is its own paragraph."


def test_plain_text_is_not_markdown(tmp_path):
    p = tmp_path / "raw.txt"
    p.write_text("A long first paragraph with *stars* and # hashes, which is certainly not a headline at all.\n",
                 encoding="utf-8")
    art = load_article(p)
    assert "*stars*" in art.text and "# hashes" in art.text


def test_broken_front_matter_still_loads_with_warning(tmp_path):
    p = tmp_path / "broken.md"
    p.write_text("---\ntitle: [unclosed\npublished: 2025-01-01\n---\nBody text here.\n", encoding="utf-8")
    art = load_article(p)
    assert art.text == "Body text here."
    assert len(art.warnings) == 1 and "front matter" in art.warnings[0] and "line" in art.warnings[0]


def test_unquoted_colon_in_a_title_is_read_line_by_line(tmp_path):
    p = tmp_path / "colon.md"
    p.write_text("---\ntitle: A port and an old wound: what the deal settles\nsource: The Review\n"
                 "published: 2025-09-18\nid: colon\n---\nBody text here.\n", encoding="utf-8")
    art = load_article(p)
    assert art.title == "A port and an old wound: what the deal settles"
    assert art.published == "2025-09-18" and art.source == "The Review"
    assert len(art.warnings) == 1 and "not valid YAML" in art.warnings[0] and "line 2" in art.warnings[0]


def test_front_matter_that_is_not_a_mapping(tmp_path):
    p = tmp_path / "list.md"
    p.write_text("---\n- a\n- b\n---\nBody.\n", encoding="utf-8")
    art = load_article(p)
    assert art.text == "Body." and "not a mapping" in art.warnings[0]


def test_not_utf8_still_loads_with_warning(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Caf\xe9 owners met on Friday in Montr\xe9al to discuss the new rules.\n".encode("latin-1"))
    art = load_article(p)
    assert "owners met on Friday" in art.text
    assert "not UTF-8" in art.warnings[0] and "0xe9" in art.warnings[0]


def test_bad_published_is_a_warning(tmp_path):
    p = tmp_path / "d.md"
    p.write_text("---\ntitle: X\npublished: sometime\n---\nText.\n", encoding="utf-8")
    art = load_article(p)
    assert art.published is None and "published" in art.warnings[0]


def test_one_bad_file_does_not_affect_the_others(tmp_path, seeds):
    (tmp_path / "good.md").write_text("---\ntitle: Good\n---\nFine body.\n", encoding="utf-8")
    (tmp_path / "bad.md").write_bytes(b"---\ntitle: [\n---\n\xff\xfe body\n")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")  # not an article file: skipped
    articles, errors = load_paths([tmp_path, tmp_path / "missing.md"])
    assert sorted(a.id for a in articles) == ["bad", "good"]
    good = next(a for a in articles if a.id == "good")
    assert good.warnings == () and good.title == "Good"
    bad = next(a for a in articles if a.id == "bad")
    assert len(bad.warnings) == 2
    assert errors == [f"{tmp_path / 'missing.md'}: no such file"]


def test_unreadable_paths_raise_load_error(tmp_path):
    with pytest.raises(LoadError, match="no such file"):
        load_article(tmp_path / "nope.md")
    with pytest.raises(LoadError, match="is a folder"):
        load_article(tmp_path)


def test_markup_in_article_is_kept_as_text(tmp_path):
    p = tmp_path / "m.md"
    p.write_text("---\ntitle: \"[bold red]Title[/]\"\n---\nSee [link=https://evil]here[/link] and "
                 "[bold]loud[/bold].\n", encoding="utf-8")
    art = load_article(p)
    assert art.title == "[bold red]Title[/]"
    assert "[bold]loud[/bold]" in art.text


def test_escape_sequences_and_controls_are_removed():
    raw = "Red \x1b[31mALERT\x1b[0m \x1b]0;pwned\x07title\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ bell\x07 nul\x00 \u202eevil\tok\r\nnext"
    assert sanitize(raw) == "Red ALERT titlelink bell nul evil\tok\nnext"


def test_loader_sanitises_before_parsing(tmp_path):
    p = tmp_path / "esc.md"
    p.write_text("---\ntitle: \"Bad\\e[2J title\"\n---\nBody \x1b[1;31mred\x1b[0m text.\x07\n", encoding="utf-8")
    art = load_article(p)
    assert "\x1b" not in art.text and "\x07" not in art.text and art.text == "Body red text."
    assert "\x1b" not in art.title


def test_same_stem_in_two_folders_gets_distinct_ids(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.md").write_text(f"# From {folder}\n\nText.\n", encoding="utf-8")
    articles, errors = load_paths([tmp_path / "a", tmp_path / "b"])
    assert errors == [] and len({a.id for a in articles}) == 2
