"""Which time expression places a statement on the timeline, on articles written for the
tests (model)."""

from __future__ import annotations

import pytest

import storydiff
from helpers import timeline_dates

pytestmark = pytest.mark.model


_timeline_dates = timeline_dates


@pytest.mark.parametrize(
    "text",
    [
        # an earlier event the fact is set against
        "Ahead of the Orlen port strike of 2019, Mayor Ilse Dorrow vowed to talk first.",
        "The union and the board met for the first time since a session two weeks ago.",
        "The two sides issued one statement, not quarrelling as following the talks last week.",
        # a year on a noun, or in a side clause about someone else
        "Vell Arno, the 1994 Tarn party nominee, has also been named as a possible candidate.",
        "The inquiry looks at whether Orlen officials rigged last year's harbour ballot.",
        "Dorrow named Vell Arno to hold the post until a by-election in December.",
        "Dorrow will be the second woman in the post, after Mara Quist, who served 1961 to 1969.",
        # a day counted from publication inside a quotation is the speaker's, not the paper's
        '"The two leaders met in the harbour office this afternoon," the statement said.',
    ],
)
def test_a_date_of_another_event_never_places_the_statement(text: str) -> None:
    assert _timeline_dates(text) == []


def test_a_date_on_a_noun_that_the_statement_is_about_still_places_it() -> None:
    assert _timeline_dates("Sunday's meeting in Orlen was the second in a week.") == [
        ("2026-03-08", "Sunday")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riot police cleared the square shortly after midnight.", ("2026-03-14", "midnight")),
        ("A fire broke out at the Orlen mill shortly before 11 pm on Tuesday.",
         ("2026-03-10", "11 pm on Tuesday")),
        ("Tarn broke away after a short war in 2011.", ("2011", "2011")),
        ("Dross later apologised and reversed his stance in 1999.", ("1999", "1999")),
        ("During his 2016 campaign, Dross dismissed the charges.", ("2016", "2016")),
        ("The Orlen court ruled in 1898's Varn case that the port was public.", ("1898", "1898")),
        ("Dorrow is setting hopes high for this year's Orlen ballot.", ("2026", "this year")),
        ("The union has threatened a strike since talks broke down last month.",
         ("2026-02", "last month")),
    ],
)  # fmt: skip
def test_a_date_that_bounds_the_fact_closely_still_places_it(
    text: str, expected: tuple[str, str]
) -> None:
    assert _timeline_dates(text) == [expected]


def test_the_day_of_the_saying_places_a_statement_whose_other_date_is_another_events() -> None:
    text = "The Orlen panel said on Tuesday it had summoned the mayor over last year's ballot."
    assert _timeline_dates(text) == [("2026-03-10", "Tuesday")]


def test_a_statement_that_reports_two_dated_acts_is_on_the_timeline_at_both() -> None:
    text = "Ida Varn joined the Orlen council in 2019 and resigned on Tuesday."
    assert _timeline_dates(text) == [("2019", "2019"), ("2026-03-10", "Tuesday")]
    # one span of years, or two years of one act, stay one event (at the span's start)
    text = "Ida Varn served on the Orlen council from 2009 to 2019."
    assert _timeline_dates(text) == [("2009", "2009 to 2019")]
    text = "Dorrow on Tuesday named Arno to the seat until a vote set for June 25."
    assert _timeline_dates(text) == [("2026-03-10", "Tuesday")]


def test_a_stretch_that_holds_the_facts_day_is_no_second_act() -> None:
    """'On Friday, Orlen passed 300 burglaries so far this year': the year is the stretch the
    count runs over, not a second event dated '2026' beside Friday's."""
    text = "On Friday, Orlen passed 300 burglaries so far this year."
    assert _timeline_dates(text) == [("2026-03-13", "Friday")]


def test_two_groups_that_share_a_statement_on_one_day_are_one_timeline_event() -> None:
    # the aligner may put one outlet's lead in two groups (each with one other outlet whose
    # lead it links to, the two others not linked): the timeline shows one event with the
    # day each outlet gives, not a second row holding only the third outlet
    from storydiff.crossdoc.timeline import build_timeline
    from storydiff.model import Member, StatementGroup
    from storydiff.pipeline import analyse

    texts = {
        "Harbour Gazette": "The Tarn council closed the Orlen bridge on Tuesday.",
        "Lorrin Courier": "Officials shut the Orlen bridge to traffic on Tuesday.",
        "Valley Broadcast": "The Orlen bridge was closed on Tuesday, the council said.",
    }
    articles = [
        storydiff.Article(text, outlet=outlet, published="2026-03-14")
        for outlet, text in texts.items()
    ]
    analyses = analyse(storydiff.pipeline.with_unique_ids(articles))

    def member(k: int) -> Member:
        unit = analyses[k].units[0]
        return Member(analyses[k].article.id, 0, unit.start, unit.end, unit.text)

    groups = [
        StatementGroup("s1", "shared", 0.5, (member(0), member(1))),
        StatementGroup("s2", "shared", 0.5, (member(0), member(2))),
    ]
    timeline = build_timeline(analyses, groups)
    assert [sorted(e.articles) for e in timeline.events] == [sorted(a.article.id for a in analyses)]
