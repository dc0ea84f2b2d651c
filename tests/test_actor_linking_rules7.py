"""Actor linking rules of round 10 (issue 11, branch `link7`), on fictional sentences: 'the
deal' in an article that names no pact is the pact the story's other articles name most, and
'the president' in an article that titles no one is the president the story is about (model
tests)."""

from __future__ import annotations

import pytest

from actor_helpers import labels_of, linked, mentions
from storydiff.extract.mention_parts import OPEN_PACT_KEY

pytestmark = pytest.mark.model

NAMING_ARTICLE = (
    "Velmaria and Dorn signed the Velmaria accord in 2019. President Ana Varga called the "
    "Velmaria deal a triumph, and the Velmaria agreement was praised in Dorn. Critics said "
    "the Velmaria deal was weak, and Varga said the Velmaria accord would hold."
)


def test_the_deal_in_an_article_that_names_no_pact_is_an_open_pact() -> None:
    found = mentions("Senator Ivo Brant said on Monday that the deal must be scrapped.")
    opened = [m for m in found if m.key.startswith(OPEN_PACT_KEY)]
    assert [m.text for m in opened] == ["the deal"], [(m.text, m.key) for m in found]


def test_an_open_pact_joins_the_pact_the_other_articles_name() -> None:
    entities = linked(
        NAMING_ARTICLE,
        "Senator Ivo Brant said the deal must be scrapped, and that the nuclear deal was a "
        "mistake. Brant spoke in Dorn.",
    )
    pact = [e for e in entities if "the deal" in labels_of(e)]
    assert len(pact) == 1, [(e.label, labels_of(e)) for e in entities]
    assert {a.article for a in pact[0].articles} == {"a0", "a1"}
    assert "the nuclear deal" in labels_of(pact[0])


def test_an_open_pact_with_no_pact_named_in_the_story_is_no_actor() -> None:
    entities = linked(
        "Holm Copper bought a mine from Tesk Ltd on Monday. Holm Copper said it was glad.",
        "Senator Ivo Brant said the deal was a mistake. Brant spoke in Dorn on Monday.",
    )
    assert not any("the deal" in labels_of(e) for e in entities)


def test_an_open_pact_between_two_pacts_named_alike_is_no_actor() -> None:
    entities = linked(
        "Dorn signed the Velmaria accord and the Orsk treaty. The Velmaria accord and the "
        "Orsk treaty were both praised, and the Orsk treaty and the Velmaria accord hold.",
        "Senator Ivo Brant said the deal was a mistake. Brant spoke in Dorn on Monday.",
    )
    assert not any("the deal" in labels_of(e) for e in entities)


def test_the_president_of_an_article_that_titles_no_one_is_the_one_the_story_is_about() -> None:
    entities = linked(
        "President Ana Varga met Dornish leaders on Monday. Varga said the talks went well. "
        "Varga will travel to Orsk next week, and Varga thanked President Ivo Brant of Orsk.",
        "Varga spoke to reporters in Velk. The president said the talks went well, and Varga "
        "smiled. Varga left on Tuesday.",
    )
    varga = next(e for e in entities if "Varga" in e.label)
    assert "The president" in labels_of(varga), [(e.label, labels_of(e)) for e in entities]


def test_the_deal_far_after_a_new_unnamed_pact_is_the_story_pact_again() -> None:
    found = mentions(
        "Norway signed the Norway deal in 2015. Senator Dale then sought a new deal with "
        "Dorn. That deal would cap fishing. Ministers met in Orsk on Monday. Dorn kept its "
        "fleet at home. Critics said the deal had failed."
    )
    keys = {m.text: m.key for m in found}
    assert "That deal" not in keys, keys  # the new one, in the next sentence
    assert keys.get("the deal") == "norway deal", keys


def test_a_party_s_national_committee_is_the_party() -> None:
    entities = linked(
        "The Civic National Committee sued the Velk campaign on Friday. The Civic National "
        "Committee said it would win.",
        "The Civic Party filed a lawsuit against the Velk campaign. The Civic Party said it "
        "would win.",
    )
    party = [e for e in entities if "The Civic Party" in labels_of(e)]
    assert len(party) == 1, [(e.label, labels_of(e)) for e in entities]
    assert "The Civic National Committee" in labels_of(party[0])
    assert {a.article for a in party[0].articles} == {"a0", "a1"}
    members = linked(
        "The Republican National Committee sued the Velk campaign. The Republican National "
        "Committee said it would win.",
        "Republicans filed a lawsuit against the Velk campaign, and Republicans cheered.",
    )
    assert any(
        {"Republicans", "The Republican National Committee"} <= labels_of(e) for e in members
    ), [(e.label, labels_of(e)) for e in members]


def test_a_national_committee_of_no_party_named_stays_its_own_actor() -> None:
    entities = linked(
        "The Harbour National Committee met on Friday. The Harbour National Committee said "
        "fees would rise.",
        "Harbour officials said fees would rise. The Harbour National Committee agreed.",
    )
    committee = [e for e in entities if "Committee" in e.label]
    assert len(committee) == 1 and committee[0].label.startswith("Harbour National"), [
        (e.label, labels_of(e)) for e in entities
    ]


def test_a_namesake_joined_by_and_is_another_person() -> None:
    found = mentions(
        "Kell greets envoys in Orsk\nPresident Kell and Mara Kell, the first lady, welcomed "
        "the Dornish envoy on Monday. Kell said the talks went well."
    )
    keys = [(m.text, m.key, m.name) for m in found if "Kell" in m.text]
    assert keys == [
        ("Kell", "kell", "Kell"),
        ("President Kell", "kell", "Kell"),
        ("Mara Kell", "mara kell", "Mara Kell"),
        ("Kell", "kell", "Kell"),
    ], keys


def test_a_titled_namesake_joined_by_and_after_a_whole_name_is_another_person() -> None:
    found = mentions("Mara Kell and President Kell visited Orsk on Monday. Kell said it went well.")
    keys = [(m.text, m.key) for m in found if "Kell" in m.text]
    assert keys == [("Mara Kell", "mara kell"), ("President Kell", "kell"), ("Kell", "kell")], keys


def test_one_person_named_twice_in_one_sentence_stays_one() -> None:
    # no 'and' between the names: 'Mara Kell' is the fuller name of President Kell
    found = mentions(
        "President Kell spoke in Orsk on Monday, and Mara Kell said the talks went well."
    )
    assert {m.key for m in found if "Kell" in m.text} == {"kell"}, found
