"""Whether a time expression's clause speaks of the future ('will meet on Thursday', 'on
Thursday lawmakers are set to vote'), read from word cues around it; a verb of saying right
before it dates the saying, which is past. `timexpr.find_time_expressions` uses these beside
the parse's tense (`tense.py`).
"""

from __future__ import annotations

import re

from ..text import SAID_FORMS
from .timex_years import sentence_bounds

__all__ = ["clause_future", "future_tense"]

_FUTURE = re.compile(
    r"\b(will|'ll|should(?! have)|is to|are to|plans? to|planned for|(?:re)?scheduled|slated|next|"
    r"is due|are due|set to|expected (?:to|in|on|by)|(?:un)?likely to|going to|upcoming|coming|"
    r"to be (?:held|shown|aired|broadcast|televised|released|published|signed|sworn)|"
    r"ahead of|in advance of|"
    r"to air|to vote|to meet)\b",
    re.I,
)
# a weekday right after a verb of saying dates the saying, which is past ('said on Thursday
# that it will…')
# (or a past form right before it: 'shown Thursday', 'arrested on Friday'; not a coming
# passive: 'to be shown on Tuesday', nor a plan: 'a hearing is expected on Friday')
_SAID_BEFORE = re.compile(
    rf"(?<!\bto be )\b(?!(?:expected|scheduled|rescheduled|planned|slated)\b)"
    rf"(?:{'|'.join(SAID_FORMS)}|\w+ed|shown|held|met|made|took|began|won|lost|"
    r"fell|rose)"
    r"\s+(?:on\s+|late\s+|early\s+)?$",
    re.I,
)
# a verb of saying a few words before ('told journalists on a Tuesday call', 'said in a post
# on Friday'): the day of the saying, past, unless the words between speak of the future
_SAID_A_FEW_WORDS_BEFORE = re.compile(
    rf"\b(?:{'|'.join(SAID_FORMS)})\s+((?:[\w'’]+\s+){{1,3}})$", re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(r"[,;:“”\"]|\b(?:that|and|but|when|while|after|before)\b")


def future_tense(text: str, position: int) -> bool:
    """Whether the clause of the expression at `position` speaks of the future ('will meet on
    Thursday', 'on Thursday lawmakers are set to vote'): a future marker in its
    sentence before it or in its clause after it, unless a past form governs it ('said on
    Thursday that it will…', 'shown Thursday')."""
    if _SAID_BEFORE.search(text[max(0, position - 20) : position]):
        return False
    said = _SAID_A_FEW_WORDS_BEFORE.search(text[max(0, position - 40) : position])
    if said and not _AHEAD_WORDS.search(said.group(1)) and not _CLAUSE_BREAK.search(said.group(1)):
        return False
    return clause_future(text, position)


# words between a verb of saying and a day that make the day the reported act's, not the saying's
_AHEAD_WORDS = re.compile(rf"{_FUTURE.pattern}|\b(?:would|could|might|may|to)\b", re.IGNORECASE)


def clause_future(text: str, position: int, own_clause: bool = False) -> bool:
    """Whether a future marker stands in the sentence before `position` (`own_clause`: in
    its own clause, after the last comma, quotation mark or 'that' before it) or in its
    clause after it; after it, not one that dates a later thing ('surrendered early Thursday
    ahead of expected charges')."""
    start, end = sentence_bounds(text, position)
    if own_clause:
        breaks = list(_CLAUSE_BREAK.finditer(text, start, position))
        start = breaks[-1].end() if breaks else start
    after = _CLAUSE_BREAK.search(text, position, end)
    return any(
        start + marker.start() < position or marker.group(1).lower() not in _LATER_THING
        for marker in _FUTURE.finditer(text[start : after.start() if after else end])
    )


# future markers that, after a date, tell of something later than the dated act
_LATER_THING = frozenset({"ahead of", "in advance of", "upcoming", "coming", "next"})
