"""A date inside the main verb's object, or in a 'than …' comparison, dates another noun, not
the statement's act: the timeline does not fall back to it (articles written for the tests,
model)."""

from __future__ import annotations

import pytest

from helpers import timeline_dates

pytestmark = pytest.mark.model


_timeline_dates = timeline_dates


@pytest.mark.parametrize(
    "text",
    [
        # a premodifier of the object: the date of the fire, of the race
        "A new Orlen panel is investigating the March 3 harbour fire.",
        "Mayor Ilse Dorrow enters 2028 gubernatorial race.",
        # a comparison: the date of what the fact is compared with
        "The Orlen port handled more grain than it did in 2019.",
        "Orlen ferries carried fewer passengers than in January.",
    ],
)
def test_a_date_that_belongs_to_another_noun_does_not_place_the_statement(text: str) -> None:
    assert _timeline_dates(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject's own date: the statement is about that meeting
        ("Sunday's meeting in Orlen approved the harbour budget.", ("2026-03-08", "Sunday")),
        ("Sunday's harbour vote was delayed by a storm.", ("2026-03-08", "Sunday")),
        # a date after a preposition inside the object is no premodifier of another noun
        (
            "Mayor Dorrow has a hearing set for March 17 in the Orlen court.",
            ("2026-03-17", "March 17"),
        ),
        # 'more than' a count is no comparison with another time
        ("More than 200 dockers walked out on Tuesday.", ("2026-03-10", "Tuesday")),
        # a plain adverbial of the act
        ("On Monday the Orlen council voted to close the old pier.", ("2026-03-09", "Monday")),
    ],
)
def test_the_subjects_date_or_the_acts_own_date_still_places_it(
    text: str, expected: tuple[str, str]
) -> None:
    assert _timeline_dates(text) == [expected]
