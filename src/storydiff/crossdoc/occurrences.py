"""Statements that tell when the story's event happened ('the shooting happened Friday', 'on
the landing when the incident occurred'), and whether two statements tell of one act through it.

Outlets date one event in different words: one says when 'the shooting happened', another when
'the teen was shot', a third what the family did 'when the tragedy occurred'. Their main verbs
differ ('happen', 'shoot', 'be') and the aligner may keep them apart, so the date detectors'
same-verb tests never compare them (issue 11, Gun Violence Corpus reading). Two statements tell
of one act here when one says that a definite event ('the shooting', not 'a similar incident')
happened, and the other names the same act (the noun's verb, 'shooting' / 'shot', or the same
noun happening), or says that a generic event ('the incident', 'the tragedy') happened: in one
story, 'the tragedy' is the event the story is about.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Unit
from .sides import LIGHT_VERBS

__all__ = ["act_of", "same_occurrence"]

# 'the shooting happened', 'the fatal crash occurred', 'this incident took place'
_OCCURRED = re.compile(
    r"\b(?:the|this|that)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]+)\s+"
    r"(?:happened|occurred|took\s+place|unfolded)\b",
    re.IGNORECASE,
)
# nouns that name whatever the story's event is
_GENERIC_EVENTS = frozenset({"incident", "tragedy", "event"})


def act_of(noun: str) -> str:
    """The verb a deverbal noun names ('shooting' -> 'shoot', 'stabbing' -> 'stab')."""
    if noun.endswith("ing") and len(noun) > 5:
        stem = noun[:-3]
        return stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem
    return noun


@lru_cache(maxsize=4096)
def _occurrences(text: str) -> frozenset[str]:
    """The events a statement says happened, as the verbs they name ('shoot'), or the generic
    nouns as written ('incident'); cached, as every statement meets every other article's."""
    return frozenset(act_of(m.group("noun").lower()) for m in _OCCURRED.finditer(text))


def same_occurrence(a: Unit, b: Unit) -> bool:
    """Whether two statements tell of one act through an event one of them says happened
    (see the module docstring)."""
    told_a, told_b = _occurrences(a.text), _occurrences(b.text)
    if not (told_a or told_b):
        return False
    if told_a and told_b and (told_a | told_b) & _GENERIC_EVENTS:
        return True
    acts_a, acts_b = set(told_a), set(told_b)
    for unit, acts in ((a, acts_a), (b, acts_b)):
        if unit.predicate is not None and unit.predicate.verb not in LIGHT_VERBS:
            acts.add(unit.predicate.verb)
    return bool((acts_a & acts_b) - _GENERIC_EVENTS)
