"""The corpus store: one SQLite file with articles, their analyses, stories and comparisons.

Every write happens inside one transaction (`with store.transaction():`), so a killed process
leaves the file as of the last commit: never a half-written row. WAL lets `storydiff stories`
read while an ingest writes. `PRAGMA user_version` holds the schema version; older stores are
migrated in place, newer or foreign files are refused with an `InputError`.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ..errors import InputError
from ..model import Article

logger = logging.getLogger(__name__)

DEFAULT_DB = "storydiff.db"
SCHEMA_VERSION = 1
# Written into every store so a file made by another program is never mistaken for one.
_APPLICATION_ID = 0x53444946  # "SDIF"

_MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE sources (
        path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, size INTEGER NOT NULL,
        mtime REAL NOT NULL, articles INTEGER NOT NULL, ingested_at TEXT NOT NULL);
    CREATE INDEX sources_sha ON sources(sha256);
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, record_id TEXT NOT NULL,
        outlet TEXT NOT NULL, title TEXT, url TEXT, published TEXT, language TEXT NOT NULL,
        text TEXT NOT NULL, source TEXT, ingested_at TEXT NOT NULL,
        url_version INTEGER NOT NULL DEFAULT 1);
    CREATE INDEX articles_url ON articles(url);
    CREATE TABLE analyses (
        article_id INTEGER NOT NULL REFERENCES articles(id), kind TEXT NOT NULL,
        version INTEGER NOT NULL, vector BLOB, actors TEXT, data BLOB,
        PRIMARY KEY (article_id, kind));
    CREATE TABLE stories (
        id INTEGER PRIMARY KEY, centroid BLOB NOT NULL, terms TEXT NOT NULL,
        actors TEXT NOT NULL, size INTEGER NOT NULL, first_time REAL NOT NULL,
        last_time REAL NOT NULL);
    CREATE INDEX stories_last ON stories(last_time);
    CREATE TABLE story_members (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id),
        story_id INTEGER NOT NULL REFERENCES stories(id), score REAL NOT NULL);
    CREATE INDEX story_members_story ON story_members(story_id);
    CREATE TABLE comparisons (
        story_id INTEGER NOT NULL, members TEXT NOT NULL, version INTEGER NOT NULL,
        json TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (story_id, members));
    """,
}

Vector = npt.NDArray[np.float32]


@dataclass(frozen=True)
class StoredArticle:
    """An article as stored, with its row id and what the store adds."""

    row: int
    record_id: str
    article: Article
    hash: str
    ingested_at: str
    url_version: int

    @property
    def time(self) -> str:
        """When the article counts as published: its date, else when it was ingested."""
        return self.article.published or self.ingested_at

    @property
    def dated_by_ingest(self) -> bool:
        return not self.article.published


