"""The clause structure of a statement unit: its clause parts (the stretches one outlet's
short statement may report out of another's long sentence) and its main predicate (verb,
agent, patient, negation), computed from the parse once per unit (`parse._unit`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import Predicate, Unit
from ..text import SAYING_VERBS, VERB_NEGATORS, name_key

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# A clause part shorter than this says too little to be compared on its own.
MIN_PART_WORDS = 4
# A statement's clause parts beyond this many are not compared (a cap on the cost).
MAX_PARTS = 8


def unit_parts(unit: Unit) -> tuple[tuple[tuple[int, int], ...], ...]:
    """The unit's clause parts (`Unit.parts`) as character ranges relative to its text."""
    return tuple(tuple((s - unit.start, e - unit.start) for s, e in part) for part in unit.parts)


def clause_parts(
    span: Span,
    tokens: Sequence[Token] | None = None,
    heads: dict[int, int] | None = None,
) -> tuple[tuple[tuple[int, int], ...], ...]:
    """The clause stretches of a statement, as character ranges: each clause with what hangs
    from it ('it had put its army on the highest combat alert', reported by 'Serbia said'),
    and each clause's own words without the clauses inside it (unless it only says who
    spoke). A short statement in one outlet often reports just one of them where another
    outlet's sentence packs it with more.

    Parts with fewer than `MIN_PART_WORDS` words, or with nearly all the statement's words,
    add nothing to the whole statement and are left out. `tokens` and `heads` are
    `list(span)` and `clause_heads` of it, when the caller has them already.
    """
    tokens = list(span) if tokens is None else tokens
    heads = clause_heads(span, tokens) if heads is None else heads
    # each token's word flag and character range read once, by index (the parts below
    # read them again and again, and each read of a spaCy attribute is a lookup)
    is_word = {t.i: t.is_alpha or t.like_num for t in tokens}
    ranges_of = {t.i: _char_range(t) for t in tokens}
    n_words = sum(is_word.values())
    found: list[tuple[tuple[int, int], ...]] = []
    doc = span.doc
    for head in sorted({heads[i] for i, word in is_word.items() if word}):
        subtree = [t.i for t in doc[head].subtree if span.start <= t.i < span.end]
        own = [i for i in is_word if heads[i] == head]
        # 'Serbian President Aleksandar Vucic said on Tuesday' says who spoke, not a fact:
        # two such clauses would match each other whatever was said
        if (doc[head].lemma_ or "").lower() in SAYING_VERBS:
            own = []
        for part in (subtree, own):
            count = sum(1 for i in part if is_word[i])
            ranges = _char_ranges(part, ranges_of)
            if MIN_PART_WORDS <= count <= 0.85 * n_words and ranges not in found:
                found.append(ranges)
    return tuple(found[:MAX_PARTS])


def _char_range(token: Token) -> tuple[int, int] | None:
    """A token's start and end in the text, None for a space or a punctuation mark."""
    if token.is_space or token.is_punct:
        return None
    return token.idx, token.idx + len(token.text)


def _char_ranges(
    indexes: list[int], ranges_of: dict[int, tuple[int, int] | None]
) -> tuple[tuple[int, int], ...]:
    """Character ranges of the tokens at `indexes` in text order, neighbours joined."""
    ranges: list[tuple[int, int]] = []
    last = -2
    for i in sorted(indexes):
        token = ranges_of[i]
        if token is None:
            continue
        start, end = token
        if ranges and i - last <= 2 and start - ranges[-1][1] <= 2:
            ranges[-1] = (ranges[-1][0], end)
        else:
            ranges.append((start, end))
        last = i
    return tuple(ranges)


def predicate_of(
    span: Span,
    tokens: Sequence[Token] | None = None,
    heads: dict[int, int] | None = None,
) -> Predicate | None:
    """The main verb of a statement with its agent, patient and negation.

    A reporting verb ('Peskov said that…') hands over to the verb of what was reported, so
    two outlets reporting one act through different speakers compare the act itself.
    `tokens` and `heads` are `list(span)` and `clause_heads` of it, when the
    caller has them already.
    """
    verb = span.root
    chain = [verb]
    for _ in range(3):
        reported = [c for c in verb.children if c.dep_ == "ccomp" and span.start <= c.i < span.end]
        if not reported or (verb.lemma_ or "").lower() not in SAYING_VERBS:
            break
        verb = reported[0]
        chain.append(verb)
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    # read by three passes below; each pass over a Span rebuilds them
    tokens = list(span) if tokens is None else tokens
    heads = clause_heads(span, tokens) if heads is None else heads
    agent, patient = direct_roles(verb)
    negation = None
    for child in verb.children:
        if child.dep_ == "neg" or (child.lower_ in VERB_NEGATORS and child.dep_ == "advmod"):
            negation = child
    return Predicate(
        verb=(verb.lemma_ or verb.text).lower(),
        verb_span=(verb.idx, verb.idx + len(verb.text)),
        agent=_head_key(agent),
        agent_span=_phrase_span(agent),
        patient=_head_key(patient),
        patient_span=_phrase_span(patient),
        negation_span=(negation.idx, negation.idx + len(negation.text)) if negation else None,
        agent_is_name=agent is not None and agent.pos_ == "PROPN",
        patient_is_name=patient is not None and patient.pos_ == "PROPN",
        scope=_clause_scope(tokens, {t.i for t in chain}, heads),
        clauses=_other_clauses(span, tokens, {t.i for t in chain}, heads),
        side_clauses=_side_clauses(span, tokens, {t.i for t in chain}),
    )


