"""The 'unrelated' guard: does it warn on pairs of different stories, and only on those?

Positives are pairs of articles on different stories, negatives pairs on one story.

- NeuS / AllSides (raw_crawled): one story's left, centre and right articles make the
  same-story pairs; different-story pairs join an article of each story with one of another
  story of the SAME topic field (the hard case) and one of a story drawn at random (seeded).
  Stories are split once by their line index: even lines are the tuning half, odd lines the
  held-out half (`--half tune|held`).
- ECB+ and GVC dev files (../shared/eval/clustering): same-story pairs within a gold story;
  different-story pairs within one ECB+ topic (two look-alike events) or, for GVC, any two
  incidents (all look alike), plus random pairs across topics for ECB+. Dev split only.

For each pair the two articles are compared as `storydiff compare` would (analyses cached
per article) and the script prints the false-alarm rate (warned same-story pairs) and the
detection rate (warned different-story pairs), for main's rule (linked share alone) and for
the current guard (`--sweep` also prints the rates of candidate thresholds of the article
cosine, for choosing them on the tuning half).

    python benchmarks/guard_eval.py --source neus --half tune --sweep
    python benchmarks/guard_eval.py --source neus --half held
    python benchmarks/guard_eval.py --source ecbplus
    python benchmarks/guard_eval.py --source gvc
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path

import storydiff
from storydiff.crossdoc.guards import (
    UNRELATED_SHARE,
    article_similarity,
    linked_share,
    term_similarity,
)
from storydiff.model import Analysis, Article

_NEUS = "neus_allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
Item = tuple[str, str, Article]  # story id, topic, article
Pair = tuple[int, int, str]  # two item indexes; "same", "topic" (story of its topic), "random"


def neus_items(eval_dir: Path, half: str) -> list[Item]:
    items: list[Item] = []
    lines = (eval_dir / _NEUS).read_text(encoding="utf-8").splitlines()
    for index, line in enumerate(lines):
        if index % 2 != (0 if half == "tune" else 1):
            continue
        story = json.loads(line)
        for stance, news in sorted((story.get("news") or {}).items()):
            paragraphs = [p for p in news.get("newBody") or [] if p.strip()]
            if not paragraphs or not news.get("newsTitle"):
                continue
            article = Article(
                text="\n\n".join(paragraphs),
                outlet=news.get("newsSource") or stance,
                title=news["newsTitle"],
            )
            items.append((str(story["id"]), str(story.get("topic") or ""), article))
    return items


def clustering_items(eval_dir: Path, name: str) -> list[Item]:
    items: list[Item] = []
    path = eval_dir / "clustering" / f"{name}_dev.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        article = Article(text=row["text"], outlet=f"{name} {row['id']}", title=row.get("title"))
        topic = str(row.get("topic") or "") if name == "ecbplus" else "gvc"
        items.append((str(row["cluster"]), topic, article))
    return items


def make_pairs(items: Sequence[Item], seed: int, per_story: int) -> list[Pair]:
    """Every same-story pair (up to `per_story` a story), and for each story one pair with a
    story of its topic and one with a random story."""
    rng = random.Random(seed)
    by_story: dict[str, list[int]] = defaultdict(list)
    by_topic: dict[str, list[str]] = defaultdict(list)
    for index, (story, topic, _) in enumerate(items):
        if not by_story[story]:
            by_topic[topic].append(story)
        by_story[story].append(index)
    stories = sorted(by_story)
    pairs: list[Pair] = []
    for story in stories:
        same = list(combinations(by_story[story], 2))
        rng.shuffle(same)
        pairs.extend((i, j, "same") for i, j in same[:per_story])
        topic = items[by_story[story][0]][1]
        mates = [s for s in by_topic[topic] if s != story]
        others = [(rng.choice(mates), "topic")] if mates else []
        others.append((rng.choice([s for s in stories if s != story]), "random"))
        for other, kind in others:
            pairs.append((rng.choice(by_story[story]), rng.choice(by_story[other]), kind))
    return pairs


def features(analyses: Sequence[Analysis], pairs: Sequence[Pair]) -> list[dict[str, float]]:
    rows: list[dict[str, float]] = []
    guard_seconds = 0.0
    for i, j, kind in pairs:
        left, right = analyses[i], analyses[j]
        if not left.units or not right.units:
            continue  # the guard says nothing about an article without statements
        comparison = storydiff.compare_analyses([left, right])
        began = time.perf_counter()
        similarity, terms = article_similarity(left, right), term_similarity(left, right)
        guard_seconds += time.perf_counter() - began
        rows.append(
            {
                "different": float(kind != "same"),
                "topic": float(kind == "topic"),
                "share": linked_share(left, right, comparison.statements),
                "cosine": similarity,
                "terms": terms,
                "warned": float(any(w.kind == "unrelated" for w in comparison.warnings)),
            }
        )
    per_pair = 1000 * guard_seconds / max(1, len(pairs))
    print(f"article similarity and shared words: {per_pair:.3f} ms a pair")
    return rows


def rates(rows: Sequence[dict[str, float]], rule: str | tuple[float, float]) -> tuple[float, float]:
    """(false alarms on same-story pairs, detections on different-story pairs) of the
    guard's own warnings (`rule` 'warned'), main's rule ('share') or a candidate
    (cosine cut, terms cut) beside the linked share."""

    def fires(row: dict[str, float]) -> bool:
        if rule == "warned":
            return row["warned"] > 0
        linked = row["share"] < UNRELATED_SHARE
        if isinstance(rule, str):
            return linked
        return linked and row["cosine"] < rule[0] and row["terms"] < rule[1]

    same = [fires(r) for r in rows if not r["different"]]
    different = [fires(r) for r in rows if r["different"]]
    return sum(same) / max(1, len(same)), sum(different) / max(1, len(different))


def sweep(rows: Sequence[dict[str, float]]) -> None:
    """Candidate cuts, best Youden J (detected - false alarms) first."""
    found = []
    for cosine in (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 9.0):
        for terms in (0.1, 0.125, 0.15, 0.175, 0.2, 9.0):
            alarms, detected = rates(rows, (cosine, terms))
            found.append((detected - alarms, alarms, detected, cosine, terms))
    for j, alarms, detected, cosine, terms in sorted(found, reverse=True)[:12]:
        print(
            f"  cosine < {cosine:.2f}, terms < {terms:.3f}: false alarms {alarms:.1%}, "
            f"detected {detected:.1%} (J {j:.3f})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    default = Path(__file__).resolve().parents[2] / "shared" / "eval"
    parser.add_argument("--eval", type=Path, default=default)
    parser.add_argument("--source", choices=["neus", "ecbplus", "gvc"], default="neus")
    parser.add_argument("--half", choices=["tune", "held"], default="tune")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--per-story", type=int, default=3)
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--dump", type=Path, help="write each pair's figures here (JSON)")
    args = parser.parse_args()
    if not args.eval.exists():
        sys.exit(f"{args.eval}: not found. Check out ../shared beside the repository")
    if args.source == "neus":
        items = neus_items(args.eval, args.half)
    else:
        items = clustering_items(args.eval, args.source)
    pairs = make_pairs(items, args.seed, args.per_story)
    analyses = storydiff.analyse([article for _, _, article in items])
    rows = features(analyses, pairs)
    if args.dump:
        args.dump.write_text(json.dumps(rows), encoding="utf-8")
    label = args.source + (f" ({args.half} half)" if args.source == "neus" else " (dev)")
    same = sum(1 for r in rows if not r["different"])
    print(f"{label}: {len(items)} articles, {same} same-story pairs, {len(rows) - same} different")
    before = rates(rows, "share")
    print(f"main's rule (share < {UNRELATED_SHARE}): false alarms {before[0]:.1%}, ", end="")
    print(f"detected {before[1]:.1%}")
    after = rates(rows, "warned")
    print(f"this guard: false alarms {after[0]:.1%}, detected {after[1]:.1%}")
    hard = [r for r in rows if r["topic"] or not r["different"]]
    print(f"  different stories of one topic ({sum(r['topic'] for r in rows):.0f} pairs): ", end="")
    main_rule, guard = rates(hard, "share")[1], rates(hard, "warned")[1]
    print(f"main's rule detects {main_rule:.1%}, this guard {guard:.1%}")
    if args.sweep:
        sweep(rows)


if __name__ == "__main__":
    main()
