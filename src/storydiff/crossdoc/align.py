"""Align statements across articles into groups that report the same fact.

Every cross-article pair of units gets a same-fact score from the event context (centred
cosine, event-weighted overlap, rarest shared term; see context.py) and the MSRP-fitted
matcher. Groups grow greedily from the strongest pair down (like agglomerative clustering),
but two groups merge only if *every* cross-article pair between them still scores above
`link_floor`: a chain A~B, B~C with A and C unrelated never lands in one group. A group may
hold several adjacent units of one article when one longer statement elsewhere covers them
(many-to-many).

Explicit evidence can hold two statements apart whatever their score (blocks.py): two
statements that date their fact to different days are two events, not one fact told twice
(docs/architecture.md says why per conflict type). Every unique statement keeps its
closest counterpart in each other article with the score (`NearMiss`), so a reader can judge
the borderline cases.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations, pairwise

import numpy as np
import numpy.typing as npt

from ..model import Analysis, Member, NearMiss, Sensitivity, StatementGroup
from ..text import clip
from .blocks import MergeBlocks
from .cluster import Edge, complete_link, linked_above
from .context import EventContext
from .frames import frame_joins, frame_pairs
from .headlines import grouping_headline_end, join_restated_leads, restated_headlines
from .join_reasons import join_reasons
from .leads import CorePair, core_fact_pairs
from .matcher import Matcher
from .second_facts import second_fact_joins
from .second_homes import fits_group, second_homes, shares_event_word

SENSITIVITIES: dict[Sensitivity, float] = {"strict": 0.44, "normal": 0.36, "loose": 0.3}
"""Named thresholds of the same-fact score: strict links only close paraphrases (fewer
links, more 'only in' findings, fewer wrong links); loose also links looser rewordings."""

_SKIP = -0.999
"""Matcher cut: only the pairs marked -1 (unreachable) are under it."""

Node = tuple[int, int]
"""(article position, unit index)."""


@dataclass(frozen=True)
class AlignConfig:
    """How pair evidence is weighed into one same-fact score, and where to cut it.

    score = centred_weight * centred cosine + overlap_weight * event-weighted word overlap
            + paraphrase_weight * matcher probability + anchor_weight * rarest shared term
    Tuned on the bundled examples (benchmarks/tune_alignment.py); BASIL and the seed pair are
    held out for evaluation.
    """

    threshold: float = 0.36
    """Score at which two units are linked."""
    link_floor: float = 0.2
    """Every cross-article pair inside one group must score at least this."""
    centred_weight: float = 0.4
    part_share: float = 0.4
    """How far the centred cosine moves towards the best one between clause parts (0: whole
    statements only, 1: the best-matching stretches only)."""
    overlap_weight: float = 0.4
    paraphrase_weight: float = 0.2
    anchor_weight: float = 0.1
    restatement_margin: float = 0.2
    """How far above `threshold` a statement left alone must score with a statement already
    grouped elsewhere to join it when it fits that group but for being scattered from its
    own article's statements there (`second_homes.second_homes`; BASIL dev, docs/benchmarks.md)."""
    second_fact_home_max: int = 4
    """The largest group a statement already grouped elsewhere may join as the home of a
    second fact it reports (second_facts.py; BASIL dev and the examples)."""
    second_fact_pair_margin: float = 0.1
    """How far above `threshold` a grouped statement and its mutual closest must score for it to
    join that one's group (second_facts.py; BASIL dev: 0.0 added mostly wrong links)."""
    second_fact_slack: float = 0.1
    """How much lower its mean score with that group may be than with its own group."""
    core_facts: bool = True
    """Link the lead statements that report the event's core fact, which the event-centred
    score discounts (leads.py)."""
    frame_links: bool = True
    """Link the statements whose event frames tell one event with the same participants,
    each the other's closest such match (frames.py)."""
    cosine_floor: float = 0.2
    """Pairs under this raw cosine are not scored at all (a speed cut, not a decision)."""
    sensitivity: Sensitivity = "normal"
    """The name of `threshold` when it is one of `SENSITIVITIES`, else 'custom'."""

    @classmethod
    def for_sensitivity(cls, sensitivity: str | float) -> AlignConfig:
        """The configuration of a named sensitivity ('strict', 'normal', 'loose') or of a
        threshold given as a number between 0 and 1."""
        for name, threshold in SENSITIVITIES.items():
            if sensitivity in (name, threshold):
                return cls(threshold=threshold, sensitivity=name)
        if isinstance(sensitivity, str):
            raise ValueError(f"unknown sensitivity {sensitivity!r}")
        return cls(threshold=float(sensitivity), sensitivity="custom")


