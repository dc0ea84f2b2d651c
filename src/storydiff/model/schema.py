"""The JSON Schema (draft 2020-12) of `Comparison.to_dict()`, generated from the dataclasses.

It reads the same layout as the serializer (`serialize.layout`), so the schema describes the
JSON as written: field and property types give the keywords (str, int, float, bool, None
unions, Literal -> enum, tuples and lists -> arrays, dict[str, X] -> objects, nested
dataclasses -> `$defs`), and `json_meta(schema=...)` adds the constraints types cannot say.
Every integer in the model is a character offset, an index or a count, hence `minimum: 0`.

`make schema` writes `src/storydiff/schema/comparison-v<SCHEMA_VERSION>.json` with
`python -m storydiff.model.schema`, and the outlet report's
`outlets-v<OUTLETS_SCHEMA_VERSION>.json` with `python -m storydiff.model.schema outlets`;
tests check the committed files are up to date.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import types
import typing
from collections.abc import Mapping
from typing import Literal, Union, get_args, get_origin

from .comparison import Comparison
from .core import SCHEMA_VERSION
from .outlets import OUTLETS_SCHEMA_VERSION, OutletReport
from .serialize import JSONKey, JSONObject, JSONValue, layout

_SCALARS: dict[object, JSONObject] = {
    str: {"type": "string"},
    int: {"type": "integer", "minimum": 0},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    type(None): {"type": "null"},
}


SCHEMAS: dict[str, tuple[type, int]] = {
    "comparison": (Comparison, SCHEMA_VERSION),
    "outlets": (OutletReport, OUTLETS_SCHEMA_VERSION),
}
"""Each published document: its root dataclass and schema version."""


def json_schema(root: type = Comparison, *, name: str = "comparison") -> JSONObject:
    """The schema of `root`'s JSON, with every nested dataclass under `$defs`; `name` is the
    document's name in `SCHEMAS` (it gives the `$id`, title and version)."""
    version = SCHEMAS[name][1]
    defs: dict[str, JSONValue] = {}
    body = _object_schema(root, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://storydiff.example/schema/{name}-v{version}.json",
        "title": f"storydiff {name}, schema version {version}",
        "description": "Generated from storydiff.model by `python -m storydiff.model.schema"
        + ("" if name == "comparison" else f" {name}")
        + "`.",
        **body,
        "$defs": defs,
    }


def _object_schema(cls: type, defs: dict[str, JSONValue]) -> JSONObject:
    properties: JSONObject = {}
    required: list[JSONValue] = []
    for key in layout(cls):
        value_type = _type_of(cls, key)
        if key.options.flatten:
            if not isinstance(value_type, type):
                raise TypeError(f"{cls.__name__}.{key.key}: only a dataclass can be flattened")
            nested = _object_schema(value_type, defs)
            properties.update(_as_object(nested["properties"]))
            required.extend(_as_list(nested["required"]))
            continue
        schema = _schema_of(value_type, defs)
        _merge(schema, key.options.schema)
        properties[key.key] = schema
        if not key.options.optional:
            required.append(key.key)
    return {
        "type": "object",
        "additionalProperties": False,
        "required": required,
        "properties": properties,
    }


def _type_of(cls: type, key: JSONKey) -> object:
    """The declared type of the field or property a key's value is read from."""
    if key.field is not None and key.attribute == key.field.name:
        return typing.get_type_hints(cls)[key.attribute]
    prop = getattr(cls, key.attribute)
    if not isinstance(prop, property) or prop.fget is None:
        raise TypeError(f"{cls.__name__}.{key.attribute} is neither a field nor a property")
    return typing.get_type_hints(prop.fget)["return"]


def _schema_of(value_type: object, defs: dict[str, JSONValue]) -> JSONObject:
    if value_type in _SCALARS:
        return dict(_SCALARS[value_type])
    origin, args = get_origin(value_type), get_args(value_type)
    if origin is Literal:
        return {"enum": list(args)}
    if origin in (Union, types.UnionType):
        return _union_schema(args, defs)
    if origin is list or (origin is tuple and len(args) == 2 and args[1] is Ellipsis):
        return {"type": "array", "items": _schema_of(args[0], defs)}
    if origin is tuple:
        return _fixed_tuple_schema(args, defs)
    if origin is dict and args[0] is str:
        return {"type": "object", "additionalProperties": _schema_of(args[1], defs)}
    if isinstance(value_type, type) and dataclasses.is_dataclass(value_type):
        name = value_type.__name__
        if name not in defs:
            defs[name] = {}  # claimed first, so a class that refers to itself terminates
            defs[name] = _object_schema(value_type, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema for {value_type!r}")


def _union_schema(args: tuple[object, ...], defs: dict[str, JSONValue]) -> JSONObject:
    options = [_schema_of(arg, defs) for arg in args if arg is not type(None)]
    nullable = len(options) < len(args)
    if len(options) == 1 and nullable and isinstance(options[0].get("type"), str):
        # a plain nullable scalar reads best as {"type": ["string", "null"]}
        only = options[0]
        return {**only, "type": [only["type"], "null"]}
    any_of: list[JSONValue] = [*options, {"type": "null"}] if nullable else [*options]
    return {"anyOf": any_of}


def _fixed_tuple_schema(args: tuple[object, ...], defs: dict[str, JSONValue]) -> JSONObject:
    items = [_schema_of(arg, defs) for arg in args]
    schema: JSONObject = {"type": "array", "minItems": len(items), "maxItems": len(items)}
    if all(item == items[0] for item in items):
        schema["items"] = items[0]
    else:
        prefix: list[JSONValue] = list(items)
        schema["prefixItems"] = prefix
        schema["items"] = False
    return schema


def _merge(schema: JSONObject, extra: Mapping[str, JSONValue]) -> None:
    """Add `extra`'s keywords to `schema`, merging into nested schemas rather than replacing."""
    for name, value in extra.items():
        current = schema.get(name)
        if isinstance(current, dict) and isinstance(value, dict):
            _merge(current, value)
        else:
            schema[name] = value


def _as_object(value: JSONValue) -> JSONObject:
    if not isinstance(value, dict):
        raise TypeError(f"expected a JSON object, got {value!r}")
    return value


def _as_list(value: JSONValue) -> list[JSONValue]:
    if not isinstance(value, list):
        raise TypeError(f"expected a JSON array, got {value!r}")
    return value


def published_schema(name: str = "comparison") -> JSONObject:
    """The schema of a document in `SCHEMAS`, by name."""
    return json_schema(SCHEMAS[name][0], name=name)


def main() -> None:
    name = sys.argv[1] if len(sys.argv) > 1 else "comparison"
    sys.stdout.write(json.dumps(published_schema(name), ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
