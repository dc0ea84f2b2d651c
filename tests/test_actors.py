"""Actors: acronyms and their expansions, names with 'and', governments, places and the
groups a story is about (model tests; fictional articles written here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storydiff.crossdoc.entities import link_entities
from storydiff.extract.mentions import find_mentions, header_spans
from storydiff.model import Article, Entity, Mention
from storydiff.nlp import load_spacy

pytestmark = pytest.mark.model


def mentions(text: str, article: str = "a") -> tuple[Mention, ...]:
    return find_mentions(load_spacy()(text), article)


def linked(*texts: str) -> dict[str, Entity]:
    found = [(f"a{n}", mentions(text, f"a{n}")) for n, text in enumerate(texts)]
    return {e.label: e for e in link_entities(found)}


def actor_naming(found: dict[str, Entity], noun: str) -> Entity:
    """The actor one of whose mentions is named `noun` (a group's label is the word the
    outlets use most, so tests find it by any of its words)."""
    return next(e for e in found.values() for a in e.articles for m in a.mentions if m.name == noun)


def test_an_acronym_links_to_its_expansion_within_an_article() -> None:
    text = (
        "The Northern Grain Council (NGC) met in Dorn. Later the NGC raised its forecast, "
        "and the NGC said prices would fall."
    )
    keys = {m.text: m.key for m in mentions(text)}
    assert keys["The Northern Grain Council"] == "northern grain council"
    assert keys["NGC"] == "northern grain council"


def test_an_acronym_links_to_its_expansion_across_articles() -> None:
    found = linked(
        "The NGC raised its forecast on Monday. The NGC said prices would fall.",
        "The Northern Grain Council raised its forecast. The Northern Grain Council met.",
    )
    council = found["Northern Grain Council"]
    assert {a.article for a in council.articles} == {"a0", "a1"}


def test_an_acronym_one_article_defines_links_across_articles() -> None:
    # 'OCS' is not the initials of the full name (an agency renamed by adding words keeps
    # its old acronym); one outlet writes 'Name (OCS)', the other only 'the OCS'
    found = linked(
        "The Office for Coastal Safety and Rescue (OCS) closed the port on Monday. "
        "The OCS said the port would reopen.",
        "The OCS closed the port of Dorn on Monday. The OCS said ships were turned back.",
    )
    office = actor_naming(found, "Office for Coastal Safety and Rescue")
    assert {a.article for a in office.articles} == {"a0", "a1"}
    assert "OCS" not in found


def test_a_name_with_and_is_kept_whole() -> None:
    text = "Officials of the Velka Fish and Wildlife Service inspected the river on Friday."
    names = {m.name for m in mentions(text)}
    assert "Velka Fish and Wildlife Service" in names
    assert not {"Velka Fish", "Wildlife Service"} & names


def test_two_governments_are_never_merged() -> None:
    text = (
        "The Dorsk administration built the dam. The Varga administration later closed it, "
        "and the administration said the water was unsafe."
    )
    found = mentions(text)
    keys = {m.text: m.key for m in found}
    assert keys["The Dorsk administration"] == "dorsk administration"
    assert keys["The Varga administration"] == "varga administration"
    later = [m for m in found if m.text == "the administration"]
    assert [m.key for m in later] == ["varga administration"]


def test_a_square_is_a_place_not_a_person() -> None:
    (square,) = [m for m in mentions("Crowds filled Brannock Square on Sunday.") if m.name]
    assert square.type == "place"


def test_group_actors_appear_with_each_outlets_labels() -> None:
    found = linked(
        "Hooded youths threw stones at riot police. The youths fled when police advanced.",
        "Young protesters were beaten by police. Police said the youths had thrown stones.",
    )
    police = actor_naming(found, "police")
    assert police.type == "group"
    assert {a.article for a in police.articles} == {"a0", "a1"}
    by_outlet = {a.article: a.labels for a in police.articles}
    assert "riot police" in by_outlet["a0"]
    # 'youths' in one outlet and 'protesters' in the other are one crowd, each outlet's word
    # a label of it
    crowd = actor_naming(found, "youths")
    assert crowd is actor_naming(found, "protesters")
    by_outlet = {a.article: a.labels for a in crowd.articles}
    assert "Hooded youths" in by_outlet["a0"]
    assert "Young protesters" in by_outlet["a1"]


def test_the_words_outlets_choose_for_one_group_are_one_actor() -> None:
    found = linked(
        "Hundreds of migrants crossed the Varne bridge. The migrants camped near Ossel, "
        "where farmers fed the migrants.",
        "Refugees crossed the Varne bridge on Monday. Asylum-seekers said they were hungry.",
        "The asylum seekers were stopped by police officers. Riot police fired tear gas.",
    )
    migrants = actor_naming(found, "refugees")
    assert migrants is actor_naming(found, "asylum seekers")
    assert migrants.label == "migrants"  # the word the outlets use most
    assert migrants.type == "group"
    labels = {a.article: set(a.labels) for a in migrants.articles}
    # 'The migrants' opens a sentence of an article that also writes 'the migrants'
    assert {"migrants", "the migrants"} <= labels["a0"]
    assert "The migrants" not in labels["a0"]
    assert {"Refugees", "Asylum-seekers"} <= labels["a1"]
    assert "The asylum seekers" in labels["a2"]
    assert {"police officers", "Riot police"} <= set(
        actor_naming(found, "police").articles[0].labels
    )


def test_groups_of_different_kinds_stay_apart() -> None:
    found = linked(
        "Strikers blocked the gate of the Dorn mill. Police removed the strikers.",
        "Police removed the workers from the gate. Residents watched the police.",
        "The workers went home. Residents said the workers had been calm.",
    )
    actors = {
        actor_naming(found, noun).id for noun in ("strikers", "workers", "police", "residents")
    }
    assert len(actors) == 4


def test_a_name_written_family_name_first_links_by_the_family_name() -> None:
    found = linked(
        "Varnese leader Kim Jong Un met President Moon Jae-in. Kim said Moon was right.",
        "Mr. Moon greeted Kim Jong-un at the border. Kim smiled.",
    )
    kim, moon = found["Kim Jong Un"], found["Moon Jae-in"]
    assert {a.article for a in kim.articles} == {"a0", "a1"}
    assert {a.article for a in moon.articles} == {"a0", "a1"}
    assert not any(m.name == "United Nations" for a in kim.articles for m in a.mentions)
    # a lower-case word is no name, even where the tagger says so (text rebuilt from tokens)
    assert [m.key for m in mentions("Leader Kim Jong - un spoke to reporters.")] == ["kim"]


def test_a_title_held_for_a_country_goes_to_that_countrys_holder() -> None:
    text = (
        "French President Emile Dorval met U.S. President Ray Hollis in Rome. "
        "The French president said the talks went well, and the American president agreed."
    )
    keys = {m.text: m.key for m in mentions(text)}
    assert keys["The French president"] == "dorval"
    assert keys["the American president"] == "hollis"


def test_a_known_name_the_tagger_reads_as_a_word_is_still_the_person() -> None:
    text = (
        "Prime Minister Theresa May met Donald Trump. Mrs. May smiled. "
        "May said the talks went well. Trump left on Friday."
    )
    texts = [m.text for m in mentions(text) if m.key in {"may", "trump"}]
    assert texts.count("May") + texts.count("Mrs. May") == 2
    assert texts.count("Trump") == 1


def test_the_north_after_north_korea_is_that_country() -> None:
    found = mentions("North Korea fired a missile. The North said it was a test.")
    assert [m.name for m in found if m.text == "The North"] == ["North Korea"]


def test_two_governments_stay_apart_across_articles() -> None:
    found = linked(
        "The Dorsk administration built the dam. The Dorsk administration said it was safe.",
        "The Varga administration closed the dam. The Varga administration said it leaked.",
    )
    assert "Dorsk administration" in found
    varga = found["Varga administration"]
    assert {m.key for a in varga.articles for m in a.mentions} == {"varga administration"}


def test_the_title_goes_to_the_person_the_article_names_most_with_it() -> None:
    text = (
        "The president arrived in Vessa on Monday. President Ana Dorval opened the summit, "
        "and Dorval called for calm. Dorval thanked the hosts. President Ivo Kral of Dorland "
        "sent a letter. Later the president closed the summit."
    )
    described = [m.key for m in mentions(text) if m.text.lower() == "the president"]
    assert described == ["dorval", "dorval"]


def test_a_generational_suffix_is_kept_only_where_it_tells_people_apart() -> None:
    text = (
        "Investigators led by Arthur B. Hale III questioned Tom Varga Jr. on Monday. "
        "Hale said Varga Jr. had answered. Tom Varga, his father, was not questioned."
    )
    keys = {m.text: m.key for m in mentions(text)}
    assert keys["Arthur B. Hale III"] == keys["Hale"] == "hale"
    assert keys["Varga Jr."] == "varga jr"
    assert keys["Tom Varga"] == "varga"


def test_a_title_with_the_country_after_the_name_holds_for_that_country() -> None:
    text = (
        "Prime Minister Ivo Brenn of Canada met Prime Minister Ana Sol of Japan. "
        "The Canadian prime minister was pleased; the Japanese leader was not."
    )
    keys = {m.text: m.key for m in mentions(text)}
    assert keys["The Canadian prime minister"] == "brenn"
    assert keys["the Japanese leader"] == "sol"


def test_an_actor_named_before_is_still_named_as_a_modifier() -> None:
    text = (
        "The Northern Grain Council (NGC) met in Dorn. Farmers read the NGC report, "
        "and a Dorn bakery closed."
    )
    found = mentions(text)
    assert [m.key for m in found if m.text == "NGC"] == ["northern grain council"] * 2
    assert "Albanian-majority" not in {m.text for m in mentions("Albanian-majority towns.")}


def test_a_partys_members_are_the_party() -> None:
    found = linked(
        "The Liberal Party won in Dorn. The Liberal Party said taxes would fall.",
        "In Dorn the Liberals won the vote. Voters backed the Liberals, and the Greens objected.",
    )
    party = found["Liberal Party"]
    assert {a.article for a in party.articles} == {"a0", "a1"}
    assert "the Liberals" in {label for a in party.articles for label in a.labels}
    assert "Greens" not in {label for a in party.articles for label in a.labels}


def test_a_title_for_a_country_before_the_name_waits_for_the_whole_article() -> None:
    text = (
        "President Ray Hollis met the leader of Japan on Tuesday. Varnese leader Ivo Kral "
        "was not invited. Japanese Prime Minister Ana Sol said the leaders agreed."
    )
    keys = {m.text: m.key for m in mentions(text)}
    assert keys["the leader"] == "sol"
    assert "the leaders" not in keys  # several people, not one


def test_a_given_name_alone_is_the_one_person_named_so() -> None:
    text = (
        'Ana Sol met Ivo Kral in Dorn. "I will talk with Ivo," Sol said. '
        "The NGC Building was closed. The NGC said nothing."
    )
    keys = {m.text: m.key for m in mentions(text)}
    assert keys["Ivo"] == "kral"
    assert keys.get("The NGC") != "building"


def test_an_organisation_whose_name_holds_a_title_word_is_kept_whole() -> None:
    # 'health', 'state', 'interior', 'national' are also title words ('Health Minister X')
    text = (
        "The Velka Health Organization warned the Interior Ministry on Monday, and the "
        "National Water Service said the State Department was told. Health Minister Ana "
        "Dorsk said the wells were safe."
    )
    names = {m.text: (m.name, m.type) for m in mentions(text)}
    assert names["The Velka Health Organization"] == ("Velka Health Organization", "organisation")
    assert names["the Interior Ministry"] == ("Interior Ministry", "organisation")
    assert names["the National Water Service"] == ("National Water Service", "organisation")
    assert names["the State Department"] == ("State Department", "organisation")
    assert names["Health Minister Ana Dorsk"] == ("Ana Dorsk", "person")


def test_a_holiday_is_no_person() -> None:
    text = "Crowds lined Harbour Road on Independence Day, and Election Day passed calmly."
    types = {m.name: m.type for m in mentions(text)}
    assert types["Independence Day"] != "person"
    assert types["Election Day"] != "person"


def test_a_datelines_place_and_a_bylines_author_are_no_actors(tmp_path: Path) -> None:
    import storydiff
    from storydiff.extract.mentions import header_spans

    path = tmp_path / "orlen.txt"
    path.write_text(
        "By Ana Dale\n\nVELKA, March 3. /Orlen Wire/. Velka harbour workers went on strike on "
        "Tuesday, and Karel Brana, the union leader, said they would stay out all week.\n",
        encoding="utf-8",
    )
    article = storydiff.read_article(path)
    assert article.dateline is not None and article.byline is not None
    found = find_mentions(load_spacy()(article.text), "a", header_spans(article))
    starts = [m.start for m in found]
    assert article.text.index("Karel Brana") in starts
    assert not any(m.start < article.dateline.end for m in found), [m.text for m in found]


def test_a_name_opening_a_hyphenated_modifier_is_named_without_the_heads_article() -> None:
    text = (
        "Police patrolled the Velka-Orlen border and the Velka-inhabited north on Monday. "
        "The Albanian-majority Velka stayed calm."
    )
    names = [m.text for m in mentions(text)]
    assert "the Velka" not in names and names.count("Velka") == 2
    assert "The Albanian-majority Velka" in names


def test_an_alliance_is_an_organisation_not_a_place() -> None:
    found = {
        m.text: m.type
        for m in mentions("Nato sent ships to Velka, and NATO said more would follow.")
    }
    assert found["Nato"] == found["NATO"] == "organisation"
    assert (
        linked("Nato sent ships.", "The Orlen port hosted NATO ships.")["Nato"].type
        == "organisation"
    )


def test_a_mention_the_parse_runs_from_the_dateline_into_the_body_keeps_its_body_words(
    tmp_path: Path,
) -> None:
    import storydiff
    from storydiff.extract.mentions import header_spans

    path = tmp_path / "velka.txt"
    path.write_text(
        "VELKA - Governor Ana Dale vetoed the harbour budget on Tuesday, and Dale said the "
        "vote would be held again in May.\n",
        encoding="utf-8",
    )
    article = storydiff.read_article(path)
    assert article.dateline is not None
    found = find_mentions(load_spacy()(article.text), "a", header_spans(article))
    assert all(m.start >= article.dateline.end for m in found), [m.text for m in found]
    assert any(m.text.endswith("Ana Dale") for m in found)


def test_the_author_in_the_closing_credits_is_no_actor() -> None:
    text = (
        "Harbour master Ada Fenn said the ferries would sail again on Tuesday.\n\n"
        "Pim Odo is a reporter for Harbour Gazette. Follow him on Twitter at @pimodo."
    )
    article = Article(text=text, outlet="Harbour Gazette", id="a")
    doc = load_spacy()(text)
    found = {m.text for m in find_mentions(doc, "a", header_spans(article))}
    assert [m for m in found if "Ada Fenn" in m]
    assert not [m for m in found if "Odo" in m]
