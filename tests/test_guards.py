"""Near misses, merge blocks, sensitivity and input warnings on hand-built analyses."""

from __future__ import annotations

from dataclasses import replace

import pytest

from helpers import analysis
from storydiff import AlignConfig, Article, compare_analyses
from storydiff.crossdoc.guards import (
    RELATED_COSINE,
    RELATED_TERMS,
    article_similarity,
    cap_length,
    term_similarity,
)
from storydiff.model import Analysis, TimeExpression

ENTRY = [1.0, 0.0, 0.0, 0.0]
OTHER = [0.0, 1.0, 0.0, 0.0]
THIRD = [0.0, 0.0, 1.0, 0.0]
FOURTH = [0.0, 0.0, 0.0, 1.0]


def dated(found: Analysis, phrase: str) -> Analysis:
    """The analysis with one explicit day, `phrase`, found in its text (year unknown)."""
    start = found.article.text.index(phrase)
    time = TimeExpression(start, start + len(phrase), phrase, "date", None)
    return replace(found, times=(time,))


def test_different_explicit_days_hold_two_close_statements_apart() -> None:
    left = dated(
        analysis(
            "Harbour Gazette",
            ["On March 8, police entered the Lorrin docks in armoured vans.", "Rain fell."],
            [ENTRY, OTHER],
        ),
        "March 8",
    )
    right = dated(
        analysis(
            "Valley Broadcast",
            ["On March 10, police entered the Lorrin docks in armoured vans.", "Fog rose."],
            [ENTRY, THIRD],
        ),
        "March 10",
    )
    comparison = compare_analyses([left, right])
    assert all(g.kind == "unique" for g in comparison.statements)
    entry = next(
        g for g in comparison.unique_to("harbour-gazette") if "March 8" in g.members[0].text
    )
    (near,) = entry.closest
    assert near.article == "valley-broadcast" and near.text.startswith("On March 10")
    assert near.score >= comparison.summary.threshold
    assert near.held_apart == "Harbour Gazette dates it 'March 8', Valley Broadcast 'March 10'"


def test_the_same_day_does_not_block() -> None:
    text = "On March 8, police entered the Lorrin docks in armoured vans."
    left = dated(analysis("A", [text, "Rain fell."], [ENTRY, OTHER]), "March 8")
    right = dated(analysis("B", [text, "Fog rose."], [ENTRY, THIRD]), "March 8")
    comparison = compare_analyses([left, right])
    assert [g.kind for g in comparison.statements].count("shared") == 1
    assert all(not g.closest for g in comparison.statements if g.kind == "shared")


def test_every_unique_statement_names_its_closest_statement_elsewhere() -> None:
    left = analysis("A", ["The dam gates opened at dawn.", "Schools stay shut."], [ENTRY, OTHER])
    right = analysis("B", ["Volunteers filled sandbags.", "A bridge closed."], [THIRD, FOURTH])
    comparison = compare_analyses([left, right])
    for group in comparison.statements:
        assert group.kind == "unique"
        (near,) = group.closest
        assert near.article != group.members[0].article and near.held_apart is None
        assert 0.0 <= near.score < comparison.summary.threshold


@pytest.mark.parametrize(
    ("given", "threshold", "name"),
    [
        ("strict", 0.44, "strict"),
        ("loose", 0.3, "loose"),
        (0.36, 0.36, "normal"),
        (0.5, 0.5, "custom"),
    ],
)
def test_sensitivity_names_a_threshold(given: str | float, threshold: float, name: str) -> None:
    config = AlignConfig.for_sensitivity(given)
    assert (config.threshold, config.sensitivity) == (threshold, name)


def test_an_unknown_sensitivity_name_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown sensitivity"):
        AlignConfig.for_sensitivity("medium")


def test_identical_articles_and_near_copies_are_warned_about() -> None:
    sentences = [
        "The river burst its banks on Tuesday night.",
        "About 1200 homes in Lorrin were flooded.",
        "The mayor thanked the many volunteers.",
    ]
    vectors = [ENTRY, OTHER, THIRD]
    same = compare_analyses([analysis("A", sentences, vectors), analysis("B", sentences, vectors)])
    assert [w.kind for w in same.warnings] == ["same-article"]
    twin = [*sentences[:2], "Our readers sent many photographs of it."]
    near = compare_analyses(
        [analysis("A", sentences, vectors), analysis("B", twin, [ENTRY, OTHER, FOURTH])]
    )
    assert [w.kind for w in near.warnings] == ["near-copy"]
    assert near.warnings[0].share == pytest.approx(2 / 3)


