"""Quotes in one article: direct, indirect and mixed, each with its cue and speaker.

Three sources of evidence meet here:
  - quotation marks, found on the raw text (`quote_marks`), so that an unbalanced mark
    costs one paragraph at most, never the article;
  - reporting verbs ('said', 'told', 'claimed', 'pointed to'…) in the dependency parse,
    whose clausal complement is the content of indirect speech and whose subject is the
    speaker; 'according to X' works the same way;
  - reading order, for the speaker of a quote with no reporting verb of its own (a quote
    paragraph continued from the one before) and for pronouns and titles (`speakers`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from ..model import Quote, QuoteKind, Sentence
from ..text import CARRIER_NOUNS, INSCRIPTION_WORDS, REPORTING_VERBS, fold
from .quote_marks import MarkedSpan, find_marked_spans
from .speakers import (
    RELATIVE_PRONOUNS,
    SPEAKER_SEPARATOR,
    SpeakerMemory,
    can_speak,
    is_inscription,
    observe_sentence,
    resolve,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Verbs that report only with a clause ('he called it…' is not speech; 'called for' is).
CLAUSE_ONLY = frozenset(
    {"call", "continue", "question", "speak", "talk", "point", "cite", "know", "feel"}
    | {"consider", "learn", "show", "find", "understand", "want", "plan", "decide"}
)
# Cues whose content may be a noun phrase behind a preposition: 'pointed to the invalidity of…'
PREPOSITION_CUES = {
    "point": {"to", "out"},
    "call": {"for"},
    "warn": {"of", "against", "about"},
    "speak": {"of", "about"},
    "talk": {"about"},
    "complain": {"about", "of"},
    "hint": {"at"},
    "accuse": {"of"},
    "blame": {"for"},
    "worry": {"about"},
    "describe": {"as"},
    "brand": {"as"},
    "label": {"as"},
    "refer": {"to"},
}
# Cues whose object is the content: 'denied the allegations', 'cited a poll'.
OBJECT_CUES = frozenset(
    {"deny", "confirm", "announce", "reject", "dismiss", "predict", "cite", "mention"}
    | {"criticize", "criticise", "question", "praise", "defend", "acknowledge", "admit"}
    | {"endorse", "oppose", "blame", "slam", "blast", "describe", "call", "brand", "dub"}
    | {"express", "discuss", "denounce"}
)
# Cues whose infinitive complement is the content: 'vowed to fight', 'urged them to leave'.
INFINITIVE_CUES = frozenset(
    {"promise", "vow", "pledge", "threaten", "urge", "ask", "call", "demand", "warn", "refuse"}
    | {"want", "plan", "decide", "agree", "expect", "hope", "propose", "seek", "decline"}
    | {"seem"}
)
# The small model's lemmatiser maps 'hoping' to 'hop'.
_LEMMA_FIXES = {"hoping": "hope", "hoped": "hope"}
# Verbs of saying that can interrupt the clause they report: 'The plan, he said, is dead.'
PARENTHETICAL_CUES = frozenset(
    {"say", "tell", "add", "write", "note", "argue", "insist", "explain", "claim", "warn"}
    | {"acknowledge", "admit", "stress", "contend", "believe", "think", "report"}
)
MIN_DIRECT_WORDS_WITHOUT_CUE = 4
MIN_MIXED_EXTRA_WORDS = 3
# fewer quoted words are a quoted term ('so-called "experts"'), not a quotation
MIN_DIRECT_WORDS = 3
PART_JOINER = " … "


@dataclass
class _Candidate:
    parts: list[tuple[int, int]]
    kind: QuoteKind
    cue: Token | Span | None = None
    speaker: Span | None = None
    resolved: str | None = None
    marked: list[MarkedSpan] = field(default_factory=list)


def extract_quotes(doc: Doc, sentences: Sequence[Sentence] = ()) -> tuple[Quote, ...]:
    """All quotes in a parsed article, in reading order."""
    text = doc.text
    marked = find_marked_spans(text)
    starts = [m.start for m in marked]
    memory = SpeakerMemory()
    claimed: dict[int, _Candidate] = {}  # marked-span index -> the candidate that took it
    candidates: list[_Candidate] = []
    for sent in doc.sents:
        inside = _marked_in(marked, starts, sent.start_char, sent.end_char)
        for cue in _cues(sent):
            if _within_marks(marked, inside, cue.idx):
                continue
            candidate = _attribute(cue, marked, inside, claimed, memory)
            if candidate is not None:
                candidates.append(candidate)
        _according_to(sent, marked, inside, memory, candidates)
        observe_sentence(memory, sent)
    candidates.extend(_unattributed(doc, marked, claimed, candidates, memory))
    candidates = _outermost(candidates)
    for candidate in candidates:
        # 'Valsek says…' in a headline, 'Oren Valsek' named only later
        resolved = candidate.resolved
        if resolved and SPEAKER_SEPARATOR not in resolved and memory.is_person(resolved):
            candidate.resolved = memory.full_name(resolved)
    sentence_starts = [s.start for s in sentences]
    quotes: list[Quote] = []
    for candidate in candidates:
        quotes.append(_to_quote(len(quotes), candidate, text, sentence_starts))
    return tuple(quotes)


def _outermost(candidates: list[_Candidate]) -> list[_Candidate]:
    """Drop a quote nested in another by the same speaker ('it said it asked… to declare…'
    is one statement); a different speaker quoted inside a quote stays."""
    ordered = sorted(candidates, key=lambda c: (c.parts[0][0], -c.parts[-1][1]))
    kept: list[_Candidate] = []
    for candidate in ordered:
        start, end = candidate.parts[0][0], candidate.parts[-1][1]
        outer = next((k for k in kept if k.parts[0][0] <= start and end <= k.parts[-1][1]), None)
        if outer is not None and (
            candidate.resolved is None or outer.resolved in {None, candidate.resolved}
        ):
            continue
        kept.append(candidate)
    return kept


def _cues(sent: Span) -> list[Token]:
    return [
        t for t in sent if t.pos_ == "VERB" and _lemma(t) in REPORTING_VERBS and not _is_modifier(t)
    ]


def _lemma(token: Token) -> str:
    return _LEMMA_FIXES.get(token.lower_) or (token.lemma_ or token.text).lower()


def _is_modifier(token: Token) -> bool:
    """'the so-called regime', 'a promised reform': participles used as adjectives; 'when
    asked', 'as reported': a passive participle reports nobody's words."""
    if token.dep_ in {"amod", "acomp"}:
        return True
    return token.tag_ == "VBN" and not any(c.dep_ in {"aux", "nsubj"} for c in token.children)


def _within_marks(marked: list[MarkedSpan], indices: list[int], position: int) -> bool:
    return any(marked[i].start <= position < marked[i].end for i in indices)


def _marked_in(marked: list[MarkedSpan], starts: list[int], start: int, end: int) -> list[int]:
    """Indices of marked spans that overlap [start, end)."""
    first = max(0, bisect.bisect_left(starts, start) - 1)
    # a quote that ends just before the sentence belongs to it: '"…. …." Brandt said.'
    stop = bisect.bisect_left(starts, end)
    return [i for i in range(first, stop) if marked[i].end > start - 3]


def _attribute(
    cue: Token,
    marked: list[MarkedSpan],
    inside: list[int],
    claimed: dict[int, _Candidate],
    memory: SpeakerMemory,
) -> _Candidate | None:
    lemma = _lemma(cue)
    content = _content(cue, lemma)
    speaker = _speaker(cue)
    if speaker is not None and not can_speak(speaker):
        if is_inscription(speaker):
            return None  # 'a banner read "…"': nobody's quote
        speaker = None  # 'the Act says…', 'Syntagma Square said': a misparse, not a speaker
    nearby = [i for i in inside if i not in claimed]
    candidate: _Candidate | None = None
    if content is not None:
        start, end = content
        covered = [i for i in nearby if marked[i].start < end and marked[i].end > start]
        if covered:
            # '"A," he said, "B."': the part before the reporting clause belongs to it too
            covered += [
                i
                for i in nearby
                if i not in covered and marked[i].end <= cue.idx and _adjacent(cue, marked[i])
            ]
            covered.sort()
            spans = [marked[i] for i in covered]
            before, outside = _words_outside(cue.doc, start, end, spans)
            quoted_words = sum(s.words for s in spans)
            if quoted_words < MIN_DIRECT_WORDS or (
                (before >= 1 or outside >= MIN_MIXED_EXTRA_WORDS)
                and not _is_quote_clause(cue, marked, covered)
            ):
                # indirect speech with a quoted fragment: 'said it was "wrong" to…'
                candidate = _Candidate([(start, end)], "mixed", cue)
            else:
                candidate = _Candidate(
                    [(marked[i].start, marked[i].end) for i in covered], "direct", cue
                )
            for i in covered:
                claimed[i] = candidate
        else:
            candidate = _Candidate([(start, end)], "indirect", cue)
    elif nearby and lemma not in CLAUSE_ONLY:
        # '"…," Peskov said.' parsed with the quote outside the verb's clause: the marks
        # next to the reporting clause (same sentence) are its content
        adjacent = [
            i for i in nearby if _adjacent(cue, marked[i]) and marked[i].words >= MIN_DIRECT_WORDS
        ]
        if adjacent:
            candidate = _Candidate(
                [(marked[i].start, marked[i].end) for i in adjacent], "direct", cue
            )
            for i in adjacent:
                claimed[i] = candidate
    if candidate is None and not nearby:
        parts = _parenthetical_content(cue)
        if parts:
            candidate = _Candidate(parts, "indirect", cue)
    if candidate is None:
        return None
    candidate.speaker = speaker
    candidate.resolved = resolve(memory, speaker) if speaker is not None else None
    return candidate


def _is_quote_clause(cue: Token, marked: list[MarkedSpan], covered: list[int]) -> bool:
    """The words outside the marks are only the reporting clause itself ('…, he said, …')."""
    return (
        all(marked[i].end <= cue.idx or marked[i].start > cue.idx for i in covered)
        and len(covered) > 1
    )


def _words_outside(doc: Doc, start: int, end: int, spans: list[MarkedSpan]) -> tuple[int, int]:
    """Words of the content outside the marks: (before the first mark, in all)."""
    before = count = 0
    first = min(s.start for s in spans)
    for token in doc.char_span(start, end, alignment_mode="expand") or []:
        if not (token.is_alpha or token.like_num):
            continue
        if not any(s.start - 1 <= token.idx < s.end + 1 for s in spans):
            count += 1
            before += token.idx < first
    return before, count


def _adjacent(cue: Token, span: MarkedSpan) -> bool:
    """The marks sit right before or after the reporting clause, with no other verb between."""
    sent = cue.sent
    if span.end <= cue.idx:
        between = cue.doc.char_span(span.end, cue.idx, alignment_mode="expand")
    elif span.start >= cue.idx:
        between = cue.doc.char_span(cue.idx, span.start, alignment_mode="expand")
    else:
        return False
    if between is None:
        return False
    if between.start < sent.start - 1 or between.end > sent.end + 1:
        # a multi-sentence quote ends in this sentence: '"A. B. C," he said.'
        return bool(span.end <= cue.idx and span.end >= sent.start_char - 2)
    return not any(t.pos_ == "VERB" and t.i != cue.i for t in between if t.dep_ != "aux")


def _content(cue: Token, lemma: str) -> tuple[int, int] | None:
    """The character span of what the cue reports, from the parse."""
    for child in cue.children:
        if (child.dep_ in {"ccomp", "parataxis"} and child.i > cue.i) or child.dep_ == "ccomp":
            return _subtree_span(child, skip_marks=True)
    for child in cue.children:
        if child.dep_ == "xcomp" and lemma in INFINITIVE_CUES:
            return _subtree_span(child, skip_marks=False)
        if child.dep_ == "dobj" and lemma in INFINITIVE_CUES:
            for grandchild in child.children:
                if grandchild.dep_ in {"xcomp", "ccomp"}:
                    return _subtree_span(grandchild, skip_marks=False)
        if child.dep_ in {"prep", "prt"} and child.lower_ in PREPOSITION_CUES.get(lemma, ()):
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return _subtree_span(objects[0], skip_marks=False)
            if child.dep_ == "prt":
                for sibling in cue.children:
                    if sibling.dep_ == "dobj":
                        return _subtree_span(sibling, skip_marks=False)
    for child in cue.children:
        if child.dep_ in {"oprd", "dobj"} and lemma in OBJECT_CUES:
            # 'called them "deplorables"': the label is what was said of the object
            predicates = [c for c in child.children if c.dep_ in {"oprd", "acl"}]
            if predicates and child.dep_ == "dobj":
                return _subtree_span(predicates[0], skip_marks=False)
            return _subtree_span(child, skip_marks=False)
    return None


def _parenthetical_content(cue: Token) -> list[tuple[int, int]]:
    """'The difference now, he said, is that…': the clause around a reporting clause that
    interrupts it is the content (in the parts before and after the interruption)."""
    head = cue.head
    if _lemma(cue) not in PARENTHETICAL_CUES or cue.dep_ not in {"parataxis", "advcl", "ccomp"}:
        return []
    if head is cue or head.pos_ not in {"VERB", "AUX"} or len(list(cue.subtree)) > 8:
        return []
    if not any(c.dep_ == "nsubj" for c in cue.children):
        return []
    inner = {t.i for t in cue.subtree}
    tokens = [t for t in head.subtree if t.i not in inner and not t.is_space]
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


def _trimmed_part(run: list[Token]) -> tuple[int, int]:
    while len(run) > 1 and run[-1].is_punct:
        run = run[:-1]
    return run[0].idx, run[-1].idx + len(run[-1].text)


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


def _speaker(cue: Token) -> Span | None:
    """The span naming who speaks: the cue's subject, or the subject of the verb it hangs
    from ('…, adding that…'; 'denied it and said…'); 'by X' for a passive."""
    verb = cue
    for _ in range(4):
        for child in verb.children:
            if child.dep_ in {"nsubj", "csubj"}:
                return _subject_span(child)
            if child.dep_ == "agent":
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects:
                    return _subject_span(objects[0])
        if verb.dep_ in {"advcl", "conj", "xcomp", "ccomp", "parataxis"} and verb.head is not verb:
            verb = verb.head
            continue
        if verb.dep_ == "relcl":
            return _subject_span(verb.head)
        break
    return None


def _subject_span(token: Token) -> Span:
    """The words naming the speaker, without clauses hung on them: 'Anna Riel, whose
    husband…' -> 'Anna Riel'; 'Merrit, standing in a field…' -> 'Merrit'."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        token = token.head.head
    token = _behind_dateline(token)
    token = _behind_carrier(token)
    dropped: set[int] = set()
    for child in token.children:
        if child.dep_ in _CLAUSE_DEPS or (child.dep_ == "appos" and _has_clause(child)):
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
    return span