def _other_clauses(
    span: Span, tokens: Sequence[Token], heads: set[int], clause_heads: dict[int, int]
) -> tuple[tuple[int, int], ...]:
    """Character ranges of the clauses inside or beside the predicate's own (each clause
    head's subtree), innermost last."""
    found = []
    for token in tokens:
        if token.i in heads or clause_heads[token.i] != token.i:
            continue
        words = [t for t in token.subtree if span.start <= t.i < span.end]
        found.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    return tuple(sorted(found, key=lambda r: r[0] - r[1]))


# clauses that hang off a word of the statement and tell an event of their own: a relative
# clause ('the ferry, which sank on Monday'), a participle on a noun ('the ferry, damaged on
# Monday') and an adverbial clause opened by a conjunction ('because talks failed in May'). A
# bare participle beside the verb is the subject's own act at the time ('met for a weekend
# session, voting on Sunday night'); a clause after a preposition ('before bringing it under
# control on Monday') is left to the words of crossdoc/date_scope.py; a complement clause
# ('expect the river to fall on Sunday') is often the very fact two outlets report
_SIDE_DEPS = {"relcl", "acl", "advcl"}
# an adverbial clause of the same time dates the main act too ('when the ferry sank on
# Monday, thirty people were aboard')
_SAME_TIME_MARKS = {"when", "while", "as", "whenever"}


def _side_clauses(
    span: Span, tokens: Sequence[Token], heads: set[int]
) -> tuple[tuple[int, int], ...]:
    """Character ranges of the subordinate clauses of the statement (each one's subtree), not
    those of the same time as the main act: a date inside one dates that clause's event."""
    found = []
    for token in tokens:
        if token.i in heads or token.dep_ not in _SIDE_DEPS or token.pos_ not in {"VERB", "AUX"}:
            continue
        # the conjunction that opens it ('because', 'although'; 'when' is a wh-adverb)
        marks = {c.lower_ for c in token.children if c.dep_ == "mark" or c.tag_ == "WRB"}
        if token.dep_ == "advcl" and (not marks or marks & _SAME_TIME_MARKS):
            continue
        words = [t for t in token.subtree if span.start <= t.i < span.end]
        found.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    return tuple(found)


# dependencies that open a clause of its own: what is in it is another fact
_CLAUSE_DEPS = {"relcl", "advcl", "acl", "ccomp", "conj", "parataxis", "csubj", "pcomp"}


def _clause_scope(
    tokens: Sequence[Token], heads: set[int], clause_heads: dict[int, int]
) -> tuple[tuple[int, int], ...]:
    """Character ranges of the words that belong to the predicate's own clause (or to the
    reporting clause that hands over to it), not to a clause inside or beside it: the
    'supposedly' of 'a deal that was supposedly secret' is not about the act of the sentence.
    """
    ranges: list[tuple[int, int]] = []
    for token in tokens:
        if token.is_space or clause_heads[token.i] not in heads:
            continue
        start, end = token.idx, token.idx + len(token.text)
        if ranges and start - ranges[-1][1] <= 1:
            ranges[-1] = (ranges[-1][0], end)
        else:
            ranges.append((start, end))
    return tuple(ranges)


def clause_heads(span: Span, tokens: Sequence[Token]) -> dict[int, int]:
    """For every token of `span` (by index), the index of the verb heading the clause it
    stands in. Computed once per statement: both the scope and the other clauses need it
    for every token, and walking up spaCy tokens one by one was most of the parse time."""
    start, end = span.start, span.end
    step: dict[int, int] = {}  # a token's head while the walk goes on, itself where it stops
    for token in tokens:
        head = token.head.i
        opens = token.dep_ in _CLAUSE_DEPS and token.pos_ in {"VERB", "AUX"}
        stops = token.dep_ == "ROOT" or opens or not start <= head < end or head == token.i
        step[token.i] = token.i if stops else head
    found: dict[int, int] = {}
    for i in step:
        path = []
        current = i
        while current not in found and step[current] != current:
            path.append(current)
            current = step[current]
        top = found.get(current, current)
        for j in (*path, current):
            found[j] = top
    return found


def direct_roles(verb: Token) -> tuple[Token | None, Token | None]:
    """The verb's own agent and patient: its subject (or the object of a passive's 'by'
    phrase) and its object (or its passive subject), from its children alone."""
    agent = patient = None
    for child in verb.children:
        if child.dep_ in {"nsubj", "csubj"}:
            agent = child
        elif child.dep_ == "nsubjpass":
            patient = child
        elif child.dep_ == "dobj":
            patient = patient or child
        elif child.dep_ == "agent":
            agent = next((g for g in child.children if g.dep_ == "pobj"), agent)
    return agent, patient


def _head_key(token: Token | None) -> str | None:
    if token is None:
        return None
    if token.pos_ == "PROPN":
        return name_key(token.text)
    return str(token.lemma_ or token.text).lower()


def _phrase_span(token: Token | None) -> tuple[int, int] | None:
    if token is None:
        return None
    left, right = token.left_edge, token.right_edge
    return left.idx, right.idx + len(right.text)
