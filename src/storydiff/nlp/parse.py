"""Parse articles into sentences and statement units (sentences, or clauses of them).

One spaCy pass per article, batched with `nlp.pipe`; everything later stages need from the
parse (offsets, content lemmas, names, numbers) is copied into plain dataclasses so that no
spaCy object crosses a stage boundary and the result can be cached or pickled.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import groupby, pairwise
from typing import TYPE_CHECKING

from ..ingest.dateline import DATELINE
from ..model import Article, Sentence, Unit
from ..text import SAYING_VERBS, name_key
from ..text_page import (
    credits_start,
    dash_attributions,
    furniture_prefix_end,
    is_credit_line,
    is_page_furniture,
    is_time_stamp,
)
from .clauses import clause_heads, clause_parts, predicate_of
from .components import abbreviation_goes_on
from .doc_text import doc_text
from .frames import event_frames
from .models import load_spacy
from .terms import content_terms, name_terms, number_terms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

logger = logging.getLogger(__name__)

PIECE_CHARS = 32_000
"""Articles longer than this are parsed in pieces of whole paragraphs (a news story has
2,000-8,000 characters; a digest is capped at 100,000)."""

# A clause becomes its own statement only when both halves could stand alone as sentences.
MIN_CLAUSE_WORDS = 5
# Shorter lines are page furniture ("All news") or bylines, not statements.
MIN_STATEMENT_WORDS = 4
# A sentence cut off at the end of the text ('The shutdown will mean...', the last line of a
# feed excerpt) lacks its last words: shorter than this, not counting the function words it
# breaks off after ('The murder of George Floyd is...'), what is left states nothing.
MIN_CUT_OFF_WORDS = 6

_SEPARATE_EVENT_MARKS = {"after", "before", "because", "although", "though", "while", "whereas"}
# A concession whose subject is a pronoun ('…, though he did not name Odo') qualifies the main
# clause and alone reads as a fragment, matched on its names alone; one with a subject of its
# own ('…, even though state television urged people to vote') tells a second fact.
_CONCESSIONS = {"although", "though"}
_BACK_REFERENCES = {"it", "them", "this", "that"}
_JOINERS = {",", ";", "-", "—", "–", "―"}
# No sentence ends with these before a space on the same line: the sentence goes on.
_NEVER_LAST = {",", "-", "--", "—", "–", "―"}
_STOPS = {".", "?", "!", "...", "…"}
# Double quotation marks only: a single one is as often an apostrophe ('the Sanders' request').
_QUOTE_MARKS = {'"', "“", "”", "«", "»", "''", "``"}
_CLOSING_QUOTES = {"”", "»"}


@dataclass(frozen=True)
class ParsedArticle:
    """An article's sentences and statement units (what the parse itself yields; the
    extractors that read the Doc are run by the orchestrator)."""

    article: Article
    sentences: tuple[Sentence, ...]
    units: tuple[Unit, ...]


def parse_articles(articles: Sequence[Article], *, batch_size: int = 8) -> list[ParsedArticle]:
    return [parse_doc(article, doc) for article, doc in iter_docs(articles, batch_size=batch_size)]


def iter_docs(articles: Sequence[Article], *, batch_size: int = 8) -> Iterator[tuple[Article, Doc]]:
    """Each article with its spaCy Doc, parsed in batches and yielded as soon as its batch is
    done. The Doc never leaves the per-article stages. An article longer than `PIECE_CHARS`
    (a digest) is parsed a run of paragraphs at a time (`parse_in_pieces`)."""
    nlp = load_spacy()
    for long, run in groupby(articles, key=lambda a: len(a.text) > PIECE_CHARS):
        if long:
            yield from ((article, parse_in_pieces(article.text)) for article in run)
        else:
            texts = list(run)
            docs = nlp.pipe((a.text for a in texts), batch_size=batch_size)
            yield from zip(texts, docs, strict=True)


def parse_in_pieces(text: str) -> Doc:
    """One Doc of the text, parsed a piece of whole paragraphs of at most `PIECE_CHARS`
    characters at a time: spaCy's tok2vec holds about 16 KB a token of a Doc while it runs
    (+320 MB for one of 100,000 characters; a fifth of that in pieces). The digest's
    comparison came out byte-identical (docs/benchmarks.md)."""
    from spacy.tokens import Doc

    nlp = load_spacy()
    pieces: list[str] = []
    start = 0
    while len(text) - start > PIECE_CHARS:
        cut = text.rfind("\n\n", start, start + PIECE_CHARS)
        if cut <= start:
            break  # no paragraph end in reach: the rest in one piece
        pieces.append(text[start : cut + 2])
        start = cut + 2
    pieces.append(text[start:])
    doc = Doc.from_docs(list(nlp.pipe(pieces, batch_size=1)), ensure_whitespace=False)
    if doc.text != text:  # (never seen: spaCy keeps every character of each piece)
        logger.warning("a parse in pieces did not give the text back: parsed whole")
        return nlp(text)
    return doc


def parse_doc(article: Article, doc: Doc) -> ParsedArticle:
    """Sentences and statement units (with their lexical fields and predicates) of one Doc."""
    sentences: list[Sentence] = []
    units: list[Unit] = []
    # 'He' in a statement stands for the last named subject: its name joins the statement's
    # names, so 'He added that…' can match 'Peskov said…' in another outlet.
    referent: frozenset[str] = frozenset()
    text = doc_text(doc)
    cut_at = _cut_off_from(text)
    credits_from = credits_start(text)  # an article's credits close it
    attributions = dash_attributions(text)
    for sent in reader_sentences(doc):
        span = _trim(sent)
        if span is not None:
            span = _without_furniture_prefix(span)
        if span is None:
            continue
        index = len(sentences)
        sentences.append(Sentence(index, span.start_char, span.end_char, span.text))
        if _word_count(span) < MIN_STATEMENT_WORDS or _in_byline(span, article):
            continue
        if is_time_stamp(span.text):  # when the page was posted, not what happened
            continue
        if span.start_char >= credits_from and is_credit_line(span.text):
            continue
        if any(a.line_start <= span.start_char < a.line_end for a in attributions):
            continue  # '— Party chair Mara Kell, in a tweet': names a quote's speaker
        if is_page_furniture(span.text):  # the page speaking to its reader
            logger.debug("%s: page furniture is no statement: %r", article.id, span.text)
            continue
        if span.end_char >= cut_at and _words_before_cut(span) < MIN_CUT_OFF_WORDS:
            continue
        clauses = split_clauses(span)
        for clause in clauses:
            unit = _unit(len(units), index, clause, is_clause=len(clauses) > 1)
            if referent and _pronoun_subject(clause):
                unit = replace(unit, names=unit.names | referent)
            units.append(unit)
        referent = _named_subject(span) or referent
    return ParsedArticle(article, tuple(sentences), tuple(units))


def reader_sentences(doc: Doc) -> Iterator[Span]:
    """The parser's sentences, joined again where it broke after an abbreviation the sentence
    goes on from ('Former Cong. | Rob Simmons spoke', 'the U.S. | economy'), or inside a
    line without any punctuation ('Room | No. 10 was shut')."""
    pending = None
    for sent in doc.sents:
        if pending is not None:
            sent = doc[pending.start : sent.end]
        last = _last_word(sent)
        if last is not None and sent.end < len(doc) and _goes_on(doc, last):
            pending = sent
            continue
        pending = None
        yield sent
    if pending is not None:
        yield pending


def _last_word(span: Span) -> Token | None:
    """The span's last token that is no space (read from the end: a pass over the span
    builds a Token object for every token)."""
    for i in range(len(span) - 1, -1, -1):
        if not span[i].is_space:
            return span[i]
    return None


def _goes_on(doc: Doc, token: Token) -> bool:
    if abbreviation_goes_on(doc, token):
        return True
    # a sentence ends with punctuation or a line break; a bare word before a space does not,
    # nor does a dash, a comma or a possessive ('on KTV’s | “Morning Line.”', 'for years ― |
    # Lint, Brann and Odo ― and …'), where the parser sometimes breaks before a capital;
    # and no sentence starts with a dash or a comma ('Pim Odo (Vr.) | ― and they are …')
    following = doc[token.i + 1]
    if token.whitespace_ != " " or following.is_space:
        return False
    if following.text in _NEVER_LAST:
        return True
    if token.text == ")":  # '(R-Tal.) | to task', '(the harbour master) | Ina Voss said'
        return following.text[0].islower() or doc[token.i - 1].text not in _STOPS
    possessive = token.lower_ in {"'s", "’s"} and not doc[token.i - 1].whitespace_
    return token.is_alpha or token.text in _NEVER_LAST or possessive


def _in_byline(span: Span, article: Article) -> bool:
    """'By Jane Doe and John Roe' names the authors; it is not a statement of the story."""
    byline = article.byline
    return byline is not None and byline.start <= span.start_char < byline.end


def _cut_off_from(text: str) -> float:
    """Where a sentence must end to be cut off: the end of a text that ends with an ellipsis
    (a feed or an aggregator keeps an article's first paragraphs and cuts the last), else
    never (infinity)."""
    end = text.rstrip()
    return len(end) if end.endswith(("...", "…")) else float("inf")


def _words_before_cut(span: Span) -> int:
    """Words of a cut-off sentence up to its last content word: the function words after it
    open a phrase the cut took away."""
    words = [t for t in span if t.is_alpha or t.like_num]
    while words and words[-1].is_stop:
        words.pop()
    return len(words)


def _named_subject(span: Span) -> frozenset[str]:
    """Names of the sentence's proper-noun subject ('Peskov', 'Oren Valsek'), if any."""
    for token in span:
        if token.dep_ in {"nsubj", "nsubjpass"} and token.pos_ == "PROPN":
            parts = [t for t in token.subtree if t.pos_ == "PROPN" and t.is_alpha]
            return frozenset(name_key(t.text) for t in parts)
    return frozenset()


def _pronoun_subject(span: Span) -> bool:
    """'He added that…': the statement's speaker or actor is only a pronoun."""
    return any(t.dep_ == "nsubj" and t.lower_ in {"he", "she"} for t in span)


def split_clauses(sent: Span) -> list[Span]:
    """Split a sentence that coordinates two independent clauses ('A happened, and B did').

    Only a coordinating conjunction of the main verb, whose conjunct has its own subject,
    starts a new clause, so 'arrested and charged' or a list of objects stays whole; so does
    a ';' between two clauses.
    """
    cuts: list[int] = []
    for head, clauses in _coordinated_clauses(sent):
        for clause in clauses:
            if clause.i < head.i or not _own_subject(clause) or _subordinate(clause):
                continue
            # the conjunction nearest the clause: 'broke away and declared…, but it is…'
            ccs = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < clause.i]
            cc = max(ccs, key=lambda c: c.i) if ccs else None
            if cc is not None and sent.start < cc.i < sent.end - 1 and not _quoted(sent, cc):
                cuts.append(cc.i)
    cuts.extend(_clause_semicolons(sent))
    if not cuts:
        return _split_trailing_adverbial(sent)
    doc = sent.doc
    pieces: list[Span] = []
    start = sent.start
    for cut in sorted(set(cuts)):
        pieces.append(doc[start:cut])
        start = cut + 1
    pieces.append(doc[start : sent.end])
    trimmed = [t for t in (_trim(p) for p in pieces) if t is not None]
    if len(trimmed) < 2 or any(_word_count(p) < MIN_CLAUSE_WORDS for p in trimmed):
        return [sent]
    return trimmed