_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "punct"})
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


def _according_to(
    sent: Span,
    marked: list[MarkedSpan],
    inside: list[int],
    memory: SpeakerMemory,
    candidates: list[_Candidate],
) -> None:
    """'According to X, …': X is the speaker, the rest of the sentence the content."""
    for token in sent:
        if token.lower_ != "according" or token.i + 1 >= sent.end:
            continue
        to = token.doc[token.i + 1]
        objects = [g for g in to.children if g.dep_ == "pobj"]
        if to.lower_ != "to" or not objects:
            continue
        speaker = _subject_span(objects[0])
        if not can_speak(speaker):
            continue  # 'according to the law', 'according to a sign'
        phrase_end = max(t.i for t in objects[0].subtree) + 1
        before = sent.doc[sent.start : token.i]
        after = sent.doc[phrase_end : sent.end]
        body = max((before, after), key=lambda s: sum(1 for t in s if t.is_alpha))
        span = _subtree_span_of(body)
        if span is None:
            continue
        kind: QuoteKind = "indirect"
        if any(marked[i].start < span[1] and marked[i].end > span[0] for i in inside):
            kind = "mixed"
        candidate = _Candidate([span], kind, to.doc[token.i : token.i + 2], speaker)
        candidate.resolved = resolve(memory, speaker)
        candidates.append(candidate)


