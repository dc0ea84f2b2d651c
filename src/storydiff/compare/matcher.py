"""Same-fact scoring for a pair of statement units.

The embedding cosine alone confuses 'same topic' with 'same fact' (about 0.74 accuracy on
MSRP), so it is combined with lexical evidence the parse already gives: shared content words,
shared names, agreeing or disagreeing numbers. A logistic model over these features, fitted
on the MSRP train split by `benchmarks/train_matcher.py`, ships as `data/matcher.json`.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from ..model import Unit

FEATURES = (
    "cosine",
    "content_containment",
    "content_jaccard",
    "names_overlap",
    "names_disjoint",
    "numbers_shared",
    "numbers_disjoint",
    "length_ratio",
    "cosine_x_containment",
)


def pair_features(a: Unit, b: Unit, cosine: float) -> list[float]:
    containment = _overlap(a.content, b.content)
    jaccard = _jaccard(a.content, b.content)
    names_overlap = _overlap(a.names, b.names)
    names_disjoint = float(bool(a.names) and bool(b.names) and not (a.names & b.names))
    numbers_shared = float(bool(a.numbers & b.numbers))
    numbers_disjoint = float(bool(a.numbers) and bool(b.numbers) and not (a.numbers & b.numbers))
    sizes = (len(a.content), len(b.content))
    length_ratio = min(sizes) / max(sizes) if max(sizes) else 0.0
    return [
        cosine,
        containment,
        jaccard,
        names_overlap,
        names_disjoint,
        numbers_shared,
        numbers_disjoint,
        length_ratio,
        cosine * containment,
    ]


@dataclass(frozen=True)
class Matcher:
    """A logistic model over `FEATURES`; `threshold` is its same-fact decision point."""

    weights: tuple[float, ...]
    bias: float
    threshold: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    trained_on: str = ""

    def probability(self, features: list[float]) -> float:
        z = self.bias
        for x, w, m, s in zip(features, self.weights, self.mean, self.scale, strict=True):
            z += w * (x - m) / s
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def score(self, a: Unit, b: Unit, cosine: float) -> float:
        return self.probability(pair_features(a, b, cosine))

    def score_matrix(
        self,
        units_a: tuple[Unit, ...],
        units_b: tuple[Unit, ...],
        cosines: npt.NDArray[np.float32],
        floor: float,
    ) -> npt.NDArray[np.float64]:
        """Scores for every pair; pairs whose cosine is under `floor` cannot match and get 0."""
        scores = np.zeros(cosines.shape, dtype=np.float64)
        for i, j in zip(*np.nonzero(cosines >= floor), strict=True):
            scores[i, j] = self.score(units_a[i], units_b[j], float(cosines[i, j]))
        return scores

    def to_dict(self) -> dict[str, Any]:
        return {
            "features": list(FEATURES),
            "weights": list(self.weights),
            "bias": self.bias,
            "threshold": self.threshold,
            "mean": list(self.mean),
            "scale": list(self.scale),
            "trained_on": self.trained_on,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Matcher:
        if list(data["features"]) != list(FEATURES):
            raise ValueError("matcher weights were fitted on other features; refit them")
        return cls(
            weights=tuple(float(w) for w in data["weights"]),
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            mean=tuple(float(m) for m in data["mean"]),
            scale=tuple(float(s) for s in data["scale"]),
            trained_on=str(data.get("trained_on", "")),
        )


@lru_cache(maxsize=4)
def load_matcher(encoder: str = "use") -> Matcher:
    """The fitted matcher for an encoder, from the package data."""
    name = f"matcher-{encoder}.json"
    path = resources.files("storydiff").joinpath("data", name)
    return Matcher.from_dict(json.loads(path.read_text(encoding="utf-8")))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
