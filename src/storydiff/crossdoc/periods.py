"""The period a figure is counted over, when its clause names one: 'missed six games this
season' and 'missed 14 games last season' are two counts, not a conflict; so are '12 cases
this year' and '20 cases in 2019'. `amounts.Amount.period` holds it; two amounts whose
periods are both named and differ are of two quantities (`amount_compare.same_quantity`).

A period is read as written, not dated: 'this year' and 'in 2026' are two periods here even
when the article is of 2026 (no publication date reaches the amounts), which leaves such a
pair uncompared rather than reported as a conflict.
"""

from __future__ import annotations

import re

# 'this season', 'last year', 'next month', 'the previous week'; 'the past year' (the twelve
# months to now) and 'a year' (a duration) are no named period
_RELATIVE = re.compile(
    r"\b(?P<rel>this|current|last|previous|next|coming)\s+(?P<unit>season|year|month|week)\b",
    re.IGNORECASE,
)
_SAME_AS = {"current": "this", "previous": "last", "coming": "next"}
# 'in 2019', 'during 2019', 'the 2019 season': a year; not one inside a longer number
_YEAR = re.compile(r"(?<![\d.,$€£])\b(?:19|20)\d\d\b(?![.,]?\d)")
# the period belongs to the figure's clause: looked for up to the clause's end on either side
_CLAUSE_END = re.compile(r"[;:.!?—()]\s|[;:!?—()]|\.$|,\s+(?:and|but|while|whereas)\b")
_REACH = 60


def period_of(text: str, start: int, end: int) -> str:
    """The period named next to the figure at `start`–`end` of `text` ('last season', '2019'),
    nearest first after the figure, then before it in its clause; '' when none is named."""
    after = text[end : end + _REACH]
    clause_end = _CLAUSE_END.search(after)
    after = after[: clause_end.start()] if clause_end else after
    before = text[max(0, start - _REACH) : start]
    clause_starts = list(_CLAUSE_END.finditer(before))
    before = before[clause_starts[-1].end() :] if clause_starts else before
    found = _periods(after)
    if found:
        return found[0]
    found = _periods(before)
    return found[-1] if found else ""


def _periods(text: str) -> list[str]:
    """The periods `text` names, left to right, as 'last season' or '2019'."""
    named = [(m.start(), _relative(m)) for m in _RELATIVE.finditer(text)]
    named += [(m.start(), m.group()) for m in _YEAR.finditer(text)]
    return [period for _, period in sorted(named)]


def _relative(match: re.Match[str]) -> str:
    rel = match.group("rel").lower()
    return f"{_SAME_AS.get(rel, rel)} {match.group('unit').lower()}"


def words_before_period(words: list[str]) -> list[str]:
    """`words` up to the period they name, if any: the noun counted in '14 games last season'
    is 'games', not 'season'."""
    for i in range(len(words)):
        if _RELATIVE.fullmatch(" ".join(words[i : i + 2])):
            return words[:i]
    return words


def different_periods(a: str, b: str) -> bool:
    """Whether two figures are counted over two named periods (neither left unnamed)."""
    return bool(a and b and a != b)
