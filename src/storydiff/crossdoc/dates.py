"""The date a statement gives its own fact, and when two outlets' dates for one fact disagree.

A date conflict needs explicit, same-granularity, same-event evidence (issue 11):

* explicit: a day written out ('March 12', '12 March 2026'), a month or a year named ('in
  June 1998', 'since 2002', '1967-1979'), or a weekday. An expression counted from the
  publication date is only as good as the publication date the outlet gave (a web update, a
  print edition a day later): a day counted that way ('yesterday', 'two days ago', 'last
  week') never conflicts, and a month or year ('last month', 'last October', 'last year')
  only when moving the publication date two days either way would not change it.
* same granularity: a day is compared with a day, a month with a month, a year with a year,
  a span of years with a span of years. A weekday is compared with a weekday by name, and
  with a day by the weekday that day falls on ('Thursday' agrees with 'March 12, 2026'
  whatever the publication dates; a day written without a year falls in the year the
  resolver gives it). Two days, one written without a year, are compared by month and day
  as written, never by a supplied year. A weekday its article's publication day places
  (the day it resolves to, or the same weekday a week either side, for a publication day
  a little off) is compared with a day no date places by month and day ('Friday' of 10
  March 2024 is 1, 8 or 15 March, never 'March 13'), and, for one act told with one verb,
  with a month or year ('in December' cannot be a Friday of March).
* same event (crossdoc/date_scope.py): the expression dates the statement's own fact, not
  another event it mentions.
  It must sit in the clause of the statement's predicate, outside quotation marks (a
  speaker's 'yesterday' is the day before the speech), not after a verb of saying ('said on
  Tuesday' dates the saying), not after a word that ties it to another event ('since their
  meeting on Dec. 11', 'before the 2016 election'), and not modify a noun ('the 2001
  attacks', 'Wednesday's speech', 'a May 1 deadline', 'since their Dec. 11 meeting': the
  date of that thing), nor close a noun phrase after 'after'/'before' with no verb in it
  ('after a shooting at an office party in Tarrowby Friday').
  Where the other statement is given, two more dates are the fact's: one in a side clause
  that is itself what the other statement reports ('he tweaked Republicans for passing a
  resolution on Tuesday reaffirming the motto' against 'the House voted on a bill that
  reaffirmed the motto': the side clause shares two content lemmas with it), and one that
  modifies the noun the other statement's act is about ('in a Tuesday letter' against 'wrote
  a letter on Wednesday'). A side clause's date is not set against the date of the other
  statement's main act when the other tells the side clause's act, undated, in a side clause
  of its own ('the woman shot Saturday' / 'the family of a woman who was shot expressed
  outrage Monday').

Two weekday names are compared only between articles published on one day, or where a
publication day is unknown (as when both are): they are two days whatever the publication
dates, but articles days apart may tell of two occurrences. A weekday next to the day before
or after it is no conflict when either side says 'night', 'late' or 'early' (an event around
midnight is told either way).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from ..model import Analysis, TimeExpression, TimeKind, Unit
from ..text import MONTHS, WEEKDAYS
from .clock_times import hour_of_day
from .date_scope import RELATIVE_DAY, dates_the_fact

Granularity = Literal["day", "weekday", "month", "year", "years", "since"]


@dataclass(frozen=True)
class FactDate:
    """A time expression that dates a statement's own fact, with what is compared."""

    expression: TimeExpression
    granularity: Granularity
    key: tuple[int, ...]
    """What two dates of one granularity compare: (month, day), (month,), (year,),
    (first year, last year), or (weekday index,)."""
    year: int | None = None
    """The year as written (or counted, for 'last month'), for days and months."""
    weekday: int | None = None
    """For a day whose year is known (written or resolved), the weekday it falls on."""
    fuzzy_edge: bool = False
    """A weekday said with 'night', 'late' or 'early': its edge may be the next or last day."""
    planned: bool = False
    """The date an act was set for ('rescheduled for Friday'), not the day it was done: it
    is compared only with another planned date."""


_FOUR_DIGITS = re.compile(r"\b(?:19|20)\d\d\b")
_DAY_NUMBER = re.compile(r"(?<!\d)([0-3]?\d)(?:st|nd|rd|th)?\b")
_ISO = re.compile(r"\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)\b")
_WORD = re.compile(r"[A-Za-z]+")
_EDGE_WORDS = re.compile(r"\b(?:night|late|early|overnight|evening)\b", re.IGNORECASE)


