"""What spaCy's named-entity recogniser adds to the parse, measured in one process (printed,
never asserted).

    python benchmarks/ner_cost.py [--runs 5] [--basil-runs 2]
        [--seeds ../shared/seeds] [--basil ../shared/eval/basil]

The shared pipeline is loaded once; runs alternate between `nlp.pipe` with the `ner` pipe
disabled and enabled (`select_pipes`), on the seed pair and on all 300 BASIL articles, and
the medians and their ratio are printed. Speakers and actor types read `doc.ents`, so the
ratio is what typing them with NER costs in the parse.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def parse_seconds(nlp: Any, texts: list[str], *, ner: bool) -> float:
    disabled = [] if ner else ["ner"]
    with nlp.select_pipes(disable=disabled):
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=8):
            pass
        return time.perf_counter() - start


def measure(name: str, nlp: Any, texts: list[str], runs: int) -> None:
    parse_seconds(nlp, texts, ner=True)  # warm-up
    off, on = [], []
    for _ in range(runs):
        off.append(parse_seconds(nlp, texts, ner=False))
        on.append(parse_seconds(nlp, texts, ner=True))
    base, full = statistics.median(off), statistics.median(on)
    print(
        f"{name} ({len(texts)} texts): parse without NER {base * 1000:.0f} ms, with NER "
        f"{full * 1000:.0f} ms, ratio {full / base:.2f} (median of {runs} alternating runs)"
    )


def basil_texts(root: Path) -> list[str]:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from basil_gold import basil_article_text

    texts = []
    for path in sorted((root / "articles").glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        texts.append(basil_article_text(data)[0])
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=Path, default=REPO.parent / "shared" / "seeds")
    parser.add_argument("--basil", type=Path, default=REPO.parent / "shared" / "eval" / "basil")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--basil-runs", type=int, default=2)
    args = parser.parse_args()
    from storydiff.nlp import load_spacy

    nlp = load_spacy(ner=True)
    if "ner" not in nlp.pipe_names and "ner" not in nlp.disabled:
        sys.exit("the installed spaCy model has no 'ner' pipe")
    if "ner" in nlp.disabled:
        nlp.enable_pipe("ner")
    seeds = [(args.seeds / n).read_text(encoding="utf-8") for n in ("reuters.txt", "tass.txt")]
    measure("seed pair", nlp, seeds, args.runs)
    if args.basil.is_dir():
        measure("BASIL", nlp, basil_texts(args.basil), args.basil_runs)
    else:
        print(f"{args.basil}: BASIL not found; pass --basil")


if __name__ == "__main__":
    main()
