"""The corpus store and ingest without models: identity, versions, resumption, bad input."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from storydiff.cli import main
from storydiff.corpus.ingest import ingest_sources
from storydiff.corpus.store import SCHEMA_VERSION, Store, content_hash, open_store
from storydiff.errors import InputError
from storydiff.model import Article

BODY = (
    "The council of Brindle voted on Monday to close the old ferry pier after engineers found "
    "cracks in two of its pillars. The mayor said repairs would take a year."
)
OTHER = (
    "Fishermen in Saltmere said on Tuesday that the harbour dredging had been delayed again, "
    "leaving their boats stranded at low tide for a third week."
)


def record(record_id: str, text: str, **extra: str) -> str:
    return json.dumps({"id": record_id, "outlet": "Brindle Echo", "text": text, **extra})


@pytest.fixture
def store() -> Store:
    return open_store(":memory:")


def test_reingest_is_a_no_op_and_known_content_is_skipped(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(record("r1", BODY, published="2026-03-02") + "\n")
    first = ingest_sources(store, [str(tmp_path)])
    assert (first.added, first.known) == (1, 0)
    again = ingest_sources(store, [str(tmp_path)])
    assert (again.added, again.files_unchanged) == (0, 1)
    (tmp_path / "b.jsonl").write_text(
        record("r2", BODY, published="2026-03-02") + "\n" + record("r3", OTHER) + "\n"
    )
    third = ingest_sources(store, [str(tmp_path)])
    assert (third.added, third.known, third.undated) == (1, 1, 1)
    assert [a.record_id for a in store.articles()] == ["r1", "r3"]
    assert store.articles()[1].dated_by_ingest


def test_same_url_with_new_content_is_a_new_version(store: Store, tmp_path: Path) -> None:
    url = "https://brindle-echo.example/pier"
    (tmp_path / "a.jsonl").write_text(
        record("v1", BODY, url=url) + "\n" + record("v2", BODY + " Ferries will stop.", url=url)
    )
    ingest_sources(store, [str(tmp_path / "a.jsonl")])
    assert [(a.record_id, a.url_version) for a in store.articles()] == [("v1", 1), ("v2", 2)]


def test_bad_items_are_reported_one_line_each_and_the_run_goes_on(
    store: Store, tmp_path: Path
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "good.txt").write_text(BODY)
    (tmp_path / "copy-of-good.txt").write_text(BODY)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "image.bin").write_bytes(b"\x00\x01\x02\xff" * 200)
    (tmp_path / "stream.jsonl").write_text(
        record("ok", OTHER) + "\n{not json\n" + json.dumps({"id": "x", "title": "no text"}) + "\n"
    )
    result = ingest_sources(store, [str(tmp_path)])
    assert result.added == 2
    problems = {Path(p.item.split(",")[0]).name: str(p) for p in result.problems}
    # the copy met second (os.walk lists a folder's files before its subfolders) is the duplicate
    assert set(problems) == {"good.txt", "empty.txt", "image.bin", "stream.jsonl"}
    assert "same bytes as" in problems["good.txt"] and "copy-of-good.txt" in problems["good.txt"]
    assert "empty" in problems["empty.txt"]
    assert "binary" in problems["image.bin"]
    lines = [str(p) for p in result.problems if "stream.jsonl" in p.item]
    assert len(lines) == 2 and "line 2" in lines[0] and "no 'text'" in lines[1]


def test_duplicate_text_under_another_name_is_stored_once(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"---\noutlet: Brindle Echo\n---\n{BODY}\n")
    (tmp_path / "b.txt").write_text(f"---\noutlet: Brindle Echo\n---\n\n{BODY}")
    result = ingest_sources(store, [str(tmp_path)])
    assert (result.added, result.known) == (1, 1)


def test_a_foreign_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE notes (body TEXT)")
        other.execute("INSERT INTO notes VALUES ('keep me')")
    other.close()
    before = path.read_bytes()
    with pytest.raises(InputError, match="not a storydiff store"):
        open_store(path)
    assert path.read_bytes() == before


def test_a_text_file_as_store_and_a_newer_store_are_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("just some notes, not a database at all " * 20)
    with pytest.raises(InputError, match="not a storydiff store"):
        open_store(text)
    newer = tmp_path / "newer.db"
    open_store(newer).close()
    with sqlite3.connect(newer) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    with pytest.raises(InputError, match="newer storydiff") as error:
        open_store(newer)
    assert "Upgrade" in error.value.fix


def test_cli_names_a_foreign_database_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE notes (body TEXT)")
    other.close()
    assert main(["stories", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "other.db" in err and "not a storydiff store" in err and "Traceback" not in err


def test_a_failed_write_leaves_no_half_written_row(store: Store) -> None:
    article = Article(text=BODY, outlet="Brindle Echo")
    with pytest.raises(RuntimeError), store.transaction():
        store.add_article(article, "r1", content_hash(article))
        raise RuntimeError("killed mid-file")
    assert store.count_articles() == 0


def test_killing_ingest_loses_nothing_committed_and_a_rerun_resumes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(40):
        (corpus / f"{number:03}.txt").write_text(f"Item {number}. {BODY}")
    db = tmp_path / "c.db"
    script = textwrap.dedent(
        f"""
        import os, signal
        from storydiff.corpus import ingest
        from storydiff.corpus.store import open_store
        original = ingest._ingest_file
        def killer(store, path, *args):
            if path.name == "020.txt":
                os.kill(os.getpid(), signal.SIGKILL)
            return original(store, path, *args)
        ingest._ingest_file = killer
        ingest.ingest_sources(open_store({str(db)!r}), [{str(corpus)!r}])
        """
    )
    killed = subprocess.run([sys.executable, "-c", script], check=False)
    assert killed.returncode == -9
    with open_store(db) as store:
        assert store.count_articles() == 20
        result = ingest_sources(store, [str(corpus)])
        assert (result.added, result.files_unchanged) == (20, 20)
        assert store.count_articles() == 40
    assert os.path.exists(db)


def test_clustering_in_chunks_gives_the_stories_of_one_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import random

    from storydiff.corpus import service
    from storydiff.corpus.stories import FEATURES_VERSION, StoryConfig
    from test_story_clusterer import random_features

    def stories_of(chunk: int) -> list[list[int]]:
        monkeypatch.setattr(service, "ASSIGN_CHUNK", chunk)
        store = open_store(":memory:")
        features = random_features(random.Random(11), 120)
        with store.transaction():
            rows = [
                store.add_article(
                    Article(text=f"Article {n}.", outlet="Brindle Echo"), "x", f"h{n}"
                )
                for n in range(len(features))
            ]
            store.put_vectors(
                "cluster", FEATURES_VERSION,
                [(row, f.vector, json.dumps([sorted(f.actors), f.terms, f.time]))
                 for row, f in zip(rows, features, strict=True)],
            )  # fmt: skip
        # a binding seed rule: the seeds of stories loaded from the store must be rebuilt
        config = StoryConfig(window_days=3.0, threshold=0.5, seed_size=2, seed_margin=0.0)
        service.assign_stories(store, config)
        groups: dict[int, list[int]] = {}
        for row, story in store.db.execute("SELECT article_id, story_id FROM story_members"):
            groups.setdefault(story, []).append(row)
        return sorted(sorted(group) for group in groups.values())

    whole = stories_of(1000)
    assert 10 < len(whole) < 110
    assert stories_of(7) == whole


def test_an_analysis_of_an_older_version_is_redone(store: Store) -> None:
    from storydiff.corpus.analysis import ANALYSIS_VERSION

    with store.transaction():
        row = store.add_article(Article(text=BODY, outlet="Brindle Echo"), "r1", "h1")
        assert row is not None
        store.put_analysis(row, "full", ANALYSIS_VERSION - 1, data=b"old")
    assert store.rows_without_analysis("full", ANALYSIS_VERSION) == [row]
    with store.transaction():
        store.put_analysis(row, "full", ANALYSIS_VERSION, data=b"new")
    assert store.rows_without_analysis("full", ANALYSIS_VERSION) == []
    assert store.analysis_data(row, "full", ANALYSIS_VERSION) == b"new"
