"""The news synonym table (text_synonyms.py): its shape and the pairs it must never hold."""

from __future__ import annotations

import pytest

from storydiff.text_synonyms import NEWS_SYNONYMS, SPELLING_SETS, SYNONYM_SETS, synonyms


def test_the_table_covers_the_news_domains() -> None:
    assert len(SYNONYM_SETS) >= 150
    for word in ("barricade", "soldier", "demonstrator", "slay", "injured", "detain", "blast"):
        assert synonyms(word), word


def test_every_word_is_a_lowercase_lemma() -> None:
    for group in SYNONYM_SETS + SPELLING_SETS:
        assert len(group) > 1
        assert all(word.isalpha() and word == word.lower() for word in group), group


def test_lookup_is_symmetric_and_never_maps_a_word_to_itself() -> None:
    for word, others in NEWS_SYNONYMS.items():
        assert word not in others
        assert all(word in NEWS_SYNONYMS[other] for other in others)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("roadblock", "barricade"),
        ("troop", "soldier"),
        ("demonstrator", "protester"),
        ("kill", "slay"),
        ("wounded", "injured"),
        ("detain", "arrest"),
        ("blast", "explosion"),
        ("gunman", "shooter"),
        ("vote", "ballot"),
        ("lawmaker", "legislator"),
        ("defence", "defense"),
    ],
)
def test_news_synonyms_are_found(a: str, b: str) -> None:
    assert b in synonyms(a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("arrest", "charge"),  # related acts, not one
        ("injure", "kill"),
        ("injured", "dead"),
        ("rise", "fall"),
        ("win", "defeat"),
        ("approve", "reject"),
        ("protester", "rioter"),  # a framing, not a synonym
        ("bill", "law"),  # not chained through 'legislation'
        ("verdict", "ruling"),
        ("acquit", "convict"),
    ],
)
def test_related_or_opposite_words_are_not_synonyms(a: str, b: str) -> None:
    assert b not in synonyms(a)
