"""The junk cleaner, on made-up samples of each kind of page junk."""
from __future__ import annotations

import pytest

from tui.library.cleaner import clean_paragraphs, is_ad_placeholder, is_footer, split_dateline


@pytest.mark.parametrize("line", [
    "Reklam yükleniyor...", "ADVERTISEMENT", "Advertisement", "- Advertisement -", "*Advertisement*",
    "Story continues below advertisement", "Anzeige", "Publicité", "Loading ad…", "Ad loading...",
    "Scroll to continue with content", "[Advertisement]", "Sponsored content",
])
def test_ad_placeholders(line):
    assert is_ad_placeholder(line)


@pytest.mark.parametrize("line", [
    "Advertisement spending rose 4% last year, the trade body said.",
    "The loading dock was closed on Monday.",
    "Ad revenue at the company fell sharply.",
])
def test_sentences_about_ads_are_content(line):
    assert not is_ad_placeholder(line)


@pytest.mark.parametrize("para", [
    "Comments you share on our site are a valuable resource for other users. Please be respectful.",
    "Sign up for our daily newsletter to get the latest headlines.",
    "Subscribe to our free newsletter",
    "Get the latest news delivered to your inbox every morning.",
    "Follow us on Twitter and Facebook for more updates",
    "© 2025 Example Media Group. All rights reserved.",
    "Share this article",
])
def test_footers(para):
    assert is_footer(para)


def test_long_paragraph_mentioning_a_newsletter_is_content():
    para = ("The company, which began as a newsletter in 2009, told investors that readers who sign up for "
            "our newsletter spend more. " * 4)
    assert not is_footer(para)


@pytest.mark.parametrize("para,dateline,agency,rest", [
    ("ALBAWABA- U.S. officials said.", "ALBAWABA", None, "U.S. officials said."),
    ("LONDON (Reuters) - Britain's economy grew.", "LONDON", "Reuters", "Britain's economy grew."),
    ("KYIV, Ukraine (AP) — Drones struck overnight.", "KYIV, Ukraine", "AP", "Drones struck overnight."),
    ("PARIS — The strike ended.", "PARIS", None, "The strike ended."),
    ("NEW YORK (Agency) -- Stocks fell.", "NEW YORK", "Agency", "Stocks fell."),
])
def test_datelines(para, dateline, agency, rest):
    assert split_dateline(para) == (dateline, agency, rest)


@pytest.mark.parametrize("para", [
    "NATO allies met in Brussels on Tuesday.",
    "U.S. President Donald Trump said.",
    "The BBC - once a radio company - grew.",
    "A-list stars arrived.",
])
def test_no_dateline(para):
    assert split_dateline(para) == (None, None, para)


def test_clean_paragraphs_keeps_order_and_counts():
    paras = ["ALBAWABA- The pope spoke.", "Advertisement", "He met pilgrims.", "",
             "Reklam yükleniyor...", "Sign up for our newsletter"]
    out = clean_paragraphs(paras)
    assert out.paragraphs == ["The pope spoke.", "He met pilgrims."]
    assert (out.outlet, out.agency, out.removed) == ("ALBAWABA", None, 3)


@pytest.mark.parametrize("para,agency", [
    ("ROME (Wire) - The pope spoke.", "Wire"),
    ("KYIV, Ukraine (AP) — Drones struck overnight.", "AP"),
    ("PARIS — The strike ended.", None),
])
def test_place_datelines_stay_in_the_body(para, agency):
    """A place dateline is part of the article as printed (and names a place)."""
    out = clean_paragraphs([para, "More."])
    assert out.paragraphs == [para, "More."]
    assert out.outlet is None and out.agency == agency
