"""Quotes in the terminal: the quote groups with their word changes, the speaker table,
and the per-article listing of `storydiff quotes`."""

from __future__ import annotations

import json
from collections.abc import Sequence

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model import SCHEMA_VERSION, ArticleQuotes, WordChange
from ..text import clip
from .views import ReportView
from .views_findings import QuoteGroupView, QuoteView

MAX_QUOTE_CHARS = 300
MAX_CHANGES_SHOWN = 8


def quote_sections(view: ReportView) -> list[Panel | Table]:
    """The quote part of the compare report."""
    parts: list[Panel | Table] = []
    if view.speakers:
        parts.append(speaker_table(view))
    shared = view.quote_groups
    title = f"Quoted by more than one outlet ({len(shared)})"
    body: Group | Text = (
        Group(*(_group_text(g) for g in shared)) if shared else Text("none", style="dim")
    )
    parts.append(Panel(body, title=title, title_align="left", border_style="blue"))
    for outlet, versions in view.quoted_only:
        lines = Text()
        for version in versions:
            _quote_line(lines, version)
        title = f"Quoted only by {outlet} ({len(versions)})"
        parts.append(Panel(lines, title=title, title_align="left", border_style="magenta"))
    return parts


def speaker_table(view: ReportView) -> Table:
    table = Table(title="Who is quoted (quotes per outlet)", title_justify="left")
    table.add_column("speaker", max_width=36)
    for article in view.articles:
        table.add_column(escape(article.outlet), justify="right", max_width=16)
    for row in view.speakers:
        table.add_row(escape(row.speaker), *[str(n) if n else "·" for n in row.counts])
    return table


def _group_text(group: QuoteGroupView) -> Text:
    text = Text()
    text.append(f"{group.id} ", style="bold")
    text.append(group.speaker or "speaker unknown", style="bold yellow")
    text.append("\n")
    for version in group.versions:
        text.append(f"  {version.outlet}", style="bold cyan")
        text.append(f" ({version.kind}, {version.cue or 'no cue'}): ", style="dim")
        text.append(clip(version.text, MAX_QUOTE_CHARS))
        text.append(f"  [{version.start}:{version.end}]\n", style="dim")
        if version.changes:
            text.append(_changes(version.changes))
    return text


def _changes(changes: Sequence[WordChange]) -> Text:
    text = Text("      ")
    for change in changes[:MAX_CHANGES_SHOWN]:
        if change.op == "replace":
            text.append(clip(change.reference, 60), style="red strike")
            text.append(" → ")
            text.append(clip(change.version, 60), style="green")
        elif change.op == "delete":
            text.append("−" + clip(change.reference, 60), style="red")
        else:
            text.append("+" + clip(change.version, 60), style="green")
        text.append("  ")
    if len(changes) > MAX_CHANGES_SHOWN:
        text.append(f"(+{len(changes) - MAX_CHANGES_SHOWN} more changes)", style="dim")
    text.append("\n")
    return text


def _quote_line(text: Text, quote: QuoteView) -> None:
    text.append(f"{quote.speaker or 'speaker unknown'}", style="bold yellow")
    text.append(f" ({quote.kind}, {quote.cue or 'no cue'}): ", style="dim")
    text.append(clip(quote.text, MAX_QUOTE_CHARS))
    text.append(f"  [{quote.start}:{quote.end}]\n", style="dim")


def render_quote_list(found: Sequence[ArticleQuotes], console: Console | None = None) -> None:
    """`storydiff quotes`: every quote of each article, with speaker, cue and offsets."""
    console = console or Console()
    for item in found:
        text = Text()
        for quote in item.quotes:
            text.append(f"#{quote.index} ", style="bold")
            text.append(f"[{quote.start}:{quote.end}] {quote.kind}", style="dim")
            if quote.cue:
                text.append(
                    f" · cue '{quote.cue}' [{quote.cue_start}:{quote.cue_end}]", style="dim"
                )
            text.append("\n   ")
            text.append(quote.speaker or "speaker unknown", style="bold yellow")
            if quote.speaker_text and quote.speaker_text != quote.speaker:
                text.append(
                    f"  (written '{clip(quote.speaker_text, 80)}' "
                    f"[{quote.speaker_start}:{quote.speaker_end}])",
                    style="dim",
                )
            text.append("\n   ")
            text.append(clip(quote.text, MAX_QUOTE_CHARS))
            text.append("\n")
        if not item.quotes:
            text.append("no quotes found", style="dim")
        title = f"{item.article.outlet}: {len(item.quotes)} quotes"
        console.print(Panel(text, title=title, title_align="left", border_style="blue"))


def quote_list_json(found: Sequence[ArticleQuotes]) -> str:
    data = {
        "schema_version": SCHEMA_VERSION,
        "generator": "storydiff",
        "command": "quotes",
        "articles": [item.to_dict() for item in found],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
