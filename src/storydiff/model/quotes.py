"""Quotes and their groups across articles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .core import ChangeOp, QuoteKind


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
