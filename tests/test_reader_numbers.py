"""Numbers, dates and conflicts as a reader reads them (issue 11), on sentences we wrote."""

from __future__ import annotations

import pytest

import storydiff
from storydiff.crossdoc.amounts import amounts
from storydiff.crossdoc.conflicts import statement_conflicts
from storydiff.crossdoc.signals import doubts
from storydiff.extract.timexpr import find_time_expressions
from storydiff.model import Unit
from storydiff.nlp.parse import sentence_units


def types(left: str, right: str) -> list[str]:
    """The conflict types between two one-statement articles of one publication day."""
    a, b = storydiff.analyse(
        [
            storydiff.Article(left, outlet="Harbour Gazette", published="2026-03-14"),
            storydiff.Article(right, outlet="Lorrin Courier", published="2026-03-14"),
        ]
    )
    return [c.type for c in statement_conflicts(a, a.units[0], b, b.units[0])]


def _units(*sentences: str) -> list[Unit]:
    return sentence_units(list(sentences))


def _read(sentence: str) -> list[tuple[float, float, str, str, str]]:
    unit = _units(sentence)[0]
    return [
        (a.low, a.high, a.head, a.unit, sentence[a.start - unit.start : a.end - unit.start])
        for a in amounts(unit)
    ]


# -- numbers (model: the heads come from the parse) -----------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "value", "unit", "written"),
    [
        ("Velmora received a €22.4bn bailout on Monday.", 22.4e9, "EUR", "€22.4bn"),
        ("The bailout is worth 22.4 billion euros.", 22.4e9, "EUR", "22.4 billion euros"),
        ("The republic owes $1.5 trillion in debt.", 1.5e12, "USD", "$1.5 trillion"),
        ("The club lost £93.6m in transfer fees.", 93.6e6, "GBP", "£93.6m"),
        ("Turnout was 5.4 per cent in Lorrin.", 5.4, "percent", "5.4 per cent"),
        ("Turnout was 3.9 percent in Lorrin.", 3.9, "percent", "3.9 percent"),
        ("Turnout was 5.4% in Lorrin.", 5.4, "percent", "5.4%"),
    ],
)
def test_money_and_percentages_are_read_whole(
    sentence: str, value: float, unit: str, written: str
) -> None:
    (found,) = _read(sentence)
    assert found[3] == unit and found[4] == written
    assert found[0] <= value <= found[1]


@pytest.mark.model
def test_the_scale_of_a_sum_is_never_dropped() -> None:
    # never '22 euros' out of '€22.4bn'
    assert all(low > 1e9 for low, *_ in _read("Velmora received a €22.4bn bailout."))


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Between 20,000 and 30,000 protesters marched in Lorrin.", 17_500, 32_500),
        ("Some 20,000 to 30,000 protesters marched in Lorrin.", 18_000, 32_500),
        ("More than 50 people were hurt in Lorrin.", 50, 150),
        ("Nearly 40 people were hurt in Lorrin.", 34, 40),
        ("Twenty thousand protesters marched in Lorrin.", 20_000, 20_000),
    ],
)
def test_ranges_approximations_and_number_words(sentence: str, low: float, high: float) -> None:
    (found,) = _read(sentence)
    assert (found[0], found[1]) == pytest.approx((low, high))


@pytest.mark.model
def test_a_crowd_estimate_and_a_count_of_protesters_are_one_quantity() -> None:
    (crowd,) = _read("Police estimated the crowd at 20,000.")
    (marchers,) = _read("About 30,000 protesters marched.")
    assert crowd[2] == marchers[2] == "crowd"


@pytest.mark.model
def test_a_tied_tally_is_not_an_amount() -> None:
    assert _read("The toll plan stalled after a 50-50 vote of the harbour board.") == []


