"""Number and date conflicts by class (issue 11, conflicts): the same count told in other
words, casualty counts, vote tallies, the thing a figure counts, and a weekday against a month.
Every sentence here is our own, about fictional places and people."""

from __future__ import annotations

import pytest

import storydiff
from conflict_helpers import one_statement_conflicts
from storydiff.crossdoc.amounts import amounts
from storydiff.crossdoc.conflicts import statement_conflicts
from storydiff.crossdoc.tallies import tally_spans
from storydiff.nlp.parse import sentence_units
from storydiff.text import parse_number


def types(left: str, right: str, published: str = "2026-03-12") -> list[str]:
    return one_statement_conflicts(left, right, published)


def heads(sentence: str) -> list[tuple[str, float]]:
    """What each amount of a sentence counts, with its low end."""
    return [(a.head, a.low) for a in amounts(sentence_units([sentence])[0])]


# -- tallies: pure text, no model ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bill passed 65-35 on Friday.", [(65, 35)]),
        ("The panel voted 19-to-0.", [(19, 0)]),
        ("It passed 254 to 175 in the House.", [(254, 175)]),
        ("A 2–1 ruling kept the law.", [(2, 1)]),
        ("The 2020-21 season ended early.", []),  # a season, not a tally
        ("Ages 5-11 are covered.", []),  # a range goes up
        ("The notice is dated 10-09-2026.", []),  # a date written with dashes
        ("Call the Brantwell line at (555) 210-4477.", []),  # a phone number
        ("Call the Brantwell line at 555 - 210 - 4477.", []),  # one typed with spaces
        ("Call the Brantwell line at 555-210-4477 today.", []),
    ],
)
def test_tallies_are_two_counts_set_against_each_other(
    text: str, expected: list[tuple[int, int]]
) -> None:
    assert [(first, second) for first, second, _, _ in tally_spans(text)] == expected


# -- numbers (model: the counted nouns come from the parse) ----------------------------------


@pytest.mark.model
def test_a_count_with_a_thousands_comma_is_no_year() -> None:
    ((head, low),) = heads("The Orlow plant will cut 2,000 jobs.")
    assert head == "job" and 1500 < low <= 2000
    assert types(
        "The Orlow plant said it would cut 1,200 jobs.",
        "The Orlow plant said it would cut 2,000 jobs.",
    ) == ["number"]


@pytest.mark.model
def test_thousands_written_with_k_before_a_plural_noun() -> None:
    assert types("Velmora added 194K jobs in June.", "Velmora added 194,000 jobs in June.") == []
    assert types("Velmora added 194K jobs in June.", "Velmora added 250,000 jobs in June.") == [
        "number"
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("half a billion", 5e8),
        ("a half billion", 5e8),
        ("half-million", 5e5),
        ("one and a half million", 1.5e6),
        ("half a dozen", 6),
        ("two dozen", 24),
        ("half", None),  # a share, not a number
    ],
)
def test_halves_and_dozens_in_words(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.mark.model
@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("Velmora will donate half a billion doses.", "Velmora will donate 500 million doses.", []),
        (
            "Velmora will donate a half billion doses.",
            "Velmora will donate 800 million doses.",
            ["number"],
        ),
        ("The strike drew two dozen workers.", "The strike drew 24 workers.", []),
        ("The strike drew two dozen workers.", "The strike drew 40 workers.", ["number"]),
        # a scale written apart from its figure: '$70 mln', '€22.4 bn'
        ("The Orlow fund raised $70 mln.", "The Orlow fund raised $70M.", []),
        ("The Orlow fund raised €22.4 bn.", "The Orlow fund raised 22.4 billion euros.", []),
        ("The Orlow fund raised $70 mln.", "The Orlow fund raised $90M.", ["number"]),
        # bounds: 'as much as', 'below', 'in excess of' allow what they bound
        ("Orlow shares fell as much as 7 percent.", "Orlow shares fell 5 percent.", []),
        ("Claims in Orlow fell below 300,000.", "Claims in Orlow fell to 293,000.", []),
        ("The Orlow fund holds in excess of $3 billion.", "The Orlow fund holds $2 billion.",
         ["number"]),
    ],
)  # fmt: skip
def test_the_same_amount_told_in_other_words(left: str, right: str, expected: list[str]) -> None:
    assert types(left, right) == expected


@pytest.mark.model
def test_an_abbreviation_with_stops_is_part_of_the_counted_noun() -> None:
    left = "The admirals asked to keep about 1,800 U.S. marines in Kessia."
    assert types(left, "The admirals asked to keep 3,000 marines in Kessia.") == ["number"]
    assert types(left, "The admirals asked to keep 1,800 marines in Kessia.") == []


