"""Actor linking rules from the CEAF-e reading of NewsWCL50 train (round 5), rebuilt on
fictional sentences: agencies named 'X and Y Protection', dotted acronyms and pacts named
'… of …', a leader's government under two nouns, a body's country spelled out, plural
demonyms opening a sentence (model tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

import storydiff
from actor_helpers import labels_of, linked, mentions
from storydiff.evaluation import load_example
from storydiff.text_names import initials_forms

pytestmark = pytest.mark.model


def test_an_agency_named_x_and_y_protection_is_one_organisation() -> None:
    text = (
        "Officers of Harbour and Border Protection met the boats on Monday, and Fishing and "
        "Customs Enforcement said it would help. Critics said Harbour and Border Protection "
        "was slow."
    )
    found = mentions(text)
    protection = [m for m in found if m.text.endswith("Harbour and Border Protection")]
    assert len(protection) == 2, [m.text for m in found]
    assert all(m.type == "organisation" for m in protection)
    assert {m.key for m in protection} == {"harbour and border protection"}
    enforcement = [m for m in found if m.text == "Fishing and Customs Enforcement"]
    assert len(enforcement) == 1 and enforcement[0].type == "organisation"
    assert enforcement[0].key != protection[0].key


def test_a_guard_is_a_body_kept_whole() -> None:
    found = {m.text: m for m in mentions("The Velkan Coast Guard sent two boats on Monday.")}
    guard = next((m for t, m in found.items() if t.endswith("Coast Guard")), None)
    assert guard is not None and guard.type == "organisation", list(found)
    assert guard.key == "velkan coast guard"


def test_a_dotted_acronym_and_a_pact_named_with_of_are_one_actor() -> None:
    entities = linked(
        "Envoys signed the Joint Harbour Plan of Action on Friday. The plan limits fishing.",
        "Critics of the J.H.P.O.A. said on Monday that the J.H.P.O.A. would fail.",
        "The JHPOA ends in 2030, officials said, and the JHPOA can be renewed.",
    )
    pact = [e for e in entities if any("JHPOA" in label for label in labels_of(e))]
    assert len(pact) == 1, [(e.label, labels_of(e)) for e in entities]
    assert "Joint Harbour Plan of Action" in pact[0].label
    assert pact[0].type == "other"
    assert {a.article for a in pact[0].articles} == {"a0", "a1", "a2"}


def test_acronyms_may_keep_the_letter_of_of() -> None:
    assert initials_forms("Joint Harbour Plan of Action") == {"jhpa", "jhpoa"}
    assert initials_forms("Bureau of Harbour Safety") == {"bhs", "bohs"}
    assert initials_forms("Velka") == frozenset()


def test_a_treaty_of_a_place_is_one_name_and_no_person() -> None:
    found = {m.text: m for m in mentions("Dorn left the Treaty of Velka on Monday.")}
    treaty = next((m for t, m in found.items() if "Treaty of Velka" in t), None)
    assert treaty is not None and treaty.type == "other", [(t, m.type) for t, m in found.items()]


def test_a_leaders_government_under_two_nouns_is_one_actor() -> None:
    text = (
        "Velmarian Prime Minister Ana Dorsey spoke on Monday. Her government wants a deal, "
        "Dorsey said. Her administration will vote on it on Friday."
    )
    entities = linked(text, "Velmaria said on Tuesday that the talks would go on.")
    government = [e for e in entities if any("government" in label for label in labels_of(e))]
    assert len(government) == 1, [(e.label, labels_of(e)) for e in entities]
    assert {"Her government", "Her administration"} <= labels_of(government[0])


def test_a_bodys_abbreviated_country_is_spelled_out_in_its_key() -> None:
    found = mentions(
        "The U.S. Embassy in Dorn opened on Monday. Staff at the new United States Embassy cheered."
    )
    embassy = [m for m in found if "Embassy" in m.text]
    assert len(embassy) == 2 and {m.key for m in embassy} == {"united states embassy"}


def test_a_plural_demonym_opening_a_sentence_is_a_people_no_place() -> None:
    text = "Velkans gathered on Monday.\nBritons will protest on Friday, Ana Dorsey said."
    found = {m.text: m for m in mentions(text)}
    assert found["Britons"].type == "group", [(t, m.type) for t, m in found.items()]


def test_a_persons_possessive_before_a_body_is_the_person_and_the_body() -> None:
    text = (
        "President Dana Velk met donors on Monday. The director of Velk's National Harbour "
        "Council, Ira Holm, said the Kessrow Miners' Union would strike."
    )
    keys = {m.text: m.key for m in mentions(text)}
    assert keys.get("Velk") == "velk", keys
    assert keys.get("National Harbour Council") == "national harbour council", keys
    assert keys.get("the Kessrow Miners' Union") == "kessrow miners union", keys


def test_whose_administration_is_the_government_of_the_leader_the_clause_is_about() -> None:
    text = (
        "The caravan faced opposition from President Ana Dale, whose administration warned "
        "of arrests on Monday. The river, whose government is unclear, rose."
    )
    keys = {m.text: m.key for m in mentions(text)}
    assert keys.get("whose administration") == "dale administration", keys
    assert "whose government" not in keys, keys


def test_this_administration_is_the_leaders_government() -> None:
    text = (
        "President Ana Dale spoke in Velka on Monday. Protesters gathered at the gate. "
        '"Velka will not bow to this administration," said Ira Holm, a campaigner.'
    )
    keys = {m.text: m.key for m in mentions(text)}
    assert keys.get("this administration") == "dale administration", keys


def test_a_named_caravan_is_the_group_its_outlets_describe() -> None:
    text = (
        "The Velkan Caravan reached the border on Sunday. The caravan waited. "
        '"These large Caravans of people must stop," Dale wrote. The Harbour Police came.'
    )
    found = {m.text: m for m in mentions(text)}
    for written in ("The Velkan Caravan", "The caravan", "These large Caravans"):
        assert found[written].type == "group", [(t, m.type) for t, m in found.items()]
        assert found[written].key == "migrant", [(t, m.key) for t, m in found.items()]
    police = next(m for t, m in found.items() if t.endswith("Harbour Police"))
    assert police.type == "organisation"


def test_a_headlines_group_noun_is_the_group_under_its_common_word(examples_dir: Path) -> None:
    # our own fictional example: the Lorrin Courier's headline opens with 'Farmers', read
    # there as a one-word name; it is the farmers the three outlets describe
    gold = load_example(examples_dir / "lorrin-river-floods")
    entities = storydiff.compare(gold.read_articles()).entities
    groups = [e for e in entities if e.type == "group" and "farmers" in labels_of(e)]
    assert len(groups) == 1, [(e.label, labels_of(e)) for e in entities]
    assert groups[0].label == "farmers"
    assert "Farmers" in labels_of(groups[0])
