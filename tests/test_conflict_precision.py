"""Date, negation, doubt and number conflicts that are not (issue 11, 'fewer and right'), on
sentences we wrote about fictional events. Each case is a false-positive class the detectors
produced; the cases that must still conflict sit beside them."""

from __future__ import annotations

import pytest

import storydiff
from storydiff.crossdoc.conflicts import statement_conflicts
from storydiff.crossdoc.dates import fact_dates

pytestmark = pytest.mark.model

SATURDAY = "2026-03-14"
SAME = (SATURDAY, SATURDAY)


def types(left: str, right: str, published: tuple[str | None, str | None] = SAME) -> list[str]:
    """The conflict types between the first statements of two one-sentence articles."""
    a, b = storydiff.analyse(
        [
            storydiff.Article(left, outlet="Harbour Gazette", published=published[0]),
            storydiff.Article(right, outlet="Lorrin Courier", published=published[1]),
        ]
    )
    return [c.type for c in statement_conflicts(a, a.units[0], b, b.units[0])]


# -- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right", "published"),
    [
        # one coming vote, read as past on one side (no future word) and future on the other
        (
            "The Tarn assembly votes on the dam plan on Thursday.",
            "The Tarn assembly will vote on the dam plan on Thursday.",
            SAME,
        ),
        # a year that names another event ('the 2001 collapse', 'a 1976 law')
        (
            "The bill lets families sue over the 2001 collapse of the Lorrin dam.",
            "The bill amends a 1976 law to let families sue over the Lorrin dam.",
            SAME,
        ),
        # 'the 2009 fiscal year' is a noun phrase, not the date of the count
        (
            "Crossings at the Tarn bridge fell to 40,000 from a peak in the 2009 fiscal year.",
            "Crossings at the Tarn bridge fell to 40,000 in 2025.",
            SAME,
        ),
        # a day counted from the publication date ('yesterday') against a written day
        (
            "The council closed the Lorrin bridge yesterday.",
            "The council closed the Lorrin bridge on March 12.",
            SAME,
        ),
        # a weekday agrees with the written day it falls on (12 March 2026 is a Thursday),
        # though the publication date a week later resolves 'Thursday' to 19 March
        (
            "The council closed the Lorrin bridge on Thursday.",
            "The council closed the Lorrin bridge on March 12, 2026.",
            ("2026-03-20", SATURDAY),
        ),
        # a day written without a year, the resolver taking the year from another event named
        # in the sentence, against the same day
        (
            "After the 2019 floods, the council set the bridge hearing for May 1.",
            "The council set the bridge hearing for May 1.",
            SAME,
        ),
        # a month and a day: different granularity, neither agrees nor disagrees
        (
            "The council closed the Lorrin bridge in April.",
            "The council closed the Lorrin bridge on March 30.",
            SAME,
        ),
        # two offices held by one man: nothing but 'he was' and one word in common
        (
            "He was Velmora's deputy governor from 1993 to 1996.",
            "He was the longest-serving governor, from 1996 to 2007.",
            SAME,
        ),
        # a side clause dating another act than the one the other statement reports
        (
            "The mayor, who took office on Tuesday, closed the Lorrin bridge.",
            "The council closed the Lorrin bridge on Wednesday.",
            SAME,
        ),
        # a side clause that repeats its own main clause's words tells of a second, like event
        (
            "Data from the Tarn office showed that prices rose 0.9 percent in the past month,"
            " a hike after prices also rose 0.6 percent in May.",
            "The Tarn office said prices rose 0.9 percent in June.",
            SAME,
        ),
        # a date modifying another noun than the one the other statement's act is about
        (
            "Tuesday's storm damaged the Lorrin bridge.",
            "The council closed the Lorrin bridge on Wednesday.",
            SAME,
        ),
        # 'said on Tuesday' dates the saying, 'in a statement Wednesday' the statement
        (
            "The mayor said on Tuesday that the council closed the Lorrin bridge.",
            "In a statement Wednesday, the mayor said the council closed the Lorrin bridge.",
            SAME,
        ),
    ],
)
def test_dates_that_do_not_conflict(
    left: str, right: str, published: tuple[str | None, str | None]
) -> None:
    assert "date" not in types(left, right, published)


