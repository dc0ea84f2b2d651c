"""Texts whose tokens lie in other texts of the same encoder call (a quote segment inside its
statement, or across two statements): which ones, where, and which of their rows USE must
still compute.

USE's per-token features come from two stacked n-gram layers over the projected tokens, and
each layer sees at most 2 tokens each side. So at a position whose 2 neighbours each side
are the same tokens in both texts, the first layer's output is the same in both, and where
4 are the same, the final features are: every step is computed row by row, so they are the
same numbers (the same bits where the BLAS kernel does not depend on the product's row count;
OpenBLAS 0.3.31 on AMD EPYC differs in the last bits, at most 8e-8). An inner text is cut
into runs of tokens that another text (computed in full) has side by side; it takes that
text's projected tokens, first-layer outputs and final features wherever the run holds all
the tokens they see, and computes the rest: its ends, the joins between runs, and tokens no
other text has (a quote mark joined to a word).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

REACH = 2
"""Tokens each side a layer sees (USE's widest n-gram: 2 before, 2 after)."""
MIN_RUN = 4 * REACH + 1
"""A run this long gives at least one row of final features."""
MIN_INNER_TOKENS = 2 * REACH + 2
"""An inner text held whole by another needs this many tokens (without marks) to take any
first-layer row from it (with fewer it takes only projected tokens: too little)."""
MIN_PIECEWISE_TOKENS = MIN_RUN + 4
"""A text not held whole is searched for runs when it has this many tokens."""
MIN_PRODUCT_ROWS = 8
"""The BLAS library computes a product of fewer than 7 rows with another kernel, which gives
other bits: every product here keeps at least this many rows."""
MIN_TAKEN = 4
"""An inner text takes at least this many rows of final features from other texts."""
MAX_SKIP = 2
"""Tokens at the start of a run that may be no other text's ('▁"', 'We' for '▁We')."""

Run = tuple[int, int, int, int]
"""(first position, last position) of the inner text, the outer text, and the outer row of
the first position."""
Inner = dict[int, tuple[Run, ...]]
"""Inner text index -> its runs, in order."""


@dataclass
class _Texts:
    """Every text's tokens without marks, one after another, apart by a token no text has,
    and the texts that may lend rows: those computed in full, before the asking text in
    `rank` (longest first)."""

    haystack: bytes
    starts: list[int]
    rank: dict[int, int]
    found: Inner

    def find(self, needle: Sequence[int], asking: int) -> tuple[int, int] | None:
        """A lending text whose tokens hold `needle`, and the row where it starts there."""
        pattern = np.asarray(needle, dtype=np.int32).tobytes()
        at = self.haystack.find(pattern)
        while at >= 0:
            if at % 4 == 0:
                j = bisect.bisect_right(self.starts, at // 4) - 1
                if j not in self.found and self.rank[j] < self.rank[asking]:
                    return j, at // 4 - self.starts[j] + 1  # + 1: its start mark
            at = self.haystack.find(pattern, at + 1)
        return None


def inner_texts(all_ids: Sequence[Sequence[int]], groups: Sequence[Sequence[int]]) -> Inner:
    """The texts made (mostly) of runs of other texts, and those runs. `groups` are the
    micro-batches: each keeps at least `MIN_PRODUCT_ROWS` rows."""
    longest_first = sorted(range(len(all_ids)), key=lambda i: -len(all_ids[i]))
    starts: list[int] = []
    tokens: list[int] = []
    for ids in all_ids:
        starts.append(len(tokens))
        tokens.extend(ids[1:-1])
        tokens.append(-1)
    texts = _Texts(
        np.asarray(tokens, dtype=np.int32).tobytes(),
        starts,
        {i: r for r, i in enumerate(longest_first)},
        {},
    )
    for i in longest_first:
        if len(all_ids[i]) - 2 >= MIN_INNER_TOKENS:
            runs = _runs(all_ids[i], i, texts)
            if runs:
                texts.found[i] = runs
    found = texts.found
    for group in groups:
        rows = sum(len(all_ids[i]) for i in group if i not in found)
        if 0 < rows < MIN_PRODUCT_ROWS:
            for i in group:
                found.pop(i, None)
    return found


def _runs(ids: Sequence[int], i: int, texts: _Texts) -> tuple[Run, ...]:
    """Runs of at least `MIN_RUN` tokens of text i that lending texts hold, left to right,
    each as long as it goes: the first within `MAX_SKIP` tokens of the text's start, each
    next within `MAX_SKIP` tokens of the last one's end. None unless they give at least
    `MIN_TAKEN` rows of final features."""
    last = len(ids) - 2
    whole = texts.find(ids[1:-1], i)
    if whole is not None:  # the common case: one run, the whole text
        return ((1, last, *whole),)
    if last < MIN_PIECEWISE_TOKENS:
        return ()
    runs: list[Run] = []
    position = 1
    while position + MIN_RUN - 1 <= last:
        start = next(
            (
                (s, where)
                for s in range(position, min(position + MAX_SKIP, last - MIN_RUN + 1) + 1)
                if (where := texts.find(ids[s : s + MIN_RUN], i)) is not None
            ),
            None,
        )
        if start is None:
            break  # (looking further on costs more than the rows it could save)
        first, (outer, row) = start
        # the longest run from `first` in that text: the tokens go on while they agree
        outer_ids = _outer_ids(texts, outer)
        end = first + MIN_RUN - 1
        while end < last and row + end + 1 - first < len(outer_ids) - 1:
            if outer_ids[row + end + 1 - first] != ids[end + 1]:
                break
            end += 1
        runs.append((first, end, outer, row))
        position = end + 1
    taken = sum(end - first + 1 - 4 * REACH for first, end, _, _ in runs)
    return tuple(runs) if taken >= MIN_TAKEN else ()


def _outer_ids(texts: _Texts, j: int) -> list[int]:
    """Text j's tokens with its marks' places (the marks themselves are never compared)."""
    start = texts.starts[j]
    end = texts.starts[j + 1] - 1 if j + 1 < len(texts.starts) else len(texts.haystack) // 4 - 1
    inner = np.frombuffer(texts.haystack, dtype=np.int32, count=end, offset=0)[start:end]
    return [-2, *inner.tolist(), -2]


@dataclass
class FramePlan:
    """The inner texts side by side (`sizes` rows each) and, by row of that frame, where
    each row's projected token, first-layer output and final features come from. Sources
    are (frame row, outer text, outer row)."""

    sizes: list[int] = field(default_factory=list)
    projected: list[tuple[int, int, int]] = field(default_factory=list)
    """Projected tokens taken from an outer text."""
    fresh: list[tuple[int, int]] = field(default_factory=list)
    """(frame row, token id) of projected tokens computed here."""
    first_layer: list[tuple[int, int, int]] = field(default_factory=list)
    """First-layer outputs taken from an outer text."""
    computed: list[int] = field(default_factory=list)
    """Rows whose first-layer output is computed."""
    final: list[int] = field(default_factory=list)
    """Rows whose final features are computed."""
    final_ids: list[int] = field(default_factory=list)
    """The token id at each of those rows."""
    taken: list[tuple[int, int, int, int]] = field(default_factory=list)
    """(frame row, outer text, outer row, count): final features taken, rows side by side."""


def frame_plan(all_ids: Sequence[Sequence[int]], inner: Inner) -> FramePlan:
    """Where each row of every inner text comes from, or that it is computed."""
    plan = FramePlan()
    for i, runs in inner.items():
        ids, base = all_ids[i], sum(plan.sizes)
        plan.sizes.append(len(ids))
        source = _sources(len(ids), runs, [len(all_ids[r[2]]) for r in runs])
        final = [p for p in range(len(ids)) if not _inside(p, 2 * REACH, runs)]
        seen = sorted({q for p in final for q in _around(p, len(ids))})
        computed = [p for p in seen if not _inside(p, REACH, runs)]
        needed = sorted({q for p in computed for q in _around(p, len(ids))})
        for p in needed:
            where = source[p]
            if where is None:
                plan.fresh.append((base + p, ids[p]))
            else:
                plan.projected.append((base + p, *where))
        # (a first-layer row not computed lies inside a run: its source is known)
        plan.first_layer.extend(
            (base + p, *where) for p in seen if p not in computed and (where := source[p])
        )
        plan.computed.extend(base + p for p in computed)
        plan.final.extend(base + p for p in final)
        plan.final_ids.extend(ids[p] for p in final)
        for first, last, outer, row in runs:
            count = last - first + 1 - 4 * REACH
            if count > 0:
                plan.taken.append((base + first + 2 * REACH, outer, row + 2 * REACH, count))
    return plan


def _sources(
    length: int, runs: tuple[Run, ...], outer_lengths: list[int]
) -> list[tuple[int, int] | None]:
    """The outer (text, row) of each position's token, None for one no run holds; the marks
    are the first run's text's own."""
    source: list[tuple[int, int] | None] = [None] * length
    first_outer = runs[0][2]
    source[0] = (first_outer, 0)
    source[-1] = (first_outer, outer_lengths[0] - 1)
    for first, last, outer, row in runs:
        for p in range(first, last + 1):
            source[p] = (outer, row + p - first)
    return source


def _inside(position: int, reach: int, runs: tuple[Run, ...]) -> bool:
    """Whether a run holds the position and the `reach` tokens each side of it."""
    return any(first + reach <= position <= last - reach for first, last, _, _ in runs)


def _around(position: int, length: int) -> range:
    """The positions a layer sees at `position` (the text's own, not the padding)."""
    return range(max(0, position - REACH), min(length, position + REACH + 1))
