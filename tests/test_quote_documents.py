"""What a letter says and what one of its signatories says are two remarks (no model).

The gold's rule (benchmarks/gold/quote_utterances_gold.json): a letter and a signatory's
own press comment are two utterances, however alike their words; a body and its
statement may still be one voice.
"""

from __future__ import annotations

from dataclasses import replace

from storydiff.crossdoc.quotes import group_quotes
from storydiff.model import Analysis, Mention
from test_quote_groups import analysis

LETTER = 'The letter said the harbour plan "betrays every fishing family in Orvik."'
REYL = 'Tomas Reyl said the harbour plan "betrays the fishing families of Orvik."'


def with_person(item: Analysis, name: str) -> Analysis:
    start = item.article.text.index(name)
    key = name.split()[-1].lower()
    mention = Mention(item.article.id, start, start + len(name), name, "name", key, name)
    return replace(item, mentions=(replace(mention, type="person"),))


def test_a_letter_and_a_signatory_are_two_voices() -> None:
    letter = analysis(
        "Wire A", LETTER, [("betrays every fishing family in Orvik.", "the letter", [1, 0, 0])]
    )
    reyl = with_person(
        analysis(
            "Paper B",
            REYL,
            [("betrays the fishing families of Orvik.", "Tomas Reyl", [0.95, 0.3, 0])],
        ),
        "Tomas Reyl",
    )
    assert all(len(g.articles) == 1 for g in group_quotes([letter, reyl]))


def test_a_statement_and_a_body_may_be_one_voice() -> None:
    """'the statement' and 'Orvik Fishermen' (no person the articles name) stay matched."""
    statement = analysis(
        "Wire A", LETTER, [("betrays every fishing family in Orvik.", "the statement", [1, 0, 0])]
    )
    body = analysis(
        "Paper B",
        REYL.replace("Tomas Reyl", "Orvik Fishermen"),
        [("betrays the fishing families of Orvik.", "Orvik Fishermen", [0.95, 0.3, 0])],
    )
    assert any(len(g.articles) == 2 for g in group_quotes([statement, body]))
