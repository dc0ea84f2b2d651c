"""Times of day that time a statement's own fact ('around 7:15 p.m.'), with the minutes their
wording allows, and when two outlets' times for one act cannot meet."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Analysis, Unit
from .date_scope import inside_quotation
from .signals import in_scope

__all__ = ["ClockTime", "clock_times", "clocks_disagree"]


@dataclass(frozen=True)
class ClockTime:
    """'around 7:15 p.m.': the minutes after midnight it allows, and where it is written."""

    start: int
    end: int
    low: int
    high: int


# '3:15 a.m.', '5:00pm', 'just before 6 p.m.', 'after 10 p.m.', with what bounds it
_CLOCK = re.compile(
    r"(?:\b(?P<bound>around|about|approximately|roughly|nearly|almost|shortly\s+before|"
    r"shortly\s+after|just\s+before|just\s+after|sometime\s+before|sometime\s+after|before|"
    r"after|by|until)\s+)?"
    r"\b(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s?(?P<half>[ap])\.?\s?m\b\.?",
    re.IGNORECASE,
)
# minutes a bound word allows before and after the time it names
_CLOCK_BOUNDS: dict[str, tuple[int, int]] = {
    "around": (30, 30), "about": (30, 30), "approximately": (30, 30), "roughly": (30, 30),
    "nearly": (30, 0), "almost": (30, 0), "shortly before": (30, 0), "just before": (30, 0),
    "shortly after": (0, 30), "just after": (0, 30), "sometime before": (180, 0),
    "sometime after": (0, 180), "before": (180, 0), "by": (180, 0), "until": (180, 0),
    "after": (0, 180),
}  # fmt: skip
# a time written to the minute is still rounded ('6:12 p.m.'), one on a quarter hour more so
# ('6:15 p.m.' is 6:08 to 6:22 rounded: two neighbouring quarters, '7:15' and '7:30', may be
# one moment told two ways, '7:15' and '7:45' not), a whole hour more again ('6 p.m.')
_MINUTE_SLACK, _QUARTER_SLACK, _HOUR_SLACK = 5, 8, 15
_SAID_AT = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|reported|confirmed|stated)\s+(?:at\s+)?$", re.I
)
_DAY_MINUTES = 24 * 60


def hour_of_day(written: str) -> int | None:
    """The hour (0-23) of the first time of day written in `written` ('2 a.m. Friday': 2)."""
    match = _CLOCK.search(written)
    if match is None:
        return None
    return int(match.group("hour")) % 12 + (12 if match.group("half").lower() == "p" else 0)


def clock_times(analysis: Analysis, unit: Unit) -> list[ClockTime]:
    """The times of day that time a statement's own fact: in the clause of its predicate,
    outside quotation marks, not when something was said."""
    found = []
    text = analysis.article.text
    for match in _CLOCK.finditer(unit.text):
        start = unit.start + match.start()
        if not in_scope(unit, start) or inside_quotation(analysis, unit, start):
            continue
        if _SAID_AT.search(text[max(unit.start, start - 40) : start]):
            continue
        minute = int(match.group("minute") or 0)
        hour = int(match.group("hour")) % 12 + (12 if match.group("half").lower() == "p" else 0)
        at = hour * 60 + minute
        slack = _HOUR_SLACK
        if match.group("minute"):
            slack = _MINUTE_SLACK if minute % 15 else _QUARTER_SLACK
        bound = " ".join((match.group("bound") or "").lower().split())
        before, after = _CLOCK_BOUNDS.get(bound, (slack, slack))
        found.append(ClockTime(start, unit.start + match.end(), at - before, at + after))
    return found


def clocks_disagree(a: ClockTime, b: ClockTime) -> bool:
    """Two times of day whose allowed minutes do not meet, on either side of midnight."""
    return all(
        a.high + shift < b.low or b.high < a.low + shift
        for shift in (-_DAY_MINUTES, 0, _DAY_MINUTES)
    )
