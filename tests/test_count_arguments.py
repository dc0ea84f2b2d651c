"""Counts as arguments (crossdoc/count_arguments.py): two statements that count the same
participants with different figures share that argument in the event-weighted overlap."""

from __future__ import annotations

from dataclasses import replace

import pytest

from helpers import unit
from storydiff.crossdoc.context import EventContext
from storydiff.crossdoc.count_arguments import counted_alike, counts
from storydiff.model import Unit
from storydiff.nlp.parse import sentence_units

_NOUNS = {"officers": "officer", "drivers": "driver", "tonnes": "tonne", "crossing": "crossing"}


def tagged(text: str) -> Unit:
    """A hand-built unit with the tokens, lemmas and tags the amount reader needs."""
    tokens = tuple(w.strip(".,").lower() for w in text.split())
    pos = tuple(
        "NUM" if t.isdigit() else "NOUN" if t in _NOUNS else "DET" if t in {"a", "the"} else "X"
        for t in tokens
    )
    lemmas = tuple(_NOUNS.get(t, t) for t in tokens)
    base = unit(0, 0, text)
    return replace(base, tokens=tokens, lemmas=lemmas, pos=pos, content=base.content | {*lemmas})


SENT = tagged("Police sent about 300 officers to the crossing.")
DEPLOYED = tagged("A unit of 250 officers was deployed to the crossing.")
FINED = tagged("Police fined 250 drivers at the crossing.")


def test_a_count_is_read_with_the_thing_it_counts() -> None:
    (amount,) = counts(SENT).values()
    assert set(counts(SENT)) == {"300"} and amount.head == "officer"


def test_counts_of_one_thing_are_alike_and_of_two_things_are_not() -> None:
    assert counted_alike(counts(SENT), counts(DEPLOYED)) == [("300", "250")]
    assert counted_alike(counts(SENT), counts(FINED)) == []


def test_a_tally_over_a_period_is_not_a_count_without_one() -> None:
    year = tagged("The mine produced 85000 tonnes last year.")
    week = tagged("Each stoppage costs 1600 tonnes.")
    assert counts(year) and counts(week)
    assert counted_alike(counts(year), counts(week)) == []


def test_money_and_percentages_are_no_count_arguments() -> None:
    assert counts(tagged("Turnout rose to 58 percent.")) == {}


def test_the_other_counts_figure_raises_the_overlap() -> None:
    context = EventContext.build([])
    with_count = context.weighted_overlap(SENT, DEPLOYED)
    other_thing = context.weighted_overlap(SENT, FINED)
    assert with_count > other_thing


@pytest.mark.model
def test_ages_are_no_count_arguments() -> None:
    """'a 16-year-old boy' and 'a 15-year-old boy' are two people's ages, not one crowd
    counted twice: told of two suspects, they must not pull two facts together."""
    charged = sentence_units(["A 16-year-old boy and a 17-year-old girl were charged in Corvel."])
    entered = sentence_units(["A 17-year-old girl and a 15-year-old boy entered the Corvel house."])
    assert counts(charged[0]) == {} and counts(entered[0]) == {}