@pytest.mark.parametrize(
    ("left", "right", "published"),
    [
        ("The dam gates were opened on March 12.", "The dam gates were opened on March 13.", SAME),
        # dates with no year and no publication date: compared by month and day as written
        (
            "The dam gates were opened on March 12.",
            "The dam gates were opened on March 13.",
            (None, None),
        ),
        # a weekday against a written day that falls on another weekday (13 March: Friday)
        ("The dam gates were opened on Thursday.", "The dam gates were opened on March 13.", SAME),
        ("Rell has led the Tarn council since 2019.", "Rell has led the council since 2020.", SAME),
        (
            "Brann sat in the assembly from 1971 to 1983.",
            "Brann sat in the assembly from 1970 to 1982.",
            SAME,
        ),
        # a year counted from a publication date far from New Year
        ("The Lorrin dam was built last year.", "The Lorrin dam was built in 2023.", SAME),
        # the day sits in a side clause that is itself what the other statement reports
        (
            "The mayor criticised the council for closing the Lorrin bridge on Tuesday.",
            "The council closed the Lorrin bridge on Wednesday.",
            SAME,
        ),
        # 'a Tuesday letter' dates the letter the other statement says was written Wednesday
        (
            "In a Tuesday letter to the mayor, the Tarn councillors demanded a vote.",
            "The Tarn councillors wrote a letter to the mayor on Wednesday.",
            SAME,
        ),
        # one publication day unknown: two weekdays are compared, as when both are unknown
        (
            "The dam gates were opened on Thursday.",
            "The dam gates were opened on Tuesday.",
            (None, SATURDAY),
        ),
    ],
)
def test_dates_that_conflict(
    left: str, right: str, published: tuple[str | None, str | None]
) -> None:
    assert types(left, right, published) == ["date"]


def test_dates_that_agree_do_not_conflict() -> None:
    assert types("The gates opened on March 12.", "The gates opened on March 12, 2026.") == []
    assert types("The gates opened in 2025.", "The gates opened last year.") == []


def test_a_year_counted_near_new_year_is_not_compared() -> None:
    # published 1 January: 'last year' is 2025 only if the publication date is exact
    assert "date" not in types(
        "The Lorrin dam was built last year.",
        "The Lorrin dam was built in 2024.",
        ("2026-01-01", "2026-01-01"),
    )


def test_contradictory_dates_inside_one_statement_are_not_compared() -> None:
    assert "date" not in types(
        "The gates opened on March 3 or, by other accounts, on March 5.",
        "The gates opened on March 4.",
    )


def test_a_date_inside_a_quotation_is_the_speakers() -> None:
    quoted, plain = storydiff.analyse(
        [
            storydiff.Article(
                'The mayor said: "The council closed the bridge on March 10."',
                outlet="Harbour Gazette",
                published=SATURDAY,
            ),
            storydiff.Article(
                "The mayor said the council closed the bridge on March 10.",
                outlet="Lorrin Courier",
                published=SATURDAY,
            ),
        ]
    )
    assert fact_dates(quoted, quoted.units[0]) == []
    assert [d.key for d in fact_dates(plain, plain.units[0])] == [(3, 10)]


def test_weekdays_around_midnight_are_not_compared() -> None:
    assert (
        types(
            "The Tarn assembly passed the budget late on Tuesday night.",
            "The Tarn assembly passed the budget on Wednesday.",
        )
        == []
    )
    assert types(
        "The Tarn assembly passed the budget on Tuesday.",
        "The Tarn assembly passed the budget on Wednesday.",
    ) == ["date"]


# -- negation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # 'be' with different complements, or the same meaning said two ways
        ("Velmora is not a failed state.", "Velmora is a small state."),
        (
            "It was not immediately clear why the council acted.",
            "It is unclear why the council acted.",
        ),
        # the negation has another object: an unpaid post offered, a paid one not
        (
            "The council did not offer Rell a paid post on the board.",
            "The council offered Rell an unpaid seat on the board.",
        ),
        # a modal: what could happen is not what did
        (
            "The subpoenas could not be issued without support from the council.",
            "The council issued two subpoenas to the Lorrin mayor.",
        ),
        # past against future: both can hold
        (
            "The agency did not recognize the Lorrin union.",
            "The Lorrin union will be recognized by the agency.",
        ),
    ],
)
def test_negations_that_do_not_conflict(left: str, right: str) -> None:
    assert "polarity" not in types(left, right)


