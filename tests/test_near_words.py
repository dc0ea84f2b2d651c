"""Near words in the event-weighted overlap (crossdoc/near_words.py), with hand-made vectors."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import numpy.typing as npt
import pytest

from helpers import FLOOD, analysis, near, unit
from storydiff.crossdoc.context import EventContext
from storydiff.crossdoc.near_words import (
    NEAR_COSINE,
    NEAR_CREDIT,
    NearWords,
    clear_word_cache,
    encode_words,
    near_candidates,
)


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


def test_candidates_leave_out_the_most_frequent_words() -> None:
    u = replace(
        unit(0, 0, "People this year opposed the legislation"),
        content=frozenset({"people", "year", "oppose", "legislation"}),
    )
    assert near_candidates(u) == {"oppose", "legislation"}


class _PlaneEncoder:
    name = "plane-test"

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        return np.array([[float(len(t)), 1.0 / 3.0] for t in texts], dtype=np.float32)


def test_word_vectors_are_normalised_float16() -> None:
    clear_word_cache()
    vectors = encode_words(_PlaneEncoder(), ["oppose", "legislation"])
    assert all(v.dtype == np.float16 for v in vectors.values())
    assert float(np.linalg.norm(vectors["oppose"].astype(np.float32))) == pytest.approx(1, abs=1e-3)
    clear_word_cache()


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


def test_the_nearest_unshared_word_on_the_other_side_sets_the_credit() -> None:
    a = replace(unit(0, 0, "x"), content=frozenset({"opposition"}))
    b = replace(unit(0, 0, "y"), content=frozenset({"oppose", "opponent", "objection"}))
    words = _vectors(
        opposition=(1.0, 0.0), oppose=(0.8, 0.6), opponent=(0.96, 0.28), objection=(0.6, 0.8)
    )
    scale = NEAR_CREDIT / (1 - NEAR_COSINE)
    credit_a, _ = NearWords(words).credits(a, b, frozenset())
    assert credit_a == {"opposition": pytest.approx((0.96 - NEAR_COSINE) * scale, abs=1e-5)}
    # a word both statements have is no near word: the next nearest counts
    a_too = replace(a, content=frozenset({"opposition", "opponent"}))
    credit_a, _ = NearWords(words).credits(a_too, b, frozenset({"opponent"}))
    assert credit_a == {"opposition": pytest.approx((0.8 - NEAR_COSINE) * scale, abs=1e-5)}


def test_far_words_earn_nothing() -> None:
    a = replace(unit(0, 0, "x"), content=frozenset({"rise"}))
    b = replace(unit(0, 0, "y"), content=frozenset({"fall"}))
    words = _vectors(rise=(1.0, 0.0), fall=(0.6, 0.8))  # cosine 0.6, under the cut
    assert NearWords(words).credits(a, b, frozenset()) == ({}, {})


def _pair(with_vectors: bool) -> tuple[EventContext, float]:
    left = analysis("A", ["Regional council opposition grows quickly."], [near(FLOOD)])
    right = analysis("B", ["Farmers oppose regional council plans."], [near(FLOOD, 0.1)])
    if with_vectors:
        words = _vectors(
            regional=(0.0, 1.0),
            council=(0.0, 1.0),
            opposition=(1.0, 0.0),
            oppose=(0.95, float(np.sqrt(1 - 0.95**2))),
            grows=(-1.0, 0.2),
            quickly=(-1.0, -0.2),
            farmers=(0.3, -1.0),
            plans=(-0.3, -1.0),
        )
        left = replace(left, word_vectors={w: words[w] for w in near_candidates(left.units[0])})
        right = replace(right, word_vectors={w: words[w] for w in near_candidates(right.units[0])})
    context = EventContext.build([left, right])
    return context, context.weighted_overlap(left.units[0], right.units[0])


def test_near_words_raise_the_overlap_only_when_every_article_has_vectors() -> None:
    plain_context, plain = _pair(with_vectors=False)
    near_context, with_near = _pair(with_vectors=True)
    assert plain_context.near is None and near_context.near is not None
    assert with_near > plain > 0.0


def test_the_nearest_vector_earns_credit_and_a_name_earns_none() -> None:
    a = replace(unit(0, 0, "x"), content=frozenset({"troop", "bank"}), names=frozenset({"bank"}))
    b = replace(unit(0, 0, "y"), content=frozenset({"soldier", "force", "lender"}))
    words = _vectors(troop=(1.0, 0.0), soldier=(0.98, float(np.sqrt(1 - 0.98**2))))
    words.update(_vectors(force=(0.0, 1.0), bank=(-1.0, 0.0), lender=(0.0, -1.0)))
    credit_a, _ = NearWords(words).credits(a, b, frozenset())
    # 'soldier' is near 'troop' by its vector, 'force' is far; 'Bank', a name here, is no
    # near candidate, so nothing of the other statement earns it credit
    scale = NEAR_CREDIT / (1 - NEAR_COSINE)
    assert credit_a == {"troop": pytest.approx((0.98 - NEAR_COSINE) * scale, abs=1e-3)}
