"""The CLI on a bundled example, every output format (model test)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import storydiff
from helpers import ArticleServer
from storydiff.cli import main

pytestmark = pytest.mark.model


def example_files(examples_dir: Path) -> list[str]:
    event = examples_dir / "port-aldric-council-hack"
    return [str(p) for p in sorted(event.iterdir()) if p.name != "expected.json"]


def test_terminal_report(examples_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", *example_files(examples_dir), "-q"]) == 0
    out = capsys.readouterr().out
    assert "Reported by both" in out and "Only in TechLedger" in out


def test_json_and_html_files(examples_dir: Path, tmp_path: Path) -> None:
    files = example_files(examples_dir)
    assert main(["compare", *files, "-f", "json", "-o", str(tmp_path / "out.json"), "-q"]) == 0
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert data["schema_version"] == storydiff.SCHEMA_VERSION and len(data["articles"]) == 2
    assert main(["compare", *files, "-f", "html", "-o", str(tmp_path / "r.html"), "-q"]) == 0
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    # The TechLedger article quotes injected code; the report must show it, not run it.
    assert '&lt;script&gt;alert("x")&lt;/script&gt;' in html or "&lt;script&gt;alert(" in html
    assert '<script>alert("x")' not in html


def test_entities_and_quotes_of_a_url_use_outlet_names(
    examples_dir: Path, capsys: pytest.CaptureFixture[str], article_server: ArticleServer
) -> None:
    files = example_files(examples_dir)
    page = Path(files[1]).read_text(encoding="utf-8").split("---\n", 2)[2]
    article_server.routes["/2026/04/06/hack"] = (
        200, {"Content-Type": "text/plain; charset=utf-8"}, page.encode(), 0.0
    )  # fmt: skip
    url = article_server.url("/2026/04/06/hack")
    names = ["--outlet", "Evening Post", "--outlet", "Tech Wire"]
    assert main(["entities", files[0], url, *names]) == 0
    header = next(line for line in capsys.readouterr().out.splitlines() if "┃ actor" in line)
    assert "Evening Post" in header and "Tech Wire" in header
    assert "evening-post" not in header and "tech-wire" not in header
    assert main(["quotes", url, "--outlet", "Tech Wire", "-f", "json"]) == 0
    (article,) = json.loads(capsys.readouterr().out)["articles"]
    assert article["url"] == url and article["outlet"] == "Tech Wire"