# 'by the end of April', 'by Friday': the day something is due, not the day it was done
_DEADLINE = re.compile(
    r"\bby\s+(?:the\s+)?(?:(?:end|close|middle|start|beginning)\s+of\s+)?$", re.IGNORECASE
)
# 'from February to April', 'between May 3 and May 9': either end of a stretch of time
_SPAN_OPENS = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_SPAN_NEXT = re.compile(r"^\s*(?:to|through|until|till|and|-|–)\s", re.IGNORECASE)
_SPAN_CLOSES = re.compile(
    r"\b(?:from|between)\s+[\w.]+(?:\s+\d{1,4},?)?(?:\s+\d{4})?\s*(?:to|through|until|till|and|-|–)\s*$",
    re.IGNORECASE,
)


def _in_span(before: str, after: str) -> bool:
    """Whether a day or month is one end of a stretch of time ('from February to April')."""
    return bool(
        (_SPAN_OPENS.search(before) and _SPAN_NEXT.match(after)) or _SPAN_CLOSES.search(before)
    )


def planned_for(text: str, unit: Unit, time: TimeExpression) -> bool:
    """Whether the expression is the day an act was set for ('set for June 25')."""
    return _PLANNED_FOR.search(text[max(unit.start, time.start - 40) : time.start]) is not None


def fact_dates(analysis: Analysis, unit: Unit, other: Unit | None = None) -> list[FactDate]:
    """The explicit dates that date a statement's own fact (see the module docstring), read
    against `other`, the statement it is compared with, where one is given."""
    found: list[FactDate] = []
    published = _publication_day(analysis.article.published)
    for time in analysis.times:
        if not unit.start <= time.start < unit.end:
            continue
        if not dates_the_fact(analysis, unit, time, other):
            continue
        date = _read(time, published)
        if date is None:
            continue
        written = analysis.article.text
        before = written[max(unit.start, time.start - 40) : time.start]
        after = written[time.end : unit.end]
        if date.granularity in {"day", "month"} and _in_span(before, after):
            continue  # 'from February to April': a stretch of time, not the day of the fact
        if _PLANNED_FOR.search(before) or _DEADLINE.search(before):
            date = replace(date, planned=True)
        if found and _weekday_of_day(found[-1], date, analysis.article.text):
            found.pop()  # 'Friday, June 3': one day, written out
        if found and _span_of_years(found[-1], date, analysis.article.text):
            first, last = found.pop().expression, date.expression
            text = analysis.article.text[first.start : last.end]
            joined = TimeExpression(first.start, last.end, text, "range", first.value, last.value)
            date = FactDate(joined, "years", (int(first.text), int(last.text)))
        found.append(date)
    return found


_WEEKDAY_TO_DAY = re.compile(r"^\s*[,(]?\s*$")


def _weekday_of_day(first: FactDate, second: FactDate, text: str) -> bool:
    """A weekday written right before the day it names ('Friday, June 3'): the day says it."""
    between = text[first.expression.end : second.expression.start]
    return (
        first.granularity == "weekday"
        and second.granularity == "day"
        and bool(_WEEKDAY_TO_DAY.match(between))
    )


_YEAR_TO_YEAR = re.compile(r"^\s*(?:to|through|until|till|-|–)\s*$", re.IGNORECASE)


def _span_of_years(first: FactDate, second: FactDate, text: str) -> bool:
    """Two years joined into one span ('from 1971 to 1983')."""
    between = text[first.expression.end : second.expression.start]
    return first.granularity == second.granularity == "year" and bool(_YEAR_TO_YEAR.match(between))


# 'rescheduled for Friday', 'set for May 1', 'postponed until March': the day of the plan
_PLANNED_FOR = re.compile(
    r"\b(?:scheduled|rescheduled|set|slated|planned|postponed|delayed|moved|pushed\s+back|"
    r"put\s+off)\s+(?:[\w'’-]+\s+){0,2}(?:for|to|until|till)\s+(?:next\s+)?$",
    re.IGNORECASE,
)


def disagreement(a: FactDate, b: FactDate, same_publication_day: bool) -> bool:
    """Whether two explicit dates of one granularity name different times (a planned date
    only another planned one)."""
    if a.planned != b.planned:
        return False
    if {a.granularity, b.granularity} == {"weekday", "day"}:
        weekday, day = (a, b) if a.granularity == "weekday" else (b, a)
        if weekday.fuzzy_edge:
            return False
        if day.weekday is None and day.year is None:
            # 'March 13' in an article with no date: the days the weekday can be, by month
            # and day ('Friday' of 10 March 2024 is 8 March, or 1 or 15 March)
            days = _weekday_candidates(weekday)
            return bool(days) and all((c.month, c.day) != day.key for c in days)
        return day.weekday is not None and day.weekday != weekday.key[0]
    if weekday_against_period(a, b):
        weekday, other = (a, b) if a.granularity == "weekday" else (b, a)
        return _weekday_outside(weekday, other)
    if finer_against_coarser(a, b):
        return _outside_period(a, b)
    if a.granularity != b.granularity:
        return False
    if a.granularity == "weekday":
        if not same_publication_day or a.key == b.key:
            return False
        apart = (a.key[0] - b.key[0]) % 7
        return not (apart in {1, 6} and (a.fuzzy_edge or b.fuzzy_edge))
    if a.granularity in {"day", "month"} and a.year is not None and b.year is not None:
        return (a.year, *a.key) != (b.year, *b.key)
    return a.key != b.key


