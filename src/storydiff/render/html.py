"""Render a `Comparison` as one self-contained HTML page.

The page is built from `Comparison.to_dict()`, so it shows exactly what the JSON says. All
article text is sliced here at the statement members' character offsets and handed to the
template as plain strings; Jinja's autoescaping escapes every one of them. Nothing from the
input is ever marked safe, and the page's only script is the one in the template, which
reads its data from `data-*` attributes holding integers this module generated.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader

from ..model import Comparison
from .html_findings import findings_context
from .html_quotes import quote_context

__all__ = ["render_html"]

_GOLDEN_ANGLE = 137.50776405003785
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SAFE_URL = re.compile(r"https?://[^\s]+", re.IGNORECASE)


@dataclass(frozen=True)
class Piece:
    """A stretch of one paragraph: plain text, or (part of) a statement member."""

    text: str
    group: int | None = None
    """Index of the statement group in `statements`; None for text outside statements."""
    kind: str = ""
    anchor: str | None = None
    """The `id` attribute; only on the first piece of a member that crosses paragraphs."""
    style: str = ""
    tip: str = ""
    segments: tuple[tuple[str, str], ...] = ()
    """The text split at framing marks: (text, class) with class '' or 'loaded'/'hedge'."""


@dataclass(frozen=True)
class Column:
    index: int
    id: str
    outlet: str
    title: str | None
    published: str | None
    url: str | None
    """Only set when the URL is http(s); otherwise it is shown as `url_text`."""
    url_text: str | None
    language: str
    paragraphs: list[list[Piece]]
    statements: int
    shared: int
    unique: int


@dataclass(frozen=True)
class MemberRef:
    outlet: str
    text: str
    href: str | None


@dataclass(frozen=True)
class GroupItem:
    group: int
    id: str
    kind: str
    outlets: list[str]
    similarity: str
    style: str
    members: list[MemberRef]


@dataclass(frozen=True)
class SummaryRow:
    outlet: str
    statements: int
    shared: str
    unique: str
    shared_with: list[str]


@dataclass
class _Span:
    start: int
    end: int
    group: int
    anchor: str
    tip: str
    kind: str
    style: str


@dataclass
class _Lists:
    by_all: list[GroupItem] = field(default_factory=list)
    by_some: list[GroupItem] = field(default_factory=list)
    only_in: dict[str, list[GroupItem]] = field(default_factory=dict)


def render_html(comparison: Comparison) -> str:
    """The report as one HTML document: inline CSS and JS, no external resources."""
    template = _environment().get_template("report.html.j2")
    return template.render(**report_context(comparison.to_dict()))


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("storydiff", "render/templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def report_context(data: Mapping[str, Any]) -> dict[str, Any]:
    """Everything the template needs, computed from a `Comparison.to_dict()` dictionary."""
    articles: list[Mapping[str, Any]] = list(data.get("articles", []))
    statements: list[Mapping[str, Any]] = list(data.get("statements", []))
    summary: Mapping[str, Any] = data.get("summary", {})
    outlets = {str(a["id"]): str(a["outlet"]) for a in articles}
    order = {str(a["id"]): i for i, a in enumerate(articles)}
    n_articles = len(articles)

    styles = _group_styles(statements)
    anchors: dict[tuple[int, int], str | None] = {}
    spans: dict[str, list[_Span]] = {str(a["id"]): [] for a in articles}
    for g, group in enumerate(statements):
        kind = str(group.get("kind", ""))
        group_articles = [str(a) for a in group.get("articles", [])]
        similarity = float(group.get("similarity", 0.0))
        for m, member in enumerate(group.get("members", [])):
            article_id = str(member["article"])
            anchors[(g, m)] = None
            if article_id not in spans:
                continue
            anchor = f"m{g}-{m}"
            if kind == "unique":
                tip = f"Only in {outlets[article_id]}"
            else:
                others = [outlets.get(a, a) for a in group_articles if a != article_id]
                also = ", ".join(others) if others else "no other outlet"
                tip = f"Also in: {also} · similarity {similarity:.2f}"
            spans[article_id].append(
                _Span(int(member["start"]), int(member["end"]), g, anchor, tip, kind, styles[g])
            )
            anchors[(g, m)] = anchor

    columns: list[Column] = []
    for i, article in enumerate(articles):
        article_id = str(article["id"])
        text = str(article.get("text", ""))
        placed, aliases = _place_spans(text, spans[article_id])
        for key, target in anchors.items():
            if target is not None and target in aliases:
                anchors[key] = aliases[target]
        url = article.get("url")
        safe_url = str(url).strip() if url and _SAFE_URL.fullmatch(str(url).strip()) else None
        counts = _counts(data.get("summary", {}), article_id)
        columns.append(
            Column(
                index=i,
                id=article_id,
                outlet=outlets[article_id],
                title=_optional_str(article.get("title")),
                published=_optional_str(article.get("published")),
                url=safe_url,
                url_text=None if safe_url or not url else str(url),
                language=str(article.get("language") or "en"),
                paragraphs=_paragraphs(text, placed, _framing_marks(data, article_id)),
                statements=counts[0],
                shared=counts[1],
                unique=counts[2],
            )
        )

    lists = _Lists(only_in={str(a["id"]): [] for a in articles})
    items: list[tuple[tuple[int, int], GroupItem, str]] = []
    for g, group in enumerate(statements):
        kind = str(group.get("kind", ""))
        members = list(group.get("members", []))
        group_articles = [str(a) for a in group.get("articles", [])]
        item = GroupItem(
            group=g,
            id=str(group.get("id", g)),
            kind=kind,
            outlets=[outlets.get(a, a) for a in group_articles],
            similarity=f"{float(group.get('similarity', 0.0)):.2f}",
            style=styles[g],
            members=[
                MemberRef(
                    outlet=outlets.get(str(member["article"]), str(member["article"])),
                    text=str(member.get("text", "")),
                    href=_href(anchors.get((g, m))),
                )
                for m, member in enumerate(members)
            ],
        )
        position = min(
            ((order.get(str(m["article"]), n_articles), int(m["start"])) for m in members),
            default=(n_articles, 0),
        )
        if kind == "unique" or len(group_articles) < 2:
            bucket = group_articles[0] if group_articles else ""
        else:
            bucket = "all" if len(set(group_articles)) >= n_articles else "some"
        items.append((position, item, bucket))
    for _, item, bucket in sorted(items, key=lambda entry: entry[0]):
        if bucket == "all":
            lists.by_all.append(item)
        elif bucket == "some":
            lists.by_some.append(item)
        elif bucket in lists.only_in:
            lists.only_in[bucket].append(item)

    rows = _summary_rows(summary, articles, outlets)
    first_title = _optional_str(articles[0].get("title")) if articles else None
    return {
        "title": first_title or "storydiff report",
        "schema_version": data.get("schema_version"),
        "generator": str(data.get("generator") or "storydiff"),
        "summary": summary,
        "threshold": _optional_float(summary.get("threshold")),
        "encoder": _optional_str(summary.get("encoder")),
        "rows": rows,
        "columns": columns,
        "by_all": lists.by_all,
        "by_some": lists.by_some,
        "only_in": [(c.outlet, lists.only_in[c.id]) for c in columns],
        "unique_count": sum(len(items) for items in lists.only_in.values()),
        **quote_context(data),
        **findings_context(data),
    }


def _group_styles(statements: Sequence[Mapping[str, Any]]) -> list[str]:
    """CSS custom properties per group: a pastel colour per shared group, none for unique."""
    styles: list[str] = []
    shared = 0
    for group in statements:
        if group.get("kind") == "unique":
            styles.append("")
            continue
        hue = (shared * _GOLDEN_ANGLE) % 360
        # Alternate lightness too, so hues that come round close together still differ.
        light = 86 if shared % 2 == 0 else 80
        shared += 1
        styles.append(f"--c:hsl({hue:.1f} 80% {light}%);--d:hsl({hue:.1f} 60% 35%)")
    return styles


def _place_spans(text: str, spans: list[_Span]) -> tuple[list[_Span], dict[str, str]]:
    """Sort, bound and de-overlap one article's spans.

    A span overlapping an earlier one is clipped to start where that one ends; a span left
    empty is dropped, and its anchor aliased to the span that swallowed it, so links to it
    still land on its text. The text itself is never dropped or repeated: spans only mark it.
    """
    placed: list[_Span] = []
    aliases: dict[str, str] = {}
    cursor = 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end, s.group)):
        start = min(max(span.start, cursor, 0), len(text))
        end = min(max(span.end, 0), len(text))
        if end <= start:
            holder = next((p for p in reversed(placed) if p.start <= span.start), None)
            if holder or placed:
                aliases[span.anchor] = (holder or placed[0]).anchor
            continue
        span.start, span.end = start, end
        placed.append(span)
        cursor = end
    return placed, aliases


def _paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: text split on blank lines, outer whitespace trimmed."""
    ranges: list[tuple[int, int]] = []
    start = 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if chunk.strip():
            ranges.append((start + lead, end - trail))
        if match:
            start = match.end()
    return ranges


