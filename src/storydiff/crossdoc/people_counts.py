"""What a count of people counts, read off what they did or what befell them: '15 people
died' counts the dead ('15 dead'), '20,000 people marched' the crowd ('20,000 protesters').
Word lists live in text.py."""

from __future__ import annotations

import re

from ..text import (
    CASUALTY_NOUNS,
    CASUALTY_VERB_FORMS,
    CASUALTY_WORDS,
    CROWD_VERB_FORMS,
    DEMONYMS,
    PEOPLE_NOUNS,
    fold,
)

__all__ = ["fate_of_people", "nationals_fate", "people_count"]

# what happened to a count of people: 'killed 15 people', '15 people died', '15 people were
# hurt', 'left 15 people dead'
_FATE_BEFORE = re.compile(
    rf"\b({'|'.join(CASUALTY_VERB_FORMS)}|{'|'.join(CROWD_VERB_FORMS)})\s+$", re.IGNORECASE
)
_LONGEST_VERB = max(map(len, (*CASUALTY_VERB_FORMS, *CROWD_VERB_FORMS)))
# matched at the end of the noun with `match(text, pos)`, which anchors there without copying
# the rest of the text (a digest of 100,000 characters has hundreds of counts)
_FATE_AFTER = re.compile(
    r"\s+(?:(?:were|was|have|has|had|are)\s+)?(?:been\s+)?(?:reportedly\s+)?([a-z]+)\b",
    re.IGNORECASE,
)


def fate_of_people(text: str, start: int, end: int, noun: str) -> str:
    """'dead' or 'injured' for a count of people an event killed or hurt, told with a verb
    ('killed 15 people', '15 people died'): the same count as '15 dead'; 'crowd' for people
    who marched or rallied ('20,000 people marched', 'the march drew 20,000 people'); ''
    otherwise."""
    before = _FATE_BEFORE.search(_tail_before(text, start))
    if before:
        word = before.group(1).lower()
        return CASUALTY_VERB_FORMS.get(word) or CROWD_VERB_FORMS[word]
    at = text.find(noun, end)
    after = _FATE_AFTER.match(text, at + len(noun)) if at >= 0 else None
    if after is None:
        return ""
    word = after.group(1).lower()
    return CASUALTY_WORDS.get(word) or CROWD_VERB_FORMS.get(word, "")


def _tail_before(text: str, start: int) -> str:
    """The end of `text[:start]` that `_FATE_BEFORE` can match: its trailing whitespace, the
    longest verb form and one character more for the word boundary. Searching the whole
    prefix gives the same match but costs time in the prefix's length, for every count."""
    core = len(text[:start].rstrip())
    return text[max(0, core - _LONGEST_VERB - 1) : start]


def people_count(head: str, qualified: bool, text: str, start: int, end: int, noun: str) -> str:
    """What a count of `head` counts when it is one of the dead, the injured or a crowd
    ('dead', 'injured', 'crowd'), or '': '12 deaths' and 'a toll of 12' count the dead; so
    does '15 people died', of people and nothing narrower ('15 civilians died' may be some
    of the dead)."""
    if head in CASUALTY_NOUNS:
        return CASUALTY_NOUNS[head]
    if head in PEOPLE_NOUNS and not qualified:
        return fate_of_people(text, start, end, noun)
    return ""


def nationals_fate(text: str, start: int, end: int, noun: str) -> str:
    """'dead' or 'injured' for a count of one nationality an event killed or hurt ('killed 19
    Canadians', '19 Britons were hurt'): some of the dead or injured, never more than all of
    them; '' for any other count ('the ferry carried 19 Canadians')."""
    key = fold(noun)
    if not (key.endswith("s") and key[:-1] in DEMONYMS):
        return ""
    fate = fate_of_people(text, start, end, noun)
    return fate if fate in {"dead", "injured"} else ""
