"""The corpus commands' library side: ingest, then features, stories and (optionally) analyses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..ingest import DEFAULT_MAX_BYTES
from ..ingest.url import DEFAULT_TIMEOUT_S
from .analysis import analyse_missing
from .engine import Engine, LocalEngine
from .ingest import IngestResult, ingest_sources
from .service import add_features, assign_stories, local_features
from .store import Store, StoredArticle
from .stories import Features, StoryConfig, day_number

StageProgress = Callable[[str, int, int], None]
"""Called as progress(stage, done, total)."""


@dataclass
class CorpusResult(IngestResult):
    stories: int = 0
    analysed: int = 0


def ingest_and_cluster(
    store: Store,
    sources: Sequence[str],
    *,
    engine: Engine | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT_S,
    analyse: bool = False,
    config: StoryConfig | None = None,
    progress: StageProgress | None = None,
) -> CorpusResult:
    """`storydiff ingest`: store new articles, give them features and stories, and (with
    `analyse`) their full per-article analysis."""
    engine = engine or LocalEngine()
    files_progress = None
    if progress is not None:
        report = progress

        def files_progress(done: int, total: int, _articles: int) -> None:
            report("reading files", done, total)

    ingested = ingest_sources(
        store, sources, max_bytes=max_bytes, timeout=timeout, progress=files_progress
    )
    result = CorpusResult(**vars(ingested))
    refresh_stories(store, engine=engine, config=config, progress=progress)
    if analyse:
        stage = (lambda done, total: progress("analysing", done, total)) if progress else None
        result.analysed = analyse_missing(store, engine, progress=stage)
    result.stories = int(store.db.execute("SELECT COUNT(*) FROM stories").fetchone()[0])
    return result


def refresh_stories(
    store: Store,
    *,
    engine: Engine | None = None,
    config: StoryConfig | None = None,
    progress: StageProgress | None = None,
) -> int:
    """Features for articles without them, then stories for articles without one."""
    config = config or StoryConfig()
    engine = engine or LocalEngine()

    def compute(batch: list[StoredArticle]) -> list[Features]:
        if isinstance(engine, LocalEngine):
            return local_features(batch, encoder=engine.encoder, config=config)
        times = [day_number(s.time) for s in batch]
        return engine.features([s.article for s in batch], times, config)

    stage = (lambda done, total: progress("embedding", done, total)) if progress else None
    add_features(store, config=config, progress=stage, compute=compute)
    return assign_stories(store, config)
