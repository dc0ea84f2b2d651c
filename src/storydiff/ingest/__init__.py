"""Ingest: turn files and web pages into `Article`s, one reader per format, validated the
same way."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..errors import InputError
from ..model import Article
from .html import parse_html
from .records import parse_records
from .text import DEFAULT_MAX_BYTES, decode_bytes, normalise_date, parse_text
from .url import fetch_article, is_url
from .validate import validate_article

__all__ = [
    "DEFAULT_MAX_BYTES",
    "fetch_article",
    "is_url",
    "read_article",
    "read_articles",
    "read_source",
]

_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson"}


def read_source(
    source: str,
    *,
    outlet: str | None = None,
    published: str | None = None,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Article]:
    """Read the articles of one command-line input: a web address or a file.

    `outlet`, `published` and `language` override what the input says about itself.
    """
    if is_url(source):
        article = fetch_article(source, language=language, max_bytes=max_bytes)
        return [_override(article, outlet, published)]
    return read_articles(
        Path(source), outlet=outlet, published=published, language=language, max_bytes=max_bytes
    )


def read_articles(
    path: Path,
    *,
    outlet: str | None = None,
    published: str | None = None,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Article]:
    """Read every article in a file (a JSONL file may hold several).

    `language` (declared, so not guessed), `outlet` and `published` override the file's own.
    """
    name = str(path)
    if not path.exists():
        raise InputError(name, "no such file", "Check the path and try again")
    if path.is_dir():
        raise InputError(name, "is a directory, not an article file", "Pass the files inside it")
    size = path.stat().st_size
    if size == 0:
        raise InputError(name, "the file is empty", "Pass a file that contains an article")
    if size > max_bytes:
        raise InputError(
            name,
            f"the file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit for one "
            "article",
            "Pass the article alone (not a whole site or archive), or raise the limit with "
            "--max-bytes",
        )
    raw = path.read_bytes()
    text = decode_bytes(raw, name)
    suffix = path.suffix.lower()
    if suffix in _HTML_SUFFIXES or (suffix not in _RECORD_SUFFIXES and _looks_like_html(text)):
        articles = [parse_html(text, name, default_outlet=path.stem)]
    elif suffix in _RECORD_SUFFIXES:
        articles = parse_records(text, name, default_outlet=path.stem, jsonl=suffix != ".json")
    else:
        articles = [parse_text(text, name, default_outlet=path.stem)]
    if language:
        articles = [replace(a, language=language.lower()) for a in articles]
    return [_override(validate_article(a), outlet, published) for a in articles]


def read_article(
    path: Path, *, outlet: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article:
    """Read a file that holds exactly one article."""
    articles = read_articles(path, outlet=outlet, max_bytes=max_bytes)
    if len(articles) != 1:
        raise InputError(
            str(path),
            f"holds {len(articles)} articles where one was expected",
            "Use storydiff.read_articles() for JSONL files with several records",
        )
    return articles[0]


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def _override(article: Article, outlet: str | None, published: str | None) -> Article:
    """The article with the outlet and publication date the caller gave."""
    if outlet:
        article = replace(article, outlet=outlet, id="")  # the id follows the outlet
    if published:
        article = replace(article, published=normalise_date(published, "--published"))
    return article
