"""Corpus operations over a store: clustering features, story assignment, story listings.

`update_stories` is incremental: it computes features only for articles that have none (or
features of an older version), loads only the stories still active for the new articles, and
assigns the new articles in publication order. Old assignments are never revisited.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypedDict

import numpy as np

from .store import Store, StoredArticle
from .stories import (
    FEATURES_VERSION,
    Features,
    OnlineClusterer,
    PackedStory,
    StoryConfig,
    StoryState,
    Vector,
    compute_features,
    day_number,
)

logger = logging.getLogger(__name__)

BATCH = 256
"""Articles per encoder call and per transaction."""

ASSIGN_CHUNK = 2000
"""Articles clustered per transaction (and held in memory at once) by `assign_stories`."""

FeatureProgress = Callable[[int, int], None]


class StoryMemberJSON(TypedDict):
    """`StoryMember.to_dict`'s form (in `storydiff stories --format json`)."""

    id: str
    outlet: str
    title: str | None
    published: str
    dated_by_ingest: bool
    url: str | None
    version_of: str | None


class StoryJSON(TypedDict):
    """`Story.to_dict`'s form."""

    id: int
    title: str
    first: str
    last: str
    outlets: list[str]
    articles: list[StoryMemberJSON]


@dataclass(frozen=True)
class StoryMember:
    record_id: str
    row: int
    outlet: str
    title: str | None
    time: str
    dated_by_ingest: bool
    url: str | None
    version_of: str | None
    """The record id of the earlier version of this article (same outlet and URL), if any."""

    def to_dict(self) -> StoryMemberJSON:
        return {
            "id": self.record_id,
            "outlet": self.outlet,
            "title": self.title,
            "published": self.time,
            "dated_by_ingest": self.dated_by_ingest,
            "url": self.url,
            "version_of": self.version_of,
        }


@dataclass(frozen=True)
class Story:
    id: int
    members: tuple[StoryMember, ...]

    @property
    def title(self) -> str:
        return next((m.title for m in self.members if m.title), "(untitled)")

    def to_dict(self) -> StoryJSON:
        return {
            "id": self.id,
            "title": self.title,
            "first": min(m.time for m in self.members),
            "last": max(m.time for m in self.members),
            "outlets": sorted({m.outlet for m in self.members}),
            "articles": [m.to_dict() for m in self.members],
        }


def add_features(
    store: Store,
    *,
    encoder: str = "use",
    config: StoryConfig | None = None,
    progress: FeatureProgress | None = None,
    compute: Callable[[list[StoredArticle]], list[Features]] | None = None,
) -> int:
    """Compute and store clustering features of every article that lacks them."""
    rows = store.rows_without_analysis("cluster", FEATURES_VERSION)
    compute = compute or (lambda batch: local_features(batch, encoder=encoder, config=config))
    for start in range(0, len(rows), BATCH):
        batch = store.articles(rows[start : start + BATCH])
        features = compute(batch)
        with store.transaction():
            store.put_vectors(
                "cluster", FEATURES_VERSION,
                [
                    (stored.row, feature.vector,
                     json.dumps([sorted(feature.actors), feature.terms, feature.time]))
                    for stored, feature in zip(batch, features, strict=True)
                ],
            )  # fmt: skip
        if progress:
            progress(min(start + BATCH, len(rows)), len(rows))
    return len(rows)


def local_features(
    batch: Sequence[StoredArticle], *, encoder: str = "use", config: StoryConfig | None = None
) -> list[Features]:
    times = [day_number(s.time) for s in batch]
    return compute_features([s.article for s in batch], times, encoder=encoder, config=config)


def assign_stories(store: Store, config: StoryConfig | None = None) -> int:
    """Put every article that has features but no story into one, in publication order.

    The pending articles are ordered by SQLite and clustered `ASSIGN_CHUNK` at a time, each
    chunk committed with the stories it touched: memory stays flat however many articles one
    ingest adds, and a killed run keeps every finished chunk."""
    config = config or StoryConfig()
    rows = [
        int(row)
        for (row,) in store.db.execute(
            "SELECT n.article_id FROM analyses n "
            "LEFT JOIN story_members m ON m.article_id = n.article_id "
            "WHERE n.kind = 'cluster' AND n.version = ? AND m.article_id IS NULL "
            "ORDER BY json_extract(n.actors, '$[2]'), n.article_id",
            (FEATURES_VERSION,),
        )
    ]
    for start in range(0, len(rows), ASSIGN_CHUNK):
        _assign_chunk(store, rows[start : start + ASSIGN_CHUNK], config)
    return len(rows)


