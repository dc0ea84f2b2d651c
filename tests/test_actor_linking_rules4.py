"""Actor linking rules from the error reading of NewsWCL50 val (round 7, issue 11), rebuilt
on fictional sentences: a state's industry is a group of its own (model tests)."""

from __future__ import annotations

import pytest

from actor_helpers import linked, mentions

pytestmark = pytest.mark.model


def test_a_states_industry_is_a_group_keyed_by_the_state_not_the_state() -> None:
    found = mentions(
        "Norway raised its levy on timber in May. Norwegian sawmill owners protested, and "
        "Chilean producers said the levy would hurt them. Chile's trade minister said "
        "Chilean pulp producers would lose orders, and the Chilean industry "
        "asked Norway for talks."
    )
    keys = {m.text: (m.key, m.type) for m in found}
    assert keys.get("Chilean producers") == ("chile industry", "group"), keys
    assert keys.get("Chilean pulp producers") == ("chile industry", "group"), keys
    assert keys.get("the Chilean industry") == ("chile industry", "group"), keys
    # the state is still the state where it acts
    assert any(m.key == "norway" and m.text == "Norway" for m in found), keys


def test_a_country_name_before_the_industry_is_no_mention_of_the_state() -> None:
    found = mentions(
        "Officials in Oslo met on Friday. They said U.S. steel producers and the two "
        "U.S. metals industries had asked for the levy."
    )
    texts = {m.text: m.key for m in found}
    assert texts.get("U.S. steel producers") == "united states industry", texts
    assert texts.get("the two U.S. metals industries") == "united states industry", texts
    assert "U.S." not in texts, texts


def test_an_industry_of_no_named_state_or_a_noun_after_industry_is_no_industry() -> None:
    found = mentions(
        "The industry warned on Monday, and steelmakers agreed. An industry group in Oslo "
        "said Norwegian industry leaders would meet."
    )
    assert not any(m.key.endswith(" industry") for m in found), [(m.text, m.key) for m in found]


def test_outlets_naming_one_states_industry_differently_share_its_row() -> None:
    entities = linked(
        "Chile imposed quotas on Monday. Norwegian producers said the quotas were unfair.",
        "Norwegian steelmakers warned of job losses after Chile acted on Monday.",
    )
    industry = next(e for e in entities if e.label == "Norway industry")
    assert len(industry.articles) == 2
    chile = next(e for e in entities if e.label == "Chile")
    assert len(chile.articles) == 2


def test_an_administration_official_or_delegation_acts_for_the_state_named_most() -> None:
    found = mentions(
        "Norway raised its levy on Monday. Norway said Chile must act. The Oslo Journal "
        "reported it, citing a senior administration official, and said an administration "
        "delegation would fly to Santiago."
    )
    keys = {m.text: m.key for m in found}
    assert keys.get("a senior administration official") == "norway", keys
    assert keys.get("an administration delegation") == "norway", keys


def test_officials_named_by_a_leaders_administration_act_for_the_state() -> None:
    # (the parse hangs 'Pratt' from 'officials' here, beside 'administration')
    found = mentions(
        "President Ana Pratt of Norway raised the levy. But Pratt administration officials "
        "said on Monday that Norway would wait."
    )
    officials = [m for m in found if m.text.endswith("officials")]
    assert [m.key for m in officials] == ["norway"], [(m.text, m.key) for m in found]


def test_a_lone_official_or_a_campaigns_officials_stand_for_no_state() -> None:
    found = mentions(
        "Norway raised its levy. An official said talks would go on, and Dale campaign "
        "officials declined to comment."
    )
    assert not any(m.text.endswith(("official", "officials")) for m in found), found


def test_the_second_of_two_demonyms_names_its_own_states_officials() -> None:
    found = mentions("The deal was announced by U.S. and South Korean officials on Monday.")
    keys = {m.text: m.key for m in found}
    assert keys.get("South Korean officials") == "south korea", keys
    assert keys.get("U.S.") == "united states", keys


def test_a_portfolio_before_a_title_is_part_of_the_title_and_the_state_stays() -> None:
    found = mentions(
        "Treasury Secretary Ana Holm spoke, and Commerce Secretary Ira Voss and EU Trade "
        "Commissioner Tom Ress agreed. Norway Trade Minister Eva Lund was in Oslo."
    )
    texts = [(m.text, m.key) for m in found]
    assert ("EU", "european union") in texts, texts
    assert ("Norway", "norway") in texts, texts
    assert not any(m.text in {"Treasury", "Commerce", "EU Trade", "Norway Trade"} for m in found)
    assert {m.key for m in found if m.type == "person"} == {"holm", "voss", "ress", "lund"}


def test_a_company_or_a_department_acting_is_kept_before_and_apart_from_a_title() -> None:
    found = mentions(
        "Holm Timber Chairman Ira Voss spoke. The Treasury said on Monday that it would pay."
    )
    texts = {m.text for m in found}
    assert "Holm Timber" in texts and "The Treasury" in texts, texts


def test_a_company_closed_by_its_countrys_initials_is_a_company_with_its_description() -> None:
    found = mentions(
        "Ira Voss, president of Holm Timber USA, a Tromso-based distributor of timber "
        "products, said the levy helped. Holm Timber USA will hire."
    )
    keys = {m.text: (m.key, m.type) for m in found}
    assert keys.get("Holm Timber USA") == ("holm timber usa", "organisation"), keys
    assert keys.get("a Tromso-based distributor") == ("holm timber usa", "organisation"), keys
    # a country's initials alone, or after a country, stay the country
    alone = mentions("Envoys of the USA and Chile met in Oslo.")
    assert ("the USA", "united states") in [(m.text, m.key) for m in alone], alone


def test_a_demonym_before_a_hyphen_names_its_state() -> None:
    found = mentions("Russian-backed separatists shelled the port, and sold American-made rifles.")
    keys = [(m.text, m.key, m.type) for m in found]
    assert ("Russian", "russia", "place") in keys, keys
    assert ("American", "united states", "place") in keys, keys


def test_a_demonym_before_a_hyphen_describing_a_people_is_no_state() -> None:
    found = mentions("Officers drove into Serb-inhabited villages near the river on Monday.")
    assert not any(m.key == "serbia" for m in found), [(m.text, m.key) for m in found]
