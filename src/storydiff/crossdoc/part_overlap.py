"""Clause-level word overlap: two long sentences of two outlets often share one fact, each
in one clause ('... erected more than 10 roadblocks ...' / '... blocked roads in several
locations with barricades ...'), and the overlap of the whole statements is diluted by
everything else they say. Each statement's clause parts (`Unit.parts`, nlp/clauses.py) get
their own terms, and the pair's overlap moves `PART_OVERLAP_SHARE` of the way towards the
best overlap between a part of one and a part (or the whole) of the other.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Unit
from ..text import fold

PART_OVERLAP_SHARE = 0.0
"""Share of the way from the whole statements' overlap to their best clause overlap
(0: off). Tried on BASIL dev (docs/benchmarks.md, issue 10 diagnosis)."""
MIN_PART_TERMS = 2
"""A part with fewer terms matches too easily to count."""

Terms = frozenset[str]


def word_offsets(unit: Unit) -> list[int]:
    """The character offset of each of the unit's words in the article (-1 if not found)."""
    lowered = unit.text.lower()
    offsets, cursor = [], 0
    for token in unit.tokens:
        at = lowered.find(token, cursor)
        offsets.append(unit.start + at if at >= 0 else -1)
        if at >= 0:
            cursor = at + len(token)
    return offsets


def part_terms(unit: Unit, terms: Terms) -> list[Terms]:
    """Each clause part's share of the unit's terms: those its words spell (lemma, word or
    folded word)."""
    offsets = word_offsets(unit)
    found = []
    for ranges in unit.parts:
        inside = {
            k
            for k, at in enumerate(offsets)
            if at >= 0 and any(start <= at < end for start, end in ranges)
        }
        spelled = {unit.lemmas[k] for k in inside} | {unit.tokens[k] for k in inside}
        spelled |= {fold(unit.tokens[k]) for k in inside}
        found.append(frozenset(t for t in terms if t in spelled))
    return found


def best_part_overlap(
    parts_a: list[Terms],
    whole_a: Terms,
    parts_b: list[Terms],
    whole_b: Terms,
    weight: Callable[[str], float],
) -> float:
    """The best IDF-weighted share of the smaller side's terms that the other side has,
    over every part of one against every part or the whole of the other."""
    best = 0.0
    sides_a = [*parts_a, whole_a]
    sides_b = [*parts_b, whole_b]
    for k, x in enumerate(sides_a):
        for m, y in enumerate(sides_b):
            if k == len(parts_a) and m == len(parts_b):
                continue  # whole against whole is the plain overlap
            if len(x) < MIN_PART_TERMS or len(y) < MIN_PART_TERMS:
                continue
            smaller = min(sum(map(weight, x)), sum(map(weight, y)))
            if smaller:
                best = max(best, sum(map(weight, x & y)) / smaller)
    return best
