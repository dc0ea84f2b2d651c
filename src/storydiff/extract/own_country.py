"""The state that is a speaker's or a leader's own: 'our nation' inside a quotation is the
speaker's country, and 'Pratt administration officials' act for the state President Pratt
leads. Neither is the state the story names last or most (a story about a foreign state
quotes a senator's 'our nation' and cites a president's officials). Also the state a single
modifier, a title or a preposition's object names ('French', 'the president of Chile', 'in
Seoul'), which the reference rules of `references.py` read."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from ..model import Mention
from ..nlp.parse import inside_quotation
from ..text import fold
from ..text_groups import GOVERNMENT_NOUNS
from .aliases import country_of, country_of_demonym
from .mention_parts import MODIFIER_DEPS, build_mention

if TYPE_CHECKING:
    from spacy.tokens import Token

logger = logging.getLogger(__name__)

# the possessives by which a speaker names a state as their own
FIRST_PERSON = frozenset({"our"})


def spoken_of_own_state(token: Token, determiners: set[str]) -> bool:
    """'our nation' inside a quotation: the speaker's own state."""
    return bool(determiners & FIRST_PERSON) and inside_quotation(token)


def speakers_country(token: Token, country_named_by: Callable[[Token], str | None]) -> str | None:
    """The one state the words of the sentence outside the quotation name ('the Chilean envoy
    said', 'Senator Holt of Chile said'); None when they name none or several: the speaker's
    state is then not known, and the state named last is another's."""
    sentence = token.sent
    named = {
        country_named_by(t)
        for t in sentence
        if t.pos_ in {"PROPN", "ADJ"} and not inside_quotation(t)
    } - {None}
    if len(named) != 1:
        logger.debug("no single state for the speaker of %r: %s", token.text, named)
        return None
    return named.pop()


def leader_names(modifiers: list[Token]) -> list[Token]:
    """The leader's name among the words before an agent noun, or before the government noun
    among them: 'Pratt' in 'Pratt administration officials' however the parse hangs it."""
    words = list(modifiers)
    for modifier in modifiers:
        if fold(modifier.text) in GOVERNMENT_NOUNS:
            words += [c for c in modifier.children if c.dep_ in {"compound", "nmod", "poss"}]
    return [w for w in words if w.is_title and fold(w.text) not in GOVERNMENT_NOUNS]


def leaders_country(names: list[Token], titled: Mapping[tuple[str, str], str]) -> str | None:
    """The state the article titles the named leader for ('President Ana Pratt of Chile'),
    None when it titles them for none or for several."""
    family = {n.text for n in names}
    states = {country for (country, _), person in titled.items() if person.split()[-1] in family}
    return states.pop() if len(states) == 1 else None


def leader_government_mention(
    token: Token, leaders: list[Token], modifiers: list[Token], article_id: str
) -> Mention:
    """'Pratt administration officials' where no state is titled for Pratt: a mention of the
    leader's government, keyed as 'the Pratt administration' is, which the linker joins to
    the state an outlet titles the leader for (`crossdoc.entities`)."""
    noun = next((m for m in modifiers if fold(m.text) in GOVERNMENT_NOUNS), None)
    noun_word = fold(noun.text) if noun is not None else "administration"
    name = f"{leaders[-1].text} {noun_word}"
    start = min([c.i for c in token.children if c.dep_ in MODIFIER_DEPS] + [token.i])
    span = token.doc[start : token.i + 1]
    return build_mention(
        span, "description", name, name, "organisation", token, [token], article_id
    )


def country_of_object(prep: Token) -> str | None:
    """The country a preposition's object names: 'in Seoul', 'of the United States'."""
    for obj in prep.children:
        if obj.dep_ == "pobj":
            return country_of(obj.doc[obj.left_edge.i : obj.i + 1].text)
    return None


def country_named_by(token: Token) -> str | None:
    """The country a modifier names: 'U.S.', 'Israel's', 'French', 'North Korean'."""
    if token.pos_ == "PROPN":
        return country_of(token.text) or country_of_demonym(token.text)
    if token.pos_ == "ADJ" or token.dep_ in {"amod", "compound"}:
        phrase = token.doc[token.left_edge.i : token.i + 1].text
        return country_of_demonym(phrase) or country_of_demonym(token.text)
    return None


def country_of_title(token: Token) -> str | None:
    """The country a title noun (or a government) is held for: 'the French president',
    'Israel's prime minister', 'the president of the United States', 'the government in
    Seoul'."""
    for child in token.children:
        if child.dep_ in {"amod", "compound", "poss", "nmod"} and child.i < token.i:
            country = country_named_by(child)
            if country is not None:
                return country
        # 'the president of the United States', 'the government in Seoul'
        if child.dep_ == "prep" and child.lower_ in {"of", "in"}:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    words = obj.doc[obj.left_edge.i : obj.i + 1].text
                    country = country_of(words)
                    if country is not None:
                        return country
    return None