def content_hash(article: Article) -> str:
    """The identity of an article: its outlet, title and text, whitespace-normalised."""
    parts = (article.outlet, article.title or "", " ".join(article.text.split()))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class Store:
    """A storydiff corpus store. Use `open_store`; close it (or use it as a context manager)."""

    def __init__(self, connection: sqlite3.Connection, name: str) -> None:
        self.db = connection
        self.name = name

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: commit on success, roll back on any error."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.rollback()
            raise
        self.db.commit()

    # ---------- sources (files) ----------
    def source_unchanged(self, path: str, size: int, mtime: float) -> bool:
        row = self.db.execute("SELECT size, mtime FROM sources WHERE path = ?", (path,)).fetchone()
        return row is not None and row[0] == size and row[1] == mtime

    def source_with_hash(self, sha256: str) -> str | None:
        row = self.db.execute("SELECT path FROM sources WHERE sha256 = ?", (sha256,)).fetchone()
        return None if row is None else str(row[0])

    def record_source(self, path: str, sha256: str, size: int, mtime: float, count: int) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?, ?, ?)",
            (path, sha256, size, mtime, count, now_iso()),
        )

    # ---------- articles ----------
    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(hashes), 500):
            chunk = hashes[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(f"SELECT hash FROM articles WHERE hash IN ({marks})", chunk)
            found.update(str(r[0]) for r in rows)
        return found

    def add_article(self, article: Article, record_id: str, digest: str) -> int | None:
        """Insert an article (inside a transaction); None when that content is already stored.

        An article whose URL is already stored with other content is the next version of it.
        """
        version = 1
        if article.url:
            row = self.db.execute(
                "SELECT MAX(url_version) FROM articles WHERE url = ?", (article.url,)
            ).fetchone()
            version = (row[0] or 0) + 1
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO articles (hash, record_id, outlet, title, url, published, "
            "language, text, source, ingested_at, url_version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                digest, record_id, article.outlet, article.title, article.url, article.published,
                article.language, article.text, article.source, now_iso(), version,
            ),
        )  # fmt: skip
        return cursor.lastrowid if cursor.rowcount == 1 else None

    def articles(self, rows: Sequence[int] | None = None) -> list[StoredArticle]:
        query = (
            "SELECT id, record_id, outlet, title, url, published, language, text, source, "
            "hash, ingested_at, url_version FROM articles"
        )
        if rows is None:
            return [_stored(r) for r in self.db.execute(query + " ORDER BY id")]
        found: list[StoredArticle] = []
        for start in range(0, len(rows), 500):
            chunk = list(rows[start : start + 500])
            marks = ",".join("?" * len(chunk))
            found.extend(
                _stored(r) for r in self.db.execute(f"{query} WHERE id IN ({marks})", chunk)
            )
        order = {row: i for i, row in enumerate(rows)}
        return sorted(found, key=lambda a: order[a.row])

    def count_articles(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    # ---------- analyses ----------
    def rows_without_analysis(
        self, kind: str, version: int, among: Sequence[int] | None = None
    ) -> list[int]:
        """Articles (all, or those `among` these rows) lacking an analysis of this version."""
        query = (
            "SELECT a.id FROM articles a LEFT JOIN analyses n ON n.article_id = a.id "
            "AND n.kind = ? AND n.version = ? WHERE n.article_id IS NULL"
        )
        if among is None:
            return [int(r[0]) for r in self.db.execute(query + " ORDER BY a.id", (kind, version))]
        found: list[int] = []
        for start in range(0, len(among), 500):
            chunk = list(among[start : start + 500])
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(f"{query} AND a.id IN ({marks})", (kind, version, *chunk))
            found.extend(int(r[0]) for r in rows)
        return sorted(found)

    def put_analysis(
        self,
        row: int,
        kind: str,
        version: int,
        *,
        vector: Vector | None = None,
        actors: str | None = None,
        data: bytes | None = None,
    ) -> None:
        blob = None if vector is None else np.asarray(vector, dtype=np.float32).tobytes()
        self.db.execute(
            "INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?, ?, ?)",
            (row, kind, version, blob, actors, data),
        )

    def put_vectors(
        self, kind: str, version: int, items: Sequence[tuple[int, Vector, str]]
    ) -> None:
        """Many (row, vector, actors) analyses in one statement (inside a transaction)."""
        self.db.executemany(
            "INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?, ?, NULL)",
            [
                (row, kind, version, np.asarray(vector, dtype=np.float32).tobytes(), actors)
                for row, vector, actors in items
            ],
        )

    def analysis_data(self, row: int, kind: str, version: int) -> bytes | None:
        found = self.db.execute(
            "SELECT data FROM analyses WHERE article_id = ? AND kind = ? AND version = ?",
            (row, kind, version),
        ).fetchone()
        return None if found is None else found[0]


def _stored(row: tuple[object, ...]) -> StoredArticle:
    (rowid, record_id, outlet, title, url, published, language, text, source, digest, at, v) = row
    article = Article(
        text=str(text),
        outlet=str(outlet),
        title=None if title is None else str(title),
        published=None if published is None else str(published),
        url=None if url is None else str(url),
        language=str(language),
        source=None if source is None else str(source),
    )
    return StoredArticle(
        int(str(rowid)), str(record_id), article, str(digest), str(at), int(str(v))
    )


def open_store(path: str | Path = DEFAULT_DB, *, create: bool = True) -> Store:
    """Open (and create or migrate) a store; ':memory:' gives an in-memory one for tests."""
    name = str(path)
    if name != ":memory:":
        file = Path(name)
        if not file.exists() and not create:
            raise InputError(name, "no such store", "Run 'storydiff ingest' first, or pass --db")
        if file.is_dir():
            raise InputError(name, "is a directory, not a store", "Pass a file path with --db")
    try:
        connection = sqlite3.connect(name, isolation_level=None, check_same_thread=False)
        version = _check_identity(connection, name)
    except sqlite3.DatabaseError as error:
        raise InputError(
            name,
            f"is not a storydiff store (SQLite says: {error})",
            "Pass another --db path; storydiff never overwrites a file it did not create",
        ) from None
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute("PRAGMA foreign_keys = ON")
    _migrate(connection, version)
    return Store(connection, name)


def _check_identity(connection: sqlite3.Connection, name: str) -> int:
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    application = int(connection.execute("PRAGMA application_id").fetchone()[0])
    tables = connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
    if application != _APPLICATION_ID and (tables or version):
        connection.close()
        raise InputError(
            name,
            "is an SQLite database but not a storydiff store",
            "Pass another --db path; storydiff never writes into a database it did not create",
        )
    if version > SCHEMA_VERSION:
        connection.close()
        raise InputError(
            name,
            f"was written by a newer storydiff (store schema {version}; this one reads up to "
            f"{SCHEMA_VERSION})",
            "Upgrade storydiff (pip install -U storydiff), or use another --db",
        )
    return version


def _migrate(connection: sqlite3.Connection, version: int) -> None:
    for target in range(version + 1, SCHEMA_VERSION + 1):
        logger.info("migrating store to schema %d", target)
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in _MIGRATIONS[target].split(";"):
                if statement.strip():
                    connection.execute(statement)
            connection.execute(f"PRAGMA application_id = {_APPLICATION_ID}")
            connection.execute(f"PRAGMA user_version = {target}")
        except BaseException:
            connection.rollback()
            raise
        connection.commit()
