"""A grouped statement that reports a second fact joins that fact's group (second_facts.py)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from storydiff import AlignConfig
from storydiff.crossdoc.align import Node, PairScores
from storydiff.crossdoc.second_facts import second_fact_joins

A0, A1, B0, C0 = (0, 0), (0, 1), (1, 0), (2, 0)


def _scores(b0_a1: float = 0.5, b0_c0: float = 0.55) -> PairScores:
    """B0 scores highest with A0, which took it first; it also reports A1's and C0's fact,
    and A0 does not match C0 (why the two groups could not merge)."""
    return PairScores(
        {
            (0, 1): np.array([[0.6], [b0_a1]]),
            (0, 2): np.array([[0.1], [0.7]]),
            (1, 2): np.array([[b0_c0]]),
        }
    )


def _join(scores: PairScores, config: AlignConfig, shares: bool = True) -> list[list[Node]]:
    groups = [[A0, B0], [A1, C0]]
    joins = second_fact_joins(
        groups,
        scores,
        [2, 1, 1],
        config,
        fits=lambda node, group: all(
            scores.get(node, m) >= config.link_floor for m in group if m[0] != node[0]
        ),
        scattered=lambda nodes: False,
        shares_what=lambda x, y: shares,
    )
    assert groups == [[A0, B0], [A1, C0]]  # the caller adds the joiners
    for node, home in joins:
        home.append(node)
    return groups


def test_a_statement_grouped_with_one_fact_joins_the_group_of_its_second() -> None:
    groups = _join(_scores(), AlignConfig())
    assert groups == [[A0, B0], [A1, C0, B0]]


def test_no_second_home_without_a_shared_word_about_what_happened() -> None:
    assert _join(_scores(), AlignConfig(), shares=False) == [[A0, B0], [A1, C0]]


def test_no_second_home_when_the_pair_is_under_the_threshold() -> None:
    groups = _join(_scores(b0_a1=0.3, b0_c0=0.3), AlignConfig())
    assert groups == [[A0, B0], [A1, C0]]


def test_no_second_home_when_the_pair_is_just_over_the_threshold() -> None:
    scores = _scores(b0_a1=0.4, b0_c0=0.42)  # over 0.36, under 0.36 + the pair margin
    config = replace(AlignConfig(), second_fact_slack=0.25)
    assert _join(scores, config) == [[A0, B0], [A1, C0]]
    assert _join(scores, replace(config, second_fact_pair_margin=0.0)) == [[A0, B0], [A1, C0, B0]]


def test_no_second_home_in_a_group_it_fits_much_worse_than_its_own() -> None:
    config = replace(AlignConfig(), second_fact_slack=0.0)
    assert _join(_scores(b0_a1=0.45, b0_c0=0.5), config) == [[A0, B0], [A1, C0]]


def test_no_second_home_in_a_large_group() -> None:
    config = replace(AlignConfig(), second_fact_home_max=1)
    assert _join(_scores(), config) == [[A0, B0], [A1, C0]]
