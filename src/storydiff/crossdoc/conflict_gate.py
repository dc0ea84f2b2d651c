"""The precision gate (issue 11, 'fewer and right'): a conflict a detector found is reported
only when the two sides are explicitly one fact, each stated plainly.

Each side's evidence (the number, the date, the place, the negation…) is read into a slot
from a dependency parse of its sentence: the predicate the value belongs to (the verb that
governs it, and its family: 'killed' and 'died' both count the dead, 'fell' and 'closed
down' both change a measure), the nouns of that verb's own clause (what is counted or
dated), whether the value is a property of a person (an age) rather than a count of the
act, who the clause is reported from ('police said', 'according to police'), and how sure
the clause is: hedged ('may', 'reportedly'), a prospect ('will', 'expected to'), a condition
('if', 'whether') or a question. Certainty is inherited only through complement clauses
('said he would resign'): a relative clause ('Brooke, who served…') has its own.

A finding passes when
  - neither side is a question; for number, date, agent and attribution findings neither is
    a condition either;
  - number, date and agent findings: both are plain assertions (not hedged), both past or
    present or both ahead; two values each reported from a named source come from one
    source ('police said 20,000' vs 'organisers said 50,000' is two sources disagreeing,
    each outlet reporting its own right);
  - number and agent findings: the two governing predicates are not two different acts (two
    content verbs of different families: 'limited to six games' vs 'missed ten games'),
    unless both values are ages (an age belongs to the person whatever the verb); the
    detectors already require the same counted noun or the same verb;
  - date findings: the two dates belong to the same predicate family, or to the same thing
    (a noun of both clauses: 'the vote on Tuesday' / 'the vote took place on Wednesday'); a
    date of the saying ('said on Monday') is never the date of the act.
Polarity and causality compare conditions and tenses themselves (claim_detectors.py): the gate
only takes out questions and hedged sides from them; an attribution conflict compares doubt
itself, so hedges do not gate it. A sentence not found in the article passes (logged): the
gate removes only what it can read.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..nlp.models import load_spacy
from ..text import (
    CASUALTY_VERB_FORMS,
    CASUALTY_WORDS,
    CROWD_VERB_FORMS,
    MEASURE_SETTING_VERBS,
    MEASURE_VERBS,
    MONTHS,
    RULING_VERBS,
    SAYING_VERBS,
    WEEKDAYS,
)
from ..text_certainty import (
    CONDITION_MARKS,
    FUTURE_AUXILIARIES,
    HEDGE_ADVERBS,
    HEDGING_MODALS,
    PROSPECT_VERBS,
)
from ..text_groups import GENERIC_ACTOR_NOUNS
from ..text_names import TIME_NOUNS
from .occurrences import act_of
from .sides import LIGHT_VERBS, PRONOUNS, VOTE_VERB_GROUPS, Finding, Side

if TYPE_CHECKING:  # spaCy loads only when a finding is gated (tests/test_layers.py)
    from spacy.tokens import Doc, Token

logger = logging.getLogger(__name__)

_VERBS = frozenset({"VERB", "AUX"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_ARGUMENTS = _SUBJECTS | {"dobj", "attr", "pobj"}
_PARSE_CACHE = 4096
# dependencies that open another clause: its nouns are another fact's
_CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "xcomp", "acl", "csubj", "parataxis", "conj"})
# clauses whose certainty is the one of the clause above them ('said he would resign',
# 'is expected to vote')
_CARRIED_DEPS = frozenset({"ccomp", "xcomp", "conj"})
# verbs by which a statement says an event happened: the event noun names the act
_OCCURRENCE_VERBS = frozenset({"happen", "occur", "unfold", "take"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_AGE = re.compile(r"\byears?\W{0,3}old\b|\baged?\b", re.IGNORECASE)
_NOT_A_THING = TIME_NOUNS | PRONOUNS | frozenset(WEEKDAYS) | frozenset(MONTHS)


@dataclass(frozen=True)
class Slot:
    """What one side's value belongs to, and how surely the side states it."""

    anchor: str | None
    """Lemma of the verb that governs the value (None: no verb above it)."""
    family: frozenset[str]
    """The anchor's lemma and the quantities it names ('dead' for 'killed' and 'died')."""
    nouns: frozenset[str]
    """Nouns between the value and the anchor, and the anchor's subject and object."""
    speaker: str | None
    """Who the clause is reported from: the subject of a saying verb above it."""
    hedged: bool
    ahead: bool
    conditional: bool
    question: bool
    attribute: bool = False
    """The value is a property of a person or thing (an age), not a count of the act."""
    role: str | None = None
    """What the value is to its verb: 'agent' (subject), 'patient' (object, passive subject),
    'to' (behind a preposition), None when the value is the verb."""

    @property
    def content(self) -> bool:
        """Whether the anchor names an act of its own (not 'be', 'have', nor 'say')."""
        return self.anchor is not None and self.anchor not in LIGHT_VERBS | SAYING_VERBS

    @property
    def saying(self) -> bool:
        return self.anchor in SAYING_VERBS


