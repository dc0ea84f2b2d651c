"""`storydiff quotes ARTICLE…` (model test for the listing; bad input without a model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import storydiff
from storydiff.cli import main

ARTICLE = (
    "Harbour Minister Lena Ostrova visited the docks on Monday.\n"
    '"The cranes will be repaired before the winter storms," Ostrova said.\n'
    "She added that the port would stay open during the work.\n"
)


@pytest.mark.model
def test_json_lists_quotes_with_offsets_speakers_and_cues(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "port.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["quotes", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] == storydiff.SCHEMA_VERSION and data["command"] == "quotes"
    (article,) = data["articles"]
    quotes = article["quotes"]
    assert [(q["kind"], q["cue"], q["speaker_text"], q["speaker"]) for q in quotes] == [
        ("direct", "said", "Ostrova", "Lena Ostrova"),
        ("indirect", "added", "She", "Lena Ostrova"),
    ]
    for q in quotes:
        assert article["text"][q["start"] : q["end"]] == q["text"]
        assert article["text"][q["speaker_start"] : q["speaker_end"]] == q["speaker_text"]


@pytest.mark.model
def test_terminal_listing_and_an_article_without_quotes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quiet = tmp_path / "quiet.txt"
    quiet.write_text("The ferry left Brindle at noon and reached the island later.", "utf-8")
    port = tmp_path / "port.txt"
    port.write_text(ARTICLE, encoding="utf-8")
    assert main(["quotes", str(port), str(quiet)]) == 0
    out = capsys.readouterr().out
    assert "Lena Ostrova" in out and "written 'She'" in out and "no quotes found" in out


def test_bad_input_gives_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["quotes", str(empty)]) == 2
    err = capsys.readouterr().err
    assert "empty.txt" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
