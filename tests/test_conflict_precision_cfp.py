"""Conflict precision round cfp (issue 11): a team or organisation named with and without
'the' is one actor, and an organisation's promotional self-description ('claims it is the
fastest-growing ...') is boilerplate, no attribution conflict. Every sentence here is our
own, about fictional places, people and firms."""

from __future__ import annotations

import pytest

import storydiff
from conflict_helpers import one_statement_conflicts
from storydiff.crossdoc.conflicts import statement_conflicts


def types(left: str, right: str, published: str = "2026-03-12") -> list[str]:
    return one_statement_conflicts(left, right, published)


# -- an organisation describing itself -----------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "boast",
    [
        "Orvenko claims it is the fastest-growing seed supplier to farms in Velmora.",
        "Orvenko claims that it is the largest seed supplier to farms in Velmora.",
        "Orvenko claims it is a leading seed supplier to farms in Velmora.",
    ],
)
def test_a_firms_boast_is_no_attribution_conflict(boast: str) -> None:
    assert types(boast, "Orvenko Ltd. is a seed supplier to farms in Velmora.") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("doubted", "plain"),
    [
        # a claim on a contested point, about itself or about someone else, still doubts
        (
            "Orvenko claims it is not responsible for the spill at the Tarsk seed plant.",
            "Orvenko is responsible for the spill at the Tarsk seed plant.",
        ),
        (
            "Police claimed the driver was the largest seed smuggler in Velmora.",
            "The driver was the largest seed smuggler in Velmora.",
        ),
    ],
)
def test_a_contested_claim_still_is_an_attribution_conflict(doubted: str, plain: str) -> None:
    assert "attribution" in types(doubted, plain)


# -- a team named by its nickname, its city, with and without 'the' -------------------------


def act_conflicts(left: str, right: str, verb: str) -> list[str]:
    """The conflict types between the statements of two articles that tell `verb`."""
    a, b = storydiff.analyse(
        [
            storydiff.Article(left, outlet="Harbour Gazette", published="2026-03-12"),
            storydiff.Article(right, outlet="Lorrin Courier", published="2026-03-12"),
        ]
    )
    (unit_a,) = [u for u in a.units if verb in u.text]
    (unit_b,) = [u for u in b.units if verb in u.text]
    return [c.type for c in statement_conflicts(a, unit_a, b, unit_b)]


_TEAM_STORY = (
    "The Tarsk Harriers placed striker Ivo Dunmore on injured reserve on Tuesday. "
    "{agent} signed winger Ola Brann to fill the vacant roster spot."
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The Harriers", "Tarsk"),
        ("Harriers", "The Harriers"),
        ("Tarsk", "The Tarsk Harriers"),
    ],
)
def test_one_team_named_two_ways_is_one_actor(left: str, right: str) -> None:
    assert (
        act_conflicts(_TEAM_STORY.format(agent=left), _TEAM_STORY.format(agent=right), "signed")
        == []
    )


@pytest.mark.model
def test_two_teams_still_are_two_actors() -> None:
    assert "agent" in act_conflicts(
        _TEAM_STORY.format(agent="The Harriers"),
        _TEAM_STORY.format(agent="The Velmora Kestrels"),
        "signed",
    )
