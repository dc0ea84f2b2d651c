"""Coreference scores for actor linking: B³, MUC, CEAF-e and their CoNLL mean, over mention ->
cluster assignments (no dataset involved; tested in tests/test_entity_linking_scorer.py).

Split from entity_linking_eval.py, which scores storydiff's actor linking on NewsWCL50 with them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
C = TypeVar("C", bound=Hashable)


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _clusters(assignment: Mapping[K, C]) -> dict[C, set[K]]:
    clusters: dict[C, set[K]] = defaultdict(set)
    for item, cluster in assignment.items():
        clusters[cluster].add(item)
    return clusters


def b_cubed_sums(gold: Mapping[K, C], predicted: Mapping[K, Hashable]) -> tuple[float, float, int]:
    """Sum over mentions of per-mention B-cubed precision and recall, and the mention count;
    `gold` and `predicted` map each mention to its cluster id and must cover the same
    mentions."""
    if set(gold) != set(predicted):
        raise ValueError("gold and predicted must cover the same mentions")
    gold_clusters = _clusters(gold)
    pred_clusters = _clusters(predicted)
    p_sum = r_sum = 0.0
    for mention in gold:
        g = gold_clusters[gold[mention]]
        p = pred_clusters[predicted[mention]]
        common = len(g & p)
        p_sum += common / len(p)
        r_sum += common / len(g)
    return p_sum, r_sum, len(gold)


def b_cubed(gold: Mapping[K, C], predicted: Mapping[K, Hashable]) -> PRF:
    """B-cubed precision and recall: means over mentions (see the module docstring)."""
    p_sum, r_sum, n = b_cubed_sums(gold, predicted)
    return PRF(p_sum / n, r_sum / n) if n else PRF(0.0, 0.0)


def muc_counts(gold: Mapping[K, C], predicted: Mapping[K, Hashable]) -> tuple[int, int, int, int]:
    """MUC numerators and denominators: (recall num, recall den, precision num, precision den).
    Recall: for each gold cluster S, |S| - (number of predicted clusters S is split into);
    precision is the same with the roles swapped."""

    def side(key: Mapping[K, Hashable], response: Mapping[K, Hashable]) -> tuple[int, int]:
        num = den = 0
        for members in _clusters(key).values():
            parts = {response[m] for m in members}
            num += len(members) - len(parts)
            den += len(members) - 1
        return num, den

    r_num, r_den = side(gold, predicted)
    p_num, p_den = side(predicted, gold)
    return r_num, r_den, p_num, p_den


def muc(gold: Mapping[K, C], predicted: Mapping[K, Hashable]) -> PRF:
    r_num, r_den, p_num, p_den = muc_counts(gold, predicted)
    return PRF(p_num / p_den if p_den else 0.0, r_num / r_den if r_den else 0.0)


def _max_assignment(weights: list[list[float]]) -> float:
    """Largest total weight of a one-to-one assignment of rows to columns (Hungarian method,
    O(n^2 m), on the negated matrix padded to rows <= columns)."""
    if not weights or not weights[0]:
        return 0.0
    if len(weights) > len(weights[0]):
        weights = [list(col) for col in zip(*weights, strict=True)]
    n, m = len(weights), len(weights[0])
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    match = [0] * (m + 1)  # match[j] = row (1-based) assigned to column j
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        match[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = match[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = -weights[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
    return sum(weights[match[j] - 1][j - 1] for j in range(1, m + 1) if match[j])


def ceaf_e_counts(gold: Mapping[K, C], predicted: Mapping[K, Hashable]) -> tuple[float, int, int]:
    """CEAF-e: best one-to-one alignment of gold and predicted clusters under
    phi4(G, P) = 2|G ∩ P| / (|G| + |P|); returns (similarity, #gold, #predicted clusters)."""
    gold_clusters = list(_clusters(gold).values())
    pred_clusters = list(_clusters(predicted).values())
    weights = [[2 * len(g & p) / (len(g) + len(p)) for p in pred_clusters] for g in gold_clusters]
    return _max_assignment(weights), len(gold_clusters), len(pred_clusters)


def ceaf_e(gold: Mapping[K, C], predicted: Mapping[K, Hashable]) -> PRF:
    sim, n_gold, n_pred = ceaf_e_counts(gold, predicted)
    return PRF(sim / n_pred if n_pred else 0.0, sim / n_gold if n_gold else 0.0)


@dataclass
class Scores:
    """Accumulates the metrics over events (micro: summed numerators and denominators)."""

    b3: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])  # p sum, r sum, n
    muc: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0, 0.0])
    ceaf: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])

    def add(self, gold: Mapping[K, C], predicted: Mapping[K, Hashable]) -> None:
        for acc, part in (
            (self.b3, b_cubed_sums(gold, predicted)),
            (self.muc, muc_counts(gold, predicted)),
            (self.ceaf, ceaf_e_counts(gold, predicted)),
        ):
            for i, value in enumerate(part):
                acc[i] += value

    def b_cubed(self) -> PRF:
        p, r, n = self.b3
        return PRF(p / n, r / n) if n else PRF(0.0, 0.0)

    def muc_f(self) -> PRF:
        r_num, r_den, p_num, p_den = self.muc
        return PRF(p_num / p_den if p_den else 0.0, r_num / r_den if r_den else 0.0)

    def ceaf_f(self) -> PRF:
        sim, n_gold, n_pred = self.ceaf
        return PRF(sim / n_pred if n_pred else 0.0, sim / n_gold if n_gold else 0.0)

    def conll_f1(self) -> float:
        return (self.b_cubed().f1 + self.muc_f().f1 + self.ceaf_f().f1) / 3
