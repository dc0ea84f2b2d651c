"""Conflict detectors and the timeline on short articles written for the tests (model)."""

from __future__ import annotations

import pytest

import storydiff
from storydiff.crossdoc.conflicts import statement_conflicts

pytestmark = pytest.mark.model


def pair(left: str, right: str, published: tuple[str | None, str | None] = ("2026-03-14",) * 2):
    """Two one-statement articles, analysed; returns their analyses and first units."""
    a, b = storydiff.analyse(
        [
            storydiff.Article(left, outlet="Harbour Gazette", published=published[0]),
            storydiff.Article(right, outlet="Lorrin Courier", published=published[1]),
        ]
    )
    return a, a.units[0], b, b.units[0]


def types(left: str, right: str, **kwargs: object) -> list[str]:
    a, ua, b, ub = pair(left, right, **kwargs)  # type: ignore[arg-type]
    return [c.type for c in statement_conflicts(a, ua, b, ub)]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "Around 50,000 residents were evacuated from the valley on Friday.",
            "Some 40,000 residents were evacuated from the valley on Friday.",
            ["number"],
        ),
        (
            "About 50,000 residents were evacuated from the valley on Friday.",
            "Officials said 50,000 residents were evacuated from the valley on Friday.",
            [],
        ),
        (
            "Protesters built more than 10 roadblocks across the valley road.",
            "Protesters built dozens of roadblocks across the valley road.",
            [],
        ),
        (
            "Fifteen families were moved to the school in Lorrin town.",
            "Twelve families were moved to the school in Lorrin town.",
            ["number"],
        ),
        (
            "The dam gates were opened on March 12 to relieve the river.",
            "The dam gates were opened on March 13 to relieve the river.",
            ["date"],
        ),
        (
            "The operator opened the dam gates to relieve the swollen river.",
            "The operator did not open the dam gates to relieve the swollen river.",
            ["polarity"],
        ),
        (
            "Police arrested a farmer accused of attacking two rescue workers.",
            "Police arrested a farmer on spurious charges of attacking rescue workers.",
            ["attribution"],
        ),
        (
            # a cause and a sequence that tie the act to the same event ('the vote')
            "In retaliation for the vote, the union closed the dam road on Saturday.",
            "The union closed the dam road on Saturday, hours after the vote.",
            ["causality"],
        ),
        (
            # a cause with no event named against a sequence: the events may differ
            "In retaliation, the union closed the dam road on Saturday.",
            "The union closed the dam road on Saturday, hours after the vote.",
            [],
        ),
        (
            # each side tells the other's sum: the $9.5 billion is of another package
            "Councillors finished a $2 billion harbour bill, whose fate is tied to a "
            "$9.5 billion package of other plans.",
            "Councillors unveiled a nearly $2 billion harbour package after weeks of work.",
            [],
        ),
        (
            "Councillors unveiled a $2 billion harbour package after weeks of work.",
            "Councillors unveiled a $9.5 billion harbour package after weeks of work.",
            ["number"],
        ),
        (
            # two counts over two named periods are two quantities
            "Harwick striker Tovin missed six games this season with a knee injury.",
            "Harwick striker Tovin missed 14 games last season with a knee injury.",
            [],
        ),
        (
            # … but over one period, or one left unnamed, they still conflict
            "Harwick striker Tovin missed six games this season with a knee injury.",
            "Harwick striker Tovin missed 14 games this season with a knee injury.",
            ["number"],
        ),
        (
            "Harwick striker Tovin missed six games this season with a knee injury.",
            "Harwick striker Tovin missed 14 games with a knee injury.",
            ["number"],
        ),
        (
            "The governor said the river would crest on Sunday night.",
            "Governor Mara Tovin told reporters the river would crest on Sunday night.",
            [],
        ),
    ],
)
def test_detectors(left: str, right: str, expected: list[str]) -> None:
    assert types(left, right) == expected


def test_counts_over_two_named_years_are_no_number_conflict() -> None:
    # (the two years themselves still differ: that is the date detector's to judge)
    left = "The Orlen clinic reported 12 measles cases this year."
    assert "number" not in types(left, "The Orlen clinic reported 20 measles cases in 2019.")
    assert "number" in types(left, "The Orlen clinic reported 20 measles cases.")