def _subordinate(clause: Token) -> bool:
    """A conjunct opened by a subordinator ('…have not revealed who shot him, or if he shot
    himself'; 'said the port was shut, and that it would reopen'): part of the clause before
    it, no statement of its own (cut off, 'if he shot himself' would read as a claim)."""
    return any(c.dep_ == "mark" and c.i < clause.i for c in clause.children)


def _quoted(sent: Span, token: Token) -> bool:
    """Whether `token` lies inside quotation marks: after an odd number of marks in its
    sentence, or before a closing mark with no opening one before it (a quotation that began
    in an earlier sentence). Half a quotation is no statement a reader recognises, so a
    quoted sentence is not split at its 'and' (“We hope to win, and we will fight,” he said)."""
    before = [t for t in sent.doc[sent.start : token.i] if t.text in _QUOTE_MARKS]
    if len(before) % 2:
        return True
    after = next((t for t in sent.doc[token.i + 1 : sent.end] if t.text in _QUOTE_MARKS), None)
    return not before and after is not None and after.text in _CLOSING_QUOTES


def _clause_semicolons(sent: Span) -> list[int]:
    """The semicolons of `sent` that join clauses. 'The blast injured Holt; Ina Voss, a clerk;
    and two officers' uses them to separate the items of a list: when any piece between them
    has no subject of its own (a relative 'who' does not count), none of them is a cut, since
    'Ina Voss, a clerk' is no statement a reader recognises."""
    marks = [t.i for t in sent if t.text == ";" and sent.start < t.i < sent.end - 1]
    starts, ends = [sent.start, *(i + 1 for i in marks)], [*marks, sent.end]
    doc = sent.doc
    for start, end in zip(starts, ends, strict=True):
        if not any(_own_subject(t) for t in doc[start:end]):
            return []
    return marks


