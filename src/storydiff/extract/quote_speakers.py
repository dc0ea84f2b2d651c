"""Who said it: the span naming the speaker of a quote, found in the dependency parse.

`quotes` finds what was said (the content of a reporting verb, the quotation marks); this
module finds who said it: the subject of the reporting verb, trimmed of the clauses hung on
it and looked behind datelines and carriers ('Clinton's ad said'); the subject of the clause
a quote with no cue of its own sits in; a colon that announces a quote; a transcript's
'NAME:' label or a signature under the quote. It also holds `cue_lemma`, the lemma of a
reporting verb, which both modules need to recognise cues.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text import MONTHS, WEEKDAYS, fold
from ..text_names import CARRIER_NOUNS, EVENT_NOUNS, INSCRIPTION_WORDS, TIME_NOUNS
from ..text_page import dash_attributions
from ..text_reporting import REPORTING_VERBS, SECTION_LABELS, TOPIC_LABEL_WORDS
from .quote_marks import MarkedSpan
from .speakers import RELATIVE_PRONOUNS, can_speak

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# The small model's lemmatiser maps 'hoping' to 'hop'.
_LEMMA_FIXES = {"hoping": "hope", "hoped": "hope"}

# (unions of word lists, made once: a set union on each call costs more than the test)
_TIME_OR_EVENT_NOUNS = TIME_NOUNS | EVENT_NOUNS


def cue_lemma(token: Token) -> str:
    """The lemma of a (possible) reporting verb, with the small model's slips mended."""
    return _LEMMA_FIXES.get(token.lower_) or (token.lemma_ or token.text).lower()


def speaker_span(cue: Token) -> Span | None:
    """The span naming who speaks: the cue's subject, or the subject of the verb it hangs
    from ('…, adding that…'; 'denied it and said…'); 'by X' for a passive."""
    verb = cue
    for _ in range(4):
        # the subject nearest the verb: in '"My reaction, that was outrageous," the
        # strategist said' the parse gives 'said' two
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
        if subjects:
            return subject_span(min(subjects, key=lambda c: abs(c.i - verb.i)))
        for child in verb.children:
            if child.dep_ == "agent":
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects:
                    return subject_span(objects[0])
        if verb.dep_ in {"advcl", "conj", "xcomp", "ccomp", "parataxis"} and verb.head.i != verb.i:
            verb = _reporter_of_clause(verb)
            continue
        governing = _governing_verb(verb)
        if governing is not None:
            verb = governing
            continue
        if verb.dep_ == "relcl":
            return subject_span(verb.head)
        break
    return _inverted_subject(cue)


def _inverted_subject(cue: Token) -> Span | None:
    """'Said Ellis: "…"': a reporting verb opening its sentence, its speaker named after it
    (the parse makes the verb a modifier of the name)."""
    if cue.i != cue.sent.start or cue.tag_ not in {"VBD", "VBZ"}:
        return None
    end = cue.i + 1
    while end < cue.sent.end and cue.doc[end].pos_ == "PROPN":
        end += 1
    if end == cue.i + 1 or end == cue.sent.end or cue.doc[end].text not in {":", ","}:
        return None
    return cue.doc[cue.i + 1 : end]


# Cues whose object is the one addressed: in the passive ('you are asked to call…', 'Dale
# was told that…') their subject is the one addressed, never the speaker.
ADDRESSEE_CUES = frozenset({"ask", "tell", "urge", "warn", "inform", "advise", "remind"})


def spoken_of(cue: Token) -> bool:
    """A passive cue with no 'by X' whose subject is whom the words are about or addressed
    to, never who said them: a charge ('a clerk who had once been accused of theft', 'the woman
    accused of hitting…', 'blamed for') or a request or message ('anyone with information
    is asked to call…', 'Dale was told that…')."""
    children = list(cue.children)
    if any(c.dep_ == "agent" for c in children):
        return False
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in children)
    if passive and cue_lemma(cue) in ADDRESSEE_CUES:
        return True
    if any(c.dep_ in {"ccomp", "xcomp"} for c in children):
        return False
    charge = any(c.dep_ == "prep" and c.lower_ in {"of", "with", "for"} for c in children)
    participle = cue.tag_ == "VBN" and not any(c.dep_ == "aux" for c in children)
    return charge and (passive or participle)


def _governing_verb(verb: Token) -> Token | None:
    """The verb whose subject speaks for a cue with none of its own: a gerund after a
    preposition ('began by saying that…', 'stopped short of calling…'), a participle on a
    statement ('the council issued a statement calling…')."""
    if verb.dep_ == "pcomp":
        head = verb.head.head
        for _ in range(2):
            if head.pos_ in {"VERB", "AUX"}:
                return head
            head = head.head
        return None
    noun = verb.head
    if (
        verb.dep_ == "acl"
        and fold(noun.lemma_ or noun.text) in CARRIER_NOUNS
        and noun.dep_ == "dobj"
        and noun.head.pos_ == "VERB"
    ):
        return noun.head
    if _set_off_participle(verb) and noun.head.pos_ in {"VERB", "AUX"} and noun.head.i != noun.i:
        # 'The mayor, pledging to rebuild the pier, told…', 'Police held the mayor,
        # alleging fraud': the participle set off by a comma is the main clause's subject's
        return noun.head
    return None


