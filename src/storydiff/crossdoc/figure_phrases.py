"""The words around a figure: the words right after it, the noun phrase they open, and the
person or kind of person an age belongs to ('a 25-year-old man', 'Dana Orrell, 40,').

Split from amounts.py, which reads figures and the things they count."""

from __future__ import annotations

import re

from .periods import words_before_period
from .person_ages import NOT_HEADS, modifiers_dropped, name_run, person_key

# a word, or an abbreviation written with its stops ('U.S. troops', 'U.N. staff')
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][\w-]*")


def words_after(text: str, position: int, limit: int) -> list[re.Match[str]]:
    """Up to `limit` words right after `position`, stopping at punctuation ('euros,
    officials said' stops before 'officials')."""
    words: list[re.Match[str]] = []
    for match in _WORD.finditer(text, position):
        if len(words) == limit or text[position : match.start()].strip():
            break
        words.append(match)
        position = match.end()
    return words


def noun_phrase(words: list[str], pos_of: dict[str, str]) -> list[str]:
    """The noun phrase that opens `words`, up to its last noun ('federal income taxes' of
    'federal income taxes from 2007'); empty when it holds no noun."""
    run = []
    for word in words_before_period(words):  # 'games last season' counts games, not seasons
        pos = pos_of.get(word.lower(), "ADJ" if "-" in word else "")
        if pos not in {"ADJ", "NOUN", "PROPN"} or word.lower() in NOT_HEADS:
            break
        run.append(word)
    while run and not is_head(run[-1], pos_of):
        run.pop()
    return run


def is_head(word: str, pos_of: dict[str, str]) -> bool:
    return pos_of.get(word.lower()) in {"NOUN", "PROPN"} and word.lower() not in NOT_HEADS


def age_thing(
    text: str, end: int, pos_of: dict[str, str], lemma_of: dict[str, str]
) -> tuple[str, str, frozenset[str]]:
    """What an age ending at `end` measures, as amounts' things are keyed: the person named
    after it ('a 25-year-old Ana Holm'), else the kind of person ('age man'); of no one named
    ('the 69-year-old suffered …') it may be anyone's and is not compared ('')."""
    phrase = noun_phrase([m.group() for m in words_after(text, end, 4)], pos_of)
    if not phrase and (comma := re.match(r",\s*", text[end:])):  # '60, ill man'
        after = words_after(text, end + comma.end(), 4)
        phrase = noun_phrase(modifiers_dropped([m.group() for m in after], pos_of), pos_of)
    if not phrase:
        return "", "", frozenset()
    noun = phrase[-1]
    name = name_run(phrase, pos_of)
    if name:
        return person_key(name), " ".join(name), frozenset()
    return f"age {lemma_of.get(noun.lower(), noun.lower())}", noun, frozenset()
