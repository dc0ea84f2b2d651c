"""Mentions of the pact a story is about when the outlet does not write its name: 'the Iran
deal', 'the Paris accord' (a pact named by who or where it is about) and 'the deal', 'the
agreement', 'the 2015 accord', 'the worst deal ever negotiated' (the pact the article named
last). How outlets call one pact is framing as much as how they call a person ('the
landmark accord' / 'a disaster'), so these are mentions of it in the naming table.
Used by `mentions.find_mentions`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Mention
from ..text import fold
from .mention_parts import MODIFIER_DEPS, build_mention
from .mention_types import names_pact

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Pacts"]

# Nouns a pact is called by in running text. One key word for all of them: 'the Iran deal'
# and 'the Iran agreement' are one pact, written two ways.
PACT_NOUNS = frozenset({"deal", "agreement", "accord", "pact", "treaty"})
_KEY_NOUN = "deal"
# determiners that point back at a pact named before ('this deal'); 'a deal' is any deal
_POINTING = frozenset({"the", "this", "that"})
_INDEFINITE = frozenset({"a", "an", "another", "any", "no"})


@dataclass
class Pacts:
    """The pact an article referred to last: a pact's name ('the Joint Harbour Plan of
    Action', its acronym) or a pact named by its modifier ('the Velmaria deal')."""

    last: tuple[str, str] | None = None  # its key name and name

    def saw(self, mention: Mention) -> None:
        """Note a name mention that names a pact."""
        if mention.kind == "name" and names_pact([fold(w) for w in mention.name.split()]):
            self.last = (mention.name, mention.name)

    def mention(self, token: Token, article_id: str) -> Mention | None:
        """'the Iran deal' (a pact of its own, keyed by its modifier and 'deal'), 'the deal'
        (the pact named last, if any); never a plural ('the deals') nor an indefinite one
        ('a new deal' is another pact, 'a bad deal' a judgement)."""
        if token.pos_ != "NOUN" or token.tag_ != "NN" or fold(token.lemma_) not in PACT_NOUNS:
            return None
        children = list(token.children)
        modifier = [c for c in children if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"]
        determiners = {c.lower_ for c in children if c.dep_ == "det"}
        if modifier and not determiners & _INDEFINITE:
            about = " ".join(t.text for t in token.doc[modifier[0].left_edge.i : token.i])
            about = " ".join(w for w in about.split() if w[:1].isupper())
            self.last = (f"{about} {_KEY_NOUN}", f"{about} {token.lemma_}")
            key, name = self.last
        elif determiners & _POINTING and self.last is not None:
            key, name = self.last
        else:
            return None
        start = min([c.left_edge.i for c in children if c.dep_ in MODIFIER_DEPS] + [token.i])
        span = token.doc[start : token.i + 1]
        return build_mention(span, "description", key, name, "other", token, [token], article_id)
