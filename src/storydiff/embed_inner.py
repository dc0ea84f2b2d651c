"""Texts that lie inside another text of the same encoder call (a quote segment inside its
statement): which ones, and where, so that USE computes only a few rows at their ends.

USE's per-token features come from two stacked n-gram layers over the projected tokens, and
each layer sees at most 2 tokens each side. So at a position whose 2 neighbours each side
are the same tokens in both texts, the first layer's output is the same in both, and where
4 are the same, the final features are: every step is computed row by row, so they are the
same bits. An inner text therefore takes from the outer text its projected tokens, the
first layer's output except at its 3 outermost positions each end, and its final features
except at its 5 outermost positions each end (its start or end mark and 4 tokens); only
those are computed. Its first or last tokens may differ from the outer text's (a quote
mark or a full stop joined to a word there): those positions are computed too.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

EDGE = 5
"""Final rows computed at each end of an inner text: its mark and the 4 tokens next to it."""
FIRST_LAYER_EDGE = 3
"""First-layer rows computed at each end: its mark and the 2 tokens next to it."""
REACH = 2
"""Tokens each side a layer sees (USE's widest n-gram: 2 before, 2 after)."""
WINDOW = EDGE + 2 * REACH
"""Positions of an end's window: its final rows and the first-layer rows they see."""
MIN_INNER_TOKENS = 2 * (EDGE - 1) + 4
"""An inner text this long (without marks) takes at least 4 final rows from the outer one."""
MIN_PRODUCT_ROWS = 8
"""The BLAS library computes a product of fewer than 7 rows with another kernel, which gives
other bits: every product here keeps at least this many rows."""

TRIMS = ((0, 0), (1, 0), (0, 1), (1, 1), (2, 0), (0, 2), (2, 1), (1, 2), (2, 2))
"""Tokens at the start and at the end of an inner text that may differ from the outer text
('We' is '▁We' alone, '▁"', 'We' in '"We said'), fewest first."""


@dataclass(frozen=True)
class Placement:
    """Where an inner text lies in its outer text."""

    outer: int
    at: int
    """The outer row of the inner text's first token that both share."""
    head: int = 0
    """Tokens after the inner text's start mark that the outer text does not share."""
    tail: int = 0
    """Tokens before its end mark that the outer text does not share."""

    def row(self, position: int, length: int, outer_length: int) -> int | None:
        """The outer row of an inner position (`length`: the inner text's, with marks), or
        None where the tokens differ; the marks are the outer text's own."""
        if position == 0:
            return 0
        if position == length - 1:
            return outer_length - 1
        if 1 + self.head <= position <= length - 2 - self.tail:
            return self.at + position - 1 - self.head
        return None


Inner = dict[int, Placement]
"""Inner text index -> where it lies."""


def inner_texts(all_ids: Sequence[Sequence[int]], groups: Sequence[Sequence[int]]) -> Inner:
    """The texts whose tokens (without their marks, and but for a few at either end) occur in
    a text computed in full, and where. `groups` are the micro-batches: each keeps at least
    `MIN_PRODUCT_ROWS` rows, and the edge products at least as many (or no text is inner)."""
    longest_first = sorted(range(len(all_ids)), key=lambda i: -len(all_ids[i]))
    rank = {i: r for r, i in enumerate(longest_first)}
    # every text's tokens without marks, one after another, apart by a token no text has
    starts: list[int] = []
    tokens: list[int] = []
    for ids in all_ids:
        starts.append(len(tokens))
        tokens.extend(ids[1:-1])
        tokens.append(-1)
    haystack = np.asarray(tokens, dtype=np.int32).tobytes()
    found: Inner = {}
    for i in longest_first:
        ids = all_ids[i]
        for head, tail in TRIMS:
            if len(ids) - 2 - head - tail < MIN_INNER_TOKENS:
                break  # the trims that follow leave no more
            needle = np.asarray(ids[1 + head : len(ids) - 1 - tail], dtype=np.int32).tobytes()
            outer = _outer_text(haystack, needle, starts, (rank, i, found))
            if outer is not None:
                found[i] = Placement(outer[0], outer[1] + 1, head, tail)  # + 1: start mark
                break
    for group in groups:
        rows = sum(len(all_ids[i]) for i in group if i not in found)
        if 0 < rows < MIN_PRODUCT_ROWS:
            for i in group:
                found.pop(i, None)
    if 2 * FIRST_LAYER_EDGE * len(found) < MIN_PRODUCT_ROWS:
        return {}
    return found


def _outer_text(
    haystack: bytes, needle: bytes, starts: list[int], order: tuple[dict[int, int], int, Inner]
) -> tuple[int, int] | None:
    """The first text whose tokens hold `needle`, and the token position there, among those
    computed in full that come before text i in `order` (rank of each text, i, found)."""
    rank, i, found = order
    at = haystack.find(needle)
    while at >= 0:
        if at % 4 == 0:
            j = bisect.bisect_right(starts, at // 4) - 1
            if j not in found and rank[j] < rank[i]:
                return j, at // 4 - starts[j]
        at = haystack.find(needle, at + 1)
    return None


@dataclass
class EdgePlan:
    """The end windows of every inner text, side by side (head then tail of each text), and
    where each of their rows comes from. Sources are (window row, outer text, outer row)."""

    sizes: list[int] = field(default_factory=list)
    """Each window's rows."""
    projected: list[tuple[int, int, int]] = field(default_factory=list)
    """Projected tokens the computed first-layer rows see, where both texts share them."""
    fresh: list[tuple[int, int]] = field(default_factory=list)
    """(window row, token id) of those they do not share: projected here."""
    first_layer: list[tuple[int, int, int]] = field(default_factory=list)
    """First-layer outputs taken from the outer text."""
    computed: list[int] = field(default_factory=list)
    """Window rows whose first-layer output is computed."""
    final: list[int] = field(default_factory=list)
    """Window rows whose final features are computed (head then tail of each text)."""
    final_ids: list[int] = field(default_factory=list)
    """The token id at each of those rows."""


def edge_plan(all_ids: Sequence[Sequence[int]], inner: Inner) -> EdgePlan:
    """Where each row of the inner texts' end windows comes from. Row r of a head window is
    the text's position r; of a tail window, position len - size + r."""
    plan = EdgePlan()
    for i, place in inner.items():
        ids, outer_length = all_ids[i], len(all_ids[place.outer])
        for trim, head in ((place.head, True), (place.tail, False)):
            size = WINDOW + trim
            base, start = sum(plan.sizes), 0 if head else len(ids) - size
            plan.sizes.append(size)
            if head:
                final, computed = range(EDGE + trim), range(FIRST_LAYER_EDGE + trim)
                taken = range(FIRST_LAYER_EDGE + trim, EDGE + REACH + trim)
            else:
                final = range(size - EDGE - trim, size)
                computed = range(size - FIRST_LAYER_EDGE - trim, size)
                taken = range(REACH, size - FIRST_LAYER_EDGE - trim)
            # the computed first-layer rows see the projected tokens of the final rows
            for r in final:
                source = place.row(start + r, len(ids), outer_length)
                if source is None:
                    plan.fresh.append((base + r, ids[start + r]))
                else:
                    plan.projected.append((base + r, place.outer, source))
            # (the taken rows lie inside the shared tokens)
            shift = place.at + start - 1 - place.head
            plan.first_layer.extend((base + r, place.outer, shift + r) for r in taken)
            plan.computed.extend(base + r for r in computed)
            plan.final.extend(base + r for r in final)
            plan.final_ids.extend(ids[start + r] for r in final)
    return plan
