"""Conflicts and the timeline in the terminal."""

from __future__ import annotations

from rich.console import Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..text import clip
from .views import ReportView, first_words
from .views_findings import ConflictSideView, ConflictView

MAX_CHARS = 220
MAX_EVENT_CHARS = 110


def conflict_section(view: ReportView) -> Panel:
    title = f"Where the accounts disagree ({len(view.conflicts)})"
    if not view.conflicts:
        return Panel(Text("no conflict found", style="dim"), title=title, title_align="left")
    body = Group(*(_conflict(c) for c in view.conflicts))
    return Panel(body, title=title, title_align="left", border_style="red")


def _conflict(conflict: ConflictView) -> Text:
    text = Text()
    text.append(f"{conflict.id} {conflict.type}", style="bold red")
    text.append(f"  {conflict.explanation}\n")
    for side in conflict.sides:
        text.append(f"  {side.outlet}: ", style="bold cyan")
        text.append_text(highlighted(side))
        text.append(f"  [{side.start}:{side.end}]\n", style="dim")
    return text


def highlighted(side: ConflictSideView) -> Text:
    """The statement with its evidence in bold, clipped around the first piece of evidence."""
    text = Text(" ".join(side.text.split()) if not side.evidence else side.text)
    for start, end in side.evidence:
        text.stylize("bold yellow", start, end)
    if len(text) > MAX_CHARS:
        first = min((start for start, _ in side.evidence), default=0)
        left = max(0, min(first - 60, len(text) - MAX_CHARS))
        text = text[left : left + MAX_CHARS]
        if left:
            text = Text("…") + text
        text.append("…")
    return text


def timeline_table(view: ReportView) -> Table | Text:
    timeline = view.timeline
    if not timeline.events:
        note = "no dated events"
        if timeline.undated:
            note += "; no publication date for " + ", ".join(timeline.undated)
        return Text(f"Timeline: {note}", style="dim")
    table = Table(title="Timeline (dates as each outlet gives them)", title_justify="left")
    table.add_column("date", no_wrap=True)
    table.add_column("event", ratio=3)
    for article in view.articles:
        table.add_column(escape(article.outlet), max_width=14)
    for event in timeline.events:
        by_article = {e.article: e for e in event.entries}
        cells = []
        for article in view.articles:
            entry = by_article.get(article.id)
            # the date column says "(no year)"; a narrow outlet column gives the day alone
            cells.append(escape(entry.shown.removesuffix(" (no year)")) if entry else "·")
        date = escape(event.shown) + (" ⚠" if event.dates_differ else "")
        label = escape(clip(event.text, MAX_EVENT_CHARS))
        table.add_row(date, label, *cells, style="red" if event.dates_differ else None)
    if timeline.undated:
        table.caption = "no publication date: " + ", ".join(timeline.undated)
        if timeline.year_note:
            table.caption += ". " + timeline.year_note
    for order in timeline.order:
        # a person reads outlet names and the events' own words, never internal ids
        first, second = first_words(order.first.text), first_words(order.second.text)
        puts = f"{order.before} puts “{first}” before “{second}”"
        note = escape(f"{puts}; {order.after} after")
        table.add_row("order", note, *[""] * len(view.articles), style="red")
    return table
