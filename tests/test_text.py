"""The shared text knowledge (storydiff.text) and that the stages read it. No models."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from storydiff import text, text_names
from storydiff.crossdoc.amounts import amounts
from storydiff.crossdoc.quotes import content_words
from storydiff.extract.mentions import entity_key
from storydiff.extract.speaker_memory import speaker_key
from storydiff.extract.timexpr import find_time_expressions
from storydiff.model import Unit
from storydiff.text import clip, fold, name_key, parse_number
from storydiff.text_page import (
    furniture_prefix_end,
    is_credit_line,
    is_page_furniture,
    is_time_stamp,
)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Vučić", "Vucic"),
        ("Đurić", "Djuric"),
        ("Đurić", "Duric"),
        ("Đorđević", "Djordjevic"),
        ("Łódź", "Lodz"),
        ("U.S.", "u.s"),
        ("don’t", "don't"),
    ],
)
def test_fold_meets_spellings_of_one_word(left: str, right: str) -> None:
    assert fold(left) == fold(right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Jordan", "Jordanian"),
        ("Serbia", "Serbian"),
        ("Serbia", "Serbs"),
        ("Russia's", "Russians"),
        ("Kosovo", "Kosovar"),
        ("Kosovo", "Kosovan"),
        ("Ukraine", "Ukrainians"),
        ("China", "Chinese"),
        ("France", "French"),
        ("Britain", "British"),
        ("America", "Americans"),
        ("Vučić", "Vucic"),
        ("Đurić", "Djuric"),
    ],
)
def test_name_key_joins_demonyms_and_spellings(left: str, right: str) -> None:
    assert name_key(left) == name_key(right)


@pytest.mark.parametrize(
    ("left", "right"),
    [("Austria", "Australia"), ("Austrian", "Australian"), ("Jordan", "Jordana")],
)
def test_name_key_keeps_different_names_apart(left: str, right: str) -> None:
    assert name_key(left) != name_key(right)


def test_name_key_does_not_strip_endings_blindly() -> None:
    assert name_key("Christian") == "christian"
    assert name_key("Jordan") == "jordan"
    assert name_key("Paris") == "paris"


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("Sixteen", 16),
        ("fifteen", 15),
        ("a dozen", 12),
        ("forty-two", 42),
        ("forty two", 42),
        ("2.5 million", 2_500_000),
        ("13,625,777", 13_625_777),
        ("two hundred and five", 205),
        ("a hundred", 100),
        ("a million", 1_000_000),
        ("three thousand", 3000),
    ],
)
def test_parse_number(written: str, value: float) -> None:
    assert parse_number(written) == value


@pytest.mark.parametrize("written", ["", "a", "and", "sixteen people", "many"])
def test_parse_number_refuses_what_is_not_only_a_number(written: str) -> None:
    assert parse_number(written) is None


def _unit(sentence: str, nouns: set[str]) -> Unit:
    tokens = tuple(sentence.lower().rstrip(".").split())
    pos = tuple("NOUN" if t in nouns else "X" for t in tokens)
    return Unit(0, 0, 0, len(sentence), sentence, frozenset(), frozenset(), frozenset(),
                tokens=tokens, lemmas=tokens, pos=pos)  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Sixteen people waited.", 16),
        ("Fifteen people waited.", 15),
        ("Forty-two people waited.", 42),
        ("A dozen people waited.", 12),
        ("Two hundred people waited.", 200),
        ("Two dozen people waited.", 24),
        ("Half a dozen people waited.", 6),
    ],
)
def test_conflict_amounts_read_number_words_from_the_shared_table(
    sentence: str, value: float
) -> None:
    found = amounts(_unit(sentence, {"people"}))
    assert [(a.low, a.high, a.head) for a in found] == [(value, value, "people")]


def test_time_expressions_count_with_the_shared_table() -> None:
    found = find_time_expressions("It happened sixteen days ago.", "2026-03-14")
    assert [(t.text, t.value) for t in found] == [("sixteen days ago", "2026-02-26")]


def test_stages_fold_names_with_the_shared_functions() -> None:
    assert speaker_key("Milan Đurić") == speaker_key("Milan Djuric")
    assert entity_key("Milan Đurić", "person") == entity_key("Milan Djuric", "person")
    assert content_words("Serbian police") == content_words("Serbia's police")


def test_clip() -> None:
    assert clip("a  b\nc", 10) == "a b c"
    assert clip("abcdefghij", 5) == "abcd…"


def test_text_module_imports_nothing_from_the_package() -> None:
    tree = ast.parse(Path(text.__file__).read_text(encoding="utf-8"))
    imported = [
        node.module or ""
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.level or "storydiff" in (node.module or ""))
    ]
    assert imported == []


def test_no_stage_keeps_its_own_number_word_table() -> None:
    source = Path(text.__file__).parent
    for path in source.rglob("*.py"):
        if path.name == "text.py":
            continue
        code = path.read_text(encoding="utf-8")
        assert '"sixteen"' not in code and '"twelve"' not in code, path


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("International Monetary Fund", "imf"),
        ("U.S. Fish and Wildlife Service", "usfws"),
        ("National Oceanic and Atmospheric Administration", "noaa"),
        ("Kosovo", ""),
    ],
)
def test_initials_of_a_name(name: str, expected: str) -> None:
    assert text_names.initials(name) == expected


@pytest.mark.parametrize(
    ("word", "expected"), [("IMF", "imf"), ("U.N.", "un"), ("Nato", ""), ("A", ""), ("G7", "")]
)
def test_acronym_key(word: str, expected: str) -> None:
    assert text_names.acronym_key(word) == expected


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Wednesday, June 3, 2026", True),
        ("June 3, 2026, 12:18 AM ET", True),
        ("Updated: June 3, 2026 18:50 IST", True),
        ("Wed Jun 3 2026, 01:19 hrs", True),
        ("Last updated at 11:24, Wednesday, 3 June 2026", True),
        ("The ferry sailed on June 3, 2026.", False),
        ("June 2026 was the wettest on record", False),
        ("Wednesday, June 3", False),  # no year or clock time: a date, maybe of the event
    ],
)
def test_time_stamp_lines(line: str, stamp: bool) -> None:
    assert is_time_stamp(line) is stamp


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Ina Voss is a Reporter for Harbour Gazette.", True),
        ("Pim Odo is a senior political correspondent at the Lorrin Courier.", True),
        ("Follow her on Twitter at @inavoss.", True),
        ("Follow Pim Odo on Twitter: @pimodo", True),
        ("The Lorrin Courier contributed to this report.", True),
        ("Harbour Gazette’s Ina Voss and Pim Odo contributed to this report.", True),
        ("Reporting by Ina Voss; Editing by Pim Odo", True),
        ("Ina Voss is a reporter who was detained by the harbour police on Monday.", False),
        ("Ina Voss, a reporter for the Courier, said the mayor had resigned.", False),
        ("The mayor said reporting by the Courier contributed to the inquiry.", False),
        ("Officials asked residents to follow the police on Twitter for updates.", False),
        ("Follow the money on X street, the mayor said.", False),
        ("The new mayor is a writer for Harbour Gazette.", False),
        # the page's copyright notice
        ("Copyright 2026 Lorrin Broadcasting, Inc.", True),
        ("© 2026 Harbour Gazette (Orlen Media Group).", True),
        ("All rights reserved.", True),
        ("This material may not be published, broadcast, rewritten, or redistributed.", True),
        ("The court said the copyright of the Orlen anthem had lapsed.", False),
        ("The ruling may not be published before Friday, the judge said.", False),
    ],
)
def test_credit_lines(line: str, credit: bool) -> None:
    assert is_credit_line(line) is credit


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Please enable Javascript to watch this video", True),
        ("Having trouble viewing the video?", True),
        ("Try disabling any ad blocking extensions currently running on your browser.", True),
        ("Read or Share this story: http://lorrin.example/x1", True),
        ("Share this: Facebook Twitter Email Print", True),
        ("Click here to see the full list of closed roads.", True),
        ("Sign up for our Harbour Gazette newsletter.", True),
        ("Subscribe to Lorrin FM 98.1 on", True),
        ("Follow KLRN: Download our app here.", True),
        ("Related: Lorrin bridge closed after floods", True),
        ("Photos Related Stories 0 Pending Comments", True),
        ("(Photo: Ina Voss / Lorrin Courier)", True),
        ("Photo by Pim Odo", True),
        ("Getty Images", True),
        ("Copyright Harbour Press", True),
        # news that reads a little like it
        ("Police asked anyone with information to call the harbour station.", False),
        ("The mayor told residents to download the flood app before Friday.", False),
        ("Residents can sign up for sandbags at the town hall, the council said.", False),
        ("The family declined to comment on the ruling.", False),
        ("Photographers were kept behind the police line.", False),
        ("Copyright infringement was the charge, the court said.", False),
        ("2026", False),
        (
            "Related: Lorrin bridge closed after floods Also charged were two deckhands, "
            "both 30, who the police said had lied to investigators on Monday.",
            False,  # a real sentence glued on
        ),
    ],
)
def test_page_furniture(line: str, furniture: bool) -> None:
    assert is_page_furniture(line) is furniture


@pytest.mark.parametrize(
    ("sentence", "rest"),
    [
        (
            "Please enable Javascript to watch this video LORRIN -- A ferry sank.",
            "LORRIN -- A ferry sank.",
        ),
        ("(Photo: Ina Voss / Lorrin Courier)Buy Photo A ferry sank.", "A ferry sank."),
        ("(KLRN Photo) LORRIN, Tal. (KLRN)", "LORRIN, Tal. (KLRN)"),
        ("Photographers saw a ferry sink.", "Photographers saw a ferry sink."),
    ],
)
def test_furniture_prefix(sentence: str, rest: str) -> None:
    assert sentence[furniture_prefix_end(sentence) :] == rest
