"""The README and docs/schema.md say what the code does: the commands, the schema version."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

import storydiff
from storydiff.cli import build_parser

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
SCHEMA_DOC = (REPO / "docs" / "schema.md").read_text(encoding="utf-8")
MAKEFILE = (REPO / "Makefile").read_text(encoding="utf-8")


def code_blocks(markdown: str) -> list[str]:
    return re.findall(r"^```[a-z]*\n(.*?)^```", markdown, flags=re.DOTALL | re.MULTILINE)


def commands(block: str) -> list[str]:
    """The command of each line of a shell block, without its `# comment`."""
    return [re.split(r"\s#\s", line)[0].strip() for line in block.splitlines() if line.strip()]


def readme_cli_lines() -> list[str]:
    return [
        c for block in code_blocks(README) for c in commands(block) if c.startswith("storydiff ")
    ]


def test_readme_starts_with_make_demo_and_make_test_and_both_targets_exist() -> None:
    first = code_blocks(README)[0]
    assert README.index(first) < README.index("\n## "), "the set-up block leads the README"
    assert commands(first) == ["make demo", "make test"]
    targets = set(re.findall(r"^([A-Za-z][\w-]*):", MAKEFILE, flags=re.MULTILINE))
    assert {"demo", "test"} <= targets


def test_readme_shows_every_subcommand_and_each_example_parses() -> None:
    lines = readme_cli_lines()
    assert lines, "the README shows no storydiff command"
    parser = build_parser()
    shown = set()
    for line in lines:
        # '[--format json]' marks an optional part: the line must parse without it
        argv = shlex.split(re.sub(r"\s*\[[^\]]*\]", "", line))[1:]
        args = parser.parse_args(argv)  # an unknown subcommand or option exits here
        shown.add(args.command)
    subparsers = next(a for a in parser._actions if a.dest == "command")
    assert shown == set(subparsers.choices)  # type: ignore[arg-type]


def test_an_unknown_subcommand_would_be_caught() -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["diff", "a.txt", "b.txt"])


def test_readme_states_the_schema_version_the_code_writes() -> None:
    stated = {int(v) for v in re.findall(r'"schema_version": (\d+)', README)}
    assert stated == {storydiff.SCHEMA_VERSION}
    schemas = set(re.findall(r"comparison-v(\d+)\.json", README))
    assert schemas == {str(storydiff.SCHEMA_VERSION)}
    assert (
        REPO / "src" / "storydiff" / "schema" / f"comparison-v{storydiff.SCHEMA_VERSION}.json"
    ).is_file()


def test_schema_doc_states_the_schema_version_the_code_writes() -> None:
    title = re.match(r"# JSON output, schema version (\d+)", SCHEMA_DOC)
    assert title is not None and int(title.group(1)) == storydiff.SCHEMA_VERSION
    stated = {int(v) for v in re.findall(r'"schema_version": (\d+)', SCHEMA_DOC)}
    assert stated == {storydiff.SCHEMA_VERSION}


def test_readme_python_api_names_exist() -> None:
    python = [block for block in code_blocks(README) if "import storydiff" in block]
    assert python, "the README has no Python API example"
    names = set(re.findall(r"\bstorydiff\.(\w+)", "\n".join(python)))
    assert names, "the Python example uses no storydiff names"
    assert all(hasattr(storydiff, name) for name in names), names - set(dir(storydiff))
