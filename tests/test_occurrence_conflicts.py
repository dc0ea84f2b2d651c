"""Dates and times of day of one event told with different verbs (issue 11, Gun Violence Corpus
reading): 'the shooting happened', 'the teen was shot', 'when the tragedy occurred'; and how far
a time of day may be rounded. Every sentence here is our own, about fictional places and people."""

from __future__ import annotations

import pytest

import storydiff
from conflict_helpers import one_statement_conflicts
from storydiff.crossdoc.occurrences import act_of


def types(left: str, right: str, published: str = "2026-06-05") -> list[str]:
    return one_statement_conflicts(left, right, published)


@pytest.mark.parametrize(
    ("noun", "act"),
    [("shooting", "shoot"), ("stabbing", "stab"), ("crash", "crash"), ("incident", "incident")],
)
def test_a_deverbal_noun_names_its_verb(noun: str, act: str) -> None:
    assert act_of(noun) == act


@pytest.mark.model
@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # the event happened / the family's day 'when the incident occurred': one day
        (
            "The shooting happened on June 3 in the Varrow district.",
            "Tomas Edel and his sisters were at the landing on June 1 when the incident occurred.",
            ["date"],
        ),
        (
            "The shooting happened on June 3 in the Varrow district.",
            "Tomas Edel was shot on June 1 at his home in Varrow.",
            ["date"],
        ),
        # two named events: an arrest and a shooting are two acts
        ("The arrest happened on June 3 in Varrow.", "The shooting occurred on June 1.", []),
        # 'a similar incident' is another event, not the story's
        (
            "The shooting happened on June 3 in Varrow.",
            "A similar incident occurred on June 1 in Pellam.",
            [],
        ),
        # both hedged: 'around 7:15' and 'around 7:30' can be one moment
        (
            "The shooting happened around 7:30 p.m. in the Varrow district.",
            "The teen was shot at his home at around 7:15 p.m.",
            [],
        ),
        (
            "The shooting happened at 9:40 p.m. in the Varrow district.",
            "The teen was shot at his home at 7:15 p.m.",
            ["date"],
        ),
    ],
)
def test_one_event_told_with_other_verbs(left: str, right: str, expected: list[str]) -> None:
    assert types(left, right) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # neighbouring quarter hours may be one moment rounded two ways (7:22)
        ("The Pellam shop was robbed at 7:15 p.m.", "The Pellam shop was robbed at 7:30 p.m.", []),
        (
            "The Pellam shop was robbed at 7:15 p.m.",
            "The Pellam shop was robbed at 7:45 p.m.",
            ["date"],
        ),
        # a time written to the odd minute is read closer
        (
            "The Pellam shop was robbed at 7:12 p.m.",
            "The Pellam shop was robbed at 7:30 p.m.",
            ["date"],
        ),
    ],
)
def test_times_on_the_quarter_hour_are_rounded(left: str, right: str, expected: list[str]) -> None:
    assert types(left, right) == expected


@pytest.mark.model
def test_a_date_of_one_event_is_compared_when_the_aligner_keeps_the_statements_apart() -> None:
    left = (
        "Officers in Varrow say Tomas Edel, 15, died after a gun went off at his home.\n\n"
        "Tomas Edel and his sisters were at the landing on June 1 when the incident occurred.\n\n"
        "He was a student at Pellam High School."
    )
    right = (
        "A Varrow teenager has died after a shot was fired inside his family home.\n\n"
        "The shooting happened Friday, June 3 around 7:30 p.m. in the Varrow district.\n\n"
        "The family has asked for privacy."
    )
    comparison = storydiff.compare(
        [
            storydiff.Article(left, outlet="Harbour Gazette", published="2026-06-05"),
            storydiff.Article(right, outlet="Lorrin Courier", published="2026-06-05"),
        ]
    )
    dates = [c for c in comparison.conflicts if c.type == "date"]
    assert [c.explanation for c in dates] == [
        "Harbour Gazette dates it 'June 1' (2026-06-01), Lorrin Courier 'June 3' (2026-06-03)"
    ]