def _coordinated_clauses(sent: Span) -> list[tuple[Token, list[Token]]]:
    """Each verb whose coordinated clauses may each be a statement, with those clauses: the
    main verb's conjuncts, and, under an attribution that follows what it reports ('A
    happened, and B did, a spokesman said'), the reported clause's conjuncts or the second
    reported clause the parser hung on 'said' beside the first. Words in quotation marks
    stay whole: half a quotation is no sentence a reader recognises."""
    root = sent.root
    found: list[tuple[Token, list[Token]]] = []
    if root.pos_ in {"VERB", "AUX"}:
        found.append((root, list(root.conjuncts)))
    quoted = any(t.is_quote for t in sent.doc[sent.start : root.i])
    if (root.lemma_ or "").lower() in SAYING_VERBS and not quoted:
        reported = [c for c in root.children if c.dep_ in {"ccomp", "parataxis"} and c.i < root.i]
        for first, second in pairwise(reported):
            found.append((first, [second]))
        found.extend((clause, list(clause.conjuncts)) for clause in reported)
    return found


def _own_subject(clause: Token) -> bool:
    # 'for people over 70 or who live in care homes': a relative 'who' or 'which' is no
    # subject of a clause that can stand alone, whatever the parser attaches
    return any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.tag_ not in {"WP", "WDT"}
        for c in clause.children
    )


