"""The whole engine on any text: valid spans, no exception (hypothesis)."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.analysis import analyze

NEWSY = st.sampled_from([
    "“", "”", '"', "‘", "’", "'", "\n", " ", ", ", ". ", "said", "Trump", "Dr.", "U.S.", "Friday",
    "October 11–12", "next week", "2022", "the Ministry of Defence", "he said", "—", "(", ")",
    "Orbán", "ALBAWABA- ", "\x1b[31m", "\x00", "Ünal", "Mr", "2,000", "four-year-old",
])


def check(text: str, published: str | None) -> None:
    an = analyze(text, published)
    for kind in (an.entities, an.quotes, an.dates):
        for span in kind:
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start:span.end] == span.text
    starts = [e.start for e in an.entities]
    assert starts == sorted(starts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400), st.sampled_from(["2025-10-16", None, "2024-02-29"]))
def test_any_text(text, published):
    check(text, published)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(NEWSY, max_size=60).map("".join))
def test_newsy_fragments(text):
    check(text, "2025-10-16")


def test_empty_huge_and_binary():
    check("", None)
    check("“" * 5000 + "Trump said" * 2000, "2025-10-16")
    check(bytes(range(256)).decode("latin-1") * 50, "2025-10-16")
    check('He said "unclosed ' + "word " * 20000, "2025-10-16")
