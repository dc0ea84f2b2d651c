"""The data: articles, spans, statement units and groups, time expressions.

Every result is a frozen dataclass; `to_dict()` gives the JSON (docs/schema.md), generated
from the fields by `serialize.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from .serialize import JSONObject, JSONSerializable, json_meta

SCHEMA_VERSION = 8

StatementKind = Literal["shared", "unique"]
QuoteKind = Literal["direct", "indirect", "mixed"]
ChangeOp = Literal["insert", "delete", "replace"]
ConflictType = Literal["number", "date", "agent", "polarity", "causality", "attribution"]
WarningKind = Literal["same-article", "near-copy", "unrelated", "short", "oversized"]
Sensitivity = Literal["strict", "normal", "loose", "custom"]
TimeKind = Literal["date", "time", "week", "month", "year", "range", "vague", "duration"]


def slugify(name: str) -> str:
    """A stable article id from an outlet name: 'Harbour Gazette' -> 'harbour-gazette'."""
    slug = re.sub(r"[^0-9a-z]+", "-", name.lower()).strip("-")
    return slug or "article"


@dataclass(frozen=True)
class Dateline(JSONSerializable):
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
    date: str | None = field(
        default=None,
        metadata=json_meta(
            schema={
                "description": "YYYY-MM-DD when the year is known, else the partial --MM-DD.",
                "pattern": r"^(\d{4}|-)-\d{2}-\d{2}$",
            }
        ),
    )
    outlet: str | None = None


@dataclass(frozen=True)
class Byline(JSONSerializable):
    """A 'By Jane Doe and John Roe' line: the authors, and an outlet when the line names one
    ('By Jane Doe | Harbour Gazette'). `text` is `Article.text[start:end]`."""

    start: int
    end: int
    text: str
    authors: tuple[str, ...] = ()
    outlet: str | None = None


@dataclass(frozen=True)
class Article(JSONSerializable):
    """One news article as ingested: the text every offset refers to, and its metadata."""

    text: str
    outlet: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    language: str = "en"
    source: str | None = field(default=None, metadata=json_meta(omit=True))
    """Where the article came from (a path), for error messages; not part of identity."""
    id: str = field(default="", metadata=json_meta(schema={"pattern": "^[0-9a-z][0-9a-z-]*$"}))
    """Assigned from the outlet when empty; `compare` makes ids unique."""
    dateline: Dateline | None = field(
        default=None,
        metadata=json_meta(
            schema={
                "description": "Where and when the report was filed, as its first lines say; "
                "null when none."
            },
            optional=True,
        ),
    )
    byline: Byline | None = field(
        default=None,
        metadata=json_meta(
            schema={
                "description": "A 'By Jane Doe' line: its authors and, when it names one, the "
                "outlet."
            },
            optional=True,
        ),
    )

    json_keys = (
        "id",
        "outlet",
        "title",
        "published",
        "url",
        "language",
        "dateline",
        "byline",
        "text",
    )

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", slugify(self.outlet))


@dataclass(frozen=True)
class Span(JSONSerializable):
    """A stretch of one article's text: `article.text[start:end] == text`."""

    article: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence(JSONSerializable):
    id: int
    start: int
    end: int
    text: str


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
    scope: tuple[tuple[int, int], ...] = ()
    """Character ranges of the words in the verb's own clause (and the reporting clause that
    hands over to it); words in a clause inside or beside it are about another fact."""
    clauses: tuple[tuple[int, int], ...] = ()
    """Character ranges of the other clauses of the statement, widest first."""
    side_clauses: tuple[tuple[int, int], ...] = ()
    """Character ranges of the subordinate clauses (relative, adverbial, participle) that
    tell another event than the verb's: their dates are that event's, not the verb's."""

    @property
    def negated(self) -> bool:
        return self.negation_span is not None


@dataclass(frozen=True)
class Frame:
    """One event a statement tells, from one of its verbs (nlp/frames.py): the verb's lemma,
    its object (or passive subject) and the heads of its prepositional arguments ('put … on
    alert': 'alert'; 'blocked roads with tractors': 'tractor'), and the names that say
    who takes part (in the subject and the object, a pronoun subject of a reported act read
    as the reporter: 'Velmora said it had…'), folded, demonyms as written ('french')."""

    verb: str
    patient: str | None = None
    arguments: tuple[str, ...] = ()
    participants: frozenset[str] = frozenset()
    negated: bool = False
    agent: str | None = None
    """The subject's head as a common-noun lemma ('protester'); None for a name or pronoun."""


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
    frames: tuple[Frame, ...] = ()
    """The events its verbs tell (`Frame`), in text order."""
    parts: tuple[tuple[tuple[int, int], ...], ...] = ()
    """Clause stretches of the statement (character ranges, gaps allowed) that are compared
    on their own as well: a short statement elsewhere may report just one of them."""


