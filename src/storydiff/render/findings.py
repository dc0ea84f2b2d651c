"""Conflicts and the timeline in the terminal."""

from __future__ import annotations

from rich.console import Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model import Comparison, Conflict, ConflictSide

MAX_CHARS = 220


def conflict_section(comparison: Comparison) -> Panel:
    outlets = {a.id: a.outlet for a in comparison.articles}
    title = f"Where the accounts disagree ({len(comparison.conflicts)})"
    if not comparison.conflicts:
        return Panel(Text("no conflict found", style="dim"), title=title, title_align="left")
    body = Group(*(_conflict(c, outlets) for c in comparison.conflicts))
    return Panel(body, title=title, title_align="left", border_style="red")


def _conflict(conflict: Conflict, outlets: dict[str, str]) -> Text:
    text = Text()
    text.append(f"{conflict.id} {conflict.type}", style="bold red")
    text.append(f"  {conflict.explanation}\n")
    for side in conflict.sides:
        text.append(f"  {outlets[side.article]}: ", style="bold cyan")
        text.append_text(highlighted(side))
        text.append(f"  [{side.start}:{side.end}]\n", style="dim")
    return text


def highlighted(side: ConflictSide) -> Text:
    """The statement with its evidence in bold, clipped around the first piece of evidence."""
    offset = side.start
    text = Text(" ".join(side.text.split()) if not side.evidence else side.text)
    for span in side.evidence:
        text.stylize("bold yellow", span.start - offset, span.end - offset)
    if len(text) > MAX_CHARS:
        first = min((s.start - offset for s in side.evidence), default=0)
        left = max(0, min(first - 60, len(text) - MAX_CHARS))
        text = text[left : left + MAX_CHARS]
        if left:
            text = Text("…") + text
        text.append("…")
    return text


def timeline_table(comparison: Comparison) -> Table | Text:
    timeline = comparison.timeline
    outlets = {a.id: a.outlet for a in comparison.articles}
    undated = ", ".join(outlets.get(a, a) for a in timeline.undated_articles)
    if not timeline.events:
        note = "no dated events"
        if timeline.undated_articles:
            note += "; no publication date for " + undated
        return Text(f"Timeline: {note}", style="dim")
    table = Table(title="Timeline (dates as each outlet gives them)", title_justify="left")
    table.add_column("date", no_wrap=True)
    table.add_column("event", ratio=3)
    for article in comparison.articles:
        table.add_column(escape(article.outlet), max_width=14)
    for event in timeline.events:
        by_article = {e.article: e for e in event.entries}
        first = event.entries[0]
        label = " ".join(first.text.split())
        label = label if len(label) <= 110 else label[:109] + "…"
        cells = []
        for article in comparison.articles:
            entry = by_article.get(article.id)
            cells.append(escape(entry.date) if entry else "·")
        date = escape(event.date) + (" ⚠" if event.dates_differ else "")
        table.add_row(date, escape(label), *cells, style="red" if event.dates_differ else None)
    if timeline.undated_articles:
        table.caption = "no publication date: " + undated
    # a person reads outlet names and the events' own words, never internal ids
    words = {e.id: _first_words(e.entries[0].text) for e in timeline.events}
    for difference in timeline.order_differences:
        a, b = (outlets.get(x, x) for x in difference.articles)
        earlier, later = (words.get(x, x) for x in (difference.first, difference.second))
        table.add_row(
            "order",
            escape(f"{a} puts “{earlier}” before “{later}”; {b} after"),
            *[""] * len(comparison.articles),
            style="red",
        )
    return table


def _first_words(text: str, count: int = 8) -> str:
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")
