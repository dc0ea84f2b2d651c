"""What a stage adds to compare's warm time, measured in one process (printed, never asserted).

    python benchmarks/stage_speed.py --stage quotes|findings|entities [--runs 7]
        [--seeds ../shared/seeds] [--basil ../shared/eval/basil]

Runs `storydiff.compare` with models loaded, alternating runs with the stage switched off and
on, and prints the median of each and their ratio: on the seed pair, and on BASIL triplets
(one compare each). `quotes`: extraction returns nothing, so no quote is embedded or grouped.
`findings`: no time expressions are read, and conflicts and the timeline are not built.
`entities`: no actor mentions are read, nothing is linked, no framing is collected.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import storydiff
import storydiff.extract as extract_stage
import storydiff.pipeline as pipeline
from storydiff.model import ArticleFraming, Timeline

REPO = Path(__file__).resolve().parents[1]


@contextlib.contextmanager
def stage_off(stage: str) -> Iterator[None]:
    saved = {}

    def swap(module: Any, name: str, replacement: Any) -> None:
        saved[(module, name)] = getattr(module, name)
        setattr(module, name, replacement)

    if stage == "quotes":
        swap(extract_stage, "extract_quotes", lambda doc, sentences=(): ())
    elif stage == "entities":
        swap(extract_stage, "find_mentions", lambda doc, article_id: ())
        swap(extract_stage, "find_loaded_terms", lambda doc: ())
        swap(pipeline, "link_entities", lambda mentions: ())
        swap(pipeline, "article_framing", lambda a, entity_of=None: ArticleFraming(a.article.id))
    else:
        swap(extract_stage, "find_time_expressions", lambda text, published: ())
        swap(pipeline, "find_conflicts", lambda analyses, groups: ())
        swap(pipeline, "build_timeline", lambda analyses, groups: Timeline())
    try:
        yield
    finally:
        for (module, name), original in saved.items():
            setattr(module, name, original)


def timed(batches: list[list[storydiff.Article]]) -> float:
    start = time.perf_counter()
    for articles in batches:
        storydiff.compare(articles)
    return time.perf_counter() - start


def measure(name: str, batches: list[list[storydiff.Article]], runs: int, stage: str) -> None:
    timed(batches)  # warm-up: models loaded, caches filled
    off, on = [], []
    for _ in range(runs):
        with stage_off(stage):
            off.append(timed(batches))
        on.append(timed(batches))
    base, full = statistics.median(off), statistics.median(on)
    print(
        f"{name}: without {stage} {base * 1000:.0f} ms, with {stage} {full * 1000:.0f} ms, "
        f"ratio {full / base:.2f} (median of {runs} alternating runs)"
    )


def basil_batches(root: Path, count: int) -> list[list[storydiff.Article]]:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from basil_gold import basil_article_text

    batches = []
    for year in sorted((root / "articles").iterdir()):
        for first in sorted(year.glob("*_1.json")):
            triplet = []
            for n in (1, 2, 3):
                path = first.with_name(first.name.replace("_1.json", f"_{n}.json"))
                data = json.loads(path.read_text(encoding="utf-8"))
                triplet.append(
                    storydiff.Article(basil_article_text(data)[0], outlet=data["source"])
                )
            batches.append(triplet)
            if len(batches) == count:
                return batches
    return batches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=Path, default=REPO.parent / "shared" / "seeds")
    parser.add_argument("--basil", type=Path, default=REPO.parent / "shared" / "eval" / "basil")
    parser.add_argument("--stage", choices=("quotes", "findings", "entities"), default="quotes")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--triplets", type=int, default=10)
    args = parser.parse_args()
    for path in (args.seeds, args.basil):
        if not path.exists():
            sys.exit(f"{path}: not found. Check out ../shared beside the repository")
    seeds = [
        replace(storydiff.read_article(args.seeds / name, outlet=outlet), published=date)
        for name, outlet, date in (
            ("reuters.txt", "Reuters", "2022-12-28"),
            ("tass.txt", "TASS", "2022-12-28"),
        )
    ]
    measure("seed pair", [seeds], args.runs, args.stage)
    triplets = basil_batches(args.basil, args.triplets)
    measure(f"{args.triplets} BASIL triplets", triplets, args.runs, args.stage)


if __name__ == "__main__":
    main()
