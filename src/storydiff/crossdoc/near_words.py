"""Near words: a paraphrase often says the same thing with another word of the same meaning
('opposition' / 'opposes', 'legislation' / 'bill', 'city' / 'town'), which exact term
overlap counts as a difference. Each content word of a statement carries the encoder's
vector of the word alone; a word the other statement lacks is partly matched by the other's
nearest unmatched word, in proportion to how far their cosine lies above `NEAR_COSINE`.

Single-word vectors are noisy (any two words of one topic reach about 0.5; 'Monday' and
'Tuesday' 0.79), so only clearly near words count, and only common words: names are linked
as actors (context.py), numbers and days must agree exactly. The cut and the credit were
chosen on the bundled examples and BASIL dev (docs/benchmarks.md).

Encoding the words is what near words cost (about a tenth of a warm compare), so words that
never decide a match are not encoded: the most frequent words of the language ('say', 'year',
'people', 'make', 'state'; bundled IDF under `NEAR_MIN_IDF`) are near many words and are
not the word a paraphrase turns on; leaving them out changed no link on the bundled examples
and BASIL dev (a higher cut did). Vectors are kept as float16 (a stored corpus analysis
carries them: half the bytes, and no link changed either), alike in a plain compare and in
corpus mode.

A hand-written table of news synonyms ('roadblock' / 'barricade') credited as near words
changed no link on the bundled examples, BASIL dev or the seed pair at half or full credit; it
was removed (docs/benchmarks.md, 'News synonyms as near words').

Per article (pipeline.analyse): `article_words` lists the words, `encode_words` gives their
vectors, cached per process (a story's articles share most of their words).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import numpy.typing as npt

from ..embed import Encoder, normalise_rows, one_blas_thread
from ..model import Unit
from ..text import MONTHS, SAYING_VERBS, WEEKDAYS
from .features import load_idf

logger = logging.getLogger(__name__)

NEAR_COSINE = 0.7
"""Word cosine from which a word counts as partly the same as another (1.0: fully)."""
NEAR_CREDIT = 0.5
"""The share of a word's weight that its nearest word elsewhere earns at cosine 1.0."""
NEAR_MIN_IDF = 5.2
"""Words under this bundled IDF (data/idf.json: 'say' 4.0, 'people' 3.5, 'state' 4.9;
'police' 5.6, 'bill' 6.3) are too frequent to be near words: never encoded."""

Vector = npt.NDArray[np.float16]
Vectors = Mapping[str, Vector]

_DAYS = frozenset(WEEKDAYS) | frozenset(MONTHS)
_CACHE: dict[tuple[str, str], Vector] = {}
_CACHE_LIMIT = 50_000
_BLOCK = 512
"""Rows of the event's word-by-word cosines computed at a time (bounds the memory)."""
_LOCK = threading.Lock()


def near_candidates(unit: Unit) -> frozenset[str]:
    """The statement's words that a near word may stand for: its common content lemmas (not
    names, numbers, days, plain saying verbs or the language's most frequent words)."""
    idf = load_idf()
    return frozenset(
        word
        for word in unit.content - unit.names - SAYING_VERBS - _DAYS
        if len(word) > 2 and word.isalpha() and idf.get(word) >= NEAR_MIN_IDF
    )


def article_words(units: Iterable[Unit]) -> list[str]:
    """Every near candidate of an article's statements, once, in a stable order."""
    return sorted(set().union(*(near_candidates(unit) for unit in units)))


def clear_word_cache() -> None:
    """Forget every cached word vector (benchmarks: the next compare pays what a new story
    pays)."""
    with _LOCK:
        _CACHE.clear()


def encode_words(model: Encoder, words: Sequence[str]) -> dict[str, Vector]:
    """Each word's L2-normalised vector from the encoder as float16, cached per process."""
    name = getattr(model, "name", type(model).__name__)
    with _LOCK:
        found = {w: v for w in words if (v := _CACHE.get((name, w))) is not None}
    missing = [w for w in words if w not in found]
    if missing:
        vectors = normalise_rows(model.encode(missing)).astype(np.float16)
        found.update(zip(missing, vectors, strict=True))
        with _LOCK:
            if len(_CACHE) + len(missing) > _CACHE_LIMIT:
                logger.debug("word vector cache full (%d words): cleared", len(_CACHE))
                _CACHE.clear()
            _CACHE.update({(name, w): found[w] for w in missing})
    return {w: found[w] for w in words}


class NearWords:
    """Which words of an event's statements are near which (above `NEAR_COSINE`), with the
    credit each pair earns; found once per event, read for every statement pair."""

    def __init__(self, vectors: Vectors) -> None:
        words = sorted(vectors)
        self._near: dict[str, list[tuple[str, float]]] = {}
        self._candidates: dict[int, frozenset[str]] = {}
        self._near_sets: dict[str, frozenset[str]] = {}
        if not words:
            return
        rows = np.vstack([vectors[w] for w in words]).astype(np.float32)  # BLAS has no float16
        scale = NEAR_CREDIT / (1.0 - NEAR_COSINE)
        for start in range(0, len(words), _BLOCK):
            with one_blas_thread():  # a small product: more threads only spin on a busy machine
                cosines = rows[start : start + _BLOCK] @ rows.T
            for i, j in zip(*np.nonzero(cosines > NEAR_COSINE), strict=True):
                credit = min(NEAR_CREDIT, float(cosines[i, j] - NEAR_COSINE) * scale)
                self._near.setdefault(words[start + i], []).append((words[j], credit))

    def is_near(self, word: str, other: str) -> bool:
        """Whether `other` is one of `word`'s near words (both near candidates)."""
        return any(found == other for found, _ in self._near.get(word, ()))

    def near_of(self, word: str) -> frozenset[str]:
        """`word`'s near words (those `is_near` says yes to), for set operations."""
        found = self._near_sets.get(word)
        if found is None:
            found = self._near_sets[word] = frozenset(w for w, _ in self._near.get(word, ()))
        return found

    def _of(self, unit: Unit) -> frozenset[str]:
        found = self._candidates.get(id(unit))
        if found is None:
            found = self._candidates[id(unit)] = near_candidates(unit)
        return found

    def credits(
        self, a: Unit, b: Unit, shared: frozenset[str]
    ) -> tuple[dict[str, float], dict[str, float]]:
        """For each side's near candidates that are not `shared`: the share of its weight
        that its nearest unshared candidate on the other side earns (none under the cut)."""
        words_a, words_b = self._of(a) - shared, self._of(b) - shared
        return self._best(words_a, words_b), self._best(words_b, words_a)

    def _best(self, words: frozenset[str], others: frozenset[str]) -> dict[str, float]:
        best: dict[str, float] = {}
        near = self._near
        for word in words:
            credit = 0.0  # the largest credit of a near word in `others` (credits are > 0)
            for other, value in near.get(word, ()):
                if value > credit and other in others:
                    credit = value
            if credit > 0:
                best[word] = credit
        return best
