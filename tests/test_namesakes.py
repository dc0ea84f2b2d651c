"""People who share a family name stay two people: in the speaker memory, in the quotes, in
the actors of one article and across articles (fictional names written here)."""

from __future__ import annotations

import pytest

from helpers import quotes_of
from storydiff.crossdoc.entities import link_entities
from storydiff.crossdoc.quotes import (
    QuoteFeatures,
    QuoteMatchConfig,
    quote_similarity,
)
from storydiff.crossdoc.speaker_table import speaker_table
from storydiff.extract.mentions import find_mentions
from storydiff.extract.speaker_memory import SpeakerMemory
from storydiff.model import Mention
from storydiff.name_spellings import spelling_variants
from storydiff.nlp import load_spacy
from storydiff.text_names import given_names, same_given_names
from test_quote_groups import analysis, quote


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Ana Morvell", "Tomas Morvell", False),
        ("Ana Morvell", "A. Morvell", True),
        ("Ana Morvell", "Ana Teodora Morvell", True),
        ("Ana Teodora Morvell", "A. T. Morvell", True),
        ("Ana Teodora Morvell", "Ana Lucia Morvell", False),
        ("Petar K.L. Dovan", "Petar L. Dovan", False),
        ("Petar K.L. Dovan", "Petar Dovan", True),
        ("Special Counsel Ana Morvell", "Ana Morvell", True),
        ("Alex Dovan", "Alexander Dovan", True),
        ("Morvell", "Tomas Morvell", True),
        ("Kim Sol Han", "Kim Yo Ri", False),
        ("Kim Sol-han", "Kim Sol Han", True),
    ],
)
def test_given_names_tell_namesakes_apart(a: str, b: str, same: bool) -> None:
    assert same_given_names(given_names(a.split()), given_names(b.split())) is same


def test_a_generational_suffix_is_no_given_name() -> None:
    assert given_names(["Ivo", "Rask", "Jr."]) == ["ivo"]
    assert given_names(["Rask"]) == []


def test_the_memory_keeps_two_namesakes_and_a_bare_name_takes_the_one_called_so() -> None:
    memory = SpeakerMemory()
    assert memory.observe("Tomas Morvell", set(), 0, person=True) == "Tomas Morvell"
    assert memory.observe("Ana Morvell", set(), 40, person=True) == "Ana Morvell"
    assert memory.observe("Morvell", set(), 80, person=True) == "Ana Morvell"
    assert memory.observe("T. Morvell", set(), 120, person=True) == "Tomas Morvell"
    # the one the article called 'Morvell' alone, though 'T. Morvell' came in between
    assert memory.observe("Morvell", set(), 160, person=True) == "Ana Morvell"
    assert memory.full_name("Morvell", 100) == "Ana Morvell"
    assert memory.distinct_key("Ana Morvell") == "ana morvell"
    assert memory.distinct_key("Tomas Morvell") == "tomas morvell"


def test_one_person_of_a_family_name_keeps_the_family_key() -> None:
    memory = SpeakerMemory()
    memory.observe("Ana Morvell", set(), 0, person=True)
    assert memory.observe("Ana Teodora Morvell", set(), 40, person=True) == "Ana Teodora Morvell"
    assert memory.observe("A. Morvell", set(), 80, person=True) == "Ana Teodora Morvell"
    assert memory.distinct_key("Ana Teodora Morvell") is None


def test_a_thing_lends_no_name_to_a_person() -> None:
    memory = SpeakerMemory()
    memory.observe("Founding Day", set(), 0, person=False)
    assert memory.observe("Lida Day", set(), 30, person=True) == "Lida Day"
    assert memory.observe("Day", set(), 60, person=True) == "Lida Day"


@pytest.mark.model
def test_each_namesake_is_quoted_under_their_own_name() -> None:
    text = (
        "Tomas Morvell said the bridge toll was fair. Ana Morvell said it was not. "
        "Morvell added that talks with the council would go on."
    )
    speakers = [q.speaker for q in quotes_of(text)]
    assert speakers == ["Tomas Morvell", "Ana Morvell", "Ana Morvell"]


@pytest.mark.model
def test_a_holiday_lends_no_name_to_a_singer() -> None:
    text = (
        "Varnell marked Independence Day with a parade. Lida Day, a singer, said the parade "
        "was the best in years. Day added that she would return."
    )
    people = [m for m in _mentions(text) if m.type == "person"]
    # 'Lida Day', 'a singer' (apposed to her name, a label of hers) and 'Day'
    assert [m.name for m in people] == ["Lida Day"] * 3, [(m.text, m.name) for m in people]


def _mentions(text: str, article: str = "a") -> tuple[Mention, ...]:
    return find_mentions(load_spacy()(text), article)


@pytest.mark.model
def test_namesakes_in_one_article_get_keys_of_their_own() -> None:
    text = (
        "Tomas Morvell said the bridge toll was fair. Ana Morvell said it was not. "
        "Morvell added that talks with the council would go on."
    )
    keys = [(m.text, m.key) for m in _mentions(text) if m.type == "person"]
    assert keys == [
        ("Tomas Morvell", "tomas morvell"),
        ("Ana Morvell", "ana morvell"),
        ("Morvell", "ana morvell"),
    ]


