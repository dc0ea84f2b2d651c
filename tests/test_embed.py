"""Clause parts are pooled from their statement's own forward pass (model tests: USE loads)."""

from __future__ import annotations

import numpy as np
import pytest

from storydiff.embed import encode_parts, encode_parts_separately, get_encoder

pytestmark = pytest.mark.model

TEXTS = [
    "Officials in Harwick said that the river guard had been put on full alert overnight.",
    "The ferry to Lorrin sailed at dawn, and the harbour reopened at noon.",
]


def test_pooled_texts_are_the_encoder_vectors() -> None:
    encoder = get_encoder()
    vectors, parts = encode_parts(encoder, TEXTS, [])
    assert parts.shape == (0, vectors.shape[1])
    assert np.allclose(vectors, encoder.encode(TEXTS), atol=1e-4)


def test_a_pooled_part_is_close_to_the_part_encoded_alone() -> None:
    encoder = get_encoder()
    start = TEXTS[0].index("the river")
    part = (0, ((start, len(TEXTS[0]) - 1),))
    second = (1, ((0, TEXTS[1].index(",")),))
    _, pooled = encode_parts(encoder, TEXTS, [part, second])
    _, alone = encode_parts_separately(encoder, TEXTS, [part, second])
    similarity = (pooled * alone).sum(axis=1)
    assert similarity.min() > 0.8
    # and a part is not its whole sentence
    assert float(pooled[0] @ encoder.encode(TEXTS[:1])[0]) < 0.99
