"""The terminal report: what all outlets report, what only some do, what only one does."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model import Comparison
from ..text import clip
from .entities import framing_table, naming_table
from .findings import conflict_section, timeline_table
from .quotes import quote_sections
from .views import GroupView, ReportView, StatementSection, build_report

MAX_STATEMENT_CHARS = 240
MAX_NEAR_MISS_CHARS = 120
MAX_CONTEXT_CHARS = 60
"""Of the rest of the sentence shown, dim, around an 'only in' clause."""
_SECTION_COLOURS = {"all": "green", "some": "yellow"}


def render_terminal(comparison: Comparison, console: Console | None = None) -> None:
    console = console or Console()
    view = build_report(comparison)
    console.print(_header(view))
    for warning in view.warnings:
        console.print(Text.assemble(("warning: ", "bold red"), warning))
    console.print(Text(view.matching, style="dim"))
    console.print(_summary_table(view))
    for section in view.sections:
        console.print(_section(section))
    console.print(naming_table(view))
    console.print(framing_table(view))
    for part in quote_sections(view):
        console.print(part)
    console.print(conflict_section(view))
    console.print(timeline_table(view))


def _header(view: ReportView) -> Text:
    text = Text()
    text.append("storydiff", style="bold")
    text.append(f" · {len(view.articles)} articles")
    if view.title:
        text.append(f" · {view.title}", style="italic")
    return text


def _summary_table(view: ReportView) -> Table:
    table = Table(title="Coverage", title_justify="left", expand=False)
    table.add_column("", no_wrap=True)
    table.add_column("outlet", max_width=28)
    table.add_column("published", no_wrap=True)
    table.add_column("statements", justify="right")
    table.add_column("only here", justify="right", no_wrap=True)
    table.add_column("also reported by")
    for row in view.summary:
        shared_with = "  ".join(f"{s.tag}\u00a0{s.share:.0%}" for s in row.shared_with)
        table.add_row(
            row.tag,
            escape(row.outlet),
            (row.published or "unknown")[:10],
            str(row.statements),
            row.only_here,
            shared_with,
        )
    return table


def _section(section: StatementSection) -> Panel:
    title = f"{section.title} ({len(section.groups)})"
    colour = _SECTION_COLOURS.get(section.key, "magenta")
    if not section.groups:
        body: Group | Text = Text("nothing", style="dim")
    else:
        body = Group(*(_group_text(g) for g in section.groups))
    return Panel(body, title=title, title_align="left", border_style=colour, expand=True)


def _around(before: str, after: str) -> tuple[str, str]:
    """The rest of an 'only in' clause's sentence, cut to `MAX_CONTEXT_CHARS` on the side
    away from the clause."""
    lead = " ".join(before.split())
    if len(lead) > MAX_CONTEXT_CHARS:
        cut = lead[-(MAX_CONTEXT_CHARS - 1) :]
        lead = "…" + (cut.split(" ", 1)[1] if " " in cut else cut)  # from a whole word
    tail = clip(after, MAX_CONTEXT_CHARS)
    if tail and after[:1].isspace():
        tail = " " + tail
    return (lead + " " if lead else ""), tail


def _group_text(group: GroupView) -> Text:
    text = Text()
    if group.kind == "shared":
        text.append(f"{group.id} ", style="bold")
        text.append(f"similarity {group.similarity:.2f}", style="dim")
        if group.joined:
            text.append(f" · joined: {group.joined}", style="dim italic")
        text.append("\n")
    for member in group.members:
        if group.kind == "shared":
            text.append(f"  {member.outlet}: ", style="bold cyan")
        else:
            text.append(f"{group.id} ", style="dim")
        before, after = _around(member.before, member.after)
        text.append(before, style="dim")
        text.append(clip(member.text, MAX_STATEMENT_CHARS))
        text.append(after, style="dim")
        text.append(f"  [{member.start}:{member.end}]\n", style="dim")
    for near in group.closest:
        if near.nothing_close:
            text.append(
                f"    nothing close in {near.outlet} (every statement scores 0.00)\n",
                style="dim italic",
            )
            continue
        text.append(f"    closest in {near.outlet}: ", style="dim italic")
        text.append(clip(near.text, MAX_NEAR_MISS_CHARS), style="dim")
        text.append(f"  {near.score:.2f}  [{near.start}:{near.end}]\n", style="dim")
        if near.held_apart:
            text.append(f"      held apart: {near.held_apart}\n", style="dim italic")
    return text