@pytest.mark.model
def test_a_span_of_time_before_a_noun_measures_that_noun() -> None:
    # 'a 1-month spike' and 'a 12-month rise' are two quantities, not 1 against 12 months
    assert (
        types(
            "Ferry fares rose 0.9 percent in June, the largest 1-month spike since 2009.",
            "Ferry fares rose 0.9 percent in June, the largest 12-month rise since 2009.",
        )
        == []
    )
    assert types(
        "The Tarn council passed a 15-week ban on night ferries on Monday.",
        "The Tarn council passed a 20-week ban on night ferries on Monday.",
    ) == ["number"]


@pytest.mark.model
def test_a_share_in_words_is_a_percentage() -> None:
    ((low, high, _, unit, written),) = _read("Two-thirds of the harbour pilots voted to strike.")
    assert (unit, written) == ("percent", "Two-thirds")
    assert low < 100 * 2 / 3 < high
    two_thirds = "Two-thirds of the harbour councillors backed the toll plan on Monday."
    agrees = "About 67 percent of the harbour councillors backed the toll plan on Monday."
    differs = "Forty percent of the harbour councillors backed the toll plan on Monday."
    assert types(two_thirds, agrees) == []
    assert types(two_thirds, differs) == ["number"]


def test_days_of_dates_metres_and_clock_times_are_not_amounts() -> None:
    assert _read("The 5m wall fell at 10:45 pm.") == []
    assert _read("They first met on Dec. 11 in the capital.") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # the same quantity, different figures
        (
            "Turnout in the Tarn valley reached 61 percent, the commission said.",
            "Turnout in the Tarn valley was 58 percent, the commission said.",
            ["number"],
        ),
        (
            "Velmora will receive a €22.4bn bailout from the lenders.",
            "Velmora will receive a €25bn bailout from the lenders.",
            ["number"],
        ),
        # a share price fall and an index fall are two quantities
        (
            "Kessrow Mining shares plunged 5.4 per cent on Friday.",
            "The Eastmark index closed down 3.9 percent on Friday.",
            [],
        ),
        # two currencies are never compared
        (
            "The Tarn council approved a $5 billion budget.",
            "The Tarn council approved a €4.6 billion budget.",
            [],
        ),
        # a rounded or approximate figure agrees with the exact one
        (
            "The Tarn council approved a €22.4bn budget.",
            "The Tarn council approved a budget of 22.4 billion euros.",
            [],
        ),
        # figures that differ only by rounding or bounding the same count
        (
            "Police said about 20,000 people marched in Lorrin.",
            "Police said more than 19,500 people marched in Lorrin.",
            [],
        ),
        (
            "Velmora's jobless rate rose to 5.4% in March.",
            "Velmora's jobless rate rose to 5.38% in March.",
            [],
        ),
        # two police estimates of one crowd, beyond rounding
        (
            "Police estimated the Lorrin crowd at 20,000.",
            "Police estimated the Lorrin crowd at 30,000.",
            ["number"],
        ),
        # a bare percentage measures what the verb changed, not the actor who forecasts
        (
            "The Tarn central bank on Monday cut its harvest outlook for Velmora to 4%.",
            "The Tarn central bank said that regional grain output will rise by 3.8% this season.",
            [],
        ),
        (
            "Turnout in the Tarn valley reached 61 percent.",
            "Turnout in the Tarn valley was put at 58 percent.",
            ["number"],
        ),
        (
            "The Tarn central bank raised its key rate to 5.25%.",
            "The Tarn central bank raised its key rate to 5.5%.",
            ["number"],
        ),
        # the ages of two people: the one named by a noun is not the one who is not
        (
            "The 71-year-old was hurt when the stair of the Lorrin lighthouse collapsed.",
            "A 34-year-old man was questioned after the stair of the Lorrin lighthouse collapsed.",
            [],
        ),
        # a whole number of a scale is rounded to it, like '20,000'
        (
            "The Tarn assembly put off its vote on the roads bill worth $1.2 trillion.",
            "The Tarn assembly put off its vote on the roads bill worth $1 trillion.",
            [],
        ),
        (
            "The Tarn assembly passed a $5 billion roads bill.",
            "The Tarn assembly passed a $5.4 billion roads bill.",
            ["number"],
        ),
        # what was expected is another quantity than what came about
        (
            "Lorrin shipyards hired only 180 welders in May.",
            "Analysts had been expecting the Lorrin shipyards to hire 450 welders in May.",
            [],
        ),
        # a part and the total are two quantities
        (
            "Officials said 12 people died in the Lorrin floods, 9 of them children.",
            "Officials said 9 children died in the Lorrin floods.",
            [],
        ),
    ],
)
def test_number_conflicts_need_one_quantity(left: str, right: str, expected: list[str]) -> None:
    assert types(left, right) == expected


