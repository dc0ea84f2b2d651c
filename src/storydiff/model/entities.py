"""Actors named in the articles, linked across them, with each outlet's names and labels."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .core import Span
from .serialize import JSONSerializable, json_meta

EntityType = Literal["person", "organisation", "place", "group", "other"]
MentionKind = Literal["name", "description"]


@dataclass(frozen=True)
class Mention(JSONSerializable):
    """One mention of an actor in one article: the noun phrase as written, the name or title
    it hangs on, and the words the outlet attaches to it (adjectives, appositions, relative
    and participle clauses: 'the unrecognized Kosovo', 'a former Serb policeman accused of…')."""

    article: str = field(metadata=json_meta(omit=True))
    start: int
    end: int
    text: str
    kind: MentionKind
    key: str = field(metadata=json_meta(omit=True))
    """What links mentions of one actor: a folded surname or name ('vucic'), or, for a
    description, the resolved name's key ('peskov' for 'the Kremlin spokesman')."""
    name: str = field(metadata=json_meta(omit=True))
    """The fullest form of the name this mention refers to ('Dmitry Peskov')."""
    type: EntityType = field(default="other", metadata=json_meta(omit=True))
    descriptors: tuple[Span, ...] = ()
    label: str = field(default="", metadata=json_meta(omit=True))
    """How the naming table writes the mention where that is not its text: a 'The' that is
    capitalised only because it opens the sentence, folded into the way the article writes
    the name elsewhere ('The Kremlin said' -> 'the Kremlin' or 'Kremlin')."""


@dataclass(frozen=True)
class EntityInArticle(JSONSerializable):
    """How one article names one actor."""

    article: str
    mentions: tuple[Mention, ...] = field(metadata=json_meta(schema={"minItems": 1}))
    labels: tuple[str, ...]
    """Distinct ways the article names it, in order of first use ('Kosovo', 'Pristina')."""
    descriptors: tuple[str, ...]
    """Distinct words it attaches to it ('unrecognized', 'Albanian-majority')."""
    first: int
    """Offset of the first mention."""

    json_keys = ("article", "count", "first", "labels", "descriptors", "mentions")

    @property
    def count(self) -> int:
        """How many times the article mentions the actor."""
        return len(self.mentions)


@dataclass(frozen=True)
class Entity(JSONSerializable):
    """One actor across the articles; `differs` when the outlets name or label it differently,
    `articles` lists only the outlets that mention it at all."""

    id: str
    label: str
    type: EntityType
    articles: tuple[EntityInArticle, ...] = field(metadata=json_meta(schema={"minItems": 1}))
    differs: bool = False

    json_keys = ("id", "label", "type", "differs", "articles")


CueStance = Literal["neutral", "distancing", "endorsing", "emotive"]


@dataclass(frozen=True)
class AttributionUse(JSONSerializable):
    """How the article introduces someone's words: the cue verb and what it signals
    ('said' is neutral, 'claimed' distances, 'admitted' endorses, 'slammed' is emotive)."""

    speaker: str | None
    cue: str
    stance: CueStance
    start: int
    end: int


@dataclass(frozen=True)
class LoadedTerm:
    """A loaded word or phrase found in one article (before any actor is linked);
    `start`/`end` are character offsets into the article's text."""

    start: int
    end: int
    text: str
    lemma: str
    weight: float


@dataclass(frozen=True)
class LoadedUse(JSONSerializable):
    """A word or phrase that carries judgement, with the actor it is said of when there is
    one (an entity id of the comparison)."""

    start: int
    end: int
    text: str
    weight: float = field(metadata=json_meta(round_to=3))
    target: str | None = None


@dataclass(frozen=True)
class ArticleFraming(JSONSerializable):
    """One article's framing signals: attribution verbs, loaded language, hedges."""

    article: str
    attributions: tuple[AttributionUse, ...] = ()
    loaded: tuple[LoadedUse, ...] = ()
    hedges: tuple[Span, ...] = ()
