"""What a conflict detector reads and returns: one statement of one article (`Side`), and
a conflict as found (`Finding`, evidence offsets on each side); the small readings every
detector shares (crossdoc/detectors.py and crossdoc/claim_detectors.py hold the detectors)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Analysis, ConflictSide, ConflictType, Span, Unit
from ..text import name_key

# verbs too general to say two statements report one act
LIGHT_VERBS = {"be", "have", "do", "say", "tell", "make", "take", "get", "go", "come", "give"}
# Verbs whose two roles may be told either way round: 'the levy passed the council' is 'the
# council passed the levy', 'Arlen met Osk' is 'Osk met Arlen'; no reversal of who did what.
SYMMETRIC_VERBS = frozenset(
    {"pass", "clear", "meet", "marry", "face", "play", "fight", "battle", "debate", "tie"}
)
# Verbs that tell one vote's outcome ('passed 92-6', 'approved on a 94-1 vote', 'voted 92-6
# to adopt'): two tallies told with two of one group are of one vote
VOTE_VERB_GROUPS = (
    frozenset({"pass", "approve", "adopt", "clear", "ratify", "confirm", "back", "vote"}),
    frozenset({"reject", "defeat", "block", "sink", "vote"}),
)
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this"}


@dataclass(frozen=True)
class Side:
    """One statement of one article, as a detector reads it."""

    analysis: Analysis
    unit: Unit

    @property
    def outlet(self) -> str:
        return self.analysis.article.outlet

    def span(self, start: int, end: int) -> Span:
        text = self.analysis.article.text
        return Span(self.analysis.article.id, start, end, text[start:end])

    def side(self, evidence: Sequence[tuple[int, int]]) -> ConflictSide:
        unit = self.unit
        spans = tuple(self.span(s, e) for s, e in evidence)
        return ConflictSide(self.analysis.article.id, unit.start, unit.end, unit.text, spans)


@dataclass(frozen=True)
class Finding:
    """A conflict as a detector found it: evidence offsets on each side."""

    type: ConflictType
    explanation: str
    evidence_a: tuple[tuple[int, int], ...]
    evidence_b: tuple[tuple[int, int], ...]


Detector = Callable[[Side, Side], list[Finding]]
"""One kind of disagreement read off two statements."""


def words(unit: Unit) -> set[str]:
    """A statement's content lemmas, as name keys (for telling whether two share words)."""
    return {name_key(w) for w in unit.content}


FUTURE_BEFORE = re.compile(r"\b(?:will|shall|going to|['’]ll)\b[^.,;]{0,20}$", re.IGNORECASE)


def is_future(side: Side) -> bool:
    """Whether the statement's verb is in the future ('will be recognized')."""
    predicate = side.unit.predicate
    if predicate is None:
        return False
    verb_start = predicate.verb_span[0]
    text = side.analysis.article.text
    return bool(FUTURE_BEFORE.search(text[max(side.unit.start, verb_start - 30) : verb_start]))


def finding(
    kind: ConflictType,
    explanation: str,
    own_is_a: bool,
    own: Sequence[tuple[int, int, str]],
    other: Sequence[tuple[int, int, str]],
) -> Finding:
    """A finding whose evidence was read as (the side that has the marker, the other)."""
    first = tuple((s, e) for s, e, _ in own)
    second = tuple((s, e) for s, e, _ in other)
    return Finding(kind, explanation, *((first, second) if own_is_a else (second, first)))


def side_text(side: Side, start: int, end: int) -> str:
    return side.analysis.article.text[start:end]
