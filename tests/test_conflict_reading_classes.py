"""Conflict classes found reading real coverage (issue 11, conflicts, round cfl5): counted
things told with synonyms, doubt words that doubt nothing ('jobless claims', 'so-called
no-knock raids'), the same hour in two time zones, deadlines and stretches of time that date
no fact, verbs told either way round, and a title against the titled name. Every sentence
here is our own, about fictional places and people."""

from __future__ import annotations

import pytest

import storydiff
from conflict_helpers import one_statement_conflicts
from storydiff.crossdoc.amounts import amounts
from storydiff.crossdoc.clock_times import hour_of_day
from storydiff.crossdoc.dates import fact_dates
from storydiff.nlp.parse import sentence_units


def types(left: str, right: str, published: str = "2026-03-12") -> list[str]:
    return one_statement_conflicts(left, right, published)


@pytest.mark.parametrize(
    ("written", "hour"),
    [("2 a.m. Friday", 2), ("7 p.m. Thursday", 19), ("12 p.m. Monday", 12), ("Friday", None)],
)
def test_hour_of_day(written: str, hour: int | None) -> None:
    assert hour_of_day(written) == hour


# -- counted things told with synonyms ---------------------------------------------------------


@pytest.mark.model
def test_residents_and_people_are_one_count() -> None:
    ((first,),) = [amounts(u) for u in sentence_units(["The fire killed 14 residents."])]
    ((second,),) = [amounts(u) for u in sentence_units(["The fire killed 14 people."])]
    assert first.head == second.head
    assert types(
        "The Orlow tower fire killed 14 residents.", "The Orlow tower fire killed 12 people."
    ) == ["number"]
    assert (
        types("The Orlow tower fire killed 14 residents.", "The Orlow tower fire killed 14 people.")
        == []
    )


@pytest.mark.model
def test_bills_and_measures_are_one_count() -> None:
    assert types(
        "Velmora lawmakers said the senate had ignored 15 bills on housing.",
        "Velmora lawmakers said the senate had ignored 18 measures on housing.",
    ) == ["number"]


@pytest.mark.model
def test_storeys_and_stories_are_one_height() -> None:
    assert types(
        "An airstrike destroyed an 11-story tower in Orlow on Saturday.",
        "An airstrike destroyed a 15-storey tower in Orlow on Saturday.",
    ) == ["number"]


@pytest.mark.model
def test_some_of_the_people_are_no_synonym() -> None:
    # soldiers are some of the people: two counts, not one told twice
    assert (
        types("The Orlow tower fire killed 14 people.", "The Orlow tower fire killed 3 soldiers.")
        == []
    )


# -- doubt words that doubt nothing --------------------------------------------------------------


@pytest.mark.model
def test_claims_as_the_subject_of_a_verb_is_a_count() -> None:
    # (test_conflict_precision.py keeps 'as the dockers' union claims.' a doubt)
    assert (
        types(
            "Velmora Cuts Harbour Benefits, as Jobless Claims Fall",
            "Velmora Jobless Claims Fall 3,000 to 44,000",
        )
        == []
    )


@pytest.mark.model
def test_so_called_before_a_hyphenated_term_doubts_no_fact() -> None:
    assert (
        types(
            "The Velmora council will ban so-called no-knock raids by the city police.",
            "The Velmora council will ban no-knock raids by the city police.",
        )
        == []
    )


# -- dates ----------------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "edge"),
    [
        ("The Orlow truce began at 2 a.m. Friday, local time.", True),
        ("The Orlow truce began at 7 p.m. Thursday Eastern time.", True),
        ("The Orlow truce began at 10 a.m. Thursday.", False),
        ("The Orlow truce began on Thursday.", False),
    ],
)
def test_a_weekday_near_midnight_may_be_the_next_day_elsewhere(sentence: str, edge: bool) -> None:
    # '7 p.m. Thursday' in one time zone is '2 a.m. Friday' in another
    (analysis,) = storydiff.analyse(
        [storydiff.Article(sentence, outlet="Harbour Gazette", published="2026-03-12")]
    )
    (found,) = fact_dates(analysis, analysis.units[0])
    assert found.granularity == "weekday" and found.fuzzy_edge == edge


@pytest.mark.model
def test_weekdays_a_day_apart_at_midday_still_conflict() -> None:
    assert types(
        "The Orlow truce began at noon on Friday.", "The Orlow truce began at noon on Thursday."
    ) == ["date"]


