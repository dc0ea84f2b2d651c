"""Actor linking rules from the error reading of NewsWCL50 train and val (round 6, issue 11),
rebuilt on fictional sentences: the pact a story is about when its name is not written
('the Norway deal', 'the deal', 'the 2015 accord') (model tests)."""

from __future__ import annotations

import pytest

from actor_helpers import labels_of, linked, mentions
from storydiff.extract.mention_parts import OPEN_PACT_KEY

pytestmark = pytest.mark.model


def test_a_pact_named_by_its_country_and_the_deal_after_it_are_one_actor() -> None:
    found = mentions(
        "Norway signed the Norway nuclear deal with Dorn in 2015. Senator Ana Dale called "
        "the deal a disaster on Monday. The Norway agreement still stands, her aides said, "
        "and the Norway Nuclear deal will hold."
    )
    pacts = [m for m in found if m.key == "norway deal"]
    assert [m.text for m in pacts] == [
        "the Norway nuclear deal",
        "the deal",
        "The Norway agreement",
        "the Norway Nuclear deal",
    ], [(m.text, m.key) for m in found]
    assert all(m.type == "other" for m in pacts)
    # a state's name the tagger runs into the next capitalised word still keys the pact
    late = mentions("Senator Dale said she would withdraw from the Norway Nuclear deal soon.")
    assert [m.key for m in late if m.text.endswith("deal")] == ["norway deal"], late
    # the country itself is still its own actor
    assert any(m.key == "norway" and m.text == "Norway" for m in found)


def test_the_deal_is_the_pact_named_last_and_never_an_indefinite_or_plural_one() -> None:
    found = mentions(
        "Envoys signed the Joint Harbour Plan of Action on Friday. Critics said the "
        "agreement was weak and the 2015 accord must go. Dale wants a new deal, and the "
        "deals with Dorn are off."
    )
    keys = {m.text: m.key for m in found}
    assert keys.get("the agreement") == "joint harbour plan of action", keys
    assert keys.get("the 2015 accord") == "joint harbour plan of action", keys
    assert "a new deal" not in keys and "the deals" not in keys and "deal" not in keys


def test_the_deal_with_no_pact_named_is_no_actor() -> None:
    text = "The union and the company reached the deal late on Monday."
    found = mentions(text)
    # an open pact for the other articles to name (branch `link7`), no actor on its own
    deals = [m for m in found if "deal" in m.text]
    assert all(m.key.startswith(OPEN_PACT_KEY) for m in deals), found
    assert not any("deal" in e.label for e in linked(text))


def test_outlets_naming_one_pact_differently_share_its_row() -> None:
    entities = linked(
        "Norway and Dorn signed the Norway deal in 2015. Dale called the deal a disaster.",
        "The landmark Norway agreement of 2015 was praised, and the accord held for years.",
    )
    pact = next(e for e in entities if "Norway deal" in labels_of(e) or e.label == "Norway deal")
    assert len(pact.articles) == 2
    assert {"the deal", "the accord"} <= labels_of(pact), labels_of(pact)


def test_the_people_around_an_actor_are_a_group_of_their_own() -> None:
    found = mentions(
        "Senator Ana Dale spoke on Monday. Dale's team met the envoys, and investigators "
        "for Ms. Dale left Tarnholm. Dale associates and Dale's allies were calm."
    )
    keys = {m.text: (m.key, m.type) for m in found}
    assert keys.get("Dale's team") == ("dale team", "group"), keys
    assert keys.get("investigators for Ms. Dale") == ("dale team", "group"), keys
    assert keys.get("Dale associates") == ("dale allies", "group"), keys
    assert keys.get("Dale's allies") == ("dale allies", "group"), keys
    # Dale herself is still named in each of these phrases
    assert sum(1 for m in found if m.key == "dale" and m.type == "person") >= 4


def test_a_circle_needs_a_named_owner_and_an_office_to_be_people() -> None:
    found = mentions(
        "Governor Ana Dale denied it. The votes were counted in Dale's office, her rival "
        "said, and her lawyers and the investigators agreed."
    )
    assert not [m for m in found if m.key.endswith((" team", " allies"))], [
        (m.text, m.key) for m in found
    ]


def test_two_actors_circles_stay_apart_across_outlets() -> None:
    entities = linked(
        "Senator Ana Dale and Mayor Ivo Brant met. Dale's team left, and Brant's team stayed.",
        "Brant's staff stayed, and Ivo Brant said the aides of Senator Ana Dale were wrong.",
    )
    teams = {frozenset(labels_of(e)) for e in entities if e.type == "group"}
    assert teams == {
        frozenset({"Dale's team", "the aides of Senator Ana Dale"}),
        frozenset({"Brant's team", "Brant's staff"}),
    }, teams


def test_the_deal_read_before_the_pact_is_named_and_after_a_new_unnamed_one() -> None:
    found = mentions(
        "Critics said the deal had failed. Norway signed the Norway deal in 2015, and the "
        "Norway deal held. Senator Dale then sought a final agreement with Dorn. That deal "
        "would cap fishing."
    )
    keys = {m.text: m.key for m in found}
    assert keys.get("the deal") == "norway deal", keys  # named later in the article
    assert "That deal" not in keys, keys  # the new agreement with Dorn, which has no name


def test_the_deal_is_the_pact_referred_to_most_not_a_treaty_named_in_passing() -> None:
    found = mentions(
        "Norway signed the Norway deal in 2015. The deal capped fishing, and the deal "
        "held. Norway stays in the Harbour Safety Treaty, officials said. The agreement "
        "still stands."
    )
    keys = {m.text: m.key for m in found}
    assert keys.get("The agreement") == "norway deal", keys


def test_a_demonym_before_leaders_or_a_side_names_the_state() -> None:
    found = mentions(
        "Norway and Velmaria met in Tromsø. Norwegian leaders said on Monday that the "
        "Norwegian side would not sign. Prime Minister Ana Dale of Norway left, and the "
        "Norwegian leader flew home."
    )
    keys = {m.text: (m.key, m.type) for m in found}
    assert keys.get("Norwegian leaders") == ("norway", "place"), keys
    assert keys.get("the Norwegian side") == ("norway", "place"), keys
    # one leader is a title (a person), never the state
    assert keys.get("the Norwegian leader", ("", ""))[0] != "norway", keys


def test_a_side_of_a_border_is_a_place_and_no_antecedent_of_the_country() -> None:
    found = mentions(
        "Kosovo closed a crossing after protesters blocked it on the Serbian side, refusing "
        "to recognise the country's independence."
    )
    keys = {m.text: m.key for m in found}
    assert "the Serbian side" not in keys, keys
    assert keys.get("the country") == "kosovo", keys


def test_an_administration_with_no_leader_titled_is_no_country_guessed() -> None:
    found = mentions(
        "Velkan agents broke into servers, Norway said. Norway named four agents of "
        "Norway's neighbour. Ivo Brant, the administration's adviser, resigned."
    )
    assert not [m for m in found if m.text == "the administration" and m.key == "norway"], [
        (m.text, m.key) for m in found
    ]
    government = mentions("Norway said on Monday that the government would act.")
    assert any(m.text == "the government" and m.key == "norway" for m in government)