def admitted(finding: Finding, a: Side, b: Side) -> bool:
    """Whether a detector's finding is one fact stated plainly on both sides."""
    x, y = slot(a, finding.evidence_a), slot(b, finding.evidence_b)
    return x is None or y is None or admitted_slots(finding.type, x, y)


def admitted_slots(kind: str, x: Slot, y: Slot) -> bool:
    """Whether two slots of a finding of type `kind` are one fact stated plainly."""
    if kind in {"polarity", "causality"}:
        # these compare conditions and tenses themselves (claim_detectors.py)
        return not (x.question or y.question or x.hedged or y.hedged)
    if x.question or y.question or x.conditional or y.conditional:
        return False
    if kind == "attribution":
        return True
    if x.hedged or y.hedged or x.ahead != y.ahead:
        return False
    if _two_sources(x.speaker, y.speaker):
        return False
    if kind == "date":
        return same_dated_fact(x, y)
    if x.attribute and y.attribute:
        return True  # an age belongs to the person, whatever each verb says about them
    if x.content and y.content and not x.family & y.family:
        # two verbs: one fact only when the counted thing plays one role in both ('sent 300
        # officers' / '250 officers were deployed'), not 'limited to six games' / 'missed 10'
        return x.role is not None and x.role == y.role
    return True


def _two_sources(x: str | None, y: str | None) -> bool:
    """Two named sources, neither a word that may name anyone ('officials', 'authorities')."""
    return bool(x and y and x != y and not {x, y} & GENERIC_ACTOR_NOUNS)


def same_dated_fact(x: Slot, y: Slot) -> bool:
    """Two dates of one fact: the same predicate family, or the same thing dated; never the
    day of a saying against the day of the act said, unless the act is itself a ruling
    ('the court ruled on Tuesday' / 'the court said on Thursday': one decision)."""
    if x.saying != y.saying and not {x.anchor, y.anchor} & RULING_VERBS:
        return False
    if (x.family & y.family) - LIGHT_VERBS - SAYING_VERBS:
        return True  # one act ('were home on June 1 when the shooting occurred' counts it)
    return bool(x.nouns & y.nouns)


def slot(side: Side, evidence: Sequence[tuple[int, int]]) -> Slot | None:
    """The slot of a side's first evidence span (of its main verb when it names none)."""
    sentences = side.analysis.sentences
    if side.unit.sentence >= len(sentences):
        logger.debug("no sentence %d for a conflict side", side.unit.sentence)
        return None
    sentence = sentences[side.unit.sentence]
    predicate = side.unit.predicate
    if evidence:
        start, end = evidence[0]
    elif predicate is not None:
        start, end = predicate.verb_span
    else:
        return None
    doc = _parsed(side.analysis.article.text[sentence.start : sentence.end])
    value = _value_token(doc, start - sentence.start, end - sentence.start)
    if value is None:
        logger.debug("conflict evidence %d-%d outside its sentence", start, end)
        return None
    return _read_slot(doc, value, start - sentence.start, end - sentence.start)


