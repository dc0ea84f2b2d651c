"""A state or territory described instead of named ('the unrecognized entity', 'the
breakaway region', 'the province'): a back-reference to the place the article obviously
means."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Mention
from ..text import fold
from ..text_names import (
    COMPASS_WORDS,
    DESCRIBED_PLACE_NOUNS,
    PLACE_REFERENCE_NOUNS,
    SECESSION_WORDS,
)
from .mention_parts import MODIFIER_DEPS
from .references import Countries, country_mention

if TYPE_CHECKING:
    from spacy.tokens import Token


def place_reference_mention(token: Token, article_id: str, countries: Countries) -> Mention | None:
    """A state or territory described instead of named: 'the unrecognized entity', 'the
    breakaway region', 'the province', 'the republic' stand for the place the article
    obviously means (`Countries.obvious_place`). A noun that names its own place ('the
    Donetsk region', 'the province of Velm') is not a back-reference, nor is a bare 'the
    region', which as often means the wider area around the place."""
    noun = fold(token.lemma_ or token.text)
    if token.pos_ != "NOUN" or token.tag_ != "NN" or noun not in PLACE_REFERENCE_NOUNS:
        return None
    determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
    if not determiners & {"the", "this"} or any(c.dep_ == "poss" for c in token.children):
        return None
    words = [fold(c.text) for c in token.children if c.dep_ in {"amod", "compound", "nmod"}]
    named = any(c.pos_ == "PROPN" for c in token.children if c.dep_ != "det")
    if named or any(w not in SECESSION_WORDS for w in _nouns_before(token)):
        return None  # 'the Donetsk region', 'the Serb entity', 'the mining region'
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return None  # 'the province of Velm'
    if any(w in COMPASS_WORDS for w in words):
        return None  # 'the northern region': an area, not a state
    if noun in DESCRIBED_PLACE_NOUNS and not words:
        return None
    sentence = token.sent
    before = token.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    place = countries.obvious_place(token.doc[before : token.i].text)
    if place is None:
        return None
    start = min([c.i for c in token.children if c.dep_ in MODIFIER_DEPS] + [token.i])
    return country_mention(token.doc[start : token.i + 1], place, token, article_id)


def _nouns_before(token: Token) -> list[str]:
    return [
        fold(c.text)
        for c in token.children
        if c.dep_ in {"compound", "nmod"} and c.pos_ in {"NOUN", "PROPN"} and c.i < token.i
    ]