# -- doubt and causality -----------------------------------------------------------------


@pytest.mark.model
def test_a_doubt_word_belongs_to_the_clause_it_modifies() -> None:
    side, main = _units(
        "Police arrested the two men, who had supposedly planned an attack.",
        "The supposedly independent panel cleared the mayor.",
    )
    assert doubts(side, strong=False) == []
    assert [d[2] for d in doubts(main, strong=False)] == ["supposedly"]


@pytest.mark.model
def test_a_doubt_word_in_a_side_clause_counts_when_that_clause_is_the_claim_compared() -> None:
    doubter, plain = _units(
        "The Post found two women who claimed Rell pursued them in Darnet.",
        "The paper found two women who said Rell pursued them in Darnet.",
    )
    assert [d[2] for d in doubts(doubter, strong=False, other=plain)] == ["claimed"]


@pytest.mark.model
def test_because_against_before_of_different_events_is_no_causality() -> None:
    assert "causality" not in types(
        "Flights at Lorrin airport were cancelled because of the strike.",
        "Flights at Lorrin airport were cancelled before dawn on Friday.",
    )


@pytest.mark.model
def test_a_cause_against_a_sequence_of_the_same_events_is_causality() -> None:
    assert "causality" in types(
        "Castrian police closed the Darnet checkpoint in retaliation for the barricades.",
        "Castrian police closed the Darnet checkpoint hours after the barricades went up.",
    )


# -- dates (rules only, no model) ----------------------------------------------------------


def _values(text: str, published: str | None) -> dict[str, str | None]:
    return {t.text: t.value for t in find_time_expressions(text, published)}


def test_last_october_is_the_october_before_publication() -> None:
    assert _values("She took office last October.", "2026-03-14") == {"last October": "2025-10"}
    assert _values("She took office last October.", "2026-11-02") == {"last October": "2026-10"}
    # in the publication month itself, 'last October' is a year back
    assert _values("She took office last October.", "2026-10-20") == {"last October": "2025-10"}


def test_future_tense_makes_the_weekday_and_weekend_the_coming_ones() -> None:
    # Saturday 14 March 2026
    assert _values("Lawmakers will vote on Thursday.", "2026-03-14")["Thursday"] == "2026-03-19"
    assert _values("Lawmakers voted on Thursday.", "2026-03-14")["Thursday"] == "2026-03-12"
    weekend = find_time_expressions("The council will meet on the weekend.", "2026-03-11")
    assert [(t.value, t.end_value) for t in weekend] == [("2026-03-14", "2026-03-15")]
    past = find_time_expressions("The council met on the weekend.", "2026-03-11")
    assert [(t.value, t.end_value) for t in past] == [("2026-03-07", "2026-03-08")]


def test_the_coming_vote_is_one_day_in_articles_of_different_days() -> None:
    monday = _values("The assembly will vote on Thursday.", "2026-03-09")
    wednesday = _values("The assembly is set to vote on Thursday.", "2026-03-11")
    assert monday["Thursday"] == wednesday["Thursday"] == "2026-03-12"


