"""Score the shipped matcher on the written fictional pairs, class by class (measure only).

    python benchmarks/written_pairs_eval.py [--encoder use] [FILE ...]

Reads `benchmarks/pairs/*.tsv` (default; MIT, written for storydiff, labels fixed when the
pairs were written). A line `# class: NAME` starts a class; pairs before any such line are
in class "unnamed". Prints, per class and in all, the AUC of the matcher's probability and of
the embedding cosine alone, and the mean probability of same-fact and different-fact pairs.
The written negatives are hard on purpose (the same sentence with another act, object,
number or actor), so a matcher that rewards word overlap ranks them above the paraphrases:
an AUC under 0.5 says so. Nothing is fitted here.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from msrp_data import auc
from storydiff.crossdoc.features import feature_rows, load_idf
from storydiff.crossdoc.matcher import load_matcher
from storydiff.embed import get_encoder
from storydiff.nlp import sentence_units

PAIRS = Path(__file__).resolve().parent / "pairs"
CLASS_MARK = "# class:"


def read_classed(path: Path) -> list[tuple[str, int, str, str]]:
    """(class, label, sentence a, sentence b) of every pair line of a written-pairs file."""
    rows = []
    name = "unnamed"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(CLASS_MARK):
            name = line[len(CLASS_MARK) :].strip()
        elif line.strip() and not line.startswith("#"):
            label, a, b = line.split("\t")
            rows.append((name, int(label), a, b))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--encoder", default="use")
    parser.add_argument("files", nargs="*", type=Path, default=sorted(PAIRS.glob("*.tsv")))
    args = parser.parse_args()

    rows = [row for path in args.files for row in read_classed(path)]
    classes = np.array([r[0] for r in rows])
    labels = np.array([r[1] for r in rows])
    left, right = [r[2] for r in rows], [r[3] for r in rows]
    units = sentence_units(left + right)
    vectors = get_encoder(args.encoder).encode(left + right)
    n = len(rows)
    cosines = np.einsum("ij,ij->i", vectors[:n], vectors[n:]).astype(np.float64)
    features = feature_rows(units[:n], units[n:], cosines.tolist(), load_idf())
    probability = load_matcher(args.encoder).probabilities(features)
    print(f"{n} written pairs ({int(labels.sum())} same-fact) from {len(args.files)} files")
    for name in [*dict.fromkeys(classes.tolist()), "all"]:
        inside = classes == name if name != "all" else np.ones(n, dtype=bool)
        same, other = inside & (labels == 1), inside & (labels == 0)
        print(
            f"  {name[:48]:<48} {int(same.sum()):>3} / {int(other.sum()):>3}  "
            f"matcher AUC {auc(probability[inside], labels[inside]):.3f}  "
            f"cosine AUC {auc(cosines[inside], labels[inside]):.3f}  "
            f"mean p same {probability[same].mean():.3f} different {probability[other].mean():.3f}"
        )


if __name__ == "__main__":
    main()
