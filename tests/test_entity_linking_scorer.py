"""The coreference scorer in benchmarks/entity_linking_eval.py on hand-made clusters (no dataset).

The clusters are Bagga & Baldwin's (1998) textbook example: gold {1-5}, {6-7}, {8-12};
response A joins {6-7} with {8-12}, response B joins {1-5} with {8-12}. MUC scores both the
same (P 0.9); B-cubed prefers A (P 16/21) over B (P 7/12).
"""

from __future__ import annotations

import itertools
import random
from fractions import Fraction
from pathlib import Path

import pytest

from helpers import load_benchmark

cs = load_benchmark("coref_scores")
ev = load_benchmark("entity_linking_eval")


def _assign(*clusters: range) -> dict[int, str]:
    return {m: f"c{i}" for i, cluster in enumerate(clusters) for m in cluster}


GOLD = _assign(range(1, 6), range(6, 8), range(8, 13))
RESPONSE_A = _assign(range(1, 6), range(6, 13))
RESPONSE_B = {**_assign(range(1, 6), range(6, 8)), **{m: "c0" for m in range(8, 13)}}


def test_b_cubed_textbook_example() -> None:
    a = cs.b_cubed(GOLD, RESPONSE_A)
    assert a.precision == pytest.approx(16 / 21)
    assert a.recall == pytest.approx(1.0)
    b = cs.b_cubed(GOLD, RESPONSE_B)
    assert b.precision == pytest.approx(7 / 12)
    assert b.recall == pytest.approx(1.0)
    assert b.f1 == pytest.approx(2 * (7 / 12) / (7 / 12 + 1))


def test_b_cubed_singletons_and_identity() -> None:
    singletons = {m: f"s{m}" for m in GOLD}
    s = cs.b_cubed(GOLD, singletons)
    assert s.precision == pytest.approx(1.0)
    # recall: 5 mentions at 1/5, 2 at 1/2, 5 at 1/5, over 12
    assert s.recall == pytest.approx((5 * Fraction(1, 5) + 2 * Fraction(1, 2) + 1) / 12)
    assert s.recall == pytest.approx(0.25)
    same = cs.b_cubed(GOLD, GOLD)
    assert (same.precision, same.recall, same.f1) == (1.0, 1.0, 1.0)


def test_b_cubed_is_symmetric_in_swapping_roles() -> None:
    forward = cs.b_cubed(GOLD, RESPONSE_A)
    backward = cs.b_cubed(RESPONSE_A, GOLD)
    assert forward.precision == pytest.approx(backward.recall)
    assert forward.recall == pytest.approx(backward.precision)


def test_b_cubed_needs_the_same_mentions() -> None:
    with pytest.raises(ValueError):
        cs.b_cubed(GOLD, {1: "x"})


def test_muc_textbook_example() -> None:
    for response in (RESPONSE_A, RESPONSE_B):
        m = cs.muc(GOLD, response)
        assert m.precision == pytest.approx(0.9)
        assert m.recall == pytest.approx(1.0)


def test_ceaf_e_example() -> None:
    # A: phi4({1-5},{1-5}) = 1, phi4({8-12},{6-12}) = 10/12; B: 1 + 2/3
    a = cs.ceaf_e(GOLD, RESPONSE_A)
    assert (a.precision, a.recall) == (pytest.approx(11 / 12), pytest.approx(11 / 18))
    b = cs.ceaf_e(GOLD, RESPONSE_B)
    assert (b.precision, b.recall) == (pytest.approx(5 / 6), pytest.approx(5 / 9))


def test_micro_accumulation_over_events() -> None:
    scores = cs.Scores()
    scores.add(GOLD, RESPONSE_A)
    scores.add({"x": "g", "y": "g"}, {"x": "p", "y": "q"})
    b3 = scores.b_cubed()
    assert b3.precision == pytest.approx((16 / 21 * 12 + 2) / 14)
    assert b3.recall == pytest.approx((12 + 2 * 0.5) / 14)
    assert scores.muc_f().recall == pytest.approx(9 / 10)  # (9 + 0) / (9 + 1)


def test_assignment_matches_brute_force() -> None:
    rng = random.Random(7)
    for rows, cols in [(1, 1), (2, 3), (3, 2), (4, 4), (3, 5)]:
        weights = [[rng.random() for _ in range(cols)] for _ in range(rows)]
        if rows <= cols:
            best = max(
                sum(weights[i][j] for i, j in enumerate(p))
                for p in itertools.permutations(range(cols), rows)
            )
        else:
            best = max(
                sum(weights[i][j] for j, i in enumerate(p))
                for p in itertools.permutations(range(rows), cols)
            )
        assert cs._max_assignment(weights) == pytest.approx(best)


def test_conll_text_rebuilt_with_token_spans(tmp_path: Path) -> None:
    conll = tmp_path / "x.conll"
    rows = [
        "#begin document (9/9/9_L); part 000",
        "9/9/9_L\t0\t0\tAlpha\t-",
        "9/9/9_L\t0\t1\tBeta\t(9_X)",
        "9/9/9_L\t0\t2\t\\n\t-",
        "9/9/9_L\t0\t3\tGamma\t-",
        "",
        "9/9/9_L\t1\t0\tDelta\t-",
        "#end document",
    ]
    conll.write_text("\n".join(rows) + "\n", encoding="utf-8")
    doc = ev.read_conll(conll)["9_L"]
    assert doc.text == "Alpha Beta\nGamma\nDelta"
    for (sent, token), (start, end) in doc.spans.items():
        shown = doc.tokens[(sent, token)]
        assert doc.text[start:end] == ("\n" if shown == "\\n" else shown)


def test_alignment_prefers_the_mention_covering_the_head() -> None:
    gold = ev.GoldMention("m", "9", "9_L", "c", 0, 20, 10, 20, "tariff", "OBJECT")
    name = ev.Predicted(0, 8, "9/e1", "trump", "name")
    assert ev.align(gold, [name]) == name
    assert ev.align(gold, [name], require_head=True) is None
    head = ev.Predicted(9, 20, "9/e2", "tariffs", "name")
    assert ev.align(gold, [name, head]) == head
    assert ev.align(gold, [ev.Predicted(20, 25, "9/e3", "x", "name")]) is None
