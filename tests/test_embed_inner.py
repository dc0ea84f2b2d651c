"""Which texts of an encoder call lie inside another, and where their end rows come from
(no model: token ids by hand)."""

from __future__ import annotations

from storydiff.embed_inner import (
    EDGE,
    MIN_INNER_TOKENS,
    MIN_PRODUCT_ROWS,
    Placement,
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
    # the outer row of the inner text's first token (the outer start mark is row 0)
    assert found == {1: Placement(0, 6), 2: Placement(0, 21)}


def test_a_text_whose_first_or_last_tokens_differ_is_inside_but_for_them() -> None:
    """'"We' and 'We' are other tokens: the outer text's quote mark joins the word."""
    quoted = text([7, *range(108, 108 + MIN_INNER_TOKENS), 8, 9])
    found = inner_texts([OUTER, INNER_A, quoted], [[0, 1, 2]])
    assert found[2] == Placement(0, 9, head=1, tail=2)


def test_a_short_text_or_one_not_inside_is_computed_in_full() -> None:
    short = text(list(range(105, 105 + MIN_INNER_TOKENS - 1)))
    elsewhere = text([*range(130, 140), *range(500, 505)])
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
    quoted = text([7, *range(108, 108 + MIN_INNER_TOKENS), 8, 9])
    all_ids = [OUTER, INNER_A, INNER_B, quoted]
    inner = inner_texts(all_ids, [[0, 1, 2, 3]])
    assert len(inner) == 3
    plan = edge_plan(all_ids, inner)
    positions = {}
    base = 0
    for n, i in enumerate(inner):
        ids = all_ids[i]
        for size, start in zip(plan.sizes[2 * n : 2 * n + 2], (0, None), strict=True):
            first = 0 if start == 0 else len(ids) - size
            for r in range(size):
                positions[base + r] = ids[first + r]
            base += size
    for row, j, source in [*plan.projected, *plan.first_layer]:
        assert all_ids[j][source] == positions[row]
    for row, token in plan.fresh:
        assert positions[row] == token
    assert plan.final_ids == [positions[row] for row in plan.final]
    # each text's final rows: its first EDGE + head tokens, then its last EDGE + tail
    ends = []
    for i, place in inner.items():
        ends += all_ids[i][: EDGE + place.head] + all_ids[i][-(EDGE + place.tail) :]
    assert plan.final_ids == ends