def _subtree_span_of(span: Span) -> tuple[int, int] | None:
    tokens = [t for t in span if not t.is_space]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "mark"):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if sum(1 for t in tokens if t.is_alpha) < 3:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _unattributed(
    doc: Doc,
    marked: list[MarkedSpan],
    claimed: dict[int, _Candidate],
    candidates: list[_Candidate],
    memory: SpeakerMemory,
) -> list[_Candidate]:
    """Quoted passages no reporting verb claimed: a quote paragraph continued from the
    one before, or a quote left to speak for itself. Short marked phrases ('so-called
    'destructive influence'') are scare quotes, not quotes, and are skipped."""
    text = doc.text
    result: list[_Candidate] = []
    ordered = sorted(candidates, key=lambda c: c.parts[0][0])
    starts = [c.parts[0][0] for c in ordered]
    for index, span in enumerate(marked):
        if index in claimed:
            continue
        if any(c.parts[0][0] <= span.start and span.end <= c.parts[-1][1] for c in candidates):
            continue  # inside an indirect quote: a quoted fragment of mixed speech
        region = doc.char_span(span.start, span.end, alignment_mode="expand")
        if region is None:
            continue
        words = sum(1 for t in region if t.is_alpha)
        has_verb = any(t.pos_ in {"VERB", "AUX"} for t in region)
        if words < MIN_DIRECT_WORDS_WITHOUT_CUE or not has_verb or _inscribed(region):
            continue
        previous = bisect.bisect_left(starts, span.start) - 1
        if previous >= 0 and _continues(text, ordered[previous], span):
            # '"A," said X. "B."': one quotation, split by its reporting clause
            ordered[previous].parts.append((span.start, span.end))
            continue
        label = _speaker_label(doc, text, span)
        if label is not None:
            # 'PENCE: Well, look…' in a transcript, '"…" ― Name' under a reader's comment
            (start, end), speaker = label
            candidate = _Candidate([(start, end)], "direct", speaker=speaker)
            candidate.resolved = speaker.text if speaker is not None else None
            result.append(candidate)
            continue
        candidate = _Candidate([(span.start, span.end)], "direct")
        governing = _governing_subject(region) or _announcer(doc, span)
        if governing is not None:
            # 'Cruz called Trump a "…"', 'Trump boasted, "…"': the subject of the clause
            # the quote sits in
            candidate.speaker = governing
            candidate.resolved = resolve(memory, governing)
            result.append(candidate)
            continue
        if previous >= 0:
            before = ordered[previous]
            gap = text[before.parts[-1][1] : span.start]
            # the same speaker goes on: the previous quote ends in this or the last paragraph,
            # or the sentence before announces this one ('Kall said: "…"')
            announced = gap.rstrip(" \n\"“'‘").endswith(":") and len(gap) < 200
            # (an indirect quote's speaker going on counts too: 'said X, speaking of Y. "…"')
            goes_on = span.continued or before.kind == "direct" or bool(before.resolved)
            if announced or (gap.count("\n") <= 2 and goes_on):
                candidate.speaker = None
                candidate.resolved = before.resolved
        result.append(candidate)
    return result


