"""Checks every ingested article passes, whatever its format."""

from __future__ import annotations

import re

from ..errors import InputError, UnsupportedLanguageError
from ..model import Article
from ..text import FREQUENT_ENGLISH_WORDS

SUPPORTED_LANGUAGES = ("en",)
MIN_WORDS = 5

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def validate_article(article: Article) -> Article:
    name = article.source or article.outlet
    language = article.language.split("-")[0].split("_")[0]
    if language not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguageError(
            name,
            f"language '{article.language}' is not supported (storydiff supports: "
            f"{', '.join(SUPPORTED_LANGUAGES)})",
            "Pass English articles, or an English translation",
        )
    words = _WORD.findall(article.text)
    if len(words) < MIN_WORDS:
        raise InputError(
            name,
            f"has {len(words)} words, too few to compare",
            "Pass the full article text",
        )
    if len(words) >= 30 and english_share(words) < 0.12:
        raise UnsupportedLanguageError(
            name,
            "does not look like English text",
            "Pass English articles (set 'language:' in the front matter if it is mislabelled)",
        )
    return article


def english_share(words: list[str]) -> float:
    sample = words[:2000]
    return sum(1 for w in sample if w.lower() in FREQUENT_ENGLISH_WORDS) / len(sample)
