"""Where one act happened, told as two different places (typed `agent`, the type the gold
gives who-did-it and where-it-happened differences), and the place differences that are no
conflict: one place at another granularity (a town and its county, state or country), a place
near or beside the other, a place the other outlet also names; and one actor told two ways
(a clause about a group, a group and its members' names, a description of a named person),
which is no agent conflict (model). Fictional sentences."""

from __future__ import annotations

import pytest

import storydiff
from conflict_helpers import one_statement_conflicts
from storydiff.crossdoc.conflicts import statement_conflicts

pytestmark = pytest.mark.model


def types(left: str, right: str) -> list[str]:
    return one_statement_conflicts(left, right, "2026-03-14")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # two towns, one written first
        (
            "In Tarrowby, a gunman shot two guards at a bank on Friday.",
            "A gunman shot two guards at a bank in Melnick on Friday.",
        ),
        (
            "A gunman shot two guards at a bank in Tarrowby on Friday.",
            "A gunman shot two guards at a bank in Melnick on Friday.",
        ),
        # the event that happened, and the act
        (
            "The shooting happened in Tarrowby late on Friday.",
            "A teenager was shot in Melnick late on Friday.",
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
        # a nation of a kingdom against its city, a continent against a country
        (
            "Firefighters rescued four hikers in Wales late on Sunday.",
            "Firefighters rescued four hikers in Carrow late on Sunday.",
        ),
        (
            "The minister signed the water treaty in Africa on Monday.",
            "The minister signed the water treaty in Portugal on Monday.",
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
        # the place of the police who speak or act, not of the act
        (
            "The shooting happened in Tarrowby late on Friday.",
            "Police in Melnick said a teenager was shot late on Friday.",
        ),
        (
            "Officers in Melnick arrested the gunman on Friday.",
            "Officers arrested the gunman in Tarrowby on Friday.",
        ),
        # two different acts, or another event like it
        (
            "A similar shooting happened in Tarrowby last year.",
            "A teenager was shot in Melnick late on Friday.",
        ),
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


def conflicts_of(left: str, right: str, left_words: str, right_words: str) -> list[str]:
    """The conflict types between the statements of two articles that hold the given words."""
    a, b = storydiff.analyse(
        [
            storydiff.Article(left, outlet="Harbour Gazette", published="2026-03-14"),
            storydiff.Article(right, outlet="Lorrin Courier", published="2026-03-14"),
        ]
    )
    ua = next(u for u in a.units if left_words in u.text)
    ub = next(u for u in b.units if right_words in u.text)
    return [c.type for c in statement_conflicts(a, ua, b, ub)]


def test_one_group_told_with_a_clause_about_it_is_no_agent_conflict() -> None:
    left = (
        "The Velmoran assembly will keep a Republican majority of some 40 seats. Democrats, "
        "who had hoped for a landslide in the vote, won only six more "
        "seats on Sunday."
    )
    right = "Assembly Democrats won only six more seats, far short of their hopes."
    assert conflicts_of(left, right, "won", "won") == []


def test_a_group_led_by_two_people_and_a_list_holding_both_is_no_agent_conflict() -> None:
    left = "The Greens, led by Sens. Ana Holt and Ivo Rask, wrote a letter to the director."
    right = (
        "The director's letter was written by Sens. Mara Dent, Ivo Rask, Tomas Bell and Ana Holt."
    )
    assert conflicts_of(left, right, "letter", "letter") == []


def test_a_description_of_the_named_person_is_no_agent_conflict() -> None:
    left = (
        "Rep. Ivo Dorn leads the inquiry into the port contract. "
        "The Velmoran Republican wants the interview held by May 1."
    )
    right = "Ivo Dorn wants the interview held by May 1."
    assert conflicts_of(left, right, "interview", "interview") == []


def test_a_place_conflict_is_found_when_the_aligner_keeps_the_statements_apart() -> None:
    left = "A gunman shot two guards at the Dree Savings bank in Tarrowby on Friday."
    right = "A gunman shot two guards at the Dree Savings bank in Melnick on Friday."
    a, b = storydiff.analyse(
        [
            storydiff.Article(left, outlet="Harbour Gazette", published="2026-03-14"),
            storydiff.Article(right, outlet="Lorrin Courier", published="2026-03-14"),
        ]
    )
    found = statement_conflicts(a, a.units[0], b, b.units[0], aligned=False)
    assert [c.type for c in found] == ["agent"]
    assert [s.text for side in found[0].sides for s in side.evidence] == ["Tarrowby", "Melnick"]


def test_a_country_of_two_words_is_a_place() -> None:
    """'New Zealand' is a country (it was read as a person's name: 'New' a given name)."""
    left = "Rescuers found the climber on Friday in New Zealand, his club said."
    right = "Rescuers found the climber on Friday in Argentina, his club said."
    assert types(left, right) == ["agent"]
