"""Fallbacks are never silent: each logs what it did, and `--verbose` shows it on stderr."""

from __future__ import annotations

import logging
from pathlib import Path
from types import SimpleNamespace

import pytest

from storydiff.cli import main
from storydiff.embed import _use_native_tokenizer
from storydiff.extract.timexpr import find_time_expressions
from storydiff.ingest.html import parse_html
from storydiff.ingest.text import decode_bytes

BODY = (
    "The council of Brindle voted on Monday to close the old ferry pier after engineers found "
    "cracks in two of its pillars. The mayor said repairs would take a year, and the café on "
    "the pier will move to the harbour front, its owner said."
)


def messages(caplog: pytest.LogCaptureFixture, logger: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == logger]


def test_an_encoding_conversion_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="storydiff"):
        text = decode_bytes(BODY.encode("cp1252"), "pier.txt")
    assert text == BODY
    logged = messages(caplog, "storydiff.ingest.text")
    assert logged == ["pier.txt: not UTF-8; read as Windows-1252"]


def test_utf8_input_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="storydiff"):
        decode_bytes(BODY.encode("utf-8"), "pier.txt")
    assert messages(caplog, "storydiff.ingest.text") == []


def test_an_unreadable_html_date_is_logged(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trafilatura

    page = SimpleNamespace(
        text=BODY, title=None, date="sometime in March", sitename="Pier Post", url=None
    )
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda html, **options: page)
    with caplog.at_level(logging.WARNING, logger="storydiff"):
        article = parse_html("<html></html>", "pier.html", default_outlet="pier")
    assert article.published is None
    (warning,) = messages(caplog, "storydiff.ingest.html")
    assert "pier.html" in warning and "'sometime in March'" in warning and "undated" in warning


def test_an_unreadable_publication_date_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="storydiff"):
        (expression,) = find_time_expressions("The pier closed on Tuesday.", "last week")
    assert expression.value is None
    assert any("'last week'" in m for m in messages(caplog, "storydiff.extract.timexpr"))


def test_an_impossible_date_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="storydiff"):
        found = find_time_expressions("The vote is on February 30, 2026.", "2026-02-01")
    assert all(e.kind != "date" for e in found)
    assert any("2026-02-30" in m for m in messages(caplog, "storydiff.extract.timexpr"))


def test_keeping_usem3s_tokenizer_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="storydiff"):
        swapped = _use_native_tokenizer(object())  # no '_sp' attribute to replace
    assert not swapped
    assert any("keeping its own tokenizer" in m for m in messages(caplog, "storydiff.embed"))


def test_verbose_flag_shows_fallbacks_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a cp1252 file, and a second that stops the run before any model loads
    (tmp_path / "pier.txt").write_bytes(BODY.encode("cp1252"))
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    files = [str(tmp_path / "pier.txt"), str(tmp_path / "empty.txt")]
    try:
        assert main(["compare", *files]) == 2
        quiet = capsys.readouterr().err
        assert main(["compare", *files, "--verbose"]) == 2
        verbose = capsys.readouterr().err
        assert main(["compare", *files, "-vv"]) == 2
        assert capsys.readouterr().err == verbose  # nothing at DEBUG on this path
    finally:
        main_logger = logging.getLogger("storydiff")
        main_logger.setLevel(logging.NOTSET)
    assert "Windows-1252" not in quiet
    assert "storydiff: INFO: storydiff.ingest.text:" in verbose
    assert "pier.txt: not UTF-8; read as Windows-1252" in verbose
    assert verbose.count("the file is empty") == 1
    assert len([h for h in main_logger.handlers if type(h).__name__ == "_LogHandler"]) == 1
