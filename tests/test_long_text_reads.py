"""Readers that look near one place of a long text read only near it (issue 10: a 100,000-
character digest made them quadratic); what they find is unchanged."""

from __future__ import annotations

import pytest

from storydiff.crossdoc.people_counts import fate_of_people
from storydiff.extract.timexpr import _TakenSpans, find_time_expressions

_FILLER = "The ferry to Vellmoor sailed on time and the harbour stayed calm. " * 400


@pytest.mark.parametrize(
    ("sentence", "fate"),
    [
        ("The landslide in Orvik killed 15 people on the coast road.", "dead"),
        ("The storm in Orvik injured \n 15 people near the pier.", "injured"),
        ("In Orvik 15 people were reportedly hurt when the roof fell.", "injured"),
        ("The festival in Orvik drew 15 people to the square.", "crowd"),
        # near cases that must not fire: another word before the count, a verb inside a word
        ("The ferry in Orvik carried 15 people to the island.", ""),
        ("The unkilled 15 people of the old Orvik story were fictional.", ""),
    ],
)
def test_fate_of_a_count_deep_in_a_long_text(sentence: str, fate: str) -> None:
    text = _FILLER + sentence
    start = text.index("15")
    assert fate_of_people(text, start, start + 2, "people") == fate


def test_fate_at_the_very_start_of_a_text() -> None:
    text = "killed 3 people"
    assert fate_of_people(text, 7, 8, "people") == "dead"


def test_taken_spans_agree_with_a_scan_of_them_all() -> None:
    taken, scanned = _TakenSpans(), []
    for start, end in [(10, 20), (30, 31), (20, 25), (15, 18), (25, 25), (22, 22), (5, 10)]:
        overlaps = any(s < end and start < e for s, e in scanned)
        assert taken.overlaps(start, end) == overlaps
        if not overlaps:
            taken.add(start, end)
            scanned.append((start, end))
    assert scanned == [(10, 20), (30, 31), (20, 25), (25, 25), (5, 10)]


def test_time_expressions_of_a_long_text_keep_their_places() -> None:
    text = "On Tuesday the Vellmoor council met. " * 300 + "It met again last week."
    found = find_time_expressions(text, "2026-03-12")
    assert len(found) == 301
    assert text[found[-1].start : found[-1].end] == "last week"
