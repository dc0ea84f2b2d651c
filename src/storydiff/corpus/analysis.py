"""Full per-article analyses and per-story comparisons, computed once and kept in the store.

Analyses and comparisons are pickled (they hold numpy arrays and nested dataclasses); a store
is therefore trusted data: open only stores you or your pipeline wrote. A comparison is keyed
by its story and the exact member list, so a story that gains an article is compared afresh.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..errors import InputError
from ..model import Analysis, Article, Comparison, slugify
from .engine import Engine
from .service import Story, list_stories
from .store import Store

logger = logging.getLogger(__name__)

ANALYSIS_VERSION = 16
"""Bump when `pipeline.analyse` output changes: stored analyses of older versions are redone.
2: statements carry clause parts and their embeddings; reported speech without quote marks.
3: quotes carry segments ('"A," he said. "B."' is one quote), embedded one per segment.
4: namesakes kept apart, organisation names with title words whole, yearless past dates.
5: statement units: cut-off excerpt ends, relative 'who' conjuncts, clauses under a trailing
   attribution (and comparisons: unique clauses of one sentence are one statement).
6: actor mentions: headline words, party labels, particles, body names over 'of'/'for',
   places and events typed, relatives and otherwise-titled namesakes kept apart.
7: speakers: titles resolved to their holder, 'the department' to a body named before,
   headline speakers only through names the article gives; no quote without anyone behind it;
   time expressions: tense decides weekdays and weekends, a day 'until' can lie ahead;
   'blamed X for Y' / 'accused X of Y' report X with what is said of X.
8: yearless days kept as '--MM-DD', months in past-tense clauses before publication (parse
   tense), description speakers named by the next sentence, no dateline/byline actors, and
   the other changes of the 29 November afternoon session (docs/benchmarks.md, last sections).
9: quotes embedded one row per sentence (`Quote.sentence_quotes`), not per segment; each
   statement's common content words carry their encoder vectors (near words,
   crossdoc/near_words.py).
10: near-word vectors as float16, and none for the language's most frequent words.
11: quote content after a wire dateline, before another side's contrasted report ('while B
    says…'), and 'called for X to …' calls (branch qm3).
13: page furniture ('Please enable Javascript to watch this video', 'Read or Share this
    story: …', photo credits) is no statement wherever it stands (text_page.is_page_furniture).
"""

AnalysisProgress = Callable[[int, int], None]
BATCH = 64


def analyse_missing(
    store: Store,
    engine: Engine,
    rows: Sequence[int] | None = None,
    *,
    progress: AnalysisProgress | None = None,
) -> int:
    """Run the full per-article analysis on stored articles that lack one of this version."""
    missing = set(store.rows_without_analysis("full", ANALYSIS_VERSION, rows))
    todo = [r for r in (rows if rows is not None else sorted(missing)) if r in missing]
    for start in range(0, len(todo), BATCH):
        batch = store.articles(todo[start : start + BATCH])
        analyses = engine.analyse([_article_for_analysis(s.article, s.row) for s in batch])
        with store.transaction():
            for stored, analysis in zip(batch, analyses, strict=True):
                store.put_analysis(
                    stored.row, "full", ANALYSIS_VERSION, data=pickle.dumps(analysis)
                )
        if progress:
            progress(min(start + BATCH, len(todo)), len(todo))
    return len(todo)


def _article_for_analysis(article: Article, row: int) -> Article:
    # spans record the article id, so it is fixed before analysis: unique in the store, stable,
    # and readable in a report ("harbour-gazette-17")
    return replace(article, id=f"{slugify(article.outlet)}-{row}")


def story_comparison(store: Store, story_id: int, engine: Engine) -> tuple[Story, Comparison]:
    """The comparison of one story's articles: from the cache, or computed and cached."""
    found = list_stories(store, story_ids=[story_id])
    if not found:
        raise InputError(
            f"story {story_id}", "no such story in " + store.name,
            "List the stories with 'storydiff stories' and pass one of their ids",
        )  # fmt: skip
    return found[0], compare_story(store, found[0], engine)


def compare_story(store: Store, story: Story, engine: Engine) -> Comparison:
    """The comparison of a story already listed (`list_stories`): from the cache, or computed
    and cached. Callers that go through many stories list them once and pass each here."""
    story_id = story.id
    if len(story.members) < 2:
        raise InputError(
            f"story {story_id}", "has one article; a comparison needs at least two",
            "Pick a story with two or more articles ('storydiff stories')",
        )  # fmt: skip
    key = ",".join(str(m.row) for m in story.members)
    cached = store.db.execute(
        "SELECT data FROM comparisons WHERE story_id = ? AND members = ? AND version = ?",
        (story_id, key, ANALYSIS_VERSION),
    ).fetchone()
    if cached is not None:
        comparison: Comparison = pickle.loads(cached[0])
        return comparison
    rows = [m.row for m in story.members]
    analyse_missing(store, engine, rows)
    analyses = [_stored_analysis(store, row) for row in rows]
    comparison = engine.compare([analyses])[0]
    from ..render import render_json

    with store.transaction():
        store.db.execute(
            "INSERT OR REPLACE INTO comparisons VALUES (?, ?, ?, ?, ?)",
            (story_id, key, ANALYSIS_VERSION, render_json(comparison), pickle.dumps(comparison)),
        )
    return comparison


def _stored_analysis(store: Store, row: int) -> Analysis:
    data = store.analysis_data(row, "full", ANALYSIS_VERSION)
    if data is None:
        raise InputError(store.name, f"article {row} has no analysis", "Run the command again")
    analysis: Analysis = pickle.loads(data)
    return analysis
