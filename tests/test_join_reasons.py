"""No shown score contradicts the threshold the report states (issue 10): a shared group whose
similarity (a mean over its pairs) is under the threshold carries the reason its statements were
joined, and the terminal, JSON and HTML reports show it beside the score. Articles are fictional."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import numpy as np
from rich.console import Console

from helpers import DAM, FLOOD, MAYOR, OTHER, analysis, near
from storydiff import compare_analyses
from storydiff.crossdoc.align import PairScores
from storydiff.crossdoc.join_reasons import join_reasons
from storydiff.model import Analysis, Comparison, StatementGroup
from storydiff.render import render_json
from storydiff.render.terminal import render_terminal
from storydiff.render.views import matching_sentence


def with_headline(article: Analysis) -> Analysis:
    """The same analysis with a line break after its first sentence (its headline)."""
    first = article.units[0]
    text = article.article.text
    text = text[: first.end] + "\n" + text[first.end + 1 :]
    return replace(article, article=replace(article.article, text=text))


def headline_case() -> Comparison:
    """A headline that repeats its lead's words but, in its own terms, scores low against the
    other outlet's telling of the fact: it joins its lead's group (headlines.py)."""
    left = with_headline(
        analysis(
            "Harbour Gazette",
            [
                "River floods 1200 Lorrin homes",
                "The dam gates were opened at dawn.",
                "The mayor thanked volunteers.",
                "The river flooded 1200 homes in Lorrin on Tuesday.",
            ],
            [OTHER, DAM, MAYOR, FLOOD],
        )
    )
    right = analysis(
        "Valley Broadcast",
        ["Floodwater swamped houses across the town on Tuesday.", "Schools stay shut."],
        [near(FLOOD), DAM],
    )
    return compare_analyses([left, right])


def headline_group(comparison: Comparison) -> StatementGroup:
    (group,) = [
        g
        for g in comparison.statements
        if ("harbour-gazette", 0) in _nodes(g) and g.kind == "shared"
    ]
    return group


def _nodes(group: StatementGroup) -> set[tuple[str, int]]:
    return {(m.article, m.sentence) for m in group.members}


def test_a_headline_joined_under_the_threshold_says_it_restates_its_lead() -> None:
    comparison = headline_case()
    group = headline_group(comparison)
    assert _nodes(group) == {
        ("harbour-gazette", 0),
        ("harbour-gazette", 3),
        ("valley-broadcast", 0),
    }
    assert group.similarity < comparison.summary.threshold
    assert group.joined is not None
    assert "Harbour Gazette's headline restates its own lead" in group.joined
    # without the headline the statements clear the threshold, and the reason says by how much
    other = float(group.joined.rsplit(" ", 3)[-3])
    assert other >= comparison.summary.threshold


def test_only_shared_groups_under_the_threshold_carry_a_reason() -> None:
    comparison = headline_case()
    threshold = comparison.summary.threshold
    assert any(g.kind == "shared" and g.similarity >= threshold for g in comparison.statements)
    for group in comparison.statements:
        under = group.kind == "shared" and group.similarity < threshold
        assert (group.joined is not None) == under, group


def _scores(values: dict[tuple[int, int], list[list[float]]]) -> PairScores:
    return PairScores({key: np.array(rows, dtype=np.float64) for key, rows in values.items()})


def three_outlets() -> list[Analysis]:
    return [
        analysis("Harbour Gazette", ["The dam gates opened.", "Rain fell."], [DAM, OTHER]),
        analysis("Valley Broadcast", ["Gates of the dam were opened."], [DAM]),
        analysis("Lorrin Courier", ["Engineers opened the dam."], [DAM]),
    ]


def test_a_group_linked_through_its_closest_pair_names_that_pair_and_the_lowest() -> None:
    # complete linkage: 0.50 links the first two; the third joins with pairs of 0.25 each
    scores = _scores({(0, 1): [[0.5], [0.0]], (0, 2): [[0.25], [0.0]], (1, 2): [[0.25]]})
    groups = [[(0, 0), (1, 0), (2, 0)], [(0, 1)]]
    reasons = join_reasons(three_outlets(), groups, scores, 0.36, [])
    assert reasons[1] is None  # a unique statement needs no reason
    assert reasons[0] == (
        "linked through its closest pair (0.50, at least 0.36); "
        "every other pair scores at least 0.25"
    )
    assert join_reasons(three_outlets(), groups, scores, 0.3, [])[0] is None  # mean 0.33


def test_a_sentence_in_two_groups_says_it_reports_two_facts() -> None:
    scores = _scores({(0, 1): [[0.5], [0.2]], (0, 2): [[0.1], [0.5]], (1, 2): [[0.2]]})
    groups = [[(0, 0), (1, 0), (2, 0)], [(0, 1), (2, 0)]]
    reasons = join_reasons(three_outlets(), groups, scores, 0.36, [])
    assert reasons[0] is not None
    assert reasons[0].startswith("Lorrin Courier's sentence reports two facts and joins each")
    assert reasons[1] is None  # 0.50 alone: over the threshold


def test_terminal_shows_the_reason_beside_the_score() -> None:
    comparison = headline_case()
    group = headline_group(comparison)
    out = io.StringIO()
    render_terminal(comparison, Console(file=out, width=400, color_system=None))
    text = out.getvalue()
    line = next(line for line in text.splitlines() if f"similarity {group.similarity:.2f}" in line)
    assert "joined: Harbour Gazette's headline restates its own lead" in line


def test_the_header_tells_that_a_fact_under_the_threshold_says_why() -> None:
    comparison = headline_case()
    sentence = matching_sentence(comparison)
    assert f"a fact whose mean is under {comparison.summary.threshold:.2f} says why" in sentence


def test_json_carries_the_reason() -> None:
    comparison = headline_case()
    data = json.loads(render_json(comparison))
    group = headline_group(comparison)
    (found,) = [g for g in data["statements"] if g["id"] == group.id]
    assert group.joined and "restates its own lead" in group.joined
    assert found["joined"] == group.joined
    assert all(g["joined"] is None for g in data["statements"] if g["id"] != group.id)


def test_a_reason_names_several_outlets_in_one_phrase() -> None:
    from types import SimpleNamespace
    from typing import Any, cast

    from storydiff.crossdoc.join_reasons import _each

    outlets = ["Harbour Gazette", "Tarn Courier", "Lorrin Herald"]
    analyses = cast(Any, [SimpleNamespace(article=SimpleNamespace(outlet=o)) for o in outlets])
    one = _each(analyses, [(0, 0)], "headline restates its own lead here")
    assert one == "Harbour Gazette's headline restates its own lead here"
    three = _each(analyses, [(0, 0), (1, 0), (2, 0)], "headline restates its own lead here")
    assert three == (
        "each headline of Harbour Gazette, Tarn Courier and Lorrin Herald "
        "restates its own lead here"
    )
