"""Time expressions dated from the day (or week) an article named last, not from its
publication date.

News names a day once and leaves it off what follows ('The shooting happened Sunday. Police
arrived around 1 a.m.'; 'He died a day later'): a clock time written without its day is on
the day named last, and 'a day later', 'two days earlier' or 'the next day' at the end of a
clause count from it. 'After midnight' starts the day after the one named last ('On Sunday
protesters gathered. Shortly after midnight, police cleared the square': Monday), unless that
day was named as its early hours ('early Monday', 'Monday morning'). 'That day' and 'the
same day' are the day named last (unknown when none was), 'the next morning' the one after
it, and 'the prior week' the week before the week named last ('exports rose last week; the
prior week's exports were corrected'). 'Overnight' and 'early morning' of an event ('an
overnight shooting', 'died overnight') are on the day named last, or, with none named, on the
publication day (overnight: the evening before it). A weekday written with its date ('Friday,
March 6') is that date where it falls on that weekday. `timexpr.find_time_expressions` finds these
expressions with its other patterns ('clock', 'dayoffset', 'week_before') and dates them
here, once every expression is known.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from ..model import TimeExpression
from ..text import WEEKDAYS, parse_number


def days_from_last_day(name: str, match: re.Match[str], expression: TimeExpression) -> int | None:
    """How many days after the day named last `expression` falls, when it is dated that way:
    a clock time without its day ('just after 5 p.m.') is on it, 'a day later' one after."""
    if name == "clock" and expression.kind == "time" and expression.value is None:
        if match.group("weekday") is not None:
            return None
        return 1 if _after_midnight_of_day_before(match) else 0
    if name == "night_of":
        return 0
    if name != "dayoffset":
        return None
    if match.group("sameday") or match.group("thatday"):
        return 0
    if match.group("next"):
        return 1
    count = _count(match.group("count")) if match.group("count") else 1
    step = -1 if match.group("dir").lower() in {"before", "earlier"} else 1
    return None if count is None else step * count


# 'shortly after midnight', 'just past midnight'; 'before', 'at', 'until midnight' stay on the day
_AFTER = re.compile(r"\b(?:after|past)\s+$", re.IGNORECASE)
# a weekday as named before the clock time; 'early Monday' and 'Monday morning' name its early
# hours, so after midnight is that day, not the next
_NAMED_DAY = re.compile(
    r"(?P<early>\bearly\s+(?:on\s+)?|\bearly hours of\s+)?"
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b",
    re.IGNORECASE,
)
# what may stand between a day and its own 'after midnight' ('Monday, shortly after midnight')
_RIGHT_BEFORE = re.compile(r"[\s,]*(?:(?:shortly|just|soon|well|a little|sometime)\s+)?")
_THAT_DAY = re.compile(r"(?:that|the\s+same)\s+day\b", re.IGNORECASE)
# how far back the day named last is looked for
_LOOK_BACK = 600


def _after_midnight_of_day_before(match: re.Match[str]) -> bool:
    """Whether the clock time `match` is an 'after midnight' that ends the day named before it.
    Not when that day was named as its early hours ('early Monday, just after midnight') or
    right before it ('Monday, shortly after midnight')."""
    if match.group().lower() != "midnight":
        return False
    before = match.string[max(0, match.start() - _LOOK_BACK) : match.start()]
    after_word = _AFTER.search(before)
    if after_word is None:
        return False
    days = list(_NAMED_DAY.finditer(before))
    if not days:
        return True
    day = days[-1]
    if day.group("early") or (day.group("part") or "").lower() == "morning":
        return False
    between = before[day.end() : after_word.start()]
    return day.group("part") is not None or _RIGHT_BEFORE.fullmatch(between) is None


def date_from_last_day(
    expressions: list[TimeExpression], from_last_day: dict[int, int], anchor: date | None
) -> list[TimeExpression]:
    """Date the expressions of `from_last_day` from the last single day named before them (news
    names the day once: 'the shooting happened Sunday. Police arrived around 1 a.m.'). Before
    any day is named, a clock time (even 'after midnight') is on the publication day and 'a day
    later' unknown."""
    last_day: date | None = None
    dated: list[TimeExpression] = []
    for expression in expressions:
        days = from_last_day.get(expression.start)
        if days is None:
            last_day = expression.day or last_day
            dated.append(expression)
            continue
        if last_day is None and expression.kind == "time":
            # 'just after midnight' with no day named before: the publication day's; 'an
            # overnight shooting': the night just gone, on its evening's day
            days = -1 if expression.text.lower() == "overnight" else 0
        # 'that day' with no day named before: a day the text never gave
        counted = days == 0 or expression.kind == "time"
        fallback = anchor if counted and not _THAT_DAY.match(expression.text) else None
        base = last_day or fallback
        value = (base + timedelta(days=days)).isoformat() if base else None
        dated.append(replace(expression, value=value))
    return dated


def week_before_last_week(
    expressions: list[TimeExpression], weeks_before: set[int]
) -> list[TimeExpression]:
    """Date 'the prior week', 'the week before' (starts in `weeks_before`) as the week before
    the last week named before them ('exports rose last week; exports for the prior week were
    corrected'); with no week named before, unknown."""
    last_week: date | None = None
    dated: list[TimeExpression] = []
    for expression in expressions:
        if expression.start not in weeks_before:
            if expression.kind == "week" and expression.value:
                week_year, week_number = expression.value.split("-W")
                last_week = date.fromisocalendar(int(week_year), int(week_number), 1)
            dated.append(expression)
            continue
        value = None
        if last_week is not None:
            year, week, _ = (last_week - timedelta(weeks=1)).isocalendar()
            value = f"{year}-W{week:02d}"
        dated.append(replace(expression, value=value))
    return dated


def _count(word: str) -> int | None:
    """'a', 'two', '3' as a number of days."""
    if word.lower() in {"a", "an"}:
        return 1
    value = parse_number(word.lower())
    return int(value) if value is not None and value.is_integer() else None


# 'Friday, March 6', 'Saturday night, Dec. 10,': a weekday and its date, side by side
_APPOSED = re.compile(r",?\s*(?:the\s+)?")
_WEEKDAY_WRITTEN = re.compile(
    r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?$",
    re.IGNORECASE,
)


def weekdays_with_their_date(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """Date a weekday written with its date ('happened Friday, March 6, at the mill') by that
    date, not by the publication date's nearest such weekday: where the date falls on that
    weekday, it is the day the writer means ('Thursday, March 6' with March 6 a Friday is left
    as it is)."""
    dated = list(expressions)
    for i, (weekday, written) in enumerate(pairwise(expressions)):
        named = _WEEKDAY_WRITTEN.search(weekday.text)
        day = written.day if written.kind == "date" else None
        if named is None or day is None or weekday.kind not in {"date", "time"}:
            continue
        if _APPOSED.fullmatch(text, weekday.end, written.start) is None:
            continue
        if day.weekday() == WEEKDAYS.index(named.group("weekday").lower()):
            dated[i] = replace(weekday, value=day.isoformat())
    return dated
