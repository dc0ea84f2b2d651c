"""The one way a result dataclass becomes JSON: walk its fields, apply per-field options.

A dataclass's JSON object has one key per field, in field order, unless the field or the
class says otherwise:

- `field(metadata=json_meta(round_to=4))` rounds the field's floats (also inside a dict);
- `json_meta(omit=True)` leaves the field out;
- `json_meta(source="name")` writes the value of another attribute (usually a property)
  under the field's key;
- `json_meta(flatten=True)` writes a nested dataclass's keys in place of the field;
- `json_meta(schema={...})` adds JSON Schema keywords to the generated schema (`schema.py`);
- `json_meta(optional=True)`: the schema does not require the key (it was added within a
  schema version, so older documents of that version lack it);
- a class attribute `json_keys` gives the key order when it differs from the field order;
  a name in it that is not a field is a property (`StatementGroup.articles`).

Tuples and lists become lists, dicts stay dicts, nested dataclasses recurse.
`schema.py` reads the same layout, so the JSON and its schema cannot drift apart.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar, TypeAlias

JSONValue: TypeAlias = "str | int | float | bool | list[JSONValue] | dict[str, JSONValue] | None"
JSONObject: TypeAlias = "dict[str, JSONValue]"

_META_KEY = "storydiff.json"
_SCALARS = frozenset({str, int, bool, type(None)})
_PLAIN = str | bool | int


@dataclass(frozen=True)
class JSONOptions:
    """How one field is written (see the module docstring)."""

    round_to: int | None = None
    omit: bool = False
    source: str | None = None
    flatten: bool = False
    schema: Mapping[str, JSONValue] = dataclasses.field(default_factory=dict)
    optional: bool = False


def json_meta(
    *,
    round_to: int | None = None,
    omit: bool = False,
    source: str | None = None,
    flatten: bool = False,
    schema: Mapping[str, JSONValue] | None = None,
    optional: bool = False,
) -> dict[str, JSONOptions]:
    """Field metadata for `dataclasses.field(metadata=...)`."""
    options = JSONOptions(round_to, omit, source, flatten, dict(schema or {}), optional)
    return {_META_KEY: options}


def options_of(item: dataclasses.Field[object]) -> JSONOptions:
    found = item.metadata.get(_META_KEY)
    return found if isinstance(found, JSONOptions) else JSONOptions()


@dataclass(frozen=True)
class JSONKey:
    """One key of a class's JSON object: where its value comes from and how it is written."""

    key: str
    attribute: str
    """The field or property read for the value."""
    options: JSONOptions
    field: dataclasses.Field[object] | None
    """The dataclass field behind the key; None for a property."""


_LAYOUTS: dict[type, tuple[JSONKey, ...]] = {}


def layout(cls: type) -> tuple[JSONKey, ...]:
    """The keys of `cls`'s JSON object, in order (checked against the fields once per class)."""
    found = _LAYOUTS.get(cls)
    if found is None:
        found = _LAYOUTS[cls] = _layout(cls)
    return found


def _layout(cls: type) -> tuple[JSONKey, ...]:
    fields = {f.name: f for f in dataclasses.fields(cls)}
    written = [name for name, f in fields.items() if not options_of(f).omit]
    order: tuple[str, ...] | None = getattr(cls, "json_keys", None)
    if order is None:
        order = tuple(written)
    missing = [name for name in written if name not in order]
    if missing:
        raise TypeError(f"{cls.__name__}.json_keys leaves out fields {missing}")
    keys = []
    for name in order:
        item = fields.get(name)
        if item is None:
            if not isinstance(getattr(cls, name, None), property):
                raise TypeError(f"{cls.__name__}.json_keys names {name!r}, not a field/property")
            keys.append(JSONKey(name, name, JSONOptions(), None))
            continue
        options = options_of(item)
        if options.omit:
            raise TypeError(f"{cls.__name__}.json_keys names {name!r}, which is omitted")
        keys.append(JSONKey(name, options.source or name, options, item))
    return tuple(keys)


def to_json(obj: object) -> JSONObject:
    """The JSON object of a result dataclass instance."""
    out: JSONObject = {}
    for key, attribute, flatten, round_to in _plan(type(obj)):
        value = getattr(obj, attribute)
        if type(value) in _SCALARS:  # most values: skip the call (to_dict runs per object)
            out[key] = value
        elif flatten:
            out.update(to_json(value))
        else:
            out[key] = encode(value, round_to)
    return out


_PLANS: dict[type, tuple[tuple[str, str, bool, int | None], ...]] = {}


def _plan(cls: type) -> tuple[tuple[str, str, bool, int | None], ...]:
    """`layout(cls)` as plain tuples, read once per object."""
    found = _PLANS.get(cls)
    if found is None:
        found = tuple(
            (k.key, k.attribute, k.options.flatten, k.options.round_to) for k in layout(cls)
        )
        _PLANS[cls] = found
    return found


def encode(value: object, round_to: int | None = None) -> JSONValue:
    """A value a result holds, as JSON (floats rounded to `round_to` places when given)."""
    if hasattr(type(value), "__dataclass_fields__"):
        return to_json(value)
    if value is None or isinstance(value, _PLAIN):
        return value
    if isinstance(value, float):
        return value if round_to is None else round(value, round_to)
    if isinstance(value, tuple | list):
        return [encode(item, round_to) for item in value]
    if isinstance(value, Mapping):
        return {str(k): encode(v, round_to) for k, v in value.items()}
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


class JSONSerializable:
    """Gives a result dataclass `to_dict()`, generated from its fields (module docstring)."""

    json_keys: ClassVar[tuple[str, ...] | None] = None

    def to_dict(self) -> JSONObject:
        return to_json(self)
