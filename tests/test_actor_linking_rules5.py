"""Actor linking rules of round 8 (issue 11, branch `link5`), on fictional sentences: general
forms of names and titles that news writes everywhere (model tests)."""

from __future__ import annotations

import pytest

from actor_helpers import labels_of, linked, mentions

pytestmark = pytest.mark.model


def test_a_family_name_the_tagger_reads_as_a_plural_noun_is_still_the_person() -> None:
    found = mentions(
        "Transport Minister Ivo Sanders announced the toll on Monday. Sanders said the "
        "roads needed money. Finance Secretary Ana Sessions agreed. Sessions said the port "
        "would pay its share."
    )
    keys = [(m.text, m.key, m.type) for m in found]
    assert ("Sanders", "sanders", "person") in keys, keys
    assert ("Sessions", "sessions", "person") in keys, keys
    assert not any(m.type == "group" for m in found), keys


def test_a_family_name_read_as_a_plural_links_across_outlets() -> None:
    entities = linked(
        "Transport Minister Ivo Sanders announced the toll on Monday. Sanders said the "
        "roads needed money.",
        "Sanders, the transport minister, defended the toll on Monday.",
    )
    sanders = [e for e in entities if e.label.endswith("Sanders")]
    assert len(sanders) == 1 and len(sanders[0].articles) == 2, [e.label for e in entities]


def test_a_plural_people_is_still_a_group() -> None:
    found = mentions("Kosovo Serbs blocked the road. The Serbs said they would stay.")
    assert any(m.type == "group" for m in found), [(m.text, m.key, m.type) for m in found]


def test_an_envoy_to_any_country_is_titled_and_the_country_is_no_part_of_the_name() -> None:
    found = mentions(
        "Chilean Ambassador to Peru Tomas Brel said the talks went well. Special Envoy to "
        "Sudan Mark Dill met the rebels, and Ambassador to Norway Lise Hart joined them."
    )
    keys = {m.text: (m.key, m.type) for m in found}
    assert keys.get("Peru") == ("peru", "place"), keys
    assert keys.get("Sudan") == ("sudan", "place"), keys
    assert keys.get("Norway") == ("norway", "place"), keys
    people = {m.key for m in found if m.type == "person"}
    assert people == {"brel", "dill", "hart"}, keys
    assert not any(m.text.startswith(("Peru ", "Sudan ", "Norway ")) for m in found), keys
    assert "Special" not in keys, keys


def test_officials_named_by_a_leader_act_for_the_leaders_government() -> None:
    found = mentions(
        "President Ana Varga of Chile raised fuel taxes on Monday. Varga officials said "
        "there would be no exemptions. Varga said the taxes would stay."
    )
    keys = {m.text: (m.key, m.type) for m in found}
    assert keys.get("Varga officials") == ("varga administration", "organisation"), keys
    # the leader named in it is still the leader, as in 'Varga's aides'
    assert [m.key for m in found if m.text == "Varga"] == ["varga", "varga"], keys


def test_officials_named_by_someone_who_leads_nothing_are_no_government() -> None:
    found = mentions(
        "Lawyer Ana Varga filed the suit on Monday. Varga officials said nothing. Google "
        "officials declined to comment."
    )
    assert not any(m.key.endswith(("administration", "government")) for m in found), [
        (m.text, m.key) for m in found
    ]


def test_a_leaders_officials_share_the_row_of_the_leaders_administration() -> None:
    entities = linked(
        "President Ana Varga of Chile raised fuel taxes on Monday. The Varga administration "
        "said the taxes would stay.",
        "President Ana Varga raised fuel taxes on Monday. Varga officials said there would "
        "be no exemptions.",
    )
    government = [e for e in entities if "Varga officials" in labels_of(e)]
    assert len(government) == 1, [(e.label, labels_of(e)) for e in entities]
    assert "The Varga administration" in labels_of(government[0]), labels_of(government[0])


def test_a_name_after_to_that_follows_no_title_keeps_its_whole_phrase() -> None:
    found = mentions("Nine workers were taken to Dornby General Hospital on Monday.")
    assert any(m.text == "Dornby General Hospital" for m in found), [m.text for m in found]


def test_a_bureau_a_patrol_or_a_tribunal_is_a_body_not_a_person() -> None:
    found = mentions(
        "The Federal Bureau of Harbour Safety opened an inquiry on Monday. Agents of the "
        "Velkan Border Patrol found the boat, and the Coastal Claims Tribunal will rule."
    )
    types = {m.text: (m.key, m.type) for m in found}
    assert types.get("The Federal Bureau of Harbour Safety") == (
        "federal bureau of harbour safety",
        "organisation",
    ), types
    assert types.get("the Velkan Border Patrol", ("", ""))[1] == "organisation", types
    assert types.get("the Coastal Claims Tribunal", ("", ""))[1] == "organisation", types


