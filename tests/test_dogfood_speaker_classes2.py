"""Speaker faults seen reading a second sample of real coverage (issue 11, dog7), rebuilt on
fictional sentences (model tests)."""

from __future__ import annotations

import pytest

from helpers import extracted_quotes

pytestmark = pytest.mark.model


quotes = extracted_quotes


@pytest.mark.parametrize(
    "text",
    [
        "Velland added only 12,000 jobs in June.",
        "Factories in the region have added jobs in each of the past four months.",
        "Velland Adds Fewer Jobs Than Expected in June.",
        "The Assembly voted on Monday to confirm Mara Tolle as chief judge.",
        "Assembly Confirms Mara Tolle, the Governor's Choice for the Court.",
        "Troops poured into Dorn as the provinces answered the call.",
    ],
)
def test_a_cue_verb_in_another_sense_reports_nothing(text: str) -> None:
    """'added jobs', 'confirmed Mara Tolle as judge' and 'as provinces answered the call'
    are acts, not words: an object that is a count, a nominee or a call is not what anyone
    said, and an 'as' clause with an object of its own reports nothing around it."""
    assert quotes(text) == (), quotes(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Tolle said the vote was fair, and she added that the court would open soon.", "court"),
        ("The ministry confirmed the closure of the Dorn crossing on Friday.", "closure"),
        ("As the mayor said, the bridge will stay shut until May.", "bridge"),
    ],
)
def test_the_same_cues_still_report_words(text: str, words: str) -> None:
    """'added that…', 'confirmed the closure' and 'As the mayor said, …' still report."""
    assert any(words in q.text for q in quotes(text)), quotes(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Foreign Minister Aldo Penn was in Varsk on Sunday to meet briefly with Varskan "
            "leader Tomas Reiner on the border talks. He described the trip as productive.",
            "Aldo Penn",
        ),
        (
            "Speaker Ilsa Dorn announced on Tuesday that the assembly would open an inquiry "
            'into President Halden Kell. "The actions of the president broke the charter," '
            "she said after the meeting.",
            "Ilsa Dorn",
        ),
        (
            "Gov. Marco Velt declared an emergency over the floods across New Mexico on Tuesday "
            "and set aside $40 million for repairs. "
            '"Every town in this state has been hit by it," he said.',
            "Marco Velt",
        ),
    ],
)
def test_a_pronoun_speaker_is_the_subject_of_the_sentence_before(text: str, speaker: str) -> None:
    """'he'/'she' opening a report stands for the person the sentence before was about (its
    subject), not for whoever was named last in it (a leader met, a president investigated,
    a state)."""
    last = [q for q in quotes(text) if q.speaker_text in {"he", "He", "she", "She"}]
    assert last, quotes(text)
    assert {q.speaker for q in last} == {speaker}, last


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Speaker Ilsa Dorn announced on Tuesday that the assembly would open an inquiry "
            "into President Halden Kell, saying that he had broken his oath of office.",
            "broken his oath",
            "Ilsa Dorn",
        ),
        (
            "Mayor Ana Velt said that the council would close the pier, adding that the "
            "repairs would take a year.",
            "repairs",
            "Ana Velt",
        ),
        ("The ministry said the border would stay shut, citing the storm.", "storm", "ministry"),
    ],
)
def test_a_participle_after_a_reported_clause_is_the_reporters(
    text: str, words: str, speaker: str
) -> None:
    """'X said that the council would close the pier, adding that…': the one adding is X,
    not the subject of the clause X reported."""
    found = [q for q in quotes(text) if words in q.text]
    assert found, quotes(text)
    assert found[0].speaker == speaker, found


def test_said_then_citing_are_two_statements_of_one_speaker() -> None:
    """'Analysts said A, citing B': A ends before the participle, and B is the analysts' too."""
    text = (
        "Foreign policy analysts said regional factors have raised Velka's appeal, citing the "
        "value of a country on Dorn's border."
    )
    said = [q for q in quotes(text) if q.cue == "said"]
    cited = [q for q in quotes(text) if q.cue == "citing"]
    assert said and said[0].text == "regional factors have raised Velka's appeal", said
    assert cited and cited[0].speaker == "Foreign policy analysts", cited


def test_an_act_with_its_object_reports_nothing_around_it() -> None:
    """'Factories have added jobs …, the ministry said': the ministry's words, not the
    factories' ('added jobs' is an act)."""
    found = quotes("Factories have added jobs in each of the past four months, the ministry said.")
    assert [q.speaker for q in found] == ["ministry"], found


def test_a_quote_after_a_name_and_a_colon_opening_a_line_is_the_names() -> None:
    """'Kell: "We Will Rebuild the Pier" After Storm': the headline gives Kell's words; a
    section label ('Update:') names no one."""
    text = "Kell: 'We Will Rebuild the Pier' After Storm\n\nMayor Halden Kell toured Orlen."
    found = quotes(text)
    assert [q.speaker for q in found] == ["Halden Kell"], found
    text = 'Update: "The pier is shut until further notice"\n\nThe storm hit Orlen on Friday.'
    assert all(q.speaker is None for q in quotes(text)), quotes(text)
