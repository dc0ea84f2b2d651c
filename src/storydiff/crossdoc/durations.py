"""How long a statement says its fact lasted ('on strike for two months', 'after three weeks
of talks'), read off the durations the time expressions found, and when two outlets' lengths
of one fact disagree: the same unit of time on both sides ('two months' against 'three
months'; 'ten weeks' against 'two months' is rounding, never compared), intervals that do
not meet ('about two months' allows 1.8 to 2.2).

A duration is the length of the statement's own fact only in the clause of its predicate,
outside quotation marks, and when it is a length: a window ('in the past two years', 'the
first three months'), a rate ('every two weeks'), a bound ('within three days') or an offset
from another event ('two days after the vote', 'three years later') are not, nor is a
hyphened length before a noun ('a 12-month rise', 'a 15-week ban'): it measures that noun,
which the amounts reader compares as a quantity of its own."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Analysis, Unit
from .amounts import interval_at
from .date_scope import inside_quotation
from .signals import in_scope

_UNITS = re.compile(r"\b(minute|hour|day|week|month|year|decade)s?\s*$", re.IGNORECASE)
_WINDOW = re.compile(
    r"\b(?:past|last|next|first|coming|previous|recent|final|initial|latest|following|"
    r"another|further|additional|extra)\b",
    re.IGNORECASE,
)
# 'a 12-month rise': the length names the noun after it (see the module docstring)
_NOUN_MODIFIER = re.compile(r"\w-(?:minute|hour|day|week|month|year|decade)\s*$", re.IGNORECASE)
_RATE_OR_BOUND_BEFORE = re.compile(r"\b(?:every|each|within|per|another|a\s+further)\s+$", re.I)
_OFFSET_AFTER = re.compile(
    r"^\s*(?:ago|later|earlier|before|after|since|from|old|prior|into|in\s+advance|apart)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Duration:
    """'two months': where it is written, its unit of time and the interval its figure allows."""

    start: int
    end: int
    text: str
    unit: str
    low: float
    high: float


def durations(analysis: Analysis, unit: Unit) -> list[Duration]:
    """The lengths of time a statement gives its own fact (see the module docstring)."""
    text = analysis.article.text
    found = []
    for time in analysis.times:
        if time.kind != "duration" or not unit.start <= time.start < unit.end:
            continue
        measured = _UNITS.search(time.text)
        if measured is None or _WINDOW.search(time.text) or _NOUN_MODIFIER.search(time.text):
            continue
        if _RATE_OR_BOUND_BEFORE.search(text[max(unit.start, time.start - 12) : time.start]):
            continue
        if _OFFSET_AFTER.match(text[time.end : unit.end]):
            continue
        if not in_scope(unit, time.start) or inside_quotation(analysis, unit, time.start):
            continue
        interval = interval_at(unit.text, time.start - unit.start)
        if interval is None:
            continue
        low, high, _ = interval
        kind = measured.group(1).lower()
        found.append(Duration(time.start, time.end, time.text, kind, low, high))
    return found


def durations_disagree(a: Duration, b: Duration) -> bool:
    """Two lengths in one unit of time whose intervals do not meet."""
    return a.unit == b.unit and (a.high < b.low or b.high < a.low)
