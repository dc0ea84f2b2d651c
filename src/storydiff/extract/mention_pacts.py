"""Mentions of the pact a story is about when the outlet does not write its name: 'the Iran
deal', 'the Paris accord' (a pact named by who or where it is about) and 'the deal', 'the
agreement', 'the 2015 accord', 'the worst deal ever negotiated' (the pact the article named
last). How outlets call one pact is framing as much as how they call a person ('the
landmark accord' / 'a disaster'), so these are mentions of it in the naming table.
Used by `mentions.find_mentions`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..model import Mention
from ..text import fold
from .aliases import is_country
from .mention_parts import MODIFIER_DEPS, OPEN_PACT_KEY, build_mention
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
_ANOTHER_PACT = frozenset({"new", "final", "separate", "second", "fresh", "revised", "broader"})


@dataclass
class Pacts:
    """The pacts an article has referred to so far: a pact's name ('the Joint Harbour Plan
    of Action', its acronym) or a pact named by its modifier ('the Velmaria deal'), how
    often, and the pointing descriptions ('the deal') read before any pact was named."""

    counts: Counter[tuple[str, str]] = field(default_factory=Counter)  # (key name, name)
    pending: list[Token] = field(default_factory=list)
    # the latest pact the article brought in has no name ('a final agreement with Norway'):
    # 'that deal' after it, in its sentence or the next, is that one, which no name keys;
    # further on, 'the deal' is the story's pact again. The token index where that ends.
    unnamed_until: int = -1

    def saw(self, mention: Mention) -> None:
        """Note a name mention that names a pact."""
        if mention.kind == "name" and names_pact([fold(w) for w in mention.name.split()]):
            self.counts[(mention.name, mention.name)] += 1
            self.unnamed_until = -1

    def mention(self, token: Token, article_id: str, mentions: Sequence[Mention]) -> Mention | None:
        """'the Iran deal' (a pact of its own, keyed by its modifier and 'deal'), 'the deal'
        (the pact referred to most so far, not a treaty named once in passing); never a
        plural ('the deals') nor an indefinite one ('a new deal' is another pact, 'a bad
        deal' a judgement). A person before the noun does not name the pact ('Dale's
        deal', 'the Dale deal' is the deal the article is about)."""
        if token.pos_ != "NOUN" or token.tag_ != "NN" or fold(token.lemma_) not in PACT_NOUNS:
            return None
        children = list(token.children)
        determiners = {c.lower_ for c in children if c.dep_ == "det"}
        about = _named_by(token, mentions)
        if determiners & _INDEFINITE:
            if _brings_in_a_pact(token):
                self.unnamed_until = _next_sentence_end(token)
            return None
        if about:
            named = (f"{about} {_KEY_NOUN}", f"{about} {token.lemma_}")
            # one pact however the noun is written: its first name stays its name
            pact = next((p for p in self.counts if p[0] == named[0]), named)
            self.unnamed_until = -1
        elif determiners & _POINTING or any(c.dep_ == "poss" for c in children):
            if token.i < self.unnamed_until:
                return None
            if not self.counts:
                self.pending.append(token)
                return None
            pact = max(self.counts, key=lambda p: self.counts[p])
        else:
            return None
        self.counts[pact] += 1
        return _pact_mention(token, pact, article_id)

    def read_again(self, article_id: str) -> list[Mention]:
        """'the deal' written before the article named any pact: the pact it names most; in
        an article that names none, an open pact (`OPEN_PACT_KEY`) for the story's other
        articles to name."""
        if not self.counts:
            return [_open_pact_mention(token, article_id) for token in self.pending]
        pact = max(self.counts, key=lambda p: self.counts[p])
        return [_pact_mention(token, pact, article_id) for token in self.pending]


def _next_sentence_end(token: Token) -> int:
    """The index after the last token of the sentence after `token`'s (or of its own, the
    last one)."""
    end = token.sent.end
    return token.doc[end].sent.end if end < len(token.doc) else end


def _brings_in_a_pact(token: Token) -> bool:
    """'a new deal', 'a final agreement with Norway': an indefinite pact noun that brings in
    another pact, not one that judges the pact of the story ('a bad deal', 'a deal with
    decayed foundations')."""
    for child in token.children:
        if child.dep_ == "amod" and child.lower_ in _ANOTHER_PACT:
            return True
        partner = child.dep_ == "prep" and child.lower_ in {"with", "between"}
        if partner and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in child.children):
            return True
    return False


def _named_by(token: Token, mentions: Sequence[Mention]) -> str:
    """The name before a pact noun that names the pact: 'Iran' of 'the Iran nuclear deal',
    not a person's ('the Dale deal')."""
    for child in token.children:
        if child.dep_ not in {"compound", "nmod"} or child.pos_ != "PROPN":
            continue
        first = child.left_edge
        mention = next((m for m in mentions if m.start <= first.idx < m.end), None)
        if mention is not None and mention.type == "person":
            continue
        name = mention.name if mention is not None else token.doc[first.i : child.i + 1].text
        # 'the Iran Nuclear deal' read as one name: the state it starts with names the pact
        words = name.split()
        states = [n for n in range(len(words), 0, -1) if is_country(" ".join(words[:n]))]
        return " ".join(words[: states[0]] if states else words)
    return ""


def _open_pact_mention(token: Token, article_id: str) -> Mention:
    mention = _pact_mention(token, (_KEY_NOUN, _KEY_NOUN), article_id)
    return replace(mention, key=OPEN_PACT_KEY + _KEY_NOUN)


def _pact_mention(token: Token, pact: tuple[str, str], article_id: str) -> Mention:
    children = [c for c in token.children if c.dep_ in MODIFIER_DEPS]
    start = min([c.left_edge.i for c in children] + [token.i])
    span = token.doc[start : token.i + 1]
    return build_mention(span, "description", pact[0], pact[1], "other", token, [token], article_id)
