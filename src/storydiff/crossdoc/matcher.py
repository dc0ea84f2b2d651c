"""Same-fact scoring for a pair of statement units: a logistic model over the pair's
`features.FEATURES`, fitted on statement pairs of our own bundled examples by
`benchmarks/train_matcher.py` and shipped as `data/matcher-<encoder>.json` (each feature's
weight, mean and scale under its name). MSRP only measures it. Sources and licences:
`data/LICENSES.md`.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TypedDict

import numpy as np
import numpy.typing as npt

from ..errors import ConfigurationError
from ..model import Unit
from .features import FEATURES, Array, cached_profile, feature_block, load_idf, pair_features

logger = logging.getLogger(__name__)


class FeatureColumn(TypedDict):
    """One feature's fitted weight, mean and scale."""

    weight: float
    mean: float
    scale: float


class MatcherFile(TypedDict):
    """`matcher-<encoder>.json`: `Matcher.to_dict`'s form."""

    features: dict[str, FeatureColumn]
    bias: float
    threshold: float
    trained_on: str


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

    def probabilities(self, rows: npt.ArrayLike) -> Array:
        """`probability` of each row of a feature array (last axis: `FEATURES`)."""
        x = np.asarray(rows, dtype=np.float64)
        z = ((x - np.array(self.mean)) / np.array(self.scale)) @ np.array(self.weights)
        result: Array = 1.0 / (1.0 + np.exp(-np.clip(z + self.bias, -50.0, 50.0)))
        return result

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
        candidates = cosines >= floor
        if not candidates.any():
            return scores
        rows, cols = np.nonzero(candidates.any(axis=1))[0], np.nonzero(candidates.any(axis=0))[0]
        idf = load_idf()
        block = feature_block(
            [cached_profile(units_a[i]) for i in rows],
            [cached_profile(units_b[j]) for j in cols],
            cosines[np.ix_(rows, cols)],
            idf,
            candidates[np.ix_(rows, cols)],
        )
        sub = np.where(candidates[np.ix_(rows, cols)], self.probabilities(block), 0.0)
        scores[np.ix_(rows, cols)] = sub
        return scores

    def to_dict(self) -> MatcherFile:
        """The shipped form: each feature's weight, mean and scale under its name."""
        return {
            "features": {
                name: {"weight": w, "mean": m, "scale": s}
                for name, w, m, s in zip(FEATURES, self.weights, self.mean, self.scale, strict=True)
            },
            "bias": self.bias,
            "threshold": self.threshold,
            "trained_on": self.trained_on,
        }

    @classmethod
    def from_dict(cls, data: MatcherFile, source: str = "matcher data") -> Matcher:
        """Read `to_dict`'s form; each feature is taken by name, so the file's order does not
        matter, but its names must be exactly `FEATURES`."""
        features = data.get("features")
        if not isinstance(features, dict):
            raise ConfigurationError(
                f"{source}: 'features' must map each feature name to its weight, mean and "
                "scale. Refit it with: python benchmarks/train_matcher.py"
            )
        missing = [name for name in FEATURES if name not in features]
        unknown = sorted(set(features) - set(FEATURES))
        if missing or unknown:
            raise ConfigurationError(
                f"{source}: its features do not match the code's FEATURES (missing: "
                f"{', '.join(missing) or 'none'}; unknown: {', '.join(unknown) or 'none'}). "
                "Refit it with: python benchmarks/train_matcher.py"
            )
        column = [features[name] for name in FEATURES]
        return cls(
            weights=tuple(float(c["weight"]) for c in column),
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            mean=tuple(float(c["mean"]) for c in column),
            scale=tuple(float(c["scale"]) for c in column),
            trained_on=str(data.get("trained_on", "")),
        )


@lru_cache(maxsize=4)
def load_matcher(encoder: str = "use") -> Matcher:
    """The fitted matcher for an encoder, from the package data."""
    name = f"matcher-{encoder}.json"
    path = resources.files("storydiff").joinpath("data", name)
    if not path.is_file():
        raise ConfigurationError(
            f"no matcher is fitted for encoder {encoder!r} (missing data/{name}). "
            f"Fit one with: python benchmarks/train_matcher.py --encoder {encoder}"
        )
    matcher = Matcher.from_dict(json.loads(path.read_text(encoding="utf-8")), f"data/{name}")
    logger.info("loaded the same-fact matcher data/%s", name)
    return matcher