def _paragraphs(
    text: str, spans: list[_Span], marks: Sequence[tuple[int, int, str]] = ()
) -> list[list[Piece]]:
    """Each paragraph as pieces; a span crossing a paragraph break is split at it, and each
    piece's text is cut at the framing marks (loaded words, hedges) it holds."""
    paragraphs: list[list[Piece]] = []
    index = 0
    started: set[str] = set()
    for p_start, p_end in _paragraph_ranges(text):
        pieces: list[Piece] = []
        pos = p_start
        while index < len(spans) and spans[index].end <= p_start:
            index += 1
        j = index
        while j < len(spans) and spans[j].start < p_end:
            span = spans[j]
            s, e = max(span.start, p_start), min(span.end, p_end)
            if s > pos:
                pieces.append(Piece(text[pos:s], segments=_segments(text, pos, s, marks)))
            if e > s:
                anchor = None if span.anchor in started else span.anchor
                started.add(span.anchor)
                pieces.append(
                    Piece(
                        text[s:e],
                        span.group,
                        span.kind,
                        anchor,
                        span.style,
                        span.tip,
                        _segments(text, s, e, marks),
                    )
                )
                pos = e
            j += 1
        if pos < p_end:
            pieces.append(Piece(text[pos:p_end], segments=_segments(text, pos, p_end, marks)))
        paragraphs.append(pieces)
    return paragraphs


