"""'Today', 'last night', 'this evening' inside a quotation said on an earlier day.

A quotation speaks from the day it was said: 'Kirby said in a statement Sunday … "As shown by
this evening's strikes"' in a Monday article means Sunday evening, and 'Dean appeared on MSNBC
on Tuesday … saying "something was going on last night"' means Monday night. Where the
sentence that names the day of the saying (a verb or noun of saying right before a day
earlier than the publication date) comes shortly before the quotation, with no other day
named in between, a deictic day word inside the quotation is counted from that day instead of
the publication date. Without such a sentence the quotation is taken as said on the
publication day, as the gold's conventions say. `timexpr.find_time_expressions` calls
`date_quoted_days` once every expression is dated.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..model import TimeExpression
from ..text import SAID_FORMS
from .timex_years import sentence_bounds

__all__ = ["date_quoted_days"]

_SAYING = re.compile(
    rf"\b(?:{'|'.join(SAID_FORMS)}|says|saying|tweeted|posted|statement|interview|appeared|"
    r"remarks|speech|briefing|argued)\b",
    re.IGNORECASE,
)
# how far before the quotation the day of its saying may be named
_LOOK_BACK = 600
# how far before that day its verb of saying stands ('said in a statement Sunday'; not 'was
# killed Monday morning, police said', where the day is the killing's)
_SAYING_BEFORE_DAY = 40


def date_quoted_days(
    text: str, expressions: list[TimeExpression], deictic: set[int], anchor: date | None
) -> list[TimeExpression]:
    """`expressions` with the deictic ones (starts in `deictic`: 'today', 'last night') inside
    a quotation said on an earlier named day counted from that day."""
    if anchor is None or not deictic:
        return expressions
    dated: list[TimeExpression] = []
    for index, expression in enumerate(expressions):
        day = expression.day
        opened = _quotation_opened(text, expression.start) if expression.start in deictic else None
        said_on = (
            _day_of_saying(text, expressions[:index], opened, anchor)
            if day is not None and opened is not None
            else None
        )
        if said_on is None or day is None:
            dated.append(expression)
            continue
        value = (said_on + timedelta(days=(day - anchor).days)).isoformat()
        dated.append(replace(expression, value=value))
    return dated


def _quotation_opened(text: str, position: int) -> int | None:
    """Where the quotation around `position` opens, within its paragraph; None outside one."""
    paragraph = text.rfind("\n", 0, position) + 1
    opened: int | None = None
    for match in re.finditer(r"[“”\"]", text[paragraph:position]):
        mark = match.group()
        if mark == "“" or (mark == '"' and opened is None):
            opened = paragraph + match.start()
        else:
            opened = None
    return opened


def _day_of_saying(
    text: str, before: list[TimeExpression], opened: int, anchor: date
) -> date | None:
    """The day named last before the quotation opened, when it is an earlier day than the
    publication date named right after a word of saying shortly before."""
    named = [e for e in before if e.day is not None and e.end <= opened]
    if not named:
        return None
    last = named[-1]
    if last.day is None or last.day >= anchor or opened - last.end > _LOOK_BACK:
        return None
    begin = max(sentence_bounds(text, last.start)[0], last.start - _SAYING_BEFORE_DAY)
    return last.day if _SAYING.search(text, begin, last.start) else None
