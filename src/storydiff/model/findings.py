"""Conflicts between accounts, and the merged timeline."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from .core import ConflictType, Span
from .serialize import JSONSerializable, json_meta

# where a day or month without a known year ('--12-06', '--12') sorts: after every dated
# one, by month and day (a leap year, so '--02-29' has a place)
YEAR_UNKNOWN = 9996


def year_unknown(value: str) -> bool:
    """Whether a timeline date is a day or month whose year no one gave ('--12-06')."""
    return value.startswith("--")


def first_day(value: str) -> datetime.date:
    """The first day of an ISO day, week ('2022-W51'), month ('2022-12') or year value: how
    dates of different precision take their place on one timeline. A day or month written
    without a year that nothing dated ('--12-06') sorts after every dated value, by month
    and day: news writes recent days without their year, and the years it writes out are
    mostly of the past."""
    if year_unknown(value):
        value = f"{YEAR_UNKNOWN}-{value[2:]}"
    if "-W" in value:
        year, week = value.split("-W")
        return datetime.date.fromisocalendar(int(year), int(week), 1)
    parts = [int(p) for p in value.split("-")]
    return datetime.date(
        parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1
    )


def timeline_order(values: Iterable[str]) -> list[str]:
    """Date values in timeline order (`first_day`); values that start on one day (a month and
    its first day, a week and its Monday) in the order of their text, so that the order never
    follows a set's hash order."""
    return sorted(values, key=lambda value: (first_day(value), value))


@dataclass(frozen=True)
class ConflictSide(JSONSerializable):
    """One article's side of a conflict: the statement, and the words that carry the
    disagreement (the number, the date, the negation, the doubting word…)."""

    article: str
    start: int
    end: int
    text: str
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Conflict(JSONSerializable):
    """Two articles' accounts of one fact that disagree, with the type and why."""

    id: str
    type: ConflictType
    explanation: str
    sides: tuple[ConflictSide, ConflictSide]
    statement: str | None = None
    """The statement group both sides belong to; None for a pair matched on its predicate."""

    json_keys = ("id", "type", "explanation", "statement", "sides")


@dataclass(frozen=True)
class TimelineEntry(JSONSerializable):
    """One article's report of a dated event: the statement, and the time expression that
    dates it (`date` is its normalised value)."""

    article: str
    start: int
    end: int
    text: str
    date: str = field(
        metadata=json_meta(
            schema={"pattern": r"^(\d{4}(-W\d{2}|-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$"}
        )
    )
    """ISO: a day, week, month or year; or '--MM-DD' / '--MM', a day or month written
    without a year in an article whose publication date is unknown (year unknown)."""
    expression: Span

    @property
    def first_day(self) -> datetime.date:
        """Where this entry's date sorts on the timeline (see `first_day`)."""
        return first_day(self.date)


@dataclass(frozen=True)
class TimelineEvent(JSONSerializable):
    """One event on the merged timeline, with each reporting article's dating of it."""

    id: str
    date: str
    """The date most articles give, the earliest of those tied (sort key); see
    `dates_differ`."""
    entries: tuple[TimelineEntry, ...] = field(metadata=json_meta(schema={"minItems": 1}))
    dates_differ: bool = False
    statement: str | None = None

    json_keys = ("id", "date", "dates_differ", "statement", "articles", "entries")

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.article for e in self.entries))

    @property
    def first_day(self) -> datetime.date:
        """Where this event sorts on the timeline (see `first_day`)."""
        return first_day(self.date)


@dataclass(frozen=True)
class OrderDifference(JSONSerializable):
    """Two events two articles put in opposite order."""

    first: str
    second: str
    articles: tuple[str, str]
    """The article that puts `first` before `second`, and the one that puts it after."""


@dataclass(frozen=True)
class Timeline(JSONSerializable):
    """Dated events merged across articles; per article, the events it reports in the order
    its dates imply; and where the articles' dates or order disagree."""

    events: tuple[TimelineEvent, ...] = ()
    lanes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    order_differences: tuple[OrderDifference, ...] = ()
    undated_articles: tuple[str, ...] = ()
    """Articles with no publication date: their relative dates ('on Tuesday') stay unresolved."""

    @property
    def dates(self) -> tuple[str, ...]:
        """The distinct dates of the events, earliest first (a month before its days)."""
        return tuple(timeline_order({e.date for e in self.events}))
