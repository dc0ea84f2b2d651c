"""Checks every ingested article passes, whatever its format."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from ..errors import InputError, UnsupportedLanguageError
from ..model import Article
from ..text import FREQUENT_ENGLISH_WORDS

SUPPORTED_LANGUAGES = ("en",)
# What a reader puts in `Article.language` when the input does not declare one: only then is
# the language guessed from the words (a declared language is taken at its word).
UNDECLARED_LANGUAGE = ""
MIN_WORDS = 5
_SAMPLE_WORDS = 2000
"""Words read to tell the language (the first ones of the article)."""

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def validate_article(article: Article) -> Article:
    """The article if storydiff can read it, with an undeclared language checked and set."""
    name = article.source or article.outlet
    declared = article.language != UNDECLARED_LANGUAGE
    language = article.language.split("-")[0].split("_")[0]
    if declared and language not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguageError(
            name,
            f"language '{article.language}' is not supported (storydiff supports: "
            f"{', '.join(SUPPORTED_LANGUAGES)})",
            "Pass English articles, or an English translation",
        )
    # the first words only: they decide every check below, and a list of all the words of a
    # 10 MB file took 110 MB
    words = [m.group() for m in islice(_WORD.finditer(article.text), _SAMPLE_WORDS)]
    if len(words) < MIN_WORDS:
        raise InputError(
            name,
            f"has {len(words)} words, too few to compare",
            "Pass the full article text",
        )
    if not declared and len(words) >= 30 and english_share(words) < 0.12:
        raise UnsupportedLanguageError(
            name,
            "does not look like English text",
            "Pass English articles; if it is English, say so with 'language: en' in its front "
            "matter or --language en",
        )
    return article if declared else replace(article, language=SUPPORTED_LANGUAGES[0])


def english_share(words: list[str]) -> float:
    sample = words[:_SAMPLE_WORDS]
    return sum(1 for w in sample if w.lower() in FREQUENT_ENGLISH_WORDS) / len(sample)
