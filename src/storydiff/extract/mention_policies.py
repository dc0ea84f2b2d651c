"""Mentions of a policy a story is about: 'tariffs', 'import duties', 'sanctions', 'quotas'
(named by their noun) and 'the measures', 'the move', 'this decision' (the policy the
article named most so far). How outlets call one policy is framing as much as how they call
a person ('the tariffs' / 'punishing import duties' / 'protections'), so, like a pact
(`mention_pacts`), these are mentions of it in the naming table. Used by
`mentions.find_mentions`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..model import Mention
from ..text import fold
from .mention_parts import MODIFIER_DEPS, build_mention

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Policies"]

# A policy's noun (lemma) -> the key of its row: 'tariffs', 'duties' and 'levies' are one
# policy written three ways. 'duty', 'levy', 'sanction' only in the plural: 'on duty', 'the
# sanction of the court' are no policy.
_POLICY_KEYS = {
    "tariff": "tariffs",
    "duty": "tariffs",
    "levy": "tariffs",
    "sanction": "sanctions",
    "quota": "quotas",
    "embargo": "embargo",
    "exemption": "exemptions",
}
_PLURAL_ONLY = frozenset({"duty", "levy", "sanction"})
# nouns that point back at the policy named before ('the measures', 'this move')
_POINTING_NOUNS = frozenset(
    {"measure", "move", "decision", "action", "restriction", "step", "approach"}
)
_POINTING = frozenset({"the", "this", "these", "that", "those"})
# a clause or an infinitive tells which move is meant ('the decision that X announced',
# 'the decision to close the port'): not the policy named before
_OWN_DESCRIPTION = frozenset({"acl", "relcl"})
# how many sentences after a policy's noun 'the measures' still points back at it
_NEAR_SENTENCES = 10


@dataclass
class Policies:
    """The policies an article has named so far, and how often."""

    counts: Counter[str] = field(default_factory=Counter)
    latest: str = ""
    named_at: int = -1  # the token where a policy's noun was written last

    def mention(self, token: Token, article_id: str) -> Mention | None:
        """'tariffs', 'steep import duties' (a policy keyed by its noun), 'the measures',
        'the move' (the policy named most so far; none when none was named)."""
        if token.pos_ != "NOUN":
            return None
        lemma = fold(token.lemma_)
        plural = token.tag_ == "NNS"
        if lemma in _POLICY_KEYS and (plural or lemma not in _PLURAL_ONLY):
            key = _POLICY_KEYS[lemma]
            self.named_at = token.i
        elif lemma in _POINTING_NOUNS and self._near(token) and _points_back(token):
            key = max(self.counts, key=lambda k: (self.counts[k], k == self.latest))
        else:
            return None
        self.counts[key] += 1
        self.latest = key
        return _policy_mention(token, key, article_id)

    def _near(self, token: Token) -> bool:
        """A policy was named in this sentence or one of the few before: 'the move' many
        paragraphs after a policy named in passing is more likely some other move."""
        if self.named_at < 0:
            return False
        after = token.doc[self.named_at + 1 : token.i + 1]
        return sum(1 for t in after if t.is_sent_start) <= _NEAR_SENTENCES


def _points_back(token: Token) -> bool:
    """'the measures', 'this move': a pointing determiner and no clause of its own."""
    children = list(token.children)
    if any(c.dep_ in _OWN_DESCRIPTION for c in children):
        return False
    return any(c.dep_ == "det" and c.lower_ in _POINTING for c in children)


def _policy_mention(token: Token, key: str, article_id: str) -> Mention:
    children = [c for c in token.children if c.dep_ in MODIFIER_DEPS]
    start = min([c.left_edge.i for c in children] + [token.i])
    span = token.doc[start : token.i + 1]
    mention = build_mention(span, "description", key, key, "other", token, [token], article_id)
    # what is taxed ('copper' of 'copper tariffs', 'import' of 'import duties') says what the
    # policy is, not how the outlet colours it: no label ('punishing', 'steep' stay)
    goods = {c.left_edge.idx for c in children if c.dep_ in {"compound", "nmod"}}
    kept = tuple(d for d in mention.descriptors if d.start not in goods)
    return replace(mention, descriptors=kept)