def test_a_count_over_a_named_period_counts_its_noun_not_the_period() -> None:
    from storydiff.crossdoc.amounts import amounts

    _, unit, _, _ = pair("Tovin missed 14 games last season.", "Tovin missed six games.")
    assert [(a.head, a.period) for a in amounts(unit)] == [("game", "last season")]


def test_an_act_to_come_and_an_act_done_by_one_actor_are_two_acts() -> None:
    published = ("2031-07-17",) * 2  # a Thursday
    left = "Council leader Mara Vell will force a vote next Wednesday on the harbour plan."
    right = "Council leader Mara Vell announced the harbour plan on the council floor Thursday."
    assert types(left, right, published=published) == []
    # one verb, one actor, but a vote to come against one held: a prospect and a past act
    # are not both stated as done, so the gate (crossdoc/conflict_gate.py) holds no conflict
    done = "Council leader Mara Vell forced a vote on the harbour plan on Thursday."
    assert types(left, done, published=published) == []
    # both stated as done, two days: a conflict
    other_day = "Council leader Mara Vell forced a vote on the harbour plan on Tuesday."
    assert types(done, other_day, published=published) == ["date"]


def test_weekdays_of_articles_published_on_different_days_are_not_compared() -> None:
    left = "The dam gates were opened on Tuesday to relieve the river."
    right = "The dam gates were opened on Wednesday to relieve the river."
    assert types(left, right, published=("2026-03-10", "2026-03-18")) == []
    assert types(left, right, published=("2026-03-12", "2026-03-12")) == ["date"]


def test_conflict_evidence_points_at_the_words() -> None:
    a, ua, b, ub = pair(
        "Police arrested a farmer accused of attacking two rescue workers.",
        "Police arrested a farmer on spurious charges of attacking rescue workers.",
    )
    (conflict,) = statement_conflicts(a, ua, b, ub)
    left, right = conflict.sides
    assert [e.text for e in left.evidence] == ["accused of"]
    assert [e.text for e in right.evidence] == ["spurious"]
    assert a.article.text[left.evidence[0].start : left.evidence[0].end] == "accused of"
    assert "Lorrin Courier casts doubt" in conflict.explanation


def test_timeline_marks_dates_that_differ_and_says_when_a_date_is_unknown() -> None:
    articles = [
        storydiff.Article(
            "The river burst its banks on Friday and flooded the lower town. "
            "The dam gates were opened on March 12, 2026.",
            outlet="Harbour Gazette",
            published="2026-03-14",
        ),
        storydiff.Article(
            "The river burst its banks on Thursday and flooded the lower town. "
            "Nobody knows when the water will fall again.",
            outlet="Lorrin Courier",
            published="2026-03-14",
        ),
        storydiff.Article(
            "The river burst its banks on Friday and flooded the lower town.",
            outlet="Valley Broadcast",
        ),
    ]
    timeline = storydiff.compare(articles).timeline
    assert timeline.undated_articles == ("valley-broadcast",)
    flood = next(e for e in timeline.events if "burst" in e.entries[0].text)
    assert flood.dates_differ
    assert {(e.article, e.date) for e in flood.entries} == {
        ("harbour-gazette", "2026-03-13"),
        ("lorrin-courier", "2026-03-12"),
    }
    assert timeline.lanes["valley-broadcast"] == ()
    gates = next(e for e in timeline.events if "gates" in e.entries[0].text)
    assert gates.date == "2026-03-12" and gates.articles == ("harbour-gazette",)


def test_contradictory_dates_inside_one_article_are_both_kept() -> None:
    article = storydiff.Article(
        "The bridge closed on March 3, 2026. The bridge closed on March 5, 2026, officials said.",
        outlet="Harbour Gazette",
        published="2026-03-14",
    )
    other = storydiff.Article("The ferry kept running all week.", outlet="Lorrin Courier")
    timeline = storydiff.compare([article, other]).timeline
    assert [e.date for e in timeline.events] == ["2026-03-03", "2026-03-05"]


