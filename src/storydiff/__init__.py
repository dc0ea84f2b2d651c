"""storydiff: how different outlets tell the same news story."""

import logging

from .crossdoc import AlignConfig
from .errors import (
    ConfigurationError,
    InputError,
    ModelNotInstalledError,
    StorydiffError,
    UnsupportedLanguageError,
)
from .ingest import read_article, read_articles
from .model import (
    SCHEMA_VERSION,
    Analysis,
    Article,
    ArticleQuotes,
    ArticleSummary,
    Comparison,
    ComparisonWarning,
    Member,
    NearMiss,
    Quote,
    QuoteGroup,
    QuoteVersion,
    Sentence,
    SpeakerRow,
    StatementGroup,
    Summary,
    WordChange,
)
from .pipeline import analyse, compare, compare_analyses, find_quotes

__version__ = "0.1.0"

# A library logs and lets the application choose where to (the CLI: `--verbose`).
logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "SCHEMA_VERSION",
    "AlignConfig",
    "Analysis",
    "Article",
    "ArticleQuotes",
    "ArticleSummary",
    "Comparison",
    "ComparisonWarning",
    "ConfigurationError",
    "InputError",
    "Member",
    "ModelNotInstalledError",
    "NearMiss",
    "Quote",
    "QuoteGroup",
    "QuoteVersion",
    "Sentence",
    "SpeakerRow",
    "StatementGroup",
    "StorydiffError",
    "Summary",
    "UnsupportedLanguageError",
    "WordChange",
    "__version__",
    "analyse",
    "compare",
    "compare_analyses",
    "find_quotes",
    "read_article",
    "read_articles",
]
