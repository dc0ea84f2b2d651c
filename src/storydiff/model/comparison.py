"""Per-article analyses and the comparison of all articles."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import numpy.typing as npt

from .core import (
    SCHEMA_VERSION,
    Article,
    ComparisonWarning,
    Sentence,
    StatementGroup,
    Summary,
    TimeExpression,
    Unit,
)
from .entities import ArticleFraming, Entity, LoadedTerm, Mention
from .findings import Conflict, Timeline
from .quotes import Quote, QuoteGroup, SpeakerRow
from .serialize import JSONSerializable, json_meta


@dataclass(frozen=True, eq=False)
class Analysis:
    """Everything per-article stages know about one article. Cacheable, independent."""

    article: Article
    sentences: tuple[Sentence, ...]
    units: tuple[Unit, ...]
    embeddings: npt.NDArray[np.float32] = field(repr=False)
    """One L2-normalised row per unit, in `units` order."""
    encoder: str = ""
    quotes: tuple[Quote, ...] = ()
    quote_embeddings: npt.NDArray[np.float32] | None = field(default=None, repr=False)
    """One L2-normalised row per sentence of a quote (its content), in `quotes` order and
    each quote's sentences in order (`Quote.sentence_quotes`)."""
    times: tuple[TimeExpression, ...] = ()
    mentions: tuple[Mention, ...] = ()
    loaded: tuple[LoadedTerm, ...] = ()
    """Loaded words and phrases, in text order."""
    part_embeddings: npt.NDArray[np.float32] | None = field(default=None, repr=False)
    """One L2-normalised row per clause part of a unit (`nlp.clauses.unit_parts`), so a short
    statement elsewhere can be compared with the stretch of a long one that reports it."""
    part_units: tuple[int, ...] = ()
    """The unit index of each row of `part_embeddings`."""
    word_vectors: dict[str, npt.NDArray[np.float16]] | None = field(default=None, repr=False)
    """The encoder's L2-normalised vector (float16) of each common content word of the
    statements (`crossdoc.near_words`), so a paraphrase's near words count as partly shared."""


@dataclass(frozen=True)
class ArticleQuotes(JSONSerializable):
    """The quotes found in one article (what `storydiff quotes` reports)."""

    article: Article = field(metadata=json_meta(flatten=True))
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class ArticleSentences(JSONSerializable):
    """An article as the comparison JSON writes it: the article, then its sentences."""

    article: Article = field(metadata=json_meta(flatten=True))
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class ArticleMentions:
    """The actors one article mentions (what `storydiff entities` reads)."""

    article: Article
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class Comparison(JSONSerializable):
    """The result of comparing articles about one event: what `compare` returns."""

    articles: tuple[Article, ...] = field(
        metadata=json_meta(source="articles_with_sentences", schema={"minItems": 2})
    )
    sentences: dict[str, tuple[Sentence, ...]] = field(metadata=json_meta(omit=True))
    """Each article's sentences, by article id (the JSON writes them inside each article)."""
    statements: tuple[StatementGroup, ...]
    summary: Summary
    quotes: tuple[QuoteGroup, ...] = ()
    speakers: tuple[SpeakerRow, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    timeline: Timeline = field(default_factory=Timeline)
    entities: tuple[Entity, ...] = ()
    framing: tuple[ArticleFraming, ...] = ()
    warnings: tuple[ComparisonWarning, ...] = ()
    """What makes this comparison's figures mislead (copies, unrelated or short articles);
    reports show these first."""
    schema_version: int = field(
        default=SCHEMA_VERSION, metadata=json_meta(schema={"const": SCHEMA_VERSION})
    )

    json_keys = (
        "schema_version",
        "generator",
        "warnings",
        "articles",
        "statements",
        "quotes",
        "speakers",
        "entities",
        "framing",
        "conflicts",
        "timeline",
        "summary",
    )

    @property
    def generator(self) -> Literal["storydiff"]:
        """What wrote the JSON."""
        return "storydiff"

    @property
    def articles_with_sentences(self) -> tuple[ArticleSentences, ...]:
        return tuple(ArticleSentences(a, self.sentences[a.id]) for a in self.articles)

    def article(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)

    def shared_by_all(self) -> list[StatementGroup]:
        n = len(self.articles)
        return [g for g in self.statements if len(g.articles) == n]

    def shared_by_some(self) -> list[StatementGroup]:
        n = len(self.articles)
        return [g for g in self.statements if 1 < len(g.articles) < n]

    def unique_to(self, article_id: str) -> list[StatementGroup]:
        return [g for g in self.statements if g.kind == "unique" and g.articles == (article_id,)]
