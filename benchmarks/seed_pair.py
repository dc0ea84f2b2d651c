"""What compare finds on the seed pair (Reuters vs TASS), for reading beside the articles.

    python benchmarks/seed_pair.py [--seeds ../shared/seeds]

Prints every shared group and every unique statement with offsets. The checks a reader makes
against the two articles are in tests/test_seed_pair.py; the findings are in
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import storydiff
from storydiff.render import render_terminal


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    default = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    parser.add_argument("--seeds", type=Path, default=default)
    args = parser.parse_args()
    if not args.seeds.exists():
        sys.exit(f"{args.seeds}: not found. Check out ../shared beside the repository")
    comparison = storydiff.compare(
        [
            storydiff.read_article(args.seeds / "reuters.txt", outlet="Reuters"),
            storydiff.read_article(args.seeds / "tass.txt", outlet="TASS"),
        ]
    )
    render_terminal(comparison)


if __name__ == "__main__":
    main()
