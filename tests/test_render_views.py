"""The view models both renderers read: colours of neighbouring facts, dates on the axis."""

from __future__ import annotations

from storydiff.model import Article, Member, NearMiss, StatementGroup
from storydiff.render.views import build_report
from storydiff.render.views_findings import date_label
from test_render_html import build


def test_neighbouring_facts_get_different_colours() -> None:
    sentences = [f"Fact number {i} happened in the valley." for i in range(6)]
    a = Article(" ".join(sentences), "Alpha Post")
    b = Article(" ".join(reversed(sentences)), "Beta News")
    groups = []
    for n, sentence in enumerate(sentences):
        members = tuple(
            Member(
                x.id, 0, x.text.index(sentence), x.text.index(sentence) + len(sentence), sentence
            )
            for x in (a, b)
        )
        groups.append(StatementGroup(f"s{n}", "shared", 0.8, members))
    view = build_report(build([a, b], groups))
    colours = [g.colour for g in view.sections[0].groups]
    assert all(c is not None for c in colours)
    assert len(set(colours)) == len(colours)


def test_dates_read_as_words() -> None:
    assert date_label("2026-02-10") == "10 Feb 2026"
    assert date_label("2026-02") == "Feb 2026"
    assert date_label("2022-W51") == "week 51, 2022"
    assert date_label("2011") == "2011"
    # a day or month that no year was given for says so
    assert date_label("--02-10") == "10 Feb (no year)"
    assert date_label("--02") == "Feb (no year)"


def test_an_undated_articles_yearless_and_carried_years_are_marked() -> None:
    from storydiff.model import Span, Timeline, TimelineEntry, TimelineEvent
    from storydiff.render.views_findings import timeline_view

    def entry(value: str, written: str) -> TimelineEntry:
        return TimelineEntry("a", 0, 10, "The Orlen bridge shut.", value, Span("a", 0, 5, written))

    events = (
        TimelineEvent("t1", "2026-03-02", (entry("2026-03-02", "March 2, 2026"),)),
        TimelineEvent("t2", "2026-03-06", (entry("2026-03-06", "March 6"),)),
        TimelineEvent("t3", "--04-01", (entry("--04-01", "April 1"),)),
    )
    article = Article("The Orlen bridge shut.", outlet="Orlen Post", id="a")
    view = timeline_view(Timeline(events, {"a": ("t1", "t2", "t3")}, (), ("a",)), [article])
    assert [e.shown for e in view.events] == ["2026-03-02", "2026-03-06*", "1 Apr (no year)"]
    assert "placed by month and day" in view.year_note and "* the year" in view.year_note
    # no gap is counted between a dated day and one without a year
    assert [d.gap for d in view.dates] == ["", "4 days later", ""]


def test_a_near_miss_under_the_threshold_never_reads_as_reaching_it() -> None:
    a = Article("The dam gates were opened at dawn.", "Alpha Post")
    b = Article("Engineers opened the dam gates early.", "Beta News")
    near = [NearMiss(b.id, 0, 0, len(b.text), b.text, score) for score in (0.3598, 0.29, 0.36)]
    group = StatementGroup(
        "s1", "unique", 0.0, (Member(a.id, 0, 0, len(a.text), a.text),), tuple(near)
    )
    view = build_report(build([a, b], [group]))
    (shown,) = [g for s in view.sections for g in s.groups]
    assert [c.score for c in shown.closest] == [0.35, 0.29, 0.36]


def test_a_near_miss_at_zero_says_nothing_is_close_instead_of_naming_a_sentence() -> None:
    """A statement no pair came near is shown 'nothing close in X', not an unrelated sentence
    of X labelled 'closest' at 0.00 (AllSides reading, issue 10)."""
    from io import StringIO

    from rich.console import Console

    from storydiff.render import render_html, render_terminal

    a = Article("The ferry captain waved to the crowd.", "Alpha Post")
    b = Article("Tolls on the Brill bridge rise in May.", "Beta News")
    c = Article("The harbour board met on Tuesday to vote.", "Gamma Radio")
    near = (
        NearMiss(b.id, 0, 0, len(b.text), b.text, 0.004),
        NearMiss(c.id, 0, 0, len(c.text), c.text, 0.012),
    )
    group = StatementGroup("s1", "unique", 0.0, (Member(a.id, 0, 0, len(a.text), a.text),), near)
    comparison = build([a, b, c], [group])
    (shown,) = [g for s in build_report(comparison).sections for g in s.groups]
    assert [n.nothing_close for n in shown.closest] == [True, False]
    out = StringIO()
    render_terminal(comparison, Console(file=out, width=200, color_system=None))
    text = out.getvalue()
    assert "nothing close in Beta News (every statement scores 0.00)" in text
    assert "closest in Beta News" not in text and "Tolls on the Brill" not in text
    assert "closest in Gamma Radio: The harbour board met on Tuesday to vote.  0.01" in text
    page = render_html(comparison)
    assert 'nothing close in <span class="outlet">Beta News</span>' in page
    assert "Tolls on the Brill" not in page.split('<ul class="near">')[1].split("</ul>")[0]
