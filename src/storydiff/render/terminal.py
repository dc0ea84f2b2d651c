"""The terminal report: what all outlets report, what only some do, what only one does."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model import Comparison, StatementGroup
from ..text import clip
from .entities import framing_table, naming_table
from .findings import conflict_section, timeline_table
from .quotes import quote_sections

MAX_STATEMENT_CHARS = 240


def render_terminal(comparison: Comparison, console: Console | None = None) -> None:
    console = console or Console()
    outlets = {a.id: a.outlet for a in comparison.articles}
    console.print(_header(comparison))
    console.print(_summary_table(comparison))

    everyone = comparison.shared_by_all()
    some = comparison.shared_by_some()
    label = "Reported by all" if len(comparison.articles) > 2 else "Reported by both"
    console.print(_section(f"{label} ({len(everyone)})", everyone, outlets, "green"))
    if len(comparison.articles) > 2:
        console.print(_section(f"Reported by some ({len(some)})", some, outlets, "yellow"))
    for article in comparison.articles:
        only = comparison.unique_to(article.id)
        title = f"Only in {article.outlet} ({len(only)})"
        console.print(_section(title, only, outlets, "magenta"))
    console.print(naming_table(comparison))
    console.print(framing_table(comparison))
    for part in quote_sections(comparison):
        console.print(part)
    console.print(conflict_section(comparison))
    console.print(timeline_table(comparison))


def _header(comparison: Comparison) -> Text:
    titles = [a.title for a in comparison.articles if a.title]
    text = Text()
    text.append("storydiff", style="bold")
    text.append(f" · {len(comparison.articles)} articles")
    if titles:
        text.append(f" · {titles[0]}", style="italic")
    return text


def _summary_table(comparison: Comparison) -> Table:
    table = Table(title="Coverage", title_justify="left", expand=False)
    table.add_column("", no_wrap=True)
    table.add_column("outlet", max_width=28)
    table.add_column("published", no_wrap=True)
    table.add_column("statements", justify="right")
    table.add_column("only here", justify="right", no_wrap=True)
    table.add_column("also reported by")
    tags = {a.id: _tag(i) for i, a in enumerate(comparison.articles)}
    for article, summary in zip(comparison.articles, comparison.summary.articles, strict=True):
        shared_with = "  ".join(
            f"{tags[other]}\u00a0{share:.0%}" for other, share in summary.shared_with.items()
        )
        table.add_row(
            tags[article.id],
            escape(article.outlet),
            (article.published or "unknown")[:10],
            str(summary.statements),
            f"{summary.unique} ({summary.unique_share:.0%})",
            shared_with,
        )
    return table


def _tag(index: int) -> str:
    return chr(ord("A") + index) if index < 26 else str(index + 1)


def _section(
    title: str, groups: list[StatementGroup], outlets: dict[str, str], colour: str
) -> Panel:
    if not groups:
        body: Group | Text = Text("nothing", style="dim")
    else:
        body = Group(*(_group_text(g, outlets) for g in groups))
    return Panel(body, title=title, title_align="left", border_style=colour, expand=True)


def _group_text(group: StatementGroup, outlets: dict[str, str]) -> Text:
    text = Text()
    if group.kind == "shared":
        text.append(f"{group.id} ", style="bold")
        text.append(f"similarity {group.similarity:.2f}\n", style="dim")
    for member in group.members:
        if group.kind == "shared":
            text.append(f"  {outlets[member.article]}: ", style="bold cyan")
        else:
            text.append(f"{group.id} ", style="dim")
        text.append(clip(member.text, MAX_STATEMENT_CHARS))
        text.append(f"  [{member.start}:{member.end}]\n", style="dim")
    return text
