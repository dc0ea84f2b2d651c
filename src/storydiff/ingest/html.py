"""HTML pages: the article body and metadata, extracted with trafilatura."""

from __future__ import annotations

import logging

from ..errors import InputError
from ..model import Article
from .text import article_body, normalise_date
from .validate import UNDECLARED_LANGUAGE

logger = logging.getLogger(__name__)

# Shorter than this, what trafilatura found is page furniture, not an article.
MIN_ARTICLE_CHARS = 200


def parse_html(html: str, name: str, *, default_outlet: str) -> Article:
    import trafilatura

    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if len(text) < MIN_ARTICLE_CHARS:
        raise InputError(
            name,
            "no article body found in this HTML page",
            "Save the article page itself (not an index or a login page), or paste its text "
            "into a .txt file",
        )
    title = getattr(document, "title", None)
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    if title and paragraphs and paragraphs[0] == title.strip():
        paragraphs = paragraphs[1:]
    published = getattr(document, "date", None)
    try:
        published = normalise_date(published, name)
    except InputError:
        logger.warning(
            "%s: the page's date %r is not an ISO date; the article is read as undated, so its "
            "relative dates ('on Tuesday') stay unresolved",
            name,
            published,
        )
        published = None
    return Article(
        text=article_body("\n\n".join(paragraphs), name),
        outlet=getattr(document, "sitename", None) or default_outlet,
        title=title,
        published=published,
        url=getattr(document, "url", None),
        language=(getattr(document, "language", None) or UNDECLARED_LANGUAGE).lower(),
        source=name,
    )