@pytest.mark.model
def test_the_verb_that_sets_a_figure_does_not_narrow_the_counted_noun() -> None:
    """'Police put the crowd at' and 'police estimated the crowd at' count one crowd."""
    assert types(
        "Police put the crowd at 20,000 in Velmora.",
        "Police estimated the crowd at 30,000 in Velmora.",
    ) == ["number"]
    assert (
        types(
            "Police put the crowd at 20,000 in Velmora.",
            "Police estimated the crowd at about 21,000 in Velmora.",
        )
        == []
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("The blast at Kessrow left 12 dead.", "Fifteen people died in the Kessrow blast.", True),
        ("The blast at Kessrow left 12 dead.", "Twelve people died in the Kessrow blast.", False),
        ("The Kessrow blast killed 12 people.", "The Kessrow blast left 15 dead.", True),
        ("The Kessrow blast caused 12 deaths.", "The Kessrow blast left 12 dead.", False),
        (
            "The death toll from the Kessrow blast rose to 12.",
            "The death toll from the Kessrow blast stood at 15.",
            True,
        ),
        # the dead of a narrower group may be some of all the dead
        ("The Kessrow blast left 12 dead.", "Ten miners died in the Kessrow blast.", False),
    ],
)
def test_casualty_counts_told_in_other_words(left: str, right: str, expected: bool) -> None:
    assert (types(left, right) == ["number"]) is expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("Police said 20,000 people marched in Velmora.",
         "Police said 30,000 protesters marched in Velmora.", ["number"]),
        ("Police said 20,000 people marched in Velmora.",
         "Police said 20,000 protesters marched in Velmora.", []),
        ("About 20,000 people rallied in Velmora, police said.",
         "Police said 30,000 demonstrators rallied in Velmora.", ["number"]),
        ("Police said 20,000 people joined the Velmora march.",
         "The Velmora march drew 30,000 people, police said.", ["number"]),
        # people arrested are not the crowd
        ("Police arrested 12 people at the Velmora march.",
         "Police said 30,000 protesters joined the Velmora march.", []),
    ],
)  # fmt: skip
def test_a_count_of_people_who_marched_is_the_crowd(
    left: str, right: str, expected: list[str]
) -> None:
    assert types(left, right) == expected


@pytest.mark.model
def test_vote_tallies_of_one_vote() -> None:
    assert types(
        "The Senate passed the Orlow bill 65-35 on Thursday.",
        "The Senate passed the Orlow bill 63-37 on Thursday.",
    ) == ["number"]
    assert (
        types(
            "The Senate passed the Orlow bill 65-35 on Thursday.",
            "The Senate passed the Orlow bill by a vote of 65 to 35 on Thursday.",
        )
        == []
    )
    assert types("The Velmora panel voted 19-0.", "The Velmora panel voted 19-to-0.") == []


@pytest.mark.model
def test_tallies_of_two_votes_told_with_two_verbs_are_not_compared() -> None:
    """A story of several votes: the aligner may group the budget vote with the final one."""
    assert (
        types(
            "The Orlow Senate in a 50-49 vote then proceeded to the budget resolution.",
            "The final Orlow Senate vote was 69 to 30.",
        )
        == []
    )


@pytest.mark.model
def test_two_tallies_on_one_side_are_not_guessed_at() -> None:
    """Cloture and passage: which of two votes the other side tells is unknown."""
    assert (
        types(
            "The Orlow bill cleared a procedural vote 61-39 and then passed 65-35.",
            "The Orlow bill passed 63-37.",
        )
        == []
    )


# -- dates -------------------------------------------------------------------------------------


@pytest.mark.model
def test_a_weekday_against_a_month_for_one_act() -> None:
    """'Friday' in an article of 12 March 2026 is 6 March; 'in December' cannot be it."""
    assert types("Mayor Varn resigned in December.", "Mayor Varn resigned on Friday.") == ["date"]
    assert types("Mayor Varn resigned in March.", "Mayor Varn resigned on Friday.") == []
    assert types("Mayor Varn resigned in 2019.", "Mayor Varn resigned on Friday.") == ["date"]


@pytest.mark.model
def test_a_weekday_near_a_month_edge_is_not_placed_in_one_month() -> None:
    """'Friday' in an article of 2 March 2026 is 27 February, or a week either side of it
    if the publication day is a little off: it may be in February or March."""
    assert (
        types("Mayor Varn resigned in March.", "Mayor Varn resigned on Friday.", "2026-03-02") == []
    )


def dated_types(left: str, left_published: str | None, right: str) -> list[str]:
    """The conflict types between two one-statement articles, the right one undated."""
    a, b = storydiff.analyse(
        [
            storydiff.Article(left, outlet="Harbour Gazette", published=left_published),
            storydiff.Article(right, outlet="Lorrin Courier", published=None),
        ]
    )
    return [c.type for c in statement_conflicts(a, a.units[0], b, b.units[0])]


@pytest.mark.model
def test_a_placed_weekday_against_a_day_no_date_places() -> None:
    """'Friday' in an article of Tuesday 10 March 2026 is 6 March (or a week either side);
    'March 9' in an undated article cannot be it, 'March 6' can."""
    friday = "Mayor Varn resigned on Friday."
    assert dated_types(friday, "2026-03-10", "Mayor Varn resigned on March 9.") == ["date"]
    assert dated_types(friday, "2026-03-10", "Mayor Varn resigned on March 6.") == []
    assert dated_types(friday, None, "Mayor Varn resigned on March 9.") == []  # not placed


@pytest.mark.model
def test_a_month_in_a_side_clause_is_not_set_against_a_weekday() -> None:
    """The month dates the caravan's start, not the act the weekday dates."""
    assert (
        types(
            "Some 200 travellers, members of a convoy that left in January, waited at Orlow.",
            "Some 200 travellers prepared on Sunday to cross at Orlow.",
        )
        == []
    )


@pytest.mark.model
def test_a_phone_number_is_no_count_and_no_tally() -> None:
    """Two outlets giving one tip line in two layouts: no figure of it is compared."""
    line = "Anyone with information is asked to call the Brantwell fire line at "
    assert heads(line + "(555) 210 - 4477.") == []
    assert types(line + "(555) 210 - 4477.", line + "555 - 210 - 4477.") == []