def weekday_against_period(a: FactDate, b: FactDate) -> bool:
    """A weekday on one side, a month or a year on the other ('on Friday', 'in December'):
    a month or year is often the background of a statement ('a caravan that set off in
    March'), so the caller compares them only for one act told with one verb."""
    grains = {a.granularity, b.granularity}
    return "weekday" in grains and bool(grains & {"month", "year"})


_COARSENESS = {"day": 0, "month": 1, "year": 2}


def finer_against_coarser(a: FactDate, b: FactDate) -> bool:
    """A day against a month or year, or a month against a year ('on March 3' against 'in
    December', 'in June 2019' against 'in 2020'): like a weekday against a month, the coarser
    one is often background, so the caller compares them only for one act told with one verb."""
    grains = {a.granularity, b.granularity}
    return len(grains) == 2 and grains <= _COARSENESS.keys()


def _outside_period(a: FactDate, b: FactDate) -> bool:
    """Whether the finer date falls outside the coarser one ('March 3' is not 'in December';
    'June 2019' is not 'in 2020'), comparing only what both wrote or resolved."""
    fine, coarse = sorted((a, b), key=lambda d: _COARSENESS[d.granularity])
    if _at_turn(fine, coarse):
        return False  # 'closed on March 30' and 'closed in April': an act at a month's turn
    if coarse.granularity == "year":
        return fine.year is not None and fine.year != coarse.key[0]
    if fine.key[0] != coarse.key[0]:
        return True  # two months: not one whatever the years
    return fine.year is not None and coarse.year is not None and fine.year != coarse.year


# days from a month's edge within which an act may be told by the next or last month
_TURN_DAYS = 3


def _at_turn(fine: FactDate, coarse: FactDate) -> bool:
    """Whether the finer date lies at the turn into the month or year the coarser one names
    ('March 30' against 'April', 'December 2019' against '2020'): an act that runs across
    the turn, or starts at it, is told either way."""
    month = fine.key[0]
    day = fine.key[1] if fine.granularity == "day" else None
    late = day is None or day > _LAST_DAY[month] - _TURN_DAYS
    early = day is None or day <= _TURN_DAYS
    if coarse.granularity == "year":
        year = fine.year
        return year is not None and (
            (month == 12 and late and coarse.key[0] == year + 1)
            or (month == 1 and early and coarse.key[0] == year - 1)
        )
    if day is None:
        return False
    other = coarse.key[0]
    return (late and other == month % 12 + 1) or (early and month == other % 12 + 1)


_LAST_DAY = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


def _weekday_outside(weekday: FactDate, other: FactDate) -> bool:
    """Whether a weekday counted from its article's publication day ('on Friday') falls
    outside the month or year the other side names ('in December', 'in 2019'), whichever of
    the days it can be it is."""
    candidates = _weekday_candidates(weekday)
    if not candidates:
        return False
    if other.granularity == "year":
        return all(c.year != other.key[0] for c in candidates)
    month = other.key[0]
    if other.year is None:
        return all(c.month != month for c in candidates)
    return all((c.year, c.month) != (other.year, month) for c in candidates)


def _weekday_candidates(weekday: FactDate) -> list[date]:
    """The days a weekday counted from its article's publication day can be: the day it
    resolves to and the same weekday a week either side (a publication day a little off
    moves it by a week at most); none when it was not resolved."""
    resolved = weekday.expression.value
    try:
        day = date.fromisoformat(resolved[:10]) if resolved else None
    except ValueError:
        return []
    return [] if day is None else [day + timedelta(days=7 * k) for k in (-1, 0, 1)]


