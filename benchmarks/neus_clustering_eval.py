"""A second check of story clustering: NeuS / AllSides stories as a stream (never tuned on).

Each AllSides story gives up to three articles (a left, a centre and a right outlet: title and
first paragraphs); the story id is the gold cluster. Articles carry no date of their own, so
each takes its story's roundup time; the stream runs in time order by calendar day, the
articles of one day in a seeded random order (so stories of a day interleave). Prints
pair-counting and BCubed P/R/F1 for storydiff's online clustering (the default, dev-tuned
config of benchmarks/story_clustering_eval.py) next to the TF-IDF single-pass baseline.

    python benchmarks/neus_clustering_eval.py [--data ../shared/eval/neus_allsides]

This set is held out: the config is never tuned on it. Run it once per change of config.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from story_clustering_eval import (
    VARIANTS,
    Record,
    record_time,
    report,
    storydiff_online,
    tfidf_single_pass,
    to_article,
)
from storydiff.corpus.stories import compute_features

_FILE = "raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"


def load(data: Path, seed: int = 14) -> list[Record]:
    """The articles of every story, one record each, in stream order."""
    path = data / _FILE
    if not path.exists():
        sys.exit(f"{path}: not found. Pass --data pointing at shared/eval/neus_allsides")
    records: list[Record] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        story = json.loads(line)
        for stance, news in sorted((story.get("news") or {}).items()):
            paragraphs = [p for p in news.get("newBody") or [] if p.strip()]
            if not paragraphs or not news.get("newsTitle"):
                continue
            records.append(
                {
                    "id": f"{story['id']}-{stance}",
                    "cluster": str(story["id"]),
                    "title": news["newsTitle"],
                    "text": "\n\n".join(paragraphs),
                    "outlet": news.get("newsSource") or stance,
                    "published": story["date"],
                }
            )
    rng = random.Random(seed)
    keyed = [(str(r["published"])[:10], rng.random(), r) for r in records]
    return [r for _, _, r in sorted(keyed, key=lambda t: (t[0], t[1]))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/eval/neus_allsides", type=Path)
    args = parser.parse_args()
    records = load(args.data)
    gold = [str(r["cluster"]) for r in records]
    config = VARIANTS["lead"]
    features = compute_features(
        [to_article(r) for r in records], [record_time(r) for r in records], config=config
    )
    print(f"NeuS/AllSides: {len(records)} articles, {len(set(gold))} stories ({config})")
    report("tfidf single pass", gold, tfidf_single_pass(records))
    report("tfidf, online IDF", gold, tfidf_single_pass(records, online=True))
    report("storydiff online", gold, storydiff_online(features, config))
    return 0


if __name__ == "__main__":
    sys.exit(main())
