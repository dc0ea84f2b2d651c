"""Temporal expressions in one article, normalised against its publication date.

Rules over the raw text (no model): weekdays ('on Tuesday', 'Wednesday night'), relative days
('yesterday', 'this morning', 'two days ago'), clock times ('11:50 p.m. Monday'; one written
without its day, like 'a day later', is dated from the day named before it: timex_days.py),
explicit dates with or without a year ('December 10', 'Dec. 8, 2022', '8 December'), months
and years ('in March', 'last year'), weeks, ranges
('since December 10', 'until Friday') and vague expressions ('earlier', 'recently', 'hours
after'), which are found but get no value: a timeline must never invent a date.

A local page's dateline near the top ('ORLEN, Vel. (March 14, 2026) —') within a week of the
publication date is the day relative expressions count from (a page's date may lag its story's).
Without a publication date, relative expressions stay unresolved (value None) and explicit
dates without a year keep no year, unless the article wrote a day out with its year before
them (its year carries on); the article says so in its `published: null`.

Conventions (also in benchmarks/gold/temporal_expressions_gold.json): the span is the
expression without a leading preposition ('Tuesday', 'last month', 'December 10'); a bare
weekday is the most recent such day on or before publication, unless the clause is in the
future tense ('will meet on Friday'), then the next one.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right, insort
from datetime import date, timedelta

from ..model import TimeExpression, TimeKind
from ..text import MONTHS as _MONTHS
from ..text import NUMBER_WORDS_PATTERN, parse_number
from .tense import Tense, TenseAt
from .timex_days import (
    date_from_last_day,
    days_from_last_day,
    week_before_last_week,
    weekdays_with_their_date,
)
from .timex_holidays import attacks_of_september_11, holiday_value, names_the_day
from .timex_patterns import NEEDS as _NEEDS
from .timex_patterns import PATTERNS as _PATTERNS
from .timex_quotes import date_quoted_days
from .timex_ranges import join_ranges
from .timex_tense import (
    bound_ahead,
    future_tense,
    month_year,
    past_date,
    scheduled_ahead,
    weekday_date,
    weekend_days,
)
from .timex_years import (
    DAY,
    MONTH,
    YEAR,
    context_year,
    earlier_day_year,
    nearest_year,
    not_a_year,
)

logger = logging.getLogger(__name__)

# 'a week ago' is one week; 'a few days ago' and 'several years ago' name no number
_ONE = {"a", "an"}
_TWO = {"a couple of"}
_VAGUE_COUNTS = {"several", "few", "a few", "some"}

# the end of a quotation that is the expression alone ('"This Week,"', '“Tomorrow”')
_CLOSING_QUOTE = re.compile(r"[,.]?[\"”]")
_RANGE_WORDS = re.compile(r"\b(since|until|till|through)\s+$", re.I)
# a capitalised name right before 'weekend', not opening the sentence ('over Easter weekend')
_HOLIDAY_BEFORE = re.compile(r"(?<![.!?\n]\s)(?<!^)\b[A-Z][\w'’]*(?:\s+Day)?\s+$")
_A_RATE_BEFORE = re.compile(
    r"(?:\d|\b(?:dollars?|cents?|miles?|kilometers?|kilometres?|once|twice|times|percent|"
    r"hundred|thousand|million|billion|calls|cases|people|deaths|pounds|euros?))[\s,]*$",
    re.IGNORECASE,
)
# 'a better tomorrow', 'the today of'  : a figure of speech, not a day
_NOT_A_DAY_BEFORE = re.compile(
    r"\b(?:an?|the)\s+(?:(?:brighter|better|bright|new|different|great|good|safer|fairer)\s+)?$"
)
# where a sentence (or a title, a quotation) may open: a capital there is no name
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;\n]\s*|[\"“(‘']\s*|\s[-—–]\s*)$")
_LEADS_A_DAY_IN = re.compile(r"\b(?:on|in|since|after|before|until|by|the|of) $", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# a month named with 'last'/'next'/'this' is counted from the publication month
_MONTH_REL = re.compile(r"\b(last|next|this)\s+$", re.I)
_PREPOSITIONS = re.compile(
    r"^(?:on|in|since|until|by|of|from|before|after|late on|early on|for|over|during)\s+",
    re.IGNORECASE,
)


def find_time_expressions(
    text: str, published: str | None, tense_at: TenseAt | None = None
) -> tuple[TimeExpression, ...]:
    """Every time expression of `text`, left to right, resolved against `published`;
    `tense_at` (from the parse, `tense.tense_reader`) tells which are in a past-tense clause."""
    anchor = _dateline_day(text, _anchor(published))
    found: list[TimeExpression] = []
    taken = _TakenSpans()
    # expressions dated from the day named before them: start -> days after that day
    from_last_day: dict[int, int] = {}
    weeks_before: set[int] = set()  # 'the prior week': starts
    deictic: set[int] = set()  # 'today', 'last night': starts
    for name, pattern in _PATTERNS:
        needs = _NEEDS.get(name)
        if needs is not None and needs.search(text) is None:
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if taken.overlaps(start, end):
                continue
            expression = _resolve(name, match, text, anchor, tense_at)
            if expression is None:
                continue
            taken.add(start, end)
            found.append(expression)
            days = days_from_last_day(name, match, expression)
            if days is not None:
                from_last_day[expression.start] = days
            if name == "week_before":
                weeks_before.add(expression.start)
            if name == "relday":
                deictic.add(expression.start)
    ordered = weekdays_with_their_date(text, sorted(found, key=lambda e: e.start))
    ordered = date_from_last_day(ordered, from_last_day, anchor)
    ordered = date_quoted_days(text, week_before_last_week(ordered, weeks_before), deictic, anchor)
    return tuple(join_ranges(text, ordered))


class _TakenSpans:
    """The spans already read as time expressions, none overlapping another: whether a new
    one overlaps any in log time (a 100,000-character digest has thousands of matches, and a
    scan of them all for each was quadratic). Spans that overlap none are, sorted by start,
    sorted by end too, so only the last one starting before a span's end can reach into it;
    empty spans (none of the patterns should match one) are kept apart as points."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []
        self._points: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        if start == end:  # a point: inside a span, or (never) on another point
            return any(s < end and start < e for s, e in self._spans)
        before = bisect_left(self._spans, (end, end))
        if before and self._spans[before - 1][1] > start:
            return True
        after = bisect_right(self._points, start)
        return after < len(self._points) and self._points[after] < end

    def add(self, start: int, end: int) -> None:
        if start == end:
            insort(self._points, start)
        else:
            insort(self._spans, (start, end))


