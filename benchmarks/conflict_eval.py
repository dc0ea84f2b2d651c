"""Conflict detectors against the labelled statement pairs (statement_conflicts_gold.json).

    python benchmarks/conflict_eval.py --split test      # report
    python benchmarks/conflict_eval.py --split dev --errors   # develop
    python benchmarks/conflict_eval.py --split test --batch issue11   # the issue-11 pairs only
    python benchmarks/conflict_eval.py --split dev --batch round3     # dated / negated dev pairs
    python benchmarks/conflict_eval.py --split test --batch round4    # NewsWCL50 + AllSides pairs
    python benchmarks/conflict_eval.py --split test --by-batch        # all, and each batch
    python benchmarks/conflict_eval.py --split dev --batch gvc        # Gun Violence Corpus pairs
    python benchmarks/conflict_eval.py --split dev --batch allsides2  # AllSides number/date pairs
    python benchmarks/conflict_eval.py --split dev --batch ecb        # ECB+ story pairs
    python benchmarks/conflict_eval.py --split dev --batch neus       # NeuS probe story pairs
    python benchmarks/conflict_eval.py --split test --by-batch --also-without ecb  # and without ecb

Each gold pair is two statements (article spans) that report one fact. The detectors run on
the statement unit that covers most of each span, as if the aligner had grouped them (the
aligner's own misses are measured elsewhere); a pair is predicted conflicting when any
detector fires, with the union of the types. Publication dates come
from the BASIL records and the seeds' meta.json, so relative dates resolve; NewsWCL50 and
AllSides articles have the day written in their URL, where there is one; GVC records carry
their publication day; ECB+ records and the NeuS probe excerpts have none.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import storydiff
from conflict_gold import (
    BATCHES,
    DEFAULT_BASIL,
    DEFAULT_SEEDS,
    ConflictPair,
    load_conflict_gold,
    load_texts,
    published_dates,
    score,
)
from storydiff.crossdoc.conflicts import statement_conflicts
from storydiff.model import Analysis, Unit

BATCH_NAMES: tuple[str, ...] = tuple(batch or "original" for batch in BATCHES)
"""The batches by the names the options take (the original gold's batch is "")."""


def most_covering(spans: Sequence[tuple[int, int]], start: int, end: int) -> int | None:
    """Index of the span that covers most characters of ``[start, end)`` (ties: the first),
    None when none overlaps it: the rule that maps a gold span onto one statement."""
    best, best_overlap = None, 0
    for index, (s, e) in enumerate(spans):
        overlap = min(e, end) - max(s, start)
        if overlap > best_overlap:
            best, best_overlap = index, overlap
    return best


def overlapping(analysis: Analysis, start: int, end: int) -> list[Unit]:
    """The statement unit that covers most of the span (as the aligner would pick it)."""
    index = most_covering([(u.start, u.end) for u in analysis.units], start, end)
    return [] if index is None else [analysis.units[index]]


def report(title: str, pairs: list[ConflictPair], predicted: dict[str, set[str]]) -> None:
    """Precision, recall and F1 of the conflicting decision, and the counts per type."""
    result = score(pairs, predicted)
    c = result["conflicting"]
    n_conflicting = sum(p.label == "conflicting" for p in pairs)
    print(
        f"{title}: {len(pairs)} pairs, {n_conflicting} "
        f"conflicting; conflict precision {c['precision']:.3f} recall {c['recall']:.3f} "
        f"F1 {c['f1']:.3f}"
    )
    for kind, s in sorted(result["per_type"].items()):
        print(
            f"  {kind:11} precision {s['precision']:.3f} recall {s['recall']:.3f} "
            f"(predicted {s['tp'] + s['fp']}, gold {s['tp'] + s['fn']}, right {s['tp']})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=("dev", "test", "all"), default="test")
    parser.add_argument(
        "--batch",
        choices=("all", *BATCH_NAMES),
        default="all",
        help=f"annotation batch ({', '.join(BATCH_NAMES)}) or all",
    )
    parser.add_argument("--errors", action="store_true", help="print each wrong pair (dev only)")
    parser.add_argument(
        "--by-batch", action="store_true", help="also print the figures of each batch (one run)"
    )
    parser.add_argument(
        "--also-without",
        action="append",
        default=[],
        choices=BATCH_NAMES,
        help="also print the figures of all the pairs but one batch's (same run, so no extra look)",
    )
    parser.add_argument("--basil", type=Path, default=DEFAULT_BASIL)
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    args = parser.parse_args()
    if args.errors and args.split != "dev":
        sys.exit("--errors is for the dev split only")
    for path in (args.basil, args.seeds):
        if not path.exists():
            sys.exit(f"{path}: not found. Check out ../shared beside the repository")
    gold = load_conflict_gold()
    pairs = [p for p in gold.pairs if args.split == "all" or p.split == args.split]
    if args.batch != "all":
        in_batch = {p.id for p in gold.batch("" if args.batch == "original" else args.batch)}
        pairs = [p for p in pairs if p.id in in_batch]
    needed = {p.set for p in pairs}
    predicted: dict[str, set[str]] = {}
    explanations: dict[str, list[str]] = {}
    for article_set in gold.sets:
        if article_set.id not in needed:
            continue
        texts = load_texts(article_set, args.basil, args.seeds)
        dates = published_dates(article_set, args.basil, args.seeds)
        keys = list(texts)
        articles = [storydiff.Article(texts[k], outlet=k, published=dates[k]) for k in keys]
        analyses = dict(zip(keys, storydiff.analyse(articles), strict=True))
        for pair in (p for p in pairs if p.set == article_set.id):
            left, right = analyses[pair.a.article], analyses[pair.b.article]
            types: set[str] = set()
            for a in overlapping(left, pair.a.start, pair.a.end):
                for b in overlapping(right, pair.b.start, pair.b.end):
                    for conflict in statement_conflicts(left, a, right, b):
                        types.add(conflict.type)
                        explanations.setdefault(pair.id, []).append(conflict.explanation)
            predicted[pair.id] = types
    report(f"{args.split} ({args.batch})", pairs, predicted)
    # one run, so one look at a test split, whatever the number of parts printed
    of_set = {s.id: s.batch or "original" for s in gold.sets}
    if args.by_batch:
        for name in sorted({of_set[p.set] for p in pairs}):
            report(f"  batch {name}", [p for p in pairs if of_set[p.set] == name], predicted)
    for name in args.also_without:
        report(f"  all but {name}", [p for p in pairs if of_set[p.set] != name], predicted)
    if args.errors:
        for pair in pairs:
            got = predicted.get(pair.id, set())
            if bool(got) != (pair.label == "conflicting") or (got and not got & set(pair.types)):
                print(pair.id, pair.label, pair.types, sorted(got), explanations.get(pair.id),
                      pair.note, file=sys.stderr)  # fmt: skip


if __name__ == "__main__":
    main()
