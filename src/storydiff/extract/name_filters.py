"""Name runs that name no actor: a lone letter or particle, a slogan, a party label or
tag ('R-Ky.'), a capitalised description ('the Administration'), a weekday or month; and
the checks they read (a known given name, a known person). Split out of mentions.py, which
reads a name run only after these say it may be an actor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import MONTHS, WEEKDAYS, fold
from ..text_groups import GOVERNMENT_NOUNS, PORTFOLIO_WORDS
from ..text_names import (
    COUNTRY_NOUNS,
    HONORIFICS,
    MONTH_ABBREVIATIONS,
    NAME_PARTICLES,
    PARTY_MEMBER_WORDS,
    TITLE_WORDS,
)
from .aliases import is_country
from .mention_finish import by_given_name
from .name_runs import in_quoted_title, run_text
from .speaker_memory import SpeakerMemory

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["is_known_person", "names_no_actor", "without_portfolio"]

# Full month names only: an abbreviation counts as a date with its full stop ('Oct.')
_FULL_MONTHS = frozenset(m for m in MONTHS if len(m) > 4 or m in {"may", "june", "july"})
_CALENDAR = frozenset(WEEKDAYS) | _FULL_MONTHS
CAPITALISED_DESCRIPTIONS = GOVERNMENT_NOUNS | COUNTRY_NOUNS


def names_no_actor(run: list[Token], titles: set[str], memory: SpeakerMemory) -> bool:
    """A run that names no actor: no letter or no capital, a lone letter or particle, a
    slogan, a party label or tag, a date."""
    head = run[-1]
    if head.tag_ == "POS" or not any(ch.isalpha() for t in run for ch in t.text):
        return True
    if not any(t.text[:1].isupper() for t in run):
        return True  # a word the tagger took for a name ('un' of 'Kim Jong - un'): no capital
    if len(run) == 1 and fold(head.text) in CAPITALISED_DESCRIPTIONS:
        return True  # 'the Administration', 'our Country': descriptions, capitalised
    if len(run) == 1 and len(head.text) == 1:
        return True  # a lone letter: a party ('Ana Dale (D)'), a list mark, never an actor
    if len(run) == 1 and fold(head.text) in NAME_PARTICLES and not is_known_given(head, memory):
        return True  # 'Al' split off a name ('Al-Vessa' read as two runs), no actor
    if in_quoted_title(run) or fold(head.text) in PARTY_MEMBER_WORDS or party_tag(run):
        return True  # a slogan; 'a Republican', 'the Velka Democrat' describe someone; 'R-Ky.'
    # 'Tuesday', 'December', 'Oct.': dates, not actors ('Mrs. May' is one)
    return len(run) == 1 and is_calendar_word(head) and not is_known_person(run, titles, memory)


def without_portfolio(run: list[Token]) -> list[Token]:
    """The run without the portfolio of the capitalised title after it: 'Treasury' of
    'Treasury Secretary Ana Holm' is part of her title, no body acting (none left), and
    'U.S. Trade' of 'U.S. Trade Representative' is the state alone ('U.S.'). A run with any
    other word ('Holm Timber' of 'Holm Timber Chairman Ira Voss', a company) is kept whole."""
    doc, after = run[0].doc, run[-1].i + 1
    title = doc[after] if after < len(doc) else None
    if title is None or not title.is_title or fold(title.text) not in TITLE_WORDS:
        return run
    if fold(title.text) in HONORIFICS:
        return run
    state = max((i for i in range(1, len(run)) if is_country(run_text(run[:i]))), default=0)
    if not all(fold(t.text) in PORTFOLIO_WORDS | TITLE_WORDS for t in run[state:]):
        return run
    return run[:state]


def party_tag(run: list[Token]) -> bool:
    """'R-Ky.', 'D-N.Y.': a lawmaker's party and state after the name, no actor."""
    doc, first = run[0].doc, run[0].i
    return (
        first >= 2
        and doc[first - 1].text == "-"
        and doc[first - 2].text in {"R", "D", "I"}
        and not doc[first - 2].whitespace_
        and not doc[first - 1].whitespace_
    )


def is_known_given(word: Token, memory: SpeakerMemory) -> bool:
    """'Al' after 'Al Brenner': a person's given name, or the person's name itself."""
    return memory.is_person(word.text) or by_given_name(word.text, memory) is not None


def is_calendar_word(token: Token) -> bool:
    """A weekday, a month, or a month abbreviated with its full stop ('Oct.')."""
    word = fold(token.text)
    return word in _CALENDAR or (token.text.endswith(".") and word in MONTH_ABBREVIATIONS)


def is_known_person(run: list[Token], titles: set[str], memory: SpeakerMemory) -> bool:
    """The run names a person: titled ('Mrs. May') or named as a person before."""
    return bool(titles) or memory.is_person(run_text(run))
