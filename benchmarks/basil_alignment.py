"""Statement alignment on BASIL triplets against the hand-annotated gold (held out).

    python benchmarks/basil_alignment.py [--basil ../shared/eval/basil] [--split dev|test|all]

Tune on ``--split dev`` only; ``test`` is for the rare held-out look (see the gold file).

Each triplet's three articles are compared together; the predicted statement groups are
mapped onto BASIL's sentences (a unit covers every gold sentence it overlaps by at least
half of that sentence) and scored as cross-article sentence links, and as unique sentences.
"""

from __future__ import annotations

import argparse
import sys
from itertools import combinations
from pathlib import Path

import storydiff
from basil_gold import (
    DEFAULT_BASIL,
    DEFAULT_GOLD,
    SPLITS,
    Link,
    Sentence,
    basil_article_text,
    gold_links,
    load_gold,
    score_links,
    score_unique,
)
from storydiff import Article


def covered(spans: list[tuple[int, int]], start: int, end: int) -> list[int]:
    hits = []
    for index, (s, e) in enumerate(spans):
        if e > s and min(e, end) - max(s, start) >= 0.5 * (e - s):
            hits.append(index)
    return hits


def predicted_links(
    comparison: storydiff.Comparison, spans: dict[str, list[tuple[int, int]]]
) -> set[Link]:
    """Cross-article gold-sentence pairs implied by the tool's statement groups."""
    predicted: set[Link] = set()
    for group in comparison.statements:
        sentences = [
            (m.article, index)
            for m in group.members
            for index in covered(spans[m.article], m.start, m.end)
        ]
        for x, y in combinations(sentences, 2):
            if x[0] != y[0]:
                predicted.add(frozenset((x, y)))
    return predicted


def predicted_unique(predicted: set[Link], n_sentences: dict[str, int]) -> set[Sentence]:
    """A sentence predicted unique is one no predicted cross-article link covers."""
    linked = {s for link in predicted for s in link}
    return {
        (source, i)
        for source, n in n_sentences.items()
        for i in range(n)
        if (source, i) not in linked
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--basil", type=Path, default=DEFAULT_BASIL)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--encoder", default="use", help="use (default) or minilm")
    parser.add_argument("--split", choices=SPLITS, default="all", help="dev, test or all triplets")
    args = parser.parse_args()
    if not args.basil.exists():
        sys.exit(f"{args.basil}: BASIL not found. Pass --basil pointing at shared/eval/basil")

    config = storydiff.AlignConfig()
    if args.threshold is not None:
        config = storydiff.AlignConfig(threshold=args.threshold)
    link_scores = []
    unique_scores = []
    for triplet in load_gold(args.gold, args.split):
        articles, spans = [], {}
        for source in ("fox", "nyt", "hpo"):
            text, sentence_spans = basil_article_text(triplet.load_article(args.basil, source))
            articles.append(Article(text=text, outlet=source))
            spans[source] = sentence_spans
        comparison = storydiff.compare(articles, config=config, encoder=args.encoder)
        predicted = predicted_links(comparison, spans)
        gold = gold_links(triplet)
        score = score_links(predicted, gold)
        unique_scores.append(
            score_unique(predicted_unique(predicted, triplet.n_sentences), triplet)
        )
        print(
            f"{triplet.year} {triplet.triplet[:8]}  links P {score['precision']:.2f} "
            f"R {score['recall']:.2f} F1 {score['f1']:.2f}  (gold {len(gold)}, "
            f"predicted {len(predicted)})"
        )
        link_scores.append(score)
    report("links", link_scores)
    report("unique sentences", unique_scores)


def report(what: str, scores: list[dict[str, float | int]]) -> None:
    """Micro-averaged over all triplets."""
    tp = sum(int(s["tp"]) for s in scores)
    n_pred = sum(int(s["n_pred"]) for s in scores)
    n_gold = sum(int(s["n_gold"]) for s in scores)
    precision, recall = tp / max(1, n_pred), tp / max(1, n_gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"ALL {what}: precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f} "
        f"(gold {n_gold}, predicted {n_pred})"
    )


if __name__ == "__main__":
    main()