def test_a_bureau_and_its_acronym_are_one_actor_within_and_across_outlets() -> None:
    entities = linked(
        "The Federal Bureau of Harbour Safety opened an inquiry on Monday. The FBHS said "
        "the ferry was overloaded.",
        "The FBHS said on Tuesday that the ferry had no licence, and the FBHS fined its owner.",
    )
    bureau = [e for e in entities if e.type == "organisation"]
    assert len(bureau) == 1 and len(bureau[0].articles) == 2, [
        (e.label, labels_of(e)) for e in entities
    ]


def test_an_acronym_of_a_department_written_with_of_joins_it_across_outlets() -> None:
    entities = linked(
        "The Department of Coastal Affairs closed the port on Monday. The department said "
        "the storm would pass.",
        "The DCA said on Tuesday that the port would reopen, and the DCA fined two ships.",
    )
    department = [e for e in entities if e.type == "organisation"]
    assert len(department) == 1 and len(department[0].articles) == 2, [
        (e.label, labels_of(e)) for e in entities
    ]


def test_an_abbreviated_title_names_the_holder_for_a_later_the_title() -> None:
    found = mentions(
        "Sen. Ana Dale said she would oppose the bill. The senator later changed her mind. "
        "Gov. Ivo Brant signed it on Friday, and the governor thanked the farmers."
    )
    keys = {m.text: m.key for m in found}
    assert keys.get("The senator") == "dale", keys
    assert keys.get("the governor") == "brant", keys


def test_an_acronym_of_the_of_form_joins_a_department_named_the_other_way() -> None:
    found = mentions(
        "The Coastal Affairs Department opened a review on Monday. The DOCA said the port "
        "would stay shut."
    )
    keys = {m.text: m.key for m in found}
    assert keys.get("The DOCA") == "coastal affairs department", keys
    entities = linked(
        "The Harbour Security Department closed the port on Monday, and the department "
        "fined two ships.",
        "The DHS said on Tuesday that the port would reopen. The DHS fined a ship.",
    )
    department = [e for e in entities if e.type == "organisation"]
    assert len(department) == 1 and len(department[0].articles) == 2, [
        (e.label, labels_of(e)) for e in entities
    ]


def test_an_open_title_is_the_one_person_the_other_outlets_title_so() -> None:
    entities = linked(
        "Attorney General Ana Dale ordered a review on Monday. Dale said the rules were unfair.",
        "Republican lawmakers defended the attorney general on Tuesday, and Dale thanked "
        "them. Vice President Ivo Brant agreed.",
    )
    dale = next(e for e in entities if e.label.endswith("Dale"))
    assert "the attorney general" in labels_of(dale), [(e.label, labels_of(e)) for e in entities]
    assert len(dale.articles) == 2


def test_an_open_title_two_people_hold_or_none_holds_is_no_actor() -> None:
    entities = linked(
        "President Ana Dale met President Ivo Brant on Monday. Dale said the talks went well.",
        "The president said on Tuesday the talks went well, and the president left. The "
        "governor agreed, and the governor left too.",
    )
    labels = {label for e in entities for label in labels_of(e)}
    assert not labels & {"The president", "the president", "The governor", "the governor"}, labels


def test_a_vice_president_does_not_hold_the_open_title_of_president() -> None:
    entities = linked(
        "Vice President Ivo Brant met the farmers on Monday. Brant said prices would rise.",
        "The president said on Tuesday prices would rise, and the president left. Brant agreed.",
    )
    brant = next(e for e in entities if e.label.endswith("Brant"))
    assert not any(
        "president" in label.lower() and "Vice" not in label for label in labels_of(brant)
    )


def test_a_title_of_a_body_is_no_open_title() -> None:
    found = mentions(
        "The president of the dockers' union said on Monday the strike would go on, and the "
        "union's chairman agreed. The president said pay was too low."
    )
    opened = [m.start for m in found if m.key.startswith("title:")]
    assert 0 not in opened and opened, [(m.start, m.text, m.key) for m in found]


def test_the_gop_is_the_republican_party_and_its_members() -> None:
    entities = linked(
        "Republicans in the House passed the farm bill on Monday. The Republican Party said "
        "it would help farmers.",
        "The GOP passed the farm bill. GOP leaders said farmers would gain, and the GOP "
        "celebrated.",
    )
    party = [e for e in entities if {"Republicans", "the GOP"} <= labels_of(e)]
    assert len(party) == 1 and len(party[0].articles) == 2, [
        (e.label, labels_of(e)) for e in entities
    ]
    members = linked(
        "Republicans passed the farm bill on Monday, and Republicans cheered.",
        "The GOP passed the farm bill, and the GOP celebrated.",
    )
    assert any({"Republicans", "the GOP"} <= labels_of(e) for e in members), [
        (e.label, labels_of(e)) for e in members
    ]
