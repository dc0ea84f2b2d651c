"""JSON and JSON Lines article records: outlet, title, published, url, text."""

from __future__ import annotations

import json

from ..errors import InputError
from ..model import Article
from ..model.serialize import JSONValue
from .text import article_body, article_from_fields

_FIELDS = ("outlet", "title", "published", "url", "language", "text")


def parse_records(text: str, name: str, *, default_outlet: str, jsonl: bool) -> list[Article]:
    records: list[JSONValue]
    if jsonl:
        records = []
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                records.append(load_json(line, f"{name}, line {number}"))
    else:
        loaded = load_json(text, name)
        records = loaded if isinstance(loaded, list) else [loaded]
    if not records:
        raise InputError(name, "holds no article records", "Add records with a 'text' field")
    articles = []
    for number, record in enumerate(records, start=1):
        where = name if len(records) == 1 else f"{name}, record {number}"
        articles.append(record_to_article(record, where, default_outlet))
    return articles


def load_json(text: str, where: str) -> JSONValue:
    try:
        value: JSONValue = json.loads(text)
        return value
    except json.JSONDecodeError as error:
        raise InputError(
            where,
            f"is not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})",
            "Fix the JSON, or save the article as .txt",
        ) from None


def record_to_article(record: JSONValue, where: str, default_outlet: str) -> Article:
    if not isinstance(record, dict):
        raise InputError(where, "is not a JSON object", f"Write an object with {_FIELDS}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "has no 'text' field", "Put the article body in 'text'")
    for key in _FIELDS:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise InputError(where, f"field '{key}' is not a string", f"Write '{key}' as a string")
    body = article_body(text.replace("\r\n", "\n"), where)
    fields = {key: value for key in _FIELDS if isinstance(value := record.get(key), str)}
    return article_from_fields(body, fields, where, default_outlet=default_outlet)
