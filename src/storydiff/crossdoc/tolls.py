"""The dead and the injured an article counts, wherever it counts them: 'Two workers were
killed' in one outlet's second sentence and 'Three workers died' in another's lead tell one
toll, though the aligner may group each with a different statement (the lead with the lead).
An article whose counts of one toll all agree gives that toll; the first statement that gives
it is compared with the other article's (crossdoc/conflicts.py).
"""

from __future__ import annotations

import re

from ..model import Analysis, Unit
from .amounts import Amount, amounts
from .people_counts import fate_of_people

__all__ = ["first_tolls", "toll_counts"]

_TOLLS = frozenset({"dead", "injured"})
# a statement that may count another event's toll ('a similar blast in 2019 killed four',
# 'two years ago', 'another worker died last month')
_OTHER_OCCASION = re.compile(
    r"\b(?:(?:19|20)\d\d|ago|last\s+(?:year|month|week)|previous|earlier|similar|another|"
    r"since|total|so\s+far)\b",
    re.IGNORECASE,
)


def toll_counts(analysis: Analysis, unit: Unit, found: list[Amount]) -> list[tuple[str, Amount]]:
    """The counts of the dead or the injured among a statement's amounts `found`, keyed by
    what they count ('dead' for '15 people died' and '15 dead', 'dead worker' for 'two
    workers were killed'); plain counts only, nothing narrowed, expected or of a period."""
    if _OTHER_OCCASION.search(unit.text):
        return []
    text = analysis.article.text
    counts = []
    for x in found:
        if x.unit or x.expected or x.person or x.period or x.qualifiers or not x.head:
            continue
        if x.head in _TOLLS:
            counts.append((x.head, x))
            continue
        fate = fate_of_people(text, x.start, x.end, x.noun) if x.noun else ""
        if fate in _TOLLS:
            counts.append((f"{fate} {x.head}", x))
    return counts


def first_tolls(analysis: Analysis) -> dict[str, Unit]:
    """Each toll the article gives (its counts of it all agree), with the first statement
    that gives it; an article that gives one toll two ways (a rising toll, two events) gives
    none of it."""
    seen: dict[str, list[tuple[Unit, Amount]]] = {}
    for unit in analysis.units:
        for key, x in toll_counts(analysis, unit, amounts(unit)):
            seen.setdefault(key, []).append((unit, x))
    first = {}
    for key, found in seen.items():
        x0 = found[0][1]
        if all(x0.low <= x.high and x.low <= x0.high for _, x in found):
            first[key] = found[0][0]
    return first
