"""What was said, from the parse: the span a reporting verb reports.

A cue's clausal complement ('said that…'), its infinitive ('vowed to fight'), its object
('denied the allegations') or a noun phrase behind its preposition ('pointed to…') is the
content of indirect speech; a reporting clause that interrupts a sentence ('The plan, he
said, is dead') reports the sentence around it. `quotes` decides, with the quotation
marks, whether the content is direct, mixed or indirect speech.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import MONTHS, WEEKDAYS, fold
from ..text_reporting import (
    ASSAULT_CUES,
    INFINITIVE_CUES,
    OBJECT_CUES,
    OBJECT_NOT_SAID_VERBS,
    PARENTHETICAL_CUES,
    PHYSICAL_TARGETS,
    PREPOSITION_CUES,
    REPORTING_VERBS,
)
from .quote_speakers import ADDRESSEE_CUES, cue_lemma
from .quote_tails import attribution_tail

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Prepositions that carry what a cue says of its object: 'accused X of…', 'praised X as…'.
_OF_OBJECT = frozenset({"as", "for", "of"})
_CONTRAST_MARKS = frozenset({"while", "whereas"})


def cue_content(cue: Token, lemma: str) -> tuple[int, int] | None:
    """The character span of what the cue reports, from the parse."""
    clauses = [c for c in cue.children if c.dep_ in {"ccomp", "parataxis"} and c.i > cue.i] or [
        c for c in cue.children if c.dep_ == "ccomp"
    ]
    # 'asked him to leave, the charges state': a clause in the attribution closing the
    # sentence is another report, not what the cue reports
    tail = attribution_tail(cue.sent)
    clauses = [c for c in clauses if tail is None or c.left_edge.idx < tail]
    # a clause after the cue before one ahead of it: 'It is unlikely; his team says she
    # will…' (the parse makes both the complement of 'says')
    if clauses:
        span = _subtree_span(clauses[0], skip_marks=True)
        subject = _subject_taken_by_day(cue, clauses[0])
        if span is not None and subject is not None:
            span = (subject.idx, span[1])
        return _before_next_report(cue, clauses[0], span) if span is not None else None
    adverbial = _adverbial_content(cue, lemma)
    if adverbial is not None:
        return adverbial
    passive = _passive_content(cue)
    if passive is not None:
        return passive
    for child in cue.children:
        if child.dep_ == "xcomp" and lemma in INFINITIVE_CUES:
            return _subtree_span(child, skip_marks=False)
        if child.dep_ == "dobj" and lemma in INFINITIVE_CUES:
            for grandchild in child.children:
                if grandchild.dep_ in {"xcomp", "ccomp"}:
                    return _subtree_span(grandchild, skip_marks=False)
        if child.dep_ in {"prep", "prt"} and child.lower_ in PREPOSITION_CUES.get(lemma, ()):
            objects = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
            if objects:
                span = _subtree_span(objects[0], skip_marks=False)
                if span is None:
                    return None
                return _with_complements(cue, objects[0], _with_target(cue, child, span))
            if child.dep_ == "prt":
                for sibling in cue.children:
                    if sibling.dep_ == "dobj":
                        return _subtree_span(sibling, skip_marks=False)
    for child in cue.children:
        if (child.dep_ in {"oprd", "dobj"} and lemma in OBJECT_CUES) or (
            child.dep_ == "dobj" and lemma not in OBJECT_NOT_SAID_VERBS
        ):
            if lemma == "confirm" and _a_nominee(child):
                return None  # 'the Senate confirmed Mara Tolle': an appointment, not words
            # 'called them "deplorables"': the label is what was said of the object
            predicates = [c for c in child.children if c.dep_ in {"oprd", "acl"}]
            if predicates and child.dep_ == "dobj":
                return _subtree_span(predicates[0], skip_marks=False)
            target = {fold(child.lemma_), fold(child.text)}
            if lemma in ASSAULT_CUES and target & PHYSICAL_TARGETS:
                return None  # 'pirates attacked a tanker': violence, not words
            if lemma == "call" and _a_phone_call(cue, child):
                return None  # 'call the hotline at…', 'Call the office': a call, not a label
            return _object_span(cue, child)
    return None


def _a_phone_call(cue: Token, obj: Token) -> bool:
    """'Call the office at…', 'encourages you to call the hotline': 'call' in its base form
    with a bare object and no label for it is a telephone call (or a summons), not words said
    of the object ('called the plan "a disgrace"')."""
    labelled = any(c.dep_ == "oprd" for c in cue.children)
    quoted = any(t.is_quote for t in cue.doc[cue.i : obj.right_edge.i + 2])
    return cue.tag_ == "VB" and obj.dep_ == "dobj" and not labelled and not quoted


def _a_nominee(obj: Token) -> bool:
    """'confirmed Mara Tolle (as chief judge, to be chief judge)': an object headed by a
    person's name, with no clause or quotation of its own, is whom a vote confirmed in
    office ('confirmed the closure', 'confirmed Tolle's death' are things said)."""
    if obj.pos_ != "PROPN" or any(t.is_quote for t in obj.subtree):
        return False
    return not any(c.dep_ in {"ccomp", "relcl"} for c in obj.children)


def _adverbial_content(cue: Token, lemma: str) -> tuple[int, int] | None:
    """'Trump said after the convention he would not…': the parse makes the clause an
    adverbial one; a subject and no subordinator ('if', 'because', 'when') say it is the
    content ('has not said when it expects…' says nothing); so is 'for X to …' after a cue
    that takes 'for' ('called for Ell to resign')."""
    for child in cue.children:
        if (
            child.dep_ == "advcl"
            and child.i > cue.i
            and lemma in PARENTHETICAL_CUES
            and child.tag_ != "VBG"
            and any(c.dep_ == "nsubj" for c in child.children)
            and not any(c.dep_ == "mark" or c.tag_ == "WRB" for c in child.children)
        ):
            return _subtree_span(child, skip_marks=True)
        if child.dep_ == "advcl" and child.i > cue.i and _preposition_clause(child, lemma):
            return _subtree_span(child, skip_marks=True)
    return None


def _preposition_clause(clause: Token, lemma: str) -> bool:
    """'called for Mr. Ell to resign': the parse reads the cue's preposition and the
    infinitive after it as a clause of its own ('for Ell to resign'), which is the call."""
    children = list(clause.children)
    return any(
        c.dep_ == "mark" and c.lower_ in PREPOSITION_CUES.get(lemma, ()) for c in children
    ) and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)


