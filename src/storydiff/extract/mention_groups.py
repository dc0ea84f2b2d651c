"""Mentions of governments and groups: 'the Bush administration' (a government of its own,
never merged with another's), the groups a story is about ('protesters', 'hooded youths',
'riot police'), keyed by their kind so each outlet's words for them meet in the naming table,
and a state's industry ('U.S. steel producers'). Used by `mentions.find_mentions`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Mention
from ..text import fold
from ..text_groups import (
    GOVERNMENT_NOUNS,
    GROUP_COMPOUNDS,
    GROUP_KINDS,
    INDUSTRY_NOUNS,
    LEADER_TITLES,
    STATE_AGENT_NOUNS,
)
from .aliases import country_of, country_of_demonym, is_country
from .mention_parts import MODIFIER_DEPS, build_mention, entity_key, phrase_start
from .name_runs import run_text
from .references import leader_government_name
from .speaker_memory import SpeakerMemory

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "government_mention",
    "group_mention",
    "industry_mention",
    "industry_noun",
    "leader_agents_mention",
]


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


def leader_agents_mention(
    token: Token, memory: SpeakerMemory, article_id: str, mentions: Sequence[Mention]
) -> Mention | None:
    """'Varga officials', 'Varga negotiators': people who act for the government of the leader
    named before them (a person the article titled president, prime minister, …), a mention
    of that government ('the Varga administration', the noun the article used for it, else
    the one its leader's title goes with), as 'administration officials' are; the leader's
    name stays a mention of the leader (`mentions`, those so far). None for anyone who leads
    no government ('Google officials', a lawyer's name)."""
    if token.tag_ != "NNS" or fold(token.lemma_ or token.text) not in STATE_AGENT_NOUNS:
        return None
    before = [c for c in token.children if c.i < token.i and c.dep_ in MODIFIER_DEPS]
    if any(fold(c.text) in GOVERNMENT_NOUNS for c in before):
        return None  # 'Pratt administration officials': read with the government noun
    names = [c for c in before if c.dep_ == "compound"]  # a name, or one tagged as a noun
    leader = next((m for m in mentions for c in names if m.start <= c.idx < m.end), None)
    known = memory.find(leader.name, leader.start) if leader is not None else None
    if leader is None or known is None or not known.titles & LEADER_TITLES:
        return None
    used = [
        n for n in sorted(GOVERNMENT_NOUNS) if memory.knows(leader_government_name(known.name, n))
    ]
    word = used[0] if used else "administration" if "president" in known.titles else "government"
    name = leader_government_name(known.name, word)
    memory.observe(name, set(), leader.start, person=False)
    span = token.doc[min(c.left_edge.i for c in [*before, token]) : token.i + 1]
    return build_mention(
        span, "description", name, name, "organisation", token, [token], article_id
    )


def group_mention(token: Token, article_id: str) -> Mention | None:
    """'the protesters', 'hooded youths', 'riot police': a group the story is about, keyed by
    its noun so that each outlet's words for it show in the naming table."""
    kind = _group_kind(token)
    if kind is None:
        return None
    if token.dep_ == "compound" and token.head.pos_ == "NOUN" and _group_kind(token.head):
        return None  # 'police officers': the officers are the mention
    start = _hyphenated_start(
        token.doc, min([c.i for c in token.children if c.dep_ in MODIFIER_DEPS] + [token.i])
    )
    span = token.doc[start : token.i + 1]
    # keyed by its kind, named by the outlet's own noun ('the separatists' is a mention of
    # the kind 'rebels' named 'separatists')
    noun = (
        fold(token.text)
        if fold(token.text) in GROUP_KINDS
        else f"{_before(token)} {fold(token.text)}"
    )
    return build_mention(span, "description", kind, noun, "group", token, [token], article_id)


def _hyphenated_start(doc: Doc, start: int) -> int:
    """`start`, moved back over the words a hyphen joins to it: the parser hangs only
    'waving' of 'flag-waving' from the noun, and the label must not read 'waving protesters'."""

    def joined(i: int) -> bool:  # 'flag' '-' 'waving' written without spaces
        return doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_

    while start >= 2 and joined(start):
        start -= 2
    return start


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


# how a country word or a product noun hangs from an industry noun ('U.S. steel producers')
_INDUSTRY_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def industry_mention(token: Token, article_id: str) -> Mention | None:
    """'U.S. timber producers', 'American steelmakers', 'the European timber industry': a
    state's industry, a group keyed by the state and not the state itself ('Canadian
    producers warned' is not Canada warning), so each outlet's word for it meets in one row.
    An industry of no named state ('the industry', 'steelmakers') is no mention: a bare 'the
    industry' is as often another state's industry than the one named last."""
    if token.pos_ != "NOUN" or fold(token.text) not in INDUSTRY_NOUNS:
        return None
    if token.dep_ == "compound" and token.head.pos_ == "NOUN":
        return None  # 'industry leaders', 'an industry group': the noun after it is the actor
    country = _country_before(token, depth=2)
    if country is None:
        return None
    start = min([c.left_edge.i for c in token.children if c.dep_ in MODIFIER_DEPS] + [token.i])
    span = token.doc[start : token.i + 1]
    name = f"{country} industry"
    mention = build_mention(span, "description", name, name, "group", token, [token], article_id)
    # keyed by its state: a group's key would keep the noun alone, one for every state
    return replace(mention, key=f"{entity_key(country, 'place')} industry")


def industry_noun(token: Token) -> Token | None:
    """The industry noun a country word modifies, directly or through product nouns ('U.S.'
    of 'U.S. timber and paper producers'), if any."""
    for _ in range(3):
        if token.dep_ not in _INDUSTRY_MODIFIER_DEPS or token.head.i <= token.i:
            return None
        token = token.head
        if token.pos_ == "NOUN" and fold(token.text) in INDUSTRY_NOUNS:
            return token
    return None


def _country_before(token: Token, depth: int) -> str | None:
    """The state a modifier before `token` names ('U.S.', 'American', 'South Korean'),
    looking through product nouns ('steel', 'metals') up to `depth` levels."""
    for child in token.children:
        if child.dep_ not in _INDUSTRY_MODIFIER_DEPS or child.i > token.i:
            continue
        phrase = child.doc[child.left_edge.i : child.i + 1].text
        if child.pos_ == "PROPN":  # 'U.S.', 'Norway', or a demonym tagged as a name
            country = country_of(phrase) or country_of(child.text)
            country = country or country_of_demonym(phrase) or country_of_demonym(child.text)
            country = country or (child.text if is_country(child.text) else None)
        elif child.pos_ == "ADJ":
            country = country_of_demonym(phrase) or country_of_demonym(child.text)
        elif child.pos_ == "NOUN" and depth > 1:
            country = _country_before(child, depth - 1)
        else:
            country = None
        if country is not None:
            return country
    return None