@pytest.mark.model
def test_a_deadline_is_not_the_day_of_the_act() -> None:
    assert (
        types(
            "Mayor Dana Orrell on Monday announced plans to ship 20,000 sandbags.",
            "Mayor Dana Orrell announced plans to ship 20,000 sandbags by the end of June.",
        )
        == []
    )


@pytest.mark.model
def test_a_stretch_of_months_is_no_month_of_the_fact() -> None:
    assert (
        types(
            "Velmora added 26,000 jobs in April, well below forecasts.",
            "Velmora added 26,000 jobs, in contrast to steady gains from January to March.",
        )
        == []
    )


@pytest.mark.model
def test_two_months_still_conflict() -> None:
    assert types(
        "Velmora added 26,000 jobs in April, well below forecasts.",
        "Velmora added 26,000 jobs in March, well below forecasts.",
    ) == ["date"]


# -- agents ---------------------------------------------------------------------------------------


@pytest.mark.model
def test_a_bill_passing_the_house_is_no_reversal() -> None:
    assert (
        types(
            "The harbour bill passed the Velmora Assembly on a 52-to-17 vote on Wednesday.",
            "The Velmora Assembly passed the harbour bill on Wednesday.",
        )
        == []
    )


@pytest.mark.model
def test_a_reversed_act_still_conflicts() -> None:
    assert types(
        "Velmora Rovers beat Orlow Town on Saturday.", "Orlow Town beat Velmora Rovers on Saturday."
    ) == ["agent"]


@pytest.mark.model
def test_a_title_and_the_titled_name_are_one_actor() -> None:
    assert (
        types(
            "The Velmora Governor-elect has asked Dr Arlen Osk to run the port authority.",
            "Velmora Governor-elect Dana Orrell has asked Dr Arlen Osk to run the port authority.",
        )
        == []
    )


# -- durations ------------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The Orlow strike lasted two months.", "The Orlow strike lasted three months."),
        (
            "The Orlow miners have been on strike for two months.",
            "The Orlow miners have been on strike for three months.",
        ),
        (
            "After two months of talks, the Orlow strike ended on Friday.",
            "After three months of talks, the Orlow strike ended on Friday.",
        ),
        ("Dana Orrell was jailed for six years.", "Dana Orrell was jailed for eight years."),
    ],
)
def test_two_lengths_of_one_act_conflict(left: str, right: str) -> None:
    assert types(left, right) == ["number"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("left", "right"),
    [
        # rounding across units, and an approximation that allows the other figure
        (
            "The Orlow strike ended on Friday after two months.",
            "The Orlow strike ended on Friday after 10 weeks.",
        ),
        ("The Orlow strike lasted about two months.", "The Orlow strike lasted two months."),
        # a date counted back, a window, a rate, an offset from another event, a quotation
        (
            "The Orlow strike, which began two months ago, ended on Friday.",
            "The Orlow strike, which began three months ago, ended on Friday.",
        ),
        (
            "Prices in Orlow rose 5% in the past two years.",
            "Prices in Orlow rose 5% in the past three years.",
        ),
        ("Buses in Orlow will run every two weeks.", "Buses in Orlow will run every three weeks."),
        (
            "The deal was signed two days after the vote.",
            "The deal was signed three days after the vote.",
        ),
        (
            '"We waited two weeks," Dana Orrell said of the Orlow strike.',
            '"We waited three weeks," Dana Orrell said of the Orlow strike.',
        ),
    ],
)
def test_lengths_that_are_no_length_of_the_fact_do_not_conflict(left: str, right: str) -> None:
    assert types(left, right) == []


# -- date precision: a day or month against a coarser date ---------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("The Orlow council fired the harbour master on March 3.", "in December", ["date"]),
        ("The Orlow council fired the harbour master on March 3.", "in March", []),
        ("The Orlow council fired the harbour master in June 2019.", "in 2020", ["date"]),
        ("The Orlow council fired the harbour master in June 2019.", "in 2019", []),
        ("The Orlow council fired the harbour master on March 3, 2024.", "last year", ["date"]),
        ("The Orlow council fired the harbour master on March 3, 2025.", "last year", []),
    ],
)
def test_a_day_outside_the_month_or_year_the_other_gives(
    left: str, right: str, expected: list[str]
) -> None:
    assert types(left, f"The Orlow council fired the harbour master {right}.") == expected


@pytest.mark.model
def test_a_coarser_date_of_another_act_is_not_compared() -> None:
    # 'in December' dates the hiring, another verb than the firing
    assert (
        types(
            "The Orlow council fired the harbour master on March 3.",
            "The harbour master, hired in December, was let go by the Orlow council.",
        )
        == []
    )


