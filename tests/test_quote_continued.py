"""Quotations that go on over paragraphs (model): the later paragraphs are quoted words
too, and near cases (titles, scare quotes, a speech verb's object) stay out."""

from __future__ import annotations

import pytest

from helpers import only, quotes_of

pytestmark = pytest.mark.model


def test_paragraphs_of_a_quote_whose_reopening_marks_were_dropped() -> None:
    text = (
        "Governor Alma Reyes wrote on Sunday: “We will rebuild the Tolvik bridge.\n\n"
        "The money is there.\n\n"
        "Nobody will be left behind!”\n\n"
        "The storm hit the coast on Friday.\n"
    )
    quotes = quotes_of(text)
    for words in ("rebuild the Tolvik bridge", "money is there", "Nobody will be left"):
        assert only(quotes, words).speaker == "Alma Reyes"
    assert not [q for q in quotes if "storm hit" in q.text]


def test_titles_scare_quotes_and_told_stories_stay_short() -> None:
    text = (
        "Mayor Ines Halloran said the festival would open on Friday. "
        "She read the novel “Rain Over Tolvik” twice.\n\n"
        "The so-called “reform” of the harbour failed. Fishermen told stories to the children.\n"
    )
    quotes = quotes_of(text)
    assert not [q for q in quotes if "Rain Over" in q.text or "reform" in q.text]
    assert not [q for q in quotes if "stories" in q.text]
    assert only(quotes, "festival would open").speaker == "Ines Halloran"
