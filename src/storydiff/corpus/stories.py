"""Online story clustering: each article, in publication order, joins the most similar story
still active, or starts a new one. Old stories are never recomputed.

An article is described by cheap features (no parse): the sentence embedding of its title and
lead, IDF-weighted content words of its title and lead, and the capitalised words in them
(actors and places, by a light rule). A story keeps the sums of its members' features, so a new
article is scored against a story in constant time.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import lru_cache
from typing import Literal

import numpy as np
import numpy.typing as npt

from ..model import Article

Vector = npt.NDArray[np.float32]

FEATURES_VERSION = 1
LEAD_CHARS = 240
"""How much of the text after the title is embedded: the lead is what says which story."""
TERM_CHARS = 6000
"""How much text gives the content words (the whole of most articles: tokenising is cheap)."""
ACTOR_CHARS = 1200
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
    window_days: float = 7.0
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
    if config.embed_text == "none":
        vectors = np.zeros((len(articles), 512), dtype=np.float32)
    else:
        texts = [embedding_text(a, title_only=config.embed_text == "title") for a in articles]
        vectors = get_encoder(encoder).encode(texts)
    result = []
    for article, vector, time in zip(articles, vectors, times, strict=True):
        terms, actors = lexical_features(article, config)
        result.append(Features(vector, terms, actors, time))
    return result


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

    def __post_init__(self) -> None:
        if self.terms_norm_sq < 0:
            self.terms_norm_sq = sum(v * v for v in self.terms.values())

    def add(self, features: Features) -> None:
        self.centroid = self.centroid + features.vector
        for word, weight in features.terms.items():
            old = self.terms.get(word, 0.0)
            self.terms[word] = old + weight
            self.terms_norm_sq += (old + weight) ** 2 - old * old
        self.actors.update(features.actors)
        self.size += 1
        self.first_time = min(self.first_time, features.time)
        self.last_time = max(self.last_time, features.time)


class OnlineClusterer:
    """Assigns articles to stories one at a time, in the order given.

    Candidates come from an inverted index of the stories' content words: a story that shares
    no content word with the article (and so no name) scores at most `embed_weight` (cosine ≤
    1), which is below the threshold, so only stories in the article's postings are scored.
    That keeps the cost per article proportional to the postings it touches, not to the
    number of active stories. (When embed_weight ≥ threshold every active story is scored.)
    """

    def __init__(self, config: StoryConfig | None = None, stories: Sequence[StoryState] = ()):
        self.config = config or StoryConfig()
        self.stories: list[StoryState] = []
        self._postings: dict[str, list[int]] = {}
        for story in stories:
            self._append(story)

    def add(self, features: Features) -> tuple[int, float]:
        """The index of the story the article joins (a new one when none is close enough),
        and its score against that story (1.0 for a new story)."""
        best, best_score = -1, self.config.threshold
        dots = self._term_dots(features)
        for index in self._candidates(features, dots):
            score = self.score(features, self.stories[index], dots.get(index, 0.0))
            if score >= best_score:
                best, best_score = index, score
        if best < 0:
            vector = features.vector.astype(np.float32, copy=True)
            self._append(
                StoryState(vector, dict(features.terms), Counter(features.actors), 1,
                           features.time, features.time)
            )  # fmt: skip
            return len(self.stories) - 1, 1.0
        story = self.stories[best]
        for word in features.terms:
            if word not in story.terms:
                self._postings.setdefault(word, []).append(best)
        story.add(features)
        return best, best_score

    def _append(self, story: StoryState) -> None:
        index = len(self.stories)
        self.stories.append(story)
        for word in story.terms:
            self._postings.setdefault(word, []).append(index)

    def _term_dots(self, features: Features) -> dict[int, float]:
        """The dot product of the article's content words with each story that shares one,
        summed over the postings (cost: the shared (word, story) pairs, not stories × words)."""
        dots: dict[int, float] = {}
        stories = self.stories
        for word, weight in features.terms.items():
            for index in self._postings.get(word, ()):
                dots[index] = dots.get(index, 0.0) + weight * stories[index].terms[word]
        return dots

    def _candidates(self, features: Features, dots: dict[int, float]) -> list[int]:
        """Active stories (within the window) that could reach the threshold, in story order."""
        window, time = self.config.window_days, features.time
        if self.config.embed_weight >= self.config.threshold:
            found: Iterable[int] = range(len(self.stories))
        else:
            found = dots
        return sorted(i for i in found if abs(time - self.stories[i].last_time) <= window)

    def score(self, features: Features, story: StoryState, dot: float | None = None) -> float:
        """The article's similarity to the story; `dot` is its content-word dot product with
        the story when already known."""
        config = self.config
        norm = math.sqrt(float(story.centroid @ story.centroid)) or 1.0
        embed = float(features.vector @ story.centroid) / norm
        if dot is None:
            dot = sum(w * story.terms.get(word, 0.0) for word, w in features.terms.items())
        terms = dot / math.sqrt(story.terms_norm_sq) if dot else 0.0
        shared = sum(1 for actor in features.actors if actor in story.actors)
        actors = shared / len(features.actors) if features.actors else 0.0
        return (
            config.embed_weight * embed
            + config.terms_weight * terms
            + config.actors_weight * actors
        )