def _anchor(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        logger.warning(
            "publication date %r is not an ISO date: relative dates stay unresolved", published
        )
        return None


# 'ORLEN, Vel. (March 14, 2026) —': a local page's dateline, the day its story was written
_DATELINE = re.compile(rf"\(\s*{MONTH}\s+{DAY},?\s+{YEAR}\s*\)")
_DATELINE_REACH = 300  # characters from the top of the text
_DATELINE_SLACK_DAYS = 7


def _dateline_day(text: str, anchor: date | None) -> date | None:
    """The day relative days count from: a dateline's day near the top of the text where it
    is within a week of the publication date (a page's date may lag its story's by a day:
    'On Friday' under '(Aug. 28, 2015)' in a page dated Aug. 27 is Aug. 28); otherwise the
    publication date. A dateline further off is another story's (a republished page)."""
    found = _DATELINE.search(text, 0, _DATELINE_REACH)
    if anchor is None or found is None:
        return anchor
    month = _MONTHS[found.group("month").lower().rstrip(".")]
    written = _iso(int(found.group("year")), month, int(found.group("day")))
    day = date.fromisoformat(written) if written else anchor
    if day != anchor and abs((day - anchor).days) <= _DATELINE_SLACK_DAYS:
        logger.debug("dateline %s: relative days count from it, not from %s", day, anchor)
        return day
    return anchor


_FIXED_KINDS: dict[str, TimeKind] = {
    "offset": "vague",
    "duration": "duration",
    "duration_modifier": "duration",
    "an_hour": "duration",
    "vague": "vague",
    "dayoffset": "date",  # dated afterwards, from the day named before it
    "night_of": "time",  # dated afterwards, from the day named before it
    "week_before": "week",  # dated afterwards, from the week named before it
}


def _resolve(
    name: str, match: re.Match[str], text: str, anchor: date | None, tense_at: TenseAt | None
) -> TimeExpression | None:
    start, end = match.span()
    groups = match.groupdict()
    if text[start - 1 : start] in {'"', "“"} and _CLOSING_QUOTE.match(text, end):
        return None  # 'on ABC's "This Week,"': a programme or a work, not a time
    if name == "years":
        first, second = groups["year"], groups["year2"]
        second = second if len(second) == 4 else first[:2] + second
        if second <= first:
            return None
        return TimeExpression(start, end, text[start:end], "range", first, second)
    tense = tense_at(match.start()) if tense_at is not None else None
    if name == "weekend" and _HOLIDAY_BEFORE.search(text, max(0, end - 47), end - 7):
        # 'the Easter weekend', 'over Labor Day weekend': a holiday's, not the nearest one
        return TimeExpression(start, end, text[start:end], "vague", None)
    if name == "holiday" and not names_the_day(match, text):
        return None
    if name == "holiday":
        value, end_value = holiday_value(match, anchor, tense, future_tense(text, start))
        kind: TimeKind = "range" if match.group("weekend") else "date"
        kind = "vague" if kind == "range" and value is None else kind
        begin = _strip(match, start)
        return TimeExpression(begin, end, text[begin:end], kind, value, end_value)
    if name == "weekend":
        value, end_value = weekend_days(anchor, groups.get("rel"), text, (start, end), tense)
        return TimeExpression(_strip(match, start), end, text[_strip(match, start) : end],
                              "range", value, end_value)  # fmt: skip
    stretch = _stretch_to_now(name, match, text, anchor)
    if stretch is not None:
        begin = _strip(match, start)
        return TimeExpression(begin, end, text[begin:end], "range", *stretch)
    if name == "year" and text[max(0, start - 1) : start] == "$":
        return None  # '$2010' is an amount
    if name == "numeric_day" and not _LEADS_A_DAY_IN.search(text, max(0, start - 7), start):
        return None  # 'won 6/10 races': a day in figures only after 'on', 'since', 'the', …
    if name == "an_hour" and _A_RATE_BEFORE.search(text, max(0, start - 30), start):
        return None  # '$9 an hour', '60 miles an hour', 'twice an hour': a rate
    if name == "year" and not_a_year(text, match.start("year"), match.end("year")):
        return None
    resolved = (
        (_FIXED_KINDS[name], None)
        if name in _FIXED_KINDS
        else _value(name, match, text, anchor, tense)
    )
    if resolved is None:
        return None
    return _expression(match, text, *resolved)


# 'the past six months', 'over the last year': a stretch that ends at publication
_STRETCH = re.compile(
    rf"(?:(?:for|over|in|during)\s+)?the\s+(?:past|last)\s+(?:(?P<count>\d+|{NUMBER_WORDS_PATTERN}|"
    r"an?)\s+)?(?P<unit>day|week|month|year)s?",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


def _a_name_within(text: str, start: int) -> bool:
    """Whether the capitalised word at `start` sits inside a sentence (so is a name: 'told USA
    Today') rather than opening it or standing in a title-case headline ('Vote Set For Today')."""
    if _SENTENCE_OPENS.search(text, max(0, start - 5), start):
        return False
    line = text[text.rfind("\n", 0, start) + 1 : (text.find("\n", start) + 1 or len(text) + 1) - 1]
    words: list[str] = re.findall(r"[A-Za-z][\w'’]*", line)
    return sum(w[0].isupper() for w in words) < 0.6 * len(words)


def _stretch_to_now(
    name: str, match: re.Match[str], text: str, anchor: date | None
) -> tuple[str, str] | None:
    """The first and last month (days and weeks: day) of 'the past six months', 'the last
    year', counted back from publication; None for anything else ('the last week of March',
    'the next week', 'the past few years')."""
    if anchor is None or name not in {"relunit", "duration"} or _OF_AFTER.match(text, match.end()):
        return None
    begin = match.start()
    if name == "relunit" and text[max(0, begin - 4) : begin].lower() == "the ":
        begin -= 4
    found = _STRETCH.fullmatch(text, begin, match.end())
    count = _count(found.group("count")) if found and found.group("count") else 1
    if found is None or count is None:
        return None
    unit = found.group("unit").lower()
    if unit in {"day", "week"}:
        days = count * (7 if unit == "week" else 1)
        return (anchor - timedelta(days=days)).isoformat(), anchor.isoformat()
    months = count * (12 if unit == "year" else 1)
    return _shift(anchor, "month", -months), _shift(anchor, "month", 0)


def _value(
    name: str, match: re.Match[str], text: str, anchor: date | None, tense: Tense | None = None
) -> tuple[TimeKind, str | None] | None:
    """The kind and ISO value of a calendar expression; None when it names no real date.
    `tense` is the parse's tense of the clause (None without a parse)."""
    start = match.start()
    groups = match.groupdict()
    past_verb = tense == "past"
    if name == "iso":
        if not groups["year"]:
            return "date", "2001-09-11"
        return "date", f"{groups['year']}-{groups['m']}-{groups['d']}"
    if name == "numeric_day":
        month, day = int(groups["m"]), int(groups["d"])
        year = nearest_year(anchor, month, day, past=tense != "future", past_verb=past_verb)
        return "date", _iso(year, month, day) if year else None
    if name == "week_ended":
        ended = _value("month_day", match, text, anchor, tense)
        if ended is None or ended[1] is None:
            return "week", None
        week_year, week, _ = date.fromisoformat(ended[1]).isocalendar()
        return "week", f"{week_year}-W{week:02d}"
    if name in {"month_day", "day_month"}:
        return _month_day_value(match, text, anchor, tense)
    if name == "weekday":
        value = weekday_date(
            anchor, groups["weekday"], groups.get("rel"), text, (start, match.end()), tense
        )
        return ("time" if groups.get("part") else "date"), value
    if name == "relday":
        return _relday_value(match, text, anchor)
    if name == "clock":
        # without its day, the day is found after all expressions are (_date_clock_times)
        weekday = groups.get("weekday")
        # the tense is read from the clock time on: 'p.m.' would end the sentence
        return "time", (
            weekday_date(anchor, weekday, None, text, match.span()) if weekday else None
        )
    if name == "relunit" and (
        _THE_BEFORE.search(text, 0, start) or groups["rel"].lower() == "past"
    ):
        # 'in the last year', 'the past year' (the twelve months to now), 'the next week'
        # (after a past day), 'the last week of March': a span or a day counted from
        # elsewhere, not 'last year'
        return "duration", None
    if name in {"ago", "relunit"}:
        return _relative_unit(name, match, anchor)
    month = _MONTHS[groups["month"].lower().rstrip(".")] if groups.get("month") else 0
    if name == "month_year":
        return "month", f"{groups['year']}-{month:02d}"
    if name == "month_relyear":
        step = {"last": -1, "this": 0, "next": 1}[groups["rel"].lower()]
        return "month", (f"{anchor.year + step}-{month:02d}" if anchor else None)
    if name == "month":
        year = month_year(anchor, month, text, (start, tense), match.group())
        return "month", (f"{year}-{month:02d}" if year else None)
    return "year", groups["year"]


def _month_day_value(
    match: re.Match[str], text: str, anchor: date | None, tense: Tense | None
) -> tuple[TimeKind, str | None] | None:
    """'March 3', '3 March': the year from the expression, its context, a schedule, or the
    nearest one in the direction the clause's tense points."""
    start = match.start()
    groups = match.groupdict()
    past_verb = tense == "past"
    month = _MONTHS[groups["month"].lower().rstrip(".")]
    day = int(groups["day"])
    if not 1 <= day <= 31:
        return None
    past = (
        past_date(text, start, match.end()) and not bound_ahead(text, start) and tense != "future"
    )
    if not groups.get("year") and attacks_of_september_11(text, month, day, match.end()):
        return "date", "2001-09-11"
    year = (
        int(groups["year"])
        if groups.get("year")
        else context_year(text, start)
        or scheduled_ahead(text, (start, match.end()), anchor, (month, day), tense)
        or nearest_year(anchor, month, day, past=past, past_verb=past_verb)
        or earlier_day_year(text, start, anchor)
    )
    value = _iso(year, month, day)
    return None if value is None and year is not None else ("date", value)


def _relday_value(
    match: re.Match[str], text: str, anchor: date | None
) -> tuple[TimeKind, str | None] | None:
    """'yesterday', 'today', 'tonight', 'last night': a day counted from publication."""
    groups = match.groupdict()
    start = match.start()
    rel = match.group("rel").lower()
    if rel in {"today", "tomorrow"} and _NOT_A_DAY_BEFORE.search(text, max(0, start - 30), start):
        return None
    if text[start] == "T" and _a_name_within(text, start):
        return None  # 'USA Today', 'Morning Today Velmora': a name within the sentence
    offset = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(rel, 0)
    value = (anchor + timedelta(days=offset)).isoformat() if anchor else None
    part_of_day = groups.get("part") or rel not in {"yesterday", "today", "tomorrow"}
    return ("time" if part_of_day else "date"), value


_UNIT_KINDS: dict[str, TimeKind] = {"day": "date", "week": "week", "month": "month", "year": "year"}


def _relative_unit(
    name: str, match: re.Match[str], anchor: date | None
) -> tuple[TimeKind, str | None]:
    """'three weeks ago', 'last month', 'next year': a unit counted from the anchor."""
    unit = match.group("unit").lower()
    if name == "ago":
        count = _count(match.group("count"))
        if count is None:
            return "vague", None
        return _UNIT_KINDS[unit], (_shift(anchor, unit, -count) if anchor else None)
    rel = match.group("rel").lower()
    step = -1 if rel in {"last", "late last"} else 1 if rel == "next" else 0
    return _UNIT_KINDS[unit], (_shift(anchor, unit, step) if anchor else None)


def _expression(
    match: re.Match[str], text: str, kind: TimeKind, value: str | None
) -> TimeExpression:
    """The expression without its leading preposition ('on Tuesday' -> 'Tuesday'); after
    'since'/'until' a calendar point becomes an open range."""
    start, end = _strip(match, match.start()), match.end()
    surface = text[start:end]
    range_word = _RANGE_WORDS.search(text[max(0, start - 12) : start])
    if range_word and kind in {"date", "time", "month", "year"}:
        if range_word.group(1).lower() == "since":
            return TimeExpression(start, end, surface, "range", value, None)
        return TimeExpression(start, end, surface, "range", None, value)
    return TimeExpression(start, end, surface, kind, value)


def _strip(match: re.Match[str], start: int) -> int:
    prefix = _PREPOSITIONS.match(match.group())
    return start + prefix.end() if prefix else start


def _iso(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        logger.debug("%04d-%02d-%02d is not a calendar date: left unresolved", year, month, day)
        return None


def _count(word: str) -> int | None:
    word = " ".join(word.lower().split())
    if word in _ONE:
        return 1
    if word in _TWO:
        return 2
    if word in _VAGUE_COUNTS:
        return None
    value = parse_number(word)
    return int(value) if value is not None and value.is_integer() else None


def _shift(anchor: date, unit: str, step: int) -> str:
    if unit == "day":
        return (anchor + timedelta(days=step)).isoformat()
    if unit == "week":
        year, week, _ = (anchor + timedelta(weeks=step)).isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + step
        return f"{index // 12}-{index % 12 + 1:02d}"
    return str(anchor.year + step)
