"""Datelines and bylines in plain text: outlet, place and date, with offsets into the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from storydiff import Article
from storydiff.ingest.dateline import read_header, year_in_url

REPORT = "Dock workers in Orlow walked out on Tuesday over unpaid overtime, the union said."


@pytest.mark.parametrize(
    ("head", "place", "date", "outlet"),
    [
        ("ORLOW, December 28. /KNA/. ", "ORLOW", "--12-28", "KNA"),
        ("ORLOW (Harbour Wire) - ", "ORLOW", None, "Harbour Wire"),
        ("ORLOW/VESSEN, Dec 27 (Harbour Wire) - ", "ORLOW/VESSEN", "--12-27", "Harbour Wire"),
        ("PORT ORLOW, March 3, 2026 (HW) — ", "PORT ORLOW", "2026-03-03", "HW"),
        ("ORLOW - ", "ORLOW", None, None),
        ("ORLOW, Smarch 40 (HW) - ", "ORLOW", None, "HW"),  # not a date: no date
    ],
)
def test_dateline_parts(head: str, place: str, date: str | None, outlet: str | None) -> None:
    text = "Dockers strike\n\n" + head + REPORT
    dateline = read_header(text).dateline
    assert dateline is not None
    assert (dateline.place, dateline.date, dateline.outlet) == (place, date, outlet)
    assert text[dateline.start : dateline.end] == dateline.text
    assert head.startswith(dateline.text)


def test_year_comes_only_from_something_that_says_it() -> None:
    text = "ORLOW, December 28. /KNA/. " + REPORT
    assert read_header(text).published is None  # partial: no year anywhere
    dated = read_header(text, url="https://kna.example/en/2025/12/28/dockers")
    assert dated.dateline is not None and dated.dateline.date == "2025-12-28"
    assert dated.published == "2025-12-28"
    assert year_in_url("https://kna.example/news/dockers-strike-1234") is None
    assert year_in_url("https://kna.example/20251228/dockers") == 2025


def test_byline_authors_and_outlet() -> None:
    text = "By Mara Olsen and Piet van Dam | Harbour Wire\nORLOW - " + REPORT
    header = read_header(text)
    assert header.byline is not None
    assert header.byline.authors == ("Mara Olsen", "Piet van Dam")
    assert header.byline.outlet == "Harbour Wire"
    assert text[header.byline.start : header.byline.end] == header.byline.text
    assert header.dateline is not None and header.dateline.place == "ORLOW"


@pytest.mark.parametrize(
    "text",
    [
        REPORT,
        "By Tuesday the dock was empty and the union had called a second strike.",
        "NATO said on Tuesday that the exercise would go ahead.",
    ],
)
def test_no_header_where_there_is_none(text: str) -> None:
    header = read_header(text)
    assert header.dateline is None and header.byline is None


def test_plain_text_file_takes_outlet_and_date_from_its_dateline(tmp_path: Path) -> None:
    path = tmp_path / "kna-dockers.txt"
    path.write_text("Dockers strike\n\nORLOW, March 3, 2026 (KNA) - " + REPORT, encoding="utf-8")
    article = Article.from_path(path)
    assert (article.outlet, article.published) == ("KNA", "2026-03-03")
    assert article.dateline is not None and article.dateline.place == "ORLOW"


def test_front_matter_wins_over_the_dateline(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    front = "---\noutlet: Orlow Post\npublished: 2026-03-04\n---\n"
    path.write_text(front + "ORLOW, March 3, 2026 (KNA) - " + REPORT, encoding="utf-8")
    article = Article.from_path(path)
    assert (article.outlet, article.published) == ("Orlow Post", "2026-03-04")
    assert article.dateline is not None and article.dateline.date == "2026-03-03"


def test_partial_date_leaves_published_empty_but_says_the_day(tmp_path: Path) -> None:
    path = tmp_path / "kna.txt"
    path.write_text("ORLOW, December 28. /KNA/. " + REPORT, encoding="utf-8")
    article = Article.from_path(path)
    assert article.published is None
    assert article.dateline is not None and article.dateline.date == "--12-28"
    assert article.to_dict()["dateline"]["date"] == "--12-28"
