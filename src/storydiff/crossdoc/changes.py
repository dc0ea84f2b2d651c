"""A level and the change that led to it ('claims dropped 12,000 to 250,000'; 'fell to
250,000 from a revised 262,000'; '410,000, a drop of 25,000 from the prior week'), and when
two outlets give one level but changes that cannot both be right: the change one states
against the change the other's earlier level implies (a change measured against a revised
level is another change). Only figures of one unit (counts, a currency, percentages)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Unit
from .amounts import written_interval

_MOVED = (
    r"(?:rose|fell|dropped|declined|increased|decreased|climbed|jumped|slipped|grew|shrank|"
    r"dipped|tumbled|plunged|surged|sank|slid|edged\s+(?:up|down)|went\s+(?:up|down))"
)
_FIGURE = r"(?P<{}>(?:[$€£]\s?)?\d[\d,.]*(?:\s+(?:million|billion|thousand))?%?)"
_REVISED = r"(?:(?:a|an|the)\s+)?(?:(?:upwardly|downwardly)\s+)?(?:revised\s+)?"
# 'dropped 12,000 to 250,000', 'fell by 5% to $4 billion'
_BY_TO = re.compile(
    rf"\b{_MOVED}\s+(?:by\s+)?{_FIGURE.format('change')}\s+to\s+{_FIGURE.format('level')}",
    re.IGNORECASE,
)
# 'fell to 250,000 from a revised 274,500', 'fell from 262,000 to 250,000'
_TO_FROM = re.compile(
    rf"\b{_MOVED}\s+to\s+{_FIGURE.format('level')}\s+from\s+{_REVISED}{_FIGURE.format('before')}",
    re.IGNORECASE,
)
_FROM_TO = re.compile(
    rf"\b{_MOVED}\s+from\s+{_REVISED}{_FIGURE.format('before')}\s+to\s+{_FIGURE.format('level')}",
    re.IGNORECASE,
)
# '410,000, a drop of 25,000 from the prior week'
_LEVEL_CHANGE_OF = re.compile(
    rf"{_FIGURE.format('level')},?\s+(?:a|an)\s+(?:drop|decrease|decline|fall|increase|rise|"
    rf"gain|jump)\s+of\s+{_FIGURE.format('change')}",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Change:
    """A level reached and the size of the change to it, as intervals, with where each is."""

    level: tuple[float, float]
    change: tuple[float, float]
    unit: str
    start: int
    end: int


def changes(unit: Unit) -> tuple[Change, ...]:
    """The level-and-change pairs a statement gives (see the module docstring)."""
    return _changes_at(unit.text, unit.start)


@lru_cache(maxsize=4096)  # a statement is read again for every pair it is a side of
def _changes_at(text: str, offset: int) -> tuple[Change, ...]:
    found = []
    for pattern in (_BY_TO, _LEVEL_CHANGE_OF):
        for m in pattern.finditer(text):
            level, change = (
                written_interval(m["level"]),
                written_interval(m["change"]),
            )
            if level and change and level[2] == change[2]:
                found.append(_change(offset, m, level, (change[0], change[1])))
    for pattern in (_TO_FROM, _FROM_TO):
        for m in pattern.finditer(text):
            level, before = (
                written_interval(m["level"]),
                written_interval(m["before"]),
            )
            if level and before and level[2] == before[2]:
                # the change the two levels imply, as the widest interval they allow
                low = max(0.0, min(abs(before[0] - level[1]), abs(before[1] - level[0])))
                high = max(abs(before[1] - level[0]), abs(before[0] - level[1]))
                found.append(_change(offset, m, level, (low, high)))
    return tuple(found)


def _change(
    offset: int, match: re.Match[str], level: tuple[float, float, str], change: tuple[float, float]
) -> Change:
    return Change(
        (level[0], level[1]), change, level[2], offset + match.start(), offset + match.end()
    )


def changes_disagree(a: Change, b: Change) -> bool:
    """One level (intervals that meet) reached by changes whose intervals do not meet."""
    if a.unit != b.unit:
        return False
    same_level = not (a.level[1] < b.level[0] or b.level[1] < a.level[0])
    return same_level and (a.change[1] < b.change[0] or b.change[1] < a.change[0])
