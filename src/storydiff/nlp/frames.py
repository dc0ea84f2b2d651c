"""Event frames: what each verb of a statement says happened, and to whom.

`Predicate` (clauses.py) keeps one verb per statement, the main one; a statement often tells
its fact with a second, conjoined verb ('clashed with guards and erected roadblocks') or
through a reporting verb ('Velmora said it had put its navy on alert'). A `Frame` is read
off every content verb of the statement: its lemma, its object (or passive subject), the heads
of its prepositional arguments (the 'alert' of 'put … on alert', which says what happened as
much as the verb does) and the names of who takes part, so that crossdoc/frames.py can
compare two statements event by event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Frame
from ..text import DEMONYMS, SAYING_VERBS, VERB_NEGATORS, fold
from .clauses import direct_roles

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NO_EVENT_VERBS = frozenset({"be", "have", "do", "get", "go", "come", "seem", "become"})
"""Verbs that tell no event of their own (a copula, an auxiliary read as the main verb)."""

_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
_NAME_POS = frozenset({"PROPN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp"})


def event_frames(span: Span, tokens: list[Token]) -> tuple[Frame, ...]:
    """The frame of each event verb of `span`, in text order (saying verbs and `NO_EVENT_VERBS`
    tell none)."""
    inside = range(span.start, span.end)
    frames = []
    for verb in tokens:
        if verb.pos_ != "VERB":
            continue
        lemma = (verb.lemma_ or verb.text).lower()
        if lemma in SAYING_VERBS or lemma in NO_EVENT_VERBS:
            continue
        agent, patient = _roles(verb)
        frames.append(
            Frame(
                verb=lemma,
                patient=_common_head(patient),
                arguments=_arguments(verb, inside),
                participants=_names(agent, inside) | _names(patient, inside),
                negated=any(c.dep_ == "neg" or c.lower_ in VERB_NEGATORS for c in verb.children),
            )
        )
    return tuple(frames)


def _roles(verb: Token) -> tuple[Token | None, Token | None]:
    """The verb's agent and patient: subject (or the 'by' phrase of a passive) and object (or
    passive subject); a conjoined verb without a subject shares its head verb's ('farmers
    clashed with guards and erected roadblocks'); a pronoun subject of a reported act is the
    reporter ('Velmora said it had …')."""
    agent, patient = direct_roles(verb)
    head = verb
    while agent is None and head.dep_ == "conj" and head.head.pos_ == "VERB":
        head = head.head
        agent = next((c for c in head.children if c.dep_ in {"nsubj", "csubj"}), None)
    if agent is not None and agent.lower_ in _PRONOUNS and head.dep_ == "ccomp":
        reporter = head.head
        if (reporter.lemma_ or "").lower() in SAYING_VERBS:
            agent = next((c for c in reporter.children if c.dep_ in _SUBJECTS), agent)
    return agent, patient


def _common_head(token: Token | None) -> str | None:
    """A role's head as a common-noun lemma; None for a name, a pronoun or no role."""
    if token is None or token.pos_ not in {"NOUN"}:
        return None
    return (token.lemma_ or token.text).lower()


def _arguments(verb: Token, inside: range) -> tuple[str, ...]:
    """The lemmas of the common nouns the verb's prepositions govern ('on alert', 'with
    tractors'); not times ('on Tuesday', 'for weeks'), which are compared as dates."""
    found = []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.i not in inside or noun.pos_ != "NOUN":
                continue
            if noun.ent_type_ not in _TIME_ENTITIES:
                found.append((noun.lemma_ or noun.text).lower())
    return tuple(found)


def _names(token: Token | None, inside: range) -> frozenset[str]:
    """The names and demonyms of a role's phrase, folded ('the French crew': french;
    'farmers from Dorvale': dorvale); its relative clauses aside (another fact)."""
    if token is None:
        return frozenset()
    found = set()
    for word in _outside_clauses(token):
        if word.i not in inside:
            continue
        folded = fold(word.text)
        if word.pos_ in _NAME_POS or word.ent_type_ == "NORP" or folded in DEMONYMS:
            found.add(folded)
    return frozenset(found)


def _outside_clauses(top: Token) -> list[Token]:
    """The words of the phrase headed by `top` that lie in no clause inside it: its subtree
    without the subtrees of the clauses below `top` (one walk down, not one walk up from
    each word)."""
    words, stack = [], [top]
    while stack:
        word = stack.pop()
        words.append(word)
        stack.extend(c for c in word.children if c.dep_ not in _CLAUSE_DEPS)
    return words