def _set_off_participle(verb: Token) -> bool:
    """A present participle the parse hung on a noun, after a comma: a clause of its own
    about the main clause's subject, not a description of the noun ('a claim alleging…')."""
    doc = verb.doc
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.i > 0
        and doc[verb.i - 1].text == ","
        and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}
    )


def _reporter_of_clause(verb: Token) -> Token:
    """The verb to look for a subject on next: the head, except that a reporting verb
    coordinated into a reported clause ('X claimed [the barricades would stay] and accused…')
    is a misparse of one coordinated with the verb that reports the clause."""
    head = verb.head
    if (
        verb.dep_ == "conj"
        and cue_lemma(verb) in REPORTING_VERBS
        and head.dep_ == "ccomp"
        and cue_lemma(head.head) in REPORTING_VERBS
    ):
        return head.head
    if _participle_after_report(verb):
        # 'Dorn said that the council would close the pier, adding that…': the participle
        # set off after a reported clause is the reporter's, not the clause subject's
        return head.head
    return head


def _participle_after_report(verb: Token) -> bool:
    """A present participle set off by a comma that the parse hung on a clause another verb
    reports ('said [the council would close the pier], adding…')."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and head.dep_ == "ccomp"
        and head.head.i != head.i
        and cue_lemma(head.head) in REPORTING_VERBS
    )


def subject_span(token: Token) -> Span:
    """The words naming the speaker, without clauses hung on them: 'Anna Riel, whose
    husband…' -> 'Anna Riel'; 'Merrit, standing in a field…' -> 'Merrit'."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        token = token.head.head
    token = _behind_dateline(token)
    token = _behind_time(token)
    token = _behind_carrier(token)
    dropped: set[int] = set()
    for child in token.children:
        if (
            (child.dep_ in _CLAUSE_DEPS and not _inside_a_word(child))  # 'president-elect'
            or (child.dep_ == "appos" and _has_clause(child))
            or _says_when(child)
            or (child.pos_ == "VERB" and child.i > token.i and child.dep_ not in {"amod"})
        ):
            # 'Ana Dale, whose husband…', 'the leaders on Sunday', and a headline's verb
            # misparsed into its subject ('Mayor set to close harbour, blame council')
            dropped.update(t.i for t in child.subtree)
    left = right = token.i
    while left - 1 >= token.left_edge.i and left - 1 not in dropped:
        left -= 1
    while right + 1 <= token.right_edge.i and right + 1 not in dropped:
        right += 1
    span = token.doc[left : right + 1]
    while len(span) > 1 and (span[-1].is_punct or span[-1].lower_ in RELATIVE_PRONOUNS):
        span = span[:-1]
    while len(span) > 1 and span[0].is_punct:
        span = span[1:]
    if len(span) > 2 and span[0].is_upper and len(span[0]) > 2 and span[1].text in _DASHES:
        span = span[2:]  # 'KESSROW - Miners at the mine': the dateline is no speaker
    return span


_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "punct"})


def _inside_a_word(token: Token) -> bool:
    """A hyphen written between two words with no space ('president-elect'), not a dash
    ('KESSROW - Miners at the mine')."""
    doc = token.doc
    return (
        token.tag_ == "HYPH"
        and not token.whitespace_
        and token.i > 0
        and not doc[token.i - 1].whitespace_
    )


def _says_when(child: Token) -> bool:
    """'on Sunday', 'in May', 'this week' hung on a subject: when it spoke, not who."""
    if child.dep_ == "npadvmod":
        words = [child]
    elif child.dep_ == "prep":
        words = [g for g in child.children if g.dep_ == "pobj"]
    else:
        return False
    return any(
        fold(w.text) in WEEKDAYS or fold(w.text) in MONTHS or fold(w.lemma_) in TIME_NOUNS
        for w in words
    )


_DASHES = frozenset({"-", "--", "—", "–"})


