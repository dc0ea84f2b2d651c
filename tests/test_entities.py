"""Actors, their names and labels, linked across articles (model tests; articles written here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import storydiff
from storydiff.cli import main

pytestmark = pytest.mark.model

LEFT = (
    "Serbian President Aleksandar Vučić met envoys in Belgrade on Monday. "
    "Vučić said the talks with the unrecognized Kosovo were over. "
    "Port spokesman Arvid Tellan said ferries were cancelled, and the spokesman added that "
    "the harbour would reopen."
)
RIGHT = (
    "President Vucic told reporters that Kosovo had broken its promises. "
    "Aleksandar Vucic, who has led Serbia since 2017, left without comment."
)


def entities(*texts: str) -> tuple[storydiff.Entity, ...]:
    articles = [
        storydiff.Article(text, outlet=outlet)
        for text, outlet in zip(texts, ("Harbour Gazette", "Lorrin Courier", "Third"), strict=False)
    ]
    return storydiff.compare(articles).entities


def test_name_variants_and_diacritics_link_and_labels_are_kept() -> None:
    found = {e.label: e for e in entities(LEFT, RIGHT)}
    vucic = found["Aleksandar Vučić"] if "Aleksandar Vučić" in found else found["Aleksandar Vucic"]
    assert vucic.type == "person"
    by_outlet = {a.article: a for a in vucic.articles}
    assert set(by_outlet) == {"harbour-gazette", "lorrin-courier"}
    assert "Serbian President Aleksandar Vučić" in by_outlet["harbour-gazette"].labels
    assert "President Vucic" in by_outlet["lorrin-courier"].labels
    assert any("who has led Serbia" in d for d in by_outlet["lorrin-courier"].descriptors)
    for named in vucic.articles:
        for mention in named.mentions:
            text = LEFT if named.article == "harbour-gazette" else RIGHT
            assert text[mention.start : mention.end] == mention.text


def test_a_label_one_outlet_adds_marks_the_actor() -> None:
    kosovo = next(e for e in entities(LEFT, RIGHT) if e.label == "Kosovo")
    assert kosovo.differs
    labels = {a.article: a.descriptors for a in kosovo.articles}
    assert labels["harbour-gazette"] == ("unrecognized",)
    assert labels["lorrin-courier"] == ()


def test_a_description_resolves_to_the_person_named_with_that_title() -> None:
    tellan = next(e for e in entities(LEFT, RIGHT) if e.label == "Arvid Tellan")
    (named,) = tellan.articles
    assert [m.kind for m in named.mentions] == ["name", "description"]
    assert named.mentions[1].text == "the spokesman"


def test_articles_without_named_actors() -> None:
    quiet = "The ferry left at noon and reached the island two hours later."
    assert entities(quiet, "A storm closed the harbour for the rest of the week.") == ()


def test_all_caps_and_a_very_long_list_of_names() -> None:
    from storydiff.extract.mentions import find_mentions
    from storydiff.nlp import load_spacy

    nlp = load_spacy()
    shouting = nlp("KREMLIN SPOKESMAN DMITRY PESKOV SAID THE TALKS WERE OVER ON MONDAY.")
    assert "peskov" in {m.key for m in find_mentions(shouting, "wire")}
    names = ", ".join(f"Delegate Name{i} Surname{i}" for i in range(300))
    crowd = nlp(f"The summit was attended by {names}.")
    keys = {m.key for m in find_mentions(crowd, "wire")}
    # the small model tags most, not all, of 300 invented names as proper nouns
    assert len(keys) >= 200 and "surname0" in keys
    # comparing such articles must not fail either
    entities(shouting.text, crowd.text)


def test_entities_command_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text(LEFT, encoding="utf-8")
    right.write_text(RIGHT, encoding="utf-8")
    assert main(["entities", str(left), str(right), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["command"] == "entities"
    labels = {e["label"] for e in data["entities"]}
    assert "Kosovo" in labels and ("Aleksandar Vučić" in labels or "Aleksandar Vucic" in labels)
