"""Capitalised Name-Name compounds read whole (issue 11, class S14), on fictional sentences:
'Hapag-Lloyd' was read as 'Lloyd' beside a stray 'Hapag' (model tests)."""

from __future__ import annotations

import pytest

from storydiff.extract.mentions import find_mentions
from storydiff.model import Mention
from storydiff.nlp import load_spacy

pytestmark = pytest.mark.model


def mentions(text: str) -> tuple[Mention, ...]:
    return find_mentions(load_spacy()(text), "a")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Tarn-based ferry operator Vendel-Marrow said the ship was safe.", "Vendel-Marrow"),
        ("Shares of Orlen-Baltic fell on Monday.", "Orlen-Baltic"),
        ("Marrow-Dahl said on Monday that the ferry would sail.", "Marrow-Dahl"),
        ("Kessrow-Dahl Shipping said it would cut routes.", "Kessrow-Dahl Shipping"),
    ],
)
def test_a_hyphenated_company_name_is_one_name(text: str, name: str) -> None:
    found = [(m.name, m.type) for m in mentions(text)]
    assert (name, "organisation" if "Shipping" in name else "other") in found, found
    halves = set(name.split()[0].split("-"))
    assert not any(n in halves for n, _ in found), found


def test_two_names_joined_before_a_noun_stay_two() -> None:
    text = "Police patrolled the Velka-Orlen border after the Dale-Kell campaign ended."
    names = [m.name for m in mentions(text)]
    assert "Velka-Orlen" not in names and "Dale-Kell" not in names
    assert "Velka" in names


def test_a_party_and_state_tag_is_no_compound_name() -> None:
    text = "Sen. Mitch Dorn, R-Ky., spoke on Monday."
    assert not any(m.text.startswith("R-") for m in mentions(text))


def test_a_double_family_name_alone_is_still_the_person() -> None:
    text = "Representative Ana Torel-Vance spoke on Monday. Torel-Vance left early."
    found = [(m.text, m.name, m.type) for m in mentions(text)]
    assert ("Torel-Vance", "Ana Torel-Vance", "person") in found, found
    assert not any(n == "Torel" for _, n, _ in found), found