# -- a change measured against another earlier level --------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "Velmora jobless claims dropped 12,000 to 181,000 last week, officials said.",
            "Velmora jobless claims fell to 181,000 from a revised 206,500, officials said.",
            ["number"],
        ),
        (
            "Velmora jobless claims fell to 362,000, a drop of 27,000 from the prior week.",
            "Velmora jobless claims fell from 381,000 to 362,000 last week.",
            ["number"],
        ),
        (  # the same change told both ways
            "Velmora jobless claims dropped 19,000 to 362,000 last week.",
            "Velmora jobless claims fell to 362,000 last week from a revised 381,000.",
            [],
        ),
        (  # a percentage change and a level in dollars: not one unit
            "Velmora bread prices rose 2% to $40 last week.",
            "Velmora bread prices rose to $40 from $30 last week.",
            [],
        ),
    ],
)
def test_one_level_reached_by_two_changes(left: str, right: str, expected: list[str]) -> None:
    assert types(left, right) == expected


# -- doubt on both sides --------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "The Orlow council voted to remove Dana Orrell for rejecting Arlen Osk's false "
            "claims that the vote was rigged.",
            "The Orlow council voted to remove Dana Orrell for refuting Arlen Osk's lie that "
            "the vote was rigged.",
        ),
        (
            "The Orlow port suspended an account, claiming the account was used to evade a ban.",
            "The Orlow port suspended an account that appeared to be evading its ban.",
        ),
        (
            "Dana Orrell alleged that the Velmora lab had been funded by the Orlow institute.",
            "Dana Orrell and Arlen Osk clashed over whether the Orlow institute funded the "
            "Velmora lab.",
        ),
    ],
)
def test_an_account_that_itself_leaves_the_claim_open_is_no_attribution_conflict(
    left: str, right: str
) -> None:
    assert types(left, right) == []


@pytest.mark.model
def test_alleged_against_said_still_conflicts() -> None:
    assert types(
        "Dana Orrell alleged that the Velmora lab had been funded by the Orlow institute.",
        "Dana Orrell said that the Velmora lab had been funded by the Orlow institute.",
    ) == ["attribution"]


@pytest.mark.model
def test_a_reason_given_with_claiming_is_no_doubt_on_the_act_alone() -> None:
    # the other account reports the suspension, not the reason: nothing told without doubt
    assert (
        types(
            "The Corvel network has blocked a page set up to repost messages from a blog that "
            "former governor Arlen Osk started last month, claiming the new page is a way around "
            "the ban on his own page, the latest step by a large web company to curb the reach "
            "of Osk's messages.",
            "Corvel blocks page that was reposting Osk messages",
        )
        == []
    )


@pytest.mark.model
def test_a_reason_given_with_claiming_against_the_reason_as_fact() -> None:
    assert types(
        "The Orlow port suspended the account, claiming it was used to bypass the ban.",
        "The Orlow port suspended the account, which was used to bypass the ban.",
    ) == ["attribution"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The Orlow council fired the harbour master on March 30.", "in April"),
        ("The Orlow council fired the harbour master on April 2.", "in March"),
        ("The Orlow council fired the harbour master on December 30, 2024.", "in 2025"),
    ],
)
def test_a_day_at_the_turn_of_the_month_or_year_is_not_compared(left: str, right: str) -> None:
    # an act at the turn of a month is told by either month
    assert types(left, f"The Orlow council fired the harbour master {right}.") == []


# -- a tally told with two verbs of one vote -------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The Velmora Senate passed the harbour bill 92-6.",
            "The Velmora Senate approved the harbour bill 94-1.",
            ["number"],
        ),
        (
            "The Velmora Senate passed the harbour bill 92-6.",
            "The Velmora Senate approved the harbour bill 92-6.",
            [],
        ),
        (  # a rejection and a passage are two votes
            "The Velmora Senate rejected the harbour bill 45-55.",
            "The Velmora Senate passed the harbour bill 60-40.",
            [],
        ),
    ],
)
def test_tallies_of_one_vote_told_with_two_verbs(
    left: str, right: str, expected: list[str]
) -> None:
    assert types(left, right) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "denial",
    [
        "No, Orlow officials are not selling the harbour land to the Velmora lab",
        "Orlow officials did not sell the harbour land to the Velmora lab.",
    ],
)
def test_a_denial_does_not_report_the_claim_without_doubt(denial: str) -> None:
    # the one account doubts a claim, the other denies it: no account tells it as fact
    assert (
        types(
            "Herald reporter quits over story claiming Orlow officials sold the harbour land "
            "to the Velmora lab.",
            denial,
        )
        == []
    )