def _passive_content(cue: Token) -> tuple[int, int] | None:
    """'The issue was first reported by the Post': the subject is what the agent reported.
    (With no agent, 'he has been criticized for…', the clause would be the content of nobody
    in particular; on PolNeAR dev it gained recall and lost as much precision.)"""
    subjects = [c for c in cue.children if c.dep_ == "nsubjpass"]
    if cue.tag_ != "VBN" or not subjects or not any(c.dep_ == "agent" for c in cue.children):
        return None
    return _subtree_span(subjects[0], skip_marks=False)


def _object_span(cue: Token, obj: Token) -> tuple[int, int] | None:
    """The object with what the cue says of it: 'attacked Clinton for her support of…',
    'cited the audit as the reason…'; a one-word object only when it is a name ('endorsed
    Trump'), never a bare pronoun ('called it…' only with its label)."""
    span = _subtree_span(obj, skip_marks=False)
    if span is None:
        # 'called it a common ailment': a pronoun, with what is said of it
        labelled = any(c.dep_ == "oprd" and c.i > obj.i for c in cue.children)
        if (obj.pos_ != "PROPN" and not labelled) or obj.left_edge.i != obj.right_edge.i:
            return None
        span = obj.idx, obj.idx + len(obj.text)
    return _with_complements(cue, obj, span)


