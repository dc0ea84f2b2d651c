"""One fact told with two institutions of one kind ('got into Dorvale University' / 'a
student at the University of Harl') is an agent conflict; one institution told two ways, two
of another kind, or two the articles both name are not (model). Fictional sentences."""

from __future__ import annotations

import pytest

from conflict_helpers import one_statement_conflicts

pytestmark = pytest.mark.model


def types(left: str, right: str) -> list[str]:
    return one_statement_conflicts(left, right, "2026-04-02")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "Her daughter Mira got into Dorvale University last year, a neighbour said.",
            "Her daughter Mira was a student at the University of Harl in Tarrowby.",
        ),
        (
            "Senator Holt told a Bexley affiliate in Tarrowby that his view had not changed.",
            "Senator Holt told the Orrin affiliate KTVR that his view had not changed.",
        ),
        (
            "The two victims were taken to Kestrel Hospital with burns on Friday.",
            "The two victims were taken to St. Arlen Hospital with burns on Friday.",
        ),
    ],
)
def test_two_institutions_of_one_kind_conflict(left: str, right: str) -> None:
    assert "agent" in types(left, right)
    assert "agent" in types(right, left)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # one name, written two ways
        (
            "Her daughter Mira got into Dorvale University last year, a neighbour said.",
            "Her daughter Mira was a student at the University of Dorvale last year.",
        ),
        # two kinds: a school and a hospital
        (
            "The two victims were taken to Kestrel Hospital with burns on Friday.",
            "The two victims, pupils of Arlen School, were treated for burns on Friday.",
        ),
        # one side names both: two institutions of the story
        (
            "The victims were taken to Kestrel Hospital and later moved to Arlen Hospital.",
            "The two victims were taken to Arlen Hospital with burns on Friday.",
        ),
        # a place before a noun written small says where, not which
        (
            "The clerk was taken to a Tarrowby hospital with a wound to her arm, police said.",
            "The clerk is being treated at Kestrel Hospital in Tarrowby for a wound to her arm.",
        ),
        # a day after the noun names no institution
        (
            "The two victims were taken to the hospital Friday with burns.",
            "The two victims were taken to the hospital Saturday with burns.",
        ),
    ],
)
def test_one_institution_or_two_of_a_story_is_no_conflict(left: str, right: str) -> None:
    assert "agent" not in types(left, right)
    assert "agent" not in types(right, left)


def test_a_title_after_the_institution_is_no_part_of_its_name() -> None:
    """'the University President Ana Holm' names no university ('Ana Holm' is its president)."""
    left = "The University President Ana Holm closed the campus on Monday after the storm."
    right = "Harl University closed the campus on Monday after the storm, its president said."
    assert "agent" not in types(left, right)
