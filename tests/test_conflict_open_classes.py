"""Conflict classes left open by earlier dev readings (issue 11, 'fewer and right'), on
sentences we wrote about fictional events: each class has the case that must conflict (or
must not) and a near case that must stay as it is."""

from __future__ import annotations

import pytest

from conflict_helpers import one_statement_conflicts

pytestmark = pytest.mark.model

DAY = "2026-03-14"


def types(left: str, right: str) -> list[str]:
    return one_statement_conflicts(left, right, DAY)


# -- a document's own words are no doubt ---------------------------------------------------


def test_a_participle_after_a_document_tells_what_it_says() -> None:
    # 'an op-ed claiming', 'a lawsuit alleging': what the text says, not the outlet's doubt
    left = (
        "A Lorrin surgeon who wrote a newspaper op-ed claiming that he had broken the clinic"
        " rules now faces two complaints over it."
    )
    right = (
        "Two patients filed complaints against the Lorrin surgeon who wrote in an opinion"
        " piece that he had broken the clinic rules."
    )
    assert "attribution" not in types(left, right)


def test_a_claiming_verb_of_a_person_still_distances() -> None:
    left = "The Lorrin surgeon claimed that he had broken the clinic rules to save a patient."
    right = "The Lorrin surgeon said that he had broken the clinic rules to save a patient."
    assert types(left, right) == ["attribution"]
