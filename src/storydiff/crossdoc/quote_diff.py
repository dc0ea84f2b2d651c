"""Word by word, how one version of a quote differs from another: the words each adds, drops
or replaces, with offsets into both articles (`difflib` over case- and accent-folded words).
"""

from __future__ import annotations

import difflib
import re

from ..model import Quote, WordChange
from ..text import fold

_WORD = re.compile(r"\w+(?:['’]\w+)*")


def _tokens(text: str, quote: Quote) -> list[tuple[str, int, int]]:
    parts = quote.parts or ((quote.start, quote.end),)
    tokens = []
    for start, end in parts:
        for match in _WORD.finditer(text, start, end):
            tokens.append((fold(match.group()), match.start(), match.end()))
    return tokens


def word_changes(
    reference_text: str, reference: Quote, version_text: str, version: Quote
) -> tuple[WordChange, ...]:
    """Words added, dropped or replaced going from the reference wording to a version, with
    the offsets of both sides in their own articles."""
    ref = _tokens(reference_text, reference)
    ver = _tokens(version_text, version)
    matcher = difflib.SequenceMatcher(
        None, [t[0] for t in ref], [t[0] for t in ver], autojunk=False
    )
    changes = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        r_start, r_end = _bounds(ref, i1, i2, reference.start)
        v_start, v_end = _bounds(ver, j1, j2, version.start)
        changes.append(
            WordChange(
                op,
                reference_text[r_start:r_end],
                version_text[v_start:v_end],
                r_start,
                r_end,
                v_start,
                v_end,
            )
        )
    return tuple(changes)


def _bounds(tokens: list[tuple[str, int, int]], i1: int, i2: int, fallback: int) -> tuple[int, int]:
    if i2 > i1:
        return tokens[i1][1], tokens[i2 - 1][2]
    # an empty side of an insert or delete: the point between its neighbours
    point = tokens[i1][1] if i1 < len(tokens) else (tokens[-1][2] if tokens else fallback)
    return point, point
