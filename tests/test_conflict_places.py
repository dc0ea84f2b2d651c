"""Where one act happened, told as two different places (typed `agent`, the type the gold
gives who-did-it and where-it-happened differences), and the place differences that are no
conflict: one place at another granularity (a town and its county, state or country), a place
near or beside the other, a place the other outlet also names (model). Fictional sentences."""

from __future__ import annotations

import pytest

from conflict_helpers import one_statement_conflicts

pytestmark = pytest.mark.model


def types(left: str, right: str) -> list[str]:
    return one_statement_conflicts(left, right, "2026-03-14")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # two towns
        (
            "A gunman shot two guards at a bank in Tarrowby on Friday.",
            "A gunman shot two guards at a bank in Melnick on Friday.",
        ),
        # two countries, the town's state written after it on one side
        (
            "The minister signed the water treaty in Portugal on Monday.",
            "The minister signed the water treaty in Brazil on Monday.",
        ),
        (
            "Firefighters rescued four hikers in Dunmore, Ore., late on Sunday.",
            "Firefighters rescued four hikers in Carrow, Wash., late on Sunday.",
        ),
    ],
)
def test_one_act_in_two_places_conflicts(left: str, right: str) -> None:
    assert types(left, right) == ["agent"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # a town and its state, county or country: another granularity
        (
            "A gunman shot two guards at a bank in Tarrowby on Friday.",
            "A gunman shot two guards at a bank in Oregon on Friday.",
        ),
        (
            "A gunman shot two guards at a bank in Tarrowby on Friday.",
            "A gunman shot two guards at a bank in Calder County on Friday.",
        ),
        (
            "The minister signed the water treaty in Tarrowby on Monday.",
            "The minister signed the water treaty in Portugal on Monday.",
        ),
        # the town with its state on one side
        (
            "Firefighters rescued four hikers in Dunmore, Ore., late on Sunday.",
            "Firefighters rescued four hikers in Dunmore late on Sunday.",
        ),
        # near a place, or in its suburb: not 'in' it
        (
            "A gunman shot two guards at a bank near Tarrowby on Friday.",
            "A gunman shot two guards at a bank in Melnick on Friday.",
        ),
        (
            "A gunman shot two guards at a bank in a suburb of Tarrowby on Friday.",
            "A gunman shot two guards at a bank in Melnick on Friday.",
        ),
        # a region against a town, a site against a town
        (
            "Firefighters rescued four hikers in South Arvenia late on Sunday.",
            "Firefighters rescued four hikers in Carrow late on Sunday.",
        ),
        (
            "Firefighters rescued four hikers at Mount Dree late on Sunday.",
            "Firefighters rescued four hikers in Carrow late on Sunday.",
        ),
        # a capital against its country, an airport against its town
        (
            "The minister signed the water treaty in London on Monday.",
            "The minister signed the water treaty in Britain on Monday.",
        ),
        (
            "The jet landed at Ferrow Airport on Monday.",
            "The jet landed in Tarrowby on Monday.",
        ),
        # the other statement names both places
        (
            "A gunman shot two guards at a bank in Tarrowby on Friday.",
            "A gunman from Tarrowby shot two guards at a bank in Melnick on Friday.",
        ),
        # two different acts
        (
            "A gunman shot two guards at a bank in Tarrowby on Friday.",
            "Police arrested a man in Melnick on Friday.",
        ),
    ],
)
def test_places_at_another_granularity_or_of_other_acts_do_not_conflict(
    left: str, right: str
) -> None:
    assert types(left, right) == []