def test_a_negation_of_the_same_act_conflicts() -> None:
    assert types(
        "The operator opened the dam gates to relieve the swollen river.",
        "The operator did not open the dam gates to relieve the swollen river.",
    ) == ["polarity"]


# -- numbers ------------------------------------------------------------------------------


def test_a_vote_tally_is_not_two_amounts() -> None:
    assert "number" not in types(
        "Rell won the Tarn council chair by a 34-to-13 vote.",
        "Rell won the Tarn council chair by a vote of 34 to 13.",
    )
    assert types(
        "The Tarn council chair was won with 34 votes.",
        "The Tarn council chair was won with 31 votes.",
    ) == ["number"]


# -- doubt ---------------------------------------------------------------------------------


def test_supposed_to_is_an_expectation_not_doubt() -> None:
    assert "attribution" not in types(
        "The Tarn debate on Tuesday was supposed to be a reboot for the governor.",
        "The Tarn debate on Tuesday gave the governor a reboot.",
    )


def test_claims_as_a_verb_distances_and_as_a_noun_does_not() -> None:
    # the parser reads the final 'claims' of 'as the union claims' as a noun
    assert types(
        "The owners mean to close the Tarn mill, as the dockers' union claims.",
        "The dockers' union said the owners mean to close the Tarn mill.",
    ) == ["attribution"]
    assert types(
        "The dockers' union claims that the owners mean to close the Tarn mill.",
        "The dockers' union said the owners mean to close the Tarn mill.",
    ) == ["attribution"]
    assert "attribution" not in types(
        "Jobless claims in Tarn fell to 4,000 last week, the labour office said.",
        "Jobless filings in Tarn fell to 4,000 last week, the labour office said.",
    )
    assert "attribution" not in types(
        "The mill owners disputed union claims that the Tarn mill will close.",
        "The dockers' union said the Tarn mill will close.",
    )
    assert "attribution" not in types(
        "The mill owners rejected the claims that the Tarn mill will close.",
        "The mill owners said the Tarn mill will not close.",
    )


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # a doubt adjective on a noun that names no claim doubts a label, not a fact
        (
            "The Tarn council passed the so-called reforms on Tuesday.",
            "The Tarn council passed the reforms to the pension system on Tuesday.",
        ),
        (
            "The Lorrin court heard disputes over alleged excessive force by the dam guards.",
            "The Lorrin court ruled the dam guards could not be sued for the force they used.",
        ),
        # a claim noun whose content is not what the other statement reports
        (
            "The mayor repeated baseless theories about the Lorrin dam collapse.",
            "The mayor spoke about the Lorrin dam collapse for an hour.",
        ),
        (
            "Rell dismissed the unfounded allegations against the Tarn mayor.",
            "Rell spoke about the allegations against the Tarn mayor.",
        ),
        # a noun phrase followed by a participle or by a comma is no clause of a verb
        (
            "“Should Ostrin invent a fabricated drought emergency, the guild will sue him.”",
            "“There will be a drought emergency, and the guild will go to court,” Ostrin said.",
        ),
        (
            "The harbour board chair has vowed to try the so-called lockout plan ending night"
            " shifts at the docks.",
            "The harbour board chair asked on Monday whether the dockers would accept the lockout"
            " plan.",
        ),
        (
            "The panel subpoenaed an aide who pushed the governor's false vote fraud claims.",
            "The panel subpoenaed an aide involved in questioning the Tarn election results.",
        ),
    ],
)
def test_a_doubt_adjective_on_a_noun_is_no_doubt_on_the_other_fact(left: str, right: str) -> None:
    assert "attribution" not in types(left, right)


