"""Classes of quote faults seen on the seed pair and the bundled examples, rebuilt on
fictional sentences (model tests)."""

from __future__ import annotations

import pytest

from storydiff.extract.quotes import extract_quotes
from storydiff.model import Article, Quote
from storydiff.nlp import load_spacy
from storydiff.nlp.parse import parse_doc

pytestmark = pytest.mark.model


def quotes(text: str) -> tuple[Quote, ...]:
    doc = load_spacy()(text)
    return extract_quotes(doc, parse_doc(Article(id="a", outlet="a", text=text), doc).sentences)


@pytest.mark.parametrize(
    "text",
    [
        "The Orsk Union will ask the court to annul the vote, the union's lawyers said on "
        "Monday. Observers from the Velmar Election Mission said they had found unsealed "
        "ballot boxes and voters being turned away at dozens of polling stations.",
        "The Orsk Union will ask the court to annul the vote, the union's lawyers said on "
        "Monday. Observers from the Velmar Election Mission said they had found unsealed "
        "ballot boxes and voters being turned away at the polls.",
    ],
)
def test_they_inside_reported_words_is_the_reporter(text: str) -> None:
    """A plural pronoun opening the reported clause stands for the plural speaker who
    reports it, not for the plural named in the sentence before."""
    last = text.rsplit(". ", 1)[1]
    inside = [q for q in quotes(text) if q.start >= text.index(last)]
    assert inside, quotes(text)
    assert {q.speaker for q in inside} == {inside[0].speaker}, inside
    assert inside[0].speaker_text is not None
    assert inside[0].speaker_text.lower().startswith(("observers", "monitors")), inside
