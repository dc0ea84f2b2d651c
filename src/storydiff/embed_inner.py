"""Texts that lie inside another text of the same encoder call (a quote segment inside its
statement): which ones, and where, so that USE computes only a few rows at their ends.

USE's per-token features come from two stacked n-gram layers over the projected tokens, and
each layer sees at most 2 tokens each side. So at a position whose 2 neighbours each side
are the same tokens in both texts, the first layer's output is the same in both, and where
4 are the same, the final features are: every step is computed row by row, so they are the
same bits. An inner text therefore takes from the outer text its projected tokens, the
first layer's output except at its 3 outermost positions each end, and its final features
except at its 5 outermost positions each end (its start or end mark and 4 tokens); only
those are computed.
"""

from __future__ import annotations

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

Inner = dict[int, tuple[int, int]]
"""Inner text index -> (outer text index, row of the inner text's first token (after its
start mark) in the outer text's rows)."""


def inner_texts(all_ids: Sequence[Sequence[int]], groups: Sequence[Sequence[int]]) -> Inner:
    """The texts whose tokens (without their start and end marks) occur in a longer text
    computed in full, and where. `groups` are the micro-batches: each keeps at least
    `MIN_PRODUCT_ROWS` rows, and the edge products at least as many (or no text is inner)."""
    blobs = [np.asarray(ids[1:-1], dtype=np.int32).tobytes() for ids in all_ids]
    longest_first = sorted(range(len(all_ids)), key=lambda i: -len(all_ids[i]))
    found: Inner = {}
    for rank, i in enumerate(longest_first):
        if len(all_ids[i]) - 2 < MIN_INNER_TOKENS:
            continue
        for j in longest_first[:rank]:
            if len(all_ids[j]) <= len(all_ids[i]):
                break
            at = _aligned_find(blobs[j], blobs[i]) if j not in found else None
            if at is not None:
                found[i] = (j, at + 1)  # + 1: the outer text's start mark
                break
    for group in groups:
        rows = sum(len(all_ids[i]) for i in group if i not in found)
        if 0 < rows < MIN_PRODUCT_ROWS:
            for i in group:
                found.pop(i, None)
    if 2 * FIRST_LAYER_EDGE * len(found) < MIN_PRODUCT_ROWS:
        return {}
    return found


def _aligned_find(haystack: bytes, needle: bytes) -> int | None:
    """The token position of `needle` in `haystack` (int32 token ids), or None."""
    at = haystack.find(needle)
    while at >= 0 and at % 4:
        at = haystack.find(needle, at + 1)
    return at // 4 if at >= 0 else None


@dataclass
class EdgePlan:
    """The end windows of every inner text, side by side (`WINDOW` rows each, head then tail
    of each text), and where each of their rows comes from. Sources are (window row, outer
    text, outer row)."""

    projected: list[tuple[int, int, int]] = field(default_factory=list)
    """Projected tokens the computed first-layer rows see."""
    first_layer: list[tuple[int, int, int]] = field(default_factory=list)
    """First-layer outputs taken from the outer text."""
    computed: list[int] = field(default_factory=list)
    """Window rows whose first-layer output is computed."""
    final: list[int] = field(default_factory=list)
    """Window rows whose final features are computed (`EDGE` per window, in order)."""
    final_ids: list[int] = field(default_factory=list)
    """The token id at each of those rows."""
    windows: int = 0


def edge_plan(all_ids: Sequence[Sequence[int]], inner: Inner) -> EdgePlan:
    """Where each row of the inner texts' end windows comes from. Row r of a head window is
    the text's position r; of a tail window, position len - WINDOW + r."""
    plan = EdgePlan()
    for i, (j, at) in inner.items():
        ids = all_ids[i]
        for head in (True, False):
            base, start = plan.windows * WINDOW, 0 if head else len(ids) - WINDOW
            plan.windows += 1
            if head:
                final, computed = range(EDGE), range(FIRST_LAYER_EDGE)
                taken = range(FIRST_LAYER_EDGE, EDGE + REACH)
            else:
                final, computed = (
                    range(WINDOW - EDGE, WINDOW),
                    range(WINDOW - FIRST_LAYER_EDGE, WINDOW),
                )
                taken = range(REACH, WINDOW - FIRST_LAYER_EDGE)
            # the computed first-layer rows see the projected tokens of the final rows
            for rows, into in ((final, plan.projected), (taken, plan.first_layer)):
                into.extend(
                    (base + r, j, _outer_row(start + r, len(ids), at, len(all_ids[j])))
                    for r in rows
                )
            plan.computed.extend(base + r for r in computed)
            plan.final.extend(base + r for r in final)
            plan.final_ids.extend(ids[start + r] for r in final)
    return plan


def _outer_row(position: int, length: int, at: int, outer_length: int) -> int:
    """The outer text's row for an inner text's position (its marks: the outer's own)."""
    if position == 0:
        return 0
    return outer_length - 1 if position == length - 1 else at + position - 1
