"""The data: articles, spans, statement units and groups, time expressions.

Every result is a frozen dataclass; `to_dict()` gives the JSON (docs/schema.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

SCHEMA_VERSION = 4

StatementKind = Literal["shared", "unique"]
QuoteKind = Literal["direct", "indirect", "mixed"]
ChangeOp = Literal["insert", "delete", "replace"]
ConflictType = Literal["number", "date", "agent", "polarity", "causality", "attribution"]
TimeKind = Literal["date", "time", "week", "month", "year", "range", "vague", "duration"]


def slugify(name: str) -> str:
    """A stable article id from an outlet name: 'Harbour Gazette' -> 'harbour-gazette'."""
    slug = re.sub(r"[^0-9a-z]+", "-", name.lower()).strip("-")
    return slug or "article"


@dataclass(frozen=True)
class Dateline:
    """Where and when a report was filed, as its first line says: 'MOSCOW, December 28.
    /TASS/.' or 'WASHINGTON (Reuters) -'. `text` is `Article.text[start:end]`.

    `date` is ISO 'YYYY-MM-DD' when the year is known (written in the dateline or in the
    article's URL), otherwise the ISO 8601 partial form '--MM-DD': a dateline's day is never
    given a guessed year.
    """

    start: int
    end: int
    text: str
    place: str | None = None
    date: str | None = None
    outlet: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "place": self.place,
            "date": self.date,
            "outlet": self.outlet,
        }


@dataclass(frozen=True)
class Byline:
    """A 'By Jane Doe and John Roe' line: the authors, and an outlet when the line names one
    ('By Jane Doe | Harbour Gazette'). `text` is `Article.text[start:end]`."""

    start: int
    end: int
    text: str
    authors: tuple[str, ...] = ()
    outlet: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "authors": list(self.authors),
            "outlet": self.outlet,
        }


@dataclass(frozen=True)
class Article:
    """One news article as ingested: the text every offset refers to, and its metadata."""

    text: str
    outlet: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    language: str = "en"
    source: str | None = None
    """Where the article came from (a path), for error messages; not part of identity."""
    id: str = ""
    """Assigned from the outlet when empty; `compare` makes ids unique."""
    dateline: Dateline | None = None
    byline: Byline | None = None

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", slugify(self.outlet))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "language": self.language,
            "dateline": None if self.dateline is None else self.dateline.to_dict(),
            "byline": None if self.byline is None else self.byline.to_dict(),
            "text": self.text,
        }


@dataclass(frozen=True)
class Span:
    """A stretch of one article's text: `article.text[start:end] == text`."""

    article: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Sentence:
    id: int
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Predicate:
    """Who did what to whom in a statement, from its main verb: the verb's lemma, the agent
    (subject, or the 'by' phrase of a passive) and the patient (object, or passive subject),
    each as a folded head word with its span, and whether the verb is negated."""

    verb: str
    verb_span: tuple[int, int]
    agent: str | None = None
    agent_span: tuple[int, int] | None = None
    patient: str | None = None
    patient_span: tuple[int, int] | None = None
    negation_span: tuple[int, int] | None = None
    agent_is_name: bool = False
    patient_is_name: bool = False

    @property
    def negated(self) -> bool:
        return self.negation_span is not None


@dataclass(frozen=True)
class Unit:
    """A statement candidate inside one article: a sentence, or one clause of it.

    The lexical fields are what the matcher needs besides the embedding; they are
    computed once per article so cross-article work never re-parses.
    """

    index: int
    sentence: int
    start: int
    end: int
    text: str
    content: frozenset[str]
    """Lower-cased lemmas of content words."""
    names: frozenset[str]
    """Proper-name tokens, case and diacritics folded ('vucic'); a statement whose subject is
    'he' or 'she' also carries the names of the last named subject before it."""
    numbers: frozenset[str]
    """Normalised numbers and quantities ('50000', '10')."""
    is_clause: bool = False
    tokens: tuple[str, ...] = ()
    """Lower-cased words in text order (punctuation and spaces dropped)."""
    lemmas: tuple[str, ...] = ()
    """Lower-cased lemma of each of `tokens`, position for position."""
    pos: tuple[str, ...] = ()
    """Universal part-of-speech tag of each of `tokens` ('NOUN', 'VERB', ...)."""
    stop: tuple[bool, ...] = ()
    """Whether each of `tokens` is a stop word."""
    predicate: Predicate | None = None


@dataclass(frozen=True)
class TimeExpression:
    """A time expression as written, and what it means: `value` is ISO (YYYY-MM-DD, YYYY-MM,
    YYYY, YYYY-Www) or None when it cannot be resolved; a range has `value` (its start, or
    None) and `end`."""

    start: int
    end: int
    text: str
    kind: TimeKind
    value: str | None
    end_value: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "value": self.value,
            "end_value": self.end_value,
        }

    @property
    def day(self) -> date | None:
        """The single day this expression names, if it names one."""
        if self.kind in {"date", "time"} and self.value and len(self.value) == 10:
            return date.fromisoformat(self.value)
        return None


@dataclass(frozen=True)
class Member:
    """One article's wording of a statement."""

    article: str
    sentence: int
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


@dataclass(frozen=True)
class StatementGroup:
    """Statements that report the same fact; a single-member group is unique to its article."""

    id: str
    kind: StatementKind
    similarity: float
    """Mean same-fact score over the cross-article member pairs (0 for unique statements)."""
    members: tuple[Member, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for member in self.members:
            seen.setdefault(member.article, None)
        return tuple(seen)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "similarity": round(self.similarity, 4),
            "articles": list(self.articles),
            "members": [m.to_dict() for m in self.members],
        }


@dataclass(frozen=True)
class ArticleSummary:
    article: str
    outlet: str
    statements: int
    shared: int
    unique: int
    unique_share: float
    shared_with: dict[str, float]
    """Other article id -> share of this article's statements also reported there."""
    characters: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "outlet": self.outlet,
            "statements": self.statements,
            "shared": self.shared,
            "unique": self.unique,
            "unique_share": round(self.unique_share, 4),
            "shared_with": {k: round(v, 4) for k, v in self.shared_with.items()},
            "characters": self.characters,
        }


@dataclass(frozen=True)
class Summary:
    articles: tuple[ArticleSummary, ...]
    groups: int
    shared_by_all: int
    shared_by_some: int
    unique: int
    encoder: str
    threshold: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "groups": self.groups,
            "shared_by_all": self.shared_by_all,
            "shared_by_some": self.shared_by_some,
            "unique": self.unique,
            "encoder": self.encoder,
            "threshold": round(self.threshold, 4),
            "articles": [a.to_dict() for a in self.articles],
        }