def test_a_doubt_adjective_on_the_claim_the_other_reports_is_doubt() -> None:
    assert types(
        "The mayor repeated false claims that the Tarn election was rigged.",
        "The mayor said the Tarn election was rigged.",
    ) == ["attribution"]
    # a claim noun without a complement doubts the statement's quotation
    assert types(
        "“The dam was never inspected in forty years,” the mayor said, making a false claim.",
        "“The dam was never inspected in forty years,” the mayor said.",
    ) == ["attribution"]
    # a doubt word that is no noun's modifier keeps its clause rule
    assert types(
        "The mayor claimed without evidence that the Tarn election was rigged.",
        "The mayor said the Tarn election was rigged.",
    ) == ["attribution"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # the month dates the baseline a change is measured from, not the change
        (
            "Inflation in Velmora rose to 7.1%, up from 6.4% in May.",
            "Velmora's inflation rate climbed to 7.1% in June.",
        ),
        (
            "The Tarn jobless rate fell sharply to 3.9% from 4.3% in August.",
            "Tarn employers added 1,900 jobs in September as the jobless rate fell to 3.9%.",
        ),
        # the day of the event a sequence word names, however long its name
        (
            "The Tarn council closed the bridge after a long closed-door meeting on Tuesday.",
            "The Tarn council closed the bridge on Wednesday.",
        ),
        # the day an act was set for is not the day another was done
        (
            "The Tarn budget hearing was rescheduled for Friday to let the auditors finish.",
            "The Tarn council put off the budget hearing on Thursday when the auditors asked for"
            " time.",
        ),
        # two named actors, two acts
        (
            "The Tarn Court of Appeal on Friday let the Lorrin fishing quota stand.",
            "Judge Rell Maro had on Wednesday blocked the Lorrin fishing quota at the request of"
            " the fishermen.",
        ),
        # the day of a post is the saying's, not the rule's
        (
            "The Tarn border rule takes effect soon, aide Rell Maro wrote on Twitter Friday.",
            "The Tarn border rule takes effect on Nov. 8.",
        ),
    ],
)
def test_a_date_of_a_baseline_another_event_or_a_post_is_not_the_facts(
    left: str, right: str
) -> None:
    assert "date" not in types(left, right)


def test_the_month_of_the_change_itself_still_conflicts() -> None:
    assert types(
        "The Tarn jobless rate fell to 4.8% in September.",
        "The Tarn jobless rate fell to 4.8% in August.",
    ) == ["date"]


def test_a_sentence_the_page_cut_off_or_a_note_takes_no_part() -> None:
    assert (
        types(
            "The Tarn dam gates were opened on March 12 after the average number of...",
            "The Tarn dam gates were opened on March 13.",
        )
        == []
    )
    assert (
        types(
            "Editor's note: The Tarn dam gates were opened on March 12.",
            "The Tarn dam gates were opened on March 13.",
        )
        == []
    )
    # the same statements, whole, still conflict
    assert types(
        "The Tarn dam gates were opened on March 12.",
        "The Tarn dam gates were opened on March 13.",
    ) == ["date"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # 'claimed' with a noun object asserts a right or a prize, it reports no claim
        (
            "The mill owner has claimed salvage rights to keep the wreck from the Tarn inquiry.",
            "The mill owner has said he will keep the wreck from the Tarn inquiry by invoking"
            " salvage rights.",
        ),
        # 'claims' closing a noun phrase is a noun, whatever the parser tagged it
        (
            "Dam inquiry summons a Velmora councillor who vowed to press his ballot tampering"
            " claims",
            "The dam inquiry summoned a Velmora councillor who had questioned the count of the"
            " 2025 ballot.",
        ),
    ],
)
def test_claim_words_that_report_no_claim(left: str, right: str) -> None:
    assert "attribution" not in types(left, right)


