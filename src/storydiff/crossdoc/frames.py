"""Frame links: two statements that tell one event with the same participants, in words the
pair score does not see as one fact.

The pair score (align.py) weighs the whole statement: a clause that reports the shared event
inside a long sentence ('… clashed with guards at the market and erected roadblocks near the
harbour') is diluted by the rest, and two wordings of one predicate ('put its navy on alert' /
'the navy was put on alert') share one or two words among many. An event frame
(nlp/frames.py) isolates one verb with its object, its prepositional arguments and the names
of who takes part. Two frames tell one event when:

- what happened is said on both sides: one side's verb is said by the other (the same lemma,
  a near word by the word vectors, near_words.py, or a part of a compound: 'block' of
  'roadblock'), and so is at least one more of the two frames' words (the object, or an
  argument such as the 'alert' of 'put … on alert');
- the participants are the same after linking: both frames name someone (or, naming no one,
  have a subject that is a particular kind of actor: 'protesters', not 'officials'), and they
  share an actor (a capital for its state, a demonym for its country: 'French' / 'France'); two
  frames naming only different actors ('Tarsk put its coast guard on alert' / 'Velmora put its
  navy on alert') are two events, however alike their words;
- both are asserted alike (not one negated).

On a busy story one frame matches several statements (a speaker's statements share frames,
docs/benchmarks.md), so a pair links only when each is the other's closest frame match by
embedding cosine, as core-fact pairs do (leads.py); the aligner reads it as a pair at its
threshold, so complete linkage and explicit evidence (blocks.py: different days) still decide
whether the two are grouped, and the conflict detectors still report what the two sides give
differently (who did it, when, how many).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

import numpy as np

from ..extract.aliases import country_of, country_of_demonym
from ..model import Analysis, Frame, Unit
from ..text import fold
from ..text_groups import GENERIC_ACTOR_NOUNS
from ..text_names import TIME_NOUNS, TITLE_WORDS
from .context import EventContext
from .near_words import NearWords

logger = logging.getLogger(__name__)

MIN_COMPOUND_PART = 3
"""Letters each part of a compound needs to count ('road' + 'block' in 'roadblock')."""

Node = tuple[int, int]
"""(article position, unit index)."""
FramePair = tuple[Node, Node]


def frame_pairs(
    analyses: Sequence[Analysis], context: EventContext, cosine_floor: float
) -> list[FramePair]:
    """The statement pairs across articles whose frames tell one event with the same
    participants, each the other's closest such match by the cosine of their closest
    stretches (module docstring); pairs under `cosine_floor` there are no candidates."""
    pairs: list[FramePair] = []
    read = [[[_read(f, context.near) for f in unit.frames] for unit in an.units] for an in analyses]
    actors = [[frozenset().union(*(f.actors for f in unit)) for unit in an] for an in read]
    for a, b in combinations(range(len(analyses)), 2):
        cosines = analyses[a].embeddings @ analyses[b].embeddings.T
        matrix = np.maximum(cosines, context.contained(a, b, centred=False))
        framed_a = np.array([bool(f) for f in read[a]], dtype=bool)
        framed_b = np.array([bool(f) for f in read[b]], dtype=bool)
        candidates = (matrix >= cosine_floor) & framed_a[:, None] & framed_b[None, :]
        matched = np.zeros(matrix.shape, dtype=bool)
        for i, j in zip(*np.nonzero(candidates), strict=True):
            if actors[a][i].isdisjoint(actors[b][j]):
                continue  # no frame pair can share a participant
            matched[i, j] = any(_same(x, y, context.near) for x in read[a][i] for y in read[b][j])
        ranked = np.where(matched, matrix, -np.inf)
        for i, j in zip(*np.nonzero(matched), strict=True):
            if int(np.argmax(ranked[i])) == j and int(np.argmax(ranked[:, j])) == i:
                logger.debug(
                    "frame link: %r ~ %r", analyses[a].units[i].text, analyses[b].units[j].text
                )
                pairs.append(((a, int(i)), (b, int(j))))
    return pairs


def units_share_event(a: Unit, b: Unit, near: NearWords | None) -> bool:
    """Whether some frame of `a` and some frame of `b` tell one event (`same_event`)."""
    return any(same_event(x, y, near) for x in a.frames for y in b.frames)


def same_event(a: Frame, b: Frame, near: NearWords | None = None) -> bool:
    """Whether two frames tell one event with the same participants (module docstring)."""
    return _same(_read(a, near), _read(b, near), near)


@dataclass(frozen=True)
class _Read:
    """A frame as compared: its verb, the words that say what happened, the actor ids."""

    verb: str
    words: frozenset[str]
    actors: frozenset[str]
    negated: bool
    compounds: frozenset[str]
    """Its words long enough to be two words written as one."""
    reach: frozenset[str]
    """Its words and their near words: another frame says none of its words alike unless
    they meet (`_said_alike`)."""
    parts: frozenset[str]
    """Every piece its compounds could be cut into: another frame holds none of their
    parts unless they meet (`_compound_parts`)."""


def _read(frame: Frame, near: NearWords | None) -> _Read:
    words = _event_words(frame)
    long_enough = frozenset(w for w in words if len(w) >= 2 * MIN_COMPOUND_PART)
    reach = words.union(*(near.near_of(w) for w in words)) if near is not None else words
    parts = frozenset(
        piece
        for whole in long_enough
        for cut in range(MIN_COMPOUND_PART, len(whole) - MIN_COMPOUND_PART + 1)
        for piece in (whole[:cut], whole[cut:])
    )
    return _Read(
        frame.verb, words, participant_ids(frame), frame.negated, long_enough, reach, parts
    )


def _same(a: _Read, b: _Read, near: NearWords | None) -> bool:
    if a.negated != b.negated or a.actors.isdisjoint(b.actors):
        return False
    if a.reach.isdisjoint(b.words) and a.parts.isdisjoint(b.words) and b.parts.isdisjoint(a.words):
        return False  # no word of one said by the other (the cheap test of what follows)
    said = _said_alike(a.words, b.words, near)
    said |= {(x, y) for x in a.compounds for y in _compound_parts(x, b.words)}
    said |= {(x, y) for y in b.compounds for x in _compound_parts(y, a.words)}
    if not any(x == a.verb or y == b.verb for x, y in said):
        return False
    return len(said) >= 2


def participant_ids(frame: Frame) -> frozenset[str]:
    """The frame's participants as actor ids: a capital or seat of government is its state,
    a demonym its country ('french' -> france); titles are no participant. A frame
    that names no one is told by the common noun of its subject ('protesters'), unless that
    may be anyone ('officials', 'a man': text_groups.GENERIC_ACTOR_NOUNS)."""
    found = {_participant_id(name) for name in frame.participants - TITLE_WORDS}
    if not found and frame.agent and frame.agent not in GENERIC_ACTOR_NOUNS:
        found.add(frame.agent)
    return frozenset(found)


@lru_cache(maxsize=8192)  # a pure function of the name; each compare meets the same names
def _participant_id(name: str) -> str:
    """A name as an actor id: its state for a capital or seat, its country for a demonym."""
    country = country_of(name) or country_of_demonym(name)
    return fold(country) if country else name


def _event_words(frame: Frame) -> frozenset[str]:
    """The words that say what happened: the verb, the object, the arguments (not times)."""
    words = {frame.verb, *frame.arguments}
    if frame.patient:
        words.add(frame.patient)
    return frozenset(words - TIME_NOUNS)


def _said_alike(
    words_a: frozenset[str], words_b: frozenset[str], near: NearWords | None
) -> set[tuple[str, str]]:
    """The pairs (x of `words_a`, y of `words_b`) where y is x or one of its near words."""
    said = {(x, x) for x in words_a & words_b}
    if near is not None:
        said |= {(x, y) for x in words_a for y in near.near_of(x) & words_b}
    return said


@lru_cache(maxsize=8192)  # a frame's words meet every frame of the other article's candidates
def _compound_parts(whole: str, words: frozenset[str]) -> tuple[str, ...]:
    """The two words of `words` that `whole` is written of as one compound ('roadblock' of
    'road' and 'block'), each of `MIN_COMPOUND_PART` letters or more; none if it is not."""
    for cut in range(MIN_COMPOUND_PART, len(whole) - MIN_COMPOUND_PART + 1):
        head, tail = whole[:cut], whole[cut:]
        if head in words and tail in words:
            return (head, tail)
    return ()


def frame_joins(
    groups: list[list[Node]],
    pairs: Sequence[FramePair],
    blocked: Callable[[Node, Node], str | None],
) -> list[tuple[Node, list[Node]]]:
    """For each frame-linked pair that grouping left apart because one side was taken by a
    group of another fact (a sentence that tells two events: 'clashed with guards and erected
    roadblocks', grouped with the fact the next sentence gives), that side with the
    other side's group when the other side was left alone: the caller adds it there too, as
    a second fact it reports (second_facts.py). No explicit evidence (`blocked`) may hold
    the two apart."""
    group_of = {node: group for group in groups for node in group}
    joins = []
    for x, y in pairs:
        home_x, home_y = group_of.get(x), group_of.get(y)
        if home_x is None or home_y is None or home_x is home_y or blocked(x, y):
            continue
        if len(home_y) == 1 and len(home_x) > 1:
            joins.append((x, home_y))
        elif len(home_x) == 1 and len(home_y) > 1:
            joins.append((y, home_x))
        else:
            continue
        logger.debug("frame join: %s with %s", *joins[-1])
    return joins
