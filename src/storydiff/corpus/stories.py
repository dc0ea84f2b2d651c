"""Online story clustering: each article, in publication order, joins the most similar story
still active, or starts a new one. Old stories are never recomputed.

An article is described by cheap features (no parse): the sentence embedding of its title and
lead, IDF-weighted content words of its title and lead, and the capitalised words in them
(actors and places, by a light rule). A story keeps the sums of its members' features, so a new
article is scored against a story in constant time.

Against chaining (a running topic absorbing story after story as its summed centroid drifts):
a story takes articles only within a window after its latest one and a maximum span after its
first one, and an article must also be close to the story's seed (its first members).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import lru_cache
from typing import Literal

import numpy as np
import numpy.typing as npt

from ..model import Article
from .term_index import TermIndex

Vector = npt.NDArray[np.float32]

FEATURES_VERSION = 1
LEAD_CHARS = 240
"""How much of the text after the title is embedded: the lead is what says which story."""
TERM_CHARS = 6000
"""How much text gives the content words (the whole of most articles: tokenising is cheap)."""
ACTOR_CHARS = 1200
ENCODER_THREADS = 2
"""Threads that embed a batch (numpy releases the GIL), beside the one finding content words."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]|\d[\d,.]*\d|\d", re.UNICODE)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
# Below this IDF a word is too common to say which story an article is about.
_MIN_IDF = 3.0


@dataclass(frozen=True)
class StoryConfig:
    """Weights and thresholds of the clustering (tuned on the clustering dev split only)."""

    # grid search on the dev split (benchmarks/story_clustering_eval.py --tune)
    embed_weight: float = 0.3
    terms_weight: float = 0.7
    actors_weight: float = 0.15
    threshold: float = 0.43
    window_days: float = 14.0
    """A story takes new articles up to this many days after its latest one (follow-ups such
    as charges or a ruling come one to two weeks after the event)."""
    max_span_days: float = 14.0
    """...and only while it spans at most this many days from its first article: a long-running
    topic (a president's spending plans) is cut into stories, not chained into one."""
    seed_size: int = 3
    """The first members of a story are its seed: what the story is about."""
    seed_margin: float = 0.07
    """An article joins only if it also scores at least `threshold - seed_margin` against the
    story's seed alone, so the summed centroid cannot drift, member by member, to another
    event (the largest gate that changes no dev story is 0.38 at threshold 0.43)."""
    title_boost: float = 2.0
    embed_text: Literal["lead", "title", "none"] = "lead"
    """What the encoder reads: "lead" (title + lead), "title" (about 2.5x faster), or "none"
    (no embedding: content words and names only; set embed_weight to 0)."""


@dataclass(frozen=True)
class Features:
    """What clustering knows of one article."""

    vector: Vector = field(repr=False)
    terms: dict[str, float]
    """IDF-weighted content words of title and lead, L2-normalised."""
    actors: frozenset[str]
    """Capitalised words of title and lead that do not start a sentence (folded)."""
    time: float
    """Publication time in days (ingest time when the article has no date)."""


def day_number(value: str) -> float:
    """An ISO date or date-time as days since 1970-01-01 (UTC)."""
    if len(value) == 10:
        return float(date.fromisoformat(value).toordinal() - date(1970, 1, 1).toordinal())
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp() / 86400.0


def embedding_text(article: Article, *, title_only: bool = False) -> str:
    if title_only and article.title:
        return article.title
    lead = article.text[:LEAD_CHARS]
    cut = max(lead.rfind(". "), lead.rfind("\n"))
    lead = lead[: cut + 1] if cut > LEAD_CHARS // 2 else lead
    return f"{article.title or ''}\n{lead}".strip()


@lru_cache(maxsize=1)
def _idf() -> tuple[dict[str, float], float]:
    from ..crossdoc.features import load_idf

    table = load_idf()
    return table.weights, table.default


def lexical_features(
    article: Article, config: StoryConfig
) -> tuple[dict[str, float], frozenset[str]]:
    """The content words (IDF-weighted, L2-normalised) and capitalised actors of title + lead."""
    weights, default = _idf()
    counts: dict[str, float] = {}
    actors: set[str] = set()
    for part, boost in (
        (article.title or "", config.title_boost),
        (article.text[:TERM_CHARS], 1.0),
    ):
        for match in _WORD.finditer(part):
            word = match.group()
            lower = word.lower()
            idf = weights.get(lower, default)
            if idf >= _MIN_IDF:
                counts[lower] = counts.get(lower, 0.0) + boost
            if _is_actor(word, idf, part is article.title, match.start(), part):
                actors.add(lower)
    terms = {w: (1.0 + math.log(c)) * weights.get(w, default) for w, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in terms.values())) or 1.0
    return {w: v / norm for w, v in terms.items()}, frozenset(actors)


