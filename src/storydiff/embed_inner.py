"""Texts that lie inside another text of the same encoder call (a quote segment inside its
statement): which ones, and where, so that USE computes only their edges.

USE's per-token features see 4 tokens each side (two stacked n-gram layers, the widest two
to the left and two to the right), so a token whose 4 neighbours each side are the same in
both texts has the same features in both, to the bit: every step of the forward pass is
computed row by row. Only the first and last 5 rows of the inner text (its start or end
mark and the 4 tokens next to it) need computing; the rows between are the outer text's.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

EDGE = 5
"""Rows at each end of an inner text that are computed: its mark and 4 tokens of reach."""
MIN_INNER_TOKENS = 2 * (EDGE - 1) + 4
"""An inner text this long (without marks) reuses at least 4 rows; a shorter one gains
nothing over its two edge windows."""
MIN_BATCH_ROWS = 8
"""A micro-batch keeps at least this many rows when inner texts leave it: the BLAS library
computes a product of fewer than 7 rows with another kernel, which gives other bits."""
WINDOW = 2 * EDGE - 1
"""Tokens of an edge window: the edge's 5 rows and the 4 tokens they see beyond them."""

Inner = dict[int, tuple[int, int]]
"""Inner text index -> (outer text index, position of the inner text's first token in the
outer text's token ids)."""


def inner_texts(all_ids: Sequence[Sequence[int]], groups: Sequence[Sequence[int]]) -> Inner:
    """The texts whose tokens (without their start and end marks) occur in a longer text that
    is computed in full, and where; `groups` are the micro-batches, each left with at least
    `MIN_BATCH_ROWS` rows."""
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
        if 0 < rows < MIN_BATCH_ROWS:
            for i in group:
                found.pop(i, None)
    # an outer text dropped above is computed in full; so is one that stayed
    return found


def _aligned_find(haystack: bytes, needle: bytes) -> int | None:
    """The token position of `needle` in `haystack` (int32 token ids), or None."""
    at = haystack.find(needle)
    while at >= 0 and at % 4:
        at = haystack.find(needle, at + 1)
    return at // 4 if at >= 0 else None


def edge_windows(
    all_ids: Sequence[Sequence[int]], inner: Inner
) -> tuple[list[list[int]], list[int], list[int]]:
    """For each inner text, its head and tail windows of `WINDOW` tokens, side by side; the
    rows (in the windows' flat token order) whose first-layer features are needed, and the
    rows whose final features are: the head window's first `EDGE` rows, the tail's last."""
    windows: list[list[int]] = []
    first_layer: list[int] = []
    final: list[int] = []
    for i in inner:
        ids = list(all_ids[i])
        for window, head in ((ids[:WINDOW], True), (ids[-WINDOW:], False)):
            base = len(windows) * WINDOW
            windows.append(window)
            # the second layer at a row sees the first layer 2 rows each side
            reach = range(0, EDGE + 2) if head else range(EDGE - 3, WINDOW)
            first_layer.extend(base + r for r in reach)
            kept = range(0, EDGE) if head else range(WINDOW - EDGE, WINDOW)
            final.extend(base + r for r in kept)
    return windows, first_layer, final
