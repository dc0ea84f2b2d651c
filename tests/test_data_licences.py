"""Every file shipped in `storydiff/data` has an entry in `data/LICENSES.md`, with a source, a
licence and the script that rebuilds it."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = resources.files("storydiff").joinpath("data")
RESTRICTED = ("AGPL", "research use", "research-only", "non-commercial")


def _table() -> dict[str, list[str]]:
    """File name -> the cells of its row in LICENSES.md (a row may name several files)."""
    rows: dict[str, list[str]] = {}
    for line in DATA.joinpath("LICENSES.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("|") or len(cells) < 5:
            continue
        for name in re.findall(r"`([^`]+)`", cells[0]):
            rows[name] = cells
    return rows


def _shipped() -> list[str]:
    return sorted(p.name for p in DATA.iterdir() if p.is_file() and p.name != "LICENSES.md")


def _unlisted(names: list[str], table: dict[str, list[str]]) -> list[str]:
    return [name for name in names if name not in table]


def test_every_shipped_data_file_has_a_licence_entry() -> None:
    missing = _unlisted(_shipped(), _table())
    assert not missing, f"add these to src/storydiff/data/LICENSES.md: {missing}"


def test_entries_name_source_licence_and_an_existing_build_script() -> None:
    for name, (_, source, licence, how, script, *_) in _table().items():
        assert source and licence and how, name
        paths = re.findall(r"`((?:benchmarks|tools)/[^`]+\.py)`", script)
        assert paths, f"{name}: no build script under benchmarks/ or tools/"
        for path in paths:
            assert (REPO / path).is_file(), f"{name}: {path} does not exist"


def test_no_shipped_file_derives_from_restricted_data() -> None:
    for name, (_, source, licence, *_) in _table().items():
        for word in RESTRICTED:
            assert word.lower() not in (source + licence).lower(), (name, word)


def test_check_reports_a_file_without_an_entry() -> None:
    assert _unlisted([*_shipped(), "stray.json"], _table()) == ["stray.json"]