@dataclass(frozen=True)
class PairScores:
    """Same-fact scores between the units of every pair of articles."""

    matrices: dict[tuple[int, int], npt.NDArray[np.float64]]

    def get(self, x: Node, y: Node) -> float:
        if x[0] < y[0]:
            return float(self.matrices[(x[0], y[0])][x[1], y[1]])
        return float(self.matrices[(y[0], x[0])][y[1], x[1]])


def score_pairs(
    analyses: Sequence[Analysis],
    matcher: Matcher,
    config: AlignConfig,
    context: EventContext | None = None,
) -> PairScores:
    context = context or EventContext.build(analyses)
    matrices = {}
    for a, b in combinations(range(len(analyses)), 2):
        left, right = analyses[a], analyses[b]
        cosines = left.embeddings @ right.embeddings.T
        centred = context.centred[a] @ context.centred[b].T
        # the speed cut is on the closest stretches, so a pair that only a clause of one
        # statement reports is still scored
        closest = cosines
        if config.part_share:
            best = context.contained(a, b)
            centred = centred + config.part_share * (np.maximum(best, centred) - centred)
            closest = np.maximum(cosines, context.contained(a, b, centred=False))
        scores = np.zeros(cosines.shape, dtype=np.float64)
        for i, j in zip(*np.nonzero(closest >= config.cosine_floor), strict=True):
            x, y = left.units[i], right.units[j]
            score = config.centred_weight * float(centred[i, j])
            score += config.overlap_weight * context.weighted_overlap(x, y)
            if config.anchor_weight:
                score += config.anchor_weight * context.anchor(x, y)
            scores[i, j] = score
        if config.paraphrase_weight:
            # The matcher is the costly part: run it only where its full weight could lift
            # the pair to a score that matters (the link floor, the lower of the two cuts).
            reachable = (closest >= config.cosine_floor) & (
                scores + config.paraphrase_weight >= min(config.threshold, config.link_floor)
            )
            # The matcher was fitted on pairs of whole statements; a statement that one
            # clause of a long sentence reports reads to it as a different claim.
            # It reads the cosine moved towards the best-matching stretches by the same
            # share as the centred cosine (`part_share`). -1 marks the pairs it skips.
            read = cosines + config.part_share * (closest - cosines)
            candidates = np.where(reachable, read, -1.0).astype(np.float32)
            scores += config.paraphrase_weight * matcher.score_matrix(
                left.units, right.units, candidates, _SKIP
            )
        matrices[(a, b)] = np.clip(scores, 0.0, 1.0)
    return PairScores(matrices)


def align_statements(
    analyses: Sequence[Analysis], matcher: Matcher, config: AlignConfig | None = None
) -> tuple[StatementGroup, ...]:
    config = config or AlignConfig()
    context = EventContext.build(analyses)
    scores = score_pairs(analyses, matcher, config, context)
    if config.core_facts:
        scores = _raised(scores, core_fact_pairs(analyses), config.threshold)
    frames = frame_pairs(analyses, context, config.cosine_floor) if config.frame_links else []
    scores = _raised(scores, frames, config.threshold)
    blocks = MergeBlocks(analyses)
    groups = _cluster(analyses, scores, config.threshold, config.link_floor, blocks)
    # both read the groups complete linkage made; each statement's first group decides
    joins = _second_facts(analyses, groups, scores, config, blocks)
    groups = second_homes(analyses, groups, scores, config, blocks)
    joins += frame_joins(groups, frames, blocks.reason)
    for node, home in joins:
        if any(home is group for group in groups) and node not in home:
            home.append(node)
    headlines = [headline_units(analysis) for analysis in analyses]
    groups = join_restated_leads(
        analyses,
        groups,
        headlines,
        blocks,
        lambda nodes: _contiguous_per_article(nodes, headlines),
        lambda left, right: _body_linked(left, right, headlines, scores, config.link_floor),
    )
    apart = _HeldApart(analyses, groups, scores, blocks, config)
    groups = _whole_unique_sentences(analyses, groups)
    restated = restated_headlines(analyses, headlines)
    return _to_statement_groups(
        analyses,
        groups,
        scores,
        apart,
        join_reasons(analyses, groups, scores, config.threshold, restated),
    )


def _raised(scores: PairScores, pairs: list[CorePair], threshold: float) -> PairScores:
    """The scores with each pair (a core fact, leads.py; a frame link, frames.py) raised to
    the threshold at least."""
    matrices = dict(scores.matrices)
    for (a, i), (b, j) in pairs:
        matrix = matrices[(a, b)].copy()
        matrix[i, j] = max(matrix[i, j], threshold)
        matrices[(a, b)] = matrix
    return PairScores(matrices)


