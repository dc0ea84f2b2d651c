"""Corpus mode with models: the bundled corpus's stories, story comparisons, Dask = local."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storydiff.cli import main
from storydiff.corpus.engine import DaskEngine, LocalEngine
from storydiff.corpus.service import list_stories
from storydiff.corpus.store import open_store
from storydiff.corpus.workflow import ingest_and_cluster, refresh_stories

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"

pytestmark = pytest.mark.model


def test_bundled_corpus_gives_the_expected_stories(tmp_path: Path) -> None:
    expected = json.loads((CORPUS / "stories.json").read_text())
    with open_store(tmp_path / "c.db") as store:
        result = ingest_and_cluster(store, [str(CORPUS / "articles.jsonl")])
        assert (result.added, result.problems) == (10, [])
        stories = list_stories(store)
    found = sorted(sorted(m.record_id for m in s.members) for s in stories)
    assert found == sorted(sorted(ids) for ids in expected["stories"])
    versions = {m.record_id: m.version_of for s in stories for m in s.members if m.version_of}
    assert versions == expected["versions"]


def test_new_articles_join_existing_stories_without_recomputing_them(tmp_path: Path) -> None:
    lines = (CORPUS / "articles.jsonl").read_text().splitlines()
    (tmp_path / "day1.jsonl").write_text("\n".join(lines[:4]) + "\n")
    (tmp_path / "day2.jsonl").write_text("\n".join(lines[4:]) + "\n")
    with open_store(tmp_path / "c.db") as store:
        ingest_and_cluster(store, [str(tmp_path / "day1.jsonl")])
        before = {s.id: [m.record_id for m in s.members] for s in list_stories(store)}
        ingest_and_cluster(store, [str(tmp_path / "day2.jsonl")])
        after = {s.id: [m.record_id for m in s.members] for s in list_stories(store)}
    for story_id, members in before.items():
        assert set(members) <= set(after[story_id])
    assert len(after) == 4


def test_story_command_compares_and_caches(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "c.db")
    assert main(["ingest", str(CORPUS / "articles.jsonl"), "--db", db, "-q"]) == 0
    assert main(["stories", "--db", db, "--format", "json", "--outlet", "Brennick Times"]) == 0
    listed = json.loads(capsys.readouterr().out)["stories"]
    assert len(listed) == 1
    story_id = listed[0]["id"]
    assert main(["story", str(story_id), "--db", db, "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert len(document["articles"]) == 3
    assert document["story"]["articles"][2]["version_of"] == "bt-2026-03-14-fire"
    assert main(["story", str(story_id), "--db", db]) == 0
    assert "is a new version of bt-2026-03-14-fire" in capsys.readouterr().out
    with open_store(db) as store:
        cached = store.db.execute("SELECT COUNT(*) FROM comparisons").fetchone()[0]
    assert cached == 1
    html = tmp_path / "story.html"
    assert main(["story", str(story_id), "--db", db, "-f", "html", "-o", str(html)]) == 0
    assert "<html" in html.read_text()


def test_dask_workers_give_the_same_stored_results_as_one_process(tmp_path: Path) -> None:
    lines = (CORPUS / "articles.jsonl").read_text().splitlines()
    (tmp_path / "five.jsonl").write_text("\n".join(lines[3:8]) + "\n")
    results = []
    for name, engine in (("local", LocalEngine()), ("dask", DaskEngine(workers=2))):
        try:
            with open_store(tmp_path / f"{name}.db") as store:
                ingest_and_cluster(
                    store, [str(tmp_path / "five.jsonl")], engine=engine, analyse=True
                )
                refresh_stories(store, engine=engine)
                stories = [[m.record_id for m in s.members] for s in list_stories(store)]
                vectors = store.db.execute(
                    "SELECT kind, vector FROM analyses ORDER BY article_id, kind"
                ).fetchall()
                comparison = engine.compare(
                    [[_analysis(store, m.row) for m in list_stories(store)[0].members]]
                )[0]
                results.append((stories, vectors, comparison.to_dict()))
        finally:
            engine.close()
    assert results[0][0] == results[1][0]
    assert results[0][1] == results[1][1]
    assert results[0][2] == results[1][2]


def _analysis(store, row):  # type: ignore[no-untyped-def]
    import pickle

    from storydiff.corpus.analysis import ANALYSIS_VERSION

    return pickle.loads(store.analysis_data(row, "full", ANALYSIS_VERSION))
