"""A grouped statement that reports a second fact joins that fact's group too.

Complete linkage gives every statement one group. A sentence that reports two facts ("Governor
Tovin defended the decision to release water from the Kell dam, which flooded several thousand
hectares") lands with the first ("Tovin has defended the release"), and the other outlets'
statements of the second fact ("water released from the Kell dam flooded thousands of
hectares") cannot take it in: it scores low with the first group's members (the link floor) or
its article already has a statement there (the adjacency rule). The pair, though it scores
over the threshold, is lost, and the second fact reads as reported by fewer outlets. The same
happens when a statement was taken by a weaker group first, as greedy clustering does.

A grouped statement joins the group of its mutual closest statement in another article (each
the other's closest there, outside their own groups; score over the threshold by
`second_fact_pair_margin`: on BASIL dev, pairs just over it were mostly wrong) when it links
to every member of that group (link floor, no blocking evidence), scores over the threshold
with at least half of them, shares a word about what happened with one of them (not only a
speaker: `second_homes.shares_event_word`), fits it about as well as its own group
(`second_fact_slack`),
and the group is small (`second_fact_home_max`): on BASIL dev, joins into larger groups, into
groups it fits much worse than its own, or sharing only names, were mostly wrong. A group
holding a scattered statement of its own article needs `restatement_margin` more, as in
`second_homes.second_homes`, and so does a statement left alone that would fit the joiner's own
group (the margin holds from both sides).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from .second_homes import mutual_closest

if TYPE_CHECKING:
    from .align import AlignConfig, Node, PairScores


def second_fact_joins(
    groups: list[list[Node]],
    scores: PairScores,
    sizes: Sequence[int],
    config: AlignConfig,
    fits: Callable[[Node, list[Node]], bool],
    scattered: Callable[[list[Node]], bool],
    shares_what: Callable[[Node, Node], bool],
) -> list[tuple[Node, list[Node]]]:
    """The statements of `groups` that report a second fact, each with that fact's group, to
    which the caller adds it (it then sits in two groups); `groups` is left as it is, and each
    joiner must also link to those planned to join the same group before it. `sizes` is the
    number of units per article; `fits` says whether a statement links to every member of a group,
    `scattered` whether statements of one article are not adjacent, `shares_what` whether two
    statements share a word about what happened (not only who said it)."""
    group_of = {node: group for group in groups for node in group}
    joins: list[tuple[Node, list[Node]]] = []
    for group in (g for g in groups if len(g) > 1):
        for node in group:
            for b in range(len(sizes)):
                other = mutual_closest(scores, sizes, group_of, node, b)
                bar = config.threshold + config.second_fact_pair_margin
                if other is None or scores.get(node, other) < bar:
                    continue
                home = group_of[other]
                if all(joined != (node, home) for joined in joins):
                    joins.append((node, home))
    planned: dict[int, list[Node]] = {}
    accepted = []
    for node, home in joins:
        grown = home + planned.get(id(home), [])
        if (
            len(home) <= config.second_fact_home_max
            and _welcome(node, grown, group_of[node], scores, config, fits, scattered)
            and any(shares_what(node, m) for m in home if m[0] != node[0])
        ):
            planned.setdefault(id(home), []).append(node)
            accepted.append((node, home))
    return accepted


def _welcome(
    node: Node,
    home: list[Node],
    own_group: Sequence[Node],
    scores: PairScores,
    config: AlignConfig,
    fits: Callable[[Node, list[Node]], bool],
    scattered: Callable[[list[Node]], bool],
) -> bool:
    """Whether `node`, grouped in `own_group`, may join `home` as well."""
    if node in home or not fits(node, home):
        return False
    across = [scores.get(node, m) for m in home if m[0] != node[0]]
    if 2 * sum(score >= config.threshold for score in across) < len(across):
        return False
    mine = [scores.get(node, m) for m in own_group if m[0] != node[0]]
    if mine and np.mean(across) < np.mean(mine) - config.second_fact_slack:
        return False
    own = [m for m in home if m[0] == node[0]]
    if (own and scattered([node, *own])) or (len(home) == 1 and fits(home[0], list(own_group))):
        # a statement left alone that fits the joiner's own group but for being scattered
        # from its article's statements there: the rule of `second_homes.second_homes`
        return max(across) >= config.threshold + config.restatement_margin
    return True
