"""A leader's administration and a speaker's 'our nation' belong to their own state, never to
the foreign state the story names most or last (fictional sentences; model tests)."""

from __future__ import annotations

import pytest

from actor_helpers import linked, mentions

pytestmark = pytest.mark.model

# a story about one state that names it most and last
_NORWAY_STORY = (
    "Norway tested a missile on Monday. Norway said the test was lawful, and Norway warned "
    "its neighbours. "
)


def _keys(text: str) -> dict[str, str]:
    return {m.text: m.key for m in mentions(text)}


def test_a_named_leaders_administration_officials_are_not_the_state_named_most() -> None:
    keys = _keys(
        _NORWAY_STORY + "President Ana Pratt condemned it, and Pratt administration "
        "officials said talks were over."
    )
    assert "norway" not in {k for t, k in keys.items() if t.endswith("officials")}, keys


def test_a_leaders_administration_officials_act_for_the_leaders_titled_state() -> None:
    keys = _keys(
        _NORWAY_STORY + "President Ana Pratt of Chile condemned it, and Pratt "
        "administration officials said talks were over."
    )
    assert [k for t, k in keys.items() if t.endswith("officials")] == ["chile"], keys


def test_unnamed_administration_officials_still_act_for_the_state_named_most() -> None:
    keys = _keys(_NORWAY_STORY + "Administration officials said talks were over.")
    assert keys.get("Administration officials") == "norway", keys


def test_our_nation_in_a_quote_is_the_speakers_state_not_the_state_named_last() -> None:
    keys = _keys(_NORWAY_STORY + "“This is a threat to our nation,” Senator Ira Holt said.")
    assert keys.get("our nation") != "norway", keys
    keys = _keys(_NORWAY_STORY + "“Our nation will not bow to Norway,” the Chilean envoy said.")
    assert keys.get("Our nation") == "chile", keys


def test_his_country_still_stands_for_the_state_named_last() -> None:
    keys = _keys(_NORWAY_STORY + "Its ambassador said his country would test again.")
    assert keys.get("his country") == "norway", keys


def test_an_untitled_leaders_officials_join_the_state_another_outlet_titles_them_for() -> None:
    entities = linked(
        _NORWAY_STORY + "Pratt administration officials said talks were over.",
        "Chilean President Ana Pratt said Chile would not talk to Norway.",
    )
    officials = [
        e.label
        for e in entities
        for a in e.articles
        for m in a.mentions
        if m.text == "Pratt administration officials"
    ]
    assert officials == ["Chile"], [(e.label, e.articles) for e in entities]
