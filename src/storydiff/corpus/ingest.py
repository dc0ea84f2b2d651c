"""`storydiff ingest`: walk files and directories, store every new article, skip known ones.

A file whose path, size and modification time are already recorded is skipped without being
read (that is what makes re-ingesting a directory fast); a file with the bytes of another
stored file is a duplicate. Articles are identified by their content hash, so the same article
under another name is stored once. Each file's articles and its `sources` row are committed in
one transaction: a killed run loses at most the file it was reading, and a rerun resumes.
One bad file or record is reported and skipped; the run goes on.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..ingest import DEFAULT_MAX_BYTES, read_articles
from ..ingest.records import load_json, record_to_article
from ..ingest.text import decode_bytes
from ..ingest.url import DEFAULT_TIMEOUT_S, fetch_article, is_url
from ..ingest.validate import validate_article
from ..model import Article
from ..model.serialize import JSONValue
from .store import Store, content_hash

logger = logging.getLogger(__name__)

IngestProgress = Callable[[int, int, int], None]
"""Called as progress(files_done, files_total, articles_seen)."""

_RECORD_SUFFIXES = {".jsonl", ".ndjson", ".json"}


@dataclass(frozen=True)
class Problem:
    """One item that was skipped: what, why and what to do about it."""

    item: str
    cause: str
    fix: str

    def __str__(self) -> str:
        return f"{self.item}: {self.cause}. {self.fix}"


@dataclass
class IngestResult:
    files: int = 0
    files_unchanged: int = 0
    added: int = 0
    known: int = 0
    """Articles (or records) whose content was already stored."""
    undated: int = 0
    """Added articles with no publication date (clustered by ingest time)."""
    problems: list[Problem] = field(default_factory=list)
    added_rows: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class _Record:
    record_id: str
    article: Article | None
    problem: Problem | None = None


def ingest_sources(
    store: Store,
    sources: Sequence[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT_S,
    progress: IngestProgress | None = None,
) -> IngestResult:
    """Store the articles of files, directories (recursively) and web pages (URLs, fetched
    within `timeout` seconds and `max_bytes`); report what was skipped."""
    result = IngestResult()
    files = list(_files(sources, result))
    seen = 0
    for number, path in enumerate(files, start=1):
        try:
            if isinstance(path, str):
                seen += _ingest_url(store, path, timeout, max_bytes, result)
            else:
                seen += _ingest_file(store, path, max_bytes, result)
        except InputError as error:
            result.problems.append(Problem(error.source, error.problem, error.fix))
        except OSError as error:
            result.problems.append(
                Problem(str(path), f"cannot be read ({error.strerror})", "Check its permissions")
            )
        if progress:
            progress(number, len(files), seen)
    for problem in result.problems:
        logger.info("skipped %s", problem)
    return result


def _files(sources: Sequence[str], result: IngestResult) -> Iterator[Path | str]:
    """The files to read, in order; a URL is passed on as its string."""
    for source in sources:
        if is_url(source):
            yield source
            continue
        path = Path(source)
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                yield from (Path(root) / n for n in sorted(names) if not n.startswith("."))
        elif path.exists():
            yield path
        else:
            result.problems.append(Problem(source, "no such file or directory", "Check the path"))


def _ingest_file(store: Store, path: Path, max_bytes: int, result: IngestResult) -> int:
    """Ingest one file; returns how many records it held."""
    stat = path.stat()
    name = str(path)
    result.files += 1
    if store.source_unchanged(name, stat.st_size, stat.st_mtime):
        result.files_unchanged += 1
        return 0
    if path.suffix.lower() not in _RECORD_SUFFIXES and stat.st_size > max_bytes:
        read_articles(path, max_bytes=max_bytes)  # raises the size error every reader gives
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    twin = store.source_with_hash(digest) if raw else None
    if twin is not None and twin != name:
        result.problems.append(
            Problem(name, f"has the same bytes as {twin}, already ingested", "Nothing to do")
        )
        with store.transaction():
            store.record_source(name, digest, stat.st_size, stat.st_mtime, 0)
        return 0
    records = list(_read_records(path, raw, max_bytes))
    hashes = [content_hash(r.article) if r.article else "" for r in records]
    known = store.known_hashes([h for h in hashes if h])
    with store.transaction():
        for record, digest_ in zip(records, hashes, strict=True):
            if record.problem is not None or record.article is None:
                result.problems.append(record.problem or Problem(name, "unreadable", ""))
            elif digest_ in known:
                result.known += 1
            else:
                row = store.add_article(record.article, record.record_id, digest_)
                known.add(digest_)
                if row is None:
                    result.known += 1
                    continue
                result.added += 1
                result.added_rows.append(row)
                result.undated += record.article.published is None
        store.record_source(name, digest, stat.st_size, stat.st_mtime, len(records))
    return len(records)


def _ingest_url(
    store: Store, url: str, timeout: float, max_bytes: int, result: IngestResult
) -> int:
    """Fetch one web page and store its article; the URL is the record's id. A page whose
    text changed since the last fetch is a new article (a new version of that URL)."""
    result.files += 1
    article = fetch_article(url, timeout=timeout, max_bytes=max_bytes)
    digest = content_hash(article)
    if store.known_hashes([digest]):
        result.known += 1
        return 1
    with store.transaction():
        row = store.add_article(article, url, digest)
    if row is None:
        result.known += 1
        return 1
    result.added += 1
    result.added_rows.append(row)
    result.undated += article.published is None
    return 1


def _read_records(path: Path, raw: bytes, max_bytes: int) -> Iterator[_Record]:
    """The articles of one file; a JSONL file yields one record (or problem) per line."""
    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in _RECORD_SUFFIXES:
        for article in read_articles(path, max_bytes=max_bytes):
            yield _Record(name, article)
        return
    if not raw.strip():
        raise InputError(name, "the file is empty", "Pass a file that contains articles")
    text = decode_bytes(raw, name)
    if suffix == ".json":
        loaded = load_json(text, name)
        items = loaded if isinstance(loaded, list) else [loaded]
        for number, item in enumerate(items, start=1):
            yield _record(item, f"{name}, record {number}", f"{name}#{number}", path.stem)
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}, line {number}"
        try:
            item = load_json(line, where)
        except InputError as error:
            yield _Record(where, None, Problem(error.source, error.problem, error.fix))
            continue
        yield _record(item, where, f"{name}#{number}", path.stem)


def _record(item: JSONValue, where: str, fallback_id: str, default_outlet: str) -> _Record:
    record_id = item.get("id") if isinstance(item, dict) else None
    if not isinstance(record_id, str | int) or isinstance(record_id, bool):
        record_id = fallback_id
    try:
        article = validate_article(record_to_article(item, where, default_outlet))
    except InputError as error:
        return _Record(str(record_id), None, Problem(error.source, error.problem, error.fix))
    return _Record(str(record_id), article)
