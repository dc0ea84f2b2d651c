"""Attributions that no reporting verb heads, from the parse of one sentence.

'According to X, …' (X speaks the rest of the sentence), a headline or paragraph opened by
a name and a colon ('Pence: Flowers won't be at debate'), and a reporting noun with its
clause ('Trump's claim that thousands were shot', 'his promise to cut taxes'). `quotes`
turns each into a quote, with the quotation marks deciding whether it is mixed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..text import fold
from ..text_reporting import REPORTING_NOUNS, SECTION_LABELS, TOPIC_LABEL_WORDS
from .quote_speakers import speaker_span, subject_span
from .speakers import RELATIVE_PRONOUNS, can_speak

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MAX_HEADLINE_LABEL = 4
MIN_CONTENT_WORDS = 3
# How much of an 'according to' phrase's words another quote (speaker and all) must cover to
# be what the phrase relays.
_RELAYED_SHARE = 0.8
# Nouns whose infinitive is what was said: 'his promise to cut taxes' (not 'a claim to fame').
_INFINITIVE_NOUNS = frozenset({"promise", "pledge", "vow", "threat", "call", "demand"})


@dataclass(frozen=True)
class Phrase:
    """One attribution: what was said, who said it (if the sentence names them) and the cue
    (None for a headline's colon)."""

    content: tuple[int, int]
    speaker: Span | None
    cue: Span | None


def attribution_phrases(sent: Span) -> list[Phrase]:
    """The attributions of a sentence that `quotes` finds no reporting verb for."""
    found = [*_according_to(sent), *_reporting_nouns(sent)]
    headline = _headline(sent)
    if headline is not None:
        found.append(headline)
    return found


def _according_to(sent: Span) -> list[Phrase]:
    """'According to X, …' and '…, according to X': X speaks the rest of the sentence."""
    found = []
    for token in sent:
        if token.lower_ != "according" or token.i + 1 >= sent.end:
            continue
        to = token.doc[token.i + 1]
        objects = [g for g in to.children if g.dep_ in {"pobj", "pcomp"}]
        if to.lower_ != "to" or not objects:
            continue
        speaker = subject_span(objects[0])
        phrase_end = max(t.i for t in objects[0].subtree) + 1
        cut = _swallowed_subject(token, objects[0])
        if cut is not None:
            speaker, phrase_end = sent.doc[speaker.start : min(speaker.end, cut)], cut
        if not can_speak(speaker):
            continue  # 'according to the law', 'according to a sign'
        before = sent.doc[sent.start : token.i]
        after = sent.doc[phrase_end : sent.end]
        body = max((before, after), key=lambda s: sum(1 for t in s if t.is_alpha))
        span = _trimmed(list(body))
        if span is not None:
            found.append(Phrase(span, speaker, sent.doc[token.i : token.i + 2]))
    return found


def _swallowed_subject(according: Token, source: Token) -> int | None:
    """Where the source of a leading 'According to X, …' ends when the parse hung the
    sentence's subject on it ('According to the harbour office in Dorn, the two sailors,
    both in their forties, drank…': 'the two sailors' read as an apposition of 'Dorn'): the
    verb has no subject of its own, so X ends at its first comma; else None."""
    verb = according.head
    subjects = {"nsubj", "nsubjpass", "expl", "csubj"}
    if according.i > verb.i or any(c.dep_ in subjects for c in verb.children):
        return None
    return next((t.i for t in source.subtree if t.text == "," and t.i > source.i), None)


def _headline(sent: Span) -> Phrase | None:
    """'Pence: Flowers won't be at debate': a name and a colon opening a paragraph say whose
    words the rest of the sentence gives."""
    if sent.start > 0 and "\n" not in sent.doc[sent.start - 1].text:
        return None
    colon = next((t for t in sent[: MAX_HEADLINE_LABEL + 1] if t.text == ":"), None)
    if colon is None or colon.i == sent.start:
        return None
    label = sent.doc[sent.start : colon.i]
    if not all(t.pos_ in {"PROPN", "NOUN"} and t.text[:1].isupper() for t in label):
        return None
    if any(fold(t.text) in SECTION_LABELS for t in label) or not can_speak(label):
        return None
    if fold(label[-1].text) in TOPIC_LABEL_WORDS:
        return None  # 'Kraft Shooting: …' names the story, not who speaks
    span = _trimmed(list(sent.doc[colon.i + 1 : sent.end]))
    return Phrase(span, label, None) if span is not None else None


def _reporting_nouns(sent: Span) -> list[Phrase]:
    """'Trump's claim that…', 'warnings from his attorney that…', 'his promise to…': the
    clause a reporting noun governs, spoken by the noun's possessor when it has one."""
    found = []
    for noun in sent:
        if noun.pos_ != "NOUN" or fold(noun.lemma_ or noun.text) not in REPORTING_NOUNS:
            continue
        clause = _noun_clause(noun)
        if clause is None:
            continue
        span = _trimmed(sorted(_with_stray_complement(noun, clause), key=lambda t: t.i))
        if span is None:
            continue
        found.append(Phrase(span, _noun_speaker(noun), sent.doc[noun.i : noun.i + 1]))
    return found


def _with_stray_complement(noun: Token, clause: Token) -> list[Token]:
    """The clause with the participle that closes it: in 'calls to have barricades near the
    border removed' the parse may hang 'removed' on the noun beside 'to have…', and the
    words would stop before the one verb that says what was called for."""
    tokens = list(clause.subtree)
    end = max(t.i for t in tokens)
    for child in noun.children:
        if (
            child.i == end + 1
            and child.dep_ == "acl"
            and child.tag_ in {"VBN", "VBD"}
            and not any(c.i < child.i for c in child.children)
            and any(c.dep_ == "dobj" for c in clause.children)
        ):
            tokens += list(child.subtree)
    return tokens


def _noun_speaker(noun: Token) -> Span | None:
    """Whose claim it is: its possessor ('Trump's claim'), who it comes from ('calls from the
    council', 'warnings by his lawyer'), or the subject of the verb it is the object of
    ('Trump repeated the claim that…')."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in {"from", "by"}
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if owners:
        owner = subject_span(owners[0])
        return owner if can_speak(owner) else None
    named = _name_before_verb_read_as_noun(noun)
    if named is not None:
        return named if can_speak(named) else None
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    speaker = speaker_span(noun.head)
    if speaker is None or speaker.root.lower_ in RELATIVE_PRONOUNS or not can_speak(speaker):
        return None
    return speaker


def _name_before_verb_read_as_noun(noun: Token) -> Span | None:
    """'Trump charges that…', 'Rush claims that…': a present-tense reporting verb the tagger
    read as a plural noun after a name it took for a noun or a compound; the name speaks.
    'Federal charges that…' (an adjective) and 'the Rush claims' (a determiner) name no one."""
    if noun.tag_ != "NNS" or noun.i == 0:
        return None
    name = noun.doc[noun.i - 1]
    misread = name.dep_ in {"compound", "nsubj"} and name.head == noun
    misread = misread or (noun.dep_ == "dobj" and noun.head == name)
    if not misread or not name.is_title or name.pos_ not in {"PROPN", "NOUN"}:
        return None
    start = name.i
    while start > name.sent.start and noun.doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start > name.sent.start and noun.doc[start - 1].pos_ in {"DET", "ADJ", "NUM"}:
        return None
    return noun.doc[start : name.i + 1]


def _noun_clause(noun: Token) -> Token | None:
    """The clause a reporting noun governs: 'that…', or 'to…' for a promise or a plan."""
    for child in noun.children:
        if child.i < noun.i or child.dep_ not in {"acl", "ccomp", "relcl"}:
            continue
        marks = {g.lower_ for g in child.children if g.dep_ in {"mark", "aux"} and g.i < child.i}
        if "that" in marks and child.dep_ != "relcl":
            return child
        infinitive = "to" in marks and child.tag_ == "VB"
        if infinitive and fold(noun.lemma_ or noun.text) in _INFINITIVE_NOUNS:
            return child
    return None


def _trimmed(tokens: list[Token]) -> tuple[int, int] | None:
    """The span of `tokens` without a leading 'that' or punctuation and trailing punctuation;
    None for fewer than three words."""
    tokens = [t for t in tokens if not t.is_space]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "mark"):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if sum(1 for t in tokens if t.is_alpha) < MIN_CONTENT_WORDS:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def relays_a_quote(phrase: Phrase, quotes: list[tuple[Span, int, int]]) -> bool:
    """'According to local media, the minister said…': the words after the phrase are
    another quote, speaker and all (`quotes`: speaker span, start, end of each found so
    far); that quote is the one content, not a second quote around it. An 'according to X'
    after the words ('…, according to the Herald') is X's data or account, and stays."""
    if phrase.cue is None or phrase.cue[0].lower_ != "according":
        return False
    start, end = phrase.content
    if phrase.cue.start_char > start:
        return False
    for speaker, first, last in quotes:
        inner_start = min(speaker.start_char, first)
        inner_end = max(speaker.end_char, last)
        # the quote is the words, not a clause among them ('According to the Herald, a fleet
        # sailed in what officials say is…' is the Herald's)
        if start <= inner_start and inner_end <= end + 1:
            return (inner_end - inner_start) >= _RELAYED_SHARE * (end - start)
    return False