def _cluster(
    analyses: Sequence[Analysis],
    scores: PairScores,
    threshold: float,
    link_floor: float,
    blocks: MergeBlocks,
) -> list[list[Node]]:
    nodes: list[Node] = [(a, unit.index) for a, an in enumerate(analyses) for unit in an.units]
    number = {node: k for k, node in enumerate(nodes)}
    headlines = [headline_units(analysis) for analysis in analyses]
    edges: list[Edge] = []
    for (a, b), matrix in scores.matrices.items():
        for i, j in zip(*np.nonzero(matrix >= threshold), strict=True):
            edges.append((float(matrix[i, j]), number[(a, int(i))], number[(b, int(j))]))

    def may_merge(left: list[int], right: list[int]) -> bool:
        return (
            _contiguous_per_article([nodes[k] for k in left + right], headlines)
            and linked_above(
                left,
                right,
                link_floor,
                lambda x, y: scores.get(nodes[x], nodes[y]),
                lambda x: nodes[x][0],
            )
            and not any(
                blocks.reason(nodes[x], nodes[y])
                for x in left
                for y in right
                if nodes[x][0] != nodes[y][0]
            )
        )

    groups = complete_link(len(nodes), edges, may_merge)
    return [[nodes[k] for k in group] for group in groups]


def _second_facts(
    analyses: Sequence[Analysis],
    groups: list[list[Node]],
    scores: PairScores,
    config: AlignConfig,
    blocks: MergeBlocks,
) -> list[tuple[Node, list[Node]]]:
    """Each grouped statement that reports a second fact, with that fact's group
    (second_facts.py), under the rules a statement of one article joins a group by."""
    headlines = [headline_units(analysis) for analysis in analyses]

    def fits(node: Node, group: list[Node]) -> bool:
        return fits_group(node, group, scores, config.link_floor, blocks)

    def scattered(nodes: list[Node]) -> bool:
        return not _contiguous_per_article(nodes, headlines)

    def shares_what(x: Node, y: Node) -> bool:
        return shares_event_word(analyses[x[0]].units[x[1]], analyses[y[0]].units[y[1]])

    sizes = [len(analysis.units) for analysis in analyses]
    return second_fact_joins(groups, scores, sizes, config, fits, scattered, shares_what)


def _body_linked(
    left: list[Node],
    right: list[Node],
    headlines: Sequence[frozenset[int]],
    scores: PairScores,
    floor: float,
) -> bool:
    """Whether every cross-article pair of the two groups' body statements (headlines aside)
    scores `floor` or more: the complete-linkage rule of `_cluster`."""
    return all(
        scores.get(x, y) >= floor
        for x in left
        for y in right
        if x[0] != y[0] and x[1] not in headlines[x[0]] and y[1] not in headlines[y[0]]
    )


def headline_units(analysis: Analysis) -> frozenset[int]:
    """The units of the headline a plain-text article opens with
    (`headlines.grouping_headline_end`)."""
    end = grouping_headline_end(analysis.article.text)
    return frozenset(unit.index for unit in analysis.units if unit.end <= end)


def _contiguous_per_article(nodes: list[Node], headlines: Sequence[frozenset[int]]) -> bool:
    """Several statements of one article share a group only when they follow each other:
    the case of one sentence elsewhere that covers two adjacent short ones. Scattered
    statements of one article are separate facts, even on the same subject. A headline is
    the exception: it repeats a fact its article tells again below, so it may join that
    statement's group (else every headline would read as a fact only its outlet reports)."""
    by_article: dict[int, list[int]] = {}
    for article, unit in nodes:
        if unit not in headlines[article]:
            by_article.setdefault(article, []).append(unit)
    for units in by_article.values():
        units.sort()
        if any(b - a > 1 for a, b in pairwise(units)):
            return False
    return True


def _whole_unique_sentences(
    analyses: Sequence[Analysis], groups: list[list[Node]]
) -> list[list[Node]]:
    """One group for the clauses of a sentence that no other article reports, any of them.

    A sentence is matched clause by clause (one clause may be shared while the other is
    not), but when every clause of it stays unique the reader is shown the sentence once,
    not 'he has begun enacting some' apart from the clause it continues: a sentence a
    reader recognises, and one 'only in' finding rather than two."""
    alone = {group[0]: group for group in groups if len(group) == 1}
    merged: list[list[Node]] = [group for group in groups if len(group) > 1]
    for a, analysis in enumerate(analyses):
        by_sentence: dict[int, list[Node]] = {}
        for unit in analysis.units:
            by_sentence.setdefault(unit.sentence, []).append((a, unit.index))
        for nodes in by_sentence.values():
            if len(nodes) > 1 and all(node in alone for node in nodes):
                merged.append(nodes)
            else:
                merged.extend(alone[node] for node in nodes if node in alone)
    return merged


