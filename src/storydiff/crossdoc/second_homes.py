"""Second homes: a statement left alone although a statement elsewhere reports its fact
joins that statement (align.py calls `second_homes` after complete linkage); and the checks
the grouping steps share: whether a statement fits a group, whether two statements share a
word about what happened, which statement of another article is a statement's mutual closest."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from ..model import Analysis, Unit
from ..text import name_key
from .blocks import MergeBlocks
from .context import ATTRIBUTION_WORDS
from .leads import RESTATES_COSINE

if TYPE_CHECKING:
    from .align import AlignConfig, Node, PairScores

_WORD = re.compile(r"[\w'’]+")


def second_homes(
    analyses: Sequence[Analysis],
    groups: list[list[Node]],
    scores: PairScores,
    config: AlignConfig,
    blocks: MergeBlocks,
) -> list[list[Node]]:
    """Groups for the statements left alone although a statement elsewhere reports their fact
    (scores above the threshold): one sentence that reports two facts ('the others escaped
    and no one else was hurt') joins only one group, and the article that tells the second
    fact in a sentence of its own would read as the only one to report it. Such a statement
    is grouped with its counterpart in each other article, which then belongs to two groups,
    one per fact it reports. The counterpart must be the closest the statement has there and
    the statement the closest the counterpart has in its article (outside the counterpart's
    own group); the counterparts must still link with each other (`link_floor`) and no
    explicit evidence may hold any two apart. A statement that would fit the counterpart's
    group but for being scattered from its article's statements there is more often a
    neighbour on the same subject than the same fact: it needs `restatement_margin` more.
    Returns the groups with these statements housed."""
    group_of = {node: group for group in groups for node in group}
    housed: set[Node] = set()
    found = []
    sizes = [len(analysis.units) for analysis in analyses]
    for node in (group[0] for group in groups if len(group) == 1):
        picks: list[Node] = []
        for b in range(len(analyses)):
            other = mutual_closest(scores, sizes, group_of, node, b)
            if other is None or blocks.reason(node, other):
                continue
            close = scores.get(node, other) >= config.threshold + config.restatement_margin
            if not close and not shares_event_word(
                analyses[node[0]].units[node[1]], analyses[b].units[other[1]]
            ):
                continue
            if all(
                scores.get(other, pick) >= config.link_floor and not blocks.reason(other, pick)
                for pick in picks
            ):
                picks.append(other)
        bar = config.threshold
        if picks and fits_group(node, group_of[picks[0]], scores, config.link_floor, blocks):
            bar += config.restatement_margin
        picks = [pick for pick in picks if scores.get(node, pick) >= bar]
        if not picks:
            continue
        housed.add(node)
        home = restated_in(analyses, group_of, node, picks)
        if home is not None:
            home.append(node)
        else:
            found.append([node, *picks])
    return [group for group in groups if group[0] not in housed] + found


def mutual_closest(
    scores: PairScores,
    sizes: Sequence[int],
    group_of: dict[Node, list[Node]],
    node: Node,
    b: int,
) -> Node | None:
    """The statement of article b closest to `node` outside node's group, when `node` is also
    the closest to it in its article outside that statement's group; None if there is none
    or it is unscored. `sizes`: the number of statements of each article."""
    a, i = node
    if a == b or not sizes[b]:
        return None
    matrix = scores.matrices[(a, b)] if a < b else scores.matrices[(b, a)].T
    row = matrix[i].copy()
    for member in group_of[node]:
        if member[0] == b:
            row[member[1]] = -1.0
    j = int(np.argmax(row))
    if row[j] <= 0.0:
        return None
    column = matrix[:, j].copy()
    for member in group_of[(b, j)]:
        if member[0] == a:
            column[member[1]] = -1.0
    return (b, j) if int(np.argmax(column)) == i else None


def shares_event_word(a: Unit, b: Unit) -> bool:
    """Whether two statements share a word about what happened, beyond who said it: 'Interior
    Minister Oren Valsek said the blockade cut off villages' and 'Interior Minister Oren
    Valsek accused Istrava of arming the militia' share a speaker, not a fact, though a
    paraphrase model reading the frame scores them alike. A name one of them acts on (its
    predicate's patient: 'will ask the Supreme Court to annul the result') is part of what
    happened, not of who said it: 'intends to take its complaints to the Supreme Court' shares
    it (issue 10: on the examples such pairs were the same fact; on BASIL dev it changed no
    link)."""
    who = (a.names | b.names | ATTRIBUTION_WORDS) - acted_on_names(a) - acted_on_names(b)
    return bool((a.content & b.content) - who or a.numbers & b.numbers)


def acted_on_names(unit: Unit) -> frozenset[str]:
    """The name words of a statement's patient when its predicate acts on a name."""
    predicate = unit.predicate
    if predicate is None or not predicate.patient_is_name or predicate.patient_span is None:
        return frozenset()
    start, end = predicate.patient_span
    patient = unit.text[start - unit.start : end - unit.start]
    return unit.names & {name_key(word) for word in _WORD.findall(patient)}


def fits_group(
    node: Node, group: list[Node], scores: PairScores, link_floor: float, blocks: MergeBlocks
) -> bool:
    """Whether `node` links to every member of `group` from another article."""
    return all(
        scores.get(node, member) >= link_floor and not blocks.reason(node, member)
        for member in group
        if member[0] != node[0]
    )


def restated_in(
    analyses: Sequence[Analysis],
    group_of: dict[Node, list[Node]],
    node: Node,
    picks: list[Node],
) -> list[Node] | None:
    """The group of the counterparts when it already holds a statement of the node's own
    article that the node restates: the fact is told twice, so it is one group, not two."""
    home = group_of[picks[0]]
    if any(group_of[pick] is not home for pick in picks):
        return None
    vectors = analyses[node[0]].embeddings
    own = [u for a, u in home if a == node[0]]
    if own and max(float(vectors[node[1]] @ vectors[u]) for u in own) >= RESTATES_COSINE:
        return home
    return None
