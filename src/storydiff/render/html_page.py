"""The HTML report's article columns and header sentences, from the view models.

Statement members become spans over the article text (sliced at their offsets, never
rewritten); the header says in words what was compared and how sure the matching is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .views import ArticleView, GroupView, Mark, ReportView
from .views_findings import date_label

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Piece:
    """A stretch of one paragraph: plain text, or (part of) a statement member."""

    text: str
    group: int | None = None
    """Index of the statement group in `Comparison.statements`; None outside statements."""
    kind: str = ""
    anchor: str | None = None
    """The `id` attribute; only on the first piece of a member that crosses paragraphs."""
    style: str = ""
    tip: str = ""
    segments: tuple[tuple[str, str], ...] = ()
    """The text split at framing marks: (text, class) with class '' or 'loaded'/'hedge'."""


@dataclass
class _Span:
    start: int
    end: int
    group: int
    anchor: str
    tip: str
    kind: str
    style: str


@dataclass(frozen=True)
class Header:
    compared: str
    found: str
    sureness: str


def place_members(
    view: ReportView, groups: Sequence[GroupView], styles: dict[int, str]
) -> tuple[dict[str, list[_Span]], dict[tuple[int, int], str]]:
    """Each article's member spans, sorted and de-overlapped, and the anchor each member's
    link goes to (the span that swallowed it, when it was swallowed whole)."""
    spans: dict[str, list[_Span]] = {a.id: [] for a in view.articles}
    anchors: dict[tuple[int, int], str] = {}
    for group in groups:
        reporters = dict.fromkeys((m.article, m.outlet) for m in group.members)
        for m, member in enumerate(group.members):
            if member.article not in spans:
                continue
            if group.kind == "unique":
                tip = f"Only in {member.outlet}"
            else:
                others = [o for a, o in reporters if a != member.article]
                also = ", ".join(others) if others else "no other outlet"
                tip = f"Also in: {also} · similarity {group.similarity:.2f}"
                if group.joined:
                    tip += f" · joined: {group.joined}"
            anchor = f"m{group.index}-{m}"
            span = _Span(
                member.start, member.end, group.index, anchor, tip, group.kind, styles[group.index]
            )
            spans[member.article].append(span)
            anchors[(group.index, m)] = anchor
    placed: dict[str, list[_Span]] = {}
    for article in view.articles:
        placed[article.id], aliases = _place_spans(article.text, spans[article.id])
        for key, target in anchors.items():
            if target in aliases:
                anchors[key] = aliases[target]
    return placed, anchors


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


def column_paragraphs(article: ArticleView, spans: list[_Span]) -> list[list[Piece]]:
    """Each paragraph as pieces; a span crossing a paragraph break is split at it, and each
    piece's text is cut at the framing marks (loaded words, hedges) it holds."""
    text, marks = article.text, article.marks
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
                segments = _segments(text, s, e, marks)
                pieces.append(
                    Piece(text[s:e], span.group, span.kind, anchor, span.style, span.tip, segments)
                )
                pos = e
            j += 1
        if pos < p_end:
            pieces.append(Piece(text[pos:p_end], segments=_segments(text, pos, p_end, marks)))
        paragraphs.append(pieces)
    return paragraphs


def _segments(
    text: str, start: int, end: int, marks: Sequence[Mark]
) -> tuple[tuple[str, str], ...]:
    inside = sorted(
        (max(m.start, start), min(m.end, end), m.kind)
        for m in marks
        if m.start < end and start < m.end
    )
    if not inside:
        return ()
    result: list[tuple[str, str]] = []
    pos = start
    for s, e, kind in inside:
        if s < pos:
            continue
        if s > pos:
            result.append((text[pos:s], ""))
        result.append((text[s:e], kind))
        pos = e
    if pos < end:
        result.append((text[pos:end], ""))
    return tuple(result)


def header(view: ReportView) -> Header:
    """What was compared, what was found and how sure the matching is, in sentences."""
    n = len(view.articles)
    outlets = list(dict.fromkeys(a.outlet for a in view.articles))
    days = sorted({a.published[:10] for a in view.articles if a.published})
    if not days:
        when = "no publication dates given"
    elif len(days) == 1:
        when = f"published {date_label(days[0])}"
    else:
        when = f"published {date_label(days[0])} to {date_label(days[-1])}"
    undated = sum(1 for a in view.articles if not a.published)
    if days and undated:
        when += f" ({undated} undated)"
    compared = (
        f"{_count(n, 'article')} from {_count(len(outlets), 'outlet')} ({_join(outlets)}), {when}."
    )
    sections = {s.key: len(s.groups) for s in view.sections}
    unique = sum(v for k, v in sections.items() if k not in ("all", "some"))
    everyone = "all" if n > 2 else "both"
    parts = [f"{_count(sections.get('all', 0), 'fact')} reported by {everyone}"]
    if "some" in sections:
        parts.append(f"{sections['some']} by some")
    parts.append(f"{unique} by only one outlet")
    found = (
        ", ".join(parts)
        + f"; {_count(len(view.conflicts), 'conflict')} between accounts; "
        + f"{_count(len(view.timeline.events), 'dated event')}; "
        + f"{_count(len(view.quote_groups), 'quote')} quoted by more than one outlet."
    )
    sureness = view.matching
    return Header(compared, found, sureness)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _join(names: Sequence[str]) -> str:
    return names[0] if len(names) < 2 else ", ".join(names[:-1]) + " and " + names[-1]


def short_label(text: str, words: int = 7) -> str:
    """The first few words of an event's statement, for a timeline chip."""
    found = text.split()
    return " ".join(found[:words]) + (" …" if len(found) > words else "")
