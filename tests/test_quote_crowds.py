"""A crowd quoted by what it is ('Residents said…') is a voice of its own (no model)."""

from __future__ import annotations

import pytest

from storydiff.crossdoc.quote_voices import crowd_kind, crowds_differ
from storydiff.crossdoc.quotes import group_quotes
from test_quote_groups import analysis


@pytest.mark.parametrize(
    ("speaker", "kind"),
    [
        ("Residents", "residents"),
        ("Orvik villagers", "residents"),
        ("asylum seekers", "migrants"),
        ("Several workers", "workers"),
        ("Diplomats in Orvik", None),
        ("Both sides", None),
        ("the Orvik Farmers' Union", None),
        ("Petra Holm", None),
        (None, None),
    ],
)
def test_crowd_kind_is_read_from_the_head_word(speaker: str | None, kind: str | None) -> None:
    assert crowd_kind(speaker) == kind


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        ("Residents", "Both sides", True),
        ("Residents", "the harbour council", True),
        ("Workers", "the mining company", True),
        ("Residents", "villagers", False),  # one kind
        ("Police", "police spokesperson", False),  # one of the crowd
        ("Residents", "officials", False),  # may be anyone
        ("Residents", "local people", False),
        ("Protesters", "Petra Holm", True),  # a crowd and a person
        ("the company", "the mining group", False),  # no crowd: descriptions
        ("Residents", None, False),
    ],
)
def test_crowds_differ(a: str | None, b: str | None, differ: bool) -> None:
    assert crowds_differ(a, b) is differ
    assert crowds_differ(b, a) is differ


SIDES = "Both sides said shots were fired near the ferry pier on Friday night."
RESIDENTS = "Residents reported hearing gunfire near the ferry pier."


def test_residents_and_both_sides_are_not_one_utterance() -> None:
    """Close accounts of one event (they score over the threshold), but two sources."""
    shots = "shots were fired near the ferry pier on Friday night"
    gunfire = "hearing gunfire near the ferry pier"
    wire = analysis("Wire A", SIDES, [(shots, "Both sides", [1, 0, 0])])
    paper = analysis("Paper B", RESIDENTS, [(gunfire, "Residents", [0.6, 0.8, 0])])
    assert all(len(g.articles) == 1 for g in group_quotes([wire, paper]))
    # the same words from villagers in one outlet and residents in another are one group
    villagers = analysis("Wire A", SIDES.replace("Both sides", "Villagers"), [
        (shots, "Villagers", [1, 0, 0])
    ])  # fmt: skip
    assert any(len(g.articles) == 2 for g in group_quotes([villagers, paper]))