def test_wire_copy_rewritten_lightly_is_a_near_copy() -> None:
    wire = [
        "Lorrin Mayor Anna Brask is considering using army engineers to shore up the river "
        "embankments, as the water is expected to rise again on Friday.",
        "The plan, set out in a statement from Brask on Thursday, would let her declare an "
        "emergency to bring in contractors from other regions as well as retired engineers.",
        'Brask said the city "will not wait for the water to decide" and was also looking '
        "at using volunteers with building skills.",
    ]
    rewrite = [
        "The mayor of Lorrin, Anna Brask, is considering using army engineers to shore up "
        "the river embankments, as the water is expected to rise again on Friday.",
        "The plan, set out in a statement, would let the mayor declare an emergency and so "
        "bring in contractors from other regions as well as retired engineers.",
        'Brask said the city "will not wait for the water to decide" and was also looking '
        "at using volunteers to fill sandbags.",
    ]
    vectors = [ENTRY, OTHER, THIRD]
    comparison = compare_analyses(
        [analysis("Wire", wire, vectors), analysis("Daily", rewrite, vectors)]
    )
    assert [w.kind for w in comparison.warnings] == ["near-copy"]
    assert "Wire and Daily share long stretches of wording" in comparison.warnings[0].message
    # two outlets' own reports of the same facts, quoting the same words, are no copy
    own = [
        "Army engineers may be sent to Lorrin, where the river is set to rise on Friday.",
        'Mayor Brask said the city "will not wait for the water to decide" and could call '
        "an emergency.",
        "Retired engineers and builders from other regions have offered to help the city.",
    ]
    apart = compare_analyses([analysis("Wire", wire, vectors), analysis("Own", own, vectors)])
    assert "near-copy" not in [w.kind for w in apart.warnings]


def test_unrelated_and_short_articles_are_warned_about() -> None:
    left = analysis(
        "Harbour Gazette",
        ["The river burst its banks.", "Homes were flooded.", "Schools stay shut."],
        [ENTRY, OTHER, THIRD],
    )
    right = analysis("Board Weekly", ["A chess player won the open."], [FOURTH])
    comparison = compare_analyses([left, right])
    assert [w.kind for w in comparison.warnings] == ["unrelated", "short"]
    assert comparison.warnings[1].articles == ("board-weekly",)
    assert "Board Weekly has only 1 sentence" in comparison.warnings[1].message


def test_excerpts_of_one_story_that_link_no_statement_are_not_called_unrelated() -> None:
    # two outlets' first paragraphs: no statement pairs up, but both are about the Lorrin
    # floods (the place, the river, the sandbags)
    left = analysis(
        "Harbour Gazette",
        [
            "Floodwater from the Lorrin river reached Kelsby overnight.",
            "Volunteers stacked sandbags along the Lorrin embankment.",
            "Kelsby schools stay shut.",
        ],
        [ENTRY, OTHER, THIRD],
    )
    right = analysis(
        "Valley Broadcast",
        ["Kelsby residents fear the Lorrin embankment will give way under the floodwater."],
        [FOURTH],
    )
    comparison = compare_analyses([left, right])
    assert all(g.kind == "unique" for g in comparison.statements)
    assert article_similarity(left, right) < RELATED_COSINE
    assert term_similarity(left, right) >= RELATED_TERMS
    assert [w.kind for w in comparison.warnings] == ["short"]


def test_article_similarity_is_the_cosine_of_the_mean_statement_vectors() -> None:
    left = analysis("A", ["The dam gates opened.", "Schools stay shut."], [ENTRY, OTHER])
    right = analysis("B", ["Volunteers filled sandbags."], [[1.0, 1.0, 0.0, 0.0]])
    assert article_similarity(left, right) == pytest.approx(1.0)
    assert article_similarity(left, analysis("C", ["A bridge closed."], [THIRD])) == 0.0


def test_shared_rare_words_count_for_more_than_shared_common_ones() -> None:
    left = analysis("A", ["The people said the Lorrin embankment held."], [ENTRY])
    common = analysis("B", ["The people said the weather was fine."], [OTHER])
    rare = analysis("C", ["Engineers inspected the Lorrin embankment."], [THIRD])
    assert term_similarity(left, rare) > term_similarity(left, common)


def test_an_oversized_article_is_cut_at_a_paragraph_end_and_said() -> None:
    paragraph = "The council met again today. " * 20
    long = Article(text="\n\n".join([paragraph] * 40), outlet="Coast Digest")
    short = Article(text="The council met today.", outlet="Kelsby Herald")
    kept, warnings = cap_length([long, short], limit=5_000)
    assert kept[1] is short and long.text.startswith(kept[0].text)
    assert len(kept[0].text) <= 5_000 and kept[0].text.endswith(paragraph)
    (warning,) = warnings
    assert warning.kind == "oversized" and warning.articles == ("coast-digest",)
