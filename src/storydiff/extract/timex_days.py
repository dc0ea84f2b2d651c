"""Time expressions dated from the day an article named last, not from its publication date.

News names a day once and leaves it off what follows ('The shooting happened Sunday. Police
arrived around 1 a.m.'; 'He died a day later'): a clock time written without its day is on
the day named last, and 'a day later', 'two days earlier' or 'the next day' at the end of a
clause count from it. `timexpr.find_time_expressions` finds these expressions with its other
patterns ('clock', 'dayoffset') and dates them here, once every expression is known.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..model import TimeExpression
from ..text import parse_number


def days_from_last_day(name: str, match: re.Match[str], expression: TimeExpression) -> int | None:
    """How many days after the day named last `expression` falls, when it is dated that way:
    a clock time without its day ('just after 5 p.m.') is on it, 'a day later' one after."""
    if name == "clock" and expression.kind == "time" and expression.value is None:
        return 0 if match.group("weekday") is None else None
    if name != "dayoffset":
        return None
    if match.group("next"):
        return 1
    count = _count(match.group("count")) if match.group("count") else 1
    step = -1 if match.group("dir").lower() in {"before", "earlier"} else 1
    return None if count is None else step * count


def date_from_last_day(
    expressions: list[TimeExpression], from_last_day: dict[int, int], anchor: date | None
) -> list[TimeExpression]:
    """Date the expressions of `from_last_day` from the last single day named before them (news
    names the day once: 'the shooting happened Sunday. Police arrived around 1 a.m.'). Before
    any day is named, a clock time is on the publication day and 'a day later' unknown."""
    last_day: date | None = None
    dated: list[TimeExpression] = []
    for expression in expressions:
        days = from_last_day.get(expression.start)
        if days is None:
            last_day = expression.day or last_day
            dated.append(expression)
            continue
        base = last_day or (anchor if days == 0 else None)
        value = (base + timedelta(days=days)).isoformat() if base else None
        dated.append(replace(expression, value=value))
    return dated


def _count(word: str) -> int | None:
    """'a', 'two', '3' as a number of days."""
    if word.lower() in {"a", "an"}:
        return 1
    value = parse_number(word.lower())
    return int(value) if value is not None and value.is_integer() else None
