"""Evidence that blocks a merge: explicit facts on which two statements disagree so plainly
that they cannot report one fact, whatever their same-fact score.

Decided per conflict type (docs/architecture.md, "Evidence that blocks a merge"):
  date    blocks when both statements write out a day ("On December 8" vs "Since December
          10"): two events of the story, which its coverage is full of. A weekday resolved
          from the publication date ("on Friday" vs "on Thursday") or a year does not block:
          it is an inference or a disputed detail of one fact, grouped and reported as a
          conflict (conflicts.py, the timeline);
  number  does not block: outlets count one fact differently (the conflict is reported);
  agent   does not block: who did it is what outlets dispute (the conflict is reported).
Written days are compared by month and day, so they block without a known year too.
A short remark about something it does not name ('This is about the Kell dam.') is held
apart from every statement but another wording of itself (short_fragments.py): its few
words are the story's topic words, not a fact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Analysis, TimeExpression, Unit
from ..text import MONTHS
from .short_fragments import fragment_reason

Node = tuple[int, int]
"""(article position, unit index)."""

_MONTH_WORD = re.compile(r"[A-Za-z]+")
_DAY_NUMBER = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")
# 'said on December 10' dates the saying, not the fact
_REPORTED_ON = re.compile(
    r"\b(?:said|told\s+\w+|announced|reported|added|stated|wrote|confirmed)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


class MergeBlocks:
    """Why two statements must not share a group, found once per pair asked."""

    def __init__(self, analyses: Sequence[Analysis]) -> None:
        self.analyses = analyses
        self.found: dict[tuple[Node, Node], str | None] = {}

    def reason(self, x: Node, y: Node) -> str | None:
        """The blocking evidence between x and y in words, or None."""
        key = (x, y) if x < y else (y, x)
        if key not in self.found:
            self.found[key] = self._reason(*key)
        return self.found[key]

    def _reason(self, x: Node, y: Node) -> str | None:
        left, right = self.analyses[x[0]], self.analyses[y[0]]
        a, b = left.units[x[1]], right.units[y[1]]
        fragment = fragment_reason(left, a, right, b)
        if fragment:
            return fragment
        days_a, days_b = explicit_days(left, a), explicit_days(right, b)
        if not days_a or not days_b or set(days_a) & set(days_b):
            return None
        return (
            f"{left.article.outlet} dates it '{'/'.join(days_a.values())}', "
            f"{right.article.outlet} '{'/'.join(days_b.values())}'"
        )


def explicit_days(analysis: Analysis, unit: Unit) -> dict[tuple[int, int], str]:
    """The (month, day) of every day written out in a statement ('December 8', '8 Dec.',
    '2026-03-12'), with its text; a weekday ('on Friday') or 'said on …' is left out."""
    text = analysis.article.text
    found: dict[tuple[int, int], str] = {}
    for time in analysis.times:
        if not unit.start <= time.start < unit.end or time.kind not in {"date", "range"}:
            continue
        if _REPORTED_ON.search(text[max(unit.start, time.start - 30) : time.start]):
            continue
        day = _month_day(time) if any(c.isdigit() for c in time.text) else None
        if day:
            found.setdefault(day, time.text)
    return found


def _month_day(time: TimeExpression) -> tuple[int, int] | None:
    if time.kind == "date" and time.day is not None:
        return (time.day.month, time.day.day)
    months = [MONTHS[w.lower()] for w in _MONTH_WORD.findall(time.text) if w.lower() in MONTHS]
    days = [int(d) for d in _DAY_NUMBER.findall(time.text) if 1 <= int(d) <= 31]
    if len(months) == 1 and len(days) == 1:
        return (months[0], days[0])
    return None