def _behind_dateline(token: Token) -> Token:
    """'WASHINGTON -- President Obama, …, said': the dateline is parsed as the subject, the
    name in apposition is the speaker."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if not (token.is_upper and len(token.text) > 2 and following is not None):
        return token
    if following.text not in _DASHES:
        return token
    names = [c for c in token.children if c.dep_ in {"appos", "conj"} and c.pos_ == "PROPN"]
    return names[0] if names else token


def _behind_time(token: Token) -> Token:
    """'With 50 days until the election, Minyon Moore, a senior adviser, called…': a time or
    event parsed as the subject, with the name in apposition to it."""
    if token.pos_ != "NOUN" or fold(token.lemma_ or token.text) not in _TIME_OR_EVENT_NOUNS:
        return token
    names = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return names[0] if names else token


def _behind_carrier(token: Token) -> Token:
    """'Clinton's ad said', 'a speech Mrs. Clinton delivered': whose words an ad, a speech or
    a letter carries (a name as its possessor, the subject of its relative clause, or 'by')."""
    if token.pos_ != "NOUN" or fold(token.lemma_ or token.text) not in CARRIER_NOUNS:
        return token
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return child
        if child.dep_ == "relcl":
            subjects = [g for g in child.children if g.dep_ == "nsubj" and g.pos_ == "PROPN"]
            if subjects:
                return subjects[0]
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            names = [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
            if names:
                return names[0]
    return token


def _has_clause(token: Token) -> bool:
    return any(t.pos_ == "VERB" for t in token.subtree)


def inscribed(region: Span) -> bool:
    """Words on a banner or sign: 'a banner reading "…"', 'placards that said "…"'."""
    sent = region[0].sent
    before = region.doc[max(sent.start, region.start - 6) : region.start]
    return any(t.pos_ == "NOUN" and fold(t.text) in INSCRIPTION_WORDS for t in before)


def announcer(doc: Doc, span: MarkedSpan) -> Span | None:
    """Who a colon announces: 'Sanders: "…"' in a headline, 'The Times reports: "…"'."""
    before = doc.char_span(max(0, span.start - 3), span.start, alignment_mode="expand")
    colons = [t for t in before or () if t.text == ":" and t.idx < span.start]
    if not colons or colons[-1].i == 0:
        return None
    colon = colons[-1]
    previous = doc[colon.i - 1]
    if previous.pos_ == "PROPN":
        start = previous.i
        while start > colon.sent.start and doc[start - 1].pos_ == "PROPN":
            start -= 1
        name = doc[start : previous.i + 1]
        return name if can_speak(name) else None
    root = colon.sent.root
    if root.pos_ == "VERB" and cue_lemma(root) in REPORTING_VERBS:
        speaker = speaker_span(root)
        if speaker is not None and speaker.root.pos_ == "PROPN" and can_speak(speaker):
            return speaker
    return None


def governing_subject(region: Span) -> Span | None:
    """The subject of the clause a quote with no cue of its own sits in, when the quote
    is part of that clause: a name or a pronoun, outside the quotation marks."""
    inside = {t.i for t in region}
    verb = region.root
    for _ in range(6):  # 'called him a "liar" and a "[bully]"': up through the nouns
        if verb.i not in inside and verb.pos_ in {"VERB", "AUX"}:
            break
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    if verb.i in inside or verb.pos_ not in {"VERB", "AUX"}:
        return None
    span = speaker_span(verb)
    if span is None or span.start in inside or span.root.pos_ not in {"PROPN", "PRON"}:
        return None
    if span.root.pos_ == "PRON" and span.root.lower_ not in {"he", "she", "they", "we"}:
        return None
    return span if can_speak(span) else None


_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}):\s+")
_SIGNATURE = re.compile(r"^[\s,.]*[―—–-]\s*([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})")
# 'Kell: "We Will Rebuild the Pier"' opening a headline or paragraph: the name's words
_HEADLINE_LABEL = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}):\s*['\"‘“]$")


def speaker_label(
    doc: Doc, text: str, span: MarkedSpan
) -> tuple[tuple[int, int], Span | None] | None:
    """A speaker named by layout rather than by a verb: a transcript's 'NAME:' at the start
    of the quote, a dash line under its paragraph ('— Harbour Party chair Mara Kell, in a
    tweet'), or a signature '― Name' right after it."""
    label = _TRANSCRIPT_LABEL.match(text, span.start, span.end)
    if label and label.end() < span.end:
        speaker = doc.char_span(label.start(1), label.end(1), alignment_mode="expand")
        return (label.end(), span.end), speaker
    for line in dash_attributions(text):
        if line.quote_start <= span.start < line.line_start:
            start, end = line.speaker_start, line.speaker_end
            speaker = doc.char_span(start, end, alignment_mode="expand")
            return (span.start, span.end), speaker
    line_start = text.rfind("\n", 0, span.start) + 1
    named = _HEADLINE_LABEL.fullmatch(text, line_start, span.start)
    if named and _names_a_speaker(named.group(1)):
        speaker = doc.char_span(named.start(1), named.end(1), alignment_mode="expand")
        return (span.start, span.end), speaker
    signature = _SIGNATURE.match(text[span.end + 1 : span.end + 80])
    if signature:
        start = span.end + 1 + signature.start(1)
        speaker = doc.char_span(start, span.end + 1 + signature.end(1), alignment_mode="expand")
        return (span.start, span.end), speaker
    return None


def _names_a_speaker(label: str) -> bool:
    """A label before a colon that names who speaks, not a section ('Update:') or the story
    ('Harbour Fire:')."""
    words = [fold(w) for w in label.split()]
    return not any(w in SECTION_LABELS for w in words) and words[-1] not in TOPIC_LABEL_WORDS
