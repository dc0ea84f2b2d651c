"""A short first line closed by a full stop is a headline when it is written in headlinese
(no article): feeds and roundups close sentence-case headlines with a stop too."""

from __future__ import annotations

from dataclasses import replace

from helpers import DAM, FLOOD, MAYOR, OTHER, analysis, near
from storydiff import compare_analyses
from storydiff.crossdoc.headlines import grouping_headline_end
from test_headlines import groups_of, with_headline


def test_a_sentence_case_headline_closed_with_a_stop_is_a_headline() -> None:
    headline = "Keldby mayor vows to block harbour tax after council vote."
    assert grouping_headline_end(f"{headline}\n\nMayor Ana Ostrova spoke on Monday.") == len(
        headline
    )
    assert grouping_headline_end("  Ferry strike ends.\n \nThe ferries sail again.") == len(
        "  Ferry strike ends."
    )


def test_a_one_sentence_lead_with_an_article_stays_a_sentence() -> None:
    assert grouping_headline_end("Mayor Ana Ostrova blocked the harbour tax.\n\nIt fell.") == 0
    assert grouping_headline_end("A ferry sank off Keldby on Monday.\n\nNine were saved.") == 0


def test_headlinese_needs_a_blank_line_one_sentence_and_few_words() -> None:
    # a single line break: the line may be hard-wrapped body text
    assert grouping_headline_end("Keldby mayor vows to block harbour tax.\nShe spoke.") == 0
    # two sentences are a paragraph of the body
    assert grouping_headline_end("Ferry strike ends. Crews return.\n\nThe ferries sail.") == 0
    long_line = "Ferry " + " ".join(["strike"] * 20) + "."
    assert grouping_headline_end(f"{long_line}\n\nThe ferries sail.") == 0
    assert grouping_headline_end("Ferry strike ends.\n\n") == 0  # nothing follows


def test_the_page_rule_still_holds() -> None:
    # what text_page.headline_end finds is kept (no stop, or title case closed by a stop)
    assert grouping_headline_end("River Ast floods Lorrin\nThe river rose.") == len(
        "River Ast floods Lorrin"
    )
    assert grouping_headline_end("Keldby Mayor Vows To Block Harbour Tax.\nShe spoke.") == len(
        "Keldby Mayor Vows To Block Harbour Tax."
    )


def test_a_headline_closed_with_a_stop_joins_the_shared_fact_its_lead_restates() -> None:
    # the headline scores low against the other outlet's lead; its own lead restates it
    left = analysis(
        "Harbour Gazette",
        [
            "River Ast floods homes in Lorrin.",
            "\nThe river Ast floods homes across Lorrin on Tuesday.",
            "The mayor thanked volunteers.",
        ],
        [FLOOD, DAM, MAYOR],
    )
    first = left.units[0]
    text = left.article.text[: first.end] + "\n" + left.article.text[first.end + 1 :]
    left = replace(left, article=replace(left.article, text=text))  # headline, blank line
    right = analysis(
        "Valley Broadcast",
        ["Floodwater from the Ast reached homes in Lorrin on Tuesday.", "Schools stay shut."],
        [near(DAM), OTHER],
    )
    groups = list(compare_analyses([left, right]).statements)
    (shared,) = [g for g in groups if g.kind == "shared"]
    assert {(m.article, m.sentence) for m in shared.members} == {
        ("harbour-gazette", 0),
        ("harbour-gazette", 1),
        ("valley-broadcast", 0),
    }


def test_headlines_do_not_merge_two_groups_whose_body_statements_are_apart() -> None:
    # the headlines' group also holds another fact (the ring road), which no lead tells:
    # the leads' group joins the headlines only where its statements link to that one too
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
    right = with_headline(
        analysis(
            "Valley Broadcast",
            [
                "Ast floodwater reaches Lorrin homes",
                "Floodwater from the Ast reached homes in Lorrin on Tuesday.",
                "Ast floodwater closed the Lorrin ring road.",
            ],
            [near(FLOOD), near(DAM), near(FLOOD, 0.02)],
        )
    )
    groups = groups_of(compare_analyses([left, right]).statements)
    assert frozenset({("harbour-gazette", 1), ("valley-broadcast", 1)}) in groups
    assert not any(("valley-broadcast", 2) in g and ("harbour-gazette", 1) in g for g in groups)
