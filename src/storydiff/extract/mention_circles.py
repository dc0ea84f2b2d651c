"""Mentions of the people around a named actor: 'Mueller's team', 'investigators for Mr.
Mueller', 'Trump associates', 'the caravan's organizers'. They are a group of their own, not
the actor they are named after ('Dale's lawyers said' is not Dale speaking), keyed by that
actor and the kind of circle, so that each outlet's word for the same circle ('team',
'staff', 'aides') meets in one row of the naming table. Used by `mentions.find_mentions`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Mention
from ..text import fold
from .mention_groups import group_mention
from .mention_parts import build_mention

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["circle_mention"]

# The kinds of circle around an actor and the nouns outlets call them by: those who work for
# the actor, those who side with it, and those who organise it (a march, a caravan).
_CIRCLE_WORDS_BY_KIND = {
    "team": "team staff office aides advisers advisors lawyers attorneys investigators "
    "prosecutors spokespeople",
    "allies": "allies associates supporters backers loyalists followers confidants",
    "organizers": "organizers organisers",
}
CIRCLE_KINDS = {
    word: kind for kind, words in _CIRCLE_WORDS_BY_KIND.items() for word in words.split()
}
# collective nouns that name a circle in the singular ('his team'); the others only as plurals
_COLLECTIVE = frozenset({"team", "staff", "office"})
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "into", "inside", "outside", "near", "to"})


def circle_mention(token: Token, article_id: str, mentions: Sequence[Mention]) -> Mention | None:
    """'Mueller's team', 'Dale associates', 'supporters of the caravan': a circle noun whose
    possessor, name before it, or 'of'/'for' object is an actor the article has mentioned
    (one of `mentions`, the mentions so far)."""
    word = fold(token.text)
    kind = CIRCLE_KINDS.get(word)
    if kind is None or token.pos_ != "NOUN":
        return None
    if token.tag_ != "NNS" and word not in _COLLECTIVE:
        return None
    if token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPOSITIONS:
        return None  # 'written in the governor's office': the rooms, not the people
    owner = _owner(token, mentions)
    if owner is None:
        return None
    start = min(token.left_edge.idx, owner.start)
    end = max(token.idx + len(token.text), owner.end)
    span = token.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    name = f"{owner.name}'s {word}"
    mention = build_mention(span, "description", name, name, "group", token, [token], article_id)
    # keyed by its actor and kind as they are: a group's key would keep the noun alone
    return replace(mention, key=f"{owner.key} {kind}")


def _owner(token: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The actor a circle noun is named after: its possessor ('Mueller's'), a name before it
    ('Trump associates'), or the object of 'of'/'for' after it ('investigators for Mr.
    Mueller'); never a place ('Velmaria's allies' are other states, not people around it)."""
    candidates = [
        c
        for c in token.children
        if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")
    ]
    candidates += [
        o
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in {"of", "for"}
        for o in c.children
        if o.dep_ == "pobj"
    ]
    for candidate in candidates:
        found = next((m for m in mentions if m.start <= candidate.idx < m.end), None)
        if found is None:  # a group written after the noun is not read yet: 'of the caravan'
            found = group_mention(candidate, "")
        if found is not None and found.type != "place":
            return found
    return None
