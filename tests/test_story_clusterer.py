"""The online clusterer's candidate index gives the same stories as scoring every story."""

from __future__ import annotations

import random
from dataclasses import replace

import numpy as np

from storydiff.corpus.stories import Features, OnlineClusterer, StoryConfig, StoryState


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
    """The reference: every active story is a candidate, each dot product computed alone."""

    def score(self, features: Features, story: StoryState, dot: float | None = None) -> float:
        return super().score(features, story)

    def _candidates(self, features: Features, dots: dict[int, float]) -> list[int]:
        window = self.config.window_days
        return [
            i
            for i, story in enumerate(self.stories)
            if abs(features.time - story.last_time) <= window
        ]


def test_candidate_index_matches_scoring_every_story() -> None:
    features = random_features(random.Random(14), 300)
    config = replace(StoryConfig(), window_days=3.0, threshold=0.5)
    fast, reference = OnlineClusterer(config), ScoreEveryStory(config)
    fast_labels = [fast.add(f) for f in features]
    reference_labels = [reference.add(f) for f in features]
    assert fast_labels == reference_labels
    assert 10 < len(fast.stories) < 290  # some articles joined, some started stories


def test_an_article_sharing_no_word_starts_a_new_story() -> None:
    config = replace(StoryConfig(), threshold=0.4)
    clusterer = OnlineClusterer(config)
    vector = np.ones(8, dtype=np.float32) / np.sqrt(8)
    clusterer.add(Features(vector, {"harbour": 1.0}, frozenset(), 0.0))
    index, _ = clusterer.add(Features(vector, {"election": 1.0}, frozenset(), 0.0))
    assert index == 1
    index, _ = clusterer.add(Features(vector, {"harbour": 1.0}, frozenset(), 0.5))
    assert index == 0
