"""Two remarks of one speaker that the outlets each quote apart stay two groups.

A speaker quoted at length on one topic ('the governor's record on the harbour is the
best…', 'no one has done more for the harbour…') says several things in the
same words of the story: the pair score of two different remarks is then near a match's,
and complete linkage joins their groups once every cross pair clears the link floor. When
two outlets each quote both remarks, each in its own quotation or sentence, and each remark
matched its counterpart, the groups are two remarks: they join only when some version of
one matches a version of the other clearly (an outlet quoting both in one sentence).
"""

from __future__ import annotations

from collections.abc import Callable

APART_FLOOR = 0.6
"""The score one cross-article pair must reach to join two groups that two outlets both
quote apart (chosen on dev and dev2: 0.54 to 0.8 scored alike)."""


def quoted_apart(
    left: list[int],
    right: list[int],
    article: Callable[[int], int],
    score: Callable[[int, int], float],
    floor: float = APART_FLOOR,
) -> bool:
    """Whether two groups (node numbers) are two remarks: two or more articles have
    versions in both, and no cross-article pair between them scores `floor` or more."""
    both = {article(x) for x in left} & {article(y) for y in right}
    if len(both) < 2:
        return False
    return all(score(x, y) < floor for x in left for y in right if article(x) != article(y))
