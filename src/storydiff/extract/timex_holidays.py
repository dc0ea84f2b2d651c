"""Days news names instead of dates: public holidays ('Election Day', 'Thanksgiving', 'the
Easter weekend') and the attacks of 11 September 2001 ('the Sept. 11 attacks').

A holiday is a day of a known calendar rule (a fixed day, the nth weekday of a month, Easter
from the Gregorian computus); written without a year it is the occurrence nearest the
publication date in the direction the clause's tense points ('voters went to the polls on
Election Day' in a November article: that month's; 'as Election Day draws near' in September:
the coming one). A holiday's weekend is the weekend the holiday opens, closes or falls in.
Holidays of lunar calendars (Eid, Passover, Diwali) move each year and are not in the table:
they are left unfound rather than guessed. `timexpr.find_time_expressions` finds these with
its 'holiday' pattern and asks `holiday_value` for the value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from .tense import Tense

__all__ = ["HOLIDAY_PATTERN", "attacks_of_september_11", "holiday_value", "names_the_day"]


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The nth (1-based; -1: the last) `weekday` (Monday 0) of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month = (h + m - 7 * n + 114) // 31
    return date(year, month, (h + m - 7 * n + 114) % 31 + 1)


# name (lower case, no apostrophes) -> the holiday's day in a year
_HOLIDAYS: dict[str, Callable[[int], date]] = {
    "new years day": lambda y: date(y, 1, 1),
    "new years eve": lambda y: date(y, 12, 31),
    "martin luther king jr. day": lambda y: _nth_weekday(y, 1, 0, 3),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3),
    "valentines day": lambda y: date(y, 2, 14),
    "presidents day": lambda y: _nth_weekday(y, 2, 0, 3),
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "easter": easter,
    "easter sunday": easter,
    "easter monday": lambda y: easter(y) + timedelta(days=1),
    "mothers day": lambda y: _nth_weekday(y, 5, 6, 2),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "juneteenth": lambda y: date(y, 6, 19),
    "fathers day": lambda y: _nth_weekday(y, 6, 6, 3),
    "independence day": lambda y: date(y, 7, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "columbus day": lambda y: _nth_weekday(y, 10, 0, 2),
    "halloween": lambda y: date(y, 10, 31),
    # the US general election: the Tuesday after the first Monday of November
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    "veterans day": lambda y: date(y, 11, 11),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "christmas eve": lambda y: date(y, 12, 24),
    "christmas": lambda y: date(y, 12, 25),
    "christmas day": lambda y: date(y, 12, 25),
}

HOLIDAY_PATTERN = re.compile(
    r"\b(?:(?:the\s+)?(?P<rel>last|this|next|over|on)\s+)?(?:the\s+)?"
    r"(?P<holiday>New Year['’]s (?:Day|Eve)|Martin Luther King(?: Jr\.)? Day|Valentine['’]s Day|"
    r"Presidents['’]? Day|Good Friday|Easter(?: Sunday| Monday)?|Mother['’]s Day|Memorial Day|"
    r"Juneteenth|Father['’]s Day|Independence Day|Labor Day|Columbus Day|Halloween|"
    r"Election Day|Veterans['’]? Day|Thanksgiving(?: Day)?|Christmas(?: Eve| Day)?)"
    # a law or an event named after the day is no day ('the Juneteenth National Independence
    # Day Act', 'the Easter Rising')
    r"(?!(?:\s+[A-Z][\w'’]*)*['’]?\s+(?:Act|Bill|Parade|Massacre|Rising|Offensive|Uprising)\b)"
    r"(?P<weekend>\s+(?:holiday\s+)?weekend)?(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
)
_FUTURE_TENSES: frozenset[Tense] = frozenset({"future"})
# 'September 11 attacks', 'the Sept. 11 terrorist attack': a name for the day of 2001
_ATTACKS_AFTER = re.compile(r"(?:,?\s+20\d\d)?\s+(?:terror(?:ist)?\s+)?attacks?\b", re.I)


def holiday_value(
    match: re.Match[str], anchor: date | None, tense: Tense | None, future_cue: bool
) -> tuple[str | None, str | None]:
    """The holiday's day (or its weekend's first and last day) as ISO strings; (None, None)
    when there is neither a year nor a publication date to count from."""
    name = re.sub(r"\s+", " ", re.sub(r"['’]", "", match.group("holiday").lower()))
    rule = _HOLIDAYS[name]
    rel = (match.group("rel") or "").lower()
    if match.group("year"):
        day: date | None = rule(int(match.group("year")))
    elif anchor is None:
        return None, None
    else:
        ahead = rel == "next" or tense in _FUTURE_TENSES or future_cue
        behind = rel == "last" or tense == "past"
        day = _nearest(rule, anchor, ahead=ahead and not behind, behind=behind and not ahead)
    if day is None or not match.group("weekend"):
        return (day.isoformat() if day else None), None
    first, last = _WEEKEND_AROUND.get(day.weekday(), (None, None))
    if first is None or last is None:
        return None, None  # a midweek holiday's weekend: the one before or after it?
    return (day + timedelta(days=first)).isoformat(), (day + timedelta(days=last)).isoformat()


# a holiday's weekend, as days from the holiday by its weekday (Monday 0): Friday and Monday
# holidays make a long weekend with it
_WEEKEND_AROUND: dict[int, tuple[int, int]] = {0: (-2, 0), 4: (0, 2), 5: (0, 1), 6: (-1, 0)}


# a holiday dates something when a temporal word leads it in ('on Thanksgiving', 'since
# Easter', 'last Christmas') or it draws near ('as Election Day draws near'); named as an
# institution (the holiday as a sentence's subject, or made a federal holiday) it
# is no day of a timeline
_TIME_WORD_BEFORE = re.compile(
    r"\b(?:on|before|after|since|until|till|by|over|for|through|during|around|from|to|"
    r"ahead of|last|this|next|the day after|the day before)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DRAWS_NEAR = re.compile(
    r"\s+(?:(?:grows?|draws?|gets?|is|was)\s+(?:near|nearer|closer|approaching|coming)|nears|"
    r"approache[sd]|looms|loomed|arrives|arrived|neared)\b",
    re.IGNORECASE,
)


# 'since Juneteenth was made a holiday': the institution, even after a temporal word
_MADE_A_HOLIDAY = re.compile(
    r"\s+(?:was|is|became|has been|had been|will be)\s+(?:first\s+)?(?:added|made|declared|"
    r"created|established|recognized|recognised|designated|signed|approved|proclaimed)\b",
    re.IGNORECASE,
)


def names_the_day(match: re.Match[str], text: str) -> bool:
    """Whether the holiday of `match` dates something rather than naming the institution."""
    if match.group("weekend") or match.group("year"):
        return True
    if _MADE_A_HOLIDAY.match(text, match.end()):
        return False
    if match.group("rel"):
        return True
    start = match.start("holiday")
    return bool(
        _TIME_WORD_BEFORE.search(text, max(0, start - 20), start)
        or _DRAWS_NEAR.match(text, match.end())
    )


def _nearest(
    rule: Callable[[int], date], anchor: date, *, ahead: bool, behind: bool
) -> date | None:
    """The occurrence nearest `anchor`: on or after it (`ahead`), on or before it (`behind`),
    else the closest either way."""
    days = [rule(year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if ahead:
        days = [d for d in days if d >= anchor]
    elif behind:
        days = [d for d in days if d <= anchor]
    return min(days, key=lambda d: abs((d - anchor).days)) if days else None


def attacks_of_september_11(text: str, month: int, day: int, end: int) -> bool:
    """Whether a yearless 'September 11' ending at `end` names the 2001 attacks ('the Sept. 11
    terrorist attacks'), not this year's day or its memorial."""
    return month == 9 and day == 11 and _ATTACKS_AFTER.match(text, end) is not None
