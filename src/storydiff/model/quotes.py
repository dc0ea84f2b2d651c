"""Quotes and their groups across articles."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

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
            pieces.append(_piece(self, text, parts, sentence))
        return tuple(pieces)

    def sentence_quotes(self, text: str, sentence_starts: Sequence[int]) -> tuple[Quote, ...]:
        """The quote one sentence at a time: its segments (`segment_quotes`), each cut again
        at the article's sentence starts inside it, so that "A. B. C," he said' is matched
        sentence by sentence, as other outlets quote one sentence of it, or each apart. A
        cut that would leave a piece of fewer than `MIN_PIECE_WORDS` words is not made ('Gen.
        Orwin' read as two sentences). Two fragments the reporter bridges with a clause of
        their own ('…a person's life" but that if the charges are true, "Hale will step
        aside"') are cut apart too (`_bridged_runs`). What cross-article matching compares,
        one encoder row each (`Analysis.quote_embeddings`)."""
        pieces: list[Quote] = []
        for segment in self.segment_quotes(text, sentence_starts):
            parts = segment.parts or ((segment.start, segment.end),)
            inside = [b for b in sentence_starts if segment.start < b < segment.end]
            cut = [p for run in _bridged_runs(text, parts) for p in _cut_parts(text, run, inside)]
            if len(cut) < 2:
                pieces.append(segment)
                continue
            for piece in cut:
                sentence = max(0, bisect.bisect_right(sentence_starts, piece[0][0]) - 1)
                pieces.append(_piece(segment, text, piece, sentence))
        return tuple(pieces)


# a reporter's clause that joins two quoted fragments opens with a conjunction
_BRIDGES = frozenset({"but", "and", "while", "yet", "though", "although"})
_BRIDGE_WORDS = 3
"""The fewest words of the reporter's between two fragments, and in each fragment, for a cut
('called it "reckless" and "a betrayal"' stays one piece)."""


def _bridged_runs(text: str, parts: Sequence[tuple[int, int]]) -> list[tuple[tuple[int, int], ...]]:
    """The parts in runs, a new run after a gap the reporter fills with a clause of their
    own opened by a conjunction ('" but that if the charges are true, "'): the fragments on
    either side are two remarks, which other outlets may quote apart. A gap of a reporting
    clause ('," she said, "') joins one sentence and cuts nothing."""
    runs: list[list[tuple[int, int]]] = [[parts[0]]]
    for before, after in pairwise(parts):
        gap = _WORD.findall(text[before[1] : after[0]].lower())
        bridged = len(gap) >= _BRIDGE_WORDS and gap[0] in _BRIDGES
        if bridged and min(_words(text, before), _words(text, after)) >= _BRIDGE_WORDS:
            runs.append([])
        runs[-1].append(after)
    return [tuple(run) for run in runs]


def _piece(quote: Quote, text: str, parts: tuple[tuple[int, int], ...], sentence: int) -> Quote:
    """The part of `quote` made of `parts` (in sentence `sentence`): a quote of its own, one
    segment, with the same index, cue and speaker."""
    return replace(
        quote,
        sentence=sentence,
        start=parts[0][0],
        end=parts[-1][1],
        text=PART_JOINER.join(text[s:e] for s, e in parts),
        parts=parts if len(parts) > 1 else (),
        segments=(),
    )


MIN_PIECE_WORDS = 2
"""The fewest words a sentence of a quotation needs to be matched on its own."""
_WORD = re.compile(r"\w+")
PIECE_EDGE = " \t\r\n\"'“”‘’«»„‟"
"""What may lie between two sentences of one quotation, or at the cut between them."""


def _cut_parts(
    text: str, parts: Sequence[tuple[int, int]], boundaries: Sequence[int]
) -> list[tuple[tuple[int, int], ...]]:
    """The parts grouped into pieces, one per sentence: a part a boundary falls in is cut
    there (spaces and quotation marks at the cut left out)."""
    pieces: list[list[tuple[int, int]]] = [[]]
    for start, end in parts:
        for boundary in (b for b in boundaries if start < b < end):
            left = (start, _trimmed_end(text, start, boundary))
            right = (_trimmed_start(text, boundary, end), end)
            if _words(text, left) >= MIN_PIECE_WORDS <= _words(text, right):
                pieces[-1].append(left)
                pieces.append([])
                start = right[0]
        pieces[-1].append((start, end))
    return [tuple(p) for p in pieces if p]


def rejoined(text: str, pieces: Sequence[Quote]) -> Quote:
    """Pieces of one quote (`Quote.sentence_quotes`), in text order, as one quote again:
    pieces with nothing but spaces and quotation marks between them are one stretch, so
    '"A. B," he said' matched sentence by sentence shows as "A. B" where both sentences
    render one utterance."""
    if len(pieces) < 2:
        return pieces[0]
    spans: list[tuple[int, int]] = []
    for piece in pieces:
        for start, end in piece.parts or ((piece.start, piece.end),):
            if spans and not text[spans[-1][1] : start].strip(PIECE_EDGE):
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return replace(
        pieces[0],
        start=spans[0][0],
        end=spans[-1][1],
        text=PART_JOINER.join(text[s:e] for s, e in spans),
        parts=tuple(spans) if len(spans) > 1 else (),
    )


def _trimmed_start(text: str, start: int, end: int) -> int:
    while start < end and text[start] in PIECE_EDGE:
        start += 1
    return start


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in PIECE_EDGE:
        end -= 1
    return end


def _words(text: str, span: tuple[int, int]) -> int:
    return len(_WORD.findall(text, span[0], span[1]))


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
