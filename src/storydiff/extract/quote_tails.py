"""Where a quote's content ends and starts inside its sentence: before a second attribution
that closes the sentence, or a relative clause about a named person that closes it, after a
dateline that opens it.

'The driver fled on foot, police said, according to court records.' gives the words of
police, relayed by court records: neither ', police said' nor ', according to court records'
is part of what was said, and ', citing witnesses' or ', the complaint states' is no content
of anyone. A sentence that opens a story ('KESSROW — A miner who…') carries its dateline,
which is the story's place, not the speaker's words.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from ..ingest.dateline import DATELINE
from ..nlp.doc_text import doc_text
from ..text import MONTHS, TITLE_ABBREVIATIONS, WEEKDAYS, fold
from ..text_names import TIME_NOUNS
from ..text_reporting import TRAILING_REPORT_VERBS, TRAILING_SOURCE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

logger = logging.getLogger(__name__)

# A trailing reporting clause is short: a subject of a few words and the verb ('the charges
# state', 'a spokeswoman for the county sheriff said on Monday').
_MAX_REPORT_CLAUSE = 9
# A trailing 'according to …' or 'citing …' phrase names one source, not a new statement.
_MAX_SOURCE_PHRASE = 14
_DASHES = frozenset({"-", "--", "—", "–"})
# Words that make a comma clause a statement of its own, not a subject with its verb.
_CLAUSE_OPENERS = frozenset(
    {"and", "but", "or", "which", "who", "that", "as", "if", "when", "while", "because"}
)
_TIME_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | TIME_NOUNS | {"on", "in", "last", "this"}


def attribution_tail(sent: Span) -> int | None:
    """The character offset of the comma that opens the attributions closing the sentence
    (', police said, according to court records'); None when it has none."""
    tokens = [t for t in sent if not t.is_space]
    end = len(tokens)
    while end and (tokens[end - 1].is_punct or tokens[end - 1].is_quote):
        end -= 1
    tail: int | None = None
    while True:
        commas = [i for i in range(end) if tokens[i].text == ","]
        if not commas or not _is_attribution(tokens[commas[-1] + 1 : end]):
            return tail
        end = commas[-1]
        tail = tokens[end].idx


def _is_attribution(segment: list[Token]) -> bool:
    """'according to the charges', 'citing two witnesses', 'the complaint states'."""
    if not segment:
        return False
    first = segment[0].lower_
    if first in TRAILING_SOURCE_WORDS:
        follows = first != "according" or (len(segment) > 1 and segment[1].lower_ == "to")
        return follows and len(segment) <= _MAX_SOURCE_PHRASE
    if len(segment) > _MAX_REPORT_CLAUSE or first in _CLAUSE_OPENERS:
        return False
    # the small model tags 'court records state' as noun, verb, noun: the words decide
    verbs = [i for i, t in enumerate(segment) if _reporting_form(t)]
    if not verbs or verbs[-1] == 0:
        return False
    verb = verbs[-1]
    subject, after = segment[:verb], segment[verb + 1 :]
    return all(t.is_alpha or t.text in {"'s", "’s", "-"} for t in subject) and all(
        fold(t.text) in _TIME_WORDS or t.like_num for t in after
    )


def _reporting_form(token: Token) -> bool:
    """A word that is a form of a trailing reporting verb whatever the tagger made of it."""
    word = token.lower_
    lemma = fold(token.lemma_ or word)
    if word in {"said", "says", "say"}:
        return True
    return lemma in TRAILING_REPORT_VERBS and word[:1].isalpha() and token.pos_ != "PROPN"


def before_tail(sent: Span, content: tuple[int, int]) -> tuple[int, int] | None:
    """The content up to the attributions that close its sentence; None when it lies in a
    reporting clause there (a misparse made 'documents state' the content of 'charging')."""
    tail = attribution_tail(sent)
    start, end = content
    if tail is None or end <= tail:
        return content
    if start >= tail and _cited(sent, start):
        return content  # 'the mayor said…, citing a report': what is cited stays
    if start >= tail:
        logger.debug("content %r lies in a trailing attribution", doc_text(sent.doc)[start:end])
        return None
    text = doc_text(sent.doc)
    cut = len(text[start:tail].rstrip(" ,;"))
    return (start, start + cut) if cut > 0 else None


# 'for Tom Ell, who lost his boat on Friday': the reporter tells who a named person is
_BACKGROUND_OPENERS = frozenset({"who", "whom", "whose"})
_MARKS = frozenset('"“”«»„')


def before_background(sent: Span, content: tuple[int, int]) -> tuple[int, int]:
    """The content without a relative clause about a named person that closes it: in 'Dale
    said she felt "very sorry" for Mr. Ell, whom she fired in March', the clause after the
    name is the reporter's account of who Ell is, not what Dale said. A clause inside
    quotation marks is the speaker's, and one that the content goes on after is kept."""
    start, end = content
    tokens = [t for t in sent if start <= t.idx < end and not t.is_space]
    for i in range(1, len(tokens) - 2):
        comma, opener = tokens[i], tokens[i + 1]
        if comma.text != "," or opener.lower_ not in _BACKGROUND_OPENERS:
            continue
        if tokens[i - 1].pos_ != "PROPN" or opener.head.dep_ != "relcl":
            continue
        text = doc_text(sent.doc)
        clause_end = max(t.idx + len(t.text) for t in opener.head.subtree)
        rest = text[comma.idx : end]
        if clause_end < len(text[:end].rstrip(" .,;")) or _MARKS & set(rest):
            continue
        return (start, len(text[: comma.idx].rstrip()))
    return content


def _cited(sent: Span, start: int) -> bool:
    """The content starting at `start` is what a trailing 'citing …' phrase cites."""
    before = [t for t in sent if t.idx < start and not t.is_space]
    commas = [i for i, t in enumerate(before) if t.text == ","]
    opener = before[commas[-1] + 1] if commas and commas[-1] + 1 < len(before) else None
    return opener is not None and opener.lower_ == "citing"


def past_dateline(sent: Span, content: tuple[int, int]) -> tuple[int, int]:
    """The content without the dateline that opens its sentence ('KESSROW — A miner…',
    'HALDEN, March 3 (Orbis) - A miner…', read as `ingest.dateline` reads an article's)."""
    start, end = content
    wire = DATELINE.match(sent.text)
    if wire is not None and start < sent.start_char + wire.end() < end:
        return sent.start_char + wire.end(), end
    words = [t for t in sent if not t.is_space]
    dash = next((i for i, t in enumerate(words[:6]) if t.text in _DASHES), None)
    if dash is None or dash == 0 or dash + 1 >= len(words):
        return content
    place = words[:dash]
    if not all(t.text == "," or _capital_word(t) for t in place):
        return content
    body = words[dash + 1].idx
    return (body, end) if start < body < end else content


def _capital_word(token: Token) -> bool:
    """A word of a dateline's place: 'KESSROW', 'ST.', 'D.C.'."""
    letters = token.text.replace(".", "")
    return letters.isalpha() and letters.isupper()


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")


def sentence_ends(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Full stops (and ? !) that end a sentence in text[start:end]; not the one of a title
    ('said Mr. Marten, the law professor.')."""
    ends = []
    for found in _SENTENCE_END.finditer(text, start, end):
        word = text[text.rfind(" ", start, found.start()) + 1 : found.start() + 1]
        if word.lower() not in TITLE_ABBREVIATIONS:
            ends.append(found)
    return ends
