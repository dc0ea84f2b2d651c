"""False alarm classes of the NeuS dev half of issue 11 (branch `cneus`), on sentences we
wrote about fictional events: the consistent pair that must not conflict and a near pair
that must."""

from __future__ import annotations

import pytest

import storydiff
from storydiff.crossdoc.conflicts import statement_conflicts

pytestmark = pytest.mark.model


def types(left: str, right: str) -> list[str]:
    """Conflict types between two one-statement articles with no publication day (as the
    NeuS excerpts have none)."""
    a, b = storydiff.analyse(
        [
            storydiff.Article(left, outlet="Harbour Gazette"),
            storydiff.Article(right, outlet="Lorrin Courier"),
        ]
    )
    return [c.type for c in statement_conflicts(a, a.units[0], b, b.units[0])]


# -- 'Vale's claims that …' is a noun after a possessive, whatever follows ------------------

FILED = "The union filed the lawsuit in Tarrowby County Court on Thursday, seeking $4 million."


def test_claims_after_a_possessive_is_a_noun() -> None:
    right = (
        "The suit, filed Thursday in a Tarrowby court, targets remarks made by aides who "
        "backed Mayor Orrin Vale’s claims that the ballot was rigged."
    )
    assert "attribution" not in types(FILED, right)


# -- 'accused the mayor and two aides of …' is an accusation --------------------------------


@pytest.mark.parametrize(
    ("left", "expected"),
    [
        (
            "Kestrel Mills accused the mayor, two councillors and a Harbour TV host of waging "
            "a smear campaign against the firm.",
            False,
        ),
        (
            "The mayor, two councillors and a Harbour TV host waged a smear campaign against "
            "Kestrel Mills.",
            True,
        ),
    ],
)
def test_an_accusation_with_the_accused_before_its_of(left: str, expected: bool) -> None:
    right = (
        "A textile firm filed a $2 million lawsuit on Thursday against the mayor and a Harbour "
        "TV host, alleging they worked together to wage a smear campaign against Kestrel Mills."
    )
    assert ("attribution" in types(left, right)) is expected


# -- 'an alleged scheme that involved …' doubts a label, not the plot -----------------------


@pytest.mark.parametrize(
    ("left", "expected"),
    [
        (
            "Agents foiled a daring plot to rob the Tarrowby mint, police said Friday in "
            "announcing charges in an alleged scheme that involved weeks of planning and even "
            "rehearsals to snatch the gold from its night vault.",
            False,
        ),
        # a verb opening its clause stays a verb: the story's claim is doubted
        (
            "The paper ran a story that alleged a local gang had a plan to snatch the gold at "
            "the Tarrowby mint from its night vault.",
            True,
        ),
    ],
)
def test_alleged_before_a_noun_with_a_relative_clause_is_a_label(left: str, expected: bool) -> None:
    right = (
        "The police announced Friday that detectives had thwarted a plot by a local gang to "
        "snatch the gold at the Tarrowby mint from its night vault."
    )
    assert ("attribution" in types(left, right)) is expected


# -- 'forecasts they knew to be false' judges the forecasts ---------------------------------

HID = (
    "Senior Harbour officials hid clear evidence that the bridge project had failed, "
    "according to a report by the Lorrin Courier."
)


@pytest.mark.parametrize(
    ("right", "expected"),
    [
        (
            "Documents obtained by the Courier show that senior officials made rosy forecasts "
            "they knew to be false and hid clear evidence the bridge project had failed.",
            False,
        ),
        (
            "Senior Harbour officials falsely said that the bridge project had failed.",
            True,
        ),
    ],
)
def test_a_doubt_word_in_a_relative_clause_judges_its_noun(right: str, expected: bool) -> None:
    assert ("attribution" in types(HID, right)) is expected


# -- a side clause's date against the date of another main act ------------------------------

NIECE = (
    "The 9-year-old niece of Ana Roe, the woman fatally shot in her home by a Tarrowby police "
    "officer Saturday, saw the shooting, a family lawyer said."
)


@pytest.mark.parametrize(
    ("right", "expected"),
    [
        (
            "The family of a 30-year-old woman who was shot by a police officer in her Tarrowby "
            "home expressed outrage Monday that the officer has not been charged.",
            False,
        ),
        ("Ana Roe was shot by a Tarrowby police officer in her home on Monday.", True),
    ],
)
def test_a_side_clause_date_needs_the_same_act(right: str, expected: bool) -> None:
    assert ("date" in types(NIECE, right)) is expected


# -- 'after a shooting at an office party in Tarrowby Friday' dates the shooting ------------


@pytest.mark.parametrize(
    ("right", "expected"),
    [
        (
            "A man has been charged with arson after a fire at a grain store on the Tarrowby "
            "docks Friday.",
            False,
        ),
        ("A man was charged with arson on Friday after a fire at a grain store.", True),
    ],
)
def test_a_date_closing_an_after_phrase_dates_that_event(right: str, expected: bool) -> None:
    left = (
        "A 40-year-old man was charged with arson Saturday over the grain store fire, police said."
    )
    assert ("date" in types(left, right)) is expected
