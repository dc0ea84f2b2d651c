"""Where per-article and per-story work runs: in this process, or on Dask workers.

Both engines take the same inputs and return the same results. On Dask, the work functions
below run in the worker processes; models load once per worker process (the encoder and spaCy
are cached per process), so a worker pays the loading cost once however many tasks it gets.
Clustering itself never runs here: it stays one ordered pass on the client.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

from ..embed import DEFAULT_ENCODER
from ..errors import ConfigurationError
from ..model import Analysis, Article, Comparison
from .stories import Features, StoryConfig, compute_features

if TYPE_CHECKING:
    from distributed import Client, LocalCluster

logger = logging.getLogger(__name__)

_Item = TypeVar("_Item")
_Result = TypeVar("_Result")

CHUNK = 16
"""Articles per Dask task: large enough to amortise scheduling, small enough to balance."""


def features_task(
    articles: Sequence[Article], times: Sequence[float], encoder: str, config: StoryConfig
) -> list[Features]:
    return compute_features(articles, times, encoder=encoder, config=config)


def analyse_task(articles: Sequence[Article], encoder: str) -> list[Analysis]:
    from ..pipeline import analyse

    return analyse(articles, encoder=encoder)


def compare_task(analyses: Sequence[Analysis]) -> Comparison:
    from ..pipeline import compare_analyses

    return compare_analyses(analyses)


class Engine(Protocol):
    def features(
        self, articles: Sequence[Article], times: Sequence[float], config: StoryConfig
    ) -> list[Features]: ...

    def analyse(self, articles: Sequence[Article]) -> list[Analysis]: ...

    def compare(self, stories: Sequence[Sequence[Analysis]]) -> list[Comparison]: ...

    def close(self) -> None: ...


class LocalEngine:
    """Everything in this process."""

    def __init__(self, encoder: str = DEFAULT_ENCODER) -> None:
        self.encoder = encoder

    def features(
        self, articles: Sequence[Article], times: Sequence[float], config: StoryConfig
    ) -> list[Features]:
        return features_task(articles, times, self.encoder, config)

    def analyse(self, articles: Sequence[Article]) -> list[Analysis]:
        return analyse_task(articles, self.encoder) if articles else []

    def compare(self, stories: Sequence[Sequence[Analysis]]) -> list[Comparison]:
        return [compare_task(analyses) for analyses in stories]

    def close(self) -> None:
        pass


class DaskEngine:
    """Per-article and per-story work mapped over Dask workers, results in input order."""

    def __init__(
        self,
        *,
        workers: int | None = None,
        scheduler: str | None = None,
        encoder: str = DEFAULT_ENCODER,
    ) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ConfigurationError(
                "--workers and --scheduler need Dask. Install it with: "
                "pip install 'storydiff[corpus]'"
            ) from None
        self.encoder = encoder
        self._cluster: LocalCluster | None = None
        if scheduler:
            self.client: Client = Client(scheduler)  # type: ignore[no-untyped-call]
        else:
            # one thread per worker process: analyse already overlaps parse and embedding
            self._cluster = LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=workers or 2, threads_per_worker=1, processes=True,
                dashboard_address=":0",  # any free port: never collide with another cluster
            )  # fmt: skip
            self.client = Client(self._cluster)  # type: ignore[no-untyped-call]

    def _map_chunks(
        self,
        function: Callable[..., list[_Result]],
        items: Sequence[_Item],
        *extra: object,
    ) -> list[_Result]:
        chunks = [list(items[i : i + CHUNK]) for i in range(0, len(items), CHUNK)]
        futures = [self.client.submit(function, chunk, *extra, pure=False) for chunk in chunks]
        parts = self.client.gather(futures)  # type: ignore[no-untyped-call]
        return [item for part in parts for item in part]

    def features(
        self, articles: Sequence[Article], times: Sequence[float], config: StoryConfig
    ) -> list[Features]:
        pairs = list(zip(articles, times, strict=True))
        return self._map_chunks(_features_pairs, pairs, self.encoder, config)

    def analyse(self, articles: Sequence[Article]) -> list[Analysis]:
        return self._map_chunks(analyse_task, articles, self.encoder)

    def compare(self, stories: Sequence[Sequence[Analysis]]) -> list[Comparison]:
        futures = [self.client.submit(compare_task, list(s), pure=False) for s in stories]
        return list(self.client.gather(futures))  # type: ignore[no-untyped-call]

    def close(self) -> None:
        self.client.close()  # type: ignore[no-untyped-call]
        if self._cluster is not None:
            self._cluster.close()


def _features_pairs(
    pairs: Sequence[tuple[Article, float]], encoder: str, config: StoryConfig
) -> list[Features]:
    return features_task([a for a, _ in pairs], [t for _, t in pairs], encoder, config)


def make_engine(
    *, workers: int | None = None, scheduler: str | None = None, encoder: str = DEFAULT_ENCODER
) -> Engine:
    """The local engine, or Dask when `workers` (a local cluster) or `scheduler` is given."""
    if workers is None and scheduler is None:
        return LocalEngine(encoder)
    if workers is not None and workers < 1:
        raise ConfigurationError(f"--workers must be at least 1, got {workers}")
    return DaskEngine(workers=workers, scheduler=scheduler, encoder=encoder)