def _assign_chunk(store: Store, rows: Sequence[int], config: StoryConfig) -> None:
    """Cluster these articles (in time order) against the stories active around them."""
    found: dict[int, Features] = {}
    for start in range(0, len(rows), 500):
        chunk = list(rows[start : start + 500])
        marks = ",".join("?" * len(chunk))
        for row, blob, packed in store.db.execute(
            "SELECT article_id, vector, actors FROM analyses "
            f"WHERE kind = 'cluster' AND version = ? AND article_id IN ({marks})",
            (FEATURES_VERSION, *chunk),
        ):
            actors, terms, time = json.loads(packed)
            vector = np.frombuffer(blob, dtype=np.float32)
            found[int(row)] = Features(vector, terms, frozenset(actors), float(time))
    clusterer = OnlineClusterer(
        config, unpack=lambda story, centroid: _unpack(store, story, centroid, config.seed_size)
    )
    _load_states(store, [found[row].time for row in rows], config, clusterer)
    touched: set[int] = set()
    members = []
    for row in rows:
        index, score = clusterer.add(found[row])
        touched.add(index)
        members.append((row, index, score))
    with store.transaction():
        for index in sorted(touched):
            _save_state(store, clusterer.story(index))
        store.db.executemany(
            "INSERT INTO story_members VALUES (?, ?, ?)",
            [(row, clusterer.stories[index].id, score) for row, index, score in members],
        )


def _load_states(
    store: Store, times: Sequence[float], config: StoryConfig, clusterer: OnlineClusterer
) -> None:
    """Give the clusterer the stories whose last article lies within the window of one of the
    (sorted) times and that began at most the maximum span before it: the only ones the new
    articles can join. Loading by spans around the new articles, not everything since the
    earliest, keeps memory flat when a batch mixes old and new dates. They are added packed
    (centroid and words only, read a chunk at a time): most are only scored against."""
    window = config.window_days
    # a story that began more than max_span before a span's first article can take none of it
    reach = window - min(config.max_span_days, 1e12)
    spans: list[list[float]] = []
    for time in times:
        if spans and time - window <= spans[-1][1]:
            spans[-1][1] = time + window
        else:
            spans.append([time - window, time + window])
    story_ids = sorted(
        int(story_id)
        for start, end in spans
        for (story_id,) in store.db.execute(
            "SELECT id FROM stories WHERE last_time BETWEEN ? AND ? AND first_time >= ?",
            (start, end, start + reach),
        )
    )
    for start in range(0, len(story_ids), 500):
        chunk = story_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for story_id, centroid, terms, size, first, last in store.db.execute(
            "SELECT id, centroid, terms, size, first_time, last_time FROM stories "
            f"WHERE id IN ({marks}) ORDER BY id",
            chunk,
        ):
            clusterer.add_packed(
                PackedStory(int(story_id), int(size), float(first), float(last)),
                np.frombuffer(centroid, dtype=np.float32),
                json.loads(terms),
            )


def _unpack(store: Store, story: PackedStory, centroid: Vector, seed_size: int) -> StoryState:
    """A packed story whole: its words and names, and its seed when it has more members."""
    terms, actors = store.db.execute(
        "SELECT terms, actors FROM stories WHERE id = ?", (story.id,)
    ).fetchone()
    # a story of up to seed_size members is its own seed: only larger ones need theirs
    seed = (
        _load_seeds(store, [story.id], seed_size).get(story.id) if story.size > seed_size else None
    )
    return StoryState(
        centroid, json.loads(terms), Counter(json.loads(actors)), story.size,
        story.first_time, story.last_time, id=story.id,
        seed_centroid=None if seed is None else seed[0],
        seed_terms=None if seed is None else seed[1],
    )  # fmt: skip


