"""Conflict classes left open by earlier dev readings (issue 11, 'fewer and right'), on
sentences we wrote about fictional events: each class has the case that must conflict (or
must not) and a near case that must stay as it is."""

from __future__ import annotations

import pytest

import storydiff
from conflict_helpers import one_statement_conflicts

pytestmark = pytest.mark.model

DAY = "2026-03-14"


def types(left: str, right: str) -> list[str]:
    return one_statement_conflicts(left, right, DAY)


# -- a document's own words are no doubt ---------------------------------------------------


def test_a_participle_after_a_document_tells_what_it_says() -> None:
    # 'an op-ed claiming', 'a lawsuit alleging': what the text says, not the outlet's doubt
    left = (
        "Two complaints now face a Lorrin surgeon whose newspaper op-ed claiming the clinic"
        " rules were broken by him ran last week."
    )
    right = (
        "Two patients filed complaints against the Lorrin surgeon, whose opinion piece"
        " admitted that the clinic rules were broken by him."
    )
    assert "attribution" not in types(left, right)


def test_a_claiming_verb_of_a_person_still_distances() -> None:
    left = "The Lorrin surgeon claimed that he had broken the clinic rules to save a patient."
    right = "The Lorrin surgeon said that he had broken the clinic rules to save a patient."
    assert types(left, right) == ["attribution"]


# -- a count of one nationality against a count of all the people -------------------------


def test_more_of_one_nationality_than_people_in_all_conflicts() -> None:
    # nineteen Canadians killed cannot be among fourteen people killed
    left = "The ferry fire off Lorrin killed 19 Canadians on Tuesday, the coast guard said."
    right = "The ferry fire off Lorrin killed 14 people on Tuesday, the coast guard said."
    assert types(left, right) == ["number"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # fewer of one nationality than in all: some of the dead
        (
            "The ferry fire off Lorrin killed 9 Canadians on Tuesday, the coast guard said.",
            "The ferry fire off Lorrin killed 14 people on Tuesday, the coast guard said.",
        ),
        # the nationals were on board, not killed: another quantity
        (
            "The ferry carried 19 Canadians when the fire broke out off Lorrin on Tuesday.",
            "The ferry fire off Lorrin killed 14 people on Tuesday, the coast guard said.",
        ),
    ],
)
def test_a_count_of_one_nationality_that_may_be_part_does_not_conflict(
    left: str, right: str
) -> None:
    assert "number" not in types(left, right)


# -- the age of one person, named on one side only ------------------------------------------


def test_the_age_of_an_unnamed_man_and_of_the_named_one_in_one_fact_conflicts() -> None:
    left = "Police arrested a 34-year-old man at his home in Lorrin on Sunday."
    right = "Police arrested Tomas Vell, 36, at his home in Lorrin on Sunday."
    assert types(left, right) == ["number"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # the same age told both ways
        (
            "Police arrested a 36-year-old man at his home in Lorrin on Sunday.",
            "Police arrested Tomas Vell, 36, at his home in Lorrin on Sunday.",
        ),
        # the unnamed statement names someone the other does not: the man may be another
        (
            "A 34-year-old man shot Officer Ana Brel outside the Lorrin depot on Sunday.",
            "Tomas Vell, 36, was charged over the shooting outside the Lorrin depot on Sunday.",
        ),
    ],
)
def test_ages_that_may_be_of_two_people_or_agree_do_not_conflict(left: str, right: str) -> None:
    assert "number" not in types(left, right)


# -- a court's ruling dated by a verb of saying ---------------------------------------------


@pytest.mark.parametrize(
    "right",
    [
        "The appeals court said on Thursday that the Kessrow strike was lawful.",
        "The appeals court on Thursday said the Kessrow strike was lawful.",
    ],
)
def test_a_court_saying_on_another_day_what_it_ruled_conflicts(right: str) -> None:
    left = "The appeals court ruled on Tuesday that the Kessrow strike was lawful."
    assert types(left, right) == ["date"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # a union saying it later is another act than the court's ruling
        (
            "The appeals court ruled on Tuesday that the Kessrow strike was lawful.",
            "The miners' union said on Thursday that the Kessrow strike was lawful.",
        ),
        # police finding something is no ruling, and saying it later is no finding
        (
            "Police found the missing Kessrow miner on Tuesday near the old shaft.",
            "Police said on Thursday that the missing Kessrow miner was near the old shaft.",
        ),
    ],
)
def test_a_saying_that_is_no_ruling_keeps_its_own_date(left: str, right: str) -> None:
    assert "date" not in types(left, right)


# -- one toll told in statements the aligner grouped apart ------------------------------------

GAZETTE = (
    "An explosion tore through the Kessrow chemical plant on Monday morning, fire officials"
    " said.\n\nTwo workers were killed and five others were taken to hospital with burns.\n\n"
    "The cause of the blast is not yet known, the plant's owner Dravid Minerals said."
)
COURIER = (
    "Three workers died when an explosion ripped through a chemical plant in Kessrow on"
    " Monday.\n\nFirefighters said five people were treated in hospital for burns.\n\n"
    "Dravid Minerals, which owns the plant, said it was investigating what caused the blast."
)


