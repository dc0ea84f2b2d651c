"""Actor linking rules from the error reading of NewsWCL50 train and val (round 6, issue 11),
rebuilt on fictional sentences: the pact a story is about when its name is not written
('the Norway deal', 'the deal', 'the 2015 accord') (model tests)."""

from __future__ import annotations

import pytest

from storydiff.crossdoc.entities import link_entities
from storydiff.extract.mentions import find_mentions
from storydiff.model import Entity, Mention
from storydiff.nlp import load_spacy

pytestmark = pytest.mark.model


def mentions(text: str, article: str = "a") -> tuple[Mention, ...]:
    return find_mentions(load_spacy()(text), article)


def linked(*texts: str) -> tuple[Entity, ...]:
    return link_entities([(f"a{n}", mentions(text, f"a{n}")) for n, text in enumerate(texts)])


def labels_of(entity: Entity) -> set[str]:
    return {label for article in entity.articles for label in article.labels}


def test_a_pact_named_by_its_country_and_the_deal_after_it_are_one_actor() -> None:
    found = mentions(
        "Norway signed the Norway nuclear deal with Dorn in 2015. Senator Ana Dale called "
        "the deal a disaster on Monday. The Norway agreement still stands, her aides said."
    )
    pacts = [m for m in found if m.key == "norway deal"]
    assert [m.text for m in pacts] == [
        "the Norway nuclear deal",
        "the deal",
        "The Norway agreement",
    ], [(m.text, m.key) for m in found]
    assert all(m.type == "other" for m in pacts)
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
    found = mentions("The union and the company reached the deal late on Monday.")
    assert all(m.type != "other" or "deal" not in m.text for m in found), found


def test_outlets_naming_one_pact_differently_share_its_row() -> None:
    entities = linked(
        "Norway and Dorn signed the Norway deal in 2015. Dale called the deal a disaster.",
        "The landmark Norway agreement of 2015 was praised, and the accord held for years.",
    )
    pact = next(e for e in entities if "Norway deal" in labels_of(e) or e.label == "Norway deal")
    assert len(pact.articles) == 2
    assert {"the deal", "the accord"} <= labels_of(pact), labels_of(pact)