def test_reports_show_conflicts_and_timeline_escaped(capsys: pytest.CaptureFixture[str]) -> None:
    from storydiff.render import render_html, render_terminal

    articles = [
        storydiff.Article(
            "Some 40,000 residents were evacuated on March 12, 2026, the <b>council</b> said. "
            "A local radio page showed <script>alert(1)</script> all night.",
            outlet="Harbour Gazette",
            published="2026-03-14",
        ),
        storydiff.Article(
            "Around 50,000 residents were evacuated on March 12, 2026, officials said.",
            outlet="Lorrin Courier",
            published="2026-03-14",
        ),
    ]
    comparison = storydiff.compare(articles)
    assert [c.type for c in comparison.conflicts] == ["number"]
    html = render_html(comparison)
    assert "<script>alert(1)</script>" not in html and "<b>council</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;council&lt;/b&gt;" in html
    assert 'class="ctype">number<' in html and "2026-03-12" in html
    render_terminal(comparison)
    out = capsys.readouterr().out
    assert "Where the accounts disagree (1)" in out and "Timeline" in out


def _timeline_dates(text: str, published: str = "2026-03-14") -> list[tuple[str, str]]:
    """(date, expression) of each timeline entry of a one-article comparison."""
    article = storydiff.Article(text, outlet="Harbour Gazette", published=published)
    other = storydiff.Article(
        "The Lorrin ferry sank.", outlet="Lorrin Courier", published=published
    )
    timeline = storydiff.compare([article, other]).timeline
    return [(e.date, e.expression.text) for ev in timeline.events for e in ev.entries]


def test_a_timeline_entry_is_dated_by_the_date_of_its_own_fact() -> None:
    # 'the Jan. 6 flood' dates the flood, not the subpoena; 'May' dates the baseline
    assert _timeline_dates(
        "The panel investigating the March 2 flood summoned Rell Maro on Wednesday."
    ) == [("2026-03-11", "Wednesday")]
    assert _timeline_dates("Tarn inflation rose to 7.1% in February, up from 6.4% in May.") == [
        ("2026-02", "February")
    ]
    # a day within the weekend named first says more about when
    assert _timeline_dates(
        "The Tarn assembly met for a rare weekend session, voting late on Sunday night."
    ) == [("2026-03-08", "Sunday night")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tarn pledged to cut its emissions 40% from 2010 levels by 2030.", [("2030", "2030")]),
        ("Tarn's exports fell 8% below 2019 levels in February.", [("2026-02", "February")]),
        ("Ferry traffic in Tarn is back above 2018 levels.", []),
    ],
)
def test_the_year_of_a_level_a_change_is_measured_from_dates_no_event(
    text: str, expected: list[tuple[str, str]]
) -> None:
    # 'from 2010 levels': the baseline of a comparison, not when the fact happens
    assert _timeline_dates(text) == expected


def test_days_without_a_year_are_placed_by_month_and_day_when_nothing_dates_them() -> None:
    articles = [
        storydiff.Article(
            "The Orlen depot burned on June 3, fire crews said. "
            "On June 9, the owner of the depot was arrested. The depot was built in 1890.",
            outlet="Harbour Gazette",
        ),
        storydiff.Article(
            "The owner of the Orlen depot was arrested on June 9. "
            "Crews had fought the depot fire since June 1.",
            outlet="Lorrin Courier",
        ),
    ]
    timeline = storydiff.compare(articles).timeline
    assert timeline.undated_articles == ("harbour-gazette", "lorrin-courier")
    dates = [(e.date, e.articles) for e in timeline.events]
    # the written year first, then the yearless days in month-and-day order
    assert dates[0] == ("1890", ("harbour-gazette",))
    assert [d for d, _ in dates[1:]] == sorted(d for d, _ in dates[1:])
    assert {d for d, _ in dates[1:]} == {"--06-01", "--06-03", "--06-09"}
    arrest = next(e for e in timeline.events if e.date == "--06-09")
    assert not arrest.dates_differ
    assert timeline.lanes["harbour-gazette"][0] == "t1"
