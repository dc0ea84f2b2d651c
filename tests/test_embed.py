"""Clause parts are pooled from their statement's own forward pass; threads change no bit
(model tests: USE loads)."""

from __future__ import annotations

import numpy as np
import pytest

import storydiff.embed as embed
import storydiff.embed_threads as embed_threads
from storydiff.embed import encode_parts, encode_parts_separately, get_encoder, one_blas_thread

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


def test_micro_batches_in_threads_give_the_same_bits(monkeypatch: pytest.MonkeyPatch) -> None:
    encoder = get_encoder()
    # enough words for several micro-batches of `_TOKEN_BUDGET` tokens
    texts = [f"{text} Report number {n} followed." for n in range(40) for text in TEXTS]
    parts = [(i, ((0, 12), (20, 40))) for i in range(0, len(texts), 3)]
    monkeypatch.setattr(embed_threads, "ENCODE_THREADS", 1)
    alone = encode_parts(encoder, texts, parts)
    monkeypatch.setattr(embed_threads, "ENCODE_THREADS", 4)
    threaded = encode_parts(encoder, texts, parts)
    assert all(np.array_equal(a, b) for a, b in zip(alone, threaded, strict=True))


def test_one_blas_thread_limits_blas_and_changes_no_bit() -> None:
    from threadpoolctl import threadpool_info

    encoder = get_encoder()
    texts = [f"{TEXTS[0]} ({n})" for n in range(30)]
    before = encode_parts(encoder, texts, [])[0]
    with one_blas_thread():
        assert {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"} == {1}
        inside = encode_parts(encoder, texts, [])[0]
    assert np.array_equal(before, inside)


def test_a_quote_inside_its_statement_gets_the_same_bits(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text whose words lie inside another text of the call takes the other's token rows
    but at its ends (embed_inner.py): its vector is the one computed in full. To the bit
    with the OpenBLAS kernels it was written on; on OpenBLAS 0.3.31 (numpy 2.4, AMD EPYC)
    the products of other row counts differ in the last bits (at most 8e-8 seen), so the
    check is to float rounding."""
    encoder = get_encoder()
    texts = _statements_and_quotes()
    parts = [(0, ((0, 20), (30, 60)))]
    found = embed.inner_texts
    seen: list[int] = []

    def counting(*args: object) -> dict[int, tuple[int, int]]:
        inner = found(*args)  # type: ignore[arg-type]
        seen.append(len(inner))
        return inner

    monkeypatch.setattr(embed, "inner_texts", counting)
    reused = encode_parts(encoder, texts, parts)
    assert seen == [3]
    monkeypatch.setattr(embed, "inner_texts", lambda *args: {})
    full = encode_parts(encoder, texts, parts)
    assert all(_same_to_rounding(a, b) for a, b in zip(reused, full, strict=True))


def _statements_and_quotes() -> list[str]:
    """Three statements and three quotes inside them."""
    statements = [
        f"The mayor of Harwick said on {day} that the river guard had been put on full alert "
        f"overnight because the water was still rising near the old ferry landing."
        for day in ("Monday", "Tuesday", "Friday")
    ]
    quotes = [s[s.index("the river") : s.index(" near")] for s in statements[:2]]
    quotes.append(statements[2][statements[2].index("that") : -1])
    return [*statements, *quotes]


def test_the_memory_bounds_on_inner_texts_change_no_bit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Inner texts computed a few at a time (`_FRAME_ROWS`), or none in a long call
    (`_INNER_MAX_TOKENS`): the same vectors as all at once (to float rounding, as above)."""
    encoder = get_encoder()
    texts = _statements_and_quotes()
    parts = [(0, ((0, 20), (30, 60))), (4, ((0, 25),))]
    whole = encode_parts(encoder, texts, parts)
    monkeypatch.setattr(embed, "_FRAME_ROWS", 1)  # one inner text a frame
    framed = encode_parts(encoder, texts, parts)
    monkeypatch.setattr(embed, "_INNER_MAX_TOKENS", 10)
    monkeypatch.setattr(embed, "inner_texts", lambda *args: pytest.fail("searched"))
    unsearched = encode_parts(encoder, texts, parts)
    for other in (framed, unsearched):
        assert all(_same_to_rounding(a, b) for a, b in zip(whole, other, strict=True))


def _same_to_rounding(a: np.ndarray, b: np.ndarray) -> bool:
    """Equal but for the last bits of float32 products (1e-6 is about ten times the largest
    difference seen)."""
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=0, atol=1e-6))
