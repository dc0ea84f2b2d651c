"""Link each article's mentions into actors across articles, and show how each outlet
names and labels them.

Mentions link when their keys agree: a person's folded surname ('Vucic', 'President Vucic',
'Aleksandar Vučić'), an organisation's or place's folded name, or, for a description ('the
Kremlin spokesman'), the key of the name it was resolved to within its article; an acronym
joins the one name with its initials ('IMF' = 'International Monetary Fund'). A leader's
government is keyed by the leader ('Bush administration' and 'Obama administration' stay
apart), groups by their kind ('protesters', 'rioters', 'hooded youths'), and a party's
members join the party ('Democrats', 'the Democratic Party'). The table
this gives (actor × outlet: labels, descriptors, count, first mention) is where framing
shows: the same actor as 'Kosovo' in one outlet and 'the unrecognized Kosovo' in another.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from ..model import Entity, EntityInArticle, EntityType, Mention
from ..text_names import acronym_key, initials

# an actor mentioned once by one outlet and never described is noise in the naming table
MIN_MENTIONS_SINGLE_OUTLET = 2


def link_entities(
    mentions_by_article: Sequence[tuple[str, Sequence[Mention]]],
) -> tuple[Entity, ...]:
    """Actors across the articles, most widely reported first."""
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for _, mentions in mentions_by_article:
        for mention in mentions:
            by_key[mention.key].append(mention)
    _merge_acronyms(by_key)
    _merge_party_members(by_key)
    order = [article for article, _ in mentions_by_article]
    entities = []
    for key, mentions in by_key.items():
        articles = []
        for article in order:
            own = [m for m in mentions if m.article == article]
            if own:
                articles.append(_in_article(article, own))
        total = sum(len(a.mentions) for a in articles)
        described = any(a.descriptors for a in articles)
        if len(articles) == 1 and total < MIN_MENTIONS_SINGLE_OUTLET and not described:
            continue
        entities.append((key, mentions, tuple(articles)))
    entities.sort(key=lambda e: (-len(e[2]), -sum(len(a.mentions) for a in e[2]), e[0]))
    return tuple(
        Entity(
            id=f"e{number}",
            label=_label(mentions),
            type=_majority_type(mentions),
            articles=articles,
            differs=_differs(articles),
        )
        for number, (_, mentions, articles) in enumerate(entities, start=1)
    )


def _merge_acronyms(by_key: dict[str, list[Mention]]) -> None:
    """'IMF' in one outlet and 'the International Monetary Fund' in another are one actor:
    an acronym's mentions join the one multi-word name with those initials (within an
    article, `extract.mentions` has linked them already). Two names with the same initials
    leave the acronym alone."""
    by_initials: dict[str, list[str]] = defaultdict(list)
    for key, mentions in by_key.items():
        if any(m.type != "person" for m in mentions) and initials(key):
            by_initials[initials(key)].append(key)
    for key in list(by_key):
        mentions = by_key[key]
        if not all(acronym_key(m.name) == key for m in mentions):
            continue
        targets = [k for k in by_initials.get(key, []) if k != key]
        if len(targets) == 1:
            by_key[targets[0]].extend(by_key.pop(key))


def _merge_party_members(by_key: dict[str, list[Mention]]) -> None:
    """'Democrats' and 'the Democratic Party', 'Republicans' and 'the Republican Party': a
    party and its members as a group are one actor, each outlet's choice a label of it."""
    for key in list(by_key):
        words = key.split()
        if len(words) != 2 or words[1] != "party" or key not in by_key:
            continue
        for members in dict.fromkeys((words[0], words[0].removesuffix("ic"))):
            if members in by_key and all(m.type == "group" for m in by_key[members]):
                by_key[key].extend(by_key.pop(members))
                break


def _in_article(article: str, mentions: list[Mention]) -> EntityInArticle:
    labels = tuple(dict.fromkeys(" ".join(m.text.split()) for m in mentions))
    descriptors = tuple(
        dict.fromkeys(" ".join(d.text.split()) for m in mentions for d in m.descriptors)
    )
    return EntityInArticle(article, tuple(mentions), labels, descriptors, mentions[0].start)


def _label(mentions: list[Mention]) -> str:
    """The fullest name any outlet uses; for an actor only described (a group), the word
    the outlets use most ('separatists', though the kind is keyed 'rebels')."""
    names = Counter(m.name for m in mentions if m.kind == "name")
    if not names:
        return Counter(m.name for m in mentions).most_common(1)[0][0]
    return max(names, key=lambda n: (len(n.split()), names[n]))


def _majority_type(mentions: list[Mention]) -> EntityType:
    counts = Counter(m.type for m in mentions if m.type != "other")
    return counts.most_common(1)[0][0] if counts else "other"


def _differs(articles: tuple[EntityInArticle, ...]) -> bool:
    """Outlets that mention the actor describe it differently (one attaches words another
    does not), or one names it in a way no other does."""
    if len(articles) < 2:
        return False
    descriptor_sets = {frozenset(d.lower() for d in a.descriptors) for a in articles}
    return len(descriptor_sets) > 1
