"""Short statements that point at a thing they never name, held apart from every other one.

A remark of a few words whose subject or object is a demonstrative pronoun ('This is about
the Kell dam.', 'It is not our dam.', 'Brandt called that a lie.') says something about a
referent it leaves to its context. What is left of it is two or three of the story's topic
words, and every sentence of the coverage that uses them scores as its counterpart (BASIL
dev: 11 of the 12 predicted links whose shorter statement has at most six words were such
fragments, all wrong; docs/benchmarks.md). A short statement that names what it is about
('Serbia is a sovereign country.', 'Turnout was put at 58 percent.') states a fact of its own
and is left alone; so is a demonstrative that its own relative clause names ('Those who left
were fined.'). The same remark quoted by two outlets (the same content words on both sides)
is still one fact, so two such fragments may still be grouped with each other.
"""

from __future__ import annotations

from ..model import Analysis, Unit

MAX_WORDS = 6
"""The longest statement (in words, punctuation left out) read as a possible fragment: on
BASIL dev, statements of 7-10 words link rightly more often than not."""

DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_RELATIVES = frozenset({"who", "which", "that", "whom", "whose"})


def unnamed_referent(unit: Unit) -> str | None:
    """The pronoun of a short statement that stands for something it does not name ('this',
    'that', or the 'it' of 'it is'), or None."""
    predicate = unit.predicate
    if len(unit.tokens) > MAX_WORDS or predicate is None:
        return None
    arguments = [predicate.agent, predicate.patient]
    if predicate.agent == "it" and predicate.verb == "be":
        return "it"
    for position, (token, pos) in enumerate(zip(unit.tokens, unit.pos, strict=False)):
        if token not in DEMONSTRATIVES or token not in arguments:
            continue
        following = unit.tokens[position + 1 : position + 2]
        # 'those who block the roads' names its referent; 'called that a …' does not
        if pos in {"PRON", "SCONJ"} and not (following and following[0] in _RELATIVES):
            return token
    return None


def fragment_reason(left: Analysis, a: Unit, right: Analysis, b: Unit) -> str | None:
    """Why a and b must not share a group because one is a short fragment about something
    it does not name, in words, or None. Two wordings of one remark are not held apart."""
    for analysis, unit, other in ((left, a, b), (right, b, a)):
        pronoun = unnamed_referent(unit)
        if pronoun is None or _same_remark(unit, other):
            continue
        return (
            f"{analysis.article.outlet}'s '{unit.text.strip()}' is a short remark whose "
            f"'{pronoun}' stands for something it does not name"
        )
    return None


def _same_remark(unit: Unit, other: Unit) -> bool:
    return len(other.tokens) <= MAX_WORDS and unit.content == other.content