def test_claimed_with_a_clause_still_distances() -> None:
    assert types(
        "Rell claimed he had won the Tarn vote.", "Rell said he had won the Tarn vote."
    ) == ["attribution"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # both distance themselves from the story's claim ('alleged' here is a verb)
        (
            "The mayor blamed the harbour board for the Lorrin Gazette report printed Monday"
            " that alleged Ostrin has taken bribes from the ferry firm",
            "The Gazette printed a report on Monday claiming that Ostrin had taken bribes from"
            " the ferry firm.",
        ),
        # 'false or misleading information' is one noun phrase, a label on each side
        (
            '"The ferry firm never handed false figures to the port authority."',
            'The port authority asked the ferry firm to explain the "false or misleading'
            ' figures" it had handed to the port authority twice.',
        ),
        # 'falsely' casts the same doubt as 'a false claim'
        (
            "“Velmora is the only country that pays for dams,” Rell said, making a false claim.",
            "Rell also falsely stated that Velmora is “the only country that pays for dams.”",
        ),
    ],
)
def test_doubt_on_both_sides_or_on_neither_is_no_conflict(left: str, right: str) -> None:
    assert "attribution" not in types(left, right)


def test_falsely_against_a_plain_report_is_doubt() -> None:
    assert types(
        "Rell falsely stated that the Tarn dam was never inspected.",
        "Rell said the Tarn dam was never inspected.",
    ) == ["attribution"]


def test_two_planned_dates_of_one_act_still_conflict() -> None:
    assert types(
        "The Tarn assembly vote was rescheduled for Friday.",
        "The Tarn assembly vote was rescheduled for Saturday.",
    ) == ["date"]


# -- doubt on both sides, one more doer (BASIL reading, cdog) --------------------------------


def test_strong_doubt_against_a_distancing_verb_is_no_conflict() -> None:
    # both outlets distance themselves from the mayor's claim: no side reports it plainly
    left = "Last week, Mayor Dross dismissed the audit, falsely claiming the report was late."
    right = "Mayor Dross claimed in an interview that the audit report was late."
    assert "attribution" not in types(left, right)
    # against a plain report the strong doubt still conflicts
    plain = "Mayor Dross said in an interview that the audit report was late."
    assert "attribution" in types(left, plain)


def test_one_more_doer_is_no_different_actor() -> None:
    left = "Senator Ulvane extended the drought permits."
    assert "agent" not in types(left, "Mayor Dross also extended the drought permits.")
    assert "agent" not in types(left, "Mayor Dross extended the drought permits too.")
    # without 'also', two named doers of one act on one thing still conflict
    assert "agent" in types(left, "Mayor Dross extended the drought permits.")


def test_a_doubted_clause_is_compared_without_its_condition() -> None:
    left = (
        "Dross said that he was leaving the committee because he would not hand over his "
        "ledger, which he claimed the guild was urging him to do if he hoped to chair the "
        "panel."
    )
    # the other statement shares only the condition's words (chair, panel)
    right = "Dross agreed to chair the panel while saying he might still keep the ledger."
    assert "attribution" not in types(left, right)
    # where it reports what the doubt word doubts, it is compared
    asked = "The guild was urging Dross to hand over his ledger, officials said."
    assert "attribution" in types(left, asked)


def test_a_cause_and_a_sequence_of_two_different_effects_do_not_conflict() -> None:
    left = (
        "Questions were raised following the Orlen court's ruling on how the board would "
        "treat the farmers."
    )
    right = (
        "The new permit rule, which was prompted by the Orlen court's ruling, marks a win "
        "for the farmers."
    )
    assert "causality" not in types(left, right)
    # one effect, told as caused on one side and as a sequence on the other, still conflicts
    caused = "Tarn put its army on alert in retaliation for the arrests of its officers."
    sequenced = "Tarn put its army on alert hours after the arrests of its officers."
    assert "causality" in types(caused, sequenced)


def test_strong_doubt_against_a_distancing_verb_in_another_clause_of_the_sentence() -> None:
    left = "Last week, Mayor Dross dismissed the audit, falsely claiming the report was late."
    right = (
        "Mayor Dross claimed in an interview that the audit report was late, but the auditors "
        "responded that the report was filed on time."
    )
    a, b = storydiff.analyse(
        [
            storydiff.Article(left, outlet="Harbour Gazette", published=SATURDAY),
            storydiff.Article(right, outlet="Lorrin Courier", published=SATURDAY),
        ]
    )
    for unit in b.units:  # whichever clause of the split sentence is compared
        assert "attribution" not in [c.type for c in statement_conflicts(a, a.units[0], b, unit)]