def _to_statement_groups(
    analyses: Sequence[Analysis],
    groups: list[list[Node]],
    scores: PairScores,
    apart: _HeldApart,
    reasons: list[str | None],
) -> tuple[StatementGroup, ...]:
    def order(group: list[Node]) -> tuple[int, int, int]:
        first = min(group)
        articles = len({node[0] for node in group})
        return (-articles, first[0], analyses[first[0]].units[first[1]].start)

    reason_of = {id(group): reason for group, reason in zip(groups, reasons, strict=True)}
    result = []
    for number, group in enumerate(sorted(groups, key=order), start=1):
        group.sort(key=lambda node: (node[0], analyses[node[0]].units[node[1]].start))
        pair_scores = [scores.get(x, y) for x, y in combinations(group, 2) if x[0] != y[0]]
        shared = len({node[0] for node in group}) > 1
        members = [_member(analyses, group)] if not shared else []
        for a, u in group if shared else ():
            unit = analyses[a].units[u]
            article = analyses[a].article
            members.append(Member(article.id, unit.sentence, unit.start, unit.end, unit.text))
        result.append(
            StatementGroup(
                id=f"s{number}",
                kind="shared" if shared else "unique",
                similarity=float(np.mean(pair_scores)) if pair_scores else 0.0,
                members=tuple(members),
                closest=() if shared else _near_misses(analyses, group, scores, apart),
                joined=reason_of[id(group)],
            )
        )
    return tuple(result)


def _member(analyses: Sequence[Analysis], nodes: list[Node]) -> Member:
    """The one member of a unique group: its unit, or the stretch of the sentence its
    clauses cover."""
    a = nodes[0][0]
    units = [analyses[a].units[u] for _, u in nodes]
    start, end = min(u.start for u in units), max(u.end for u in units)
    text = analyses[a].article.text[start:end]
    return Member(analyses[a].article.id, units[0].sentence, start, end, text)


class _HeldApart:
    """Why a unique statement is not grouped with its closest statement elsewhere: explicit
    evidence (blocks.py), or, when their score reaches the threshold, the group that
    statement went to (complete linkage: the pair alone would have been linked)."""

    def __init__(
        self,
        analyses: Sequence[Analysis],
        groups: list[list[Node]],
        scores: PairScores,
        blocks: MergeBlocks,
        config: AlignConfig,
    ) -> None:
        self.analyses, self.scores, self.blocks, self.config = analyses, scores, blocks, config
        self.group_of = {node: group for group in groups for node in group}

    def reason(self, node: Node, other: Node) -> str | None:
        blocked = self.blocks.reason(node, other)
        if blocked or self.scores.get(node, other) < self.config.threshold:
            return blocked
        for member in self.group_of.get(other, []):
            unit = self.analyses[member[0]].units[member[1]]
            outlet = self.analyses[member[0]].article.outlet
            quoted = clip(unit.text, 60)
            if member[0] == node[0]:
                held = f"already grouped with {outlet}'s own '{quoted}'"
                bar = self.config.threshold + self.config.restatement_margin
                group = self.group_of[other]
                fits = fits_group(node, group, self.scores, self.config.link_floor, self.blocks)
                if fits and self.scores.get(node, other) < bar:
                    return f"{held} (a second statement of one outlet joins from {bar:.2f})"
                return held
            if member == other:
                continue
            if blocked := self.blocks.reason(node, member):
                return f"its group holds {outlet}'s '{quoted}': {blocked}"
            score = self.scores.get(node, member)
            if score < self.config.link_floor:
                return (
                    f"its group holds {outlet}'s '{quoted}', which this one does not "
                    f"match ({score:.2f})"
                )
        return None


def _near_misses(
    analyses: Sequence[Analysis], nodes: list[Node], scores: PairScores, apart: _HeldApart
) -> tuple[NearMiss, ...]:
    """The closest statement of every other article to a unique one (the best over its
    clauses when it has several), with the score. Where no pair was scored (all under the
    cosine floor), the closest in raw cosine, at score 0."""
    a = nodes[0][0]
    found = []
    for b, other in enumerate(analyses):
        if b == a or not other.units:
            continue
        matrix = scores.matrices[(a, b)] if a < b else scores.matrices[(b, a)].T
        i = max((u for _, u in nodes), key=lambda u: float(matrix[u].max()))
        node = (a, i)
        row = matrix[i]
        j = int(np.argmax(row))
        if row[j] <= 0.0:
            i = nodes[0][1]
            node = (a, i)
            j = int(np.argmax(other.embeddings @ analyses[a].embeddings[i]))
        unit = other.units[j]
        found.append(
            NearMiss(
                other.article.id,
                unit.sentence,
                unit.start,
                unit.end,
                unit.text,
                float(row[j]),
                apart.reason(node, (b, j)),
            )
        )
    return tuple(found)
