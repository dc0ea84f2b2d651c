"""Quote spans that ran on into a second attribution or began with a dateline (issue 11,
class S9), rebuilt on fictional sentences (model tests)."""

from __future__ import annotations

import pytest

from storydiff.extract.quote_tails import attribution_tail, before_tail, past_dateline
from storydiff.extract.quotes import extract_quotes
from storydiff.model import Quote
from storydiff.nlp import load_spacy

pytestmark = pytest.mark.model


def quotes(text: str) -> tuple[Quote, ...]:
    return extract_quotes(load_spacy()(text))


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ("The driver fled on foot, police said, according to court documents.", ", police"),
        ("The clerk locked the vault, the inspection report states.", ", the inspection"),
        ("The fire began in a shed, the fire marshal said on Monday, citing witnesses.", ", the"),
        ("Velk hid the ledger in a barn, charging documents state.", ", charging"),
    ],
)
def test_the_attributions_closing_a_sentence_are_found(text: str, tail: str) -> None:
    sent = next(load_spacy()(text).sents)
    assert attribution_tail(sent) == text.index(tail)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry left at noon, and the crew said nothing.",
        "Dale said the plan was dead, which the council denied.",
        "The mayor thanked the crews, the volunteers and the nurses.",
    ],
)
def test_a_sentence_without_a_closing_attribution_keeps_its_end(text: str) -> None:
    sent = next(load_spacy()(text).sents)
    assert attribution_tail(sent) is None
    assert before_tail(sent, (0, len(text) - 1)) == (0, len(text) - 1)


def test_a_quote_ends_before_the_attribution_that_relays_it() -> None:
    text = "The driver left the scene on foot, police said, according to court documents."
    found = {q.speaker: q.text for q in quotes(text)}
    assert found == {
        "police": "The driver left the scene on foot",
        "court documents": "The driver left the scene on foot",
    }


def test_content_told_ends_before_the_records_that_report_it() -> None:
    text = (
        "Ress, who had quit the firm by then, went to the dock and told them he would "
        "scuttle the ferry after the vote, charging papers state."
    )
    # before: the content ran on to ', charging papers state'
    found = [(q.speaker, q.text) for q in quotes(text)]
    assert found == [("Ress", "he would scuttle the ferry after the vote")]


def test_a_closing_reporting_clause_is_no_content_of_the_cue_before_it() -> None:
    text = "The guards asked him to leave the plaza several times, the complaint states."
    texts = [q.text for q in quotes(text)]
    assert not any("complaint" in t for t in texts), texts


def test_what_a_closing_citing_phrase_cites_stays() -> None:
    text = "The mayor said the budget was balanced, citing a report from the treasurer."
    texts = sorted(q.text for q in quotes(text))
    assert texts == ["a report from the treasurer", "the budget was balanced"]


def test_a_dateline_is_no_part_of_the_content() -> None:
    text = (
        "KESSROW — A miner who police say set the fire had a long record of arson, "
        "according to court records."
    )
    found = [q for q in quotes(text) if q.speaker == "court records"]
    assert [q.text for q in found] == [
        "A miner who police say set the fire had a long record of arson"
    ]


@pytest.mark.parametrize(
    "dateline",
    ["HALDEN, March 3 (Orbis) - ", "HALDEN (Orbis) - ", "HALDEN/ORVIK, Mar 3 (Orbis) — "],
)
def test_a_wire_dateline_is_no_part_of_the_content(dateline: str) -> None:
    text = (
        f"{dateline}Harbour police have closed the east pier after a crane collapsed late on "
        "Sunday, the port authority said."
    )
    (found,) = quotes(text)
    assert (
        found.text
        == "Harbour police have closed the east pier after a crane collapsed late on Sunday"
    )
    assert found.start == len(dateline)


def test_a_capitalised_opening_without_a_dash_is_no_dateline() -> None:
    text = "NATO officials said the base would close."
    sent = next(load_spacy()(text).sents)
    assert past_dateline(sent, (0, 20)) == (0, 20)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'On Monday, the mayor said the town was "deeply grateful" to Tom Ell, who lost his '
            "boat in the storm on Friday.",
            'the town was "deeply grateful" to Tom Ell',
        ),
        (
            "The harbour master said she owed a great deal to Mr. Ell, whom the council "
            "dismissed in March over the missing ferry funds.",
            "she owed a great deal to Mr. Ell",
        ),
    ],
)
def test_a_relative_clause_about_a_named_person_closing_the_content_is_background(
    text: str, content: str
) -> None:
    (quote,) = quotes(text)
    assert quote.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the content goes on after the clause: it is part of what was said
        (
            "Dale said Tom Ell, who chairs the harbour board, would resign.",
            "Tom Ell, who chairs the harbour board, would resign",
        ),
        # inside quotation marks the clause is the speaker's own words
        (
            'Dale said she had called Tom Ell, who "never answered the phone".',
            'she had called Tom Ell, who "never answered the phone',
        ),
        # a clause about a thing is no account of who someone is
        (
            "Dale said the money went to the harbour, which was flooded.",
            "the money went to the harbour, which was flooded",
        ),
    ],
)
def test_a_relative_clause_that_is_part_of_the_content_stays(text: str, content: str) -> None:
    (quote,) = quotes(text)
    assert quote.text == content


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The harbour board says it closed the east pier after a crane collapsed on Sunday "
            "night, while the dockers' union says the closure was planned well in advance.",
            "it closed the east pier after a crane collapsed on Sunday night",
            "the closure was planned well in advance",
        ),
        (
            "Dale said the pier would reopen, whereas the union said it would stay shut.",
            "the pier would reopen",
            "it would stay shut",
        ),
    ],
)
def test_content_ends_before_the_other_sides_report(text: str, first: str, second: str) -> None:
    assert [q.text for q in quotes(text)] == [first, second]


def test_a_while_clause_without_a_report_stays_in_the_content() -> None:
    text = "The board said it closed the pier while engineers checked the crane."
    assert [q.text for q in quotes(text)] == [
        "it closed the pier while engineers checked the crane"
    ]
