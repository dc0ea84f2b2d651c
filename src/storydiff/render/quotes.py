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

from ..model import SCHEMA_VERSION, ArticleQuotes, Comparison, Quote, QuoteGroup, WordChange
from ..text import clip

MAX_QUOTE_CHARS = 300
MAX_CHANGES_SHOWN = 8


def quote_sections(comparison: Comparison) -> list[Panel | Table]:
    """The quote part of the compare report."""
    outlets = {a.id: a.outlet for a in comparison.articles}
    shared = [g for g in comparison.quotes if len(g.articles) > 1]
    single = [g for g in comparison.quotes if len(g.articles) == 1]
    parts: list[Panel | Table] = []
    if comparison.speakers:
        parts.append(speaker_table(comparison))
    title = f"Quoted by more than one outlet ({len(shared)})"
    body: Group | Text = (
        Group(*(_group_text(g, outlets) for g in shared)) if shared else Text("none", style="dim")
    )
    parts.append(Panel(body, title=title, title_align="left", border_style="blue"))
    for article in comparison.articles:
        only = [g for g in single if g.articles == (article.id,)]
        if not only:
            continue
        lines = Text()
        for group in only:
            for member in group.members:
                _quote_line(lines, member.quote)
        title = f"Quoted only by {article.outlet} ({sum(len(g.members) for g in only)})"
        parts.append(Panel(lines, title=title, title_align="left", border_style="magenta"))
    return parts


def speaker_table(comparison: Comparison) -> Table:
    table = Table(title="Who is quoted (quotes per outlet)", title_justify="left")
    table.add_column("speaker", max_width=36)
    for article in comparison.articles:
        table.add_column(escape(article.outlet), justify="right", max_width=16)
    for row in comparison.speakers:
        cells = [str(row.counts.get(a.id, 0)) or "" for a in comparison.articles]
        table.add_row(escape(row.speaker), *[c if c != "0" else "·" for c in cells])
    return table


def _group_text(group: QuoteGroup, outlets: dict[str, str]) -> Text:
    text = Text()
    text.append(f"{group.id} ", style="bold")
    text.append(group.speaker or "speaker unknown", style="bold yellow")
    text.append("\n")
    for member in group.members:
        quote = member.quote
        text.append(f"  {outlets[member.article]}", style="bold cyan")
        text.append(f" ({quote.kind}, {quote.cue or 'no cue'}): ", style="dim")
        text.append(clip(quote.text, MAX_QUOTE_CHARS))
        text.append(f"  [{quote.start}:{quote.end}]\n", style="dim")
        if member.changes:
            text.append(_changes(member.changes))
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


def _quote_line(text: Text, quote: Quote) -> None:
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
