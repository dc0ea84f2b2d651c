"""Actors named in the articles, linked across them, with each outlet's names and labels."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from .core import Span

EntityType = Literal["person", "organisation", "place", "group", "other"]
MentionKind = Literal["name", "description"]


@dataclass(frozen=True)
class Mention:
    """One mention of an actor in one article: the noun phrase as written, the name or title
    it hangs on, and the words the outlet attaches to it (adjectives, appositions, relative
    and participle clauses: 'the unrecognized Kosovo', 'a former Serb policeman accused of…')."""

    article: str
    start: int
    end: int
    text: str
    kind: MentionKind
    key: str
    """What links mentions of one actor: a folded surname or name ('vucic'), or, for a
    description, the resolved name's key ('peskov' for 'the Kremlin spokesman')."""
    name: str
    """The fullest form of the name this mention refers to ('Dmitry Peskov')."""
    type: EntityType = "other"
    descriptors: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "descriptors": [d.to_dict() for d in self.descriptors],
        }


@dataclass(frozen=True)
class EntityInArticle:
    """How one article names one actor."""

    article: str
    mentions: tuple[Mention, ...]
    labels: tuple[str, ...]
    """Distinct ways the article names it, in order of first use ('Kosovo', 'Pristina')."""
    descriptors: tuple[str, ...]
    """Distinct words it attaches to it ('unrecognized', 'Albanian-majority')."""
    first: int
    """Offset of the first mention."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "count": len(self.mentions),
            "first": self.first,
            "labels": list(self.labels),
            "descriptors": list(self.descriptors),
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(frozen=True)
class Entity:
    """One actor across the articles; `differs` when the outlets name or label it differently,
    `articles` lists only the outlets that mention it at all."""

    id: str
    label: str
    type: EntityType
    articles: tuple[EntityInArticle, ...]
    differs: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "type": self.type,
            "differs": self.differs,
            "articles": [a.to_dict() for a in self.articles],
        }


CueStance = Literal["neutral", "distancing", "endorsing", "emotive"]


@dataclass(frozen=True)
class AttributionUse:
    """How the article introduces someone's words: the cue verb and what it signals
    ('said' is neutral, 'claimed' distances, 'admitted' endorses, 'slammed' is emotive)."""

    speaker: str | None
    cue: str
    stance: CueStance
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "cue": self.cue,
            "stance": self.stance,
            "start": self.start,
            "end": self.end,
        }


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
class LoadedUse:
    """A word or phrase that carries judgement, with the actor it is said of when there is
    one (an entity id of the comparison)."""

    start: int
    end: int
    text: str
    weight: float
    target: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "weight": round(self.weight, 3),
            "target": self.target,
        }


@dataclass(frozen=True)
class ArticleFraming:
    """One article's framing signals: attribution verbs, loaded language, hedges."""

    article: str
    attributions: tuple[AttributionUse, ...] = ()
    loaded: tuple[LoadedUse, ...] = ()
    hedges: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "attributions": [a.to_dict() for a in self.attributions],
            "loaded": [x.to_dict() for x in self.loaded],
            "hedges": [h.to_dict() for h in self.hedges],
        }
