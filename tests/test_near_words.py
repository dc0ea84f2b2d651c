"""Near words in the event-weighted overlap (crossdoc/near_words.py), with hand-made vectors."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import cast

import numpy as np
import pytest

from helpers import FLOOD, analysis, near, unit
from storydiff.crossdoc.align import AlignConfig, score_pairs
from storydiff.crossdoc.context import EventContext
from storydiff.crossdoc.matcher import Matcher
from storydiff.crossdoc.near_words import (
    NEAR_COSINE,
    NEAR_CREDIT,
    NearWords,
    Vectors,
    near_candidates,
)
from storydiff.model import Analysis


def _vectors(**pairs: tuple[float, float]) -> dict[str, np.ndarray]:
    """Unit vectors in a plane: each word at the (x, y) given, normalised."""
    out = {}
    for word, (x, y) in pairs.items():
        v = np.array([x, y], dtype=np.float32)
        out[word] = v / np.linalg.norm(v)
    return out


def test_candidates_leave_out_names_days_numbers_and_saying_verbs() -> None:
    u = replace(
        unit(0, 0, "Police said Monday 300 protesters blocked Darnet roads"),
        content=frozenset({"police", "say", "monday", "300", "protester", "block", "darnet"}),
        names=frozenset({"darnet"}),
    )
    assert near_candidates(u) == {"police", "protester", "block"}


def test_a_near_word_earns_credit_in_proportion_to_its_cosine() -> None:
    a = replace(unit(0, 0, "x"), content=frozenset({"opposition", "tax"}))
    b = replace(unit(0, 0, "y"), content=frozenset({"oppose", "tax", "weather"}))
    cosine = 0.85
    words = _vectors(
        opposition=(1.0, 0.0),
        oppose=(cosine, float(np.sqrt(1 - cosine**2))),
        tax=(0.0, 1.0),
        weather=(-1.0, 0.0),
    )
    credit_a, credit_b = NearWords(words).credits(a, b, frozenset({"tax"}))
    expected = NEAR_CREDIT * (cosine - NEAR_COSINE) / (1 - NEAR_COSINE)
    assert credit_a == {"opposition": pytest.approx(expected, abs=1e-5)}
    assert credit_b == {"oppose": pytest.approx(expected, abs=1e-5)}  # 'weather' is far


def test_far_words_earn_nothing() -> None:
    a = replace(unit(0, 0, "x"), content=frozenset({"rise"}))
    b = replace(unit(0, 0, "y"), content=frozenset({"fall"}))
    words = _vectors(rise=(1.0, 0.0), fall=(0.6, 0.8))  # cosine 0.6, under the cut
    assert NearWords(words).credits(a, b, frozenset()) == ({}, {})


_WORDS = _vectors(
    regional=(0.0, 1.0),
    council=(0.0, 1.0),
    opposition=(1.0, 0.0),
    oppose=(0.95, float(np.sqrt(1 - 0.95**2))),
    grows=(-1.0, 0.2),
    quickly=(-1.0, -0.2),
    farmers=(0.3, -1.0),
    plans=(-0.3, -1.0),
)


def _articles() -> list[Analysis]:
    left = analysis("A", ["Regional council opposition grows quickly."], [near(FLOOD)])
    right = analysis("B", ["Farmers oppose regional council plans."], [near(FLOOD, 0.1)])
    return [replace(left, near_words=True), replace(right, near_words=True)]


def test_near_words_raise_the_overlap_within_its_bound() -> None:
    left, right = _articles()
    context = EventContext.build([left, right])
    x, y = left.units[0], right.units[0]
    plain = context.weighted_overlap(x, y)
    needed = context.near_words(x, y)
    # the words the two share need no vector
    assert {"opposition", "oppose", "grows"} <= needed and not needed & {"regional", "council"}
    with_near = context.weighted_overlap(x, y, NearWords({w: _WORDS[w] for w in needed}))
    assert context.near_bound(x, y) >= with_near > plain > 0.0


class _Asked:
    """A word source that records what it is asked for."""

    def __init__(self) -> None:
        self.asked: list[list[str]] = []

    def __call__(self, words: Sequence[str]) -> Vectors:
        self.asked.append(list(words))
        return {w: _WORDS[w] for w in words}


def test_only_pairs_that_may_reach_the_floor_have_their_words_encoded() -> None:
    articles = _articles()
    # the overlap alone (two one-statement articles' centred vectors are opposite)
    config = AlignConfig(
        centred_weight=0.0, anchor_weight=0.0, paraphrase_weight=0.0, cosine_floor=0.0
    )
    matcher = cast(Matcher, None)
    plain = score_pairs(articles, matcher, config).get((0, 0), (1, 0))
    asked = _Asked()
    with_near = score_pairs(articles, matcher, config, asked).get((0, 0), (1, 0))
    assert with_near > plain and len(asked.asked) == 1
    # with the floor out of reach even at full credit nothing is encoded, nothing moves
    out_of_reach = plain + config.overlap_weight * NEAR_CREDIT + 0.01
    high = replace(config, threshold=out_of_reach, link_floor=out_of_reach)
    unasked = _Asked()
    assert score_pairs(articles, matcher, high, unasked).get((0, 0), (1, 0)) == plain
    assert unasked.asked == []
