"""The tense of the verb that governs a word, read from the parse: whether a time expression
tells of a past act ('prices rose in May'), for the time expressions, which are found on raw
text (`timexpr.py`) and take the tense as a plain function of a character offset.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from ..text import DISTANCING_REPORTING_VERBS, NEUTRAL_REPORTING_VERBS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Tense = Literal["past", "future", "other"]
TenseAt = Callable[[int], Tense | None]
"""The tense of the clause at a character offset, or None where the parse gives no verb."""

# 'has risen', 'had fallen', 'was held', 'were arrested': a participle made past by its helper
_PAST_HELPERS = frozenset({"has", "have", "had", "'s", "'ve", "'d", "was", "were"})
# a modal or 'will' makes any verb form tell of what may or will be ('would have risen')
_NOT_PAST_HELPERS = frozenset({"will", "shall", "would", "could", "should", "might", "may", "must"})
_REFUSAL_HELPERS = frozenset({"would", "could", "'d"})
# what a 'would not' refuses that was asked on the day ('would not comment Monday'); other
# verbs tell of a promise ('would not run in the June election')
_REFUSED_ACTS = frozenset(
    {"comment", "say", "confirm", "discuss", "elaborate", "respond", "answer", "reveal",
     "disclose", "specify", "speculate", "identify", "name", "return", "reply", "be"}
)  # fmt: skip
# how many heads up from a word its governing verb may be ('in' → 'rose')
_MAX_STEPS = 4


def tense_reader(doc: Doc) -> TenseAt:
    """A function giving, for a character offset of `doc`'s text, the tense of the verb that
    governs the word there: 'past' for a simple past ('rose') or a perfect or past passive
    ('has risen', 'was held'); 'future' for a modal or 'will' ('could be on the floor
    Thursday', 'would retire after the November elections') and for a present 'be' the word
    hangs from directly ('the vote is Thursday'); 'other' for any other verb form ('is
    expected', 'to rise'); None where no verb governs it within a few heads. A weekday that
    a present perfect governs is 'future' ('has called a vote for Wednesday')."""

    def at(position: int) -> Tense | None:
        span = doc.char_span(position, position + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        verb = _governing_verb(span[0])
        return None if verb is None else _tense(verb, span[0])

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


def _tense(verb: Token, word: Token) -> Tense:
    helpers = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(h in _NOT_PAST_HELPERS for h in helpers):
        # 'could have left Monday' tells of a past act, and 'would not comment Monday',
        # 'could not be reached Monday' of a past refusal or failure
        refused = (
            any(h in _REFUSAL_HELPERS for h in helpers)
            and any(c.dep_ == "neg" for c in verb.children)
            and (verb.lemma_ in _REFUSED_ACTS or "be" in helpers)
        )
        return "other" if "have" in helpers or refused else "future"
    if "to" in helpers:
        return "other"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN" and _a_day_of_a_present_perfect(word, verb, helpers):
        return "future"
    if verb.tag_ == "VBN" and any(h in _PAST_HELPERS for h in helpers):
        return "past"
    if _present_be(verb, helpers) and _hangs_from(word, verb) and not _a_state(verb):
        return "future"
    if _a_present_of_a_set_day(verb, word, helpers):
        return "future"
    if (
        verb.tag_ == "VBG"
        and verb.lemma_ in _ON_THE_WAY | _ARRANGING
        and _PRESENT_BE & set(helpers)
    ):
        return "future"  # 'is heading to Orlen for a speech Thursday': a trip planned
    return "other"


# 'has invited', 'have called', 'has been set': a present perfect (not 'had')
_PRESENT_PERFECT = frozenset({"has", "have", "'ve"})
_WEEKDAY_NAMES = frozenset(WEEKDAYS)


def _a_day_of_a_present_perfect(word: Token, verb: Token, helpers: list[str]) -> bool:
    """Whether `word` is a weekday that a present perfect governs ('has invited them to
    Orlen on Friday', 'has called a vote for Wednesday', 'has been set for Monday'): English
    does not date a present perfect with a past day, so the day is that of the thing set up,
    still to come. Not a 'since' day ('has been missing since Friday'); a passive's only
    after 'for' (not 'has been charged on Monday', loose copy for 'was charged')."""
    if not _PRESENT_PERFECT & set(helpers):
        return False
    # the time expression's span may open with its preposition ('on Friday')
    day = next((t for t in word.subtree if t.lower_ in _WEEKDAY_NAMES), None)
    if word.pos_ == "ADP" and day is not None and word.head.i == verb.i:
        linked_by = word.lower_
    elif day is not None and day.i == word.i and _hangs_from(word, verb):
        phrase = word.head if word.head.lower_ in _DAY_PARTS else word
        linked_by = phrase.head.lower_ if phrase.head.pos_ == "ADP" else ""
    else:
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return linked_by != "since" and (not passive or linked_by == "for")


# verbs of setting out whose present progressive tells of a planned trip ('is flying to Orlen
# on Monday'), unlike most ('police are investigating a fire Sunday')
_ON_THE_WAY = frozenset({"head", "go", "travel", "fly", "return", "leave", "visit"})
# … and verbs of arranging an event ('the family is holding a vigil Tuesday')
_ARRANGING = frozenset({"hold", "host", "plan", "organize", "organise", "schedule"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})


def _present_be(verb: Token, helpers: list[str]) -> bool:
    """A present 'be' as the verb itself ('the vote is Thursday'). Not a present progressive:
    'police are investigating a fire Sunday' tells of a past day as often as 'they are
    meeting Friday' of a coming one."""
    return verb.lemma_ == "be" and verb.tag_ in {"VBZ", "VBP"} and not helpers


# what 'is' may tell of as of a day: 'is in stable condition Tuesday', 'is in custody Monday'
_STATE_NOUNS = frozenset({"condition", "custody", "jail", "prison", "hospital", "care"})


def _a_state(verb: Token) -> bool:
    """Whether a present 'be' tells of a state as of the day ('is stable Tuesday', 'is in
    critical condition Monday'), not of the day a thing is set for ('the vote is Thursday')."""
    for child in verb.children:
        if child.dep_ == "acomp":
            return True
        if child.dep_ == "prep" and any(
            c.dep_ == "pobj" and c.lemma_ in _STATE_NOUNS for c in child.children
        ):
            return True
    return False


# present forms that tell of a state or a saying on the day, not of a thing set for it
_NOT_SET = frozenset({"be", "have", "do", "remain", "stay", "keep", "continue", "hope", "want"})
_NOT_SET_REPORTING = NEUTRAL_REPORTING_VERBS | DISTANCING_REPORTING_VERBS


def _a_present_of_a_set_day(verb: Token, word: Token, helpers: list[str]) -> bool:
    """Whether a present simple governs the day in a sentence of running text ('Dross faces
    sentencing Friday', 'the council votes Thursday'): news tells of a thing set for the day
    that way, while a headline's present ('Mill reopens on Monday', no stop) tells of a past
    one, and a state's or a saying's present ('remains hospitalized Tuesday', 'says
    Tuesday') of the day it held."""
    if verb.tag_ not in {"VBZ", "VBP"} or helpers or not _hangs_from(word, verb):
        return False
    # a weekday's span may open with its preposition ('on Friday'); not 'over the weekend'
    if not any(t.lower_ in _WEEKDAY_NAMES for t in word.subtree):
        return False
    if verb.lemma_ in _NOT_SET or verb.lemma_ in _NOT_SET_REPORTING:
        return False
    return verb.sent.text.rstrip().rstrip("\"”’')").endswith((".", "!", "?"))


# words that only say which part of a day ('Thursday morning')
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})


def _hangs_from(word: Token, verb: Token) -> bool:
    """Whether `word` (or the part of day it names) modifies `verb` itself, at most through a
    preposition: in 'the vote on the June 3 bill is next' the day is the bill's, and the
    present tense does not date it."""
    current = word.head if word.head.lower_ in _DAY_PARTS else word
    if current.head.pos_ == "ADP":
        current = current.head
    return current.head.i == verb.i
