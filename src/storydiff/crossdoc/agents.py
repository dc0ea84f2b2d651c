"""Who did an act and to whom, as the linked actors tell it: whether two statements of one
act on one patient give it to two different groups, or to a group and someone not of it
('police shot the teenager' / 'a bystander shot the teenager'), which crossdoc/detectors.py
reports as an agent conflict (different named actors are told there from the predicates
alone, unless the two agents may be one actor told two ways); and whether two statements
are about acts on two different named people.
"""

from __future__ import annotations

import re

from ..model import Analysis, Unit
from ..text import fold, name_key
from ..text_groups import (
    GENERIC_ACTOR_NOUNS,
    GROUP_MEMBER_NOUNS,
)
from ..text_names import PARTY_MEMBER_WORDS, TITLE_WORDS


def other_groups(left: Analysis, a: Unit, right: Analysis, b: Unit) -> bool:
    """The same act on the same patient done by a group on one side ('police', one actor
    across the articles) and by another group or by someone who is not of it on the other
    ('protesters', 'a bystander'); never by one of its members ('an officer') or by someone
    who may be anyone ('a man', 'officials'), nor when the other statement names the group
    too ('police and protesters clashed'). Both acts plainly asserted."""
    pa, pb = a.predicate, b.predicate
    if pa is None or pb is None or not pa.patient or pa.patient != pb.patient:
        return False
    if pa.negated or pb.negated:
        return False  # 'troops crossed the border' / 'rebels did not cross the border'
    if pa.agent is not None and pa.agent == pb.agent:
        return False  # one head word, one group: 'Democrats, who had hoped…' / 'House Democrats'
    if {pa.patient, pa.agent, pb.agent} & GENERIC_ACTOR_NOUNS:
        return False
    group_a, group_b = _group_of(left, a), _group_of(right, b)
    if group_a is None and group_b is None:
        return False
    if group_a in _groups_in(right, b) or group_b in _groups_in(left, a):
        return False
    if group_a is not None and group_b is not None:
        return group_a != group_b
    group, other = (group_a, pb) if group_a is not None else (group_b, pa)
    if other.agent is None or other.agent_is_name or other.agent in GENERIC_ACTOR_NOUNS:
        return False
    members = [m for kind, m in GROUP_MEMBER_NOUNS.items() if name_key(kind) == group]
    return not any(other.agent in m for m in members)


def one_actor_told_two_ways(left: Analysis, a: Unit, right: Analysis, b: Unit) -> bool:
    """Whether two statements' agents may be one actor though their heads differ: both name
    someone in common ('the Greens, led by Holt and Rask' / 'Sens. Dent, Rask and Holt'), or
    one is a description that fits a person the other names ('the Velmoran Republican' /
    'Ivo Dorn'): a description names no one, so it cannot name someone else."""
    if _actors_in_agent(left, a) & _actors_in_agent(right, b):
        return True
    if _part_of_full_name(left, a, right, b) or _part_of_full_name(right, b, left, a):
        return True
    return _describes_someone(left, a) or _describes_someone(right, b)


_NAME_WORD = re.compile(r"[^\W\d_]+")
_ARTICLES = frozenset({"the", "a", "an"})


def _name_words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in _NAME_WORD.findall(text)) - _ARTICLES


def _part_of_full_name(left: Analysis, a: Unit, right: Analysis, b: Unit) -> bool:
    """Whether `b`'s agent is written with words of the full name of the actor `a`'s agent
    names, as either article writes it: 'New Orleans' and 'the Saints' for the 'New Orleans
    Saints', one team named by its city and by its nickname."""
    span = b.predicate.agent_span if b.predicate else None
    keys = _actors_in_agent(left, a)
    if span is None or not keys:
        return False
    other = _name_words(right.article.text[slice(*span)])
    full_names = {m.name for x in (left, right) for m in x.mentions if m.key in keys}
    return bool(other) and any(other <= _name_words(name) for name in full_names)


def _actors_in_agent(analysis: Analysis, unit: Unit) -> set[str]:
    """The actor keys of the people and groups a statement's agent names."""
    span = unit.predicate.agent_span if unit.predicate else None
    if span is None:
        return set()
    return {m.key for m in analysis.mentions if span[0] <= m.start and m.end <= span[1]}


def _describes_someone(analysis: Analysis, unit: Unit) -> bool:
    """An agent that is 'the' and a title or a party word for one person ('The South
    Carolina Republican', 'the Velmoran senator'), not a name; 'the Republicans' is a group."""
    predicate = unit.predicate
    if predicate is None or predicate.agent_span is None or predicate.agent is None:
        return False
    words = analysis.article.text[slice(*predicate.agent_span)].split()
    return (
        len(words) > 1 and fold(words[0]) == "the" and fold(words[-1]) == predicate.agent
        and predicate.agent in PARTY_MEMBER_WORDS | TITLE_WORDS
    )  # fmt: skip


def one_more_doer(unit: Unit) -> bool:
    """Whether the statement gives its act to its agent as one more doer ('the agencies also
    extended benefits', 'the agencies extended them too'): another actor besides the one
    another outlet names, not instead of it."""
    predicate = unit.predicate
    if predicate is None or predicate.agent_span is None:
        return False
    between = unit.text[predicate.agent_span[1] - unit.start : predicate.verb_span[1] - unit.start]
    return bool(_ALSO.search(between) or _TOO_AT_END.search(unit.text))


_ALSO = re.compile(r"\balso\b", re.IGNORECASE)
_TOO_AT_END = re.compile(r"\b(?:too|as well)\W*$", re.IGNORECASE)


def other_patients(a: Unit, b: Unit) -> bool:
    """Acts on two different named people, one of them not named in the other statement
    ('Varn was put on leave' / 'the club signed Osk to replace Varn'): two acts."""
    pa, pb = a.predicate, b.predicate
    return (
        pa is not None and pb is not None and pa.patient_is_name and pb.patient_is_name
        and pa.patient is not None and pb.patient is not None and pa.patient != pb.patient
        and (pa.patient not in b.names or pb.patient not in a.names)
    )  # fmt: skip


def _group_of(analysis: Analysis, unit: Unit) -> str | None:
    """The group (its actor key) a statement's agent names: 'police', 'a police officer'."""
    span = unit.predicate.agent_span if unit.predicate else None
    if span is None:
        return None
    keys = {
        m.key
        for m in analysis.mentions
        if m.type == "group" and span[0] <= m.start and m.end <= span[1]
    }
    return next(iter(keys)) if len(keys) == 1 else None


def _groups_in(analysis: Analysis, unit: Unit) -> set[str | None]:
    """The actor keys of everyone a statement mentions."""
    return {m.key for m in analysis.mentions if unit.start <= m.start < unit.end}
