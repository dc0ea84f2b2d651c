"""A quote of a few words is weak evidence of one utterance.

'to drop out of the race', 'the report be released', 'he should step aside': many people
in one story say as much, so two such quotes in two outlets are one utterance only when
their speakers vouch for it: one named speaker (or a body and its spokesperson), a speaker
whose name the other's description holds ('Police' and 'a police spokesperson'), or a
company's description ('the company') for a name that is no person's ('Dravid'), or a bare
title ('a police spokeswoman') for the one person the articles give it (`quote_titles`). A quote
of one or two words must also find all of them in the other, in any inflection ('it
supported Belgrade' in 'we support Belgrade'): 'to stay in the race' and 'Akin to withdraw
from the race' share only the race.
"""

from __future__ import annotations

from typing import Protocol

from ..text import fold
from ..text_names import COMPANY_NOUNS, ORGANISATION_WORDS, same_given_names
from .quote_voices import Voiced, one_voice, same_speaker

_MIN_STEM = 4


class ShortQuote(Voiced, Protocol):
    """What the check reads of a quote (`quotes.QuoteFeatures`)."""

    @property
    def terms(self) -> frozenset[str]: ...
    @property
    def named(self) -> bool: ...
    @property
    def given(self) -> tuple[str, ...]: ...
    @property
    def speaker(self) -> str: ...
    @property
    def holder(self) -> str: ...


def too_few_words(a: ShortQuote, b: ShortQuote, words: int) -> bool:
    """Whether the shorter quote has `words` content words or fewer and nothing says the
    two are one remark: their speakers do not vouch for it, or, under `words`, the longer
    quote lacks some of its words."""
    fewest = min(len(a.terms), len(b.terms))
    if fewest > words:
        return False
    return not vouched(a, b) or (fewest < words and not all_words_there(a, b))


def vouched(a: ShortQuote, b: ShortQuote) -> bool:
    """Whether the two speakers are known to be one voice (see the module's docstring)."""
    if not (a.key and b.key):
        return False
    if a.named and b.named:
        same = same_speaker(a.key, b.key) and same_given_names(list(a.given), list(b.given))
        return same or one_voice(a, b)
    return _described_by(a, b) or _described_by(b, a) or _holds(a, b) or _holds(b, a)


def _holds(named: ShortQuote, titled: ShortQuote) -> bool:
    """'Hanne Brodal' for 'police spokeswoman', the title the articles give her alone."""
    return named.named and bool(titled.holder) and titled.holder == named.key


def _described_by(named: ShortQuote, other: ShortQuote) -> bool:
    """'Police' by 'a police spokesperson'; 'Dravid' (no given name) by 'the company'."""
    words = [fold(w.strip(".,'’")) for w in other.speaker.split()]
    if named.key in words:
        return True
    organisation = bool(words) and words[-1] in COMPANY_NOUNS | ORGANISATION_WORDS
    return named.named and not named.given and organisation


def all_words_there(a: ShortQuote, b: ShortQuote) -> bool:
    """Whether every word of the shorter quote is in the longer one, in any inflection."""
    short, long = sorted((a.terms, b.terms), key=len)
    return all(any(_one_word(word, other) for other in long) for word in short)


def _one_word(a: str, b: str) -> bool:
    """'support' and 'supported': one starts the other, four letters or more ('war' is not
    'ward')."""
    shorter, longer = sorted((a, b), key=len)
    return longer.startswith(shorter) and (shorter == longer or len(shorter) >= _MIN_STEM)
