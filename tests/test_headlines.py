"""A plain-text article's headline repeats a fact of its body: it joins that fact's group
instead of reading as a fact only its outlet reports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from helpers import DAM, FLOOD, MAYOR, OTHER, analysis, near
from storydiff import compare_analyses
from storydiff.model import Analysis, StatementGroup
from storydiff.text_page import headline_end


def with_headline(article: Analysis) -> Analysis:
    """The same analysis with a line break after its first sentence (its headline)."""
    first = article.units[0]
    text = article.article.text
    text = text[: first.end] + "\n" + text[first.end + 1 :]
    return replace(article, article=replace(article.article, text=text))


def groups_of(groups: Sequence[StatementGroup]) -> set[frozenset[tuple[str, int]]]:
    return {frozenset((m.article, m.sentence) for m in g.members) for g in groups}


def test_headline_ends_at_a_short_first_line_without_a_stop() -> None:
    assert headline_end("River Ast floods Lorrin\n\nThe river rose.") == len(
        "River Ast floods Lorrin"
    )
    assert headline_end("  Mayor: 'We will rebuild'\nThe mayor spoke.") == len(
        "  Mayor: 'We will rebuild'"
    )
    assert headline_end("The river rose on Friday.\nIt fell later.") == 0
    assert headline_end("River Ast floods Lorrin") == 0  # nothing follows: not a headline
    assert headline_end(" ".join(["word"] * 30) + "\nBody.") == 0


def test_a_title_case_headline_closed_with_a_full_stop_is_still_a_headline() -> None:
    # feeds and roundups close every headline with a stop; body text is not in title case
    headline = "Keldby Mayor Vows To Block Harbour Tax."
    assert headline_end(f"{headline}\n\nThe mayor spoke.") == len(headline)
    assert headline_end("Will The Harbour Tax Sink Keldby?.\nThe mayor spoke.") == len(
        "Will The Harbour Tax Sink Keldby?."
    )
    # a one-sentence lead in sentence case keeps its stop as a sentence's
    assert headline_end("Mayor Ana Ostrova blocked the harbour tax.\n\nIt fell.") == 0


def test_a_headline_joins_the_group_of_the_body_statement_it_repeats() -> None:
    left = with_headline(
        analysis(
            "Harbour Gazette",
            [
                "Lorrin floods after River Ast bursts banks",
                "The dam gates were opened at dawn.",
                "The mayor thanked volunteers.",
                "The river flooded 1200 homes in Lorrin on Tuesday.",
            ],
            [near(FLOOD, 0.1), DAM, MAYOR, FLOOD],
        )
    )
    right = analysis(
        "Valley Broadcast",
        ["Floodwater reached 1200 homes in Lorrin on Tuesday.", "Schools stay shut."],
        [near(FLOOD), OTHER],
    )
    comparison = compare_analyses([left, right])
    assert frozenset(
        {("harbour-gazette", 0), ("harbour-gazette", 3), ("valley-broadcast", 0)}
    ) in groups_of(comparison.statements)


def test_a_fact_an_article_tells_twice_is_never_only_in_it() -> None:
    left = analysis(
        "Harbour Gazette",
        [
            "The river flooded homes in Lorrin on Tuesday.",
            "The dam gates were opened at dawn.",
            "Homes in Lorrin were flooded by the river on Tuesday.",
        ],
        [near(FLOOD, 0.1), DAM, FLOOD],
    )
    right = analysis("Valley Broadcast", ["Floodwater reached homes in Lorrin."], [near(FLOOD)])
    comparison = compare_analyses([left, right])
    # the scattered repeat joins the fact's group (it restates it), so no 'only in' says
    # that Valley Broadcast left out a fact it reports
    (shared,) = [g for g in comparison.statements if g.kind == "shared"]
    assert {(m.article, m.sentence) for m in shared.members} == {
        ("harbour-gazette", 0),
        ("harbour-gazette", 2),
        ("valley-broadcast", 0),
    }
    unique = [g.members[0].sentence for g in comparison.unique_to("harbour-gazette")]
    assert unique == [1]


def _headline_case(
    left_lead: str, right_lead: str, lead_vectors: tuple[list[float], list[float]]
) -> list[StatementGroup]:
    """Two articles that open with a headline on one fact (FLOOD) and a lead sentence, whose
    embeddings (`lead_vectors`) are far from the headlines': the pair score would never put
    a headline with the other outlet's lead."""
    left = with_headline(
        analysis(
            "Harbour Gazette",
            ["River Ast floods homes in Lorrin", left_lead, "The mayor thanked volunteers."],
            [FLOOD, lead_vectors[0], MAYOR],
        )
    )
    right = with_headline(
        analysis(
            "Valley Broadcast",
            ["Ast floodwater reaches Lorrin homes", right_lead, "Schools stay shut."],
            [near(FLOOD), lead_vectors[1], OTHER],
        )
    )
    return list(compare_analyses([left, right]).statements)


