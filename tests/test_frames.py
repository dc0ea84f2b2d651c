"""Event frames (nlp/frames.py) and frame links (crossdoc/frames.py): two statements that tell
one event with the same participants are linked, in other words or inside a longer sentence;
the same predicate with other participants, another event of the same actors, a negated
account or no named participant are not. Invented sentences only."""

from __future__ import annotations

import pytest

import storydiff
from storydiff.crossdoc.frames import (
    _compound_parts,
    participant_ids,
    same_event,
    units_share_event,
)
from storydiff.model import Frame, Unit
from storydiff.nlp.parse import sentence_units


def parsed(*texts: str) -> list[Unit]:
    return sentence_units(list(texts))


def frame(
    verb: str, *, patient: str | None = None, args: tuple[str, ...] = (), who: str = ""
) -> Frame:
    return Frame(verb, patient, args, frozenset(who.split()))


# --- frames from words (no model) ---


def test_a_demonym_and_a_capital_are_their_country() -> None:
    assert participant_ids(frame("put", who="french")) == {"france"}
    assert participant_ids(frame("put", who="paris")) == {"france"}
    assert participant_ids(frame("put", who="minister dravik")) == {"dravik"}  # no title


def test_the_same_predicate_and_argument_with_linked_participants_is_one_event() -> None:
    army = frame("put", patient="army", args=("alert",), who="norway")
    forces = frame("put", patient="force", args=("alert", "order"), who="norwegian")
    assert same_event(army, forces)


def test_other_participants_are_another_event() -> None:
    ours = frame("put", patient="army", args=("alert",), who="norway")
    theirs = frame("put", patient="force", args=("alert",), who="sweden")
    assert not same_event(ours, theirs)


def test_no_named_participant_is_no_evidence() -> None:
    assert not same_event(
        frame("put", patient="army", args=("alert",)), frame("put", args=("alert",))
    )


def test_unnamed_participants_are_their_subject_unless_it_may_be_anyone() -> None:
    def unnamed(agent: str, verb: str, patient: str) -> Frame:
        return Frame(verb, patient, ("bridge",), agent=agent)

    assert same_event(unnamed("protester", "block", "road"), unnamed("protester", "block", "road"))
    assert not same_event(
        unnamed("official", "block", "road"), unnamed("official", "block", "road")
    )
    assert not same_event(unnamed("protester", "block", "road"), unnamed("farmer", "block", "road"))


def test_one_shared_word_is_not_enough() -> None:
    # 'Dravik closed the border' / 'Dravik closed the embassy': one act, two events
    assert not same_event(
        frame("close", patient="border", who="dravik"),
        frame("close", patient="embassy", who="dravik"),
    )


def test_a_shared_object_without_the_verb_is_not_enough() -> None:
    # 'Dravik opened the bridge' / 'Dravik bombed the bridge' share the object only... and the
    # 'bridge' argument of a third verb does not make the act the same
    assert not same_event(
        frame("open", patient="bridge", args=("river",), who="dravik"),
        frame("bomb", patient="bridge", args=("river",), who="dravik"),
    )


def test_a_negated_account_is_not_linked() -> None:
    plain = frame("put", patient="army", args=("alert",), who="norway")
    negated = Frame("put", "army", ("alert",), frozenset({"norway"}), negated=True)
    assert not same_event(plain, negated)


def test_a_compound_said_in_its_parts() -> None:
    assert _compound_parts("roadblock", frozenset({"road", "block", "barricade"})) == (
        "road",
        "block",
    )
    assert _compound_parts("passage", frozenset({"pass"})) == ()  # 'age' is not in the other
    assert _compound_parts("blockade", frozenset({"block", "road"})) == ()
    erected = frame("erect", patient="roadblock", who="french dorvale")
    blocked = frame("block", patient="road", args=("location",), who="france")
    assert same_event(erected, blocked)
    # the same compound against an act on something else
    assert not same_event(erected, frame("block", patient="payment", who="france"))


# --- frames read off the parse (spaCy) ---


@pytest.mark.model
def test_a_conjoined_verb_has_a_frame_with_the_shared_subject() -> None:
    (unit,) = parsed("Farmers in Dorvale blocked the highway and burned tyres near the depot.")
    verbs = {f.verb: f for f in unit.frames}
    assert {"block", "burn"} <= set(verbs)
    assert verbs["burn"].patient == "tyre" and "dorvale" in verbs["burn"].participants


@pytest.mark.model
def test_a_reported_pronoun_subject_is_the_reporter() -> None:
    (unit,) = parsed("Velmora said it had put its navy on alert.")
    (put,) = [f for f in unit.frames if f.verb == "put"]
    assert put.participants == {"velmora"} and "alert" in put.arguments


@pytest.mark.model
@pytest.mark.parametrize(
    ("left", "right", "linked"),
    [
        ("Velmora said it had put its navy on alert.",
         "The navy of Velmora was put on alert after midnight, a spokesman said.", True),
        ("Velmora said it had put its navy on alert.",
         "Tarsk put its coast guard on alert on Saturday.", False),
        ("Farmers from Dorvale erected roadblocks near the depot on Monday.",
         "In protest, farmers from Dorvale blocked roads with tractors.", True),
        ("Farmers from Dorvale erected roadblocks near the depot on Monday.",
         "Farmers from Dorvale blocked payments to the cooperative.", False),
        ("Velmora put its navy on alert.", "Velmora did not put its navy on alert.", False),
        ("Velmora closed the border crossing at Kest.",
         "Velmora closed its embassy in Tarsk.", False),
    ],
)  # fmt: skip
def test_statement_pairs(left: str, right: str, linked: bool) -> None:
    a, b = parsed(left, right)
    assert units_share_event(a, b, None) is linked


@pytest.mark.model
def test_a_frame_link_groups_one_event_told_in_two_ways() -> None:
    """One outlet reports the alert inside a long sentence about something else, the other in
    a passive with other words around it: grouped (the pair score alone leaves them apart).
    The other side's alert of its own forces, same predicate, stays apart."""
    first = storydiff.Article(
        id="first",
        outlet="First",
        text=(
            "Fishing boats from Tarsk were turned back at the Kell estuary on Sunday.\n\n"
            "Fighting spread along the river on Sunday, hours after Velmora said it had put its "
            "navy on alert as the quarrel over fishing rights dragged into a third month.\n\n"
            "The two states have argued over the estuary since a treaty lapsed in 2019.\n\n"
            "Velmora's foreign minister called for talks in Geneva.\n\n"
            "Fish prices in the capital rose by a fifth."
        ),
    )
    second = storydiff.Article(
        id="second",
        outlet="Second",
        text=(
            "Tarsk accused Velmora of piracy after its fishing boats were turned back at the "
            "Kell estuary.\n\n"
            "Tarsk put its coast guard on alert on Saturday.\n\n"
            "Answering that move, Admiral Ivo Raskin told reporters in the capital that leave "
            "for all sailors was cancelled and the navy of Velmora had been put on alert at the "
            "president's command.\n\n"
            "Trade unions in Tarsk called a strike for Friday.\n\n"
            "The estuary has been disputed for decades."
        ),
    )
    shared = [
        {m.article: m.text for m in g.members}
        for g in storydiff.compare([first, second]).statements
        if g.kind == "shared"
    ]
    assert any(
        "put its navy" in texts.get("first", "") and "navy of Velmora" in texts.get("second", "")
        for texts in shared
    )
    assert not any("coast guard" in texts.get("second", "") for texts in shared)
