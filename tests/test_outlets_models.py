"""`storydiff outlets` with the real per-story comparison (models).

Stories are formed by `ExactEngine` (the first word of the title, see test_outlets.py) so that
what is tested is the comparison and the figures; every statement, omission, quote and label
figure asserted below is counted by hand from the fictional articles.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storydiff.cli import main
from storydiff.corpus.engine import LocalEngine
from storydiff.corpus.outlets import outlet_profiles
from storydiff.corpus.store import open_store
from storydiff.corpus.workflow import ingest_and_cluster
from test_outlets import ARTICLES, HG, LC, VP, ExactEngine, write_articles

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"

pytestmark = pytest.mark.model

GATES = "Engineers opened the Dunmore floodgates on Saturday morning."
QUOTED = [
    ("gate-hg", HG, "Gates opened", "2026-03-14", [GATES,
     '"We opened the gates to save the old bridge," Mayor Ilse Brandt said.']),
    ("gate-lc", LC, "Gates opened", "2026-03-14", [GATES,
     '"We opened the gates to protect the old bridge," said Ilse Brandt, the mayor of Kessel.']),
    ("gate-vp", VP, "Gates opened", "2026-03-14", [GATES,
     '"We opened the gates to save the old bridge," the mayor said.']),
]  # fmt: skip


def test_real_comparisons_give_the_figures_counted_by_hand(tmp_path: Path) -> None:
    with open_store(tmp_path / "c.db") as store:
        articles = str(write_articles(tmp_path / "a.jsonl", ARTICLES))
        ingest_and_cluster(store, [articles], engine=ExactEngine())
        report = outlet_profiles(store, engine=LocalEngine())
    hg, lc, vp = report.outlets
    figures = [(p.outlet, p.unique.count, p.unique.of, p.omitted.count, p.omitted.of)
               for p in (hg, lc, vp)]  # fmt: skip
    # the same counts as test_outlets.py: identical sentences are one fact, the rest differ
    assert figures == [(HG, 2, 5, 1, 2), (LC, 1, 5, 0, 1), (VP, 1, 3, 1, 2)]
    # 'reckless' is HG's one loaded word in its 32 words
    assert (hg.loaded.count, hg.loaded.words, lc.loaded.count, vp.loaded.count) == (1, 32, 0, 0)
    assert hg.loaded.examples[0].spans[0].text == "reckless"


def test_a_shared_quote_worded_differently_and_the_labels(tmp_path: Path) -> None:
    with open_store(tmp_path / "q.db") as store:
        articles = str(write_articles(tmp_path / "q.jsonl", QUOTED))
        ingest_and_cluster(store, [articles], engine=ExactEngine())
        report = outlet_profiles(store, engine=LocalEngine())
    by_outlet = {p.outlet: p for p in report.outlets}
    wording = {name: (p.quotes.count, p.quote_wording.count, p.quote_wording.of)
               for name, p in by_outlet.items()}  # fmt: skip
    # one quote, carried by all three: HG and VP word it alike, LC says 'protect'
    assert wording == {HG: (1, 0, 1), LC: (1, 1, 1), VP: (1, 0, 1)}
    example = by_outlet[LC].quote_wording.examples[0]
    assert [s.record for s in example.spans] == ["gate-lc", "gate-hg"]
    assert "protect" in example.spans[0].text and "save" in example.spans[1].text
    assert ("Mayor Ilse Brandt", "label") in [(x.label, x.kind) for x in by_outlet[HG].labels]
    assert ("Ilse Brandt", "label") in [(x.label, x.kind) for x in by_outlet[LC].labels]


def test_bundled_corpus_outlets_are_traceable_and_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "c.db")
    assert main(["ingest", str(CORPUS / "articles.jsonl"), "--db", db, "-q"]) == 0
    assert main(["outlets", "--db", db, "--format", "json", "-q"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert len(report["stories"]) == 4 and report["single_outlet_stories"] == []
    outlets = {o["outlet"]: o for o in report["outlets"]}
    assert set(outlets) == {HG, VP, "Continental Wire", "Brennick Times"}
    assert outlets["Brennick Times"]["stories"]["count"] == 1
    with open_store(db) as store:
        texts = {a.record_id: a.article.text for a in store.articles()}
    for outlet in report["outlets"]:
        for key in ("unique", "omitted", "quote_wording", "loaded"):
            figure = outlet[key]
            assert set(figure["found_in"]) <= set(figure["stories"]) <= set(report["stories"])
            for evidence in figure["examples"]:
                assert evidence["story"] in figure["found_in"]
                for span in evidence["spans"]:
                    assert texts[span["record"]][span["start"] : span["end"]] == span["text"]

    def no_models(*_: object) -> None:
        raise AssertionError("a cached story was compared again")

    monkeypatch.setattr(LocalEngine, "analyse", no_models)
    monkeypatch.setattr(LocalEngine, "compare", no_models)
    assert main(["outlets", "--db", db, "--format", "json", "-q"]) == 0
    assert json.loads(capsys.readouterr().out) == report