def toll_conflicts(left: str, right: str) -> list[tuple[str, str]]:
    """The number conflicts of a comparison of two articles, as their two sides' texts."""
    comparison = storydiff.compare(
        [
            storydiff.Article(left, outlet="Harbour Gazette", published=DAY),
            storydiff.Article(right, outlet="Lorrin Courier", published=DAY),
        ]
    )
    return [(c.sides[0].text, c.sides[1].text) for c in comparison.conflicts if c.type == "number"]


def test_one_toll_told_in_two_statements_grouped_apart_conflicts() -> None:
    found = toll_conflicts(GAZETTE, COURIER)
    assert [(a[:11], b[:13]) for a, b in found] == [("Two workers", "Three workers")]


@pytest.mark.parametrize(
    "right",
    [
        # another occasion's toll: a year, 'a similar blast'
        COURIER.replace(
            "Three workers died when an explosion", "In 2019 three workers died when an explosion"
        ),
        # the article tells the toll two ways (it rose): which one to compare is a guess
        COURIER.replace(
            "Firefighters said five people were treated in hospital for burns.",
            "Firefighters said two workers had died at the scene.",
        ),
    ],
)
def test_a_toll_of_another_occasion_or_told_two_ways_is_not_compared(right: str) -> None:
    assert toll_conflicts(GAZETTE, right) == []


# -- an account that itself reports the claim withdrawn -------------------------------------


def test_a_retracted_report_against_an_incorrect_one_is_no_doubt_conflict() -> None:
    left = (
        "The Lorrin Gazette on Saturday retracted an earlier report that said Mayor Ostrin"
        " had been warned by the police about the ferry bribes."
    )
    right = (
        "The Lorrin Gazette withdrew a report that incorrectly stated Mayor Ostrin had been"
        " warned by the police about the ferry bribes."
    )
    assert "attribution" not in types(left, right)


def test_an_incorrect_report_against_a_plain_one_still_conflicts() -> None:
    left = (
        "The Lorrin Gazette printed a report on Saturday that said Mayor Ostrin had been warned"
        " by the police about the ferry bribes."
    )
    right = (
        "The Lorrin Gazette printed a report that incorrectly stated Mayor Ostrin had been"
        " warned by the police about the ferry bribes."
    )
    assert types(left, right) == ["attribution"]


def test_the_day_a_paper_first_reported_a_claim_is_not_the_claims() -> None:
    left = (
        "The Lorrin Gazette on Saturday issued a correction to its story on Mayor Ostrin and"
        " the ferry bribes."
    )
    right = (
        "The Lorrin Gazette was the first to report on Thursday that Mayor Ostrin had taken"
        " the ferry bribes."
    )
    assert "date" not in types(left, right)


# -- two named actors, two counts ------------------------------------------------------------


def test_counts_of_two_different_named_actors_do_not_conflict() -> None:
    left = "Vell missed three games this season with a broken wrist, the Lorrin club said."
    right = "Orrell missed four games this season with a knee injury, the Lorrin club said."
    assert "number" not in types(left, right)


def test_counts_of_one_named_actor_still_conflict() -> None:
    left = "Vell missed three games this season with a broken wrist, the Lorrin club said."
    right = "Vell missed four games this season with a broken wrist, the Lorrin club said."
    assert types(left, right) == ["number"]


# -- a measure before a noun, with or without its hyphen -------------------------------------


@pytest.mark.parametrize(
    "right",
    [
        "The blaze gutted the 15 story Orlow Tower on Monday, fire crews said.",
        "The blaze gutted the 15-storey Orlow Tower on Monday, fire crews said.",
        "The blaze gutted the fifteen-storey Orlow Tower on Monday, fire crews said.",
    ],
)
def test_a_measure_of_one_building_told_three_ways_conflicts(right: str) -> None:
    left = "The blaze gutted the 11-story Orlow Tower on Monday, fire crews said."
    assert types(left, right) == ["number"]


def test_a_noun_before_the_counted_noun_is_no_measure() -> None:
    left = "Twelve police officers guarded the Orlow Tower on Monday, the city said."
    right = "Twelve police officers guarded the Orlow Tower on Monday, the city said."
    assert types(left, right) == []


# -- doubt on an act the other statement does not tell -----------------------------------------


def test_doubt_on_an_act_the_other_does_not_report_is_no_conflict() -> None:
    left = "Police said Tomas Vell had allegedly locked himself inside the Lorrin house's cellar."
    right = "The body of Ana Vell lay in the attic of the Lorrin house, police said."
    assert "attribution" not in types(left, right)


def test_doubt_on_the_act_the_other_reports_still_conflicts() -> None:
    left = "A former worker allegedly shot a man at the Lorrin depot party on Friday."
    right = "A former worker shot a man at the Lorrin depot party on Friday."
    assert types(left, right) == ["attribution"]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "Police arrest allegedly drunk driver after Lorrin crash kills cyclist",
            "A Tarn man was charged over the Lorrin crash that killed a cyclist on Friday.",
            [],
        ),
        (
            "Police arrested an allegedly drunk driver after the Lorrin crash that killed a"
            " cyclist.",
            "Police arrested a drunk driver after the Lorrin crash that killed a cyclist.",
            ["attribution"],
        ),
    ],
)
def test_doubt_on_a_state_counts_only_where_the_other_tells_it(
    left: str, right: str, expected: list[str]
) -> None:
    assert [t for t in types(left, right) if t == "attribution"] == expected
