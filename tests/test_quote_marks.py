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
