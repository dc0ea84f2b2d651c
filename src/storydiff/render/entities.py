"""How each outlet names the actors: the naming table, in the terminal."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..model import ArticleMentions, Entity
from ..text import clip
from .views import ReportView

MAX_ROWS = 25
MAX_CELL = 90


def naming_table(view: ReportView) -> Table | Text:
    """Actor × outlet: the names and labels each outlet uses; rows where outlets differ are
    marked, and an actor only one outlet names says so."""
    if not view.naming:
        return Text("Naming: no named actors", style="dim")
    table = Table(title="How each outlet names the actors", title_justify="left")
    table.add_column("actor", max_width=24)
    for article in view.articles:
        table.add_column(escape(article.outlet), ratio=1)
    for row in view.naming[:MAX_ROWS]:
        cells = []
        for named in row.cells:
            if named is None:
                cells.append(Text("not named", style="dim"))
                continue
            cell = Text(clip(", ".join(named.labels), MAX_CELL))
            if named.descriptors:
                cell.append("\n")
                cell.append(clip("; ".join(named.descriptors), MAX_CELL), style="yellow")
            cell.append(f"  ×{named.count}", style="dim")
            cells.append(cell)
        label = Text(row.label, style="bold")
        label.append(f"\n{row.type}", style="dim")
        if row.differs:
            label.append("  labels differ", style="red")
        table.add_row(label, *cells)
    if len(view.naming) > MAX_ROWS:
        table.caption = f"{len(view.naming) - MAX_ROWS} more actors in the JSON output"
    return table


def framing_table(view: ReportView) -> Table | Text:
    """Per outlet: how it introduces what people say (attribution verbs by stance, with the
    speakers), its loaded words and its hedges."""
    if not view.framing:
        return Text("Framing: nothing to show", style="dim")
    table = Table(title="Framing: how each outlet introduces words, and colours them",
                  title_justify="left")  # fmt: skip
    table.add_column("", no_wrap=True)
    for column in view.framing:
        table.add_column(escape(column.outlet), ratio=1)
    for i, (stance, _) in enumerate(view.framing[0].stances):
        cells = []
        for column in view.framing:
            shown = column.stances[i][1]
            cells.append(escape(clip("; ".join(shown), MAX_CELL)) if shown else "·")
        table.add_row(f"verbs: {stance}", *cells)
    loaded = [escape(clip(", ".join(c.loaded), MAX_CELL)) or "·" for c in view.framing]
    table.add_row("loaded words", *loaded)
    hedges = [escape(clip(", ".join(c.hedges), MAX_CELL)) or "·" for c in view.framing]
    table.add_row("hedges", *hedges)
    return table


def render_entity_list(
    found: Sequence[ArticleMentions],
    entities: Sequence[Entity],
    console: Console | None = None,
) -> None:
    """`storydiff entities`: the actors of the given articles and how each names them."""
    console = console or Console()
    table = Table(title=f"{len(entities)} actors", title_justify="left")
    table.add_column("actor", max_width=26)
    table.add_column("type")
    ids = [m.article.id for m in found]  # columns are headed by outlet names, never ids
    for article in found:
        table.add_column(escape(article.article.outlet), ratio=1)
    for entity in entities:
        present = {a.article: a for a in entity.articles}
        cells = []
        for article_id in ids:
            named = present.get(article_id)
            if named is None:
                cells.append("·")
            else:
                text = ", ".join(named.labels)
                if named.descriptors:
                    text += " [" + "; ".join(named.descriptors) + "]"
                cells.append(escape(clip(text, MAX_CELL)) + f" ×{len(named.mentions)}")
        table.add_row(escape(entity.label), entity.type, *cells)
    console.print(table)
