"""The data storydiff passes between stages.

Everything here is a frozen dataclass. Per-article results (`Analysis`) never refer to
other articles; cross-article results (`Comparison`) refer to articles by id and to text
by `(article, start, end)` character offsets into `Article.text`, so any finding can be
checked against the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

SCHEMA_VERSION = 2

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

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", slugify(self.outlet))

    @classmethod
    def from_path(
        cls, path: str | Path, *, outlet: str | None = None, max_bytes: int | None = None
    ) -> Article:
        """Read a .txt (optional front matter), .html/.htm or .json/.jsonl article file."""
        from .ingest import read_article

        kwargs: dict[str, Any] = {} if max_bytes is None else {"max_bytes": max_bytes}
        return read_article(Path(path), outlet=outlet, **kwargs)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "language": self.language,
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
class Quote:
    """One attributed statement in one article: what was said, by whom, with which cue.

    `start`/`end` bound the content; a quote split around its reporting clause ('"A," he
    said, "B"') has two `parts`, and `text` joins them with ' … '. The speaker is kept as
    written (`speaker_text`, with offsets) and resolved (`speaker`: 'he' or 'the Kremlin
    spokesman' becomes the full name mentioned earlier), or None when nobody is named.
    """

    index: int
    sentence: int
    start: int
    end: int
    text: str
    kind: QuoteKind
    parts: tuple[tuple[int, int], ...] = ()
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker: str | None = None

    @property
    def direct(self) -> bool:
        return self.kind == "direct"

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "direct": self.direct,
            "parts": [{"start": s, "end": e} for s, e in (self.parts or ((self.start, self.end),))],
            "cue": self.cue,
            "cue_start": self.cue_start,
            "cue_end": self.cue_end,
            "speaker_text": self.speaker_text,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
            "speaker": self.speaker,
        }


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


@dataclass(frozen=True)
class WordChange:
    """One difference between a quote version and the group's reference version."""

    op: ChangeOp
    reference: str
    version: str
    reference_start: int
    reference_end: int
    version_start: int
    version_end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "op": self.op,
            "reference": self.reference,
            "version": self.version,
            "reference_start": self.reference_start,
            "reference_end": self.reference_end,
            "version_start": self.version_start,
            "version_end": self.version_end,
        }


@dataclass(frozen=True)
class QuoteVersion:
    """One article's rendering of an utterance. Versions from other articles than the
    group's reference article carry their word changes against the closest reference
    version (`compared_with`, an index into the group's members); the reference article's
    own versions have none."""

    article: str
    quote: Quote
    similarity: float = 1.0
    compared_with: int | None = None
    changes: tuple[WordChange, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = {"article": self.article, **self.quote.to_dict()}
        data["similarity"] = round(self.similarity, 4)
        data["compared_with"] = self.compared_with
        data["changes"] = [c.to_dict() for c in self.changes]
        return data


@dataclass(frozen=True)
class QuoteGroup:
    """Quotes from different articles that render the same utterance (or one, quoted once)."""

    id: str
    speaker: str | None
    members: tuple[QuoteVersion, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.article for m in self.members))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "speaker": self.speaker,
            "articles": list(self.articles),
            "reference": self.members[0].article if self.members else None,
            "members": [m.to_dict() for m in self.members],
        }


@dataclass(frozen=True)
class SpeakerRow:
    """Who is quoted, by which article, how often."""

    speaker: str
    counts: dict[str, int]
    groups: int

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "counts": dict(self.counts),
            "total": self.total,
            "groups": self.groups,
        }


@dataclass(frozen=True)
class ConflictSide:
    """One article's side of a conflict: the statement, and the words that carry the
    disagreement (the number, the date, the negation, the doubting word…)."""

    article: str
    start: int
    end: int
    text: str
    evidence: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class Conflict:
    """Two articles' accounts of one fact that disagree, with the type and why."""

    id: str
    type: ConflictType
    explanation: str
    sides: tuple[ConflictSide, ConflictSide]
    statement: str | None = None
    """The statement group both sides belong to; None for a pair matched on its predicate."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "explanation": self.explanation,
            "statement": self.statement,
            "sides": [s.to_dict() for s in self.sides],
        }


@dataclass(frozen=True)
class ArticleQuotes:
    """The quotes found in one article (what `storydiff quotes` reports)."""

    article: Article
    quotes: tuple[Quote, ...]

    def to_dict(self) -> dict[str, Any]:
        return {**self.article.to_dict(), "quotes": [q.to_dict() for q in self.quotes]}


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
            "entities": [],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "timeline": [],
            "summary": self.summary.to_dict(),
        }
