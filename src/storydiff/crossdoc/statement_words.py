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


def statement_words(unit: Unit) -> list[Word]:
    """The statement's tokens with their offsets in the article, in text order."""
    found: list[Word] = []
    cursor = 0
    text = unit.text.lower()
    for token, lemma, pos, stop in zip(unit.tokens, unit.lemmas, unit.pos, unit.stop, strict=False):
        at = text.find(token, cursor)
        if at < 0:
            continue
        cursor = at + len(token)
        found.append(Word(unit.start + at, unit.start + cursor, token, lemma, pos, stop))
    return found
