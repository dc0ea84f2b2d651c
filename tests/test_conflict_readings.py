"""Polarity, agent, date and number conflicts read past the main predicate: denials against
confirmations, an act and its failure as the condition of one consequence, an act given to
different groups, a span of years in a side clause about a named person, and the people one
thing carries against a whole count (model). Every rule has near-misses beside it that must
stay quiet."""

from __future__ import annotations

import pytest

import storydiff
from storydiff.crossdoc.conflicts import statement_conflicts

pytestmark = pytest.mark.model


def types(left: str, right: str) -> list[str]:
    """The conflict types between the first statements of two one-sentence articles."""
    a, b = storydiff.analyse(
        [
            storydiff.Article(left, outlet="Harbour Gazette", published="2026-03-14"),
            storydiff.Article(right, outlet="Lorrin Courier", published="2026-03-14"),
        ]
    )
    return [c.type for c in statement_conflicts(a, a.units[0], b, b.units[0])]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "Police confirmed that the mayor was arrested on Friday.",
            "Police denied that the mayor was arrested on Friday.",
        ),
        (
            "The ministry denied the report about the convoy.",
            "The ministry confirmed the report about the convoy.",
        ),
        (
            "Passing the budget this month would raise the risk of a shutdown, the mayor said.",
            "Failing to pass the budget this month would raise the risk of a shutdown, the mayor "
            "said.",
        ),
        (
            '"To pass this budget now would raise the risk of a shutdown," the mayor said.',
            '"If they do not pass this budget now, it will raise the risk of a shutdown," the '
            "mayor said.",
        ),
    ],
)
def test_opposite_polarity_conflicts(left: str, right: str) -> None:
    assert types(left, right) == ["polarity"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # 'did not deny' and 'did not confirm' are neither denial nor confirmation
        (
            "The ministry confirmed that troops crossed the border.",
            "The ministry did not deny that troops crossed the border.",
        ),
        (
            "Police did not confirm that the mayor was arrested on Friday.",
            "Police denied that the mayor was arrested on Friday.",
        ),
        # a denial of another claim
        (
            "The ministry denied that troops shelled the school.",
            "The ministry confirmed that troops crossed the border.",
        ),
        # two reporters: two accounts, not one told two ways
        (
            "Police denied that the mayor was arrested on Friday.",
            "Prosecutors confirmed that the mayor was arrested on Friday.",
        ),
        # hedged
        (
            "Police may have confirmed that the mayor was arrested on Friday.",
            "Police denied that the mayor was arrested on Friday.",
        ),
        (
            "Troops may not have crossed the border on Monday.",
            "Troops crossed the border on Monday.",
        ),
        # different subjects
        ("Troops crossed the border on Monday.", "Rebels did not cross the border on Monday."),
        # another consequence
        (
            "Passing the budget this month would raise taxes, the mayor said.",
            "Failing to pass the budget this month would raise the risk of a shutdown, the mayor "
            "said.",
        ),
        # the act in another clause than the consequence's condition
        (
            "Officials said efforts to pass the budget stalled, warning that delay would raise "
            "the risk of a shutdown.",
            "Failure to pass the budget would raise the risk of a shutdown, the mayor said.",
        ),
    ],
)
def test_polarity_near_misses_do_not_conflict(left: str, right: str) -> None:
    assert types(left, right) == []


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "Police shot the teenager outside the station.",
            "A bystander shot the teenager outside the station.",
        ),
        (
            "Police shot the teenager outside the station.",
            "Protesters shot the teenager outside the station.",
        ),
        (
            "The teenager was shot by police outside the station.",
            "A gunman shot the teenager outside the station.",
        ),
    ],
)
def test_an_act_given_to_another_group_conflicts(left: str, right: str) -> None:
    assert types(left, right) == ["agent"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # one of the group, or the group by another word
        (
            "Police shot the teenager outside the station.",
            "An officer shot the teenager outside the station.",
        ),
        (
            "Police arrested the man outside the station.",
            "Deputies arrested the man outside the station.",
        ),
        ("Soldiers fired at the crowd in the square.", "Troops fired at the crowd in the square."),
        # someone who may be anyone, and a pronoun for a patient
        ("Security forces shot the teenager.", "Police shot the teenager."),
        ("Police shot him outside the station.", "A bystander shot him outside the station."),
        # the other statement names the group too
        (
            "Police shot the teenager as protesters fled the station.",
            "Protesters shot the teenager outside the station.",
        ),
    ],
)
def test_agent_near_misses_do_not_conflict(left: str, right: str) -> None:
    assert types(left, right) == []


VARN = (
    "Harlow will become the town's second woman mayor, after Ida Varn, who served from 1971 to "
    "1983."
)


def test_years_in_a_side_clause_about_one_named_person_conflict() -> None:
    left = VARN
    right = (
        "Harlow will be the first woman mayor since Ida Varn, a Liberal, held the office from "
        "1970 to 1982."
    )
    assert types(left, right) == ["date"]


def test_years_of_another_person_do_not_conflict() -> None:
    left = VARN
    right = "Harlow's deputy, Tom Brisk, held the office from 1970 to 1982."
    assert types(left, right) == []


def test_the_day_of_the_reports_is_not_the_day_of_the_fact() -> None:
    left = "The envoy met the rebel leader in Tarn, according to media reports Tuesday."
    assert types(left, "The envoy met the rebel leader in Tarn on Saturday.") == []
    # the rule it guards: a day of the fact on each side does conflict
    left = "The envoy met the rebel leader in Tarn on Wednesday."
    assert types(left, "The envoy met the rebel leader in Tarn on Saturday.") == ["date"]


def test_the_people_one_thing_carries_are_not_the_whole_count() -> None:
    carried = "A patrol halted a van carrying two men with leg wounds near the river."
    assert types(carried, "Three men were also wounded near the river.") == []
    # carried on both sides, or counted on both sides, the counts are of one thing
    other = carried.replace("two", "three")
    assert types(carried, other) == ["number"]
    assert types(
        "Two men were wounded in the shooting near the river.",
        "Three men were wounded in the shooting near the river.",
    ) == ["number"]


def test_acts_on_two_named_people_are_two_acts() -> None:
    left = "Ida Varn was put on injured leave by the club on Wednesday."
    right = (
        "The club signed Tom Osk on Monday after putting Ben Lark on injured leave, to replace "
        "Varn."
    )
    assert types(left, right) == []
    # the same person on both sides, named in full on one: one act, two days
    assert types(left, "The club put Ida Varn on injured leave on Monday.") == ["date"]
    # nor is a cause of one act against a sequence of the other a causality conflict
    caused = "Ida Varn was put on injured leave by the club because of her injured knee."
    assert types(caused, right.replace("on Monday ", "")) == []
    one_person = "The club put Ida Varn on leave hours after the strike."
    assert types("The club put Ida Varn on leave in retaliation for the strike.", one_person) == [
        "causality"
    ]