def test_the_headlines_group_and_their_leads_group_are_one_fact() -> None:
    groups = _headline_case(
        "The river Ast floods homes across Lorrin on Tuesday.",
        "Floodwater from the Ast reached homes in Lorrin on Tuesday.",
        (DAM, near(DAM)),
    )
    shared = [g for g in groups if g.kind == "shared"]
    assert groups_of(shared) == {
        frozenset(
            {
                ("harbour-gazette", 0),
                ("harbour-gazette", 1),
                ("valley-broadcast", 0),
                ("valley-broadcast", 1),
            }
        )
    }


def test_a_lead_restating_its_grouped_headline_is_not_only_in_its_outlet() -> None:
    groups = _headline_case(
        "The river Ast floods homes across Lorrin on Tuesday.",
        "Floodwater from the Ast reached homes in Lorrin on Tuesday.",
        (DAM, MAYOR),  # the two leads alone would not be linked
    )
    unique = {(g.members[0].article, g.members[0].sentence) for g in groups if g.kind == "unique"}
    assert ("harbour-gazette", 1) not in unique and ("valley-broadcast", 1) not in unique


def test_a_lead_that_tells_another_fact_stays_apart_from_the_headlines() -> None:
    groups = _headline_case(
        "The dam gates were opened at dawn by the water board.",
        "Floodwater from the Ast reached homes in Lorrin on Tuesday.",
        (DAM, MAYOR),
    )
    unique = {(g.members[0].article, g.members[0].sentence) for g in groups if g.kind == "unique"}
    # the gazette's lead holds none of its headline's words: it is a second fact
    assert ("harbour-gazette", 1) in unique
    assert ("valley-broadcast", 1) not in unique


def test_a_headline_whose_restating_lead_is_shared_is_not_only_in_its_outlet() -> None:
    # The headline scores low against the other outlet's lead (its vector is far from it),
    # but its own lead restates it and is grouped: the headline tells that shared fact.
    left = with_headline(
        analysis(
            "Harbour Gazette",
            [
                "River Ast floods homes in Lorrin",
                "The river Ast floods homes across Lorrin on Tuesday.",
                "The mayor thanked volunteers.",
            ],
            [FLOOD, DAM, MAYOR],
        )
    )
    right = analysis(
        "Valley Broadcast",
        ["Floodwater from the Ast reached homes in Lorrin on Tuesday.", "Schools stay shut."],
        [near(DAM), OTHER],
    )
    groups = list(compare_analyses([left, right]).statements)
    unique = {(g.members[0].article, g.members[0].sentence) for g in groups if g.kind == "unique"}
    assert unique == {("harbour-gazette", 2), ("valley-broadcast", 1)}
    (shared,) = [g for g in groups if g.kind == "shared"]
    assert {(m.article, m.sentence) for m in shared.members} == {
        ("harbour-gazette", 0),
        ("harbour-gazette", 1),
        ("valley-broadcast", 0),
    }


def test_a_headline_whose_lead_tells_another_fact_stays_only_in_its_outlet() -> None:
    left = with_headline(
        analysis(
            "Harbour Gazette",
            [
                "River Ast floods homes in Lorrin",
                "The dam gates were opened at dawn by the water board.",
                "The mayor thanked volunteers.",
            ],
            [FLOOD, DAM, MAYOR],
        )
    )
    right = analysis(
        "Valley Broadcast",
        ["The water board opened the dam gates at dawn.", "Schools stay shut."],
        [near(DAM), OTHER],
    )
    groups = list(compare_analyses([left, right]).statements)
    unique = {(g.members[0].article, g.members[0].sentence) for g in groups if g.kind == "unique"}
    assert ("harbour-gazette", 0) in unique
