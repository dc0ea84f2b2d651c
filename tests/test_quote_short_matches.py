"""A quote of a few words is weak evidence of one utterance (no model).

'to quit the board' is what many people in one story say; it renders another outlet's
quote only when one named speaker says both, and, of one or two words, when all its words
are there.
"""

from __future__ import annotations

from storydiff.crossdoc.quotes import group_quotes
from test_quote_groups import analysis

PILOTS = "Harbour pilots called on Edda Rusk to quit the board."
BRANDT = "Councillor Ivo Brandt said Rusk should quit the board regardless."


def test_a_short_quote_of_a_group_is_not_a_named_persons_remark() -> None:
    pilots = analysis("Wire A", PILOTS, [("to quit the board", "Harbour pilots", [1, 0, 0])])
    brandt = analysis(
        "Paper B",
        BRANDT,
        [("Rusk should quit the board regardless", "Ivo Brandt", [0.97, 0.24, 0])],
    )
    assert all(len(g.articles) == 1 for g in group_quotes([pilots, brandt]))


def test_a_short_quote_with_no_speaker_is_not_matched() -> None:
    nobody = analysis("Wire A", PILOTS, [("to quit the board", None, [1, 0, 0])])
    brandt = analysis(
        "Paper B",
        BRANDT,
        [("Rusk should quit the board regardless", "Ivo Brandt", [0.97, 0.24, 0])],
    )
    assert all(len(g.articles) == 1 for g in group_quotes([nobody, brandt]))


def test_one_named_speakers_short_remark_is_still_one_utterance() -> None:
    wire = analysis(
        "Wire A",
        'Edda Rusk said she would "quit the board."',
        [("quit the board.", "Edda Rusk", [1, 0, 0])],
    )
    paper = analysis(
        "Paper B",
        "Rusk told reporters she would quit the board on Monday.",
        [("she would quit the board on Monday", "Rusk", [0.9, 0.43, 0])],
    )
    assert any(len(g.articles) == 2 for g in group_quotes([wire, paper]))


def test_two_words_of_one_speaker_half_shared_are_two_remarks() -> None:
    """'to stay on the board' and 'Rusk to quit the board' share 'board', and say opposites."""
    wire = analysis(
        "Wire A",
        "Ivo Brandt urged the treasurer to stay on the board.",
        [("to stay on the board", "Ivo Brandt", [1, 0, 0])],
    )
    paper = analysis(
        "Paper B",
        "Ivo Brandt called on Edda Rusk to quit the board.",
        [("Edda Rusk to quit the board", "Ivo Brandt", [0.9, 0.43, 0])],
    )
    assert all(len(g.articles) == 1 for g in group_quotes([wire, paper]))


def test_a_description_that_names_the_speaker_vouches_for_a_short_quote() -> None:
    wire = analysis(
        "Wire A",
        "Police said they had opened an inquiry.",
        [("they had opened an inquiry", "Police", [1, 0, 0])],
    )
    paper = analysis(
        "Paper B",
        "A police spokesperson said the harbour unit has opened an inquiry.",
        [("the harbour unit has opened an inquiry", "police spokesperson", [0.9, 0.43, 0])],
    )
    assert any(len(g.articles) == 2 for g in group_quotes([wire, paper]))
    # a company's description may be the company, not a person named in the story
    firm = analysis(
        "Wire A",
        "Tarnwell said it would sell the ferry line.",
        [("it would sell the ferry line", "Tarnwell", [1, 0, 0])],
    )
    company = analysis(
        "Paper B",
        "The company said it would sell its ferry line soon.",
        [("it would sell its ferry line soon", "the company", [0.9, 0.43, 0])],
    )
    assert any(len(g.articles) == 2 for g in group_quotes([firm, company]))
    person = analysis(
        "Wire A",
        "Ivo Brandt said it would sell the ferry line.",
        [("it would sell the ferry line", "Ivo Brandt", [1, 0, 0])],
    )
    assert all(len(g.articles) == 1 for g in group_quotes([person, company]))
