"""The orchestrator: analyse each article on its own, then compare them all.

`analyse` is the per-article half (parse, statement units, embeddings): it never looks at
another article, so its results can be cached or computed elsewhere (corpus mode, Dask).
`compare` only reads analyses.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from .compare import AlignConfig, align_statements, load_matcher
from .compare.summary import summarise
from .embed import DEFAULT_ENCODER, get_encoder
from .errors import InputError
from .model import Analysis, Article, Comparison
from .nlp import load_spacy, parse_articles

Progress = Callable[[str, int, int], None]
"""Called as progress(stage, done, total)."""


def load_models(encoder: str = DEFAULT_ENCODER) -> None:
    """Load spaCy and the encoder, side by side: each spends its time in code that releases
    the GIL (decompressing weights, reading files), so two cores load both at once."""
    errors: list[BaseException] = []

    def load_encoder() -> None:
        try:
            get_encoder(encoder)
        except BaseException as error:  # re-raised below, in the caller's thread
            errors.append(error)

    thread = threading.Thread(target=load_encoder, name="storydiff-load-encoder")
    thread.start()
    try:
        load_spacy()
    finally:
        thread.join()
    if errors:
        raise errors[0]


def analyse(
    articles: Sequence[Article],
    *,
    encoder: str = DEFAULT_ENCODER,
    progress: Progress | None = None,
) -> list[Analysis]:
    """Per-article analysis: sentences, statement units and their embeddings."""
    load_models(encoder)
    model = get_encoder(encoder)
    if progress:
        progress("parse", 0, len(articles))
    parsed = parse_articles(articles)
    if progress:
        progress("parse", len(articles), len(articles))
        progress("embed", 0, len(articles))
    texts = [unit.text for p in parsed for unit in p.units]
    vectors = model.encode(texts)
    analyses = []
    offset = 0
    for p in parsed:
        rows = vectors[offset : offset + len(p.units)]
        offset += len(p.units)
        analyses.append(
            Analysis(p.article, p.sentences, p.units, np.ascontiguousarray(rows), model.name)
        )
    if progress:
        progress("embed", len(articles), len(articles))
    return analyses


def compare(
    articles: Sequence[Article],
    *,
    encoder: str = DEFAULT_ENCODER,
    config: AlignConfig | None = None,
    progress: Progress | None = None,
) -> Comparison:
    """Compare two or more articles about one event."""
    articles = with_unique_ids(articles)
    if len(articles) < 2:
        raise InputError(
            articles[0].source or articles[0].outlet if articles else "storydiff compare",
            f"compare needs at least two articles, got {len(articles)}",
            "Pass two or more articles about the same event",
        )
    return compare_analyses(analyse(articles, encoder=encoder, progress=progress), config=config)


def compare_analyses(
    analyses: Sequence[Analysis], *, config: AlignConfig | None = None
) -> Comparison:
    """The cross-article half of `compare`, over analyses computed earlier."""
    config = config or AlignConfig()
    encoder = analyses[0].encoder if analyses else DEFAULT_ENCODER
    matcher = load_matcher(encoder)
    groups = align_statements(analyses, matcher, config)
    return Comparison(
        articles=tuple(a.article for a in analyses),
        sentences={a.article.id: a.sentences for a in analyses},
        statements=groups,
        summary=summarise(analyses, groups, encoder=encoder, threshold=config.threshold),
    )


def with_unique_ids(articles: Sequence[Article]) -> list[Article]:
    """Outlet-derived ids, made unique: two articles from one outlet get 'x' and 'x-2'."""
    seen: dict[str, int] = {}
    result = []
    for article in articles:
        count = seen.get(article.id, 0) + 1
        seen[article.id] = count
        result.append(article if count == 1 else replace(article, id=f"{article.id}-{count}"))
    return result


def compare_paths(
    paths: Sequence[str],
    *,
    outlets: Sequence[str] | None = None,
    encoder: str = DEFAULT_ENCODER,
    max_bytes: int | None = None,
    progress: Progress | None = None,
) -> Comparison:
    """Read article files (text, HTML, JSON/JSONL) and compare them.

    `outlets`, when given, names the outlet of each path in order (JSONL files with several
    records keep the outlets their records give).
    """
    from pathlib import Path

    from .ingest import DEFAULT_MAX_BYTES, read_articles

    if outlets and len(outlets) > len(paths):
        raise InputError(
            "--outlet",
            f"{len(outlets)} outlet names for {len(paths)} files",
            "Give at most one --outlet per file, in the order of the files",
        )
    articles: list[Article] = []
    for number, path in enumerate(paths):
        outlet = outlets[number] if outlets and number < len(outlets) else None
        articles.extend(
            read_articles(Path(path), outlet=outlet, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
        )
    return compare(articles, encoder=encoder, progress=progress)
