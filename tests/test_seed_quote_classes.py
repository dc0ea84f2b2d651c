"""Classes of quote faults seen on the seed pair and the bundled examples, rebuilt on
fictional sentences (model tests)."""

from __future__ import annotations

import pytest

from helpers import extracted_quotes

pytestmark = pytest.mark.model


quotes = extracted_quotes


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


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        (
            "The roadblocks erected by farmers in the north stayed in place on Friday despite "
            "the calls from the international community to have trucks along and near the "
            "Velm-Orsk road removed.",
            "road removed",
        ),
        (
            "The pickets stayed on Friday despite calls from the regional council to have "
            "tents along and near the Velm-Orsk bridge removed.",
            "bridge removed",
        ),
    ],
)
def test_a_noun_cue_clause_keeps_its_closing_participle(text: str, ends: str) -> None:
    """'calls … to have X removed': the participle after the object is what was called
    for, even where the parse hangs it on the noun."""
    found = [q for q in quotes(text) if q.cue in {"calls"}]
    assert found, quotes(text)
    assert found[0].text.endswith(ends), found[0].text
