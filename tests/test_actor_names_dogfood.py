"""Actor names seen wrong on real multi-outlet coverage, rebuilt on fictional sentences:
a month abbreviation is no actor, 'Secretary of State X' keeps its title, the Capitol and a
room are buildings, not people (model tests)."""

from __future__ import annotations

import pytest

from storydiff.extract.mentions import find_mentions
from storydiff.model import Mention
from storydiff.nlp import load_spacy

pytestmark = pytest.mark.model


def mentions(text: str) -> tuple[Mention, ...]:
    return find_mentions(load_spacy()(text), "a")


def test_an_abbreviated_month_is_no_actor() -> None:
    found = mentions("The Velka council meets on Oct. 5 and the budget is due by Aug. 30.")
    assert all(m.name not in {"Oct.", "Aug."} for m in found), [m.name for m in found]


def test_secretary_of_state_keeps_its_title_in_the_mention() -> None:
    found = mentions("Secretary of State Halden Morrow said the talks would resume.")
    person = [m for m in found if m.type == "person"]
    assert len(person) == 1
    assert person[0].text == "Secretary of State Halden Morrow"


@pytest.mark.parametrize("place", ["the Velka Capitol", "the North Room"])
def test_a_capitol_or_a_room_is_no_person(place: str) -> None:
    found = mentions(f"The guards stood outside {place} all night.")
    named = [m for m in found if m.text.endswith(place.split()[-1])]
    assert named and all(m.type != "person" for m in named), [(m.text, m.type) for m in named]


def test_a_name_ending_in_state_keeps_it() -> None:
    found = mentions("Fighters of the Islamic State attacked a checkpoint near Velka on Friday.")
    names = [m.name for m in found]
    assert "Islamic State" in names and "Islamic" not in names, names


def test_the_place_before_a_title_is_no_person() -> None:
    found = mentions("Port Venner Lt. Gov. Mira Tolle met Velka Gov. Halden Morrow (D) on Friday.")
    people = {m.name for m in found if m.type == "person"}
    assert people == {"Mira Tolle", "Halden Morrow"}, [(m.name, m.type) for m in found]


def test_a_party_letter_is_no_actor() -> None:
    found = mentions("Velka Gov. Halden Morrow (D) and Sen. Ana Dale (R) met on Friday.")
    assert all(m.name not in {"D", "R"} for m in found), [m.name for m in found]


def test_the_place_before_a_title_is_no_person_across_a_no_break_space() -> None:
    found = mentions("Port Venner Lt. Gov.\u00a0Mira Tolle spoke on Friday.")
    people = {m.name for m in found if m.type == "person"}
    assert people == {"Mira Tolle"}, [(m.name, m.type) for m in found]


def test_an_organisation_with_and_without_its_country_is_one_actor() -> None:
    from storydiff.crossdoc.entities import link_entities

    first = mentions("The U.S. Supreme Court refused to hear the Velka case on Friday.")
    second = find_mentions(
        load_spacy()("The Supreme Court refused to hear the Velka case on Friday."), "b"
    )
    actors = link_entities([("a", first), ("b", second)])
    courts = [e for e in actors if "Court" in e.label]
    assert len(courts) == 1, [e.label for e in actors]
    assert {a.article for a in courts[0].articles} == {"a", "b"}


def test_an_organisation_speaker_with_and_without_its_country_is_one_row() -> None:
    from collections import Counter

    from storydiff.crossdoc.speaker_table import _namesake_keys

    keys = _namesake_keys(Counter({"U.S. Capitol Police": 2, "Capitol Police": 1}))
    assert keys["U.S. Capitol Police"] == keys["Capitol Police"]
    # two countries' armies beside a bare 'Army' stay apart
    keys = _namesake_keys(Counter({"U.S. Army": 1, "UK Army": 1, "Army": 1}))
    assert keys["U.S. Army"] != keys["UK Army"]


def test_two_countries_bodies_beside_the_bare_name_stay_apart() -> None:
    from storydiff.crossdoc.entities import link_entities

    texts = [
        "The U.S. Army and the Army of Velka met. The U.S. Army left.",
        "The UK Army arrived. The UK Army stayed.",
        "The Army spoke. The Army left.",
    ]
    found = [(f"a{n}", find_mentions(load_spacy()(t), f"a{n}")) for n, t in enumerate(texts)]
    labels = [e.label for e in link_entities(found)]
    assert not any("U.S." in label and "UK" in label for label in labels)
    assert sum("Army" in label for label in labels) >= 2, labels


def test_the_country_after_a_demonym_group_is_the_country_named_before() -> None:
    found = mentions(
        "The Velka envoy left Mali on Friday, saying most Americans in the country had "
        "already gone home."
    )
    country = [m for m in found if m.text == "the country"]
    assert country and country[0].name == "Mali", [(m.text, m.name, m.type) for m in found]


def test_an_embassy_is_an_organisation() -> None:
    found = mentions("Staff at the Velka Embassy burned documents on Friday.")
    embassy = [m for m in found if m.text.endswith("Embassy")]
    assert embassy and embassy[0].type == "organisation", [(m.text, m.type) for m in found]
