"""Evaluate the shipped matcher on the MSRP *test* split, beside the cosine-only baseline.

    python benchmarks/msrp_eval.py [--eval ../shared/eval] [--encoder use]

The baseline thresholds the embedding cosine at the cut that maximises accuracy on the
train split; the matcher uses its shipped weights and threshold (fitted on train by
train_matcher.py). Nothing is fitted on test. Also times `Matcher.score_matrix` on 45 x 45
blocks of test units (2,025 pairs, every pair scored), median of 5 runs. On a small machine,
OPENBLAS_NUM_THREADS=1 gives steadier timings (the products are too small to share).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from pathlib import Path

import numpy as np

from msrp_data import auc, best_threshold, featurise, metrics, msrp_path, units_and_cosines
from storydiff.crossdoc.features import load_idf
from storydiff.crossdoc.matcher import load_matcher

BLOCK = 45


def report(name: str, scores: np.ndarray, threshold: float, labels: np.ndarray) -> None:
    m = metrics(scores >= threshold, labels)
    print(
        f"{name:<34} threshold {threshold:.4f}  accuracy {m['accuracy']:.4f}  "
        f"precision {m['precision']:.4f}  recall {m['recall']:.4f}  F1 {m['f1']:.4f}  "
        f"AUC {auc(scores, labels):.4f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--encoder", default="use")
    args = parser.parse_args()

    train_labels, _, _, train_cosines = units_and_cosines(
        msrp_path(args.eval, "train"), args.encoder
    )
    cosine_cut = best_threshold(train_cosines, np.array(train_labels))
    test = featurise(msrp_path(args.eval, "test"), args.encoder, load_idf())
    matcher = load_matcher(args.encoder)
    print(f"MSRP test split: {len(test.labels)} pairs ({int(test.labels.sum())} paraphrases)")
    report("cosine only (threshold from train)", test.cosines, cosine_cut, test.labels)
    report("matcher", matcher.probabilities(test.features), matcher.threshold, test.labels)

    # Speed: 5 different 45 x 45 blocks of test units (cold: each unit's lexical profile is
    # built in the call), then the first block again (warm: profiles kept from before, as
    # when one article meets several others). Every pair is scored (floor -1).
    rng = np.random.default_rng(0)
    cosines = rng.uniform(0.3, 1.0, (BLOCK, BLOCK)).astype(np.float32)
    blocks = [
        (
            tuple(test.left[k * BLOCK : (k + 1) * BLOCK]),
            tuple(test.right[k * BLOCK : (k + 1) * BLOCK]),
        )
        for k in range(5)
    ]
    gc.collect()
    gc.freeze()
    for label, runs in (("cold", blocks), ("warm", [blocks[0]] * 5)):
        timings = []
        for units_a, units_b in runs:
            start = time.perf_counter()
            matcher.score_matrix(units_a, units_b, cosines, floor=-1.0)
            timings.append(time.perf_counter() - start)
        seconds = statistics.median(timings)
        pairs = BLOCK * BLOCK
        print(
            f"score_matrix speed ({label}): {pairs} pairs in {seconds * 1000:.1f} ms "
            f"(median of 5) = {pairs / seconds:,.0f} pairs/s"
        )


if __name__ == "__main__":
    main()
