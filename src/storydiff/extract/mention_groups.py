"""Mentions of governments and groups: 'the Bush administration' (a government of its own,
never merged with another's) and the groups a story is about ('protesters', 'hooded youths',
'riot police'), keyed by their kind so each outlet's words for them meet in the naming table.
Used by `mentions.find_mentions`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Mention
from ..text import fold
from ..text_groups import GROUP_COMPOUNDS, GROUP_KINDS
from .mention_parts import MODIFIER_DEPS, build_mention, phrase_start
from .name_runs import run_text
from .speaker_memory import SpeakerMemory

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["government_mention", "group_mention"]


def government_mention(
    run: list[Token],
    memory: SpeakerMemory,
    article_id: str,
    sent_start: int,
    shared: Token | None = None,
) -> Mention:
    """'the Bush administration': a government of its own, never merged with another's; one
    of a `shared` plural noun ('the Bush and Obama administrations') is named by the noun's
    singular and spans its own name only, but for the last, which takes the noun."""
    noun = shared or run[-1].head
    word = fold(noun.lemma_ or noun.text) if shared is not None else noun.text.lower()
    name = f"{run_text(run)} {word}"
    memory.observe(name, set(), run[0].idx, person=False)
    last = noun.i if shared is None or run[-1].i + 1 == noun.i else run[-1].i
    span = noun.doc[phrase_start(run, sent_start) : last + 1]
    return build_mention(span, "name", name, name, "organisation", noun, [*run, noun], article_id)


def group_mention(token: Token, article_id: str) -> Mention | None:
    """'the protesters', 'hooded youths', 'riot police': a group the story is about, keyed by
    its noun so that each outlet's words for it show in the naming table."""
    kind = _group_kind(token)
    if kind is None:
        return None
    if token.dep_ == "compound" and token.head.pos_ == "NOUN" and _group_kind(token.head):
        return None  # 'police officers': the officers are the mention
    start = min([c.i for c in token.children if c.dep_ in MODIFIER_DEPS] + [token.i])
    span = token.doc[start : token.i + 1]
    # keyed by its kind, named by the outlet's own noun ('the separatists' is a mention of
    # the kind 'rebels' named 'separatists')
    noun = (
        fold(token.text)
        if fold(token.text) in GROUP_KINDS
        else f"{_before(token)} {fold(token.text)}"
    )
    return build_mention(span, "description", kind, noun, "group", token, [token], article_id)


def _group_kind(token: Token) -> str | None:
    """The kind of group a plural noun names ('rioters' -> 'protesters'), if any; 'seekers'
    only after 'asylum' (also 'asylum-seekers')."""
    if token.pos_ != "NOUN":
        return None
    word = fold(token.text)
    if word in GROUP_KINDS:
        return GROUP_KINDS[word]
    return GROUP_COMPOUNDS.get((_before(token), word))


def _before(token: Token) -> str:
    """The folded word before `token`, across a hyphen ('asylum-seekers' -> 'asylum')."""
    doc, before = token.doc, token.i - 1
    if before >= 0 and doc[before].text == "-":
        before -= 1
    return fold(doc[before].text) if before >= 0 else ""
