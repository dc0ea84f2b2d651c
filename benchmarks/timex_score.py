"""Scoring predicted time expressions against the gold of timex_gold.py.

Scoring (:func:`score`) takes predictions ``(article, start, end, value)``.  A gold expression is
*found* when some predicted span of the same article overlaps it; its value is judged on the
overlapping prediction with the largest overlap (ties: the earliest start), and it is *correct*
when that value equals the gold value (ranges: both ends equal; vague and duration gold: correct
iff the predicted value is ``None``, i.e. the normaliser said "unknown").  Detection precision
counts predicted spans that overlap some gold span; it is only meaningful over the annotated
articles, so predictions for other articles are ignored (and counted separately).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from timex_gold import (
    KINDS,
    GoldTimex,
    Prediction,
    TimexGold,
    Value,
    to_value,
    value_to_json,
)


@dataclass(frozen=True)
class KindScore:
    """Counts for one gold kind."""

    gold: int
    found: int
    correct: int

    @property
    def accuracy(self) -> float:
        """correct / gold (0.0 when there is no gold)."""
        return self.correct / self.gold if self.gold else 0.0

    @property
    def accuracy_found(self) -> float:
        """correct / found (0.0 when nothing was found)."""
        return self.correct / self.found if self.found else 0.0


@dataclass(frozen=True)
class TimexScore:
    """Detection and normalisation scores."""

    gold: int
    predicted: int  # predictions on annotated articles
    ignored: int  # predictions on articles that are not in the gold
    found: int  # gold expressions overlapped by some prediction
    correct: int  # found and with the right value
    predicted_matched: int  # predictions overlapping some gold expression
    per_kind: Mapping[str, KindScore]

    @property
    def recall(self) -> float:
        """Detection recall: found / gold."""
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        """Detection precision: matched predictions / predictions (annotated articles only)."""
        return self.predicted_matched / self.predicted if self.predicted else 0.0

    @property
    def accuracy_found(self) -> float:
        """Normalisation accuracy over found expressions: correct / found."""
        return self.correct / self.found if self.found else 0.0

    @property
    def accuracy(self) -> float:
        """Overall accuracy: correct / gold."""
        return self.correct / self.gold if self.gold else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "ignored": self.ignored,
            "found": self.found,
            "correct": self.correct,
            "predicted_matched": self.predicted_matched,
            "recall": self.recall,
            "precision": self.precision,
            "accuracy_found": self.accuracy_found,
            "accuracy": self.accuracy,
            "per_kind": {
                k: {
                    "gold": s.gold,
                    "found": s.found,
                    "correct": s.correct,
                    "accuracy": s.accuracy,
                    "accuracy_found": s.accuracy_found,
                }
                for k, s in self.per_kind.items()
            },
        }


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def values_equal(gold: Value, predicted: Value) -> bool:
    """Whether a predicted value matches a gold value (ranges: both ends; None: "unknown")."""
    return gold == predicted


def score(gold: TimexGold | Iterable[GoldTimex], predicted: Iterable[Prediction]) -> TimexScore:
    """Score predicted ``(article, start, end, value)`` tuples against the gold.

    ``gold`` is a :class:`TimexGold` or any iterable of :class:`GoldTimex`; in the latter case
    the annotated articles are those with at least one gold expression.
    """
    if isinstance(gold, TimexGold):
        expressions = list(gold.expressions)
        annotated = set(gold.articles)
    else:
        expressions = list(gold)
        annotated = {e.article for e in expressions}
    preds: dict[str, list[tuple[int, int, Value]]] = {}
    n_pred = ignored = 0
    for article, start, end, value in predicted:
        if article not in annotated:
            ignored += 1
            continue
        n_pred += 1
        preds.setdefault(article, []).append((int(start), int(end), to_value(value)))

    found = correct = 0
    kind_counts: dict[str, list[int]] = {k: [0, 0, 0] for k in KINDS}
    for g in expressions:
        best: tuple[int, int, Value] | None = None
        best_key: tuple[int, int] | None = None
        for start, end, value in preds.get(g.article, []):
            ov = _overlap(g.start, g.end, start, end)
            if ov <= 0:
                continue
            key = (ov, -start)
            if best_key is None or key > best_key:
                best, best_key = (start, end, value), key
        counts = kind_counts.setdefault(g.kind, [0, 0, 0])
        counts[0] += 1
        if best is None:
            continue
        found += 1
        counts[1] += 1
        if values_equal(g.value, best[2]):
            correct += 1
            counts[2] += 1

    matched = 0
    for article, plist in preds.items():
        spans = [(g.start, g.end) for g in expressions if g.article == article]
        for start, end, _value in plist:
            if any(_overlap(start, end, gs, ge) > 0 for gs, ge in spans):
                matched += 1

    per_kind = {k: KindScore(*c) for k, c in kind_counts.items() if c[0]}
    return TimexScore(
        gold=len(expressions),
        predicted=n_pred,
        ignored=ignored,
        found=found,
        correct=correct,
        predicted_matched=matched,
        per_kind=per_kind,
    )


def gold_as_prediction(gold: TimexGold) -> list[Prediction]:
    """The gold itself as predictions (a scorer self-check: everything found and correct)."""
    return [(e.article, e.start, e.end, value_to_json(e.value)) for e in gold.expressions]
