"""A statement's tokens with their offsets in the article, for the readers that walk its
words (polarity, dates) without parsing again."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Unit

__all__ = ["Word", "statement_words"]


@dataclass(frozen=True)
class Word:
    """One token of a statement, with its article offsets."""

    start: int
    end: int
    text: str
    lemma: str
    pos: str
    stop: bool


# statement_words per unit, keyed by identity (a Unit hashes all its fields, frames
# included): the readers ask again for each pair a statement is in. The unit is kept beside
# its words so an id is never taken for a later unit's; cleared when full.
_WORDS: dict[int, tuple[Unit, tuple[Word, ...]]] = {}
_WORDS_LIMIT = 4096


def statement_words(unit: Unit) -> tuple[Word, ...]:
    """The statement's tokens with their offsets in the article, in text order."""
    entry = _WORDS.get(id(unit))
    if entry is not None and entry[0] is unit:
        return entry[1]
    if len(_WORDS) >= _WORDS_LIMIT:
        _WORDS.clear()
    found = _read_words(unit)
    _WORDS[id(unit)] = (unit, found)
    return found


def _read_words(unit: Unit) -> tuple[Word, ...]:
    found: list[Word] = []
    cursor = 0
    text = unit.text.lower()
    for token, lemma, pos, stop in zip(unit.tokens, unit.lemmas, unit.pos, unit.stop, strict=False):
        at = text.find(token, cursor)
        if at < 0:
            continue
        cursor = at + len(token)
        found.append(Word(unit.start + at, unit.start + cursor, token, lemma, pos, stop))
    return tuple(found)
