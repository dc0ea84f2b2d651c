"""Quotes and their groups across articles."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .core import ChangeOp, QuoteKind
from .serialize import JSONSerializable, json_meta

PART_JOINER = " … "
"""What a quote's `text` puts between its parts."""


@dataclass(frozen=True)
class QuotePart(JSONSerializable):
    """One stretch of a quote's content (a quote split around its reporting clause has two),
    or one of its segments."""

    start: int
    end: int


@dataclass(frozen=True)
class Quote(JSONSerializable):
    """One attributed statement in one article: what was said, by whom, with which cue.

    `start`/`end` bound the content; a quote split around its reporting clause ('"A," he
    said, "B"') has two `parts`, and `text` joins them with ' … '. The speaker is kept as
    written (`speaker_text`, with offsets) and resolved (`speaker`: 'he' or 'the Kremlin
    spokesman' becomes the full name mentioned earlier), or None when nobody is named.

    A quotation that goes on past its reporting sentence ('"A," he said. "B."') is one quote
    with one `segments` range per sentence: the quote is attributed as one, but other outlets
    often quote one sentence or the other, so quotes are matched across articles segment by
    segment (`segment_quotes`). A segment holds one or more whole parts.
    """

    index: int
    sentence: int
    start: int
    end: int
    text: str
    kind: QuoteKind
    parts: tuple[tuple[int, int], ...] = field(
        default=(), metadata=json_meta(source="part_offsets", schema={"minItems": 1})
    )
    segments: tuple[tuple[int, int], ...] = field(
        default=(), metadata=json_meta(source="segment_offsets", schema={"minItems": 1})
    )
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker: str | None = None

    json_keys = (
        "index",
        "sentence",
        "start",
        "end",
        "text",
        "kind",
        "direct",
        "parts",
        "segments",
        "cue",
        "cue_start",
        "cue_end",
        "speaker_text",
        "speaker_start",
        "speaker_end",
        "speaker",
    )

    @property
    def direct(self) -> bool:
        return self.kind == "direct"

    @property
    def part_offsets(self) -> tuple[QuotePart, ...]:
        """The content's parts; a quote that is not split has one, from `start` to `end`."""
        return tuple(QuotePart(s, e) for s, e in (self.parts or ((self.start, self.end),)))

    @property
    def segment_offsets(self) -> tuple[QuotePart, ...]:
        """The quote's segments; a quote within one sentence has one, from `start` to `end`."""
        return tuple(QuotePart(s, e) for s, e in (self.segments or ((self.start, self.end),)))

    def segment_quotes(self, text: str, sentence_starts: Sequence[int] = ()) -> tuple[Quote, ...]:
        """The quote one segment at a time, each a quote of its own with this one's index,
        cue and speaker (`text` is the article's; `sentence_starts`, when given, place each
        segment in its sentence). A quote with one segment gives itself."""
        if len(self.segments) < 2:
            return (self,)
        pieces = []
        for start, end in self.segments:
            parts = tuple(p for p in self.parts if start <= p[0] and p[1] <= end)
            sentence = self.sentence
            if sentence_starts:
                sentence = max(0, bisect.bisect_right(sentence_starts, parts[0][0]) - 1)
            pieces.append(
                replace(
                    self,
                    sentence=sentence,
                    start=parts[0][0],
                    end=parts[-1][1],
                    text=PART_JOINER.join(text[s:e] for s, e in parts),
                    parts=parts if len(parts) > 1 else (),
                    segments=(),
                )
            )
        return tuple(pieces)


@dataclass(frozen=True)
class WordChange(JSONSerializable):
    """One difference between a quote version and the group's reference version."""

    op: ChangeOp
    reference: str
    version: str
    reference_start: int
    reference_end: int
    version_start: int
    version_end: int


@dataclass(frozen=True)
class QuoteVersion(JSONSerializable):
    """One article's rendering of an utterance. Versions from other articles than the
    group's reference article carry their word changes against the closest reference
    version (`compared_with`, an index into the group's members); the reference article's
    own versions have none."""

    article: str
    quote: Quote = field(metadata=json_meta(flatten=True))
    similarity: float = field(default=1.0, metadata=json_meta(round_to=4))
    compared_with: int | None = None
    changes: tuple[WordChange, ...] = ()


@dataclass(frozen=True)
class QuoteGroup(JSONSerializable):
    """Quotes from different articles that render the same utterance (or one, quoted once)."""

    id: str
    speaker: str | None
    members: tuple[QuoteVersion, ...] = field(metadata=json_meta(schema={"minItems": 1}))

    json_keys = ("id", "speaker", "articles", "reference", "members")

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.article for m in self.members))

    @property
    def reference(self) -> str | None:
        """The article whose versions the others are compared with (the first member's)."""
        return self.members[0].article if self.members else None


@dataclass(frozen=True)
class SpeakerRow(JSONSerializable):
    """Who is quoted, by which article, how often."""

    speaker: str
    counts: dict[str, int]
    groups: int

    json_keys = ("speaker", "counts", "total", "groups")

    @property
    def total(self) -> int:
        return sum(self.counts.values())
