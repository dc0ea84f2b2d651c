"""The online clusterer's candidate index gives the same stories as scoring every story."""

from __future__ import annotations

import copy
import math
import random
from collections import Counter
from dataclasses import replace

import numpy as np
import pytest

from storydiff.corpus.stories import (
    Features,
    OnlineClusterer,
    PackedStory,
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
        for index in range(len(self.stories)):
            story = self.story(index)
            if self.admits(features, story):
                score = self.score(features, story)
                if score >= best_score:
                    best, best_score = index, score
        if best < 0:
            self.stories.append(
                StoryState(features.vector.copy(), dict(features.terms),
                           Counter(features.actors), 1, features.time, features.time)
            )  # fmt: skip
            return len(self.stories) - 1, 1.0
        self.story(best).add(features, seed_size=self.config.seed_size)
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


def test_the_seed_rule_and_the_span_rule_match_the_reference_where_they_bind() -> None:
    features = random_features(random.Random(21), 400)
    config = replace(
        StoryConfig(), window_days=3.0, threshold=0.45, seed_size=2, seed_margin=0.0,
        max_span_days=4.0,
    )  # fmt: skip
    gated = assert_same_stories(features, config)
    loose = assert_same_stories(features, replace(config, seed_margin=1.0, max_span_days=math.inf))
    assert len(gated.stories) > len(loose.stories)  # the rules split some stories
    assert max(s.last_time - s.first_time for s in gated.stories) <= 4.0


def test_a_story_spans_at_most_max_span_days() -> None:
    config = replace(StoryConfig(), window_days=7.0, max_span_days=14.0)
    clusterer = OnlineClusterer(config)
    vector = np.ones(8, dtype=np.float32) / np.sqrt(8)
    days = [0.0, 5.0, 10.0, 15.0, 20.0]
    stories = [clusterer.add(Features(vector, {"pier": 1.0}, frozenset(), d))[0] for d in days]
    # the same event words every five days: day 15 would make the story 15 days long
    assert stories == [0, 0, 0, 1, 1]


def test_a_story_cannot_drift_away_from_its_seed() -> None:
    # the first article is about the pier; members mix in the ferry until the centroid leans
    # to it; an article about the ferry alone is close to the centroid, not to the seed
    config = replace(
        StoryConfig(), embed_weight=0.0, terms_weight=1.0, actors_weight=0.0, threshold=0.4,
        seed_size=1, seed_margin=0.04,
    )  # fmt: skip
    vector = np.ones(8, dtype=np.float32) / np.sqrt(8)
    articles = [{"pier": 1.0}] + [{"pier": 0.6, "ferry": 0.8}] * 4 + [{"ferry": 1.0}]
    for seed_margin, expected in ((1.0, 0), (0.04, 1)):
        clusterer = OnlineClusterer(replace(config, seed_margin=seed_margin))
        indices = [clusterer.add(Features(vector, t, frozenset(), 0.0))[0] for t in articles]
        assert indices[:5] == [0] * 5
        assert indices[5] == expected


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


def test_stored_stories_are_unpacked_only_when_an_article_visits_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # compaction every 16 adds also rebuilds the index from stories that are still packed
    monkeypatch.setattr(OnlineClusterer, "PRUNE_EVERY", 16)
    features = random_features(random.Random(13), 400)
    config = replace(StoryConfig(), window_days=3.0, threshold=0.5, seed_size=2, seed_margin=0.0)
    earlier = OnlineClusterer(config)
    for feature in features[:300]:
        earlier.add(feature)
    saved = [
        replace(copy.deepcopy(earlier.story(i)), id=i + 1) for i in range(len(earlier.stories))
    ]
    whole = OnlineClusterer(config, copy.deepcopy(saved))
    unpacked: list[int] = []

    def unpack(story: PackedStory, centroid: np.ndarray) -> StoryState:
        unpacked.append(story.id)
        return replace(copy.deepcopy(saved[story.id - 1]), centroid=centroid)

    packed = OnlineClusterer(config, unpack=unpack)
    for state in saved:
        packed.add_packed(
            PackedStory(state.id, state.size, state.first_time, state.last_time),
            state.centroid.copy(), dict(state.terms),
        )  # fmt: skip
    for feature in features[300:]:
        assert packed.add(feature) == whole.add(feature)
    still_packed = sum(isinstance(story, PackedStory) for story in packed.stories)
    assert 0 < still_packed < len(saved) and unpacked


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
