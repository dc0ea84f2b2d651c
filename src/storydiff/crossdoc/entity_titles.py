"""Open titles across articles: 'the attorney general' in an article that names Ana Dale but
never titles her (or names no one so) is the one person the other articles of the story
title so ('Attorney General Ana Dale'); with none such, or two, it is no actor of its own
and leaves the naming table. Used by `entities.link_entities`.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from ..extract.mention_parts import OPEN_TITLE_KEY
from ..model import Mention
from ..text import fold

__all__ = ["resolve_open_titles"]

logger = logging.getLogger(__name__)

# Words before a title that make it another office ('Vice President Ana Dale' is not 'the
# president', nor is 'former President Ivo Brant').
_OTHER_OFFICE_WORDS = frozenset(
    {"vice", "deputy", "assistant", "former", "ex", "acting", "interim", "late", "first"}
)


def resolve_open_titles(by_key: dict[str, list[Mention]]) -> None:
    """Move each open title's mentions to the one person the other mentions title so, or
    drop them (see the module docstring)."""
    for key in [k for k in by_key if k.startswith(OPEN_TITLE_KEY)]:
        title = key.removeprefix(OPEN_TITLE_KEY).split()
        holders = [
            other
            for other, mentions in by_key.items()
            if not other.startswith(OPEN_TITLE_KEY)
            and any(m.type == "person" and _titled(m.text, title) for m in mentions)
        ]
        opened = by_key.pop(key)
        if len(holders) != 1:
            logger.debug("open title %r: %d holders, dropped", key, len(holders))
            continue
        target = by_key[holders[0]]
        named = next((m for m in target if m.kind == "name"), target[0])
        # named as the holder, keyed as the article keyed it (what maps it to its actor)
        target.extend(replace(m, name=named.name) for m in opened)


def _titled(text: str, title: list[str]) -> bool:
    """The words of a mention hold the title, and no word before it makes it another
    office ('President Ana Dale', 'the president'; not 'Vice President Ana Dale')."""
    words = [fold(w).rstrip(".,") for w in text.split()]
    size = len(title)
    for i in range(len(words) - size + 1):
        if words[i : i + size] == title and (i == 0 or words[i - 1] not in _OTHER_OFFICE_WORDS):
            return True
    return False