def _inscribed(region: Span) -> bool:
    """Words on a banner or sign: 'a banner reading "…"', 'placards that said "…"'."""
    sent = region[0].sent
    before = region.doc[max(sent.start, region.start - 6) : region.start]
    return any(t.pos_ == "NOUN" and fold(t.text) in INSCRIPTION_WORDS for t in before)


def _announcer(doc: Doc, span: MarkedSpan) -> Span | None:
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
    if root.pos_ == "VERB" and _lemma(root) in REPORTING_VERBS:
        speaker = _speaker(root)
        if speaker is not None and speaker.root.pos_ == "PROPN" and can_speak(speaker):
            return speaker
    return None


def _governing_subject(region: Span) -> Span | None:
    """The subject of the clause a quote with no cue of its own sits in, when the quote
    is part of that clause: a name or a pronoun, outside the quotation marks."""
    inside = {t.i for t in region}
    verb = region.root
    for _ in range(6):  # 'called him a "liar" and a "[bully]"': up through the nouns
        if verb.i not in inside and verb.pos_ in {"VERB", "AUX"}:
            break
        if verb.head is verb:
            return None
        verb = verb.head
    if verb.i in inside or verb.pos_ not in {"VERB", "AUX"}:
        return None
    span = _speaker(verb)
    if span is None or span.start in inside or span.root.pos_ not in {"PROPN", "PRON"}:
        return None
    if span.root.pos_ == "PRON" and span.root.lower_ not in {"he", "she", "they", "we"}:
        return None
    return span if can_speak(span) else None


