"""Per-article analyses and the comparison of all articles."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from .core import SCHEMA_VERSION, Article, Sentence, StatementGroup, Summary, TimeExpression, Unit
from .entities import ArticleFraming, Entity, LoadedTerm, Mention
from .findings import Conflict, Timeline
from .quotes import Quote, QuoteGroup, SpeakerRow


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
    """One L2-normalised row per quote (its content), in `quotes` order."""
    times: tuple[TimeExpression, ...] = ()
    mentions: tuple[Mention, ...] = ()
    loaded: tuple[LoadedTerm, ...] = ()
    """Loaded words and phrases, in text order."""


@dataclass(frozen=True)
class ArticleQuotes:
    """The quotes found in one article (what `storydiff quotes` reports)."""

    article: Article
    quotes: tuple[Quote, ...]

    def to_dict(self) -> dict[str, Any]:
        return {**self.article.to_dict(), "quotes": [q.to_dict() for q in self.quotes]}


@dataclass(frozen=True)
class ArticleMentions:
    """The actors one article mentions (what `storydiff entities` reads)."""

    article: Article
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class Comparison:
    """The result of comparing articles about one event: what `compare` returns."""

    articles: tuple[Article, ...]
    sentences: dict[str, tuple[Sentence, ...]]
    statements: tuple[StatementGroup, ...]
    summary: Summary
    quotes: tuple[QuoteGroup, ...] = ()
    speakers: tuple[SpeakerRow, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    timeline: Timeline = field(default_factory=Timeline)
    entities: tuple[Entity, ...] = ()
    framing: tuple[ArticleFraming, ...] = ()
    schema_version: int = SCHEMA_VERSION

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

    def to_dict(self) -> dict[str, Any]:
        articles = []
        for article in self.articles:
            data = article.to_dict()
            data["sentences"] = [s.to_dict() for s in self.sentences[article.id]]
            articles.append(data)
        return {
            "schema_version": self.schema_version,
            "generator": "storydiff",
            "articles": articles,
            "statements": [g.to_dict() for g in self.statements],
            "quotes": [g.to_dict() for g in self.quotes],
            "speakers": [r.to_dict() for r in self.speakers],
            "entities": [e.to_dict() for e in self.entities],
            "framing": [f.to_dict() for f in self.framing],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "timeline": self.timeline.to_dict(),
            "summary": self.summary.to_dict(),
        }
