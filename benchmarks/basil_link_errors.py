"""Why BASIL cross-article links are missed or wrong: every error of a split, with its class.

    python benchmarks/basil_link_errors.py --split dev [--out /tmp/errors.tsv]

Dev only (issue 10): never run it on the test split. For every missed gold link and every
wrong predicted link it finds the statement units that cover the two gold sentences (as
basil_alignment.py maps units onto sentences) and reports where the pipeline lost or
made the link:

- ``never scored``: no unit pair of the two sentences reached the cosine floor (the
  candidate was never generated);
- ``under threshold``: scored, but the best unit pair is under the threshold;
- ``over threshold, not grouped``: a unit pair clears the threshold but grouping (complete
  linkage's link floor, contiguity, a date block, a competing group) kept them apart;
- for wrong links: ``direct`` (a unit pair over the threshold) or ``via group`` (the two
  sentences only share a group through other members).

It also counts, for cuts from the threshold up, the sentence pairs left unlinked whose best
unit pair clears the cut, gold or not: what linking them on top of the groups would add.
The TSV rows carry surface facts a reader needs to judge the content class by hand (lengths,
shared content lemmas, numbers, names). With ``--out`` every error goes to a TSV file
outside the repository (it quotes BASIL text, which must not be committed).
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

import numpy as np

import storydiff
from basil_alignment import covered, predicted_links
from basil_gold import DEFAULT_BASIL, DEFAULT_GOLD, Link, basil_article_text, gold_links, load_gold
from storydiff.crossdoc.align import PairScores, score_pairs
from storydiff.crossdoc.context import EventContext
from storydiff.crossdoc.matcher import load_matcher
from storydiff.pipeline import analyse, compare_analyses, with_unique_ids

SOURCES = ("fox", "nyt", "hpo")


def units_of(
    analysis: storydiff.Analysis, spans: list[tuple[int, int]], sentence: int
) -> list[int]:
    return [u.index for u in analysis.units if sentence in covered(spans, u.start, u.end)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--basil", type=Path, default=DEFAULT_BASIL)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--split", choices=("dev",), default="dev")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    config = storydiff.AlignConfig()
    matcher = load_matcher("use")
    classes: Counter[str] = Counter()
    rows: list[list[str]] = []
    for triplet in load_gold(args.gold, args.split):
        articles, spans, sentences = [], {}, {}
        for source in SOURCES:
            text, sentence_spans = basil_article_text(triplet.load_article(args.basil, source))
            articles.append(storydiff.Article(text=text, outlet=source))
            spans[source] = sentence_spans
            sentences[source] = [text[s:e] for s, e in sentence_spans]
        analyses = analyse(with_unique_ids(articles))
        comparison = compare_analyses(analyses, config=config)
        predicted = predicted_links(comparison, spans)
        gold = gold_links(triplet)
        scores = score_pairs(analyses, matcher, config)
        context = EventContext.build(analyses)
        position = {source: k for k, source in enumerate(SOURCES)}
        for label in unlinked_over(analyses, spans, scores, predicted, gold, position):
            classes[label] += 1
        for link, kind in [(x, "missed") for x in gold - predicted] + [
            (x, "wrong") for x in predicted - gold
        ]:
            label, row = classify(link, kind, analyses, spans, scores, context, config, position)
            classes[f"{kind}: {label}"] += 1
            (x, i), (y, j) = sorted(link)
            rows.append(
                [
                    triplet.year,
                    kind,
                    label,
                    f"{x}{i}",
                    f"{y}{j}",
                    *row,
                    sentences[x][i],
                    sentences[y][j],
                ]
            )
    for name, count in sorted(classes.items()):
        print(f"{count:4d}  {name}")
    if args.out:
        with open(args.out, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh, delimiter="\t").writerows(rows)


CUTS = (0.36, 0.4, 0.45, 0.5, 0.55)


def unlinked_over(
    analyses: list[storydiff.Analysis],
    spans: dict[str, list[tuple[int, int]]],
    scores: PairScores,
    predicted: set[Link],
    gold: set[Link],
    position: dict[str, int],
) -> list[str]:
    """For each cut: the sentence pairs left unlinked whose best unit pair scores at least
    the cut, as gold or not (what linking every such pair on top of the groups would add)."""
    best: dict[Link, float] = {}
    for x, y in ((x, y) for x in SOURCES for y in SOURCES if position[x] < position[y]):
        a, b = position[x], position[y]
        for u in analyses[a].units:
            for v in analyses[b].units:
                score = scores.get((a, u.index), (b, v.index))
                if score < CUTS[0]:
                    continue
                for i in covered(spans[x], u.start, u.end):
                    for j in covered(spans[y], v.start, v.end):
                        link = frozenset(((x, i), (y, j)))
                        best[link] = max(best.get(link, 0.0), score)
    return [
        f"unlinked >= {cut}: {'gold' if link in gold else 'not gold'}"
        for link, score in best.items()
        if link not in predicted
        for cut in CUTS
        if score >= cut
    ]


def classify(
    link: Link,
    kind: str,
    analyses: list[storydiff.Analysis],
    spans: dict[str, list[tuple[int, int]]],
    scores: PairScores,
    context: EventContext,
    config: storydiff.AlignConfig,
    position: dict[str, int],
) -> tuple[str, list[str]]:
    (x, i), (y, j) = sorted(link, key=lambda s: position[s[0]])
    a, b = position[x], position[y]
    units_a = units_of(analyses[a], spans[x], i)
    units_b = units_of(analyses[b], spans[y], j)
    if not units_a or not units_b:
        return "no unit covers a sentence", ["", "", "", ""]
    left, right = analyses[a], analyses[b]
    cosines = left.embeddings @ right.embeddings.T
    closest = np.maximum(cosines, context.contained(a, b, centred=False))
    best_close = max(float(closest[u, v]) for u in units_a for v in units_b)
    best = max(scores.get((a, u), (b, v)) for u in units_a for v in units_b)
    ua = max(units_a, key=lambda u: max(scores.get((a, u), (b, v)) for v in units_b))
    ub = max(units_b, key=lambda v: scores.get((a, ua), (b, v)))
    shared = sorted(left.units[ua].content & right.units[ub].content)
    facts = [
        f"{best:.3f}",
        f"{best_close:.3f}",
        " ".join(shared),
        f"{len(left.units[ua].tokens)}/{len(right.units[ub].tokens)}",
    ]
    if kind == "wrong":
        return ("direct" if best >= config.threshold else "via group"), facts
    if best_close < config.cosine_floor:
        return "never scored", facts
    if best < config.threshold:
        return "under threshold", facts
    return "over threshold, not grouped", facts


if __name__ == "__main__":
    main()
