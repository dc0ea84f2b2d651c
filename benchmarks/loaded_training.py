"""Fitting helpers for `build_loaded_language.py`, on storydiff's own data only.

- `read_sentences`: the fictional news sentences we wrote (`lexicon/sentences_*.txt`, MIT).
- `fit_logistic` / `cross_validate`: an L2-regularised logistic regression (Newton steps,
  numpy only) and its k-fold cross-validation, used for the sentence model.
- `expand_words`: scores candidate words by how much closer their USE embedding lies to our
  loaded seed words than to our neutral seed words (nearest-neighbour similarity).

No dataset other than our own files is read here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

Matrix = npt.NDArray[np.float64]


def read_sentences(path: Path) -> list[str]:
    """One sentence a line; '#' lines are comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def fold_of(text: str, folds: int) -> int:
    """A fixed fold per sentence (hash of its text), so CV figures are reproducible."""
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16) % folds


@dataclass(frozen=True)
class Logistic:
    """Weights and bias over the raw (unstandardised) features."""

    weights: Matrix
    bias: float

    def probability(self, x: Matrix) -> Matrix:
        z = x @ self.weights + self.bias
        out: Matrix = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        return out


def fit_logistic(x: Matrix, y: npt.NDArray[np.bool_], l2: float, steps: int = 30) -> Logistic:
    """L2-penalised logistic regression on standardised features (the bias is not
    penalised); the result is folded back to raw features."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = (x - mean) / scale
    design = np.hstack([z, np.ones((len(z), 1))])
    target = y.astype(np.float64)
    beta = np.zeros(design.shape[1])
    penalty = np.full(design.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(design @ beta, -30, 30)))
        gradient = design.T @ (p - target) + penalty * beta
        hessian = (design * (p * (1 - p))[:, None]).T @ design + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    weights = beta[:-1] / scale
    return Logistic(weights=weights, bias=float(beta[-1] - weights @ mean))


def macro_f1(y: npt.NDArray[np.bool_], predicted: npt.NDArray[np.bool_]) -> float:
    scores = []
    for cls in (True, False):
        tp = int(np.sum((predicted == cls) & (y == cls)))
        wrong = int(np.sum(predicted != y))
        scores.append(2 * tp / (2 * tp + wrong) if tp + wrong else 0.0)
    return float(np.mean(scores))


def cross_validate(
    x: Matrix,
    y: npt.NDArray[np.bool_],
    folds: npt.NDArray[np.int64],
    l2: float,
    threshold: float = 0.5,
) -> float:
    """Macro-F1 of out-of-fold predictions."""
    predicted = np.zeros(len(y), dtype=bool)
    for fold in np.unique(folds):
        held = folds == fold
        model = fit_logistic(x[~held], y[~held], l2)
        predicted[held] = model.probability(x[held]) >= threshold
    return macro_f1(y, predicted)


def _top_mean(similarity: Matrix, k: int) -> Matrix:
    k = min(k, similarity.shape[1])
    top = np.sort(similarity, axis=1)[:, -k:]
    out: Matrix = top.mean(axis=1)
    return out


def seed_margins(candidates: Matrix, loaded: Matrix, neutral: Matrix, k: int) -> Matrix:
    """Per candidate: mean cosine to its k nearest loaded seeds minus mean cosine to its k
    nearest neutral seeds (rows are L2-normalised embeddings)."""
    return _top_mean(candidates @ loaded.T, k) - _top_mean(candidates @ neutral.T, k)


def leave_one_out_margins(loaded: Matrix, neutral: Matrix, k: int) -> tuple[Matrix, Matrix]:
    """Each seed's margin with itself left out of its own list (to calibrate the cut)."""
    sims_l = loaded @ loaded.T
    np.fill_diagonal(sims_l, -1.0)
    sims_n = neutral @ neutral.T
    np.fill_diagonal(sims_n, -1.0)
    loaded_margin = _top_mean(sims_l, k) - _top_mean(loaded @ neutral.T, k)
    neutral_margin = _top_mean(neutral @ loaded.T, k) - _top_mean(sims_n, k)
    return loaded_margin, neutral_margin


def expand_words(
    words: Sequence[str], margins: Matrix, cut: float, base: float, slope: float, cap: float
) -> dict[str, float]:
    """Words whose margin reaches `cut`, weighted base + slope * (margin - cut), capped."""
    return {
        word: round(min(cap, base + slope * (float(m) - cut)), 3)
        for word, m in zip(words, margins, strict=True)
        if m >= cut
    }
