"""Quotation marks on raw text: every common mark, apostrophes, unbalanced marks (no model)."""

from __future__ import annotations

import pytest

from storydiff.extract.quote_marks import find_marked_spans


def quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_marked_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will stay here" and left.', ["we will stay here"]),
        ("He said “we will stay here” and left.", ["we will stay here"]),
        ("He said ‘we will stay here’ and left.", ["we will stay here"]),
        ("He said 'we will stay here' and left.", ["we will stay here"]),
        ("Il a dit «we will stay here» hier.", ["we will stay here"]),
        ("Er sagte „we will stay here“ gestern.", ["we will stay here"]),
        ("He said ''we will stay here'' and left.", ["we will stay here"]),
    ],
)
def test_every_common_mark(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_apostrophes_are_not_quotes() -> None:
    text = "Russia’s ‘destructive influence’ isn't the Serbs' problem, since the '90s."
    assert quoted(text) == ["destructive influence"]


def test_nested_quotes_keep_the_outer_one() -> None:
    text = "\"He told me 'leave now' and I did,\" she said."
    assert quoted(text) == ["He told me 'leave now' and I did"]


def test_trailing_comma_inside_the_marks_is_not_content() -> None:
    assert quoted('"We will win," he said.') == ["We will win"]


def test_an_unclosed_quote_ends_with_its_paragraph() -> None:
    text = 'She said "the bridge will open in May.\nThe council met on Friday to vote.'
    spans = find_marked_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["the bridge will open in May."]
    assert not spans[0].closed


def test_a_stray_mark_does_not_swallow_the_article() -> None:
    text = (
        'The pipe is 5" wide. He said "it leaks" twice.\n'
        'A stray mark "\nMayor Lind said "repairs start today" in the morning.'
    )
    assert quoted(text) == ["it leaks", "repairs start today"]


def test_quote_continued_over_paragraphs() -> None:
    text = "“The first paragraph of the statement goes on\n“and the second ends it,” she said."
    spans = find_marked_spans(text)
    assert [text[s.start : s.end] for s in spans] == [
        "The first paragraph of the statement goes on",
        "and the second ends it",
    ]
    assert [s.continued for s in spans] == [False, True]


def test_quote_goes_on_over_paragraphs_without_a_reopening_mark() -> None:
    text = (
        "The mayor wrote: “The bridge at Tolvik will close in May.\n\n"
        "Repairs take a year.\n\n"
        "We regret the delay!”\n\n"
        "Traffic will use the ferry."
    )
    spans = find_marked_spans(text)
    assert [text[s.start : s.end] for s in spans] == [
        "The bridge at Tolvik will close in May.",
        "Repairs take a year.",
        "We regret the delay!",
    ]
    assert [s.continued for s in spans] == [False, True, True]


def test_an_unclosed_mark_does_not_claim_paragraphs_that_close_nothing() -> None:
    # near cases: the later paragraphs hold no closing mark after a sentence's end, or a
    # new quote opens first; they are not part of the open quote
    text = (
        "He called it “a plan that will never work\n\n"
        "The council met on Monday.\n\n"
        "Its chair said “the vote is final” and left."
    )
    assert quoted(text) == ["a plan that will never work", "the vote is final"]
    text = "She said “the vote is in May.\n\nThe council met.\n\nIt was “sunny” outside."
    assert quoted(text) == ["the vote is in May.", "sunny"]