def partial_date(time: TimeExpression) -> str | None:
    """A day or month written without a year that nothing gave a year to ('December 6' in
    an article with no publication date), in the ISO 8601 partial form: '--12-06', '--12'.
    None for any other expression (resolved ones, weekdays, 'last month')."""
    if time.value or time.end_value or time.kind not in {"date", "time", "month", "range"}:
        return None
    kinds: tuple[TimeKind, ...] = ("date", "month") if time.kind == "range" else (time.kind,)
    for kind in kinds:
        read = _read(replace(time, kind=kind), None)
        if read is None or read.year is not None or read.granularity not in {"day", "month"}:
            continue
        month, day = read.key[0], (read.key[1] if len(read.key) > 1 else None)
        if day is None:
            return f"--{month:02d}"
        try:
            date(2000, month, day)  # a leap year: '29 February' is a day
        except ValueError:
            return None
        return f"--{month:02d}-{day:02d}"
    return None


def as_written(time: TimeExpression) -> str:
    """'Tuesday' (2026-03-10): as written, and the day it resolves to where that adds to it."""
    resolved = time.value and time.value not in time.text
    return f"'{time.text}' ({time.value})" if resolved else f"'{time.text}'"


def _read(time: TimeExpression, published: date | None) -> FactDate | None:
    """The granularity and compared key of an explicit expression, or of a month or year
    counted from a publication date that could not move it; None for the rest."""
    written = time.text
    if time.kind in {"vague", "duration", "week"}:
        return None
    weekdays = [WEEKDAYS.index(w.lower()) for w in _WORD.findall(written) if w.lower() in WEEKDAYS]
    months = [MONTHS[w.lower()] for w in _WORD.findall(written) if w.lower() in MONTHS]
    if len(weekdays) == 1 and not months and time.kind in {"date", "time"}:
        # 'last Tuesday', 'earlier Tuesday': still the day named
        edge = bool(_EDGE_WORDS.search(written)) or _near_midnight(written)
        return FactDate(time, "weekday", (weekdays[0],), fuzzy_edge=edge)
    if RELATIVE_DAY.search(written):
        return _counted(time, published)
    iso = _ISO.search(written)
    if iso:
        iso_year, month, day = (int(g) for g in iso.groups())
        return FactDate(time, "day", (month, day), iso_year, _weekday(time))
    years = [int(y) for y in _FOUR_DIGITS.findall(written)]
    without_years = _FOUR_DIGITS.sub(" ", written)
    days = [int(d) for d in _DAY_NUMBER.findall(without_years) if 1 <= int(d) <= 31]
    year = years[0] if len(years) == 1 else None
    if len(months) == 1 and len(days) == 1 and time.kind in {"date", "time"}:
        return FactDate(time, "day", (months[0], days[0]), year, _weekday(time))
    if len(months) == 1 and not days and time.kind == "month":
        return FactDate(time, "month", (months[0],), year)
    if time.kind == "range" and len(years) == 2 and not months:
        return FactDate(time, "years", (years[0], years[1]))
    if len(years) == 1 and not months and not days:
        if time.kind == "year":
            return FactDate(time, "year", (years[0],))
        if time.kind == "range" and time.value and time.end_value is None:
            return FactDate(time, "since", (years[0],))  # 'since 2002'
    return None


# hours this close to midnight are another day in a time zone a few hours away ('8 p.m.
# Thursday' in New York is '3 a.m. Friday' in Jerusalem)
_EVENING_FROM, _MORNING_UNTIL = 18, 6


def _near_midnight(written: str) -> bool:
    """Whether a weekday is said with a clock time that another time zone puts on the day
    before or after ('3 a.m. Friday, local time' against '8 p.m. Thursday ET')."""
    hour = hour_of_day(written)
    return hour is not None and (hour >= _EVENING_FROM or hour < _MORNING_UNTIL)


def _weekday(time: TimeExpression) -> int | None:
    day = time.day
    return day.weekday() if day is not None else None


# how far a publication date may be off (a web update, the next day's print edition)
_PUBLICATION_SLACK = timedelta(days=2)


def _counted(time: TimeExpression, published: date | None) -> FactDate | None:
    """'last year', 'last month', 'last October', 'three years ago': a year or month counted
    from the publication date, kept only when the date two days either side of it would give
    the same year or month."""
    if published is None or not time.value or time.kind not in {"year", "month"}:
        return None
    edges = (published - _PUBLICATION_SLACK, published + _PUBLICATION_SLACK)
    if time.kind == "year":
        if any(edge.year != published.year for edge in edges):
            return None
        return FactDate(time, "year", (int(time.value[:4]),))
    if any((edge.year, edge.month) != (published.year, published.month) for edge in edges):
        return None
    return FactDate(time, "month", (int(time.value[5:7]),), int(time.value[:4]))


def _publication_day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None  # timexpr already logged the unreadable date
