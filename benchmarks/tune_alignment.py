"""Tune the alignment weights and thresholds on the bundled examples (our own articles).

    python benchmarks/tune_alignment.py            # the grid
    python benchmarks/tune_alignment.py --current  # the shipped settings only

Prints gold-link recall, unique-statement recall and wrong links for a grid of settings,
best first. BASIL and the seed pair are never read here: they stay held out.
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

import storydiff
from storydiff.evaluation import ExampleGold, load_example, score_example
from storydiff.model import Analysis

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--top", type=int, default=15, help="how many settings to print")
    parser.add_argument(
        "--current", action="store_true", help="score the shipped settings (AlignConfig()) only"
    )
    args = parser.parse_args()
    events = [load_example(d) for d in sorted(EXAMPLES.iterdir()) if (d / "expected.json").exists()]
    analysed = [(g, storydiff.analyse(g.read_articles())) for g in events]
    if args.current:
        gold, found, unique, kept, wrong = score_config(analysed, storydiff.AlignConfig())
        print(
            f"gold links found {found} / {gold} ({found / gold:.3f}); gold-unique statements "
            f"kept unique {kept} / {unique}; wrong links {wrong}"
        )
        return
    rows = []
    for anchor, threshold, link_floor, (wc, wo, wp) in itertools.product(
        (0.0, 0.1, 0.2),
        (0.3, 0.33, 0.36, 0.4, 0.45),
        (0.15, 0.2, 0.25),
        [
            (c, o, round(1 - c - o, 2))
            for c in (0.4, 0.5, 0.6, 0.7)
            for o in (0.2, 0.3, 0.4, 0.5)
            if 1 - c - o >= -1e-9
        ],
    ):
        config = storydiff.AlignConfig(
            threshold=threshold,
            link_floor=link_floor,
            centred_weight=wc,
            overlap_weight=wo,
            paraphrase_weight=wp,
            anchor_weight=anchor,
        )
        gold, found, unique, kept, wrong = score_config(analysed, config)
        objective = found / gold + kept / unique - wrong / gold
        rows.append((objective, found / gold, kept / unique, wrong, config))
    rows.sort(key=lambda r: -r[0])
    for objective, recall, unique_recall, wrong, config in rows[: args.top]:
        print(
            f"{objective:.3f} link recall {recall:.3f} unique kept {unique_recall:.3f} "
            f"wrong links {wrong:3d}  t={config.threshold} floor={config.link_floor} "
            f"w=({config.centred_weight},{config.overlap_weight},{config.paraphrase_weight},"
            f"{config.anchor_weight})"
        )


def score_config(
    analysed: list[tuple[ExampleGold, list[Analysis]]], config: storydiff.AlignConfig
) -> tuple[int, int, int, int, int]:
    """Gold links, links found, gold-unique statements, of them kept unique, wrong links."""
    gold = found = unique = kept = wrong = 0
    for example, analyses in analysed:
        score = score_example(storydiff.compare_analyses(analyses, config=config), example)
        gold += score.gold_links
        found += score.found_links
        unique += score.unique_expected
        kept += score.unique_kept
        wrong += score.wrong_links
    return gold, found, unique, kept, wrong


if __name__ == "__main__":
    main()
