"""Where the CPU of a warm compare goes, stage by stage, as it runs (printed, never asserted).

    python benchmarks/warm_cpu_split.py [--seeds ../shared/seeds] [--runs 15]

Each stage of a real warm `compare` of the seed pair is timed in thread CPU time in the
thread that runs it (the parse and the extractors in the caller's thread, the encoder's
micro-batches on its pool, the output layers in the embedding thread), beside the process
CPU time of the whole call and of `speed.py`'s pure model time. A second table gives the
encoder's extra work over the baseline: the article's distinct texts encoded as the pipeline
does, with and without the quote segments and the clause parts; a third, spaCy's own
components on the two texts. Medians of `--runs`. The difference between the compare's and
the model's CPU is what issue 10's ratio counts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import storydiff
from speed import pure_model_time
from storydiff import embed, extract, pipeline
from storydiff.crossdoc.near_words import clear_word_cache
from storydiff.embed import encode_parts, get_encoder, one_blas_thread
from storydiff.nlp.clauses import unit_parts

REPO = Path(__file__).resolve().parents[1]

_lock = threading.Lock()
_spent: dict[str, float] = {}


def _add(stage: str, seconds: float) -> None:
    with _lock:
        _spent[stage] = _spent.get(stage, 0.0) + seconds


def _timed(owner: Any, name: str, stage: str) -> None:
    """Replace `owner.name` by a wrapper that adds its thread CPU time to `stage`."""
    function: Callable[..., Any] = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            _add(stage, time.thread_time() - start)

    setattr(owner, name, wrapper)


def _instrument() -> None:
    original = pipeline.iter_docs

    def iter_docs(articles: Any, **options: Any) -> Any:
        docs = original(articles, **options)
        while True:
            start = time.thread_time()
            item = next(docs, None)
            _add("spaCy parse (model)", time.thread_time() - start)
            if item is None:
                return
            yield item

    pipeline.iter_docs = iter_docs  # type: ignore[assignment]
    _timed(pipeline, "parse_doc", "statement units (parse_doc)")
    _timed(extract, "extract_quotes", "extractors (quotes, mentions, times, loaded)")
    _timed(extract, "extract_after_quotes", "extractors (quotes, mentions, times, loaded)")
    _timed(embed._UsePooling, "_token_features", "encoder: token features (model)")
    # the rows of texts inside others (embed_inner.py) that still need computing
    _timed(embed._UsePooling, "_frame_features", "encoder: token features (model)")
    _timed(embed, "inner_texts", "encoder: finding texts inside others")
    _timed(embed, "frame_plan", "encoder: finding texts inside others")
    _timed(embed._UsePooling, "_head", "encoder: output layers (model)")
    _timed(embed._UsePooling, "_tokenize", "encoder: tokenizing")
    # the near words' vectors, through the encoder's own path (none of the rows above)
    _timed(pipeline, "encode_words", "near words: word vectors (encoder)")
    _timed(pipeline, "_compare_analyses", "comparison (compare_analyses)")


def stage_split(articles: list[storydiff.Article], runs: int) -> None:
    _instrument()
    storydiff.compare(articles)
    found: dict[str, list[float]] = {}
    for _ in range(runs):
        _spent.clear()
        clear_word_cache()  # a new story's words are not cached (speed.py)
        start = time.process_time()
        storydiff.compare(articles)
        total = time.process_time() - start
        for stage, seconds in _spent.items():
            found.setdefault(stage, []).append(seconds)
        found.setdefault("whole compare (process CPU, all threads)", []).append(total)
        start = time.process_time()
        pure_model_time(articles)
        found.setdefault("pure model time (process CPU)", []).append(time.process_time() - start)
    print(f"warm compare of the seed pair, CPU ms by stage (median of {runs}):")
    for stage, values in found.items():
        print(f"  {stage:48s} {statistics.median(values) * 1000:6.1f}")


def encoder_extra(articles: list[storydiff.Article], runs: int) -> None:
    """The encoder's CPU on each article's texts as the pipeline encodes them, with and
    without the quote segments and the clause parts."""
    model = get_encoder()
    jobs = []
    for analysis in storydiff.analyse(articles):
        text = analysis.article.text
        units = list(dict.fromkeys(u.text for u in analysis.units))
        starts = [s.start for s in analysis.sentences]
        segments = [s.text for q in analysis.quotes for s in q.sentence_quotes(text, starts)]
        every = list(dict.fromkeys(units + segments))
        rows = {t: i for i, t in enumerate(every)}
        parts = [(rows[u.text], r) for u in analysis.units for r in unit_parts(u)]
        jobs.append((units, every, parts))
    variants = {
        "statements only": lambda u, e, p: encode_parts(model, u, []),
        "+ quote segments": lambda u, e, p: encode_parts(model, e, []),
        "+ clause parts (as shipped)": lambda u, e, p: encode_parts(model, e, p),
    }
    found: dict[str, list[float]] = {}
    with one_blas_thread():
        for _ in range(runs):
            for name, run in variants.items():
                start = time.process_time()
                for units, every, parts in jobs:
                    run(units, every, parts)
                found.setdefault(name, []).append(time.process_time() - start)
    print(f"encoder CPU ms on the pipeline's texts, both articles (median of {runs}):")
    for name, values in found.items():
        print(f"  {name:48s} {statistics.median(values) * 1000:6.1f}")


def spacy_split(articles: list[storydiff.Article], runs: int) -> None:
    """CPU of each spaCy component on the two texts (the parse both sides of the ratio run)."""
    from storydiff.nlp import load_spacy

    nlp = load_spacy()
    texts = [a.text for a in articles]
    found: dict[str, list[float]] = {}
    for _ in range(runs):
        start = time.process_time()
        docs = [nlp.make_doc(text) for text in texts]
        found.setdefault("tokenizer", []).append(time.process_time() - start)
        for name, component in nlp.pipeline:
            start = time.process_time()
            docs = (
                list(component.pipe(docs))
                if hasattr(component, "pipe")
                else [component(doc) for doc in docs]
            )
            found.setdefault(name, []).append(time.process_time() - start)
    print(f"spaCy components on the two texts, CPU ms (median of {runs}):")
    for name, values in found.items():
        print(f"  {name:48s} {statistics.median(values) * 1000:6.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=Path, default=REPO.parent / "shared" / "seeds")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    if not args.seeds.exists():
        sys.exit(f"{args.seeds}: not found. Check out ../shared beside the repository")
    articles = [
        storydiff.read_article(args.seeds / "reuters.txt", outlet="Reuters"),
        storydiff.read_article(args.seeds / "tass.txt", outlet="TASS"),
    ]
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}, load {load}")
    encoder_extra(articles, args.runs)
    stage_split(articles, args.runs)
    spacy_split(articles, args.runs)


if __name__ == "__main__":
    main()
