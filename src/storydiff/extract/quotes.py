"""Quotes in one article: direct, indirect and mixed, each with its cue and speaker.

Three sources of evidence meet here:
  - quotation marks, found on the raw text (`quote_marks`), so that an unbalanced mark
    costs one paragraph at most, never the article;
  - reporting verbs ('said', 'told', 'claimed', 'pointed to'…) in the dependency parse,
    whose clausal complement is the content of indirect speech and whose subject is the
    speaker; 'according to X' works the same way;
  - reading order, for the speaker of a quote with no reporting verb of its own (a quote
    paragraph continued from the one before) and for pronouns and titles (`speakers`).
What a cue reports is found in `quote_content`, the span naming who speaks in
`quote_speakers`.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from ..model import Quote, QuoteKind, Sentence
from ..nlp.doc_text import doc_text
from ..text_reporting import CLAUSE_ONLY, INNER_STATE_VERBS, REPORTING_VERBS
from .late_speakers import finish, named_next
from .quote_build import to_quote
from .quote_content import cue_content, parenthetical_content, past_according_to
from .quote_marks import MarkedSpan, find_marked_spans
from .quote_phrases import attribution_phrases, relays_a_quote
from .quote_speakers import (
    announcer,
    cue_lemma,
    governing_subject,
    inscribed,
    speaker_label,
    speaker_span,
    spoken_of,
)
from .quote_tails import before_background, before_tail, past_dateline, sentence_ends
from .speaker_memory import SpeakerMemory
from .speakers import (
    can_speak,
    is_inscription,
    observe_sentence,
    resolve,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MIN_DIRECT_WORDS_WITHOUT_CUE = 4
MIN_MIXED_EXTRA_WORDS = 3
# fewer quoted words are a quoted term ('so-called "experts"'), not a quotation
MIN_DIRECT_WORDS = 3


@dataclass
class _Candidate:
    parts: list[tuple[int, int]]
    kind: QuoteKind
    cue: Token | Span | None = None
    speaker: Span | None = None
    resolved: str | None = None
    marked: list[MarkedSpan] = field(default_factory=list)
    segment_starts: list[int] = field(default_factory=list)
    """Where parts that open a new sentence of the quotation start ('"A," he said. "B."')."""
    goes_on: _Candidate | None = None
    """The quote whose speaker goes on in this one, which has no cue of its own."""


def extract_quotes(doc: Doc, sentences: Sequence[Sentence] = ()) -> tuple[Quote, ...]:
    """All quotes in a parsed article, in reading order."""
    text = doc_text(doc)
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
        _phrases(sent, marked, inside, memory, candidates)
        observe_sentence(memory, sent)
    candidates.extend(_unattributed(doc, text, marked, claimed, candidates, memory))
    candidates = _outermost(candidates)
    for candidate in candidates:  # in reading order: the quote a speaker goes on from first
        at = candidate.speaker.start_char if candidate.speaker else candidate.parts[0][0]
        candidate.resolved = finish(memory, candidate.speaker, candidate.resolved, at)
        if candidate.goes_on is not None:
            candidate.resolved = candidate.goes_on.resolved
    named = named_next(memory, [(c.speaker, c.resolved) for c in candidates])
    for candidate, name in zip(candidates, named, strict=True):  # again in reading order
        candidate.resolved = candidate.goes_on.resolved if candidate.goes_on else name
    sentence_starts = [s.start for s in sentences]
    quotes: list[Quote] = []
    for candidate in candidates:
        quotes.append(to_quote(len(quotes), candidate, text, sentence_starts))
    return tuple(quotes)


def _nobody(candidate: _Candidate) -> bool:
    """No speaker found, or a pronoun that stands for nobody named."""
    speaker = candidate.speaker
    return candidate.resolved is None and (speaker is None or speaker.root.pos_ == "PRON")


def _outermost(candidates: list[_Candidate]) -> list[_Candidate]:
    """Drop a quote nested in another by the same speaker ('it said it asked… to declare…'
    is one statement); a different speaker quoted inside a quote stays."""
    ordered = sorted(candidates, key=lambda c: (c.parts[0][0], -c.parts[-1][1]))
    kept: list[_Candidate] = []
    for candidate in ordered:
        start, end = candidate.parts[0][0], candidate.parts[-1][1]
        outer = next((k for k in kept if k.parts[0][0] <= start and end <= k.parts[-1][1]), None)
        if outer is not None and _nobody(outer) and candidate.resolved is not None:
            # 'Dale Says Harbour Will Close' misparsed as the harbour's words: words of
            # no one named around somebody's are that somebody's
            kept.remove(outer)
        elif outer is not None and (
            candidate.resolved is None
            or outer.resolved in {None, candidate.resolved}
            or _reporter_pronoun(candidate, outer)
        ):
            continue
        kept.append(candidate)
    return kept


def _reporter_pronoun(inner: _Candidate, outer: _Candidate) -> bool:
    """'Observers said they had found…': a plural pronoun speaking inside a plural speaker's
    reported words stands for that speaker, not for the last plural named before it (the
    party's lawyers of the paragraph above)."""
    if inner.speaker is None or outer.speaker is None or inner.speaker.root.lower_ != "they":
        return False
    head = outer.speaker.root
    return head.tag_ in {"NNS", "NNPS"} or head.lower_ == "they"


def _cues(sent: Span) -> list[Token]:
    return [
        t
        for t in sent
        if t.pos_ == "VERB"
        and (cue_lemma(t) in REPORTING_VERBS or _reports_that_clause(t))
        and not _is_modifier(t)
    ]


def _reports_that_clause(verb: Token) -> bool:
    """'Trump charges that…', 'she stressed that…': a verb whose subject states a 'that'
    clause reports it, whether or not it is one of the usual reporting verbs."""
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if cue_lemma(verb) == "receive":
        return False  # 'the frigate received a call that…': the frigate was told, not telling
    return any(
        clause.dep_ == "ccomp"
        and clause.i > verb.i
        and any(g.dep_ == "mark" and g.lower_ == "that" for g in clause.children)
        for clause in verb.children
    )


def _is_modifier(token: Token) -> bool:
    """'the so-called regime', 'a promised reform': participles used as adjectives; 'when
    asked', 'as reported': a passive participle reports nobody's words."""
    if token.dep_ in {"amod", "acomp"}:
        return True
    return token.tag_ == "VBN" and not any(
        c.dep_ in {"aux", "nsubj", "nsubjpass"} for c in token.children
    )


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
    lemma = cue_lemma(cue)
    content = cue_content(cue, lemma)
    speaker = speaker_span(cue)
    if speaker is not None and not can_speak(speaker):
        if is_inscription(speaker):
            return None  # 'a banner read "…"': nobody's quote
        speaker = None  # 'the Act says…', 'Syntagma Square said': a misparse, not a speaker
    nearby = [i for i in inside if i not in claimed]
    candidate: _Candidate | None = None
    if content is not None:
        content = _within_sentence(cue.sent, past_according_to(cue.doc, content))
    if content is not None:
        candidate = _content_candidate(cue, content, marked, nearby, claimed)
    elif nearby and lemma not in CLAUSE_ONLY:
        candidate = _adjacent_candidate(cue, marked, nearby, claimed)
    if candidate is None and not nearby:
        parts = parenthetical_content(cue)
        if parts:
            candidate = _Candidate(parts, "indirect", cue)
    if candidate is None:
        return None
    if candidate.kind != "direct" and any(c.dep_ == "neg" for c in cue.children):
        return None  # 'the guards do not think anyone meant harm': what no one said or believes
    if speaker is None and candidate.kind != "direct" and _addresses_the_reader(cue):
        return None  # 'anyone with information is asked to call…', 'please note…': an appeal
    if speaker is None and candidate.kind == "indirect" and lemma in INNER_STATE_VERBS:
        return None  # 'the bill is expected to pass', 'anyone wanting to borrow': no one's words
    if spoken_of(cue):
        speaker = None  # 'the woman accused of theft': whose words, the article does not say
    candidate.speaker = speaker
    candidate.resolved = resolve(memory, speaker) if speaker is not None else None
    return candidate


def _addresses_the_reader(cue: Token) -> bool:
    """An appeal to readers, not anyone's words: a request in the passive with what to do
    ('anyone with information is asked to call police', 'residents are urged to stay in'),
    or an imperative ('Please note this is…')."""
    children = list(cue.children)
    if any(c.dep_ == "intj" and c.lower_ == "please" for c in children):
        return True
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in children)
    return passive and any(c.dep_ == "xcomp" for c in children)


