"""Render a `Comparison` as one self-contained HTML page.

The page reads the same view models as the terminal report (`views.build_report`). All
article text is sliced at the statement members' character offsets and handed to the
template as plain strings; Jinja's autoescaping escapes every one of them. Nothing from the
input is ever marked safe, and the page's only script is the one in the template, which
reads its data from `data-*` attributes holding integers this module generated.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from jinja2 import Environment, PackageLoader

from ..model import Comparison
from ..text import clip
from .html_page import Header, Piece, column_paragraphs, header, place_members, short_label
from .views import PALETTE_SIZE, ArticleView, GroupView, ReportView, build_report

_NEAR_CHARS = 200

__all__ = ["render_html"]

# Light backgrounds with a dark partner for the outline, hues far apart, in an order where
# consecutive slots differ most (the view gives neighbouring facts different slots).
PALETTE: tuple[tuple[str, str], ...] = (
    ("#cfe2ff", "#1f5fbf"),  # blue
    ("#ffdcae", "#a65a00"),  # orange
    ("#cdeec8", "#2a7a22"),  # green
    ("#f9cfe3", "#a3286a"),  # pink
    ("#fff09a", "#806500"),  # yellow
    ("#e0d3fa", "#5b3cb0"),  # violet
    ("#bfeee9", "#137066"),  # teal
    ("#ffc9c2", "#b2301d"),  # red
    ("#e2f0b5", "#566d10"),  # lime
    ("#e9d6c3", "#774a22"),  # brown
    ("#c6e9fb", "#0f6690"),  # sky
    ("#f3cdf6", "#86308f"),  # magenta
)
assert len(PALETTE) == PALETTE_SIZE


@dataclass(frozen=True)
class Column:
    index: int
    article: ArticleView
    paragraphs: list[list[Piece]]
    statements: int
    shared: int
    unique: int


@dataclass(frozen=True)
class MemberLink:
    outlet: str
    text: str
    href: str | None
    before: str = ""
    """The rest of its sentence around an 'only in' clause (MemberView.before / after)."""
    after: str = ""


@dataclass(frozen=True)
class NearLink:
    outlet: str
    text: str
    score: str
    held_apart: str | None
    nothing_close: bool = False


@dataclass(frozen=True)
class GroupItem:
    group: int
    id: str
    kind: str
    outlets: tuple[str, ...]
    similarity: str
    style: str
    members: list[MemberLink]
    closest: list[NearLink]
    joined: str | None = None


@dataclass(frozen=True)
class ListSection:
    anchor: str
    title: str
    empty: str
    show_outlets: bool
    items: list[GroupItem]


@dataclass(frozen=True)
class SummaryLine:
    tag: str
    outlet: str
    published: str
    statements: int
    shared: str
    unique: str
    cells: list[str]
    """Share of this article's statements each article also reports, in column order."""


def render_html(comparison: Comparison) -> str:
    """The report as one HTML document: inline CSS and JS, no external resources."""
    view = build_report(comparison)
    template = _environment().get_template("report.html.j2")
    return template.render(page_context(view))


@lru_cache(maxsize=1)
def _environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("storydiff", "render/templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["short"] = short_label
    return environment


def colour_style(slot: int | None) -> str:
    """The CSS custom properties of a palette slot: --c the background, --d the outline."""
    if slot is None:
        return ""
    light, dark = PALETTE[slot % len(PALETTE)]
    return f"--c:{light};--d:{dark}"


def page_context(view: ReportView) -> dict[str, object]:
    """Everything the template needs, from the view models."""
    groups = [g for s in view.sections for g in s.groups]
    styles = {g.index: colour_style(g.colour) for g in groups}
    placed, anchors = place_members(view, groups, styles)
    rows = {row.article: row for row in view.summary}
    columns = []
    for i, article in enumerate(view.articles):
        row = rows.get(article.id)
        columns.append(
            Column(
                index=i,
                article=article,
                paragraphs=column_paragraphs(article, placed[article.id]),
                statements=row.statements if row else 0,
                shared=row.shared if row else 0,
                unique=row.unique if row else 0,
            )
        )
    lists = [_list_section(s.key, s.title, s.groups, view, styles, anchors) for s in view.sections]
    head: Header = header(view)
    return {
        "title": view.title or "storydiff report",
        "view": view,
        "head": head,
        "columns": columns,
        "lists": lists,
        "palette": [colour_style(i) for i in range(len(PALETTE))],
        "toc": _toc(view, lists),
        "summary": _summary_lines(view),
    }


def _list_section(
    key: str,
    title: str,
    groups: tuple[GroupView, ...],
    view: ReportView,
    styles: dict[int, str],
    anchors: dict[tuple[int, int], str],
) -> ListSection:
    position = next(i for i, s in enumerate(view.sections) if s.key == key)
    anchor = {"all": "by-all", "some": "by-some"}.get(key, f"only-{position}")
    empty = {
        "all": "Nothing reported by every outlet.",
        "some": "Nothing reported by only some outlets.",
    }.get(key, "Nothing only this outlet reported.")
    items = [
        GroupItem(
            group=g.index,
            id=g.id,
            kind=g.kind,
            outlets=g.outlets,
            similarity=f"{g.similarity:.2f}",
            style=styles[g.index],
            members=[
                MemberLink(m.outlet, m.text, _href(anchors.get((g.index, i))), m.before, m.after)
                for i, m in enumerate(g.members)
            ],
            closest=[
                NearLink(
                    c.outlet,
                    clip(c.text, _NEAR_CHARS),
                    f"{c.score:.2f}",
                    c.held_apart,
                    c.nothing_close,
                )
                for c in g.closest
            ],
            joined=g.joined,
        )
        for g in groups
    ]
    return ListSection(anchor, title, empty, key == "some", items)


def _toc(view: ReportView, lists: list[ListSection]) -> list[tuple[str, str, int | None]]:
    """(anchor, label, count) of every part of the page, in page order."""
    toc: list[tuple[str, str, int | None]] = [
        ("summary", "Summary", None),
        ("legend", "Colours and marks", None),
        ("articles", "Articles side by side", None),
    ]
    toc += [(s.anchor, s.title, len(s.items)) for s in lists]
    toc += [
        ("naming", "How outlets name the actors", len(view.naming)),
        ("framing", "Framing", None),
        ("conflicts", "Where the accounts disagree", len(view.conflicts)),
        ("timeline", "Timeline", len(view.timeline.events)),
        ("quotes", "Quotes", len(view.quote_groups)),
    ]
    return toc


def _summary_lines(view: ReportView) -> list[SummaryLine]:
    lines = []
    for row in view.summary:
        shares = {s.article: s.share for s in row.shared_with}
        cells = [
            "—" if a.id == row.article else _percent(shares[a.id]) if a.id in shares else ""
            for a in view.articles
        ]
        shared = row.shared / row.statements if row.statements else 0.0
        lines.append(
            SummaryLine(
                row.tag,
                row.outlet,
                (row.published or "unknown")[:10],
                row.statements,
                _percent(shared),
                "not one story?" if row.unrelated else _percent(row.unique_share),
                cells,
            )
        )
    return lines


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


def _href(anchor: str | None) -> str | None:
    return f"#{anchor}" if anchor else None
