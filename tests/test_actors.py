"""Actors: acronyms and their expansions, names with 'and', governments, places and the
groups a story is about (model tests; fictional articles written here)."""

from __future__ import annotations

import pytest

from storydiff.crossdoc.entities import link_entities
from storydiff.extract.mentions import find_mentions
from storydiff.model import Entity, Mention
from storydiff.nlp import load_spacy

pytestmark = pytest.mark.model


def mentions(text: str, article: str = "a") -> tuple[Mention, ...]:
    return find_mentions(load_spacy()(text), article)


def linked(*texts: str) -> dict[str, Entity]:
    found = [(f"a{n}", mentions(text, f"a{n}")) for n, text in enumerate(texts)]
    return {e.label: e for e in link_entities(found)}


def test_an_acronym_links_to_its_expansion_within_an_article() -> None:
    text = (
        "The Northern Grain Council (NGC) met in Dorn. Later the NGC raised its forecast, "
        "and the NGC said prices would fall."
    )
    keys = {m.text: m.key for m in mentions(text)}
    assert keys["The Northern Grain Council"] == "northern grain council"
    assert keys["NGC"] == "northern grain council"


def test_an_acronym_links_to_its_expansion_across_articles() -> None:
    found = linked(
        "The NGC raised its forecast on Monday. The NGC said prices would fall.",
        "The Northern Grain Council raised its forecast. The Northern Grain Council met.",
    )
    council = found["Northern Grain Council"]
    assert {a.article for a in council.articles} == {"a0", "a1"}


def test_a_name_with_and_is_kept_whole() -> None:
    text = "Officials of the Velka Fish and Wildlife Service inspected the river on Friday."
    names = {m.name for m in mentions(text)}
    assert "Velka Fish and Wildlife Service" in names
    assert not {"Velka Fish", "Wildlife Service"} & names


def test_two_governments_are_never_merged() -> None:
    text = (
        "The Dorsk administration built the dam. The Varga administration later closed it, "
        "and the administration said the water was unsafe."
    )
    found = mentions(text)
    keys = {m.text: m.key for m in found}
    assert keys["The Dorsk administration"] == "dorsk administration"
    assert keys["The Varga administration"] == "varga administration"
    later = [m for m in found if m.text == "the administration"]
    assert [m.key for m in later] == ["varga administration"]


def test_a_square_is_a_place_not_a_person() -> None:
    (square,) = [m for m in mentions("Crowds filled Brannock Square on Sunday.") if m.name]
    assert square.type == "place"


def test_group_actors_appear_with_each_outlets_labels() -> None:
    found = linked(
        "Hooded youths threw stones at riot police. The youths fled when police advanced.",
        "Young protesters were beaten by police. Police said the youths had thrown stones.",
    )
    police = found["police"]
    assert police.type == "group"
    assert {a.article for a in police.articles} == {"a0", "a1"}
    by_outlet = {a.article: a.labels for a in police.articles}
    assert "riot police" in by_outlet["a0"]
    youths = found["youths"]
    assert "Hooded youths" in {label for a in youths.articles for label in a.labels}
