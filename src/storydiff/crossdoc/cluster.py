"""Greedy complete-link clustering, shared by statement and quote grouping.

Pairs are joined strongest first; two groups merge only if the caller's check allows it,
which for both callers means every cross-article pair between them still scores above a
floor (complete linkage, so A~B and B~C never chain A with C), plus each caller's own
rule (adjacent statements of one article; no clashing speakers).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

Edge = tuple[float, int, int]
"""A candidate link: its score and two node numbers."""


def complete_link(
    count: int, edges: Iterable[Edge], may_merge: Callable[[list[int], list[int]], bool]
) -> list[list[int]]:
    """Nodes 0..count-1 in groups: each edge, strongest first (ties in node order), merges
    the groups of its two nodes when `may_merge(left, right)` allows it."""
    group_of = list(range(count))
    members: dict[int, list[int]] = {node: [node] for node in range(count)}
    for _, x, y in sorted(edges, key=lambda edge: (-edge[0], edge[1], edge[2])):
        gx, gy = group_of[x], group_of[y]
        if gx == gy or not may_merge(members[gx], members[gy]):
            continue
        keep, drop = (gx, gy) if len(members[gx]) >= len(members[gy]) else (gy, gx)
        for node in members[drop]:
            group_of[node] = keep
        members[keep].extend(members.pop(drop))
    return list(members.values())


def linked_above(
    left: list[int],
    right: list[int],
    floor: float,
    score: Callable[[int, int], float],
    article: Callable[[int], int],
) -> bool:
    """Whether every pair across the two groups from different articles scores `floor` or
    more (pairs within one article have no score)."""
    return all(score(x, y) >= floor for x in left for y in right if article(x) != article(y))
