"""BABE SG2: reading, the held-out split and the token/sentence metrics (measuring only).

BABE (Spinde et al., "Neural Media Bias Detection Using Distant Supervision With BABE",
Findings of EMNLP 2021) is AGPL-3.0: it is read here to *measure* the loaded-language models,
never to fit what ships. Nothing from it is written into the repository.

Split (`is_test`): a sentence is held out when the first 8 hex digits of SHA-256 of its UTF-8
text, read as an integer, are 0 mod 5 (20%; 721 sentences with a label, 2,952 "train"). The one
"No agreement" row is dropped everywhere. The split is kept from when models were fitted on the
train part, so that figures stay comparable.
"""

from __future__ import annotations

import ast
import csv
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from storydiff.extract.loaded import normalise_word

REPO = Path(__file__).resolve().parents[1]
SG2 = "final_labels_SG2.csv"
FOLDS = 5


@dataclass(frozen=True)
class Row:
    text: str
    topic: str
    biased: bool
    words: frozenset[str]
    """BABE's biased_words, normalised with `normalise_word`."""


def load_babe(folder: Path) -> list[Row]:
    """SG2 rows with a Biased/Non-biased label."""
    rows: list[Row] = []
    with (folder / SG2).open(encoding="utf-8-sig", newline="") as handle:
        for record in csv.DictReader(handle, delimiter=";"):
            label = record["label_bias"]
            if label not in ("Biased", "Non-biased"):
                continue
            marked = ast.literal_eval(record["biased_words"] or "[]")
            words = frozenset(w for w in (normalise_word(str(m)) for m in marked) if w)
            rows.append(Row(record["text"], record["topic"], label == "Biased", words))
    return rows


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def is_test(text: str) -> bool:
    return int(_digest(text)[:8], 16) % 5 == 0


def fold_of(text: str) -> int:
    return int(_digest(text)[8:16], 16) % FOLDS


def split(rows: Sequence[Row]) -> tuple[list[Row], list[Row]]:
    train = [r for r in rows if not is_test(r.text)]
    test = [r for r in rows if is_test(r.text)]
    return train, test


# ---------------------------------------------------------------- metrics (shared with eval)


def term_words(terms_text: Iterable[str]) -> set[str]:
    """Predicted words: each term's text split on spaces, normalised like the gold words."""
    return {w for text in terms_text for w in (normalise_word(p) for p in text.split()) if w}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def token_counts(predicted: set[str], gold: frozenset[str]) -> tuple[int, int, int]:
    return len(predicted & gold), len(predicted - gold), len(gold - predicted)


def macro_f1(y: npt.NDArray[np.bool_], predicted: npt.NDArray[np.bool_]) -> float:
    scores = []
    for cls in (True, False):
        tp = int(np.sum((predicted == cls) & (y == cls)))
        fp = int(np.sum((predicted == cls) & (y != cls)))
        fn = int(np.sum((predicted != cls) & (y == cls)))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    return float(np.mean(scores))