@dataclass(frozen=True)
class TimeExpression(JSONSerializable):
    """A time expression as written, and what it means: `value` is ISO (YYYY-MM-DD, YYYY-MM,
    YYYY, YYYY-Www) or None when it cannot be resolved; a range has `value` (its start, or
    None) and `end`."""

    start: int
    end: int
    text: str
    kind: TimeKind
    value: str | None
    end_value: str | None = None

    @property
    def day(self) -> date | None:
        """The single day this expression names, if it names one."""
        if self.kind in {"date", "time"} and self.value and len(self.value) == 10:
            return date.fromisoformat(self.value)
        return None


@dataclass(frozen=True)
class Member(JSONSerializable):
    """One article's wording of a statement."""

    article: str
    sentence: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class NearMiss(JSONSerializable):
    """The statement of another article closest to a unique one, with its same-fact score:
    what a reader checks to judge a borderline 'only in' finding."""

    article: str
    sentence: int
    start: int
    end: int
    text: str
    score: float = field(metadata=json_meta(round_to=4, schema={"minimum": 0, "maximum": 1}))
    """Same-fact score of the pair, on the scale of `Summary.threshold` (below it, or the two
    would be grouped, unless `held_apart` says why not)."""
    held_apart: str | None = None
    """Why the two are not grouped although the score alone would not say so, in words: the
    explicit evidence that holds them apart whatever their score (different days), or, for
    a score at the threshold or above, the member of the other statement's group that this
    one does not match (groups are complete-link) or that belongs to this statement's own
    article; None when the score kept them apart."""


@dataclass(frozen=True)
class StatementGroup(JSONSerializable):
    """Statements that report the same fact; a single-member group is unique to its article."""

    id: str
    kind: StatementKind
    similarity: float = field(metadata=json_meta(round_to=4, schema={"minimum": 0, "maximum": 1}))
    """Mean same-fact score over the cross-article member pairs (0 for unique statements)."""
    members: tuple[Member, ...] = field(metadata=json_meta(schema={"minItems": 1}))
    closest: tuple[NearMiss, ...] = ()
    """For a unique statement: its closest statement in each other article (article order),
    empty for a shared group or an article with no statements."""
    joined: str | None = field(default=None, metadata=json_meta(optional=True))
    """For a shared group whose `similarity` (a mean) is under the matching threshold: why its
    statements were joined all the same, in words (a headline restating its lead, the closest
    pair reaching the threshold...), so no score shown contradicts the threshold. Else None.
    Added in schema 8."""

    json_keys = ("id", "kind", "similarity", "joined", "articles", "members", "closest")

    @property
    def articles(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for member in self.members:
            seen.setdefault(member.article, None)
        return tuple(seen)


_SHARE: JSONObject = {"minimum": 0, "maximum": 1}


@dataclass(frozen=True)
class ArticleSummary(JSONSerializable):
    article: str
    outlet: str
    statements: int
    shared: int
    unique: int
    unique_share: float = field(metadata=json_meta(round_to=4, schema=_SHARE))
    shared_with: dict[str, float] = field(
        metadata=json_meta(round_to=4, schema={"additionalProperties": _SHARE})
    )
    """Other article id -> share of this article's statements also reported there."""
    characters: int


@dataclass(frozen=True)
class Summary(JSONSerializable):
    articles: tuple[ArticleSummary, ...]
    groups: int
    shared_by_all: int
    shared_by_some: int
    unique: int
    encoder: str
    threshold: float = field(metadata=json_meta(round_to=4))
    sensitivity: Sensitivity = "normal"
    """The named threshold the comparison ran at ('custom' for a number given)."""

    json_keys = (
        "groups",
        "shared_by_all",
        "shared_by_some",
        "unique",
        "encoder",
        "threshold",
        "sensitivity",
        "articles",
    )


@dataclass(frozen=True)
class ComparisonWarning(JSONSerializable):
    """Something about the inputs that makes the comparison's figures mislead: two copies
    of one article, articles that share almost nothing, an article too short to compare."""

    kind: WarningKind
    articles: tuple[str, ...]
    """The article ids it is about (two for a pair, one for a short article)."""
    message: str
    """What it means for the report, in words, naming the outlets."""
    share: float = field(metadata=json_meta(round_to=4, schema=_SHARE))
    """The figure behind it: share of identical sentences (same-article, near-copy) or of
    shared 5-word runs (a near-copy rewritten), share of statements linked (unrelated), share
    of the text compared (oversized), or 0 (short)."""
