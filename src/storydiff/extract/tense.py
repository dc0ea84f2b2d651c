"""The tense of the verb that governs a word, read from the parse: whether a time expression
tells of a past act ('prices rose in May'), for the time expressions, which are found on raw
text (`timexpr.py`) and take the tense as a plain function of a character offset.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Tense = Literal["past", "other"]
TenseAt = Callable[[int], Tense | None]
"""The tense of the clause at a character offset, or None where the parse gives no verb."""

# 'has risen', 'had fallen', 'was held', 'were arrested': a participle made past by its helper
_PAST_HELPERS = frozenset({"has", "have", "had", "'s", "'ve", "'d", "was", "were"})
# a modal or 'will' makes any verb form tell of what may or will be ('would have risen')
_NOT_PAST_HELPERS = frozenset({"will", "shall", "would", "could", "should", "might", "may", "must"})
# how many heads up from a word its governing verb may be ('in' → 'rose')
_MAX_STEPS = 4


def tense_reader(doc: Doc) -> TenseAt:
    """A function giving, for a character offset of `doc`'s text, the tense of the verb that
    governs the word there: 'past' for a simple past ('rose') or a perfect or past passive
    ('has risen', 'was held'), 'other' for any other verb form ('will rise', 'is expected',
    'to rise'), None where no verb governs it within a few heads."""

    def at(position: int) -> Tense | None:
        span = doc.char_span(position, position + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        verb = _governing_verb(span[0])
        return None if verb is None else _tense(verb)

    return at


def _governing_verb(token: Token) -> Token | None:
    current = token
    for _ in range(_MAX_STEPS):
        if current.head is current:
            return current if current.pos_ in {"VERB", "AUX"} else None
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            return current
    return None


def _tense(verb: Token) -> Tense:
    helpers = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(h in _NOT_PAST_HELPERS or h == "to" for h in helpers):
        return "other"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN" and any(h in _PAST_HELPERS for h in helpers):
        return "past"
    return "other"