def _with_target(cue: Token, prep: Token, span: tuple[int, int]) -> tuple[int, int]:
    """'blamed the mayor for the flooding', 'accused Kell of lying': what is said is said of
    the object ('the mayor' is to blame for the flooding), so the content starts there."""
    if prep.lower_ not in {"for", "of"}:
        return span
    targets = [c for c in cue.children if c.dep_ == "dobj" and c.i < prep.i]
    if not targets:
        return span
    target = _subtree_span(targets[0], skip_marks=False)
    return (min(span[0], target[0]), span[1]) if target is not None else span


def _with_complements(cue: Token, obj: Token, span: tuple[int, int]) -> tuple[int, int]:
    """The object's span with what the parse hangs on the cue but goes with the object: a
    label ('called it a disgrace'), 'as/for/of …' ('cited the audit as the reason'), an
    infinitive ('encouraged voters to visit…', 'called for contestants to wear…')."""
    end = span[1]
    for sibling in cue.children:
        if sibling.i > obj.i and (
            sibling.dep_ in {"oprd", "xcomp"}
            or (sibling.dep_ == "prep" and sibling.lower_ in _OF_OBJECT)
        ):
            last = max(sibling.subtree, key=lambda t: t.i)
            end = max(end, last.idx + len(last.text))
    return span[0], end


def _before_next_report(cue: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int] | None:
    """'said A, arguing that B', 'said A and suggested B': A and B are two statements, so the
    content stops before a reporting verb hung inside it (which reports B itself)."""
    for token in clause.subtree:
        if token.left_edge.idx > span[0] and _next_report(cue, clause, token):
            previous = token.doc[token.left_edge.i - 1]
            while (previous.is_punct or previous.dep_ == "cc") and previous.i > clause.left_edge.i:
                previous = token.doc[previous.i - 1]
            end = previous.idx + len(previous.text)
            return (span[0], end) if end > span[0] else None
    return span


def _next_report(cue: Token, clause: Token, token: Token) -> bool:
    """A reporting participle ('…, arguing that B'), another side's report set against it
    ('…, while the union says B'), or a reporting verb coordinated with the clause in the
    cue's form, not the clause's ('said he had battled… and called it…', 'said the plan was
    dead and called for a vote'): the parse hangs on the clause what goes with the cue."""
    if cue_lemma(token) not in REPORTING_VERBS:
        return False
    if token.dep_ == "advcl" and token.tag_ == "VBG":
        # '…, citing the risk': a participle set off whose object is what it reports
        set_off = token.i > 0 and token.doc[token.i - 1].text == ","
        cited = set_off and cue_lemma(token) in OBJECT_CUES
        return any(c.dep_ == "ccomp" or (cited and c.dep_ == "dobj") for c in token.children)
    if token.dep_ == "advcl" and _contrasted_report(token):
        return True
    return (
        token.dep_ == "conj"
        and token.head == clause
        and token.tag_ == cue.tag_ == "VBD"
        and not _a_past_action(clause)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
    )


def _contrasted_report(verb: Token) -> bool:
    """'A says X, while B says Y': the other side's report, with its own subject and content,
    set against the first ('…, whereas the union says…')."""
    children = list(verb.children)
    return (
        any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in children)
        and any(c.dep_ == "nsubj" for c in children)
        and any(c.dep_ == "ccomp" for c in children)
    )


def _a_past_action(clause: Token) -> bool:
    """A clause in the simple past of a verb of action ('the men entered the depot'), which
    a second past verb may continue ('… and claimed it'); one with an auxiliary ('he'd
    battled', which the parse may tag as a past form) or a state ('the plan was dead') is
    not continued by 'and called for…': that is the speaker's second act."""
    auxiliary = any(c.dep_ in {"aux", "auxpass"} for c in clause.children)
    return clause.tag_ == "VBD" and not auxiliary and clause.lemma_ != "be"


