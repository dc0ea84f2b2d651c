"""A found quote as the model's `Quote`: its parts and segments, its cue phrase and speaker.

`quotes` finds candidates (what was said, the cue, the speaker span and the resolved name)
and reads the whole article before any is final; this module turns each finished candidate
into the frozen `Quote` the rest of the pipeline reads.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Protocol, cast

from ..model import Quote, QuoteKind
from ..model.quotes import PART_JOINER
from ..text_reporting import PREPOSITION_CUES
from .quote_speakers import cue_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


class QuoteCandidate(Protocol):
    """What `quotes` knows of a quote once the article is read."""

    parts: list[tuple[int, int]]
    kind: QuoteKind
    cue: Token | Span | None
    speaker: Span | None
    resolved: str | None
    segment_starts: list[int]


def to_quote(index: int, candidate: QuoteCandidate, text: str, sentence_starts: list[int]) -> Quote:
    """The quote a candidate makes, numbered `index`, with the sentence it starts in."""
    parts = tuple(sorted(candidate.parts))
    start, end = parts[0][0], parts[-1][1]
    segments = _segments(parts, set(candidate.segment_starts))
    body = PART_JOINER.join(text[s:e] for s, e in parts)
    cue = candidate.cue
    speaker = candidate.speaker
    sentence = max(0, bisect.bisect_right(sentence_starts, start) - 1) if sentence_starts else 0
    cue_text = cue_start = cue_end = None
    if cue is not None:
        if hasattr(cue, "idx"):  # a verb; 'according to' is a Span
            cue_start, cue_end, cue_text = _cue_phrase(cast("Token", cue))
        else:
            cue_start, cue_end, cue_text = cue.start_char, cue.end_char, cue.text
    return Quote(
        index=index,
        sentence=sentence,
        start=start,
        end=end,
        text=body,
        kind=candidate.kind,
        parts=parts if len(parts) > 1 else (),
        segments=segments if len(segments) > 1 else (),
        cue=cue_text,
        cue_start=cue_start,
        cue_end=cue_end,
        speaker_text=speaker.text if speaker is not None else None,
        speaker_start=speaker.start_char if speaker is not None else None,
        speaker_end=speaker.end_char if speaker is not None else None,
        speaker=candidate.resolved,
    )


def _segments(parts: tuple[tuple[int, int], ...], opens: set[int]) -> tuple[tuple[int, int], ...]:
    """Each segment from the part that opens it to the end of its last part."""
    segments: list[tuple[int, int]] = []
    for start, end in parts:
        if segments and start not in opens:
            segments[-1] = (segments[-1][0], end)
        else:
            segments.append((start, end))
    return tuple(segments)


def _cue_phrase(cue: Token) -> tuple[int, int, str]:
    """The cue with its particle or preposition: 'pointed to', 'called for'."""
    end_token = cue
    for child in cue.children:
        if child.i == cue.i + 1 and (
            child.dep_ == "prt" or child.lower_ in PREPOSITION_CUES.get(cue_lemma(cue), ())
        ):
            end_token = child
    start, end = cue.idx, end_token.idx + len(end_token.text)
    return start, end, cue.doc[cue.i : end_token.i + 1].text
