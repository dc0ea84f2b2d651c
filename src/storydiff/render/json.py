"""The versioned JSON output (schema: docs/schema.md, src/storydiff/schema/, generated from
the model by `storydiff.model.schema`)."""

from __future__ import annotations

import json

from ..model import Comparison


def render_json(comparison: Comparison, *, indent: int | None = 2) -> str:
    return json.dumps(comparison.to_dict(), ensure_ascii=False, indent=indent) + "\n"
