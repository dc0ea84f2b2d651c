"""Which texts of an encoder call lie inside another, and where their end rows come from
(no model: token ids by hand)."""

from __future__ import annotations

from storydiff.embed_inner import (
    EDGE,
    MIN_INNER_TOKENS,
    MIN_PRODUCT_ROWS,
    WINDOW,
    edge_plan,
    inner_texts,
)

BOS, EOS = 1, 2


def text(words: list[int]) -> list[int]:
    return [BOS, *words, EOS]


OUTER = text(list(range(100, 140)))
INNER_A = text(list(range(105, 105 + MIN_INNER_TOKENS)))
INNER_B = text(list(range(120, 120 + MIN_INNER_TOKENS + 3)))


def test_a_text_inside_a_longer_one_is_found_where_it_starts() -> None:
    found = inner_texts([OUTER, INNER_A, INNER_B], [[0, 1, 2]])
    # row of the inner text's first token in the outer text (its start mark is row 0)
    assert found == {1: (0, 6), 2: (0, 21)}


def test_a_short_text_or_one_not_inside_is_computed_in_full() -> None:
    short = text(list(range(105, 105 + MIN_INNER_TOKENS - 1)))
    elsewhere = text([7, *range(121, 121 + MIN_INNER_TOKENS)])
    found = inner_texts([OUTER, INNER_A, short, elsewhere, INNER_B], [[0, 1, 2, 3, 4]])
    assert set(found) == {1, 4}


def test_one_inner_text_alone_is_computed_in_full() -> None:
    """Its edge products would have fewer rows than the BLAS kernel keeps bits for."""
    assert inner_texts([OUTER, INNER_A], [[0, 1]]) == {}


def test_a_micro_batch_keeps_enough_rows() -> None:
    tiny = [BOS, EOS]
    third = text(list(range(110, 110 + MIN_INNER_TOKENS + 1)))
    assert len(tiny) < MIN_PRODUCT_ROWS
    found = inner_texts([OUTER, INNER_A, INNER_B, third, tiny], [[0], [1, 4], [2], [3]])
    # batch [1, 4] would be left with the two marks of `tiny` alone: INNER_A stays in it
    assert set(found) == {2, 3}


def test_every_row_taken_from_the_outer_text_holds_the_same_token() -> None:
    all_ids = [OUTER, INNER_A, INNER_B]
    inner = inner_texts(all_ids, [[0, 1, 2]])
    plan = edge_plan(all_ids, inner)
    assert plan.windows == 2 * len(inner)
    assert len(plan.final) == len(plan.final_ids) == EDGE * plan.windows
    positions = {}
    for n, i in enumerate(inner):
        ids = all_ids[i]
        for w, start in ((2 * n, 0), (2 * n + 1, len(ids) - WINDOW)):
            for r in range(WINDOW):
                positions[w * WINDOW + r] = ids[start + r]
    for row, j, source in [*plan.projected, *plan.first_layer]:
        assert all_ids[j][source] == positions[row]
    assert plan.final_ids == [positions[row] for row in plan.final]
    # the head's final rows are the text's first, the tail's its last
    first = all_ids[next(iter(inner))]
    assert plan.final_ids[:EDGE] == first[:EDGE]
    assert plan.final_ids[EDGE : 2 * EDGE] == first[-EDGE:]