def _is_actor(word: str, idf: float, in_title: bool, start: int, text: str) -> bool:
    """A capitalised, rare word in the lead that does not start a sentence: a name (titles
    capitalise every word, so they give none)."""
    return (
        word[0].isupper()
        and idf >= _MIN_IDF
        and not in_title
        and start < ACTOR_CHARS
        and not _SENTENCE_START.search(text[max(0, start - 3) : start])
    )


def compute_features(
    articles: Sequence[Article],
    times: Sequence[float],
    *,
    encoder: str = "use",
    config: StoryConfig | None = None,
) -> list[Features]:
    """Features of a batch of articles (one encoder call for the batch)."""
    from ..embed import get_encoder

    config = config or StoryConfig()
    if not articles:
        return []
    if config.embed_text == "none":
        lexical = [lexical_features(a, config) for a in articles]
        vectors = np.zeros((len(articles), 512), dtype=np.float32)
    else:
        texts = [embedding_text(a, title_only=config.embed_text == "title") for a in articles]
        # the encoder is numpy (it releases the GIL): parts of the batch run in their own
        # threads while this one finds the content words, which is pure Python
        model = get_encoder(encoder)
        size = max(1, -(-len(texts) // ENCODER_THREADS))
        with ThreadPoolExecutor(max_workers=ENCODER_THREADS) as pool:
            pending = [
                pool.submit(model.encode, texts[i : i + size]) for i in range(0, len(texts), size)
            ]
            lexical = [lexical_features(a, config) for a in articles]
            vectors = np.concatenate([part.result() for part in pending])
    return [
        Features(vector, terms, actors, time)
        for (terms, actors), vector, time in zip(lexical, vectors, times, strict=True)
    ]


@dataclass
class StoryState:
    """The running sums of one story: enough to score a new article against it."""

    centroid: Vector
    terms: dict[str, float]
    actors: Counter[str]
    size: int
    first_time: float
    last_time: float
    id: int = 0
    terms_norm_sq: float = -1.0
    """Squared norm of `terms`, kept up to date as members join."""
    seed_centroid: Vector | None = field(default=None, repr=False)
    """Summed embeddings of the story's first `StoryConfig.seed_size` members; None while
    the story has no more members than that (its seed is then its sums: most stories are
    small, and sharing the sums keeps them from being held twice)."""
    seed_terms: dict[str, float] | None = None

    def __post_init__(self) -> None:
        if self.terms_norm_sq < 0:
            self.terms_norm_sq = sum(v * v for v in self.terms.values())

    def seed(self) -> tuple[Vector, dict[str, float]]:
        """The summed embedding and words of the story's first members."""
        if self.seed_centroid is None or self.seed_terms is None:
            return self.centroid, self.terms
        return self.seed_centroid, self.seed_terms

    def add(self, features: Features, *, seed_size: int) -> None:
        """Add a member; the seed is set apart when the story grows past `seed_size`."""
        if self.seed_centroid is None and self.size >= seed_size:
            self.seed_centroid, self.seed_terms = self.centroid.copy(), dict(self.terms)
        self.centroid = self.centroid + features.vector
        for word, weight in features.terms.items():
            old = self.terms.get(word, 0.0)
            self.terms[word] = old + weight
            self.terms_norm_sq += (old + weight) ** 2 - old * old
        self.actors.update(features.actors)
        self.size += 1
        self.first_time = min(self.first_time, features.time)
        self.last_time = max(self.last_time, features.time)

    def span_with(self, time: float) -> float:
        """Days the story would span with an article at `time`."""
        return max(self.last_time, time) - min(self.first_time, time)


@dataclass(frozen=True)
class PackedStory:
    """A stored story as the clusterer holds it until an article visits it: its centroid and
    times live in the scoring arrays and its words in the candidate index (one decoded copy),
    so nothing else is kept. Most stories loaded around a file's dates take no article and
    are never unpacked; one that is visited is read again whole (`UnpackStory`)."""

    id: int
    size: int
    first_time: float
    last_time: float


UnpackStory = Callable[[PackedStory, Vector], StoryState]
"""The full state of a packed story, given its centroid (read back from the store)."""


class OnlineClusterer:
    """Assigns articles to stories one at a time, in the order given.

    Candidates come from an inverted index of content words over *rows*: a row is one member
    article's words (or, for a story loaded from the store, its summed words), labelled with
    its story. A story's words are the sum of its rows, so the dot product of an article with
    every story is one gather over the postings of the article's words and one `bincount` by
    story (numpy, not a Python loop per (word, story) pair). Rows are append-only, so adding a
    member never rewrites the index. A story that shares no content word with the article
    (and so no name) scores at most `embed_weight` (cosine ≤ 1), below the threshold, so only
    stories in the postings are scored (when embed_weight ≥ threshold every active story is).

    While articles arrive in time order, the index is compacted now and then: stories that left
    the window (they can never be candidates again) are dropped and each active story's rows
    become one row of its sums, so cost and memory per article stay flat as the stream grows.
    Out-of-order input switches compaction off: the result is the same, only slower.
    """

    PRUNE_EVERY = 256
    """Adds between checks for stories that left the window."""

    def __init__(
        self,
        config: StoryConfig | None = None,
        stories: Sequence[StoryState] = (),
        unpack: UnpackStory | None = None,
    ):
        self.config = config or StoryConfig()
        self.stories: list[StoryState | PackedStory] = []
        """In the order added; a `PackedStory` is unpacked by `story` when first needed."""
        self._unpack = unpack
        self._index = TermIndex()
        self._centroids = np.zeros((0, 0), dtype=np.float32)
        self._norms = np.zeros(0)
        self._terms_norms = np.zeros(0)
        self._first = np.zeros(0)
        self._last = np.zeros(0)
        self._latest = -math.inf
        self._ordered = True
        self._adds = 0
        for story in stories:
            self._append(story)

    def add(self, features: Features) -> tuple[int, float]:
        """The index of the story the article joins (a new one when none is close enough),
        and its score against that story (1.0 for a new story)."""
        self._advance(features.time)
        best, best_score = self._best(features)
        if best < 0:
            vector = features.vector.astype(np.float32, copy=True)
            self._append(
                StoryState(vector, dict(features.terms), Counter(features.actors), 1,
                           features.time, features.time)
            )  # fmt: skip
            return len(self.stories) - 1, 1.0
        story = self.story(best)
        story.add(features, seed_size=self.config.seed_size)
        self._index.add_row(features.terms, best)
        self._refresh(best)
        return best, best_score

    def _best(self, features: Features) -> tuple[int, float]:
        """The best-scoring active story at or above the threshold (ties: the later story)."""
        config = self.config
        count = len(self.stories)
        dots = self._index.story_dots(features.terms, count)
        if config.embed_weight >= config.threshold:
            candidates = np.arange(count)
        else:
            candidates = np.flatnonzero(dots)
        if not len(candidates):
            return -1, config.threshold
        last, first = self._last[candidates], self._first[candidates]
        candidates = candidates[
            (np.abs(features.time - last) <= config.window_days)
            & (np.maximum(last, features.time) - np.minimum(first, features.time)
               <= config.max_span_days)
        ]  # fmt: skip
        if not len(candidates):
            return -1, config.threshold
        embed = (self._centroids[candidates] @ features.vector) / self._norms[candidates]
        terms = dots[candidates] / self._terms_norms[candidates]
        partial = config.embed_weight * embed + config.terms_weight * terms
        best, best_score = -1, config.threshold
        # names add at most actors_weight: visit the highest partial scores first and stop
        # when even a full share of names could not reach the best score so far
        for position in np.argsort(-partial, kind="stable"):
            if partial[position] + config.actors_weight < best_score:
                break
            index = int(candidates[position])
            story = self.story(index)
            score = float(partial[position]) + config.actors_weight * self._actor_share(
                features, story
            )
            if (score > best_score or (score == best_score and index > best)) and (
                self.seed_score(features, story) >= config.threshold - config.seed_margin
            ):
                best, best_score = index, score
        return best, best_score

    def story(self, index: int) -> StoryState:
        """The story at `index`, unpacked (once: it then stays unpacked)."""
        story = self.stories[index]
        if isinstance(story, PackedStory):
            story = self.stories[index] = self._read_back(index, story)
        return story

    def _read_back(self, index: int, story: PackedStory) -> StoryState:
        if self._unpack is None:
            raise ValueError("a clusterer given packed stories needs `unpack`")
        return self._unpack(story, self._centroids[index].copy())

    @staticmethod
    def _actor_share(features: Features, story: StoryState) -> float:
        if not features.actors:
            return 0.0
        return sum(1 for actor in features.actors if actor in story.actors) / len(features.actors)

    def score(self, features: Features, story: StoryState) -> float:
        """The article's similarity to the story, computed alone (the reference for tests)."""
        return self._similarity(features, story.centroid, story.terms, story)

    def seed_score(self, features: Features, story: StoryState) -> float:
        """The article's similarity to the story's seed (its first members), names included."""
        centroid, terms = story.seed()
        return self._similarity(features, centroid, terms, story)

    def admits(self, features: Features, story: StoryState) -> bool:
        """Whether the story may take the article at all: it is active at the article's time,
        would not span too long with it, and the article is close enough to its seed."""
        config = self.config
        return (
            abs(features.time - story.last_time) <= config.window_days
            and story.span_with(features.time) <= config.max_span_days
            and self.seed_score(features, story) >= config.threshold - config.seed_margin
        )

    def _similarity(
        self, features: Features, centroid: Vector, terms: dict[str, float], story: StoryState
    ) -> float:
        config = self.config
        norm = math.sqrt(float(centroid @ centroid)) or 1.0
        embed = float(features.vector @ centroid) / norm
        dot = sum(w * terms.get(word, 0.0) for word, w in features.terms.items())
        terms_norm = math.sqrt(sum(v * v for v in terms.values())) if dot else 1.0
        return (
            config.embed_weight * embed
            + config.terms_weight * (dot / terms_norm if dot else 0.0)
            + config.actors_weight * self._actor_share(features, story)
        )

    def add_packed(self, story: PackedStory, centroid: Vector, terms: dict[str, float]) -> None:
        """Add a stored story for scoring only: its centroid goes to the scoring matrix and
        its words to the index (the caller drops them); `unpack` reads it whole if visited."""
        index = self._reserve(len(centroid))
        self.stories.append(story)
        self._index.add_row(terms, index)
        self._set_row(index, centroid, sum(v * v for v in terms.values()), story)

    def _append(self, story: StoryState) -> None:
        index = self._reserve(len(story.centroid))
        self.stories.append(story)
        self._index.add_row(story.terms, index)
        self._refresh(index)

    def _reserve(self, dim: int) -> int:
        """The index of the next story, with room for it in the scoring arrays."""
        index = len(self.stories)
        if index >= len(self._last):
            self._grow(max(64, 2 * index), dim)
        return index

    def _grow(self, capacity: int, dim: int) -> None:
        count = len(self.stories)
        centroids = np.zeros((capacity, dim), dtype=np.float32)
        if count:
            centroids[:count] = self._centroids[:count]
        self._centroids = centroids
        self._norms, self._terms_norms, self._first, self._last = (
            np.resize(array, capacity)
            for array in (self._norms, self._terms_norms, self._first, self._last)
        )

    def _refresh(self, index: int) -> None:
        """Copy a story's sums into the arrays that score it."""
        story = self.story(index)
        self._set_row(index, story.centroid, story.terms_norm_sq, story)

    def _set_row(
        self, index: int, centroid: Vector, terms_norm_sq: float, story: StoryState | PackedStory
    ) -> None:
        self._centroids[index] = centroid
        self._norms[index] = math.sqrt(float(centroid @ centroid)) or 1.0
        self._terms_norms[index] = math.sqrt(terms_norm_sq) or 1.0
        self._first[index] = story.first_time
        self._last[index] = story.last_time

    def _advance(self, time: float) -> None:
        """Track whether input is in time order; while it is, prune stories that can take no
        later article (out of the window, or spanning the longest a story may)."""
        if time < self._latest:
            self._ordered = False
        self._latest = max(self._latest, time)
        self._adds += 1
        if self._ordered and self._adds % self.PRUNE_EVERY == 0:
            count, config = len(self.stories), self.config
            active = np.flatnonzero(
                (self._last[:count] >= time - config.window_days)
                & (self._first[:count] >= time - config.max_span_days)
            )
            self._index.compact([int(i) for i in active], self._terms)

    def _terms(self, index: int) -> dict[str, float]:
        """A story's summed words; a packed story's are read back for the caller alone
        (compaction is rare: only once the rows are more than twice the active stories)."""
        story = self.stories[index]
        if isinstance(story, PackedStory):
            return self._read_back(index, story).terms
        return story.terms