@lru_cache(maxsize=_PARSE_CACHE)
def _parsed(text: str) -> Doc:
    return load_spacy()(text)


def _value_token(doc: Doc, start: int, end: int) -> Token | None:
    """The token that heads the evidence span (its head lies outside the span)."""
    inside = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    for token in inside:
        if not start <= token.head.idx < end or token.head.i == token.i:
            return token
    return inside[0] if inside else None


def _read_slot(doc: Doc, value: Token, start: int, end: int) -> Slot:
    anchor = next((t for t in [value, *value.ancestors] if t.pos_ in _VERBS), None)
    if anchor is None:
        nouns = {t.lemma_.lower() for t in value.ancestors if t.pos_ in _NOUNS}
    else:
        nouns = _clause_nouns(anchor, start, end)
    hedged, ahead, conditional = _certainty(anchor if anchor is not None else value)
    return Slot(
        anchor=anchor.lemma_.lower() if anchor is not None else None,
        family=_family(anchor, value) if anchor is not None else frozenset(),
        nouns=frozenset(nouns - _NOT_A_THING),
        speaker=_speaker(anchor if anchor is not None else value),
        hedged=hedged,
        ahead=ahead,
        conditional=conditional,
        question=doc.text.rstrip().rstrip("\"'”’").endswith("?"),
        attribute=_attribute(doc, value, start, end),
        role=_role(value, anchor),
    )


def _clause_nouns(verb: Token, start: int, end: int) -> set[str]:
    """The nouns of the verb's own clause (not of a clause inside it), the value's own
    words left out; a relative clause's verb also takes the noun it describes ('Brooke,
    who served…')."""
    found: set[str] = set()
    stack = list(verb.children)
    while stack:
        token = stack.pop()
        if token.dep_ in _CLAUSE_DEPS:
            continue
        if token.pos_ in _NOUNS and not start <= token.idx < end:
            found.add(token.lemma_.lower())
        stack.extend(token.children)
    for clause in _when_clauses(verb):
        found |= _clause_nouns(clause, start, end)
    if verb.dep_ == "relcl" and verb.head.pos_ in _NOUNS:
        found.add(verb.head.lemma_.lower())
    elif verb.pos_ == "VERB" and not any(c.dep_ in _SUBJECTS for c in verb.children):
        # a subject the parse did not attach ('since Varn, a Liberal, held'): the noun before
        before = [t for t in verb.doc[: verb.i] if t.pos_ in _NOUNS and t.dep_ != "appos"]
        if before:
            found.add(before[-1].lemma_.lower())
    return found


def _role(value: Token, anchor: Token | None) -> str | None:
    """The value's role to its verb, from the dependency of the path's last step."""
    if anchor is None or anchor.i == value.i:
        return None
    below = next(t for t in [value, *value.ancestors] if t.head.i == anchor.i)
    if below.dep_ == "nsubj":
        return "agent"
    if below.dep_ in {"dobj", "nsubjpass"}:
        return "patient"
    return below.lower_ if below.dep_ == "prep" else below.dep_


def _attribute(doc: Doc, value: Token, start: int, end: int) -> bool:
    """Whether the value is a property of a person or thing ('a 34-year-old man', 'Dana
    Orrell, 34') rather than a count or date of the act: it belongs to the noun, whatever
    the verb."""
    text = doc.text[start:end]
    return bool(_AGE.search(text)) or (value.dep_ == "appos" and value.head.pos_ == "PROPN")