_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}):\s+")
_SIGNATURE = re.compile(r"^[\s,.]*[―—–-]\s*([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})")


def _speaker_label(
    doc: Doc, text: str, span: MarkedSpan
) -> tuple[tuple[int, int], Span | None] | None:
    """A speaker named by layout rather than by a verb: a transcript's 'NAME:' at the start
    of the quote, or a signature '― Name' right after it."""
    label = _TRANSCRIPT_LABEL.match(text, span.start, span.end)
    if label and label.end() < span.end:
        speaker = doc.char_span(label.start(1), label.end(1), alignment_mode="expand")
        return (label.end(), span.end), speaker
    signature = _SIGNATURE.match(text[span.end + 1 : span.end + 80])
    if signature:
        start = span.end + 1 + signature.start(1)
        speaker = doc.char_span(start, span.end + 1 + signature.end(1), alignment_mode="expand")
        return (span.start, span.end), speaker
    return None


def _continues(text: str, before: _Candidate, span: MarkedSpan) -> bool:
    """The marked span goes on with the quote before it, past the reporting clause: same
    paragraph, and nothing between the two but the clause holding the cue."""
    if before.kind != "direct" or before.cue is None or not hasattr(before.cue, "idx"):
        return False
    gap_start = before.parts[-1][1]
    if "\n" in text[gap_start : span.start]:
        return False
    gap = text[gap_start : span.start]
    # within one sentence only: '"A," he said. "B."' is two quotes (outlets often quote one)
    if re.search(r"[.!?][\"”’']?\s", gap.strip()):
        return False
    return gap_start <= before.cue.idx < span.start and len(gap) < 160


