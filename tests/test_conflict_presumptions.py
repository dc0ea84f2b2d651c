"""A death one outlet presumes and another states as fact is an attribution conflict; a
death both state, both presume, or that one leaves open is not (model). Fictional sentences."""

from __future__ import annotations

import pytest

from conflict_helpers import one_statement_conflicts

pytestmark = pytest.mark.model


def types(left: str, right: str) -> list[str]:
    return one_statement_conflicts(left, right, "2026-02-06")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "Climber Ivo Rask, 41, is presumed dead after vanishing off Kettle Ridge on Thursday.",
            "A guide watched climber Ivo Rask fall to his death from Kettle Ridge on Thursday.",
        ),
        (
            "Two fishermen are feared drowned after their boat capsized off Port Velm.",
            "Two fishermen drowned after their boat capsized off Port Velm on Sunday.",
        ),
        (
            "The reporter is believed to have been killed in the shelling of Dorvask on Monday.",
            "The reporter was killed in the shelling of Dorvask on Monday, his editor said.",
        ),
    ],
)
def test_presumed_death_against_stated_death_conflicts(left: str, right: str) -> None:
    assert types(left, right) == ["attribution"]
    assert types(right, left) == ["attribution"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # both presume
        (
            "Climber Ivo Rask is presumed dead after vanishing off Kettle Ridge on Thursday.",
            "Climber Ivo Rask is feared dead after he vanished off Kettle Ridge on Thursday.",
        ),
        # the other leaves the death open
        (
            "Climber Ivo Rask is presumed dead after vanishing off Kettle Ridge on Thursday.",
            "Climber Ivo Rask may have died after vanishing off Kettle Ridge on Thursday.",
        ),
        (
            "Climber Ivo Rask is presumed dead after vanishing off Kettle Ridge on Thursday.",
            "Climber Ivo Rask is missing after he vanished off Kettle Ridge on Thursday.",
        ),
        # two victims, each named
        (
            "Climber Ivo Rask is presumed dead after the avalanche on Kettle Ridge.",
            "Climber Tom Aldane died in the avalanche on Kettle Ridge on Thursday.",
        ),
    ],
)
def test_presumed_death_without_a_stated_one_is_no_conflict(left: str, right: str) -> None:
    assert "attribution" not in types(left, right)
    assert "attribution" not in types(right, left)
