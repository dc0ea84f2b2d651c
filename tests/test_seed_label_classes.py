"""Classes of actor-naming faults seen on the seed pair, rebuilt on fictional sentences
(model tests): a sentence-opening 'The' folded into the way the article writes the name
elsewhere, names whose 'The' belongs to them kept, and hyphenated titles kept whole."""

from __future__ import annotations

import pytest

from storydiff.crossdoc.entities import link_entities
from storydiff.extract.mentions import find_mentions
from storydiff.model import Entity
from storydiff.nlp import load_spacy

pytestmark = pytest.mark.model


def actors(text: str) -> tuple[Entity, ...]:
    return link_entities([("a", find_mentions(load_spacy()(text), "a"))])


def labels_of(text: str, name: str) -> tuple[str, ...]:
    found = [e for e in actors(text) if name in e.label]
    assert found, [e.label for e in actors(text)]
    return tuple(label for e in found for a in e.articles for label in a.labels)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Velmoran Palace said it backed Dorn. Officials said the Velmoran Palace "
            "would act. The Velmoran Palace also said it was calm.",
            ("the Velmoran Palace",),
        ),
        (
            "The Kessel Ministry said it backed Dorn. Kessel Ministry spokesman Ivo Brandt "
            "agreed on Monday.",
            ("Kessel Ministry",),
        ),
    ],
)
def test_a_sentence_opening_the_folds_into_the_articles_own_form(
    text: str, expected: tuple[str, ...]
) -> None:
    assert labels_of(text, expected[0].removeprefix("the ")) == expected


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        (
            "The New York Times ran a story on the Velm deal. A New York Times reporter "
            "said it was signed.",
            "New York Times",
            "The New York Times",
        ),
        (
            "The Corvan Times reported the deal. A reporter for The Corvan Times said it "
            "was signed, and a Corvan Times editor agreed.",
            "Corvan Times",
            "The Corvan Times",
        ),
        (
            "The Hague said on Monday the court would sit. Hague officials said the "
            "hearing was set.",
            "Hague",
            "The Hague",
        ),
    ],
)
def test_a_the_that_belongs_to_the_name_stays(text: str, name: str, kept: str) -> None:
    assert kept in labels_of(text, name)


def test_a_the_with_no_other_form_in_the_article_stays_as_written() -> None:
    text = "The Velmoran Palace said it backed Dorn. The Velmoran Palace sent envoys."
    assert labels_of(text, "Velmoran Palace") == ("The Velmoran Palace",)


def descriptors_of(text: str, name: str) -> tuple[str, ...]:
    found = [e for e in actors(text) if e.label == name]
    assert found, [e.label for e in actors(text)]
    return tuple(d for a in found[0].articles for d in a.descriptors)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Troops were put on alert by order of Commander-in-Chief, President Mira Tolle.",
            "Commander-in-Chief",
        ),
        ("The Commander-in-Chief Mira Tolle said the troops would stay.", "Commander-in-Chief"),
        ("Secretary-General Mira Tolle said the talks would go on.", "Secretary-General"),
        ("Attorney-General Mira Tolle said the case was closed.", "Attorney-General"),
        ("Editor-in-chief Mira Tolle said the paper would print it.", "Editor-in-chief"),
    ],
)
def test_a_hyphenated_title_is_one_descriptor(text: str, title: str) -> None:
    found = descriptors_of(text, "Mira Tolle")
    assert title in found, found
    assert not any(title.startswith(d) and d != title for d in found), found
    assert not any(d.startswith("in-") for d in found), found


def labels_by_actor(text: str) -> dict[str, tuple[str, ...]]:
    return {e.label: tuple(x for a in e.articles for x in a.labels) for e in actors(text)}


_BREAKAWAY = (
    "Velmaria declared independence from Dorland in 2009, but Dorland does not recognise it. "
    "Tension in Velmaria rose this week after a vote in Velmaria. "
)


@pytest.mark.parametrize(
    "reference",
    ["the unrecognized entity", "the breakaway region", "the province", "the republic"],
)
def test_a_described_state_is_the_place_the_article_is_about(reference: str) -> None:
    text = _BREAKAWAY + f"On Monday, police of {reference} blocked the roads to the border."
    found = labels_by_actor(text)
    assert reference in found.get("Velmaria", ()), found
    assert reference not in found.get("Dorland", ()), found


@pytest.mark.parametrize(
    "reference", ["the region", "the northern region", "the mining region", "the Dorn region"]
)
def test_an_area_is_no_described_state(reference: str) -> None:
    text = _BREAKAWAY + f"On Monday, police in {reference} blocked the roads to the border."
    found = labels_by_actor(text)
    assert not any(reference in labels for labels in found.values()), found


def test_no_described_state_when_two_places_are_named_alike() -> None:
    text = (
        "Velmaria and Dorland met in Velmaria and then in Dorland. On Monday, police of the "
        "breakaway region blocked the roads."
    )
    found = labels_by_actor(text)
    assert not any("the breakaway region" in labels for labels in found.values()), found


def test_a_place_named_in_passing_does_not_take_the_described_state() -> None:
    text = _BREAKAWAY + (
        "In Velmaria, police crossed the Velm River near Dunmore, and officials of the "
        "breakaway region said the roads were shut."
    )
    found = labels_by_actor(text)
    assert "the breakaway region" in found.get("Velmaria", ()), found


def test_no_described_state_for_a_place_not_named_nearby() -> None:
    text = _BREAKAWAY + (
        "Farmers in Dorland sold more wheat this year. Prices rose in the spring. "
        "On Monday, police of the breakaway region blocked the roads."
    )
    found = labels_by_actor(text)
    assert not any("the breakaway region" in labels for labels in found.values()), found
