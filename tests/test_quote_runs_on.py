"""Mixed quotes whose quotation runs on past the cue's sentence, and a reporting verb said
twice in one sentence, rebuilt on fictional sentences (model tests)."""

from __future__ import annotations

import pytest

from storydiff.extract.quotes import extract_quotes
from storydiff.model import Quote
from storydiff.nlp import load_spacy

pytestmark = pytest.mark.model


def quotes(text: str) -> tuple[Quote, ...]:
    return extract_quotes(load_spacy()(text))


@pytest.mark.parametrize(
    "text",
    [
        "Dale repeated that the council “ignored us many times. Brin complained, and it cost "
        "him his boat. It is very unfair.” The council did not reply.",
        "“The fees rose twice, and nobody asked us,” Dale said, before again claiming that the "
        "council “ignored us many times, [and] nothing came of it. Brin complained, and it’s "
        "like, it cost him his boat. It’s very unfair.”\n\nThe council did not reply.",
    ],
)
def test_a_mixed_quote_runs_to_its_closing_mark(text: str) -> None:
    mixed = [q for q in quotes(text) if q.kind == "mixed"]
    assert len(mixed) == 1
    assert mixed[0].text.endswith("It is very unfair." if "It is" in text else "very unfair.")
    assert mixed[0].speaker == "Dale"


def test_a_mixed_quote_inside_its_sentence_keeps_its_end() -> None:
    text = "Dale said the council had “ignored us” for years. Brin agreed."
    (found,) = quotes(text)
    assert found.text.endswith("for years")


def test_the_cue_said_again_is_the_speakers_second_statement() -> None:
    text = (
        "HALDEN — Mayor Ana Dale on Monday said the harbour board ruined the season of the town "
        "fishermen and said her rival, Tomas Brin, faced no questions after he lied “many "
        "times” to the council."
    )
    found = quotes(text)
    assert [q.text for q in found] == [
        "the harbour board ruined the season of the town fishermen",
        "her rival, Tomas Brin, faced no questions after he lied “many times” to the council",
    ]
    assert {q.speaker for q in found} == {"Ana Dale"}