def _within_sentence(sent: Span, content: tuple[int, int]) -> tuple[int, int] | None:
    """The content without the dateline opening its sentence or the attributions and
    background closing it."""
    clipped = before_tail(sent, content)
    if clipped is None:
        return None
    return past_dateline(sent, before_background(sent, clipped))


def _content_candidate(
    cue: Token,
    content: tuple[int, int],
    marked: list[MarkedSpan],
    nearby: list[int],
    claimed: dict[int, _Candidate],
) -> _Candidate:
    """The quote whose content the parse found: direct when quotation marks cover it (and
    they take the marks), mixed when the marks hold only a fragment, otherwise indirect."""
    start, end = content
    covered = [i for i in nearby if marked[i].start < end and marked[i].end > start]
    if not covered:
        return _Candidate([(start, end)], "indirect", cue)
    # '"A," he said, "B."': the part before the reporting clause belongs to it too
    covered += [
        i
        for i in nearby
        if i not in covered
        and marked[i].end <= cue.idx
        and _adjacent(cue, marked[i])
        and _opens_sentence(cue, marked[i])
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
        candidate = _Candidate([(marked[i].start, marked[i].end) for i in covered], "direct", cue)
    for i in covered:
        claimed[i] = candidate
    return candidate


def _opens_sentence(cue: Token, span: MarkedSpan) -> bool:
    """The marks open the sentence ('"A," he said, "B."'), not a title inside it ('on "Fox
    News Sunday," Pence said "B"'), nor end the sentence before ('Japan called it "an
    outlaw nation." Russia insisted that it "stop…"')."""
    sent = cue.sent
    if span.end <= sent.start_char and doc_text(cue.doc)[span.end - 1] in ".!?":
        return False
    return not any(t.is_alpha and t.idx < span.start for t in sent if t.idx < cue.idx)


def _adjacent_candidate(
    cue: Token, marked: list[MarkedSpan], nearby: list[int], claimed: dict[int, _Candidate]
) -> _Candidate | None:
    """'"…," Peskov said.' parsed with the quote outside the verb's clause: the marks
    next to the reporting clause (same sentence) are its content."""
    adjacent = [
        i for i in nearby if _adjacent(cue, marked[i]) and marked[i].words >= MIN_DIRECT_WORDS
    ]
    if not adjacent:
        return None
    candidate = _Candidate([(marked[i].start, marked[i].end) for i in adjacent], "direct", cue)
    for i in adjacent:
        claimed[i] = candidate
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


def _phrases(
    sent: Span,
    marked: list[MarkedSpan],
    inside: list[int],
    memory: SpeakerMemory,
    candidates: list[_Candidate],
) -> None:
    """Attributions no reporting verb heads: 'according to X', 'Pence: …', 'X's claim that…'."""
    for phrase in attribution_phrases(sent):
        content = _within_sentence(sent, phrase.content)
        if content is None:
            continue
        start, end = content
        found = [(c.speaker, c.parts[0][0], c.parts[-1][1]) for c in candidates if c.speaker]
        if relays_a_quote(phrase, found):
            continue
        kind: QuoteKind = "indirect"
        overlaps = [marked[i] for i in inside if marked[i].start < end and marked[i].end > start]
        if overlaps:
            quoted = sum(min(end, m.end) - max(start, m.start) for m in overlaps)
            if phrase.cue is None and 2 * quoted >= end - start:
                continue  # a quoted headline is left to `announcer`
            kind = "mixed"  # 'Pence: Trump Was 'Mocking' Clinton Camp'
        candidate = _Candidate([content], kind, phrase.cue, phrase.speaker)
        candidate.resolved = resolve(memory, phrase.speaker) if phrase.speaker else None
        candidates.append(candidate)


def _unattributed(
    doc: Doc,
    text: str,
    marked: list[MarkedSpan],
    claimed: dict[int, _Candidate],
    candidates: list[_Candidate],
    memory: SpeakerMemory,
) -> list[_Candidate]:
    """Quoted passages no reporting verb claimed: a quote paragraph continued from the one
    before, or a quote left to speak for itself; short scare-quoted phrases are skipped.
    `text` is `doc.text`, which spaCy rebuilds from the tokens at every read."""
    result: list[_Candidate] = []
    ordered = sorted(candidates, key=lambda c: c.parts[0][0])
    starts = [c.parts[0][0] for c in ordered]
    for index, span in enumerate(marked):
        if index in claimed:
            continue
        if any(c.parts[0][0] <= span.start and span.end <= c.parts[-1][1] for c in candidates):
            continue  # inside an indirect quote: a quoted fragment of mixed speech
        region = _quotable_region(doc, span)
        if region is None:
            continue
        previous = bisect.bisect_left(starts, span.start) - 1
        continuation = _continuation(text, ordered[previous], span) if previous >= 0 else None
        if continuation is not None:
            # '"A," said X, "B."' or '"A," said X. "B."': one quotation, split by its
            # reporting clause
            ordered[previous].parts.append((span.start, span.end))
            if continuation == "segment":
                ordered[previous].segment_starts.append(span.start)
            continue
        label = speaker_label(doc, text, span)
        if label is not None:
            # 'PENCE: Well, look…' in a transcript, '"…" ― Name' under a reader's comment
            (start, end), speaker = label
            candidate = _Candidate([(start, end)], "direct", speaker=speaker)
            candidate.resolved = speaker.text if speaker is not None else None
            result.append(candidate)
            continue
        candidate = _Candidate([(span.start, span.end)], "direct")
        governing = governing_subject(region) or announcer(doc, span)
        if governing is not None:
            # 'Cruz called Trump a "…"', 'Trump boasted, "…"': the subject of the clause
            # the quote sits in
            candidate.speaker = governing
            candidate.resolved = resolve(memory, governing)
            result.append(candidate)
            continue
        before = _nearest_before(ordered[previous] if previous >= 0 else None, result, span)
        if before is not None and _speaker_goes_on(text, before, span):
            candidate.speaker = None
            candidate.resolved = before.resolved
            candidate.goes_on = before.goes_on or before
        result.append(candidate)
    return result


def _nearest_before(
    attributed: _Candidate | None, found: list[_Candidate], span: MarkedSpan
) -> _Candidate | None:
    """The quote a continued paragraph may go on from: the last one found before it, even
    one found without a cue (a quotation's paragraphs go on from each other)."""
    if (
        span.continued
        and found
        and (attributed is None or attributed.parts[0][0] < found[-1].parts[0][0])
    ):
        return found[-1]
    return attributed


def _quotable_region(doc: Doc, span: MarkedSpan) -> Span | None:
    """The tokens of a marked span long enough, and verbal enough, to be a quote on its own
    (not a scare-quoted phrase, not the words on a banner)."""
    region = doc.char_span(span.start, span.end, alignment_mode="expand")
    if region is None:
        return None
    words = sum(1 for t in region if t.is_alpha)
    has_verb = any(t.pos_ in {"VERB", "AUX"} for t in region)
    if words < MIN_DIRECT_WORDS_WITHOUT_CUE or not has_verb or inscribed(region):
        return None
    return region


def _speaker_goes_on(text: str, before: _Candidate, span: MarkedSpan) -> bool:
    """The speaker of the quote before goes on in this one: the previous quote ends in this
    or the last paragraph, or the sentence before announces this one ('Kall said: "…"')."""
    gap = text[before.parts[-1][1] : span.start]
    announced = gap.rstrip(" \n\"“'‘").endswith(":") and len(gap) < 200
    # (an indirect quote's speaker going on counts too: 'said X, speaking of Y. "…"')
    goes_on = span.continued or before.kind == "direct" or bool(before.resolved)
    return announced or (gap.count("\n") <= 2 and goes_on)


def _continuation(
    text: str, before: _Candidate, span: MarkedSpan
) -> Literal["part", "segment"] | None:
    """Whether the marked span goes on with the quote before it, past the reporting clause:
    same paragraph, and nothing between the two but the clause holding the cue. A "part"
    goes on in the same sentence ('"A," he said, "B."'), a "segment" in the next one."""
    if before.kind != "direct" or before.cue is None or not hasattr(before.cue, "idx"):
        return None
    gap_start = before.parts[-1][1]
    gap = text[gap_start : span.start]
    if "\n" in gap or not gap_start <= before.cue.idx < span.start or len(gap) >= 160:
        return None
    if not sentence_ends(gap.strip(), 0, len(gap.strip())):
        return "part"
    # '"A," he said. "B."' is one quotation when the reporting clause ends the sentence ('"A,"
    # he said. Lee disagreed. "B."' is not); each sentence is a segment matched on its own
    # (matched whole, dev quote matching fell from P/R 0.66/0.43 to 0.42/0.35)
    ends = sentence_ends(text, before.cue.idx, span.start)
    if len(ends) == 1 and not any(c.isalpha() for c in text[ends[0].end() : span.start]):
        return "segment"
    return None
