"""What happened to a counted group of people ('killed 15 people', '15 people died'): the
same count as a casualty word gives ('15 dead'). Word lists live in text.py."""

from __future__ import annotations

import re

from ..text import CASUALTY_NOUNS, CASUALTY_VERB_FORMS, CASUALTY_WORDS, PEOPLE_NOUNS

__all__ = ["casualty_count", "fate_of_people"]

# what happened to a count of people: 'killed 15 people', '15 people died', '15 people were
# hurt', 'left 15 people dead'
_FATE_BEFORE = re.compile(rf"\b({'|'.join(CASUALTY_VERB_FORMS)})\s+$", re.IGNORECASE)
_FATE_AFTER = re.compile(
    r"^\s+(?:(?:were|was|have|has|had|are)\s+)?(?:been\s+)?(?:reportedly\s+)?([a-z]+)\b",
    re.IGNORECASE,
)


def fate_of_people(text: str, start: int, end: int, noun: str) -> str:
    """'dead' or 'injured' for a count of people an event killed or hurt, told with a verb
    ('killed 15 people', '15 people died'): the same count as '15 dead'; '' otherwise."""
    before = _FATE_BEFORE.search(text[:start])
    if before:
        return CASUALTY_VERB_FORMS[before.group(1).lower()]
    at = text.find(noun, end)
    after = _FATE_AFTER.match(text[at + len(noun) :]) if at >= 0 else None
    return CASUALTY_WORDS.get(after.group(1).lower(), "") if after else ""


def casualty_count(head: str, qualified: bool, text: str, start: int, end: int, noun: str) -> str:
    """The casualty word ('dead', 'injured') a count of `head` counts, or '': '12 deaths' and
    'a toll of 12' count the dead; so does '15 people died', of people and nothing narrower
    ('15 civilians died' may be some of the dead)."""
    if head in CASUALTY_NOUNS:
        return CASUALTY_NOUNS[head]
    if head in PEOPLE_NOUNS and not qualified:
        return fate_of_people(text, start, end, noun)
    return ""
