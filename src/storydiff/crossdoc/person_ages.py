"""People in the figures of a statement: the name an age belongs to ('Dana Orrell, 34,'; 'a
34-year-old Dana Orrell'), keyed so that one person's age told by two outlets can be compared,
and words that head no counted thing. `amounts.py` uses these.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..text import fold, name_key
from ..text_names import TITLE_WORDS

if TYPE_CHECKING:
    from .amounts import Amount

__all__ = ["NOT_HEADS", "modifiers_dropped", "name_run", "person_key", "with_full_names"]

# words a counted thing is never named by ('5 per cent', 'two days', 'three times')
NOT_HEADS = {"per", "cent", "of", "the", "a", "an", "and", "or", "to", "in", "on"} | {
    "year", "years", "month", "months", "week", "weeks", "day", "days", "time", "times",
    "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday",
}  # fmt: skip


def modifiers_dropped(words: list[str], pos_of: dict[str, str]) -> list[str]:
    """The words after a comma that follows an age, from the adjective that opens them, when
    they go on qualifying the person ('terminally ill woman' of 'a 60-year-old, terminally
    ill woman'); empty when they open with anything else ('the 60-year-old, police said')."""
    skipped = 0
    while skipped < len(words) and pos_of.get(words[skipped].lower()) == "ADV":
        skipped += 1
    rest = words[skipped:]
    return rest if rest and pos_of.get(rest[0].lower()) == "ADJ" else []


def name_run(words: list[str], pos_of: dict[str, str]) -> list[str]:
    """The proper-name words that end `words`, titles and days left out ('Sheriff Dana
    Orrell' -> Dana Orrell); empty when the last word is no name."""
    run: list[str] = []
    for word in reversed(words):
        key = fold(word)
        if pos_of.get(word.lower()) != "PROPN" or key in TITLE_WORDS or key in NOT_HEADS:
            break
        run.insert(0, word)
    return run


def person_key(name: list[str]) -> str:
    """'age dana orrell' for 'Dana Orrell': the family name and the word before it, folded
    ('Sheriff Dana Orrell' has lost its title already; of 'Lorrin Mayor Dana Orrell' or 'Sam
    Dana Orrell' only 'Dana Orrell' is sure to be the person's name)."""
    return "age " + " ".join(name_key(w) for w in name[-2:])


# the given name right before a family name, or before a middle initial: 'Dana (J.) Orrell'
_GIVEN_NAME_BEFORE = r"\b([A-Z][\w'’-]+)\s+(?:[A-Z]\.\s+)?"


def with_full_names(found: list[Amount], text: str) -> list[Amount]:
    """Ages keyed by a family name alone ('Wilson, 14,') keyed by the full name instead, when
    the article (`text`) gives that family name one given name only ('Tarin Wolde')."""
    out = []
    for amount in found:
        words = amount.head.split()
        if amount.person and len(words) == 2:
            family = amount.noun.split()[-1]
            given = {
                name_key(m.group(1))
                for m in re.finditer(_GIVEN_NAME_BEFORE + re.escape(family) + r"\b", text)
            }
            given -= TITLE_WORDS | set(NOT_HEADS)
            if len(given) == 1:
                amount = replace(amount, head=f"age {given.pop()} {words[1]}")
        out.append(amount)
    return out
