"""The online clusterer's candidate index gives the same stories as scoring every story."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace

import numpy as np
import pytest

from storydiff.corpus.stories import (
    Features,
    OnlineClusterer,
    StoryConfig,
    StoryState,
    compute_features,
)


def random_features(rng: random.Random, count: int) -> list[Features]:
    words = [f"w{n}" for n in range(40)]
    result = []
    for number in range(count):
        chosen = rng.sample(words, 4)
        weights = np.array([rng.random() + 0.1 for _ in chosen])
        weights /= np.linalg.norm(weights)
        vector = np.array([rng.gauss(0, 1) for _ in range(8)], dtype=np.float32)
        vector /= np.linalg.norm(vector)
        terms = {w: float(x) for w, x in zip(chosen, weights, strict=True)}
        result.append(Features(vector, terms, frozenset(chosen[:1]), number / 10))
    return result


class ScoreEveryStory(OnlineClusterer):
    """The reference: every active story scored alone, one at a time (no index, no pruning)."""

    def add(self, features: Features) -> tuple[int, float]:
        best, best_score = -1, self.config.threshold
        for index, story in enumerate(self.stories):
            if abs(features.time - story.last_time) <= self.config.window_days:
                score = self.score(features, story)
                if score >= best_score:
                    best, best_score = index, score
        if best < 0:
            self.stories.append(
                StoryState(features.vector.copy(), dict(features.terms),
                           Counter(features.actors), 1, features.time, features.time)
            )  # fmt: skip
            return len(self.stories) - 1, 1.0
        self.stories[best].add(features)
        return best, best_score


def assert_same_stories(features: list[Features], config: StoryConfig) -> OnlineClusterer:
    fast, reference = OnlineClusterer(config), ScoreEveryStory(config)
    for feature in features:
        (index, score), (expected, expected_score) = fast.add(feature), reference.add(feature)
        assert index == expected
        assert score == pytest.approx(expected_score, abs=1e-6)
    return fast


def test_candidate_index_matches_scoring_every_story() -> None:
    features = random_features(random.Random(14), 300)
    config = replace(StoryConfig(), window_days=3.0, threshold=0.5)
    fast = assert_same_stories(features, config)
    assert 10 < len(fast.stories) < 290  # some articles joined, some started stories


def test_pruning_stories_out_of_the_window_changes_nothing() -> None:
    # 1,500 articles over 150 days with a 3-day window: most stories leave the window
    features = random_features(random.Random(7), 1500)
    config = replace(StoryConfig(), window_days=3.0, threshold=0.5)
    fast = assert_same_stories(features, config)
    active = sum(1 for story in fast.stories if story.last_time >= features[-1].time - 3.0)
    # rows of stories that left the window were dropped, members collapsed into their story
    assert fast._index.rows <= 2 * active + OnlineClusterer.PRUNE_EVERY


def test_out_of_order_input_is_not_pruned_and_gives_the_same_stories() -> None:
    features = random_features(random.Random(3), 600)
    rng = random.Random(5)
    shuffled = [replace(f, time=rng.uniform(0, 60)) for f in features]
    config = replace(StoryConfig(), window_days=3.0, threshold=0.5)
    fast = assert_same_stories(shuffled, config)
    assert fast._index.rows == 600  # nothing compacted


def test_an_article_sharing_no_word_starts_a_new_story() -> None:
    config = replace(StoryConfig(), threshold=0.4)
    clusterer = OnlineClusterer(config)
    vector = np.ones(8, dtype=np.float32) / np.sqrt(8)
    clusterer.add(Features(vector, {"harbour": 1.0}, frozenset(), 0.0))
    index, _ = clusterer.add(Features(vector, {"election": 1.0}, frozenset(), 0.0))
    assert index == 1
    index, _ = clusterer.add(Features(vector, {"harbour": 1.0}, frozenset(), 0.5))
    assert index == 0


def test_an_empty_batch_has_no_features() -> None:
    assert compute_features([], []) == []