@pytest.mark.model
def test_namesakes_stay_apart_across_articles() -> None:
    texts = [
        "Tomas Morvell said the bridge must close. Ana Morvell said it must stay open.",
        "Ana Morvell, the mayor, said the bridge would stay open. Morvell repeated it on Friday."
        " Morvell also spoke on Saturday.",
        "Tomas Morvell said he would vote against the bridge. Morvell spoke on Friday.",
        "Mayor Morvell said the vote was set. Morvell repeated it.",
        "Lida Morvell, a teacher, said the bridge was dangerous. Morvell spoke on Friday.",
    ]
    found = [(f"a{n}", _mentions(text, f"a{n}")) for n, text in enumerate(texts)]
    actors = {e.label: sorted(a.article for a in e.articles) for e in link_entities(found)}
    # an article that never gives a first name goes to the Morvell the story names most;
    # a third Morvell is a third actor
    assert actors["Ana Morvell"] == ["a0", "a1", "a3"]
    assert actors["Tomas Morvell"] == ["a0", "a2"]
    assert actors["Lida Morvell"] == ["a4"]


@pytest.mark.model
def test_one_person_across_articles_links_by_the_family_name() -> None:
    texts = [
        "Ana Morvell said the bridge must close. Morvell spoke on Friday.",
        "Morvell, the mayor, said the bridge would close. Morvell repeated it.",
    ]
    found = [(f"a{n}", _mentions(text, f"a{n}")) for n, text in enumerate(texts)]
    actors = {e.label: sorted(a.article for a in e.articles) for e in link_entities(found)}
    assert actors["Ana Morvell"] == ["a0", "a1"]


def test_the_speaker_table_gives_each_namesake_a_row() -> None:
    text_a = (
        'Tomas Morvell said: "The toll is fair and it stays." '
        'Ana Morvell said: "The toll is not fair at all."'
    )
    text_b = 'Morvell said: "Talks with the council will go on." Ana Morvell said: "No toll."'
    text_c = 'T. Morvell said: "The toll stays as it is for now." Ana Morvell said: "Never."'
    analyses = [
        analysis(
            "Wire A",
            text_a,
            [
                ("The toll is fair and it stays.", "Tomas Morvell", [1, 0, 0]),
                ("The toll is not fair at all.", "Ana Morvell", [0, 1, 0]),
            ],
        ),
        analysis(
            "Wire B",
            text_b,
            [
                ("Talks with the council will go on.", "Morvell", [0, 0, 1]),
                ("No toll.", "Ana Morvell", [0, 1, 0]),
            ],
        ),
        analysis(
            "Wire C",
            text_c,
            [
                ("The toll stays as it is for now.", "T. Morvell", [1, 0, 0]),
                ("Never.", "Ana Morvell", [0, 1, 0]),
            ],
        ),
    ]
    rows = {r.speaker: r.counts for r in speaker_table(analyses, ())}
    # the bare 'Morvell' goes to the Morvell quoted most
    assert rows["Ana Morvell"] == {"wire-a": 1, "wire-b": 2, "wire-c": 1}
    assert rows["Tomas Morvell"] == {"wire-a": 1, "wire-b": 0, "wire-c": 1}
    assert len(rows) == 2


def test_namesakes_get_no_same_speaker_bonus_when_quotes_are_matched() -> None:
    config = QuoteMatchConfig()
    text = 'Tomas Morvell said: "The toll is fair." Ana Morvell said: "The toll is fair."'
    tomas, ana = (
        quote(text, "The toll is fair.", name) for name in ("Tomas Morvell", "Ana Morvell")
    )
    bare = quote(text, "The toll is fair.", "Morvell")
    versus_ana = quote_similarity(0.5, QuoteFeatures.of(tomas), QuoteFeatures.of(ana), config)
    versus_bare = quote_similarity(0.5, QuoteFeatures.of(tomas), QuoteFeatures.of(bare), config)
    assert versus_ana < versus_bare


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Demira Holvek", "Damira Holvek", True),  # one vowel
        ("Javon Tarrel", "Jovan Tarrel", True),  # two vowels
        ("Brian Tarrel", "Bryan Tarrel", True),
        ("Maria Tarrel", "Marie Tarrel", False),  # the last letter differs
        ("Dennis Tarrel", "Denise Tarrel", False),
        ("Jana Tarrel", "Jena Tarrel", False),  # too short to tell a misspelling
        ("Javon Tarrel", "Jason Tarrel", False),  # a consonant
    ],
)
def test_one_given_name_spelt_two_ways(a: str, b: str, same: bool) -> None:
    assert spelling_variants(given_names(a.split()), given_names(b.split())) is same


@pytest.mark.model
def test_a_misspelt_given_name_joins_its_namesake_across_articles() -> None:
    texts = [
        "Demira Holvek, 15, died at home. Her father Tomas Holvek said the gun was locked.",
        "The girl, identified as Damira Holvek, was home alone. Holvek was taken to hospital.",
    ]
    found = [(f"a{n}", _mentions(text, f"a{n}")) for n, text in enumerate(texts)]
    actors = {e.label: sorted(a.article for a in e.articles) for e in link_entities(found)}
    girl = [label for label in actors if label != "Tomas Holvek"]
    assert len(girl) == 1  # not a third Holvek
    assert actors[girl[0]] == ["a0", "a1"]
    assert actors["Tomas Holvek"] == ["a0"]
