"""Per-article extractors that read the parse: quotes, time expressions, actor mentions and
loaded language. Each reads one article only; `extract_all` runs them in order
(`extract_after_quotes` the rest once the quotes are read: the pipeline hands the quotes to the
encoder in between)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Article, LoadedTerm, Mention, Quote, Sentence, TimeExpression
from .loaded import find_loaded_terms
from .mentions import find_mentions, header_spans
from .quotes import extract_quotes
from .tense import tense_reader
from .timexpr import find_time_expressions

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Extracted", "extract_after_quotes", "extract_all", "extract_quotes"]


@dataclass(frozen=True)
class Extracted:
    """What the extractors found in one article, each in text order."""

    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    mentions: tuple[Mention, ...] = ()
    loaded: tuple[LoadedTerm, ...] = ()


def extract_all(article: Article, doc: Doc, sentences: Sequence[Sentence]) -> Extracted:
    """Run every extractor on one parsed article (`doc` is its spaCy Doc, `sentences` the
    parse's sentences, which quotes are numbered by)."""
    return extract_after_quotes(article, doc, extract_quotes(doc, sentences))


def extract_after_quotes(article: Article, doc: Doc, quotes: tuple[Quote, ...]) -> Extracted:
    """The other extractors, after `extract_quotes` gave the article's `quotes`."""
    return Extracted(
        quotes=quotes,
        times=find_time_expressions(article.text, article.published, tense_reader(doc)),
        mentions=find_mentions(doc, article.id, header_spans(article)),
        loaded=find_loaded_terms(doc),
    )