def _family(verb: Token, value: Token) -> frozenset[str]:
    """The verb's lemma and what it names, from the word lists of text.py: the casualty or
    crowd it counts (also when a word beside the value says it: 'left 12 dead', 'two
    fatally'), the vote it tells, a change of a measure, or the act an event noun names
    ('the shooting happened': shoot)."""
    lemma = verb.lemma_.lower()
    votes = {f"vote-{i}" for i, group in enumerate(VOTE_VERB_GROUPS) if lemma in group}
    # 'fell', 'dropped', 'reached', 'was put at', 'estimated at': one measure's level
    measured = lemma in (MEASURE_VERBS | MEASURE_SETTING_VERBS) - LIGHT_VERBS
    measure = {"measure"} if measured else set()
    near = [verb, *verb.children, value, value.head, *value.children]
    named = {
        kind
        for token in near
        for kind in (
            CASUALTY_WORDS.get(token.lower_),
            CASUALTY_VERB_FORMS.get(token.lower_),
            CROWD_VERB_FORMS.get(token.lower_),
        )
        if kind
    }
    events = set()
    if lemma in _OCCURRENCE_VERBS:  # 'the shooting happened', 'the incident occurred'
        events = {"occurrence", *(act_of(c.lower_) for c in verb.children if c.dep_ in _SUBJECTS)}
    family = frozenset({lemma, *votes, *measure, *named, *events})
    # 'were home on June 1 when the shooting occurred': that act is on the same day
    for clause in _when_clauses(verb) + ([] if value.i == verb.i else _when_clauses(value)):
        family |= _family(clause, clause)
    return family


def _when_clauses(verb: Token) -> list[Token]:
    """The clauses that share the time of a verb or of a date ('… on June 1 when the
    incident occurred')."""
    return [
        c
        for c in verb.children
        if c.dep_ in {"advcl", "relcl"} and any(w.lower_ == "when" for w in c.children if w.i < c.i)
    ]


def _certainty(verb: Token) -> tuple[bool, bool, bool]:
    """Whether the verb's clause, or a clause above it, is hedged, ahead, or a condition."""
    hedged = ahead = conditional = False
    below: Token | None = None
    for token in [verb, *verb.ancestors]:
        if token.pos_ not in _VERBS:
            below = token
            continue
        for child in token.children:
            word = child.text.lower()
            if child.dep_ in {"aux", "auxpass"}:
                hedged |= word in HEDGING_MODALS
                ahead |= word in FUTURE_AUXILIARIES
            elif child.dep_ == "advmod" and word in HEDGE_ADVERBS:
                hedged = True
            elif child.dep_ == "mark" and word in CONDITION_MARKS:
                conditional = True
        if below is not None and below.dep_ == "xcomp" and token.lemma_ in PROSPECT_VERBS:
            ahead = True
        if token.lemma_ in SAYING_VERBS and token.i != verb.i:
            break  # the saying's own certainty is the source's, not the fact's
        if token.dep_ not in _CARRIED_DEPS or _own_tense(token):
            break  # a relative or adverbial clause, or a finite one, has a certainty of its own
        below = token
    return hedged, ahead, conditional


def _own_tense(verb: Token) -> bool:
    """A finite verb ('held', 'says') or one with its own subject states its own tense,
    whatever the clause it hangs from ('will be mayor since Varn held the office')."""
    return verb.tag_ in _FINITE_TAGS or any(c.dep_ in _SUBJECTS for c in verb.children)


def _speaker(verb: Token) -> str | None:
    """The subject of the saying verb the clause is reported from, or the source of an
    'according to'; None for narration."""
    for child in verb.children:
        if child.lower_ == "according":
            for source in child.subtree:
                if source.dep_ == "pobj":
                    return source.lemma_.lower()
    for token in verb.ancestors:
        if token.lemma_ in SAYING_VERBS:
            subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
            if subjects and subjects[0].lower_ not in PRONOUNS:
                return subjects[0].lemma_.lower()
            return None
    return None
