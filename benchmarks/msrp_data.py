"""Read the MSRP splits and turn them into matcher features (shared by train and eval).

Parsing and encoding a split takes about a minute, so the units and cosines are cached under
the system temporary directory, keyed by the split file and the parse and model sources.
"""

from __future__ import annotations

import csv
import hashlib
import math
import pickle
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

import storydiff.model
import storydiff.nlp.parse
from storydiff.crossdoc.features import Idf, feature_rows
from storydiff.embed import get_encoder
from storydiff.model import Unit
from storydiff.nlp import sentence_units

CACHE = Path(tempfile.gettempdir()) / "storydiff-msrp-cache"


@dataclass(frozen=True)
class Pairs:
    labels: npt.NDArray[np.int64]
    cosines: npt.NDArray[np.float64]
    features: npt.NDArray[np.float64]
    left: list[Unit]
    right: list[Unit]


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


def units_and_cosines(
    path: Path, encoder: str = "use"
) -> tuple[list[int], list[Unit], list[Unit], npt.NDArray[np.float64]]:
    """Labels, left and right units, and embedding cosines of a split (cached)."""
    key = hashlib.sha256()
    key.update(path.read_bytes())
    key.update(encoder.encode())
    for module in (storydiff.model, storydiff.nlp.parse):
        key.update(Path(str(module.__file__)).read_bytes())
    cached = CACHE / f"{path.stem}-{encoder}-{key.hexdigest()[:16]}.pkl"
    if cached.exists():
        with cached.open("rb") as handle:
            data: tuple[list[int], list[Unit], list[Unit], npt.NDArray[np.float64]]
            data = pickle.load(handle)
            return data
    labels, left, right = read_pairs(path)
    units = sentence_units(left + right)
    vectors = get_encoder(encoder).encode(left + right)
    n = len(labels)
    cosines = np.einsum("ij,ij->i", vectors[:n], vectors[n:]).astype(np.float64)
    data = (labels, units[:n], units[n:], cosines)
    CACHE.mkdir(parents=True, exist_ok=True)
    with cached.open("wb") as handle:
        pickle.dump(data, handle)
    return data


def featurise(path: Path, encoder: str = "use", idf: Idf | None = None) -> Pairs:
    labels, left, right, cosines = units_and_cosines(path, encoder)
    features = feature_rows(left, right, cosines.tolist(), idf)
    return Pairs(np.array(labels), cosines, features, left, right)


def document_frequencies(units: list[Unit], min_df: int, source: str) -> Idf:
    """IDF of lemmas over distinct sentences; lemmas in fewer than `min_df` are left out."""
    distinct = {u.text: u for u in units}.values()
    df = Counter(lemma for u in distinct for lemma in set(u.lemmas))
    n = len(distinct)
    weights = {
        lemma: round(math.log((n + 1) / (count + 1)), 4)
        for lemma, count in sorted(df.items())
        if count >= min_df
    }
    default = round(math.log((n + 1) / min_df), 4)
    return Idf(weights, default, source)


def best_threshold(scores: npt.NDArray[np.float64], labels: npt.NDArray[np.int64]) -> float:
    """The cut that maximises accuracy (on the data given: call it on train only)."""
    candidates = np.unique(np.round(scores, 4))
    accuracies = [np.mean((scores >= c) == labels) for c in candidates]
    return float(candidates[int(np.argmax(accuracies))])


def auc(scores: npt.NDArray[np.float64], labels: npt.NDArray[np.int64]) -> float:
    """Area under the ROC curve (rank statistic, ties counted half)."""
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    sorted_scores = scores[order]
    i = 0
    while i < len(scores):
        j = i
        while j + 1 < len(scores) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    positives = labels == 1
    n_pos, n_neg = int(positives.sum()), int((~positives).sum())
    return float((ranks[positives].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


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
