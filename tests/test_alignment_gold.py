"""The alignment-gold loaders in benchmarks/ (BASIL split, NewsWCL50 text rebuilding)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import load_benchmark

bg = load_benchmark("basil_gold")
wg = load_benchmark("newswcl50_gold")


def _write_gold(tmp_path: Path) -> Path:
    triplet = {
        "year": "2020",
        "articles": {s: f"2020/x_{k}.json" for k, s in enumerate(("fox", "nyt", "hpo"))},
        "n_sentences": {"fox": 2, "nyt": 2, "hpo": 2},
        "groups": [[["fox", 0], ["nyt", 1]]],
    }
    gold = {
        "triplets": [
            {**triplet, "triplet": "a", "split": "dev"},
            {**triplet, "triplet": "b", "split": "test"},
            {**triplet, "triplet": "c", "split": "test"},
        ]
    }
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def test_load_gold_keeps_only_the_split_asked_for(tmp_path: Path) -> None:
    path = _write_gold(tmp_path)
    assert [t.triplet for t in bg.load_gold(path)] == ["a", "b", "c"]
    assert [t.triplet for t in bg.load_gold(path, "dev")] == ["a"]
    assert [t.triplet for t in bg.load_gold(path, "test")] == ["b", "c"]
    with pytest.raises(ValueError, match="split"):
        bg.load_gold(path, "train")


def test_bundled_basil_gold_is_split_into_dev_and_test() -> None:
    gold = bg.load_gold()
    splits = [t.split for t in gold]
    assert len(gold) >= 20
    assert set(splits) == {"dev", "test"}
    assert abs(splits.count("dev") - splits.count("test")) <= 1


def test_newswcl_sentences_split_at_paragraph_tokens_and_carry_spans() -> None:
    conll = [
        ["Mayor", "opens", "bridge", "\\n", "The", "mayor", "of", "Eldham", "said", ":"],
        ['"', "It", "'s", "open", "(", "at", "last", ")", ",", '"', "she", "said", "."],
        ["\\n", "A", "so", "-", "called", "test", "cost", "$", "5", "."],
    ]
    text, spans = wg.article_text(conll)
    assert [text[a:b] for a, b in spans] == [
        "Mayor opens bridge",
        "The mayor of Eldham said:",
        '"It\'s open (at last)," she said.',
        "A so-called test cost $5.",
    ]
    assert text.count("\n\n") == 2


def test_bundled_newswcl_gold_is_valid_without_the_corpus() -> None:
    events = wg.load_gold()
    assert len(events) >= 5
    for event in events:
        assert wg.validate(event) == []
