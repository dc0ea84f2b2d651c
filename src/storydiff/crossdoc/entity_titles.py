"""Open titles across articles: 'the attorney general' in an article that names Ana Dale but
never titles her (or names no one so) is the one person the other articles of the story
title so ('Attorney General Ana Dale'); of several so titled, the one the story is about when
the article names them and they are mentioned far more than every other holder ('the
president' in an article about President Dale that also names President Brant once, in
another article's aside); with none such, or two alike, it is no actor of its own and leaves
the naming table. Likewise an open pact ('the deal' in an article that names no pact) is
the pact the other articles name far more than any other ('the Velmaria accord'), or no
actor. Used by `entities.link_entities`.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from ..extract.mention_pacts import PACT_NOUNS
from ..extract.mention_parts import OPEN_PACT_KEY, OPEN_TITLE_KEY
from ..extract.mention_types import names_pact
from ..model import Mention
from ..text import fold

__all__ = ["resolve_open_pacts", "resolve_open_titles"]

logger = logging.getLogger(__name__)

# Words before a title that make it another office ('Vice President Ana Dale' is not 'the
# president', nor is 'former President Ivo Brant').
_OTHER_OFFICE_WORDS = frozenset(
    {"vice", "deputy", "assistant", "former", "ex", "acting", "interim", "late", "first"}
)
# one holder of several is the one an open title means when the story set mentions them this
# many times more than the next holder (and at least `_DOMINANT_MIN` times)
_DOMINANT_RATIO = 3
_DOMINANT_MIN = 6
# a story names few pacts: one named twice, with no other named near as often, is its pact
_PACT_MIN = 2


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
        holder = _the_holder(holders, opened, by_key)
        if holder is None:
            logger.debug("open title %r: %d holders, dropped", key, len(holders))
            continue
        target = by_key[holder]
        named = next((m for m in target if m.kind == "name"), target[0])
        # named as the holder, keyed as the article keyed it (what maps it to its actor)
        target.extend(replace(m, name=named.name) for m in opened)


def resolve_open_pacts(by_key: dict[str, list[Mention]]) -> None:
    """Move each open pact's mentions to the pact the story's articles name far more than
    any other, or drop them (see the module docstring)."""
    for key in [k for k in by_key if k.startswith(OPEN_PACT_KEY)]:
        opened = by_key.pop(key)
        pacts = [k for k, mentions in by_key.items() if _is_pact(k, mentions)]
        ranked = sorted(pacts, key=lambda k: -len(by_key[k]))
        top = len(by_key[ranked[0]]) if ranked else 0
        runner_up = len(by_key[ranked[1]]) if len(ranked) > 1 else 0
        if top < _PACT_MIN or top < _DOMINANT_RATIO * runner_up:
            logger.debug("open pact %r: %d pacts, dropped", key, len(pacts))
            continue
        target = by_key[ranked[0]]
        named = next((m for m in target if m.kind == "name"), target[0])
        target.extend(replace(m, name=named.name, type=named.type) for m in opened)


def _is_pact(key: str, mentions: list[Mention]) -> bool:
    """A pact an article named: keyed by a pact noun ('the Velmaria deal', 'the Orsk
    Treaty') or written as a pact's name ('the Joint Harbour Plan of Action')."""
    if key.startswith((OPEN_PACT_KEY, OPEN_TITLE_KEY)) or any(m.type == "person" for m in mentions):
        return False
    if key.split()[-1] in PACT_NOUNS:
        return True
    return any(names_pact([fold(w) for w in m.name.split()]) for m in mentions)


def _the_holder(
    holders: list[str], opened: list[Mention], by_key: dict[str, list[Mention]]
) -> str | None:
    """The one holder an open title stands for: the only one, or the one mentioned far more
    than the others that every article of the open title also names."""
    if len(holders) < 2:
        return holders[0] if holders else None
    ranked = sorted(holders, key=lambda h: -len(by_key[h]))
    top, runner_up = len(by_key[ranked[0]]), len(by_key[ranked[1]])
    if top < _DOMINANT_MIN or top < _DOMINANT_RATIO * runner_up:
        return None
    named_in = {m.article for m in by_key[ranked[0]]}
    return ranked[0] if all(m.article in named_in for m in opened) else None


def _titled(text: str, title: list[str]) -> bool:
    """The words of a mention hold the title, and no word before it makes it another
    office ('President Ana Dale', 'the president'; not 'Vice President Ana Dale')."""
    words = [fold(w).rstrip(".,") for w in text.split()]
    size = len(title)
    for i in range(len(words) - size + 1):
        if words[i : i + size] == title and (i == 0 or words[i - 1] not in _OTHER_OFFICE_WORDS):
            return True
    return False
