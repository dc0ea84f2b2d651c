"""A country's officials, government and back-references link to the country (model tests;
sentences written here)."""

from __future__ import annotations

import pytest

from storydiff.extract.mentions import find_mentions
from storydiff.model import Mention
from storydiff.nlp import load_spacy

pytestmark = pytest.mark.model


def mentions_of(text: str) -> dict[str, Mention]:
    return {m.text: m for m in find_mentions(load_spacy()(text), "a")}


def test_officials_and_governments_stand_for_their_country() -> None:
    found = mentions_of(
        "U.S. officials met Chinese negotiators in Lorrin. The Canadian government said "
        "Washington had not called."
    )
    assert found["U.S. officials"].key == found["Washington"].key == "united states"
    assert found["Chinese negotiators"].key == "china"
    assert found["The Canadian government"].key == "canada"


def test_a_leaders_government_stays_its_own_actor() -> None:
    found = mentions_of("The Bush administration and the Obama administration disagreed.")
    assert found["The Bush administration"].key != found["the Obama administration"].key


def test_the_country_is_the_one_named_last_and_the_government_the_one_named_most() -> None:
    found = mentions_of(
        "Brazil signed the deal. Brazil and Chile met in Lorrin. The country said the talks "
        "were over, and the government agreed."
    )
    assert found["The country"].key == "chile"
    assert found["the government"].key == "brazil"


def test_a_demonym_on_a_common_noun_is_no_actor() -> None:
    assert "Canadian steel" not in mentions_of("Tariffs on Canadian steel rose on Monday.")


def test_his_country_and_unnamed_officials_stand_for_a_country() -> None:
    found = mentions_of(
        "Brazil raised its tariffs. Brazil said prices would rise. Brazil and Chile met in "
        "Lorrin, and President Ana Ruiz of "
        "Chile said her country would wait. Officials said the talks would go on, and "
        "campaign officials disagreed."
    )
    assert found["her country"].key == "chile"
    assert found["Officials"].key == "brazil"  # the country the article names most
    assert "campaign officials" not in found  # officials of a campaign, not of a state


def test_a_country_named_only_as_a_modifier_is_not_the_country_referred_back_to() -> None:
    found = mentions_of(
        "Vessa closed the Vessa-Dorland border on Monday. Brazil said the country had "
        "broken no rule."
    )
    assert found["the country"].key == "brazil"
    found = mentions_of("Brazil closed the Chile-Peru road. Later the country reopened it.")
    assert found["the country"].key == "brazil"
