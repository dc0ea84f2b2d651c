"""Story clustering quality on ../shared/eval/clustering: ECB+ and GVC alone and interleaved.

Prints pair-counting P/R/F1 (Miranda et al., EMNLP 2018) and BCubed P/R/F1 (averaged per
article) for storydiff's online clustering and for a TF-IDF single-pass baseline (cosine of
TF-IDF vectors, threshold 0.19 as in the dataset README), run twice: with IDF over the whole
stream (it sees the future, as the README's reference does) and with IDF from the stream so far
(what an online system can know).

    python benchmarks/story_clustering_eval.py [--data ../shared/eval/clustering] [--split dev]
    python benchmarks/story_clustering_eval.py --embed title   # or none: the faster variants
    python benchmarks/story_clustering_eval.py --tune     # grid over weights and threshold (dev)

Only the dev files are distributed with the data; the held-out test split is run elsewhere.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from storydiff.corpus.stories import (
    Features,
    OnlineClusterer,
    StoryConfig,
    compute_features,
    day_number,
)
from storydiff.model import Article

Record = dict[str, object]
# Articles without a date are clustered at ingest time: one shared moment for the whole stream.
_INGEST_DAY = day_number("2026-01-01")


def load(data: Path, split: str) -> dict[str, list[Record]]:
    streams = {}
    for name in ("ecbplus", "gvc"):
        path = data / f"{name}_{split}.jsonl"
        if not path.exists():
            sys.exit(f"{path}: not found. Pass --data pointing at shared/eval/clustering")
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        streams[name] = sorted(rows, key=lambda r: int(str(r["order"])))
    a, b = streams["ecbplus"], streams["gvc"]
    # interleave by relative position, so both streams run side by side from start to end
    merged = sorted(
        [(i / len(a), 0, r) for i, r in enumerate(a)]
        + [(i / len(b), 1, r) for i, r in enumerate(b)],
        key=lambda t: (t[0], t[1]),
    )
    streams["interleaved"] = [r for _, _, r in merged]
    return streams


def to_article(record: Record) -> Article:
    return Article(
        text=str(record["text"]),
        outlet=str(record.get("outlet") or "unknown"),
        title=str(record.get("title") or "") or None,
        published=str(record["published"]) if record.get("published") else None,
    )


def record_time(record: Record) -> float:
    published = record.get("published")
    return day_number(str(published)) if published else _INGEST_DAY


def pair_scores(gold: Sequence[str], pred: Sequence[int]) -> tuple[float, float, float]:
    def pairs(labels: Sequence[object]) -> int:
        return sum(n * (n - 1) // 2 for n in Counter(labels).values())

    both = pairs(list(zip(gold, pred, strict=True)))
    p = both / max(1, pairs(pred))
    r = both / max(1, pairs(gold))
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def bcubed(gold: Sequence[str], pred: Sequence[int]) -> tuple[float, float, float]:
    joint = Counter(zip(gold, pred, strict=True))
    gold_size, pred_size = Counter(gold), Counter(pred)
    p = sum(joint[(g, c)] / pred_size[c] for g, c in zip(gold, pred, strict=True)) / len(gold)
    r = sum(joint[(g, c)] / gold_size[g] for g, c in zip(gold, pred, strict=True)) / len(gold)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


# Dev-tuned configs of the faster variants (grid as in `tune`, embed_weight 0 for "none").
VARIANTS = {
    "lead": StoryConfig(),
    "title": replace(StoryConfig(), embed_text="title", embed_weight=0.2, threshold=0.34),
    "none": replace(
        StoryConfig(),
        embed_text="none",
        embed_weight=0.0,
        terms_weight=1.0,
        actors_weight=0.3,
        threshold=0.40,
    ),
}


def tfidf_single_pass(
    records: Sequence[Record], threshold: float = 0.19, *, online: bool = False
) -> list[int]:
    """The baseline: each article joins the cluster whose TF-IDF centroid is closest (cosine)
    when above the threshold, else starts one. IDF over the whole stream, or (`online`) over
    the articles seen so far, this one included."""
    word = re.compile(r"[a-z0-9]+")
    counts = [Counter(word.findall(f"{r.get('title') or ''} {r['text']}".lower())) for r in records]
    df: Counter[str] = Counter() if online else Counter(w for tf in counts for w in tf)
    n = len(records)
    sums: list[Counter[str]] = []
    labels = []
    for seen, tf in enumerate(counts, start=1):
        if online:
            df.update(tf.keys())
            n = seen
        vector = {w: (1 + math.log(c)) * math.log((n + 1) / (df[w] + 1)) for w, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vector = {w: v / norm for w, v in vector.items()}
        best, best_score = -1, threshold
        for index, total in enumerate(sums):
            total_norm = math.sqrt(sum(v * v for v in total.values())) or 1.0
            score = sum(v * total.get(w, 0.0) for w, v in vector.items()) / total_norm
            if score >= best_score:
                best, best_score = index, score
        if best < 0:
            sums.append(Counter())
            best = len(sums) - 1
        sums[best].update(vector)
        labels.append(best)
    return labels


def storydiff_online(features: Sequence[Features], config: StoryConfig) -> list[int]:
    clusterer = OnlineClusterer(config)
    return [clusterer.add(f)[0] for f in features]


def report(name: str, gold: Sequence[str], pred: Sequence[int]) -> tuple[float, ...]:
    pp, pr, pf = pair_scores(gold, pred)
    bp, br, bf = bcubed(gold, pred)
    print(
        f"  {name:<22} clusters {len(set(pred)):>4} (gold {len(set(gold)):>3})  "
        f"pair P/R/F1 {pp:.3f}/{pr:.3f}/{pf:.3f}  BCubed P/R/F1 {bp:.3f}/{br:.3f}/{bf:.3f}"
    )
    return pp, pr, pf, bp, br, bf


def tune(streams: dict[str, list[Record]], features: dict[str, list[Features]]) -> StoryConfig:
    """Grid search on the dev split; the objective is the mean BCubed F1 of the three streams."""
    best: tuple[float, StoryConfig] = (0.0, StoryConfig())
    grid = itertools.product(
        (0.3, 0.5), (0.3, 0.5, 0.7), (0.0, 0.15, 0.3), [x / 100 for x in range(25, 62, 3)]
    )
    for embed, terms, actors, threshold in grid:
        config = replace(
            StoryConfig(), embed_weight=embed, terms_weight=terms, actors_weight=actors,
            threshold=threshold,
        )  # fmt: skip
        f1s = [
            bcubed([str(r["cluster"]) for r in streams[n]], storydiff_online(features[n], config))[
                2
            ]
            for n in streams
        ]
        if sum(f1s) / 3 > best[0]:
            best = (sum(f1s) / 3, config)
            print(f"  {sum(f1s) / 3:.4f} {[round(f, 3) for f in f1s]} {config}")
    return best[1]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/eval/clustering", type=Path)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--tune", action="store_true", help="grid-search the config on this split")
    parser.add_argument("--embed", choices=sorted(VARIANTS), default="lead")
    args = parser.parse_args(argv)
    streams = load(args.data, args.split)
    by_id: dict[str, Features] = {}
    records = streams["interleaved"]
    base = VARIANTS[args.embed]
    computed = compute_features(
        [to_article(r) for r in records], [record_time(r) for r in records], config=base
    )
    by_id = {str(r["id"]): f for r, f in zip(records, computed, strict=True)}
    features = {n: [by_id[str(r["id"])] for r in rows] for n, rows in streams.items()}
    config = tune(streams, features) if args.tune else base
    print(f"story clustering, {args.split} split of {args.data} ({config})")
    methods: dict[str, Callable[[str], list[int]]] = {
        "tfidf single pass": lambda n: tfidf_single_pass(streams[n]),
        "tfidf, online IDF": lambda n: tfidf_single_pass(streams[n], online=True),
        "storydiff online": lambda n: storydiff_online(features[n], config),
    }
    results: dict[str, dict[str, tuple[float, ...]]] = defaultdict(dict)
    for name, rows in streams.items():
        print(f"{name} ({len(rows)} articles)")
        gold = [str(r["cluster"]) for r in rows]
        for method, run in methods.items():
            results[method][name] = report(method, gold, run(name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
