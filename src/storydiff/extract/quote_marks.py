"""Find text inside quotation marks, robustly: every common mark, unbalanced marks, apostrophes.

Works on the raw text, before and without the parse, so one missing mark never costs the
rest of the article: a quote never runs past the end of its paragraph. A paragraph that
ends inside a quote and is followed by one that opens with a mark is the newspaper
convention for a quote continued over several paragraphs; each paragraph's piece is
returned, the later ones flagged `continued`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# opening mark -> closing marks it accepts
_PAIRS: dict[str, str] = {
    "“": '”"',
    "„": "“”",
    "«": "»",
    "‹": "›",
    '"': '"”',
    "‘": "’'",
    "‚": "‘’",
    "'": "'’",
}
_SINGLE = {"‘", "'", "‚", "’"}
# A line break ends a paragraph, as it ends a sentence in the parse (nlp/components.py).
_PARAGRAPH = re.compile(r"[ \t]*\n\s*")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class MarkedSpan:
    """Content between an opening mark and its closing mark (or the paragraph's end)."""

    start: int
    end: int
    closed: bool
    continued: bool = False
    """The paragraph before ended inside a quote and this one reopens it."""
    words: int = 0


# Two apostrophes stand for a double quotation mark in some archives (''like this'');
# scanning reads them as '"' plus a joiner, so offsets stay those of the text.
_DOUBLED_APOSTROPHE = re.compile(r"''")
_JOINER = "\u2060"


def find_marked_spans(text: str, *, min_words: int = 1) -> list[MarkedSpan]:
    """Every quoted stretch of `text`, outermost marks only, in order."""
    text = _DOUBLED_APOSTROPHE.sub('"' + _JOINER, text)
    spans: list[MarkedSpan] = []
    open_at_end = False
    paragraphs = _paragraphs(text)
    for index, (para_start, para_end) in enumerate(paragraphs):
        closing = _unopened_close(text, paragraphs, index) if open_at_end else None
        if closing is not None:
            # the quote open at the last paragraph's end goes on here without a reopening
            # mark, up to a closing mark ('"A.\n\nB.\n\nC."'); a markless paragraph
            # between the two is part of it
            spans.append(_span(text, para_start, closing, closed=True, continued=True))
            if closing >= para_end:
                continue  # a middle paragraph: still open at its end
            found, open_at_end = _scan(text, closing + 1, para_end, reopened=False)
        else:
            found, open_at_end = _scan(text, para_start, para_end, reopened=open_at_end)
        spans.extend(s for s in found if s.words >= min_words)
    return spans


_CLOSING_ONLY = "”»"
_MARKS = "".join(_PAIRS) + "”»›"
_MAX_UNOPENED_PARAGRAPHS = 3


def _unopened_close(text: str, paragraphs: list[tuple[int, int]], index: int) -> int | None:
    """Where the quote left open by the paragraph before `index` closes, when the source
    dropped the mark that should reopen it: the first mark of this or a later paragraph
    (all between them without marks, at most a few) is a closing-only mark after a
    sentence's end ('… FBI.\n\nThere was nothing to hide!”'). Returns the close's offset,
    or this paragraph's end when it is a markless middle one; None when nothing closes."""
    for para_start, para_end in paragraphs[index : index + _MAX_UNOPENED_PARAGRAPHS]:
        first = next((i for i in range(para_start, para_end) if text[i] in _MARKS), None)
        if first is None:
            continue
        if text[first] in _CLOSING_ONLY and text[first - 1] in ".!?":
            start, end = paragraphs[index]
            return first if start <= first < end else end
        return None
    return None


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    for match in _PARAGRAPH.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if e > s]


def _scan(text: str, start: int, end: int, *, reopened: bool) -> tuple[list[MarkedSpan], bool]:
    """Scan one paragraph; returns its spans and whether it ended inside an open quote."""
    spans: list[MarkedSpan] = []
    opener: str | None = None
    content_start = 0
    first = True
    i = start
    while i < end:
        ch = text[i]
        if opener is None:
            if ch in _PAIRS and _can_open(text, i, start, end):
                opener, content_start = ch, i + 1
        elif ch in _PAIRS[opener] and _can_close(text, i, end, opener):
            spans.append(_span(text, content_start, i, closed=True, continued=first and reopened))
            opener = None
            first = False
        i += 1
    if opener is None:
        return spans, False
    # An unclosed quote: it runs to the paragraph's end, unless it opened within the last
    # few words, where a mark is more likely stray than the start of a quote.
    if len(_WORD.findall(text[content_start:end])) >= 2:
        spans.append(_span(text, content_start, end, closed=False, continued=first and reopened))
    return spans, opener not in _SINGLE


def _span(text: str, start: int, end: int, *, closed: bool, continued: bool) -> MarkedSpan:
    while start < end and (text[start].isspace() or text[start] == _JOINER):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:" + _JOINER):
        end -= 1
    return MarkedSpan(start, end, closed, continued, len(_WORD.findall(text, start, end)))


def _can_open(text: str, i: int, start: int, end: int) -> bool:
    nxt = text[i + 1] if i + 1 < end else ""
    if not nxt or nxt.isspace():
        return False
    if text[i] in "'’":
        prev = text[i - 1] if i > start else ""
        # an apostrophe ("don't", "Serbs' cars", "'90s"), not a quote
        return (not prev or prev.isspace() or prev in '([{—–-"“') and nxt.isalpha()
    if text[i] == '"':
        prev = text[i - 1] if i > start else ""
        return not prev or not prev.isalnum()
    return True


def _can_close(text: str, i: int, end: int, opener: str) -> bool:
    prev = text[i - 1] if i > 0 else ""
    if prev.isspace():
        return opener == '"' and (i + 1 >= end or not text[i + 1].isalnum())
    if opener in _SINGLE:
        nxt = text[i + 1] if i + 1 < end else ""
        # "Russia’s" inside ‘…’: an apostrophe between letters does not close the quote
        return not nxt.isalnum()
    return True
