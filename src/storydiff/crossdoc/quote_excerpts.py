"""A mixed quote's words in quotation marks, the speaker's own, found in another outlet's quote.

A mixed quote reports a remark in the reporter's words around a few of the speaker's in
marks: 'dismissing his arguments as "malarkey"', 'he feels "badly" for Flynn'. Against
another outlet's direct quote the reporter's words ('arguments') count as missing and the
embedding is far, so the pair scores low; yet when the other quote holds every word in the
marks (in any inflection) and the same named speaker said both, the excerpt is that quote's.
"""

from __future__ import annotations

import re
from typing import Protocol

from ..text_names import same_given_names
from .quote_voices import same_speaker

# an opening mark, or a straight one after a space or at the start, opens a fragment
_MARKS = re.compile(r"[\"“”]")
_MIN_STEM = 4


class Excerpt(Protocol):
    """What the check reads of a quote (`quotes.QuoteFeatures`)."""

    @property
    def key(self) -> str: ...
    @property
    def named(self) -> bool: ...
    @property
    def given(self) -> tuple[str, ...]: ...
    @property
    def terms(self) -> frozenset[str]: ...
    @property
    def marked(self) -> frozenset[str]: ...


def marked_text(text: str) -> list[str]:
    """The stretches of a mixed quote's text inside quotation marks: 'his arguments as
    “malarkey' gives ['malarkey']; a quote that opens inside the marks ('projecting
    weakness" with his…') gives its start."""
    pieces: list[str] = []
    inside, start = False, 0
    for mark in _MARKS.finditer(text):
        opening = mark.group() == "“" or (
            mark.group() == '"' and (mark.start() == 0 or text[mark.start() - 1].isspace())
        )
        if not inside and not opening and mark.start() > 0 and not pieces:
            pieces.append(text[: mark.start()])  # the quote began inside the marks
        elif inside and not opening:
            pieces.append(text[start : mark.start()])
        inside, start = opening, mark.end()
    if inside:
        pieces.append(text[start:])
    return [p for p in pieces if p.strip()]


def excerpt_of(short: Excerpt, long: Excerpt) -> bool:
    """Whether `short` is a mixed quote whose words in marks are all in `long`, another
    quote of the same named speaker: 'his arguments as "malarkey"' of "That's a bunch of
    malarkey"."""
    if not (short.marked and short.named and long.named and short.key and long.key):
        return False
    if not same_speaker(short.key, long.key):
        return False
    if not same_given_names(list(short.given), list(long.given)):
        return False
    return all(any(_one_word(word, other) for other in long.terms) for word in short.marked)


def _one_word(a: str, b: str) -> bool:
    """'support' and 'supported': one starts the other, four letters or more."""
    shorter, longer = sorted((a, b), key=len)
    return longer.startswith(shorter) and (shorter == longer or len(shorter) >= _MIN_STEM)
