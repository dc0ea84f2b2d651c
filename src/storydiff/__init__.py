"""storydiff: how different outlets tell the same news story."""

from .compare import AlignConfig
from .errors import (
    ConfigurationError,
    InputError,
    ModelNotInstalledError,
    StorydiffError,
    UnsupportedLanguageError,
)
from .ingest import read_articles
from .model import (
    SCHEMA_VERSION,
    Analysis,
    Article,
    ArticleSummary,
    Comparison,
    Member,
    Sentence,
    StatementGroup,
    Summary,
)
from .pipeline import analyse, compare, compare_analyses

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "AlignConfig",
    "Analysis",
    "Article",
    "ArticleSummary",
    "Comparison",
    "ConfigurationError",
    "InputError",
    "Member",
    "ModelNotInstalledError",
    "Sentence",
    "StatementGroup",
    "StorydiffError",
    "Summary",
    "UnsupportedLanguageError",
    "__version__",
    "analyse",
    "compare",
    "compare_analyses",
    "read_articles",
]
