"""Fit the same-fact matcher on the MSRP *train* split and write it into the package.

    python benchmarks/train_matcher.py [--eval ../shared/eval] [--encoder use]

Writes `data/idf.json` (lemma IDF over the distinct train sentences) and
`data/matcher-<encoder>.json`: logistic regression (L2, Newton steps) over
storydiff.crossdoc.features.FEATURES. The L2 strength is chosen by repeated 10-fold
cross-validation on train, and the decision threshold by accuracy on the out-of-fold
probabilities. The test split is never read here.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import numpy.typing as npt

from msrp_data import (
    auc,
    best_threshold,
    document_frequencies,
    featurise,
    metrics,
    msrp_path,
    units_and_cosines,
)
from storydiff.crossdoc.features import FEATURES
from storydiff.crossdoc.matcher import Matcher

PACKAGE_DATA = Path(__file__).resolve().parents[1] / "src" / "storydiff" / "data"
L2_GRID = (1.0, 3.0, 10.0, 30.0, 100.0)
FOLDS, REPEATS = 10, 3
MIN_DF = 2


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


def fit_matcher(x: npt.NDArray[np.float64], y: npt.NDArray[np.int64], l2: float) -> Matcher:
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    weights, bias = fit_logistic((x - mean) / scale, y, l2)
    return Matcher(
        weights=tuple(float(w) for w in weights),
        bias=bias,
        threshold=0.5,
        mean=tuple(float(m) for m in mean),
        scale=tuple(float(s) for s in scale),
    )


def folds(y: npt.NDArray[np.int64], k: int, seed: int) -> list[npt.NDArray[np.int64]]:
    """Stratified fold index arrays."""
    rng = np.random.default_rng(seed)
    result: list[list[int]] = [[] for _ in range(k)]
    for label in (0, 1):
        members = rng.permutation(np.nonzero(y == label)[0])
        for i, index in enumerate(members):
            result[i % k].append(int(index))
    return [np.array(sorted(f)) for f in result]


def out_of_fold(
    x: npt.NDArray[np.float64], y: npt.NDArray[np.int64], l2: float, seed: int
) -> npt.NDArray[np.float64]:
    """Out-of-fold probabilities of one k-fold run."""
    probabilities = np.zeros(len(y))
    for held in folds(y, FOLDS, seed):
        train = np.ones(len(y), dtype=bool)
        train[held] = False
        matcher = fit_matcher(x[train], y[train], l2)
        probabilities[held] = matcher.probabilities(x[held])
    return probabilities


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--encoder", default="use")
    args = parser.parse_args()

    path = msrp_path(args.eval, "train")
    _, left, right, _ = units_and_cosines(path, args.encoder)
    idf = document_frequencies(
        left + right,
        MIN_DF,
        "Lemma document frequencies (no text) from the MSRP train split (Dolan & Brockett "
        "2005; Microsoft Research Paraphrase Corpus licence, research use): log((N+1)/(df+1)) "
        f"over its distinct sentences' lemma sets, lemmas in at least {MIN_DF} sentences "
        "(others get the default)",
    )
    (PACKAGE_DATA / "idf.json").write_text(json.dumps(idf.to_dict()) + "\n", encoding="utf-8")
    train = featurise(path, args.encoder, idf)
    x, y = train.features, train.labels

    print(f"train: {len(y)} pairs, {len(FEATURES)} features; {REPEATS}x{FOLDS}-fold CV")
    cosine_cv = []
    for seed in range(REPEATS):
        for held in folds(y, FOLDS, seed):
            train_mask = np.ones(len(y), dtype=bool)
            train_mask[held] = False
            cut = best_threshold(train.cosines[train_mask], y[train_mask])
            cosine_cv.append(np.mean((train.cosines[held] >= cut) == y[held]))
    print(f"  cosine only (threshold per fold): accuracy {np.mean(cosine_cv):.4f}")
    best: tuple[float, float, npt.NDArray[np.float64]] | None = None
    for l2 in L2_GRID:
        runs = [out_of_fold(x, y, l2, seed) for seed in range(REPEATS)]
        scores = [metrics(p >= 0.5, y) for p in runs]
        accuracy = float(np.mean([s["accuracy"] for s in scores]))
        f1 = float(np.mean([s["f1"] for s in scores]))
        area = float(np.mean([auc(p, y) for p in runs]))
        print(f"  l2 {l2:>5}: accuracy {accuracy:.4f}  F1 {f1:.4f}  AUC {area:.4f}")
        if best is None or accuracy > best[1]:
            best = (l2, accuracy, np.concatenate(runs))
    assert best is not None
    l2, _, pooled = best
    threshold = best_threshold(pooled, np.tile(y, REPEATS))
    cv_at_threshold = metrics(pooled >= threshold, np.tile(y, REPEATS))
    print(
        f"  chosen l2 {l2}; threshold {threshold:.4f} from out-of-fold probabilities: "
        + ", ".join(f"{k} {v:.4f}" for k, v in cv_at_threshold.items())
    )

    matcher = fit_matcher(x, y, l2)
    matcher = Matcher(
        **{
            **matcher.__dict__,
            "threshold": threshold,
            "trained_on": f"MSRP train split ({len(y):,} pairs), research-use licence; "
            f"weights only; L2 {l2}; IDF table data/idf.json",
        }
    )
    out = PACKAGE_DATA / f"matcher-{args.encoder}.json"
    out.write_text(json.dumps(matcher.to_dict(), indent=2) + "\n", encoding="utf-8")
    probabilities = matcher.probabilities(x)
    fit = metrics(probabilities >= threshold, y)
    print(f"wrote {out} and {PACKAGE_DATA / 'idf.json'} ({len(idf.weights)} lemmas)")
    print("in-sample on train: " + ", ".join(f"{k} {v:.4f}" for k, v in fit.items()))


if __name__ == "__main__":
    main()
