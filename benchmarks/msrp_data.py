"""Read the MSRP splits and turn them into matcher features (shared by train and eval)."""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from storydiff.compare.matcher import pair_features
from storydiff.embed import get_encoder
from storydiff.nlp import sentence_units


@dataclass(frozen=True)
class Pairs:
    labels: npt.NDArray[np.int64]
    cosines: npt.NDArray[np.float64]
    features: npt.NDArray[np.float64]


def msrp_path(eval_dir: Path, split: str) -> Path:
    path = eval_dir / "msrp" / f"msr_paraphrase_{split}.txt"
    if not path.exists():
        sys.exit(f"{path}: MSRP not found. Pass --eval DIR pointing at shared/eval")
    return path


def read_pairs(path: Path) -> tuple[list[int], list[str], list[str]]:
    labels, left, right = [], [], []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        for row in reader:
            if len(row) < 5:
                continue
            labels.append(int(row[0]))
            left.append(row[3])
            right.append(row[4])
    return labels, left, right


def featurise(path: Path, encoder: str = "use") -> Pairs:
    labels, left, right = read_pairs(path)
    units = sentence_units(left + right)
    vectors = get_encoder(encoder).encode(left + right)
    n = len(labels)
    cosines = np.einsum("ij,ij->i", vectors[:n], vectors[n:]).astype(np.float64)
    features = np.array(
        [pair_features(units[i], units[n + i], float(cosines[i])) for i in range(n)]
    )
    return Pairs(np.array(labels), cosines, features)


def best_threshold(scores: npt.NDArray[np.float64], labels: npt.NDArray[np.int64]) -> float:
    """The cut that maximises accuracy (on the data given: call it on train only)."""
    candidates = np.unique(np.round(scores, 4))
    accuracies = [np.mean((scores >= c) == labels) for c in candidates]
    return float(candidates[int(np.argmax(accuracies))])


def metrics(predicted: npt.NDArray[np.bool_], labels: npt.NDArray[np.int64]) -> dict[str, float]:
    tp = float(np.sum(predicted & (labels == 1)))
    fp = float(np.sum(predicted & (labels == 0)))
    fn = float(np.sum(~predicted & (labels == 1)))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "accuracy": float(np.mean(predicted == (labels == 1))),
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }
