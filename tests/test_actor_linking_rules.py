"""Actor linking rules found by reading linking errors on NewsWCL50 train, rebuilt on
fictional sentences: honours before a given name, companies, demonyms, plural country
nouns, given names across articles (model tests)."""

from __future__ import annotations

import pytest

from actor_helpers import labels_of, linked, mentions

pytestmark = pytest.mark.model


def test_an_honour_leads_a_given_name_so_the_family_name_is_last() -> None:
    text = (
        "The envoy Sir Kim Harrow said on Monday that the fishing talks would go on. "
        "Harrow later met Kim Jong Un's envoy, and Kim Harrow left on Tuesday."
    )
    keys = {m.text: m.key for m in mentions(text)}
    assert keys.get("Harrow") == "harrow", keys
    assert keys.get("Kim Harrow") == "harrow", keys
    assert keys.get("Kim Jong Un") == "kim", keys
    assert any(k.endswith("Sir Kim Harrow") and v == "harrow" for k, v in keys.items()), keys


@pytest.mark.parametrize(
    "text",
    [
        "Holm Copper shares fell 4 percent on Tuesday after the flood.",
        "Holm Copper, the mining company, said the flood had stopped output.",
        "The conglomerate Holm Copper said the flood had stopped output.",
        "Holm Copper said output fell. Holm Copper, the mining firm, blamed the flood.",
    ],
)
def test_a_company_by_its_apposition_or_its_shares_is_an_organisation(text: str) -> None:
    found = [m for m in mentions(text) if m.name == "Holm Copper"]
    assert found and all(m.type == "organisation" for m in found), [(m.text, m.type) for m in found]
    assert all(m.key == "holm copper" for m in found), [m.key for m in found]


def test_a_companys_first_word_and_the_company_refer_back_to_it() -> None:
    text = (
        "Tesk Minerals shares slid on Tuesday. Tesk has asked the labour court to rule the "
        "strike illegal, and the company said it would appeal."
    )
    found = {m.text: (m.key, m.type) for m in mentions(text)}
    assert found.get("Tesk") == ("tesk minerals", "organisation"), found
    assert found.get("the company") == ("tesk minerals", "organisation"), found


def test_a_bare_demonym_is_the_countrys_label_but_a_qualified_people_is_a_group() -> None:
    entities = linked(
        "The Iranians walked out of the fishing talks on Monday. Iran said they had failed.",
        "Iran rejected the offer, and the Iranians left early. Ethnic Serbs protested, and "
        "Serbia sent an envoy.",
        "Serbs protested in the square again. Serbia said it would send an envoy.",
    )
    iran = next(e for e in entities if e.label == "Iran")
    assert {"The Iranians", "the Iranians"} <= labels_of(iran)
    serbia = next(e for e in entities if e.label == "Serbia")
    assert not any("Serbs" in label for label in labels_of(serbia)), labels_of(serbia)


def test_several_countries_are_not_the_country_named_last() -> None:
    text = (
        "Canada signed a fishing pact with Peru on Monday. Ties between the two countries "
        "improved, and the country will open a consulate."
    )
    found = {m.text: m.key for m in mentions(text)}
    assert "the two countries" not in found, found
    assert found.get("the country") == "peru", found


def test_a_qualified_demonym_acts_for_its_own_state() -> None:
    found = {m.text: m.key for m in mentions("South Korean officials met North Korean envoys.")}
    assert found.get("South Korean officials") == "south korea", found


def test_a_lone_given_name_joins_the_one_person_so_named_in_another_article() -> None:
    entities = linked(
        "Governor Dana Velk met Mayor Ira Holm on Monday. Velk said the talks went well.",
        '"Dana, you have been a great friend," Holm said at the dinner. Holm praised Velk.',
    )
    velk = next(e for e in entities if e.label == "Dana Velk")
    assert "Dana" in labels_of(velk)
    assert not any(e.label == "Dana" for e in entities)


def test_the_government_in_a_capital_is_that_countrys() -> None:
    text = (
        "Canada and South Korea signed a steel pact on Monday. Canada said the government in "
        "Seoul had agreed to limit its exports."
    )
    found = {m.text: m.key for m in mentions(text)}
    assert found.get("the government") == "south korea", found


def test_a_leaders_government_is_the_country_when_it_is_its_only_government() -> None:
    entities = linked(
        "U.S. President Dana Velk met fishing officials on Monday. The Velk administration "
        "said the talks went well.",
        "Washington said the fishing talks failed. The Velk administration denied it.",
    )
    usa = next(e for e in entities if e.label == "United States")
    assert {"The Velk administration", "Washington"} <= labels_of(usa)


def test_two_governments_of_one_country_stay_apart_from_it() -> None:
    entities = linked(
        "U.S. President Dana Velk met fishing officials on Monday. The Velk administration "
        "said the talks went well, unlike the Ravel administration before it.",
        "Washington said the talks failed. The Velk administration denied it, and the Ravel "
        "administration was blamed. U.S. President Ana Ravel had signed the first pact.",
    )
    usa = next(e for e in entities if e.label == "United States")
    assert not any("administration" in label for label in labels_of(usa)), labels_of(usa)
    governments = {e.label for e in entities if "administration" in e.label}
    assert governments == {"Velk administration", "Ravel administration"}, governments


def test_a_title_in_apposition_is_the_person_it_is_apposed_to() -> None:
    text = (
        "Governor Ana Dale named a new harbour director on Monday. Ira Holm, the fishing "
        "board director, said the port would reopen, and Tom Ress, the director of the "
        "museum, agreed."
    )
    found = {m.text: m.key for m in mentions(text)}
    assert found.get("the fishing board director") == "holm", found
    assert found.get("the director") == "ress", found


def test_a_capital_whose_mayor_is_named_is_the_city_in_every_article() -> None:
    entities = linked(
        "London Mayor Ana Dale opened the fishing fair on Monday. London's mayor said "
        "Britain would pay for it, and London cheered.",
        "Britain sent its fishing fleet to London on Monday. London was sunny, Britain said.",
    )
    london = next(e for e in entities if e.label == "London")
    assert len(london.articles) == 2
    britain = next(e for e in entities if e.label == "United Kingdom")
    assert labels_of(britain) == {"Britain"}


def test_a_capital_with_no_mayor_still_stands_for_its_state() -> None:
    found = {m.text: m.key for m in mentions("Moscow said on Monday that the talks failed.")}
    assert found.get("Moscow") == "russia", found


@pytest.mark.parametrize("name", ["Astwater Energy", "Holmgate Securities", "Tesk Minerals"])
def test_a_name_ending_as_companies_names_end_is_an_organisation(name: str) -> None:
    text = f"{name}, which runs the dam, said the release was safe."
    found = [m for m in mentions(text) if m.name == name]
    assert found and all(m.type == "organisation" for m in found), [(m.text, m.type) for m in found]


def test_the_plural_of_a_company_noun_is_no_company() -> None:
    text = "Tesk Minerals shares fell. The miners walked out, and the company said it would sue."
    found = {m.text: m.key for m in mentions(text)}
    assert "The miners" not in found or found["The miners"] != "tesk minerals", found
    assert found.get("the company") == "tesk minerals", found


def test_a_chief_executives_employer_is_a_company() -> None:
    text = "Tesk Copper chief executive Ana Dale said the strike was unlawful."
    found = {m.name: m.type for m in mentions(text)}
    assert found.get("Tesk Copper") == "organisation", found
    assert found.get("Ana Dale") == "person", found


def test_one_company_across_articles_however_written_or_typed() -> None:
    entities = linked(
        "Astwater Energy, which operates the dam, said the release was safe. Astwater Energy "
        "said so again.",
        "The energy giant Astwater opened the floodgates. Astwater claimed it had warned them.",
        "The mine is owned by Tesk Minerals. Tesk Minerals said it would sue.",
        "Tesk Minerals shares fell. Tesk said it would appeal.",
    )
    assert {e.label for e in entities} == {"Astwater Energy", "Tesk Minerals"}, [
        (e.label, e.type) for e in entities
    ]
    assert all(e.type == "organisation" for e in entities)


def test_his_administration_is_the_government_of_the_leader_the_sentence_names() -> None:
    text = (
        "U.S. President Dana Velk met Mr. Holm on Monday. The president did not say who in "
        "his administration had talked to the fishing board."
    )
    found = {m.text: m.key for m in mentions(text)}
    assert found.get("his administration") == "velk administration", found


def test_a_minister_has_no_government_of_their_own() -> None:
    text = "Fishing Minister Tom Ress met the board. Ress said his government would act."
    found = {m.text: m.key for m in mentions(text)}
    assert "his government" not in found, found


def test_a_department_of_something_is_the_something_department() -> None:
    text = (
        "The Department of Harbour Safety said the port was closed. Later the Harbour Safety "
        "Department said it would reopen."
    )
    keys = {m.key for m in mentions(text) if "Department" in m.text}
    assert keys == {"harbour safety department"}, keys


def test_europe_acting_is_the_european_union_the_articles_name() -> None:
    entities = linked(
        "Europe retaliated against the fishing quotas on Monday, European officials said.",
        "The European Union said it would answer the quotas, and Europe would not back down.",
    )
    union = next(e for e in entities if e.label == "European Union")
    assert {"Europe", "European officials"} <= labels_of(union), labels_of(union)


def test_a_given_name_before_the_whole_name_is_that_person() -> None:
    text = (
        '"Melania and I were honoured," the president said. President Dana Velk and Melania '
        "Velk welcomed the fishing delegation."
    )
    found = {m.text: m.name for m in mentions(text)}
    assert found.get("Melania") == "Melania Velk", found


def test_the_capitalised_administration_is_a_description() -> None:
    text = (
        "The Velk administration imposed fishing quotas on Monday. The Administration said "
        "they would stay."
    )
    found = {m.text: m.key for m in mentions(text)}
    assert found.get("The Administration") == "velk administration", found


def test_a_counterpart_or_strongman_of_a_country_is_its_titled_leader() -> None:
    text = (
        "Prime Minister Ira Holm of Japan met President Dana Velk of Dorn on Monday. Velk "
        "praised his Japanese counterpart."
    )
    found = {m.text: m.key for m in mentions(text)}
    assert found.get("his Japanese counterpart") == "holm", found


def test_a_states_organs_named_by_its_demonym_act_for_it() -> None:
    text = "Russian intelligence denied the hack on Monday, and the French military said so."
    found = {m.text: m.key for m in mentions(text)}
    assert found.get("Russian intelligence") == "russia", found
    assert found.get("the French military") == "france", found
    assert not mentions("Agents said the fishing talks failed on Monday.")


def test_officials_of_something_else_stand_for_no_state() -> None:
    text = (
        "President Dana Velk met fishing officials on Monday. Top officials in Velk's "
        "campaign agreed, and officials in Seoul said the same."
    )
    found = {m.text: m.key for m in mentions(text)}
    assert "officials" in found and found["officials"] == "south korea", found
    assert not any(key in {"south korea"} for text, key in found.items() if "Top" in text)


def test_the_administration_with_none_named_is_the_leaders_government() -> None:
    text = (
        "President Dana Velk imposed fishing quotas on Monday. The administration said they "
        "would stay."
    )
    found = {m.text: m.key for m in mentions(text)}
    assert found.get("The administration") == "velk administration", found


def test_a_capitalised_country_noun_refers_back_to_the_country() -> None:
    text = "Canada signed a fishing pact on Monday. It is good for our Country, Canada said."
    found = {m.text: m.key for m in mentions(text)}
    assert found.get("our Country") == "canada", found


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("San Marco", "place"),
        ("Los Velos", "place"),
        ("Tel Arad", "place"),
        ("Orlen Palace", "place"),
        ("the Velk Garden", "place"),
        ("the Demilitarised Zone", "place"),
        ("the Dorn-Pacific Partnership", "other"),
    ],
)
def test_places_buildings_and_pacts_are_no_people(name: str, kind: str) -> None:
    text = f"Fishing delegates met on Monday, and {name} was mentioned by the envoy."
    found = [m for m in mentions(text) if m.name in name]
    assert found and all(m.type == kind for m in found), [(m.text, m.type) for m in found]


def test_an_executive_order_makes_no_company() -> None:
    text = "President Dana Velk signed the Velk executive order on fishing. Velk said so."
    found = {m.name: m.type for m in mentions(text)}
    assert found.get("Dana Velk") == "person", found


def test_a_word_for_people_in_apposition_makes_no_company() -> None:
    text = "The maker of the film, Ana Dale, said on Monday that Dale was a giant of jazz."
    found = {m.name: m.type for m in mentions(text)}
    assert found.get("Ana Dale") == "person", found


def test_a_headline_name_modifying_a_noun_is_the_person_named_later() -> None:
    text = (
        "Inspectors hint at obstruction in Velk questions\n"
        "President Dana Velk was asked 40 questions about fishing on Monday."
    )
    first = min(mentions(text), key=lambda m: m.start)
    assert (first.text, first.key) == ("Velk", "velk"), first


def test_the_bloc_is_the_union_named_before() -> None:
    text = "The European Union imposed fishing duties on Monday. The bloc said more would follow."
    found = {m.text: m.key for m in mentions(text)}
    assert found.get("The bloc") == "european union", found
    assert not mentions("The bloc of opposition parties met on Monday.")


def test_an_alliance_or_coalition_is_an_organisation_named_whole() -> None:
    text = (
        "The Alliance for Harbour Manufacturing agreed, and Ilinca Varo of the opposition "
        "Civic Alliance spoke."
    )
    found = {m.name: m.type for m in mentions(text)}
    assert found.get("Alliance for Harbour Manufacturing") == "organisation", found
    assert found.get("Civic Alliance") == "organisation", found


def test_a_title_apposed_to_a_whole_name_is_that_namesake() -> None:
    text = (
        "President Velk and Mara Velk, the first lady, welcomed the fishing envoy on Monday. "
        "Velk said the deal was good."
    )
    found = {m.text: m.key for m in mentions(text)}
    assert found.get("the first lady") == "mara velk", found


def test_two_leaders_sharing_a_plural_government_noun_are_two_governments() -> None:
    text = (
        "Officials of the Velk and Holm administrations said the fishing deal was flawed. "
        "President Velk disagreed."
    )
    found = {m.text: m.key for m in mentions(text)}
    assert found.get("the Velk") == "velk administration", found
    assert found.get("Holm administrations") == "holm administration", found
    assert found.get("President Velk") == "velk", found


def test_a_common_noun_apposed_to_a_person_is_their_label() -> None:
    text = (
        "Ana Dale's son-in-law, Tom Ress, spoke on Monday, and Ira Holm, a longtime Dale "
        "confidant, agreed."
    )
    found = {m.text: m.key for m in mentions(text)}
    assert found.get("Ana Dale's son-in-law") == "ress", found
    assert found.get("a longtime Dale confidant") == "holm", found
