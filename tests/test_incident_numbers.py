"""Numbers, ages, dates and times of one incident as local outlets report them (GVC dogfood),
on sentences we wrote about fictional events."""

from __future__ import annotations

import pytest

import storydiff
from storydiff.crossdoc.amounts import amounts
from storydiff.crossdoc.conflicts import statement_conflicts
from storydiff.nlp.parse import sentence_units

pytestmark = pytest.mark.model


def types(
    left: str, right: str, published: tuple[str, str] = ("2026-05-04", "2026-05-04")
) -> list[str]:
    """The conflict types between the first statements of two articles."""
    a, b = storydiff.analyse(
        [
            storydiff.Article(left, outlet="Harbour Gazette", published=published[0]),
            storydiff.Article(right, outlet="Lorrin Courier", published=published[1]),
        ]
    )
    return [c.type for c in statement_conflicts(a, a.units[0], b, b.units[0])]


def _read(sentence: str) -> list[tuple[str, float, str]]:
    unit = sentence_units([sentence])[0]
    return [
        (a.head, a.low, sentence[a.start - unit.start : a.end - unit.start]) for a in amounts(unit)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ages typed (or rebuilt from tokens) with spaces round the hyphens, or without '-old'
        ("A 16-year - old boy was hurt at the Lorrin fair.", [("age boy", 16.0, "16-year - old")]),
        (
            "A six - year - old girl was hurt at the Lorrin fair.",
            [("age girl", 6.0, "six - year - old")],
        ),
        ("A 46-year old man was hurt at the Lorrin fair.", [("age man", 46.0, "46-year old")]),
        # an age in apposition to a name, keyed like 'a 34-year-old Dana Orrell'
        ("Dana Orrell, 34, of Lorrin was hurt at the fair.", [("age orrell", 34.0, "34")]),
        # a day before a count is no name
        ("On Monday, 12 people were hurt at the Lorrin fair.", [("people", 12.0, "12")]),
    ],
)
def test_ages_are_read_as_the_age_of_someone(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "Deputies say a 51-year - old man shot a 49-year - old woman and a 13-year - old girl.",
            "A 51-year-old man, a 49-year-old woman and a 12-year-old girl were found at the farm.",
            ["number"],
        ),
        (
            "Dana Orrell, 34, was hurt when the Lorrin fair stand collapsed.",
            "The Lorrin fair stand collapsed, injuring 35-year-old Dana Orrell.",
            ["number"],
        ),
        (
            "Dana Orrell, 34, was hurt when the Lorrin fair stand collapsed.",
            "The Lorrin fair stand collapsed, injuring 34-year-old Dana Orrell.",
            [],
        ),
    ],
)
def test_ages_of_one_person_conflict(left: str, right: str, expected: list[str]) -> None:
    assert types(left, right) == expected
