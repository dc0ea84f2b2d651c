"""How each outlet names the actors: the naming table, in the terminal."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..model import ArticleMentions, Comparison, Entity

MAX_ROWS = 25
MAX_CELL = 90


def naming_table(comparison: Comparison) -> Table | Text:
    """Actor × outlet: the names and labels each outlet uses; rows where outlets differ are
    marked, and an actor only one outlet names says so."""
    if not comparison.entities:
        return Text("Naming: no named actors", style="dim")
    table = Table(title="How each outlet names the actors", title_justify="left")
    table.add_column("actor", max_width=24)
    for article in comparison.articles:
        table.add_column(escape(article.outlet), ratio=1)
    for entity in comparison.entities[:MAX_ROWS]:
        cells = []
        present = {a.article: a for a in entity.articles}
        for article in comparison.articles:
            named = present.get(article.id)
            if named is None:
                cells.append(Text("not named", style="dim"))
                continue
            cell = Text(_clip(", ".join(named.labels)))
            if named.descriptors:
                cell.append("\n")
                cell.append(_clip("; ".join(named.descriptors)), style="yellow")
            cell.append(f"  ×{len(named.mentions)}", style="dim")
            cells.append(cell)
        label = Text(entity.label, style="bold")
        label.append(f"\n{entity.type}", style="dim")
        if entity.differs:
            label.append("  labels differ", style="red")
        table.add_row(label, *cells)
    if len(comparison.entities) > MAX_ROWS:
        table.caption = f"{len(comparison.entities) - MAX_ROWS} more actors in the JSON output"
    return table


def framing_table(comparison: Comparison) -> Table | Text:
    """Per outlet: how it introduces what people say (attribution verbs by stance, with the
    speakers), its loaded words and its hedges."""
    if not comparison.framing:
        return Text("Framing: nothing to show", style="dim")
    table = Table(title="Framing: how each outlet introduces words, and colours them",
                  title_justify="left")  # fmt: skip
    table.add_column("", no_wrap=True)
    for article in comparison.articles:
        table.add_column(escape(article.outlet), ratio=1)
    by_article = {f.article: f for f in comparison.framing}
    for stance in ("neutral", "distancing", "endorsing", "emotive"):
        cells = []
        for article in comparison.articles:
            uses = [u for u in by_article[article.id].attributions if u.stance == stance]
            shown = [f"{u.cue} ({u.speaker or '?'})" for u in uses]
            cells.append(escape(_clip("; ".join(shown))) if shown else "·")
        table.add_row(f"verbs: {stance}", *cells)
    cells = []
    for article in comparison.articles:
        loaded = by_article[article.id].loaded
        cells.append(escape(_clip(", ".join(dict.fromkeys(x.text for x in loaded)))) or "·")
    table.add_row("loaded words", *cells)
    cells = []
    for article in comparison.articles:
        found = by_article[article.id].hedges
        cells.append(escape(_clip(", ".join(dict.fromkeys(h.text for h in found)))) or "·")
    table.add_row("hedges", *cells)
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
                cells.append(escape(_clip(text)) + f" ×{len(named.mentions)}")
        table.add_row(escape(entity.label), entity.type, *cells)
    console.print(table)


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"
