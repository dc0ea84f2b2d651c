"""Number and date conflict classes of the dev misses of issue 11 (branch `cnum`), on sentences
we wrote about fictional events: the case that must conflict and near cases that must not."""

from __future__ import annotations

import pytest

from conflict_helpers import one_statement_conflicts

pytestmark = pytest.mark.model

DAY = "2026-03-06"


def types(left: str, right: str) -> list[str]:
    return one_statement_conflicts(left, right, DAY)


# -- an age is a whole number of years, and it may be set off by a comma --------------------

NAMED = (
    "Chief Ann Dow said 61-year-old Mira Tell was arrested on Friday morning and charged "
    "with starting the mill fire in Harlow."
)


@pytest.mark.parametrize(
    "right",
    [
        # the age joined to more words about the woman by a comma
        "Officers detained a 60-year-old, terminally ill woman on Friday over the mill fire.",
        # a round age is not 'about 60'
        "Officers arrested a 60-year-old woman on Friday over the mill fire.",
    ],
)
def test_the_age_of_the_one_person_arrested_conflicts(right: str) -> None:
    assert types(NAMED, right) == ["number"]


@pytest.mark.parametrize(
    "right",
    [
        "Officers arrested a 61-year-old, terminally ill woman on Friday over the mill fire.",
        # a comma after the age that leaves the person: the age is nobody's the other names
        "On Friday officers arrested the 60-year-old, the chief said on Saturday.",
    ],
)
def test_the_same_age_or_an_age_of_no_one_named_does_not_conflict(right: str) -> None:
    assert "number" not in types(NAMED, right)


# -- a round age in apposition to a name is an age ('Dana Orrell, 40,') ---------------------


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "Police arrested Tomas Vell, 40, at his home in Lorrin on Sunday.",
            "Police arrested a 41-year-old man at his home in Lorrin on Sunday.",
        ),
        (
            "Dana Orrell, 50, was hurt in the blast at the Lorrin depot.",
            "A 52-year-old Dana Orrell was hurt in the blast at the Lorrin depot.",
        ),
    ],
)
def test_a_round_age_after_a_name_conflicts_with_another(left: str, right: str) -> None:
    assert types(left, right) == ["number"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # the same age
        (
            "Dana Orrell, 50, was hurt in the blast at the Lorrin depot.",
            "A 50-year-old Dana Orrell was hurt in the blast at the Lorrin depot.",
        ),
        # a round count of people after a day is no age, and stays rounded
        (
            "On Monday, 40 people were hurt in the blast at the Lorrin depot.",
            "On Monday, 41 people were hurt in the blast at the Lorrin depot.",
        ),
    ],
)
def test_a_round_age_that_agrees_or_a_round_count_does_not_conflict(left: str, right: str) -> None:
    assert "number" not in types(left, right)
