"""CPU time of storydiff's own Python per stage of a warm compare (printed, never asserted).

    python benchmarks/own_code_speed.py [--seeds ../shared/seeds] [--runs 30]

Everything a warm `compare` of the seed pair runs besides the two models: the parse's
statement units (`parse_doc`), each extractor, and each cross-article stage of
`compare_analyses`, each timed on its own with the spaCy Docs and the analyses computed once
beforehand, with one BLAS thread as the pipeline runs them. Alignment starts each run
without the matcher's per-unit profiles, as a compare does (its units are new each time).
Times are process CPU time, median and minimum of `--runs`: on a shared machine a busy
neighbour inflates wall time many times over but CPU time only a little, so these figures
compare across runs where `speed.py`'s wall-clock ratio cannot.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from storydiff import pipeline
from storydiff.crossdoc import AlignConfig, align_statements, features, load_matcher
from storydiff.crossdoc.conflicts import find_conflicts
from storydiff.crossdoc.entities import link_entities
from storydiff.crossdoc.guards import input_warnings
from storydiff.crossdoc.quotes import group_quotes
from storydiff.crossdoc.speaker_table import speaker_table
from storydiff.crossdoc.summary import summarise
from storydiff.crossdoc.timeline import build_timeline
from storydiff.embed import one_blas_thread
from storydiff.extract.loaded import find_loaded_terms
from storydiff.extract.mentions import find_mentions
from storydiff.extract.quotes import extract_quotes
from storydiff.extract.timexpr import find_time_expressions
from storydiff.ingest import read_article
from storydiff.nlp import load_spacy
from storydiff.nlp.parse import parse_doc
from storydiff.render.json import render_json

REPO = Path(__file__).resolve().parents[1]


def stages(seeds: Path) -> dict[str, Callable[[], Any]]:
    articles = pipeline.with_unique_ids(
        [
            read_article(seeds / "reuters.txt", outlet="Reuters"),
            read_article(seeds / "tass.txt", outlet="TASS"),
        ]
    )
    analyses = pipeline.analyse(articles)
    comparison = pipeline.compare_analyses(analyses)
    docs = list(load_spacy().pipe([a.text for a in articles]))
    parsed = [parse_doc(a, d) for a, d in zip(articles, docs, strict=True)]
    config, matcher = AlignConfig(), load_matcher(analyses[0].encoder)
    groups = comparison.statements
    entity_of = {
        (m.article, m.key): e.id
        for e in comparison.entities
        for named in e.articles
        for m in named.mentions
    }
    pairs = list(zip(articles, docs, parsed, strict=True))
    return {
        "parse: statement units": lambda: [parse_doc(a, d) for a, d, _ in pairs],
        "extract: quotes": lambda: [extract_quotes(d, p.sentences) for _, d, p in pairs],
        "extract: time expressions": lambda: [
            find_time_expressions(a.text, a.published) for a in articles
        ],
        "extract: mentions": lambda: [find_mentions(d, a.id) for a, d, _ in pairs],
        "extract: loaded terms": lambda: [find_loaded_terms(d) for _, d, _ in pairs],
        "compare: align statements": lambda: (
            features._PROFILES.clear(),
            align_statements(analyses, matcher, config),
        ),
        "compare: quote groups": lambda: group_quotes(analyses),
        "compare: speaker table": lambda: speaker_table(analyses, comparison.quotes),
        "compare: entities": lambda: link_entities([(a.article.id, a.mentions) for a in analyses]),
        "compare: conflicts": lambda: find_conflicts(analyses, groups),
        "compare: timeline": lambda: build_timeline(analyses, groups),
        "compare: summary": lambda: summarise(
            analyses, groups, encoder=analyses[0].encoder, threshold=config.threshold
        ),
        "compare: warnings": lambda: input_warnings(analyses, groups, ()),
        "compare: framing": lambda: [pipeline.article_framing(a, entity_of) for a in analyses],
        "render: JSON (CLI only)": lambda: render_json(comparison),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=Path, default=REPO.parent / "shared" / "seeds")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    if not args.seeds.exists():
        sys.exit(f"{args.seeds}: not found. Check out ../shared beside the repository")
    timed = stages(args.seeds)
    found: dict[str, list[float]] = {name: [] for name in timed}
    with one_blas_thread():
        for _ in range(args.runs):
            for name, run in timed.items():
                start = time.process_time()
                run()
                found[name].append(time.process_time() - start)
    print(f"own Python per warm compare of the seed pair, CPU ms (median / min of {args.runs})")
    total = 0.0
    for name, values in found.items():
        median = statistics.median(values) * 1000
        total += median if not name.startswith("render") else 0.0
        print(f"  {name:28s} {median:6.2f} / {min(values) * 1000:6.2f}")
    print(f"  {'total (without render)':28s} {total:6.2f}")


if __name__ == "__main__":
    main()
