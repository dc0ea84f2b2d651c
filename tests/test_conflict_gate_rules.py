"""The rules of the conflict gate on slots written by hand (no model): which pairs of slots
are one fact stated plainly (crossdoc/conflict_gate.py)."""

from __future__ import annotations

from dataclasses import replace

from storydiff.crossdoc.conflict_gate import Slot, admitted_slots, same_dated_fact

PLAIN = Slot(
    anchor="approve",
    family=frozenset({"approve", "vote-0"}),
    nouns=frozenset({"council", "plan"}),
    speaker=None,
    hedged=False,
    ahead=False,
    conditional=False,
    question=False,
)


def test_one_plain_fact_passes_every_type() -> None:
    for kind in ("number", "date", "agent", "polarity", "causality", "attribution"):
        assert admitted_slots(kind, PLAIN, PLAIN)


def test_a_question_or_condition_never_conflicts() -> None:
    for kind in ("number", "date", "agent", "attribution", "polarity", "causality"):
        assert not admitted_slots(kind, PLAIN, replace(PLAIN, question=True))
    for kind in ("number", "date", "agent", "attribution"):
        assert not admitted_slots(kind, PLAIN, replace(PLAIN, conditional=True))
    # polarity compares an act's consequence with its failure's ('if they fail to pass…')
    assert admitted_slots("polarity", PLAIN, replace(PLAIN, conditional=True))


def test_hedge_and_tense_gate_all_but_doubt() -> None:
    for change in ({"hedged": True}, {"ahead": True}):
        other = replace(PLAIN, **change)
        assert not admitted_slots("number", PLAIN, other)
        assert not admitted_slots("date", PLAIN, other)
        assert admitted_slots("attribution", PLAIN, other)  # doubt is what it compares
    assert not admitted_slots("polarity", PLAIN, replace(PLAIN, hedged=True))
    both_ahead = replace(PLAIN, ahead=True)
    assert admitted_slots("date", both_ahead, both_ahead)  # two days given for one plan


def test_two_named_sources_are_two_claims() -> None:
    police, organisers = replace(PLAIN, speaker="police"), replace(PLAIN, speaker="organiser")
    assert not admitted_slots("number", police, organisers)
    assert admitted_slots("number", police, police)
    assert admitted_slots("number", police, PLAIN)  # one source against narration


def test_an_age_belongs_to_the_person_whatever_the_verb() -> None:
    arrested = replace(PLAIN, anchor="arrest", family=frozenset({"arrest"}), attribute=True)
    accused = replace(PLAIN, anchor="accuse", family=frozenset({"accuse"}), attribute=True)
    assert admitted_slots("number", arrested, accused)
    assert not admitted_slots("number", replace(arrested, attribute=False), accused)


def test_numbers_of_two_acts_do_not_conflict() -> None:
    gassed = replace(PLAIN, anchor="teargas", family=frozenset({"teargas"}))
    gathered = replace(PLAIN, anchor="gather", family=frozenset({"gather", "crowd"}))
    assert not admitted_slots("number", gassed, gathered)
    died = replace(PLAIN, anchor="die", family=frozenset({"die", "dead"}))
    killed = replace(PLAIN, anchor="kill", family=frozenset({"kill", "dead"}))
    assert admitted_slots("number", died, killed)
    fell = replace(PLAIN, anchor="fall", family=frozenset({"fall", "measure"}))
    closed = replace(PLAIN, anchor="close", family=frozenset({"close", "measure"}))
    assert admitted_slots("number", fell, closed)  # one index's change, told two ways
    copula = replace(PLAIN, anchor="be", family=frozenset({"be"}))
    assert admitted_slots("number", copula, killed)  # 'the toll is 12': no second act named


def test_a_date_needs_one_act_or_one_dated_thing() -> None:
    held = replace(PLAIN, anchor="hold", family=frozenset({"hold"}), nouns=frozenset({"vote"}))
    passed = replace(PLAIN, anchor="pass", family=frozenset({"pass"}), nouns=frozenset({"levy"}))
    assert not same_dated_fact(held, passed)
    assert same_dated_fact(held, replace(passed, nouns=frozenset({"vote"})))
    said = replace(PLAIN, anchor="say", family=frozenset({"say"}))
    assert not same_dated_fact(said, PLAIN)  # the day of the saying, the day of the act
