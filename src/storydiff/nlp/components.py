"""spaCy components storydiff adds to the pipeline, and the sentence-break rules they share
with `parse.py`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from ..text import ABBREVIATIONS, MONTHS, TITLE_ABBREVIATIONS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

PARAGRAPH_BREAKS = "storydiff_paragraph_breaks"


class _SpecialCases(Protocol):
    """spaCy's Tokenizer (a Cython class without type information), as used here."""

    def add_special_case(self, string: str, substrings: list[dict[int, str]]) -> None: ...


def add_paragraph_breaks(nlp: Language) -> None:
    """Put `paragraph_breaks` before the parser. spaCy is imported here, not at module
    level, so that `import storydiff` (and `storydiff --help`) stays fast."""
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=paragraph_breaks)
    nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")


def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines, datelines and paragraphs have no
    full stop the parser could rely on, and a sentence never spans two paragraphs."""
    for token in doc[:-1]:
        if "\n" in token.text_with_ws[len(token.text) :] or (token.is_space and "\n" in token.text):
            doc[token.i + 1].is_sent_start = True
    return doc


def add_title_exceptions(nlp: Language) -> None:
    """Keep a capitalised title's stop on its word ('Capt.', 'Sgt.', 'Cong.'), as spaCy
    already does for 'Mr.' and 'Gov.': the tagger and parser then read it as a title, not as
    a word that ends a sentence. Only the capitalised form: 'said no.' must keep its stop."""
    from spacy.symbols import ORTH

    tokenizer = cast("_SpecialCases", nlp.tokenizer)
    for word in sorted(TITLE_ABBREVIATIONS):
        if "." in word[:-1]:
            continue  # 'e.g.', 'i.e.': spaCy's own exceptions
        written = word[0].upper() + word[1:]
        tokenizer.add_special_case(written, [{ORTH: written}])


def abbreviation_goes_on(doc: Doc, token: Token) -> bool:
    """Whether a sentence that ends with `token` goes on after it: `token` closes an
    abbreviation ('U.S.', or 'Capt' + '.' where the tokenizer split the stop off), no line
    break follows, and the next word is lower case or a number, or the abbreviation is a
    capitalised title ('Former Cong. | Rob Simmons spoke' is one sentence) or opens its line."""
    if token.i + 1 >= len(doc) or not token.whitespace_ or "\n" in token.whitespace_:
        return False
    if token.text == "." and token.i > 0 and not doc[token.i - 1].whitespace_:
        written = doc[token.i - 1].text + "."
    elif token.text.endswith("."):
        written = token.text
    else:
        return False
    word = written.lower()
    if word not in ABBREVIATIONS:
        return False
    following = doc[token.i + 1]
    if following.is_space or following.is_punct:
        return False
    if following.text[0].islower() or following.text[0].isdigit():
        return True
    if word in _CLOCK_ABBREVIATIONS and following.lower_.rstrip(".") in _DAY_WORDS:
        return True  # 'at about 9:10 p.m. Sunday, firefighters…': the day the time is on
    if _opens_line(doc, token.i - 1 if token.text == "." else token.i):
        return True  # no sentence is only an abbreviation: 'U.S. To Give …' (a headline)
    return word in TITLE_ABBREVIATIONS and written[0].isupper()


def _opens_line(doc: Doc, i: int) -> bool:
    """Whether token `i` is the first word of the text or of a line."""
    if i == 0:
        return True
    before = doc[i - 1]
    return "\n" in before.whitespace_ or (before.is_space and "\n" in before.text)


_CLOCK_ABBREVIATIONS = frozenset({"a.m.", "p.m."})
_DAY_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)
