"""Tallies: two counts set against each other, a vote or a score ('passed 65-35', 'a 2-1
ruling', 'voted 19-to-0'), and when two outlets' tallies of one vote disagree."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Unit

__all__ = ["Tally", "differing_tallies", "phone_spans", "tallies", "tally_spans"]


@dataclass(frozen=True)
class Tally:
    """'a 65-35 vote': the larger side first, and where it is written in the article."""

    first: int
    second: int
    start: int
    end: int


# two counts joined by 'to' or a dash: '134-to-63', '234-193', '254 to 175', '19–0'
_TALLY = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})*)\s*(?:-to-|\s+to\s+|-|–)\s*(\d{1,3}(?:,\d{3})*)(?![\d.,]\d)"
)
# what makes two joined figures something else: a season or a span of years ('the 2020-21
# season'), a date written with dashes ('10-12-2021')
_YEAR_FIRST = re.compile(r"^(?:19|20)\d\d$")
_DASHED_DATE_AFTER = re.compile(r"^[-–/]\d")
# a phone number, whatever its layout ('(555) 210-4477', '555 - 210 - 4477'): its figures
# count nothing, and two outlets' layouts of one number read as a differing tally
_PHONE = re.compile(r"(?:\(\d{3}\)\s*|(?<![\d.,])\d{3}\s?[-–.]\s?)\d{3}\s?[-–.]\s?\d{4}(?!\d)")


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Where the text gives a phone number."""
    return [match.span() for match in _PHONE.finditer(text)]


def tally_spans(text: str) -> list[tuple[int, int, int, int]]:
    """Where a text sets two counts against each other, with the counts: (first, second,
    start, end). A range goes up ('20 to 30'); a tally names the larger side first, or ties
    ('a 50-50 split'), and neither of its figures is an amount of anything ('a 134-to-63
    vote' is not 63 votes)."""
    found = []
    phones = phone_spans(text)
    for match in _TALLY.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in phones):
            continue
        first_written, second_written = match.groups()
        first, second = (int(g.replace(",", "")) for g in (first_written, second_written))
        if first < second or _DASHED_DATE_AFTER.match(text[match.end() :]):
            continue
        if _YEAR_FIRST.match(first_written) and len(second_written) == 2:
            continue  # '2020-21': a season
        found.append((first, second, *match.span()))
    return found


def tallies(unit: Unit) -> list[Tally]:
    """The tallies a statement gives, with article offsets."""
    return [
        Tally(first, second, unit.start + start, unit.start + end)
        for first, second, start, end in tally_spans(unit.text)
    ]


def differing_tallies(a: Unit, b: Unit) -> tuple[Tally, Tally] | None:
    """One tally on each side of one fact that differ ('passed 65-35' vs 'passed 63-37');
    None otherwise. Two tallies on a side may be two votes (cloture and passage): which
    pair to compare would be a guess."""
    left, right = tallies(a), tallies(b)
    if len(left) != 1 or len(right) != 1:
        return None
    x, y = left[0], right[0]
    return None if (x.first, x.second) == (y.first, y.second) else (x, y)