def _to_quote(index: int, candidate: _Candidate, text: str, sentence_starts: list[int]) -> Quote:
    parts = tuple(sorted(candidate.parts))
    start, end = parts[0][0], parts[-1][1]
    body = PART_JOINER.join(text[s:e] for s, e in parts)
    cue = candidate.cue
    speaker = candidate.speaker
    sentence = max(0, bisect.bisect_right(sentence_starts, start) - 1) if sentence_starts else 0
    cue_text = cue_start = cue_end = None
    if cue is not None:
        if hasattr(cue, "idx"):  # a verb; 'according to' is a Span
            cue_start, cue_end, cue_text = _cue_phrase(cast("Token", cue))
        else:
            cue_start, cue_end, cue_text = cue.start_char, cue.end_char, cue.text
    return Quote(
        index=index,
        sentence=sentence,
        start=start,
        end=end,
        text=body,
        kind=candidate.kind,
        parts=parts if len(parts) > 1 else (),
        cue=cue_text,
        cue_start=cue_start,
        cue_end=cue_end,
        speaker_text=speaker.text if speaker is not None else None,
        speaker_start=speaker.start_char if speaker is not None else None,
        speaker_end=speaker.end_char if speaker is not None else None,
        speaker=candidate.resolved,
    )


def _cue_phrase(cue: Token) -> tuple[int, int, str]:
    """The cue with its particle or preposition: 'pointed to', 'called for'."""
    end_token = cue
    for child in cue.children:
        if child.i == cue.i + 1 and (
            child.dep_ == "prt" or child.lower_ in PREPOSITION_CUES.get(_lemma(cue), ())
        ):
            end_token = child
    start, end = cue.idx, end_token.idx + len(end_token.text)
    return start, end, cue.doc[cue.i : end_token.i + 1].text