def _segments(
    text: str, start: int, end: int, marks: Sequence[tuple[int, int, str]]
) -> tuple[tuple[str, str], ...]:
    inside = [(max(s, start), min(e, end), c) for s, e, c in marks if s < end and start < e]
    if not inside:
        return ()
    result: list[tuple[str, str]] = []
    pos = start
    for s, e, cls in sorted(inside):
        if s < pos:
            continue
        if s > pos:
            result.append((text[pos:s], ""))
        result.append((text[s:e], cls))
        pos = e
    if pos < end:
        result.append((text[pos:end], ""))
    return tuple(result)


def _framing_marks(data: Mapping[str, Any], article_id: str) -> list[tuple[int, int, str]]:
    for item in data.get("framing", []):
        if item.get("article") == article_id:
            marks = [(int(x["start"]), int(x["end"]), "loaded") for x in item.get("loaded", [])]
            marks += [(int(h["start"]), int(h["end"]), "hedge") for h in item.get("hedges", [])]
            return sorted(marks)
    return []


def _counts(summary: Mapping[str, Any], article_id: str) -> tuple[int, int, int]:
    """Statements, shared and unique counts of one article, as the summary gives them
    (statements, not groups: one group can hold two adjacent statements of an article)."""
    for entry in summary.get("articles", []):
        if entry.get("article") == article_id:
            return int(entry["statements"]), int(entry["shared"]), int(entry["unique"])
    return 0, 0, 0


def _summary_rows(
    summary: Mapping[str, Any], articles: Sequence[Mapping[str, Any]], outlets: dict[str, str]
) -> list[SummaryRow]:
    rows: list[SummaryRow] = []
    for entry in summary.get("articles", []):
        article_id = str(entry.get("article", ""))
        statements = int(entry.get("statements", 0))
        shared_with: Mapping[str, Any] = entry.get("shared_with", {})
        cells = []
        for other in articles:
            other_id = str(other["id"])
            if other_id == article_id:
                cells.append("—")
            elif other_id in shared_with:
                cells.append(_percent(float(shared_with[other_id])))
            else:
                cells.append("")
        rows.append(
            SummaryRow(
                outlet=str(entry.get("outlet") or outlets.get(article_id, article_id)),
                statements=statements,
                shared=_percent(int(entry.get("shared", 0)) / statements if statements else 0.0),
                unique=_percent(float(entry.get("unique_share", 0.0))),
                shared_with=cells,
            )
        )
    return rows


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


def _href(anchor: str | None) -> str | None:
    return f"#{anchor}" if anchor else None


def _optional_str(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _optional_float(value: Any) -> float | None:
    return None if value is None else float(value)
