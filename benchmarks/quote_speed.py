"""What quotes add to compare's warm time, measured in one process (printed, never asserted).

    python benchmarks/quote_speed.py [--seeds ../shared/seeds] [--basil ../shared/eval/basil]
        [--runs 7] [--triplets 10]

Runs `storydiff.compare` with models loaded, alternating runs with the quote stages switched
off (extraction returns nothing, so no quote is embedded or grouped) and on, and prints the
median of each and their ratio: on the seed pair, and on BASIL triplets (one compare each).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import storydiff
from storydiff.extract import quotes as quote_stage

REPO = Path(__file__).resolve().parents[1]


@contextlib.contextmanager
def quotes_off() -> Iterator[None]:
    original = quote_stage.extract_quotes

    def nothing(doc: Any, sentences: Any = ()) -> tuple[()]:
        return ()

    quote_stage.extract_quotes = nothing  # type: ignore[assignment]
    try:
        yield
    finally:
        quote_stage.extract_quotes = original


def timed(batches: list[list[storydiff.Article]]) -> float:
    start = time.perf_counter()
    for articles in batches:
        storydiff.compare(articles)
    return time.perf_counter() - start


def measure(name: str, batches: list[list[storydiff.Article]], runs: int) -> None:
    timed(batches)  # warm-up: models loaded, caches filled
    off, on = [], []
    for _ in range(runs):
        with quotes_off():
            off.append(timed(batches))
        on.append(timed(batches))
    base, full = statistics.median(off), statistics.median(on)
    print(
        f"{name}: without quotes {base * 1000:.0f} ms, with quotes {full * 1000:.0f} ms, "
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
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--triplets", type=int, default=10)
    args = parser.parse_args()
    for path in (args.seeds, args.basil):
        if not path.exists():
            sys.exit(f"{path}: not found. Check out ../shared beside the repository")
    seeds = [
        storydiff.Article.from_path(args.seeds / "reuters.txt", outlet="Reuters"),
        storydiff.Article.from_path(args.seeds / "tass.txt", outlet="TASS"),
    ]
    measure("seed pair", [seeds], args.runs)
    measure(f"{args.triplets} BASIL triplets", basil_batches(args.basil, args.triplets), args.runs)


if __name__ == "__main__":
    main()
