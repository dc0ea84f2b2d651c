"""The inverted index of content words that story clustering scores new articles with."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt


class TermIndex:
    """Inverted index of content words over rows (member articles or story sums)."""

    def __init__(self) -> None:
        self._postings: dict[str, tuple[array[int], array[float]]] = {}
        self._row_story: array[int] = array("q")

    @property
    def rows(self) -> int:
        return len(self._row_story)

    def add_row(self, terms: dict[str, float], story: int) -> None:
        row = len(self._row_story)
        self._row_story.append(story)
        for word, weight in terms.items():
            posting = self._postings.get(word)
            if posting is None:
                posting = self._postings[word] = (array("q"), array("d"))
            posting[0].append(row)
            posting[1].append(weight)

    def story_dots(self, terms: dict[str, float], count: int) -> npt.NDArray[np.float64]:
        """The dot product of `terms` with every story's summed words (0 when none shared)."""
        rows: list[npt.NDArray[np.int64]] = []
        weights: list[npt.NDArray[np.float64]] = []
        for word, weight in terms.items():
            posting = self._postings.get(word)
            if posting is not None:
                rows.append(np.array(posting[0], dtype=np.int64))
                weights.append(np.array(posting[1], dtype=np.float64) * weight)
        if not rows:
            return np.zeros(count)
        stories = np.array(self._row_story, dtype=np.int64)[np.concatenate(rows)]
        dots = np.bincount(stories, weights=np.concatenate(weights), minlength=count)
        return dots.astype(np.float64, copy=False)

    def compact(self, active: Sequence[int], terms_of: Callable[[int], dict[str, float]]) -> None:
        """Rebuild with one row per active story (its summed words) once the rows are more
        than twice the active stories: rows of stories that left the window are dropped, and
        a story's members collapse into one row, so the index holds the window's stories,
        not all their articles."""
        if self.rows <= 2 * len(active):
            return
        self._postings, self._row_story = {}, array("q")
        for story in active:
            self.add_row(terms_of(story), story)
