"""Fit the same-fact matcher on the MSRP *train* split and write it into the package.

    python benchmarks/train_matcher.py [--eval ../shared/eval] [--encoder use]

Logistic regression (L2, Newton steps) over storydiff.compare.matcher.FEATURES, with the
decision threshold chosen by accuracy on train. The test split is never read here.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import numpy.typing as npt
from msrp_data import best_threshold, featurise, metrics, msrp_path

from storydiff.compare.matcher import FEATURES, Matcher

PACKAGE_DATA = Path(__file__).resolve().parents[1] / "src" / "storydiff" / "data"


def fit_logistic(
    x: npt.NDArray[np.float64], y: npt.NDArray[np.int64], l2: float = 1.0, steps: int = 50
) -> tuple[npt.NDArray[np.float64], float]:
    n, d = x.shape
    design = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(d + 1)
    penalty = np.full(d + 1, l2)
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-design @ w))
        gradient = design.T @ (p - y) + penalty * w
        hessian = (design * (p * (1 - p))[:, None]).T @ design + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w[:-1], float(w[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--encoder", default="use")
    args = parser.parse_args()

    train = featurise(msrp_path(args.eval, "train"), args.encoder)
    mean = train.features.mean(axis=0)
    scale = train.features.std(axis=0)
    scale[scale == 0] = 1.0
    weights, bias = fit_logistic((train.features - mean) / scale, train.labels)
    matcher = Matcher(
        weights=tuple(float(w) for w in weights),
        bias=bias,
        threshold=0.5,
        mean=tuple(float(m) for m in mean),
        scale=tuple(float(s) for s in scale),
        trained_on="MSRP train split (4,075 pairs), research-use licence; weights only",
    )
    probabilities = np.array([matcher.probability(list(row)) for row in train.features])
    threshold = best_threshold(probabilities, train.labels)
    matcher = Matcher(**{**matcher.__dict__, "threshold": threshold})
    out = PACKAGE_DATA / f"matcher-{args.encoder}.json"
    out.write_text(json.dumps(matcher.to_dict(), indent=2) + "\n", encoding="utf-8")
    train_metrics = metrics(probabilities >= threshold, train.labels)
    print(f"wrote {out}")
    print("weights:", dict(zip(FEATURES, np.round(weights, 3), strict=True)), "bias", round(bias, 3))
    print(f"threshold {threshold:.4f}; on train: " + ", ".join(
        f"{k} {v:.3f}" for k, v in train_metrics.items()))


if __name__ == "__main__":
    main()
