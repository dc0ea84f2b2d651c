"""Actor linking rules of round 9 (issue 11, branch `link6`), on fictional sentences: a policy
an outlet names ('tariffs', 'sanctions', 'import quotas') and the pointing references to it
('the measures', 'the move') are one row of the naming table (model tests)."""

from __future__ import annotations

import pytest

from actor_helpers import labels_of, linked, mentions

pytestmark = pytest.mark.model


def test_a_policy_and_the_measures_pointing_back_at_it_are_one_actor() -> None:
    found = mentions(
        "President Ana Varga imposed tariffs on Dornish timber on Monday. Critics said the "
        "measures would hurt builders, and Senator Ivo Brant called the move reckless."
    )
    keys = {m.text: (m.key, m.type) for m in found}
    assert keys.get("tariffs") == ("tariffs", "other"), keys
    assert keys.get("the measures") == ("tariffs", "other"), keys
    assert keys.get("the move") == ("tariffs", "other"), keys


def test_a_measure_with_no_policy_named_before_it_is_no_actor() -> None:
    found = mentions(
        "The council approved the measure on Monday, and Mayor Lise Hart praised the move."
    )
    assert all(m.type != "other" for m in found), [(m.text, m.key) for m in found]


def test_a_move_described_by_its_own_clause_is_not_the_policy() -> None:
    found = mentions(
        "Chile imposed sanctions on Dorn in May. The decision that Varga announced on "
        "Friday was about fishing rights."
    )
    keys = {m.text: m.key for m in found}
    assert keys.get("sanctions") == "sanctions", keys
    assert not any(
        k == "sanctions" and t.lower().startswith("the decision") for t, k in keys.items()
    )


def test_a_duty_that_is_no_levy_is_no_policy() -> None:
    found = mentions("Officer Tomas Brel was on duty when the storm hit Port Varn on Monday.")
    assert all(m.type != "other" for m in found), [(m.text, m.key) for m in found]


def test_outlets_naming_one_policy_differently_share_its_row() -> None:
    entities = linked(
        "Dorn imposed steep tariffs on Chilean copper. The measures took effect on Friday.",
        "Chile condemned the punishing import duties Dorn set on its copper on Friday.",
    )
    policy = [e for e in entities if e.label == "tariffs"]
    assert len(policy) == 1 and len(policy[0].articles) == 2, [e.label for e in entities]
    assert {"The measures", "the punishing import duties"} <= labels_of(policy[0]), labels_of(
        policy[0]
    )


def test_an_exemption_from_a_policy_is_an_object_of_its_own() -> None:
    found = mentions(
        "Dorn imposed tariffs on copper on Monday. Chile asked for a permanent exemption, "
        "and Varga said exemptions would be rare."
    )
    keys = {m.text: m.key for m in found}
    assert keys.get("tariffs") == "tariffs", keys
    assert keys.get("a permanent exemption") == "exemptions", keys
    assert keys.get("exemptions") == "exemptions", keys


def test_what_a_policy_taxes_is_no_label_of_it_but_how_it_is_coloured_is() -> None:
    found = mentions("Chile condemned the punishing copper duties Dorn set on Monday.")
    policy = next(m for m in found if m.key == "tariffs")
    labels = {d.text for d in policy.descriptors}
    assert "punishing" in labels, labels
    assert "copper" not in labels, labels


def test_the_move_long_after_a_policy_named_in_passing_is_not_that_policy() -> None:
    filler = " ".join(f"Crews cleared road {n} on Tuesday." for n in range(12))
    found = mentions(
        f"Chile lifted sanctions on Dorn in 2019. {filler} Mayor Lise Hart said the move "
        "was needed."
    )
    keys = {m.text: m.key for m in found}
    assert keys.get("sanctions") == "sanctions", keys
    assert not any(t.startswith("the move") for t in keys), keys


def test_the_approach_and_this_step_point_back_at_the_policy_too() -> None:
    found = mentions(
        "Dorn set quotas on Chilean copper in May. Smelters said the approach was working, "
        "and Senator Ivo Brant said this step was overdue."
    )
    keys = {m.text: m.key for m in found}
    assert keys.get("the approach") == "quotas", keys
    assert keys.get("this step") == "quotas", keys
