"""Which texts of an encoder call are made of runs of other texts, and where each of their
rows comes from (no model: token ids by hand)."""

from __future__ import annotations

from storydiff.embed_inner import (
    MIN_INNER_TOKENS,
    MIN_PIECEWISE_TOKENS,
    MIN_PRODUCT_ROWS,
    REACH,
    frame_plan,
    inner_texts,
)

BOS, EOS = 1, 2


def text(words: list[int]) -> list[int]:
    return [BOS, *words, EOS]


OUTER = text(list(range(100, 140)))
SECOND = text(list(range(300, 350)))  # longer than the texts it lends to
INNER_A = text(list(range(105, 105 + MIN_INNER_TOKENS)))
INNER_B = text(list(range(120, 120 + MIN_INNER_TOKENS + 3)))


def test_a_text_inside_a_longer_one_is_one_run_from_where_it_starts() -> None:
    found = inner_texts([OUTER, INNER_A, INNER_B], [[0, 1, 2]])
    # (first, last position, outer text, outer row of the first position); row 0: the mark
    assert found == {1: ((1, MIN_INNER_TOKENS, 0, 6),), 2: ((1, MIN_INNER_TOKENS + 3, 0, 21),)}


def test_tokens_no_other_text_has_are_left_out_of_the_runs() -> None:
    """'"We' and 'We' are other tokens: the outer text's quote mark joins the word."""
    quoted = text([7, *range(108, 108 + MIN_PIECEWISE_TOKENS), 8, 9])
    assert inner_texts([OUTER, quoted], [[0, 1]]) == {1: ((2, MIN_PIECEWISE_TOKENS + 1, 0, 9),)}


def test_a_text_across_two_others_takes_a_run_from_each() -> None:
    across = text([*range(125, 140), 9, *range(300, 315)])
    found = inner_texts([OUTER, SECOND, across], [[0, 1, 2]])
    assert found == {2: ((1, 15, 0, 26), (17, 31, 1, 1))}


def test_a_short_text_or_one_not_inside_is_computed_in_full() -> None:
    short = text(list(range(105, 105 + MIN_INNER_TOKENS - 1)))
    elsewhere = text([*range(500, 505), *range(130, 140)])
    found = inner_texts([OUTER, INNER_A, short, elsewhere, INNER_B], [[0, 1, 2, 3, 4]])
    assert set(found) == {1, 4}


def test_a_micro_batch_keeps_enough_rows() -> None:
    tiny = [BOS, EOS]
    assert len(tiny) < MIN_PRODUCT_ROWS
    found = inner_texts([OUTER, INNER_A, INNER_B, tiny], [[0], [1, 3], [2]])
    # batch [1, 3] would be left with the two marks of `tiny` alone: INNER_A stays in it
    assert set(found) == {2}


def test_every_row_comes_from_a_row_with_the_same_token_and_context() -> None:
    quoted = text([7, *range(108, 108 + MIN_PIECEWISE_TOKENS), 8, 9])
    across = text([*range(125, 140), 9, *range(300, 315)])
    all_ids = [OUTER, SECOND, INNER_A, INNER_B, quoted, across]
    inner = inner_texts(all_ids, [list(range(len(all_ids)))])
    assert set(inner) == {2, 3, 4, 5}
    plan = frame_plan(all_ids, inner)
    frame = [token for i in inner for token in all_ids[i]]
    assert sum(plan.sizes) == len(frame)

    def context(ids: list[int], position: int, reach: int) -> list[int]:
        seen = range(position - reach, position + reach + 1)
        return [ids[q] if 0 <= q < len(ids) else -1 for q in seen]

    starts = {}
    base = 0
    for i, size in zip(inner, plan.sizes, strict=True):
        starts.update({base + p: (i, p) for p in range(size)})
        base += size
    for row, j, source in plan.projected:
        assert all_ids[j][source] == frame[row]
    for row, j, source in plan.first_layer:  # the same tokens 2 each side
        i, p = starts[row]
        assert context(all_ids[j], source, REACH) == context(all_ids[i], p, REACH)
    for row, j, source, count in plan.taken:  # the same tokens 4 each side
        for k in range(count):
            i, p = starts[row + k]
            assert context(all_ids[j], source + k, 2 * REACH) == context(all_ids[i], p, 2 * REACH)
    taken = {row + k for row, _, _, count in plan.taken for k in range(count)}
    assert taken.isdisjoint(plan.final) and taken | set(plan.final) == set(range(len(frame)))
    assert plan.final_ids == [frame[row] for row in plan.final]
    # only tokens no other text has are projected here
    assert plan.fresh and {token for _, token in plan.fresh} <= {7, 8, 9}
