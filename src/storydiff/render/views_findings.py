"""View models of the findings: quotes with their word changes, conflicts, the timeline.

Part of the view layer (see `views`): built once from the typed `Comparison`, read by both
the terminal and the HTML renderer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..model import (
    Article,
    Comparison,
    Conflict,
    QuoteGroup,
    QuoteVersion,
    Timeline,
    WordChange,
    first_day,
    timeline_order,
    year_unknown,
)


@dataclass(frozen=True)
class DiffPiece:
    kind: str  # "same" | "del" | "ins"
    text: str


@dataclass(frozen=True)
class QuoteView:
    article: str
    outlet: str
    speaker: str | None
    kind: str
    cue: str | None
    speaker_text: str | None
    start: int
    end: int
    text: str
    changes: tuple[WordChange, ...]
    diff: tuple[DiffPiece, ...]
    """The version's words with the reference's dropped words struck in; empty if unchanged."""
    compared_with: str
    """The outlet whose version the changes are against."""


@dataclass(frozen=True)
class QuoteGroupView:
    id: str
    speaker: str | None
    outlets: tuple[str, ...]
    versions: tuple[QuoteView, ...]


@dataclass(frozen=True)
class SpeakerView:
    speaker: str
    counts: tuple[int, ...]


@dataclass(frozen=True)
class TextPiece:
    text: str
    evidence: bool = False


@dataclass(frozen=True)
class ConflictSideView:
    article: str
    outlet: str
    start: int
    end: int
    text: str
    evidence: tuple[tuple[int, int], ...]
    """Evidence spans relative to `start`, in the model's order."""
    pieces: tuple[TextPiece, ...]


@dataclass(frozen=True)
class ConflictView:
    id: str
    type: str
    explanation: str
    sides: tuple[ConflictSideView, ...]


@dataclass(frozen=True)
class EntryView:
    article: str
    outlet: str
    date: str
    text: str
    year_inferred: bool = False
    """The day's year is not written with it and there is no publication date: it was
    carried from a day written out earlier in the article."""

    @property
    def shown(self) -> str:
        """The date as a reader sees it: ISO, '6 Dec (no year)', or '2022-12-06*'."""
        if year_unknown(self.date):
            return date_label(self.date)
        return self.date + ("*" if self.year_inferred else "")


@dataclass(frozen=True)
class EventView:
    id: str
    date: str
    dates_differ: bool
    text: str
    """The first entry's statement: what the event is."""
    entries: tuple[EntryView, ...]

    @property
    def shown(self) -> str:
        """The event's date as a reader sees it (see `EntryView.shown`)."""
        inferred = any(e.year_inferred and e.date == self.date for e in self.entries)
        return EntryView("", "", self.date, "", inferred).shown


@dataclass(frozen=True)
class DateView:
    value: str
    label: str
    gap: str
    """How long after the previous date on the axis ('' for the first)."""


@dataclass(frozen=True)
class LaneView:
    article: str
    outlet: str
    cells: tuple[tuple[EventView, ...], ...]
    """One cell per date of the axis: the events this article dates there."""


@dataclass(frozen=True)
class OrderNote:
    first: EventView
    second: EventView
    before: str
    after: str


@dataclass(frozen=True)
class TimelineView:
    events: tuple[EventView, ...]
    dates: tuple[DateView, ...]
    lanes: tuple[LaneView, ...]
    order: tuple[OrderNote, ...]
    undated: tuple[str, ...]

    @property
    def year_note(self) -> str:
        """What a reader must know about the years of undated articles' days, or ''."""
        entries = [x for e in self.events for x in e.entries]
        notes = []
        if any(year_unknown(x.date) for x in entries):
            notes.append(
                "A day written without a year ('no year') is placed by month and day, after "
                "the dated events."
            )
        if any(x.year_inferred for x in entries):
            notes.append("* the year is carried from a day written out earlier in the article.")
        return " ".join(notes)


def quote_group(
    group: QuoteGroup, outlets: dict[str, str], texts: dict[str, str]
) -> QuoteGroupView:
    versions = tuple(_quote(m, group.members, outlets, texts) for m in group.members)
    names = tuple(outlets.get(a, a) for a in group.articles)
    return QuoteGroupView(group.id, group.speaker, names, versions)


def quoted_only(
    comparison: Comparison, outlets: dict[str, str]
) -> tuple[tuple[str, tuple[QuoteView, ...]], ...]:
    texts = {a.id: a.text for a in comparison.articles}
    result = []
    single = [g for g in comparison.quotes if len(g.articles) == 1]
    for article in comparison.articles:
        versions = tuple(
            _quote(m, g.members, outlets, texts)
            for g in single
            if g.articles == (article.id,)
            for m in g.members
        )
        if versions:
            result.append((article.outlet, versions))
    return tuple(result)


def _quote(
    member: QuoteVersion,
    members: Sequence[QuoteVersion],
    outlets: dict[str, str],
    texts: dict[str, str],
) -> QuoteView:
    quote = member.quote
    parts = ((quote.start, quote.end),)
    compared = member.compared_with
    reference = ""
    if compared is not None and 0 <= compared < len(members):
        reference = outlets.get(members[compared].article, "")
    return QuoteView(
        article=member.article,
        outlet=outlets.get(member.article, member.article),
        speaker=quote.speaker,
        kind=quote.kind,
        cue=quote.cue,
        speaker_text=quote.speaker_text,
        start=quote.start,
        end=quote.end,
        text=quote.text,
        changes=member.changes,
        diff=diff_pieces(texts.get(member.article, ""), quote.parts or parts, member.changes),
        compared_with=reference,
    )


PART_JOINER = " … "


