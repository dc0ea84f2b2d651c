"""Whether two statements share a word about what happened, not only who said it
(second_homes.shares_event_word), which the second-fact and second-home joins require."""

from __future__ import annotations

from dataclasses import replace

from helpers import unit
from storydiff.crossdoc.second_homes import acted_on_names, shares_event_word
from storydiff.model import Predicate, Unit


def acting_on(statement: Unit, verb: str, patient: str, *, is_name: bool = True) -> Unit:
    """`statement` with a predicate whose patient is the (first) stretch `patient`."""
    start = statement.start + statement.text.index(patient)
    verb_start = statement.start + statement.text.index(verb)
    predicate = Predicate(
        verb=verb,
        verb_span=(verb_start, verb_start + len(verb)),
        patient=patient.split()[-1].lower(),
        patient_span=(start, start + len(patient)),
        patient_is_name=is_name,
    )
    return replace(statement, predicate=predicate)


ASK = unit(0, 40, "Civic Alliance lawyers will ask the Supreme Court to annul the vote.")
TAKE = unit(3, 200, "Its leader intends to take her complaints to the Supreme Court.")


def test_a_shared_speaker_is_not_a_shared_fact() -> None:
    said = unit(0, 0, "Interior Minister Oren Valsek said the blockade cut off villages.")
    accused = unit(1, 0, "Interior Minister Oren Valsek accused Istrava of arming the militia.")
    accused = acting_on(accused, "accused", "Istrava")
    assert not shares_event_word(said, accused)


def test_a_shared_name_alone_is_not_a_shared_fact() -> None:
    assert not shares_event_word(ASK, TAKE)


def test_the_name_a_statement_acts_on_is_part_of_what_happened() -> None:
    asked = acting_on(ASK, "ask", "the Supreme Court")
    assert acted_on_names(asked) == {"supreme", "court"}
    assert shares_event_word(asked, TAKE)
    assert shares_event_word(TAKE, asked)


def test_a_patient_that_is_no_name_frees_no_name() -> None:
    asked = acting_on(ASK, "ask", "the Supreme Court", is_name=False)
    assert acted_on_names(asked) == frozenset()
    assert not shares_event_word(asked, TAKE)


def test_a_name_outside_the_patient_stays_a_speaker() -> None:
    # 'Valsek' is who accuses, 'Istrava' what he acts on: only Istrava is freed
    accused = acting_on(
        unit(1, 0, "Interior Minister Oren Valsek accused Istrava of arming the militia."),
        "accused",
        "Istrava",
    )
    assert acted_on_names(accused) == {"istrava"}
    said = unit(0, 0, "Interior Minister Oren Valsek said the talks would resume.")
    assert not shares_event_word(said, accused)