def _load_seeds(
    store: Store, story_ids: Sequence[int], seed_size: int
) -> dict[int, tuple[Vector, dict[str, float]]]:
    """The seed of each story (the summed features of its first `seed_size` members, in the
    order they were clustered: time, then row), rebuilt from the stored features."""
    seeds: dict[int, tuple[Vector, dict[str, float]]] = {}
    for start in range(0, len(story_ids), 500):
        chunk = list(story_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        # rank the members by (time, row) alone, then read the features of the first few
        for story_id, blob, packed in store.db.execute(
            "SELECT r.story_id, n.vector, n.actors FROM ("
            " SELECT m.story_id, m.article_id, ROW_NUMBER() OVER ("
            "  PARTITION BY m.story_id ORDER BY json_extract(f.actors, '$[2]'), f.article_id"
            " ) AS place FROM story_members m JOIN analyses f ON f.article_id = m.article_id"
            " AND f.kind = 'cluster' AND f.version = ? WHERE m.story_id IN ("
            f"{marks})) r JOIN analyses n ON n.article_id = r.article_id AND n.kind = 'cluster'"
            " AND n.version = ? WHERE r.place <= ?",
            (FEATURES_VERSION, *chunk, FEATURES_VERSION, seed_size),
        ):
            vector = np.frombuffer(blob, dtype=np.float32)
            terms: dict[str, float] = json.loads(packed)[1]
            if story_id in seeds:
                total, summed = seeds[story_id]
                seeds[story_id] = (total + vector, summed)
                for word, weight in terms.items():
                    summed[word] = summed.get(word, 0.0) + weight
            else:
                seeds[story_id] = (vector.copy(), dict(terms))
    return seeds


def _save_state(store: Store, state: StoryState) -> None:
    values = (
        state.centroid.astype(np.float32).tobytes(), json.dumps(state.terms),
        json.dumps(dict(state.actors)), state.size, state.first_time, state.last_time,
    )  # fmt: skip
    if state.id:
        store.db.execute(
            "UPDATE stories SET centroid = ?, terms = ?, actors = ?, size = ?, first_time = ?, "
            "last_time = ? WHERE id = ?",
            (*values, state.id),
        )
        return
    cursor = store.db.execute(
        "INSERT INTO stories (centroid, terms, actors, size, first_time, last_time) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        values,
    )
    state.id = int(cursor.lastrowid or 0)


def list_stories(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    story_ids: Sequence[int] | None = None,
) -> list[Story]:
    """Stories with their members; a story is listed when a member matches the filters."""
    query = (
        "SELECT m.story_id, a.id FROM story_members m JOIN articles a ON a.id = m.article_id "
        "{where} ORDER BY m.story_id, COALESCE(a.published, a.ingested_at), a.id"
    )
    if story_ids is None:
        rows = store.db.execute(query.format(where="")).fetchall()
    else:  # only the stories asked for, not a pass over every member of the store
        rows = []
        for start in range(0, len(story_ids), 500):
            chunk = list(story_ids[start : start + 500])
            where = "WHERE m.story_id IN (" + ",".join("?" * len(chunk)) + ")"
            rows.extend(store.db.execute(query.format(where=where), chunk))
        rows.sort(key=lambda row: int(row[0]))
    by_story: dict[int, list[int]] = {}
    for story_id, row in rows:
        by_story.setdefault(int(story_id), []).append(int(row))
    articles = {a.row: a for a in store.articles([r for rs in by_story.values() for r in rs])}
    stories = []
    for story_id, member_rows in by_story.items():
        members = _members([articles[r] for r in member_rows])
        if any(_matches(m, since, until, outlet) for m in members):
            stories.append(Story(story_id, members))
    return stories


def _matches(member: StoryMember, since: str | None, until: str | None, outlet: str | None) -> bool:
    day = member.time[:10]
    return (
        (since is None or day >= since)
        and (until is None or day <= until)
        and (outlet is None or member.outlet.casefold() == outlet.casefold())
    )


def _members(articles: Sequence[StoredArticle]) -> tuple[StoryMember, ...]:
    """Members in time order; an article with the URL of an earlier one is its new version."""
    latest_by_url: dict[tuple[str, str], str] = {}
    members = []
    for stored in articles:
        article = stored.article
        key = (article.outlet, article.url or "")
        version_of = latest_by_url.get(key) if article.url else None
        if article.url:
            latest_by_url[key] = stored.record_id
        members.append(
            StoryMember(
                stored.record_id,
                stored.row,
                article.outlet,
                article.title,
                stored.time,
                stored.dated_by_ingest,
                article.url,
                version_of,
            )
        )
    return tuple(members)