def diff_pieces(
    text: str, parts: Sequence[tuple[int, int]], changes: Sequence[WordChange]
) -> tuple[DiffPiece, ...]:
    """The version's words in order, with the reference's dropped or replaced words struck
    through before the words that replaced them. `text` is the article, `parts` the quote's
    pieces in it (a quote split by 'he said' has two)."""
    if not changes or not parts:
        return ()
    pieces: list[DiffPiece] = []

    def same(begin: int, end: int) -> None:
        chunks = [
            text[max(s, begin) : min(e, end)] for s, e in parts if max(s, begin) < min(e, end)
        ]
        if chunks:
            pieces.append(DiffPiece("same", PART_JOINER.join(chunks)))

    cursor = parts[0][0]
    for change in sorted(changes, key=lambda c: (c.version_start, c.version_end)):
        same(cursor, change.version_start)
        if change.reference:
            pieces.append(DiffPiece("del", change.reference))
        if change.version:
            pieces.append(DiffPiece("ins", text[change.version_start : change.version_end]))
        cursor = max(cursor, change.version_end)
    same(cursor, parts[-1][1])
    return tuple(pieces)


def conflict_view(conflict: Conflict, outlets: dict[str, str]) -> ConflictView:
    sides = []
    for side in conflict.sides:
        evidence = tuple((e.start - side.start, e.end - side.start) for e in side.evidence)
        sides.append(
            ConflictSideView(
                side.article,
                outlets.get(side.article, side.article),
                side.start,
                side.end,
                side.text,
                evidence,
                _evidence_pieces(side.text, evidence),
            )
        )
    return ConflictView(conflict.id, conflict.type, conflict.explanation, tuple(sides))


def _evidence_pieces(text: str, evidence: Sequence[tuple[int, int]]) -> tuple[TextPiece, ...]:
    pieces: list[TextPiece] = []
    cursor = 0
    for s, e in sorted(evidence):
        if s < cursor or s < 0 or e > len(text):
            continue
        pieces += [TextPiece(text[cursor:s]), TextPiece(text[s:e], evidence=True)]
        cursor = e
    pieces.append(TextPiece(text[cursor:]))
    return tuple(p for p in pieces if p.text)


def timeline_view(timeline: Timeline, articles: Sequence[Article]) -> TimelineView:
    outlets = {a.id: a.outlet for a in articles}
    undated_ids = set(timeline.undated_articles)
    events = tuple(
        EventView(
            e.id,
            e.date,
            e.dates_differ,
            e.entries[0].text if e.entries else "",
            tuple(
                EntryView(
                    x.article,
                    outlets.get(x.article, x.article),
                    x.date,
                    x.text,
                    _year_inferred(x.date, x.expression.text, x.article in undated_ids),
                )
                for x in e.entries
            ),
        )
        for e in timeline.events
    )
    by_id = {e.id: e for e in events}
    # The axis holds every date any outlet gives, and each lane places an event at the date
    # its own outlet gives, so a disagreement about the day shows as a different row.
    dates = {x.date for e in events for x in e.entries} | {e.date for e in events}
    values = timeline_order(dates)
    axis = {value: i for i, value in enumerate(values)}
    lanes = []
    for article in articles:
        cells: list[list[EventView]] = [[] for _ in values]
        for event_id in timeline.lanes.get(article.id, ()):
            event = by_id.get(event_id)
            if event is None:
                continue
            own = next((x.date for x in event.entries if x.article == article.id), event.date)
            cells[axis[own]].append(event)
        if any(cells):
            lanes.append(LaneView(article.id, article.outlet, tuple(map(tuple, cells))))
    order = tuple(
        OrderNote(
            by_id[o.first],
            by_id[o.second],
            outlets.get(o.articles[0], o.articles[0]),
            outlets.get(o.articles[1], o.articles[1]),
        )
        for o in timeline.order_differences
        if o.first in by_id and o.second in by_id
    )
    undated = tuple(outlets.get(a, a) for a in timeline.undated_articles)
    return TimelineView(events, _axis(values), tuple(lanes), order, undated)


def _year_inferred(value: str, written: str, undated: bool) -> bool:
    """A day or month of an article with no publication date, dated to a year its
    expression does not write."""
    has_month = len(value) in {len("2026-03"), len("2026-03-14")} and "-W" not in value
    return undated and has_month and not year_unknown(value) and _YEARS.search(written) is None


_YEARS = re.compile(r"\b(?:19|20)\d\d\b")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def date_label(value: str) -> str:
    """'2026-02-10' → '10 Feb 2026'; a week, month or year value reads as such; a day or
    month with no known year ('--02-10') → '10 Feb (no year)'."""
    if year_unknown(value):
        parts = value[2:].split("-")
        month = _MONTHS[int(parts[0]) - 1]
        return f"{int(parts[1])} {month} (no year)" if len(parts) == 2 else f"{month} (no year)"
    if "-W" in value:
        year, week = value.split("-W")
        return f"week {int(week)}, {year}"
    parts = value.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return value


def _axis(values: Sequence[str]) -> tuple[DateView, ...]:
    axis = []
    previous: date | None = None
    previous_value = ""
    for value in values:
        day = first_day(value)
        gap = ""
        if previous is not None and year_unknown(value) == year_unknown(previous_value):
            days = (day - previous).days
            gap = _gap(days)
        axis.append(DateView(value, date_label(value), gap))
        previous, previous_value = day, value
    return tuple(axis)


def _gap(days: int) -> str:
    """'3 days later', '2 months later', '5 years later': the distance on the axis."""
    if days <= 0:
        return ""
    amount, unit = (days, "day") if days < 60 else (round(days / 30.4), "month")
    if days >= 730:
        amount, unit = round(days / 365.25), "year"
    return f"{amount} {unit}{'s' if amount != 1 else ''} later"
