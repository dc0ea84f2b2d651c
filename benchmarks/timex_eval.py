"""Temporal normalisation against the hand-made gold (temporal_expressions_gold.json).

    python benchmarks/timex_eval.py
        [--split dev|test|test2|dev2|test3|dev3|test4|dev4|dev5|test5|all] [--errors]
        [--no-parse] [--basil ../shared/eval/basil] [--seeds ../shared/seeds]
        [--gvc ../shared/eval/clustering/gvc_dev.jsonl] [--eval ../shared/eval]

Runs `find_time_expressions` on each gold article with its publication date and, as the
pipeline does, the tense the spaCy parse gives each clause (`--no-parse`: raw text only, as
before the tense reader), and prints
detection recall/precision and normalisation accuracy, per kind. The gold was written after
the normaliser's rules; its first run (all 130 expressions) is recorded in docs/benchmarks.md.
After that it was split once: `dev` (the seed pair and the BASIL articles of 2010-2014) may be
looked at to improve the rules, `test` (BASIL 2015-2019) is only scored. Articles added later
carry their own `split` in the gold file: `test2` (issue 11: the second BASIL file of seven
years, annotated before any tuning) is held out and only scored; the Gun Violence Corpus batch
(real local news, annotated before storydiff was run on it) is `dev2` (may be tuned on) and
`test3` (held out, only scored). The AllSides + NewsWCL50 batch (annotated before storydiff was
run on it, split once by story) is `dev3` (may be tuned on) and `test4` (held out, scored once).
The PolNeAR batch (18 dev texts, annotated before storydiff was run on them) is `dev4` (may be
tuned on). The second GVC batch (38 records of 16 incidents, annotated and committed before
storydiff was run on them, split once by incident) is `dev5` (may be tuned on) and `test5` (held
out, scored once).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from storydiff.extract.tense import TenseAt, tense_reader
from storydiff.extract.timexpr import find_time_expressions
from timex_gold import (
    DEFAULT_BASIL,
    DEFAULT_EVAL,
    DEFAULT_GVC,
    DEFAULT_SEEDS,
    TimexGold,
    article_text,
    load_timex_gold,
)
from timex_score import score

DEV_SPLITS: tuple[str, ...] = ("dev", "dev2", "dev3", "dev4", "dev5")
"""Splits that may be looked at and tuned on."""
TEST_SPLITS: tuple[str, ...] = ("test", "test2", "test3", "test4", "test5")
"""Held-out splits: scored at most once, never looked at."""


def split(gold: TimexGold, name: str) -> TimexGold:
    def split_of(key: str) -> str:
        entry = gold.articles[key]
        if entry.split:
            return entry.split
        return "dev" if entry.kind == "seed" or int(entry.published[:4]) <= 2014 else "test"

    if name == "all":
        return gold
    keys = {k for k in gold.articles if split_of(k) == name}
    return replace(
        gold,
        articles={k: v for k, v in gold.articles.items() if k in keys},
        expressions=tuple(e for e in gold.expressions if e.article in keys),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--basil", type=Path, default=DEFAULT_BASIL)
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument("--gvc", type=Path, default=DEFAULT_GVC)
    parser.add_argument(
        "--eval", type=Path, default=DEFAULT_EVAL, help="AllSides, NewsWCL50, PolNeAR"
    )
    parser.add_argument(
        "--split",
        choices=DEV_SPLITS + TEST_SPLITS + ("all",),
        default="test",
    )
    parser.add_argument("--errors", action="store_true", help="print each miss (dev splits only)")
    parser.add_argument("--no-parse", action="store_true", help="no tense from the parse")
    args = parser.parse_args()
    for path in (args.basil, args.seeds, args.gvc, args.eval):
        if not path.exists():
            sys.exit(f"{path}: not found. Check out ../shared beside the repository")
    gold = split(load_timex_gold(), args.split)
    if args.errors and args.split not in DEV_SPLITS:
        sys.exit(f"--errors is for the dev splits ({', '.join(DEV_SPLITS)}) only")
    predicted = []
    texts = {}
    for key, entry in gold.articles.items():
        text = article_text(entry, args.basil, args.seeds, args.gvc, args.eval)
        texts[key] = text
        for e in find_time_expressions(text, entry.published, _tenses(text, args.no_parse)):
            value = {"start": e.value, "end": e.end_value} if e.kind == "range" else e.value
            predicted.append((key, e.start, e.end, value))
    result = score(gold, predicted)
    figures = result.as_dict()
    print(
        f"temporal expressions: {figures['gold']} gold, {figures['predicted']} predicted; "
        f"detection recall {result.recall:.3f}, precision {result.precision:.3f}; "
        f"accuracy over found {result.accuracy_found:.3f}, overall {result.accuracy:.3f}"
    )
    for kind, s in sorted(figures["per_kind"].items()):
        print(f"  {kind:9} gold {s['gold']:3}  found {s['found']:3}  correct {s['correct']:3}")
    if args.errors:
        for g in gold.expressions:
            hits = [p for p in predicted if p[0] == g.article and p[1] < g.end and g.start < p[2]]
            shown = [(texts[g.article][p[1] : p[2]], p[3]) for p in hits]
            print(json.dumps([g.article, texts[g.article][g.start : g.end], g.kind, str(g.value),
                              shown], ensure_ascii=False), file=sys.stderr)  # fmt: skip


def _tenses(text: str, no_parse: bool) -> TenseAt | None:
    if no_parse:
        return None
    from storydiff.nlp import load_spacy

    return tense_reader(load_spacy()(text))


if __name__ == "__main__":
    main()
