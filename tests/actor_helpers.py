"""Helpers of the actor linking tests (model tests): an article's mentions, and the actors
linked across articles written by hand."""

from __future__ import annotations

from storydiff.crossdoc.entities import link_entities
from storydiff.extract.mentions import find_mentions
from storydiff.model import Entity, Mention
from storydiff.nlp import load_spacy


def mentions(text: str, article: str = "a") -> tuple[Mention, ...]:
    return find_mentions(load_spacy()(text), article)


def linked(*texts: str) -> tuple[Entity, ...]:
    return link_entities([(f"a{n}", mentions(text, f"a{n}")) for n, text in enumerate(texts)])


def labels_of(entity: Entity) -> set[str]:
    return {label for article in entity.articles for label in article.labels}
