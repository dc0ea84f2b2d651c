"""Ranges written as two calendar points: 'September 12-15', 'between March
2 and May 9', 'from 2008 to 2011'.

`timexpr.find_time_expressions` finds each point on its own ('September 16', 'January 1');
`join_ranges` then makes one range of the two, from the first point's value to the second's,
so a timeline places a survey 'taken September 12-15' over those days and not on the
12th alone. The span leaves out 'between' and 'from' as it leaves out other prepositions.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..model import TimeExpression

__all__ = ["join_ranges"]

# 'September 12-15', 'Sept. 12 – 15, 2030': the second day of the first one's month
_DAY_AFTER_DASH = re.compile(
    r"\s*[-–]\s*(?P<day>[0-3]?\d)\b(?![-–/:.,]?\d)(?:,?\s+(?:19|20)\d\d\b)?"
)
_OPENS = re.compile(r"\b(?P<word>between|from)\s+$", re.IGNORECASE)
_JOINS = {
    "between": re.compile(r"\s+and\s+"),
    "from": re.compile(r"\s*(?:to|until|through|[-–])\s+"),
}
_POINTS = frozenset({"date", "month", "year"})


def join_ranges(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """`expressions` (in text order) with the two points of a written range made one range."""
    joined: list[TimeExpression] = []
    index = 0
    while index < len(expressions):
        current = _day_span(text, expressions[index])
        following = expressions[index + 1] if index + 1 < len(expressions) else None
        pair = _pair(text, current, following) if following is not None else None
        if pair is not None:
            joined.append(pair)
            index += 2
            continue
        joined.append(current)
        index += 1
    return joined


def _day_span(text: str, expression: TimeExpression) -> TimeExpression:
    """'September 16-19' as one range; anything else as it is."""
    if expression.kind != "date" or not expression.value:
        return expression
    dash = _DAY_AFTER_DASH.match(text, expression.end)
    if dash is None:
        return expression
    first = date.fromisoformat(expression.value)
    try:
        last = first.replace(day=int(dash.group("day")))
    except ValueError:
        return expression
    if last <= first:
        return expression
    end = dash.end()
    return replace(
        expression, end=end, text=text[expression.start : end], kind="range",
        end_value=last.isoformat(),
    )  # fmt: skip


def _pair(text: str, first: TimeExpression, second: TimeExpression) -> TimeExpression | None:
    """'between A and B', 'from A to B' as one range from A to B; None when not so written."""
    if first.kind not in _POINTS or second.kind not in _POINTS:
        return None
    if not first.value or not second.value or second.value < first.value:
        return None
    opens = _OPENS.search(text, max(0, first.start - 10), first.start)
    if opens is None:
        return None
    if not _JOINS[opens.group("word").lower()].fullmatch(text, first.end, second.start):
        return None
    return TimeExpression(
        first.start, second.end, text[first.start : second.end], "range", first.value,
        second.value,
    )  # fmt: skip
