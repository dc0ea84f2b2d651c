"""The JSON output validates against the published schema (hand-built comparison), and the
published schema is the one generated from the model dataclasses."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema

from helpers import analysis
from storydiff import SCHEMA_VERSION, compare_analyses
from storydiff.model.schema import json_schema
from storydiff.render import render_json


def schema() -> dict[str, object]:
    path = resources.files("storydiff").joinpath("schema", f"comparison-v{SCHEMA_VERSION}.json")
    loaded: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def test_committed_schema_is_the_generated_one() -> None:
    path = resources.files("storydiff").joinpath("schema", f"comparison-v{SCHEMA_VERSION}.json")
    generated = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    assert path.read_text(encoding="utf-8") == generated, "stale schema file: run `make schema`"


def test_generated_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


def small_comparison():  # type: ignore[no-untyped-def]
    left = analysis(
        "Harbour Gazette", ["The dam gates were opened.", "Rain fell."], [[1, 0], [0, 1]]
    )
    right = analysis("Lorrin Courier", ["Engineers opened the dam gates."], [[1, 0.1]])
    return compare_analyses([left, right])


def test_output_validates_and_round_trips() -> None:
    data = json.loads(render_json(small_comparison()))
    jsonschema.validate(data, schema())
    assert data["schema_version"] == SCHEMA_VERSION
    for key in ("quotes", "entities", "conflicts"):
        assert data[key] == []
    # hand-built articles have no publication date: nothing is dated, and that is said
    assert data["timeline"]["events"] == []
    assert data["timeline"]["undated_articles"] == ["harbour-gazette", "lorrin-courier"]


def test_schema_rejects_a_member_without_offsets() -> None:
    data = json.loads(render_json(small_comparison()))
    del data["statements"][0]["members"][0]["start"]
    try:
        jsonschema.validate(data, schema())
    except jsonschema.ValidationError:
        return
    raise AssertionError("a member without 'start' passed validation")


def test_member_offsets_slice_the_article_text() -> None:
    data = json.loads(render_json(small_comparison()))
    texts = {a["id"]: a["text"] for a in data["articles"]}
    for group in data["statements"]:
        for member in group["members"]:
            assert texts[member["article"]][member["start"] : member["end"]] == member["text"]


def comparison_with_quotes():  # type: ignore[no-untyped-def]
    from test_quote_groups import pair

    return compare_analyses(pair())  # two articles of quotes (no statement units)


def test_quotes_and_speakers_validate() -> None:
    data = json.loads(render_json(comparison_with_quotes()))
    jsonschema.validate(data, schema())
    assert len(data["quotes"]) == 3 and len(data["speakers"]) == 3
    texts = {a["id"]: a["text"] for a in data["articles"]}
    for group in data["quotes"]:
        for member in group["members"]:
            assert texts[member["article"]][member["start"] : member["end"]] == member["text"]
            for change in member["changes"]:
                version = texts[member["article"]]
                assert version[change["version_start"] : change["version_end"]] == change["version"]
    broken = json.loads(render_json(comparison_with_quotes()))
    broken["quotes"][0]["members"][0]["direct"] = "yes"
    try:
        jsonschema.validate(broken, schema())
    except jsonschema.ValidationError:
        return
    raise AssertionError("a quote member with a non-boolean 'direct' passed validation")


def test_committed_outlets_schema_is_the_generated_one() -> None:
    from storydiff.model.outlets import OUTLETS_SCHEMA_VERSION
    from storydiff.model.schema import published_schema

    name = f"outlets-v{OUTLETS_SCHEMA_VERSION}.json"
    path = resources.files("storydiff").joinpath("schema", name)
    generated = json.dumps(published_schema("outlets"), ensure_ascii=False, indent=2) + "\n"
    assert path.read_text(encoding="utf-8") == generated, "stale schema file: run `make schema`"
    jsonschema.Draft202012Validator.check_schema(json.loads(generated))
