"""Short remarks about something they do not name are held apart; short facts still link.

Statements and articles are our own (a fictional dam on a fictional river)."""

from __future__ import annotations

import pytest

import storydiff
from storydiff import AlignConfig, Article
from storydiff.crossdoc.short_fragments import unnamed_referent
from storydiff.model import Comparison, StatementGroup

pytestmark = pytest.mark.model

ARTICLE_A = """Kell dam gates opened as river rises

Engineers opened the gates of the Kell dam on Tuesday morning as the Lorrin river rose after \
three days of rain.

Farmers downstream blamed the regional council for flooding their fields.

Council leader Ilsa Brandt rejected the criticism at a press conference on Wednesday. "This is \
about the Kell dam. The council does not run it," she said.

The dam gates stayed shut overnight.
"""

ARTICLE_B = """Floods hit farms below Kell dam

The gates of the Kell dam were opened on Tuesday morning, engineers said, after heavy rain \
swelled the Lorrin river.

The Kell dam is run by a private water company, which has owned it since 2004.

Farmers said the water from the Kell dam had ruined their winter crops.

The gates of the dam stayed shut through the night, a company spokesman said.
"""

FRAGMENT = '"This is about the Kell dam.'


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("This is about the Kell dam.", "this"),
        ("It is not our dam.", "it"),
        ("Brandt called that a lie.", "that"),
        ("That is what farmers want.", "that"),
        # named subjects: short facts of their own
        ("The Kell dam is closed.", None),
        ("Lorrin is a river town.", None),
        ("The council rejected that claim.", None),
        # 'it' of a weather verb, 'it' as the subject of a reported act, a relative clause
        ("It was raining in Lorrin.", None),
        ("The council said it paid.", None),
        ("Those who left were fined.", None),
        # longer than a fragment: the rest of the sentence says what it is about
        ("This is about the dam the council sold to a water company in 2004.", None),
    ],
)
def test_a_short_statement_with_an_unnamed_referent(text: str, pronoun: str | None) -> None:
    (analysis,) = storydiff.analyse([Article(text=text, outlet="Test")])
    (unit,) = analysis.units
    assert unnamed_referent(unit) == pronoun


def _compare(*texts: str) -> Comparison:
    outlets = ("Harbour Gazette", "Valley Broadcast", "Lorrin Post")
    articles = [Article(text=t, outlet=o) for t, o in zip(texts, outlets, strict=False)]
    return storydiff.compare(articles, config=AlignConfig())


def _group_of(comparison: Comparison, text: str) -> StatementGroup:
    (group,) = [g for g in comparison.statements if any(text in m.text for m in g.members)]
    return group


def test_a_short_fragment_is_held_apart_from_a_topic_sentence() -> None:
    comparison = _compare(ARTICLE_A, ARTICLE_B)
    group = _group_of(comparison, FRAGMENT)
    assert group.kind == "unique"
    (closest,) = group.closest
    # the rule, not the score, holds it apart: the pair clears the threshold
    assert closest.text.startswith("The Kell dam is run by a private water company")
    assert closest.score >= AlignConfig().threshold
    assert closest.held_apart is not None and "'this'" in closest.held_apart


def test_a_short_fact_still_links() -> None:
    group = _group_of(_compare(ARTICLE_A, ARTICLE_B), "The dam gates stayed shut overnight.")
    assert group.kind == "shared"
    assert any("through the night" in m.text for m in group.members)


def test_one_remark_quoted_by_two_outlets_is_one_statement() -> None:
    quoted = 'The council blamed the company. "This is about the Kell dam," Brandt added.\n'
    comparison = _compare(ARTICLE_A, ARTICLE_B, '"This is about the Kell dam.\n\n' + quoted)
    members = {(m.article, m.text) for m in _group_of(comparison, FRAGMENT).members}
    assert ("harbour-gazette", FRAGMENT) in members
    assert ("lorrin-post", FRAGMENT) in members
