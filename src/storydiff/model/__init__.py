"""The data storydiff passes between stages.

Everything here is a frozen dataclass. Per-article results (`Analysis`) never refer to
other articles; cross-article results (`Comparison`) refer to articles by id and to text
by `(article, start, end)` character offsets into `Article.text`, so any finding can be
checked against the source.
"""

from .comparison import Analysis, ArticleMentions, ArticleQuotes, Comparison
from .core import (
    SCHEMA_VERSION,
    Article,
    ArticleSummary,
    Byline,
    ChangeOp,
    ConflictType,
    Dateline,
    Member,
    Predicate,
    QuoteKind,
    Sentence,
    Span,
    StatementGroup,
    StatementKind,
    Summary,
    TimeExpression,
    TimeKind,
    Unit,
    slugify,
)
from .entities import (
    ArticleFraming,
    AttributionUse,
    CueStance,
    Entity,
    EntityInArticle,
    EntityType,
    LoadedUse,
    Mention,
    MentionKind,
)
from .findings import (
    Conflict,
    ConflictSide,
    OrderDifference,
    Timeline,
    TimelineEntry,
    TimelineEvent,
)
from .quotes import (
    Quote,
    QuoteGroup,
    QuoteVersion,
    SpeakerRow,
    WordChange,
)

__all__ = [
    "SCHEMA_VERSION",
    "Analysis",
    "Article",
    "ArticleFraming",
    "ArticleMentions",
    "ArticleQuotes",
    "ArticleSummary",
    "AttributionUse",
    "Byline",
    "ChangeOp",
    "Comparison",
    "Conflict",
    "ConflictSide",
    "ConflictType",
    "CueStance",
    "Dateline",
    "Entity",
    "EntityInArticle",
    "EntityType",
    "LoadedUse",
    "Member",
    "Mention",
    "MentionKind",
    "OrderDifference",
    "Predicate",
    "Quote",
    "QuoteGroup",
    "QuoteKind",
    "QuoteVersion",
    "Sentence",
    "Span",
    "SpeakerRow",
    "StatementGroup",
    "StatementKind",
    "Summary",
    "TimeExpression",
    "TimeKind",
    "Timeline",
    "TimelineEntry",
    "TimelineEvent",
    "Unit",
    "WordChange",
    "slugify",
]
