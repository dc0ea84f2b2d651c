"""A date inside another verb's clause (a relative clause, a participle, an adverbial clause)
dates that clause's event, not the statement's main act: the timeline row takes the main
verb's date, or is not placed (articles written for the tests, model). Published Saturday
2026-03-14: Monday is 03-09, Tuesday 03-10, Thursday 03-12, Friday 03-13."""

from __future__ import annotations

import pytest

from helpers import timeline_dates

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the main verb's own date wins over the relative clause's
        (
            "The Varne ferry, which sank on Monday, was raised on Thursday.",
            [("2026-03-12", "Thursday")],
        ),
        # the subject's relative clause; the reporting clause's date is the saying's
        (
            "Harbour officials who met on Tuesday said on Friday that the pier would close.",
            [("2026-03-13", "Friday")],
        ),
        # a participle phrase on the subject
        (
            "The Varne ferry, damaged in a storm on Monday, was towed to Orlen on Thursday.",
            [("2026-03-12", "Thursday")],
        ),
    ],
)
def test_the_main_verbs_date_dates_the_row(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeline_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the only date is the sinking's: the row is placed as that event, on its own
        (
            "The Varne ferry, which sank on Monday, was raised by a crane barge.",
            ("2026-03-09", "Monday"),
        ),
        (
            "Dockers who walked out on Tuesday returned to the Orlen quays.",
            ("2026-03-10", "Tuesday"),
        ),
        (
            "The Varne ferry, damaged in a storm on Monday, was towed to Orlen.",
            ("2026-03-09", "Monday"),
        ),
    ],
)
def test_a_statement_dated_only_in_a_side_clause_is_placed_at_that_event(
    text: str, expected: tuple[str, str]
) -> None:
    assert timeline_dates(text) == [expected]


def test_a_side_clauses_date_never_joins_the_main_acts_event() -> None:
    from storydiff import Article, compare

    first = Article(
        "The Varne ferry, which sank on Monday, was raised from the Orlen harbour by a crane "
        "barge.",
        outlet="Harbour Gazette",
        published="2026-03-14",
    )
    second = Article(
        "A crane barge raised the Varne ferry from the Orlen harbour on Thursday.",
        outlet="Lorrin Courier",
        published="2026-03-14",
    )
    comparison = compare([first, second])
    assert [g for g in comparison.statements if g.kind == "shared"], "the two raisings align"
    events = comparison.timeline.events
    assert sorted((e.date, len(e.entries)) for e in events) == [
        ("2026-03-09", 1),
        ("2026-03-12", 1),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date after a preposition of the main verb, at the start or after it
        ("On Monday the Orlen council voted to close the old pier.", ("2026-03-09", "Monday")),
        ("The Orlen council voted on Monday to close the old pier.", ("2026-03-09", "Monday")),
        # reported speech: 'said on Monday' dates the saying; with no other date the row
        # stays at the day of the report, as before (never an own date: it makes no days
        # differ, crossdoc/timeline.py: _dates_own_fact)
        ("The Orlen mayor said on Monday that the pier was unsafe.", ("2026-03-09", "Monday")),
        # an adverbial clause of the same time dates the main act too
        (
            "When the Varne ferry sank on Monday, thirty people were aboard.",
            ("2026-03-09", "Monday"),
        ),
    ],
)
def test_a_date_of_the_main_clause_still_places_it(text: str, expected: tuple[str, str]) -> None:
    assert timeline_dates(text) == [expected]