def _split_trailing_adverbial(sent: Span) -> list[Span]:
    """'Serbs erected barricades on Tuesday, hours after Serbia said it had put its army on
    alert': a trailing adverbial clause with its own subject reports a second fact."""
    root = sent.root
    for child in root.children:
        if child.dep_ != "advcl" or child.i < root.i:
            continue
        if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children):
            continue
        # 'after X said…' reports a second event; 'when special forces…' describes the first.
        if not any(c.dep_ == "mark" and c.lower_ in _SEPARATE_EVENT_MARKS for c in child.children):
            continue
        if _pronoun_concession(child):
            continue
        left = _with_distance(root, min(t.i for t in child.subtree))
        right = max(t.i for t in child.subtree) + 1
        doc = sent.doc
        rest = [t for t in doc[right : sent.end] if not (t.is_punct or t.is_space)]
        if rest:
            continue
        head, tail = _trim(doc[sent.start : left]), _trim(doc[left : sent.end])
        if head is None or tail is None:
            continue
        if _word_count(head) >= MIN_CLAUSE_WORDS and _word_count(tail) >= MIN_CLAUSE_WORDS + 1:
            return [head, tail]
    return [sent]


def _pronoun_concession(clause: Token) -> bool:
    """'though he did not name Odo', 'although some have shown interest in it': a concession
    that leans on its main clause for what its pronoun or its 'it' means."""
    if not any(c.dep_ == "mark" and c.lower_ in _CONCESSIONS for c in clause.children):
        return False
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "PRON" for c in clause.children
    ) or any(t.pos_ == "PRON" and t.lower_ in _BACK_REFERENCES for t in clause.subtree)


def _with_distance(root: Token, left: int) -> int:
    """Where the trailing clause starts once the distance that measures it is taken along:
    'comes less than two weeks | after X said' leaves a head that says nothing, so 'less
    than two weeks' goes with 'after' (the parser hangs it on the main verb)."""
    for child in root.children:
        subtree = list(child.subtree)
        if (
            child.dep_ in {"npadvmod", "advmod", "acomp"}
            and subtree[-1].i == left - 1
            and any(t.lemma_.lower() in _DISTANCE_WORDS for t in subtree)
        ):
            return subtree[0].i
    return _misread_distance(root.doc, left)


