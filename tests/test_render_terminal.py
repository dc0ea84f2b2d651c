"""Terminal rendering names outlets, never internal article or event ids (no models)."""

from __future__ import annotations

from rich.console import Console

from storydiff.model import (
    Article,
    Comparison,
    OrderDifference,
    Span,
    Summary,
    Timeline,
    TimelineEntry,
    TimelineEvent,
)
from storydiff.render.findings import timeline_table
from storydiff.render.views import build_report


def _entry(article: str, text: str, date: str) -> TimelineEntry:
    return TimelineEntry(article, 0, len(text), text, date, Span(article, 0, 7, text[:7]))


def test_timeline_order_lines_use_outlet_names_and_event_words() -> None:
    articles = tuple(
        Article(text="x", outlet=name, id=f"doc-8-{n}")
        for n, name in enumerate(["Harbour Gazette", "Lorrin Courier", "Valley Radio"])
    )
    alert = "Castria put its police on alert on Monday before the barricades went up."
    barricades = "Residents put up barricades on Monday night in the town of Darnet."
    timeline = Timeline(
        events=(
            TimelineEvent("t4", "2026-02-09", (_entry("doc-8-0", alert, "2026-02-09"),)),
            TimelineEvent("t5", "2026-02-09", (_entry("doc-8-1", barricades, "2026-02-09"),)),
        ),
        order_differences=(OrderDifference("t4", "t5", ("doc-8-0", "doc-8-1")),),
        undated_articles=("doc-8-2",),
    )
    summary = Summary((), 0, 0, 0, 0, "use", 0.5)
    comparison = Comparison(articles, {}, (), summary, timeline=timeline)
    console = Console(width=320, record=True, color_system=None)
    console.print(timeline_table(build_report(comparison)))
    out = console.export_text()
    assert (
        "Harbour Gazette puts “Castria put its police on alert on Monday…” before “Residents put up"
        in out
    )
    assert "; Lorrin Courier after" in out
    assert "no publication date: Valley Radio" in out
    assert "doc-8" not in out and "t4" not in out


def test_an_only_in_clause_is_shown_in_its_sentence() -> None:
    from io import StringIO

    from storydiff.model import Member, StatementGroup
    from storydiff.render import render_terminal
    from test_render_html import build

    sentence = "Police sealed the square on Monday, days after the council banned the march."
    a = Article(sentence, "Alpha Post")
    b = Article("The square was sealed by police on Monday.", "Beta News")
    clause = "days after the council banned the march."
    head = "Police sealed the square on Monday"
    groups = [
        StatementGroup(
            "s1",
            "shared",
            0.7,
            (Member(a.id, 0, 0, len(head), head), Member(b.id, 0, 0, len(b.text), b.text)),
        ),
        StatementGroup(
            "s2", "unique", 0.0, (Member(a.id, 0, sentence.index(clause), len(sentence), clause),)
        ),
    ]
    out = StringIO()
    render_terminal(build([a, b], groups), Console(file=out, width=200, color_system=None))
    assert f"s2 Police sealed the square on Monday, {clause}" in out.getvalue()
