"""Fit the same-fact matcher on statement pairs from our own bundled examples.

    python benchmarks/train_matcher.py [--encoder use] [--pairs benchmarks/pairs/*.tsv]

Pairs come from `examples/*/expected.json` (fictional articles written for storydiff, MIT)
and, with `--pairs`, from written fictional sentence pairs (`benchmarks/pairs/`, see its
README; not used by default: every refit with them measured worse on BASIL dev, see
docs/benchmarks.md, "Written paraphrase pairs"). Example pairs: every pair of statement
units from two articles of one example whose embedding cosine reaches the aligner's
`cosine_floor` is labelled same-fact when both units overlap members of one gold `shared`
group, and different when they overlap members of different groups or one overlaps a gold
`unique` statement; other pairs are not labelled (the gold does not say).
Writes `data/matcher-<encoder>.json`: logistic regression (L2, Newton steps) over
storydiff.crossdoc.features.FEATURES with the IDF table of `data/idf.json`
(`benchmarks/build_idf.py`). The L2 strength and the decision threshold are chosen by
leave-one-block-out cross-validation (log-loss; each example is a block, and the written pairs
make WRITTEN_FOLDS more, the pairs of one first sentence kept in one fold, counted once each
unless --written-negative-weight says otherwise: their negatives are written beside their
positives). Every different-fact example pair counts NEGATIVE_WEIGHT times: the labelled
pairs hold every same-fact pair but only the different-fact pairs the gold can vouch for,
while most unlabelled candidates report different facts, and the aligner adds the
probability itself. MSRP and BASIL are never read here: they measure the result
(`benchmarks/msrp_eval.py`, `benchmarks/basil_alignment.py`).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import numpy.typing as npt

import storydiff
from msrp_data import auc, best_threshold, metrics
from storydiff.crossdoc.align import AlignConfig
from storydiff.crossdoc.features import Idf, feature_rows, load_idf
from storydiff.crossdoc.matcher import Matcher
from storydiff.embed import get_encoder
from storydiff.evaluation import ExampleGold, GoldRef, load_example
from storydiff.model import Unit
from storydiff.nlp import sentence_units

REPO = Path(__file__).resolve().parents[1]
PACKAGE_DATA = REPO / "src" / "storydiff" / "data"
EXAMPLES = REPO / "examples"
PAIRS = Path(__file__).resolve().parent / "pairs"
L2_GRID = (0.3, 1.0, 3.0, 10.0, 30.0, 100.0)
NEGATIVE_WEIGHT = 3
WRITTEN_FOLDS = 4


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


def _covering(units: tuple[Unit, ...], text: str, ref: GoldRef) -> set[int]:
    start = text.find(ref.contains)
    end = start + len(ref.contains)
    return {u.index for u in units if start >= 0 and u.start < end and start < u.end}


def example_pairs(
    gold: ExampleGold, encoder: str
) -> tuple[list[Unit], list[Unit], list[float], list[int]]:
    """Labelled cross-article unit pairs of one example (see the module docstring)."""
    analyses = storydiff.analyse(gold.read_articles(), encoder=encoder)
    by_id = {a.article.id: a for a in analyses}
    group_of: dict[tuple[str, int], set[int]] = {}
    for g, members in enumerate(gold.shared):
        for ref in members:
            analysis = by_id[ref.article]
            for index in _covering(analysis.units, analysis.article.text, ref):
                group_of.setdefault((ref.article, index), set()).add(g)
    unique = {
        (ref.article, index)
        for ref in gold.unique
        for index in _covering(by_id[ref.article].units, by_id[ref.article].article.text, ref)
    }
    floor = AlignConfig().cosine_floor
    left: list[Unit] = []
    right: list[Unit] = []
    cosines: list[float] = []
    labels: list[int] = []
    for i, a in enumerate(analyses):
        for b in analyses[i + 1 :]:
            similarity = a.embeddings @ b.embeddings.T
            for x, y in zip(*np.nonzero(similarity >= floor), strict=True):
                ka, kb = (a.article.id, int(x)), (b.article.id, int(y))
                ga, gb = group_of.get(ka, set()), group_of.get(kb, set())
                if ga & gb:
                    label = 1
                elif (ga and gb) or ka in unique or kb in unique:
                    label = 0
                else:
                    continue
                left.append(a.units[x])
                right.append(b.units[y])
                cosines.append(float(similarity[x, y]))
                labels.append(label)
    return left, right, cosines, labels


def read_written(path: Path) -> tuple[list[int], list[str], list[str]]:
    """`label<TAB>sentence a<TAB>sentence b` lines; lines starting with '#' name a class."""
    labels, left, right = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, a, b = line.split("\t")
        labels.append(int(label))
        left.append(a)
        right.append(b)
    return labels, left, right


def written_blocks(
    paths: list[Path], encoder: str, idf: Idf, negative_weight: int
) -> list[tuple[npt.NDArray[np.float64], npt.NDArray[np.int64]]]:
    """The written pairs as WRITTEN_FOLDS blocks; the pairs of one first sentence share one."""
    labels, left, right = [], [], []
    for path in paths:
        part = read_written(path)
        labels += part[0]
        left += part[1]
        right += part[2]
    units = sentence_units(left + right)
    vectors = get_encoder(encoder).encode(left + right)
    n = len(labels)
    cosines = np.einsum("ij,ij->i", vectors[:n], vectors[n:]).astype(np.float64)
    features = feature_rows(units[:n], units[n:], cosines.tolist(), idf)
    anchors = list(dict.fromkeys(left))
    fold = np.array([anchors.index(a) % WRITTEN_FOLDS for a in left])
    y = np.array(labels)
    print(f"  written pairs: {n} ({int(y.sum())} same-fact) from {len(paths)} files")
    copies = np.where(y == 0, negative_weight, 1)
    features, y, fold = (np.repeat(v, copies, axis=0) for v in (features, y, fold))
    return [(features[fold == k], y[fold == k]) for k in range(WRITTEN_FOLDS)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--encoder", default="use")
    parser.add_argument(
        "--pairs",
        nargs="*",
        type=Path,
        default=[],
        help="written pair files to fit on as well (default: none, the examples only)",
    )
    parser.add_argument(
        "--written-negative-weight", type=int, default=1, help="copies of a written negative"
    )
    parser.add_argument("--l2", type=float, nargs="*", default=L2_GRID, help="L2 strengths tried")
    parser.add_argument("--out", type=Path, help="write here (default: the package data file)")
    args = parser.parse_args()

    idf = load_idf()
    blocks = []
    for folder in sorted(EXAMPLES.iterdir()):
        if (folder / "expected.json").exists():
            left, right, cosines, labels = example_pairs(load_example(folder), args.encoder)
            features, y_block = feature_rows(left, right, cosines, idf), np.array(labels)
            negatives = y_block == 0
            features = np.vstack([features, *[features[negatives]] * (NEGATIVE_WEIGHT - 1)])
            y_block = np.concatenate([y_block, *[y_block[negatives]] * (NEGATIVE_WEIGHT - 1)])
            blocks.append((features, y_block))
            print(f"  {folder.name}: {len(labels)} pairs, {sum(labels)} same-fact")
    if args.pairs:
        blocks += written_blocks(args.pairs, args.encoder, idf, args.written_negative_weight)
    x = np.vstack([b[0] for b in blocks])
    y = np.concatenate([b[1] for b in blocks])
    example = np.concatenate([np.full(len(b[1]), i) for i, b in enumerate(blocks)])
    print(f"{len(y)} weighted pairs ({int(y.sum())} same-fact) in {len(blocks)} blocks")

    best: tuple[float, float, npt.NDArray[np.float64]] | None = None
    for l2 in args.l2:
        held_out = np.zeros(len(y))
        for i in range(len(blocks)):
            inside = example != i
            held_out[~inside] = fit_matcher(x[inside], y[inside], l2).probabilities(x[~inside])
        score = metrics(held_out >= 0.5, y)
        area = auc(held_out, y)
        # Log-loss: the aligner adds the probability itself, so calibration matters too.
        clipped = np.clip(held_out, 1e-6, 1 - 1e-6)
        loss = float(-np.mean(y * np.log(clipped) + (1 - y) * np.log(1 - clipped)))
        print(
            f"  l2 {l2:>5}: leave-one-block-out accuracy {score['accuracy']:.4f} "
            f"AUC {area:.4f} log-loss {loss:.4f} (different-fact pairs x{NEGATIVE_WEIGHT})"
        )
        if best is None or -loss > best[1]:
            best = (l2, -loss, held_out)
    assert best is not None
    l2, _, held_out = best
    threshold = best_threshold(held_out, y)
    print(f"  chosen l2 {l2}; threshold {threshold:.4f} (best held-out accuracy)")
    fitted = fit_matcher(x, y, l2)
    matcher = Matcher(
        **{
            **fitted.__dict__,
            "threshold": threshold,
            "trained_on": f"storydiff's own bundled examples (labelled unit pairs, different-fact "
            f"pairs weighted x{NEGATIVE_WEIGHT}, from examples/*/expected.json; MIT) and "
            f"written fictional pairs ({', '.join(p.name for p in args.pairs) or 'none'}; "
            f"benchmarks/pairs, MIT), {len(y):,} rows; weights only; "
            f"L2 {l2}; IDF table data/idf.json; benchmarks/train_matcher.py",
        }
    )
    out = args.out or PACKAGE_DATA / f"matcher-{args.encoder}.json"
    out.write_text(json.dumps(matcher.to_dict(), indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
