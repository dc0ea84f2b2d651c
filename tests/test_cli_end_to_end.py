"""The CLI on a bundled example, every output format (model test)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import storydiff
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