def parenthetical_content(cue: Token) -> list[tuple[int, int]]:
    """'The difference now, he said, is that…': the clause around a reporting clause that
    interrupts it is the content (in the parts before and after the interruption)."""
    head = cue.head
    # 'As one adviser pointed out, Hawaii…': an 'as' clause reports what it interrupts
    as_clause = cue.dep_ == "advcl" and any(c.lower_ == "as" for c in cue.children)
    if cue_lemma(cue) not in PARENTHETICAL_CUES and not as_clause:
        return []
    if any(c.dep_ == "dobj" for c in cue.children) and (
        as_clause or cue_lemma(cue) not in ADDRESSEE_CUES
    ):
        # 'as the provinces answered the call', 'firms have added jobs, the ministry said':
        # an act with its own object reports nothing around it ('he told reporters' may)
        return []
    if cue.dep_ not in {"parataxis", "advcl", "ccomp"} or head.i == cue.i:
        return []
    while head.pos_ in {"NOUN", "PROPN"} and head.head.i != head.i:
        head = head.head  # 'The tide, as X noted, has…': hung on the subject
    inner = _interruption(cue)
    if head.pos_ not in {"VERB", "AUX"} or len(inner) > (20 if as_clause else 8):
        return []
    if not any(c.dep_ == "nsubj" for c in cue.children):
        return []
    # the parse may hang the clause before the interruption on the cue: 'Though it was
    # seamless, he said, replacing her would…'
    around = sorted({*head.subtree, *cue.subtree}, key=lambda t: t.i)
    tokens = [t for t in around if t.i not in inner and not t.is_space]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "cc"):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if sum(1 for t in tokens if t.is_alpha) < 4:
        return []
    parts: list[tuple[int, int]] = []
    run: list[Token] = []
    for token in tokens:
        if run and token.i != run[-1].i + 1:
            parts.append(_trimmed_part(run))
            run = []
        run.append(token)
    parts.append(_trimmed_part(run))
    return [p for p in parts if p[1] > p[0]]


def _interruption(cue: Token) -> set[int]:
    """The reporting clause itself: the cue with the words of its subtree next to it, up to
    the punctuation around it ('he told me on Friday')."""
    members = {t.i for t in cue.subtree}
    doc = cue.doc
    first = last = cue.i
    while first - 1 in members and not doc[first - 1].is_punct:
        first -= 1
    while last + 1 in members and not doc[last + 1].is_punct:
        last += 1
    return set(range(first, last + 1))


def _trimmed_part(run: list[Token]) -> tuple[int, int]:
    while len(run) > 1 and run[-1].is_punct:
        run = run[:-1]
    while len(run) > 1 and run[0].is_punct:
        run = run[1:]
    return run[0].idx, run[-1].idx + len(run[-1].text)


def _subject_taken_by_day(cue: Token, clause: Token) -> Token | None:
    """The subject of a reported clause the parser read as the object of the day before it:
    'said on Wednesday Orlen was concerned' ('Wednesday Orlen' one noun phrase, the clause
    'was concerned' with no subject). Only a name right before a subjectless clause."""
    if any(c.dep_ in _SUBJECTS for c in clause.children):
        return None
    start = min(t.i for t in clause.subtree)
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.i > start:
            continue
        for noun in prep.children:
            days = [c for c in noun.children if c.dep_ == "compound" and fold(c.text) in _DAYS]
            if noun.dep_ == "pobj" and noun.pos_ == "PROPN" and noun.i == start - 1 and days:
                return noun
    return None


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_DAYS = frozenset(WEEKDAYS) | frozenset(MONTHS)


def _subtree_span(token: Token, *, skip_marks: bool) -> tuple[int, int] | None:
    tokens = sorted(token.subtree, key=lambda t: t.i)
    # 'that' introduces the content; it is not part of it
    while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens or sum(1 for t in tokens if t.is_alpha) < 2:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def past_according_to(doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
    """A reported clause without the 'According to X,' the parse hung on it: the words are
    the speaker's, the source that carried them is another attribution."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or len(span) < 3 or span[0].lower_ != "according" or span[1].lower_ != "to":
        return content
    end = max(t.i for t in span[1].subtree) + 1
    while end < span.end and (doc[end].is_punct or doc[end].is_space):
        end += 1
    return (doc[end].idx, content[1]) if end < span.end else content