def _misread_distance(doc: Doc, left: int) -> int:
    """'at the Orlen Museum weeks | after she drew criticism': after a name the parser often
    reads the distance as part of that phrase ('weeks' as the object of 'at'), so it would
    end the head. A bare distance word just before the clause goes with it, with the number
    or quantity that measures it ('two', 'a few')."""
    before = left - 1
    if before < 0 or doc[before].lemma_.lower() not in _DISTANCE_WORDS:
        return left
    start = before
    for child in reversed(list(doc[before].lefts)):
        if child.i != start - 1 or not (
            child.dep_ in {"nummod", "quantmod"} or child.lower_ in _MEASURE_WORDS
        ):
            break
        start = min(t.i for t in child.subtree)
    # 'for the day before the vote' is no distance: a bare singular needs its measure
    measured = start < before or doc[before].tag_ == "NNS" or doc[before].pos_ == "ADV"
    return start if measured else left


# words of a distance in time before 'after'/'before' ('hours', 'less than a month', 'shortly')
_DISTANCE_WORDS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "moment", "shortly", "soon"}
)
_MEASURE_WORDS = frozenset({"a", "an", "few", "several", "couple", "many"})


def _trim(span: Span) -> Span | None:
    """Drop leading/trailing whitespace and joining punctuation from a span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_space or doc[start].text in _JOINERS):
        start += 1
    while end > start and (
        doc[end - 1].is_space or doc[end - 1].text in _JOINERS or doc[end - 1].dep_ == "cc"
    ):
        end -= 1
    if start >= end or not any(t.is_alpha or t.like_num for t in doc[start:end]):
        return None
    return doc[start:end]


def _without_furniture_prefix(span: Span) -> Span | None:
    """The span without a page prompt glued before it ('Please enable Javascript to watch
    this video HALDEN -- A miner …'), None when nothing of it is left."""
    cut = furniture_prefix_end(span.text)
    if not cut:
        return span
    logger.debug("page furniture before a sentence: %r", span.text[:cut].strip())
    rest = span.char_span(cut, len(span.text), alignment_mode="expand")
    return _trim(rest) if rest is not None and len(rest) else None


def _word_count(span: Span) -> int:
    return sum(1 for t in span if t.is_alpha or t.like_num)


def _unit(index: int, sentence: int, span: Span, *, is_clause: bool) -> Unit:
    # where and when the report was filed is not part of its first statement
    text = span.text  # a Span builds its text from its tokens each time it is asked
    dateline = DATELINE.match(text)
    if dateline and dateline.end() < len(text):
        body = span.char_span(dateline.end(), len(text), alignment_mode="expand")
        if body is not None and _word_count(body) >= MIN_STATEMENT_WORDS:
            span, text = body, body.text
    tokens = list(span)  # each pass over a Span builds its Token objects anew
    # read by the predicate and the clause parts alike
    heads = clause_heads(span, tokens)
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    return Unit(
        index=index,
        sentence=sentence,
        start=span.start_char,
        end=span.end_char,
        text=text,
        content=frozenset(content_terms(tokens)),
        names=frozenset(name_terms(tokens)),
        numbers=frozenset(number_terms(tokens)),
        is_clause=is_clause,
        tokens=tuple(t.text.lower() for t in words),
        lemmas=tuple((t.lemma_ or t.text).lower() for t in words),
        pos=tuple(t.pos_ for t in words),
        stop=tuple(bool(t.is_stop) for t in words),
        predicate=predicate_of(span, tokens, heads),
        frames=event_frames(span, tokens),
        parts=clause_parts(span, tokens, heads),
    )


def sentence_units(texts: Sequence[str], *, batch_size: int = 64) -> list[Unit]:
    """Each text as one whole statement unit (no clause split): for scoring sentence pairs."""
    nlp = load_spacy()
    return [_unit(0, 0, doc[:], is_clause=False) for doc in nlp.pipe(texts, batch_size=batch_size)]


def inside_quotation(token: Token) -> bool:
    """Whether `token` lies inside quotation marks in its sentence (see `_quoted`)."""
    return _quoted(token.sent, token)
