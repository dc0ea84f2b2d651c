"""The timex scorer and checker in benchmarks/timex_gold.py, on hand-made inputs (no dataset)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import load_benchmark

tg = load_benchmark("timex_gold")
ts = load_benchmark("timex_score")

TEXT_A = "Fighting began on Tuesday, hours after talks."
TEXT_B = "Since December 10 roads were shut. In 2008 too."


def _gold() -> object:
    articles = {
        "a": tg.TimexArticle("a", "seed", "a.txt", "2022-12-28"),
        "b": tg.TimexArticle("b", "seed", "b.txt", "2022-12-28"),
    }
    exprs = (
        tg.GoldTimex("a", 18, 25, "date", "2022-12-27"),  # Tuesday
        tg.GoldTimex("a", 27, 38, "vague", None),  # hours after
        tg.GoldTimex("b", 0, 17, "range", tg.Range("2022-12-10", None)),  # Since December 10
        tg.GoldTimex("b", 38, 42, "year", "2008"),  # 2008
    )
    return tg.TimexGold("test", "test", articles, exprs)


def test_hand_made_gold_is_valid() -> None:
    gold = _gold()
    texts = {"a": TEXT_A, "b": TEXT_B}
    assert TEXT_A[18:25] == "Tuesday" and TEXT_A[27:38] == "hours after"
    assert TEXT_B[0:17] == "Since December 10" and TEXT_B[38:42] == "2008"
    assert tg.validate(gold, texts) == []


def test_perfect_prediction() -> None:
    gold = _gold()
    s = ts.score(gold, ts.gold_as_prediction(gold))
    assert (s.recall, s.precision, s.accuracy_found, s.accuracy) == (1.0, 1.0, 1.0, 1.0)


def test_found_versus_correct() -> None:
    gold = _gold()
    preds = [
        ("a", 15, 25, "2022-12-27"),  # "on Tuesday": overlaps, right value
        ("a", 27, 32, "2022-12-27"),  # "hours": overlaps vague gold, invents a date
        ("b", 6, 17, {"start": "2022-12-10", "end": "2022-12-28"}),  # range, wrong end
        ("b", 43, 46, "2008"),  # "too": touches nothing (2008 ends at 42)
        ("b", 18, 23, "2022-12-28"),  # "roads": no gold there
        ("zzz", 0, 4, "2020"),  # article not annotated: ignored
    ]
    s = ts.score(gold, preds)
    assert s.gold == 4
    assert s.predicted == 5 and s.ignored == 1
    assert s.found == 3  # Tuesday, hours after, the range; not 2008
    assert s.correct == 1  # only Tuesday
    assert s.predicted_matched == 3
    assert s.recall == pytest.approx(3 / 4)
    assert s.precision == pytest.approx(3 / 5)
    assert s.accuracy_found == pytest.approx(1 / 3)
    assert s.accuracy == pytest.approx(1 / 4)
    assert s.per_kind["date"].correct == 1 and s.per_kind["date"].accuracy == 1.0
    assert s.per_kind["vague"].found == 1 and s.per_kind["vague"].correct == 0
    assert s.per_kind["range"].accuracy_found == 0.0
    assert s.per_kind["year"].found == 0


def test_adjacent_span_does_not_overlap() -> None:
    gold = _gold()
    s = ts.score(gold, [("a", 25, 27, "2022-12-27")])  # ", " between Tuesday and hours
    assert s.found == 0 and s.predicted_matched == 0


def test_vague_is_correct_only_when_unknown() -> None:
    gold = [tg.GoldTimex("a", 27, 38, "vague", None)]
    assert ts.score(gold, [("a", 27, 38, None)]).correct == 1
    assert ts.score(gold, [("a", 27, 38, "2022-12-27")]).correct == 0
    assert ts.score(gold, [("a", 27, 38, {"start": None, "end": "2022-12-27"})]).correct == 0


def test_range_compares_both_ends() -> None:
    gold = [tg.GoldTimex("b", 0, 17, "range", tg.Range("2022-12-10", None))]
    assert ts.score(gold, [("b", 0, 17, {"start": "2022-12-10", "end": None})]).correct == 1
    assert ts.score(gold, [("b", 0, 17, ("2022-12-10", None))]).correct == 1
    assert ts.score(gold, [("b", 0, 17, {"start": "2022-12-11", "end": None})]).correct == 0
    assert ts.score(gold, [("b", 0, 17, {"start": "2022-12-10", "end": "2022-12-28"})]).correct == 0
    assert ts.score(gold, [("b", 0, 17, "2022-12-10")]).correct == 0  # a date is not a range


def test_largest_overlap_decides_the_value() -> None:
    gold = [tg.GoldTimex("b", 0, 17, "range", tg.Range("2022-12-10", None))]
    preds = [
        ("b", 0, 5, {"start": "2022-12-10", "end": None}),  # "Since": 5 characters
        ("b", 6, 17, "2022-12-10"),  # "December 10": 11 characters, wrong form
    ]
    s = ts.score(gold, preds)
    assert s.found == 1 and s.correct == 0 and s.predicted_matched == 2


def test_validate_catches_bad_entries() -> None:
    articles = {"a": tg.TimexArticle("a", "seed", "a.txt", "2022-02-30")}
    exprs = (
        tg.GoldTimex("a", 17, 25, "date", "2022-12-27"),  # " Tuesday": leading space
        tg.GoldTimex("a", 40, 60, "year", "2008"),  # beyond the text
        tg.GoldTimex("a", 27, 38, "vague", "2022-12-27"),  # vague must be null
        tg.GoldTimex("a", 0, 8, "week", "2022-W54"),  # no such week
        tg.GoldTimex("a", 2, 5, "month", "2022-13"),  # overlaps the previous, bad month
        tg.GoldTimex("b", 0, 1, "date", "2022-12-27"),  # unknown article
        tg.GoldTimex("a", 9, 9, "date", "2022-12-27"),  # empty span
    )
    gold = tg.TimexGold("t", "t", articles, exprs)
    errs = tg.validate(gold, {"a": TEXT_A})
    joined = "\n".join(errs)
    assert "not a valid YYYY-MM-DD" in joined
    assert "surrounding whitespace" in joined
    assert "beyond the text" in joined
    assert "vague value must be null" in joined
    assert "'2022-W54' is malformed" in joined
    assert "'2022-13' is malformed" in joined
    assert "overlap" in joined
    assert "unknown article" in joined
    assert "empty or negative span" in joined


def test_range_value_checks() -> None:
    assert tg.value_problems("range", tg.Range("1998", "1999")) == []
    assert tg.value_problems("range", tg.Range(None, "2016-09-11")) == []
    assert tg.value_problems("range", tg.Range(None, None))
    assert tg.value_problems("range", tg.Range("1999", "1998"))
    assert tg.value_problems("range", "2022-12-10")
    assert tg.value_problems("duration", None) == []


def test_load_round_trip(tmp_path: Path) -> None:
    raw = {
        "description": "d",
        "annotator": "x",
        "articles": {"a": {"kind": "seed", "path": "a.txt", "published": "2022-12-28"}},
        "expressions": [
            {"article": "a", "start": 18, "end": 25, "kind": "date", "value": "2022-12-27"},
            {
                "article": "a",
                "start": 0,
                "end": 8,
                "kind": "range",
                "value": {"start": "2022-12-10", "end": None},
            },
        ],
    }
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    gold = tg.load_timex_gold(path)
    assert gold.articles["a"].published == "2022-12-28"
    assert gold.expressions[1].value == tg.Range("2022-12-10", None)
    assert tg.value_to_json(gold.expressions[1].value) == {"start": "2022-12-10", "end": None}
    (tmp_path / "a.txt").write_text(TEXT_A, encoding="utf-8")
    assert tg.article_text(gold.articles["a"], tmp_path / "nobasil", tmp_path) == TEXT_A


def test_article_split_must_be_known() -> None:
    articles = {
        "a": tg.TimexArticle("a", "seed", "a.txt", "2022-12-28", split="test2"),
        "b": tg.TimexArticle("b", "seed", "b.txt", "2022-12-28", split="holdout"),
    }
    errs = "\n".join(tg.validate(tg.TimexGold("t", "t", articles, ()), {}))
    assert "b: split must be one of" in errs
    assert "a: split" not in errs


def test_gvc_article_text_is_the_record_text(tmp_path: Path) -> None:
    records = [
        {"id": "gvc/0/1/x", "text": "Other story.", "published": "2016-05-01"},
        {"id": "gvc/0/2/y", "text": TEXT_A, "published": "2022-12-28"},
    ]
    gvc_file = tmp_path / "gvc.jsonl"
    gvc_file.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    entry = tg.TimexArticle("g", "gvc", "gvc/0/2/y", "2022-12-28", split="dev2")
    assert tg.article_text(entry, tmp_path, tmp_path, gvc_file) == TEXT_A
    gold = tg.TimexGold("t", "t", {"g": entry}, (tg.GoldTimex("g", 18, 25, "date", "2022-12-27"),))
    assert tg.validate(gold, {"g": TEXT_A}, {"g": "2022-12-28"}) == []
    errs = "\n".join(tg.validate(gold, {"g": TEXT_A}, {"g": "2022-12-29"}))
    assert "g: published 2022-12-28 but the file says 2022-12-29" in errs
    with pytest.raises(KeyError):
        tg.article_text(tg.TimexArticle("h", "gvc", "gvc/0/3/z", "2022-12-28"), "", "", gvc_file)
