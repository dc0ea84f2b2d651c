"""The threads the encoder runs on: its micro-batches on a small pool (numpy releases the GIL
in the products), and numpy's BLAS held to one thread where a second would only wait for a
busy core."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from functools import cache
from typing import Any, TypeVar

_Input = TypeVar("_Input")
_Output = TypeVar("_Output")

logger = logging.getLogger(__name__)

ENCODE_THREADS = min(4, os.cpu_count() or 1)
_executor: ThreadPoolExecutor | None = None
_executor_lock = threading.Lock()


def in_threads(function: Callable[[_Input], _Output], inputs: list[_Input]) -> Iterator[_Output]:
    """`map(function, inputs)`, in order, run on up to `ENCODE_THREADS` threads (numpy
    releases the GIL in the products): while the parser waits for the last article's
    vectors, its core computes half of them."""
    global _executor
    if ENCODE_THREADS < 2 or len(inputs) < 2:
        return map(function, inputs)
    with _executor_lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(ENCODE_THREADS, thread_name_prefix="storydiff-use")
    return _executor.map(function, inputs)


@cache
def _blas_threads() -> Any:
    """threadpoolctl's controller of the BLAS libraries loaded (found once), or None."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        logger.warning("threadpoolctl is not installed: matrix products use every BLAS thread")
        return None
    return ThreadpoolController()


def one_blas_thread() -> AbstractContextManager[object]:
    """A context in which numpy's matrix products use one BLAS thread.

    storydiff's products are small, and its two threads (parsing, encoding) already keep
    both cores of a laptop busy: a second BLAS thread only waits for a busy core. Measured
    on the seed pair with the other core loaded, the encoder ran 5x slower with two BLAS
    threads than with one, with bit-identical vectors (docs/benchmarks.md).
    """
    controller = _blas_threads()
    if controller is None:
        return nullcontext()
    limit: AbstractContextManager[object] = controller.limit(limits=1, user_api="blas")
    return limit
