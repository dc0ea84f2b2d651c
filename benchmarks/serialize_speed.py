"""What writing the JSON costs, and what a serialization library would add (printed, never
asserted).

    python benchmarks/serialize_speed.py [--seeds ../shared/seeds] [--runs 9]

1. Import: `python -X importtime -c "import storydiff; import M"` in fresh processes; for each
   M the cumulative time of M's own line, i.e. what M adds on top of storydiff (median over
   runs). M is storydiff's own serializer (`storydiff.model.serialize`, imported by storydiff
   itself) and the libraries considered instead of it: msgspec, pydantic (+ its dataclasses),
   when installed.
2. Cold CLI: `storydiff compare reuters.txt tass.txt -f json` in a fresh process (median).
3. Warm: `Comparison.to_dict()` and `render_json` on the seed pair (median of 50 calls), and
   generating the JSON Schema.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CANDIDATES = ["storydiff.model.serialize", "msgspec", "pydantic", "pydantic.dataclasses"]


def import_cost_ms(module: str, runs: int) -> float | None:
    """Median cumulative import time of `module`'s own line after `import storydiff`."""
    try:
        if importlib.util.find_spec(module) is None:
            return None
    except ModuleNotFoundError:
        return None
    found = []
    for _ in range(runs):
        statement = f"import storydiff; import {module}"
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", statement],
            capture_output=True,
            text=True,
            check=True,
        )
        for line in done.stderr.splitlines():
            parts = line.split("|")
            if len(parts) == 3 and parts[2].strip() == module:
                found.append(int(parts[1]) / 1000)
    return statistics.median(found) if found else None


def cold_cli_s(seeds: Path, runs: int) -> float:
    exe = Path(sys.executable).with_name("storydiff")
    command = [str(exe), "compare", str(seeds / "reuters.txt"), str(seeds / "tass.txt")]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([*command, "-f", "json"], capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def median_ms(call: Callable[[], object], runs: int = 50) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=Path, default=REPO.parent / "shared" / "seeds")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    if not args.seeds.exists():
        sys.exit(f"{args.seeds}: not found. Check out ../shared beside the repository")

    print(f"import cost on top of `import storydiff` (median of {args.runs}):")
    for module in CANDIDATES:
        cost = import_cost_ms(module, args.runs)
        print(f"  {module:28} {'not installed / absent' if cost is None else f'{cost:7.1f} ms'}")
    cold = cold_cli_s(args.seeds, args.runs)
    print(f"cold CLI, seed pair, -f json (median of {args.runs}): {cold:.2f} s")

    import storydiff
    from storydiff.ingest import read_article
    from storydiff.render import render_json

    articles = [read_article(args.seeds / name) for name in ("reuters.txt", "tass.txt")]
    comparison = storydiff.compare(articles)
    print(f"warm Comparison.to_dict(), seed pair: {median_ms(comparison.to_dict):.2f} ms")
    print(
        f"warm render_json, seed pair:          {median_ms(lambda: render_json(comparison)):.2f} ms"
    )
    if importlib.util.find_spec("storydiff.model.schema") is not None:
        from storydiff.model.schema import json_schema

        print(f"json_schema():                        {median_ms(json_schema, 20):.2f} ms")


if __name__ == "__main__":
    main()