def test_a_weekday_that_dates_a_saying_stays_past() -> None:
    found = _values("The minister said on Thursday that talks will resume.", "2026-03-14")
    assert found["Thursday"] == "2026-03-12"


def test_an_explicit_year_in_the_sentence_wins_over_the_publication_year() -> None:
    found = _values("The rule, adopted in 2009, took effect on January 5.", "2026-03-14")
    assert found["January 5"] == "2009-01-05"
    found = _values("In 1998 the court met in June.", "2026-03-14")
    assert found["June"] == "1998-06"


def test_dates_with_no_year_and_no_publication_date_stay_unresolved() -> None:
    assert _values("The court met on June 3.", None) == {"June 3": None}


def test_contradictory_dates_in_one_article_are_both_kept() -> None:
    text = "The plant closed on March 3, 2026. Workers say it closed on March 5, 2026."
    assert list(_values(text, "2026-03-14").values()) == ["2026-03-03", "2026-03-05"]


def test_number_words_in_relative_dates() -> None:
    assert _values("It happened three weeks ago.", "2026-03-14") == {"three weeks ago": "2026-W08"}


def test_a_past_verb_governing_the_weekday_makes_it_past() -> None:
    # Friday 15 October 2021: a future word earlier in the sentence dates another clause
    found = _values(
        "The curfew will stay after a Lorrin judge on Thursday approved the council's plea.",
        "2021-10-15",
    )
    assert found["Thursday"] == "2021-10-14"
    # a verb of saying a few words before: the day of the saying ('told reporters on a …')
    found = _values(
        "The ferries will run again, a harbour official told journalists on a Tuesday call.",
        "2021-10-13",
    )
    assert found["Tuesday"] == "2021-10-12"
    # … but not when the words between tell of what is to come
    found = _values("The minister said the council will meet on Tuesday.", "2021-10-13")
    assert found["Tuesday"] == "2021-10-19"


def test_a_day_that_ends_a_span_may_lie_ahead_whatever_the_tense() -> None:
    for text in (
        "The stopgap kept the Tarn agencies funded through Dec. 3.",
        "The stopgap kept the agencies open until Dec. 3.",
    ):
        [bound] = find_time_expressions(text, "2021-09-30")
        assert bound.end_value == "2021-12-03"


def test_a_past_weekend_is_one_whose_sunday_has_come() -> None:
    # Saturday 14 March 2026: the weekend a past clause tells of is 7-8 March
    past = find_time_expressions("The council met on the weekend.", "2026-03-14")
    assert [(t.value, t.end_value) for t in past] == [("2026-03-07", "2026-03-08")]
    sunday = find_time_expressions("The council met on the weekend.", "2026-03-15")
    assert [(t.value, t.end_value) for t in sunday] == [("2026-03-14", "2026-03-15")]
    coming = find_time_expressions("The council will meet on the weekend.", "2026-03-14")
    assert [(t.value, t.end_value) for t in coming] == [("2026-03-14", "2026-03-15")]


def test_should_speaks_of_what_is_to_come() -> None:
    # Saturday 14 March 2026: the river should fall this weekend, not last
    [weekend] = find_time_expressions("The Lorrin should fall over the weekend.", "2026-03-14")
    assert (weekend.value, weekend.end_value) == ("2026-03-14", "2026-03-15")


@pytest.mark.model
def test_a_number_in_a_name_or_a_change_then_a_level_is_no_range() -> None:
    # 'COVID-19' names a disease; 'by $154 to $2,754' is a change, then the new level
    assert [w for *_, w in _read("The Lorrin clinic gave out 40 COVID-19 pills.")] == ["40"]
    written = [w for *_, w in _read("A family's ferry pass would rise by $38 to $612.")]
    assert written == ["$38", "$612"]
    # the change counts nothing named, the level counts claims
    assert [w for *_, w in _read("Ferry bookings dropped 4,100 to 27,300 bookings.")] == ["27,300"]
