"""The terms of a statement the matcher compares: content lemmas, names and numbers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..text import NUMBER_WORDS, name_key

if TYPE_CHECKING:
    from spacy.tokens import Token

_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"}
_NAME_ENTS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW"}
_NUMERIC = re.compile(r"^\d[\d,]*(?:\.\d+)?$")


def content_terms(tokens: Iterable[Token]) -> Iterable[str]:
    for t in tokens:
        if t.pos_ in _CONTENT_POS and not t.is_stop and not t.is_punct and len(t.text) > 1:
            yield (t.lemma_ or t.text).lower()


def name_terms(tokens: Iterable[Token]) -> Iterable[str]:
    for t in tokens:
        if (t.ent_type_ in _NAME_ENTS or t.pos_ == "PROPN") and t.is_alpha and not t.is_stop:
            yield name_key(t.text)


def number_terms(tokens: Iterable[Token]) -> Iterable[str]:
    for t in tokens:
        text = t.text.lower()
        if _NUMERIC.match(text):
            yield (
                text.replace(",", "").rstrip("0").rstrip(".")
                if "." in text
                else text.replace(",", "")
            )
        elif text in NUMBER_WORDS and t.like_num:
            yield str(NUMBER_WORDS[text])
