"""The generated `to_dict()` and schema: per-field options, key order, and layout errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import jsonschema
import pytest

from storydiff.model import (
    Article,
    ArticleQuotes,
    Member,
    Quote,
    QuoteGroup,
    QuoteVersion,
    Span,
    StatementGroup,
    TimeExpression,
)
from storydiff.model.schema import json_schema
from storydiff.model.serialize import JSONSerializable, json_meta


@dataclass(frozen=True)
class Inner(JSONSerializable):
    start: int
    label: str | None = None


@dataclass(frozen=True)
class Outer(JSONSerializable):
    name: str
    score: float = field(metadata=json_meta(round_to=2))
    shares: dict[str, float] = field(metadata=json_meta(round_to=1))
    hidden: str = field(default="x", metadata=json_meta(omit=True))
    inner: Inner = field(default=Inner(0), metadata=json_meta(flatten=True))
    pair: tuple[int, str] = (1, "a")
    kind: Literal["a", "b"] = "a"
    items: tuple[Inner, ...] = ()
    note: str | None = field(default=None, metadata=json_meta(optional=True))

    json_keys = ("kind", "name", "score", "doubled", "shares", "inner", "pair", "items", "note")

    @property
    def doubled(self) -> float:
        return self.score * 2


def test_options_order_rounding_flatten_and_omit() -> None:
    outer = Outer("n", 0.123456, {"b": 0.26, "a": 1.04}, inner=Inner(3, "l"), items=(Inner(4),))
    assert list(outer.to_dict().items()) == [
        ("kind", "a"),
        ("name", "n"),
        ("score", 0.12),
        ("doubled", 0.246912),
        ("shares", {"b": 0.3, "a": 1.0}),
        ("start", 3),
        ("label", "l"),
        ("pair", [1, "a"]),
        ("items", [{"start": 4, "label": None}]),
        ("note", None),
    ]


def test_schema_follows_the_layout() -> None:
    schema = json_schema(Outer)
    assert schema["required"] == [
        "kind", "name", "score", "doubled", "shares", "start", "label", "pair", "items"
    ]  # fmt: skip
    outer = Outer("n", 0.5, {"a": 0.5}, items=(Inner(1),))
    jsonschema.validate(outer.to_dict(), schema)
    jsonschema.validate({k: v for k, v in outer.to_dict().items() if k != "note"}, schema)
    for broken in ({"kind": "c"}, {"pair": [1, 2]}, {"label": 3}, {"start": -1}, {"hidden": "x"}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate({**outer.to_dict(), **broken}, schema)


def test_json_keys_must_name_every_written_field() -> None:
    @dataclass(frozen=True)
    class Forgetful(JSONSerializable):
        a: int
        b: int

        json_keys = ("a",)

    with pytest.raises(TypeError, match="leaves out fields"):
        Forgetful(1, 2).to_dict()


def test_model_json_as_before() -> None:
    article = Article("Text here.", "Harbour Gazette", source="/tmp/x.txt")
    assert list(article.to_dict()) == [
        "id", "outlet", "title", "published", "url", "language", "dateline", "byline", "text"
    ]  # fmt: skip
    group = StatementGroup("s1", "shared", 0.123456, (Member("a", 0, 0, 4, "Text"),))
    assert group.to_dict()["similarity"] == 0.1235
    assert group.to_dict()["articles"] == ["a"]
    quote = Quote(0, 0, 2, 6, "said", "direct")
    version = QuoteVersion("a", quote, similarity=0.87654)
    data = QuoteGroup("q1", None, (version,)).to_dict()
    member = data["members"][0]  # type: ignore[index]
    assert member["parts"] == [{"start": 2, "end": 6}]  # type: ignore[index,call-overload]
    assert member["similarity"] == 0.8765  # type: ignore[index,call-overload]
    assert data["reference"] == "a"
    quotes = ArticleQuotes(article, (quote,)).to_dict()
    assert list(quotes)[-2:] == ["text", "quotes"]
    assert TimeExpression(0, 4, "2024", "year", "2024").to_dict()["end_value"] is None
    assert Span("a", 1, 2, "b").to_dict() == {"article": "a", "start": 1, "end": 2, "text": "b"}
