"""A name inside the speaker's phrase that only modifies it is not the speaker: 'an aide to
Governor X', 'the Kelmar attorney general's office' (model tests; fictional articles written
here, after bugs seen on real multi-outlet coverage)."""

from __future__ import annotations

import pytest

from helpers import only, quotes_of

pytestmark = pytest.mark.model


def test_a_name_after_to_is_not_the_speaker() -> None:
    text = (
        "An aide to Port Venner Governor Halden Morrow has called for an inquiry into "
        "the contracts signed last spring."
    )
    quote = only(quotes_of(text), "inquiry")
    assert quote.speaker is not None
    assert quote.speaker != "Port Venner"
    assert quote.speaker != "Halden Morrow"
    assert "aide" in quote.speaker


def test_a_place_in_a_possessor_is_not_the_speaker() -> None:
    text = (
        "The report was released last week by the Port Venner attorney general's office, "
        "which concluded that the mayor had broken the procurement rules twice."
    )
    quote = only(quotes_of(text), "procurement")
    assert quote.speaker is not None
    assert quote.speaker != "Port Venner"
    assert "office" in quote.speaker


def test_the_governors_claim_is_the_governors_and_keeps_no_possessive() -> None:
    text = (
        "Port Venner Gov. Halden Morrow faced the council on Friday.\n\n"
        "Two clerks pushed back against the governor's claim that he never saw the contracts."
    )
    quote = only(quotes_of(text), "never saw")
    assert quote.speaker == "Halden Morrow"


@pytest.mark.parametrize("weekday", ["Monday", "Thursday"])
def test_a_weekday_after_a_name_is_not_part_of_it(weekday: str) -> None:
    from storydiff.extract.name_runs import name_runs
    from storydiff.nlp.models import load_spacy

    doc = load_spacy()(f"The mayor spoke from the Venner Town Hall {weekday} about the contracts.")
    names = [" ".join(t.text for t in run) for run, _ in name_runs(doc)]
    assert "Venner Town Hall" in names
    assert all(weekday not in name for name in names)


def test_a_title_resolves_to_the_person_given_it_earlier_in_the_same_sentence() -> None:
    text = (
        "Mira Tolle, who filed a complaint against Port Venner Gov. Halden Morrow last week, "
        "pushed back against the governor's claim that he never saw the contracts."
    )
    quote = only(quotes_of(text), "never saw")
    assert quote.speaker == "Halden Morrow"


def test_a_title_written_with_of_is_remembered_for_the_person() -> None:
    text = (
        '"The talks will resume in spring," Secretary of State Halden Morrow said on Monday.\n\n'
        "The secretary said the Velka delegation had accepted the new agenda."
    )
    quote = only(quotes_of(text), "new agenda")
    assert quote.speaker == "Halden Morrow"


def test_people_from_a_named_body_speak_for_the_body() -> None:
    text = "Analysts at Velka Securities said the strike would cut output by a third."
    quote = only(quotes_of(text), "cut output")
    assert quote.speaker == "Velka Securities"


def test_a_description_naming_someone_else_is_not_keyed_as_that_person() -> None:
    from storydiff.extract.speaker_memory import speaker_key

    aide = speaker_key("executive assistant to Velka Governor Halden Morrow")
    assert aide != speaker_key("Halden Morrow")
    assert speaker_key("Gov. Halden Morrow") == speaker_key("Halden Morrow")
