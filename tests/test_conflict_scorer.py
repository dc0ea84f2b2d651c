"""The conflict-gold scorer and checker in benchmarks/conflict_gold.py, on hand-made inputs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from helpers import load_benchmark

cg = load_benchmark("conflict_gold")
records = load_benchmark("eval_records")


def _pair(pid: str, label: str, *types: str, split: str = "dev") -> Any:
    return cg.ConflictPair(
        id=pid,
        set="s",
        a=cg.Span("reuters", 0, 5),
        b=cg.Span("tass", 3, 9),
        label=label,
        types=tuple(types),
        split=split,
    )


GOLD = [
    _pair("p1", "conflicting", "number"),
    _pair("p2", "conflicting", "date", "causality"),
    _pair("p3", "consistent"),
    _pair("p4", "consistent"),
    _pair("p5", "conflicting", "attribution"),
]


def test_binary_conflicting_precision_recall() -> None:
    # p1 right type, p2 wrong type (still a hit for the binary decision), p3 false alarm,
    # p4 correctly consistent, p5 missed (absent from the prediction).
    pred = {"p1": {"number"}, "p2": {"agent"}, "p3": {"polarity"}, "p4": set()}
    res = cg.score(GOLD, pred)
    conf = res["conflicting"]
    assert (conf["tp"], conf["fp"], conf["fn"]) == (2, 1, 1)
    assert conf["precision"] == pytest.approx(2 / 3)
    assert conf["recall"] == pytest.approx(2 / 3)
    assert conf["f1"] == pytest.approx(2 / 3)
    assert res["n_pairs"] == 5
    assert res["unknown_ids"] == []


def test_per_type_scores() -> None:
    pred = {"p1": {"number", "date"}, "p2": {"date"}, "p3": {"number"}, "p5": {"attribution"}}
    per = cg.score(GOLD, pred)["per_type"]
    assert (per["number"]["tp"], per["number"]["n_pred"], per["number"]["n_gold"]) == (1, 2, 1)
    assert per["number"]["precision"] == pytest.approx(0.5)
    assert per["number"]["recall"] == pytest.approx(1.0)
    assert (per["date"]["tp"], per["date"]["n_pred"], per["date"]["n_gold"]) == (1, 2, 1)
    assert per["causality"]["recall"] == 0.0 and per["causality"]["n_pred"] == 0
    assert per["attribution"]["precision"] == pytest.approx(1.0)
    assert per["agent"]["n_gold"] == 0 and per["agent"]["precision"] == 0.0


def test_empty_prediction_and_unknown_ids() -> None:
    res = cg.score(GOLD, {"zzz": {"number"}})
    assert res["conflicting"]["n_pred"] == 0
    assert res["conflicting"]["recall"] == 0.0
    assert res["unknown_ids"] == ["zzz"]
    perfect = {p.id: set(p.types) for p in GOLD}
    res = cg.score(GOLD, perfect)
    assert res["conflicting"]["f1"] == pytest.approx(1.0)
    assert all(res["per_type"][t]["precision"] == 1.0 for t in ("number", "date", "causality"))


def test_unknown_predicted_type_is_reported() -> None:
    per = cg.score(GOLD, {"p1": {"entity"}})["per_type"]
    assert per["entity"]["fp"] == 1


def _gold_file(tmp_path: Path, pairs: list[dict[str, Any]]) -> Path:
    raw = {
        "description": "t",
        "annotator": "t",
        "sets": [
            {
                "id": "seed",
                "kind": "seed",
                "articles": {"reuters": "r.txt", "tass": "t.txt"},
                "split": "test",
            }
        ],
        "pairs": pairs,
    }
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_load_and_validate_with_local_texts(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text("Alpha beta. Gamma delta.", encoding="utf-8")
    (tmp_path / "t.txt").write_text("One two three.", encoding="utf-8")
    good: dict[str, Any] = {
        "id": "g1",
        "set": "seed",
        "a": {"article": "reuters", "start": 0, "end": 11},
        "b": {"article": "tass", "start": 0, "end": 14},
        "label": "consistent",
        "types": [],
        "split": "test",
    }
    gold = cg.load_conflict_gold(_gold_file(tmp_path, [good]))
    assert gold.pairs[0].a == cg.Span("reuters", 0, 11)
    assert cg.validate(gold, seeds_dir=tmp_path) == []

    bad: list[dict[str, Any]] = [
        dict(good, id="b1", a={"article": "reuters", "start": 11, "end": 17}),  # leading space
        dict(good, id="b2", b={"article": "tass", "start": 5, "end": 99}),  # out of range
        dict(good, id="b3", label="conflicting", types=[]),
        dict(good, id="b4", label="consistent", types=["date"]),
        dict(good, id="b5", label="conflicting", types=["weather"]),
        dict(good, id="b6", a={"article": "tass", "start": 0, "end": 3}),  # same article
    ]
    gold = cg.load_conflict_gold(_gold_file(tmp_path, bad))
    errs = "\n".join(cg.validate(gold, seeds_dir=tmp_path))
    for pid in ("b1", "b2", "b3", "b4", "b5", "b6"):
        assert f"pair {pid}:" in errs
    assert "surrounding whitespace" in errs and "out of range" in errs


def test_batch_selects_pairs_and_unknown_batch_is_an_error(tmp_path: Path) -> None:
    pair: dict[str, Any] = {
        "id": "g1",
        "set": "seed",
        "a": {"article": "reuters", "start": 0, "end": 5},
        "b": {"article": "tass", "start": 0, "end": 3},
        "label": "consistent",
        "types": [],
        "split": "test",
    }
    gold = cg.load_conflict_gold(_gold_file(tmp_path, [pair]))
    assert [p.id for p in gold.batch("")] == ["g1"] and gold.batch("issue11") == ()
    raw = json.loads((tmp_path / "gold.json").read_text(encoding="utf-8"))
    raw["sets"][0]["batch"] = "issue11"
    (tmp_path / "gold.json").write_text(json.dumps(raw), encoding="utf-8")
    assert [p.id for p in cg.load_conflict_gold(tmp_path / "gold.json").batch("issue11")] == ["g1"]
    raw["sets"][0]["batch"] = "later"
    (tmp_path / "gold.json").write_text(json.dumps(raw), encoding="utf-8")
    errs = cg.validate_structure(cg.load_conflict_gold(tmp_path / "gold.json"))
    assert any("batch must be one of" in e for e in errs)


def test_publication_days_are_read_from_article_urls() -> None:
    assert cg.url_date("https://www.cnn.com/2021/08/25/politics/mandate/index.html") == "2021-08-25"
    assert cg.url_date("https://www.example.com/news/2021/apr/22/summit/") == "2021-04-22"
    assert cg.url_date("https://www.bloomberg.com/news/articles/2021-04-22/plan") == "2021-04-22"
    assert cg.url_date("https://www.huffingtonpost.com/entry/memos_us_5ad9") is None


def test_allsides_text_joins_title_and_paragraphs_with_blank_lines() -> None:
    news = {"newsTitle": " Dam opens ", "newBody": ["The dam opened.", " It rained. "]}
    assert cg.allsides_text(news) == "Dam opens\n\nThe dam opened.\n\nIt rained."


def test_gvc_sets_read_the_record_text_and_published_day(tmp_path: Path) -> None:
    folder = tmp_path / "clustering"
    folder.mkdir()
    records = [
        {"id": "gvc/0/1/x", "text": "Two men were hurt.", "published": "2016-05-02"},
        {"id": "gvc/0/1/y", "text": "Police said three men were hurt.", "published": "2016-05-03"},
    ]
    lines = "\n".join(json.dumps(r) for r in records)
    (folder / "gvc_dev.jsonl").write_text(lines + "\n", encoding="utf-8")
    article_set = cg.ArticleSet(
        id="gvc-1", kind="gvc", articles=(("a", "gvc/0/1/x"), ("b", "gvc/0/1/y")), batch="gvc"
    )
    texts = cg.load_texts(article_set, eval_root=tmp_path)
    assert texts == {"a": "Two men were hurt.", "b": "Police said three men were hurt."}
    dates = cg.published_dates(article_set, eval_root=tmp_path)
    assert dates == {"a": "2016-05-02", "b": "2016-05-03"}


def test_ecbplus_sets_read_title_and_text_and_have_no_published_day(tmp_path: Path) -> None:
    folder = tmp_path / "clustering"
    folder.mkdir()
    records = [
        {
            "id": "ecbplus/9/9ecb/1",
            "title": "A quake hit Vell.",
            "text": "Two died.",
            "cluster": "c",
        },
        {"id": "ecbplus/9/9ecb/2", "title": "Three died in Vell.", "text": "", "cluster": "c"},
    ]
    lines = "\n".join(json.dumps(r) for r in records)
    (folder / "ecbplus_dev.jsonl").write_text(lines + "\n", encoding="utf-8")
    article_set = cg.ArticleSet(
        id="ecb-9ecb",
        kind="ecbplus",
        articles=(("a", "ecbplus/9/9ecb/1"), ("b", "ecbplus/9/9ecb/2")),
        batch="ecb",
    )
    texts = cg.load_texts(article_set, eval_root=tmp_path)
    assert texts == {"a": "A quake hit Vell.\n\nTwo died.", "b": "Three died in Vell."}
    assert cg.published_dates(article_set, eval_root=tmp_path) == {"a": None, "b": None}


def test_the_repository_gold_is_well_formed_and_moved_sets_are_dev() -> None:
    gold = cg.load_conflict_gold()
    assert cg.validate_structure(gold) == []
    sets = gold.set_by_id()
    for moved in ("gvc-571922", "gvc-688979"):  # read as development text on 29 Nov
        assert sets[moved].split == "dev"
        assert "moved to dev" in sets[moved].note


@pytest.mark.skipif(not cg.DEFAULT_EVAL.is_dir(), reason="needs ../shared/eval beside the repo")
def test_every_gold_span_lies_inside_its_article_text() -> None:
    gold = cg.load_conflict_gold()
    assert cg.validate(gold, cg.DEFAULT_BASIL, cg.DEFAULT_SEEDS) == []


def test_neus_sets_read_title_blank_line_excerpt_and_have_no_published_day(tmp_path: Path) -> None:
    folder = tmp_path / "neus_allsides" / "naacl2022_lrc_roundup_random_order_probe"
    folder.mkdir(parents=True)
    first = "TITLE=> Dam opens in Vell. ARTICLE=> The dam opened on Monday."
    line = " [SEP] ".join(
        [
            "TITLE=> Vell dam opens ARTICLE=>  Three towns get water.  ",
            "TITLE=> A dam for Vell. ARTICLE=> Officials said two towns get water.",
            "TITLE=> Vell water ARTICLE=> The dam cost 4 million.",
        ]
    )
    (folder / "test.source").write_text(f"{first}\n{line}\n", encoding="utf-8")
    article_set = cg.ArticleSet(
        id="neus-1",
        kind="neus",
        articles=(("0", "1/0"), ("1", "1/1"), ("2", "1/2")),
        batch="neus",
    )
    texts = cg.load_texts(article_set, eval_root=tmp_path)
    assert texts == {
        "0": "Vell dam opens\n\nThree towns get water.",
        "1": "A dam for Vell.\n\nOfficials said two towns get water.",
        "2": "Vell water\n\nThe dam cost 4 million.",
    }
    assert cg.published_dates(article_set, eval_root=tmp_path) == {"0": None, "1": None, "2": None}


def test_neus_text_rejects_an_excerpt_without_its_markers() -> None:
    with pytest.raises(ValueError, match="not a NeuS excerpt"):
        records.neus_text("Vell dam opens. The dam opened on Monday.")
