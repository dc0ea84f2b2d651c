"""Speaker faults seen reading real coverage (issue 11), rebuilt on fictional sentences
(model tests)."""

from __future__ import annotations

import pytest

from helpers import extracted_quotes
from storydiff.model import Quote

pytestmark = pytest.mark.model


quotes = extracted_quotes


def spoken(text: str, words: str) -> Quote:
    found = [q for q in quotes(text) if words in q.text]
    assert found, quotes(text)
    return found[0]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Captain Ravi Orlan said the crew was safe. Pirates fired on the frigate INS Velka "
            "near the strait. The shots missed the bridge, he said.",
            "Ravi Orlan",
        ),
        (
            'Marta Senn, a volunteer at the Open Door shelter, wrote about the boy. "He loved '
            'the puzzles we kept in the hall," she wrote.',
            "Marta Senn",
        ),
        (
            "Dario Pell, who works for Kessel Financial in the tower, hid under a desk. "
            "He said the guards told everyone to stay put.",
            "Dario Pell",
        ),
        (
            "Officer Lena Brandt, from the Ninth District, testified on Monday. She said the "
            "bullet hit the wall behind her.",
            "Lena Brandt",
        ),
        (
            "Nora Quist moved to Harbor Beach last year. She said the town was quiet.",
            "Nora Quist",
        ),
    ],
)
def test_a_pronoun_stands_for_a_person_not_a_ship_shelter_firm_or_place(
    text: str, speaker: str
) -> None:
    """'he' and 'she' never stand for a vessel ('INS Velka'), a shelter named with 'the',
    a firm ('Kessel Financial') or a place ('Ninth District', 'Harbor Beach')."""
    last = [q for q in quotes(text) if q.speaker_text in {"he", "He", "she", "She"}]
    assert last, quotes(text)
    assert {q.speaker for q in last} == {speaker}, last


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "A week earlier, a courier who had once been accused of robbing a Velm bakery "
            "shot two coworkers.",
            "robbing a Velm bakery",
        ),
        ("The two clerks she is accused of robbing were at home on Friday.", "robbing"),
    ],
)
def test_the_accused_is_not_the_accuser(text: str, words: str) -> None:
    """'X (who was) accused of Y' with no 'by': X is whom the charge is about; the article
    does not say who made it."""
    for quote in quotes(text):
        assert quote.speaker not in {"courier", "clerks", "two clerks"}, quote
        if words in quote.text and quote.cue is not None and quote.cue.startswith("accused"):
            assert quote.speaker is None, quote


def test_an_active_accusation_keeps_its_accuser() -> None:
    assert spoken("Dario Pell has accused the mayor of lying.", "mayor").speaker == "Dario Pell"


@pytest.mark.parametrize(
    "text",
    [
        "Call the Dorn office at 555 0100 for help.",
        "The station encourages you to call the crisis hotline at 555 0199.",
    ],
)
def test_a_phone_call_is_not_a_quote(text: str) -> None:
    """'call the hotline': a number to ring is nobody's words."""
    assert not [q for q in quotes(text) if q.cue is not None and "call" in q.cue.lower()]


def test_calling_something_a_name_stays_a_quote() -> None:
    quote = spoken("Mayor Ana Dale called the shootings troubling.", "troubling")
    assert quote.speaker == "Ana Dale"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Deputies chased the van for an hour, Dorn County Undersheriff Tomas Gale said. "
            "He said the van was towed to the county yard.",
            "Tomas Gale",
        ),
        (
            "Dorn County Prosecutor Ilsa Varn met gun owners on Monday. She said the deaths "
            "were preventable.",
            "Ilsa Varn",
        ),
        ("Velm Homicide Capt. Oren Tusk said the fire started at night.", "Oren Tusk"),
        ("Homicide Detective Lia Moor said the gun was found in a drain.", "Lia Moor"),
    ],
)
def test_police_and_court_titles_are_not_part_of_the_name(text: str, speaker: str) -> None:
    """'County Undersheriff', 'Prosecutor', 'Capt.', 'Detective' title the person named
    after them: the speaker is the person, and a later pronoun finds them."""
    last = quotes(text)[-1]
    assert last.speaker == speaker, quotes(text)


def test_a_family_name_ending_in_s_is_still_a_person() -> None:
    """'Ama Hoopes' (tagged as a plural) is remembered as a person, so a later 'she' finds
    her rather than someone named inside her quote."""
    text = (
        '"I am sorry," social worker Ama Hoopes wrote on her page. "Tomas Vell was one of my '
        'favourite kids." Later in that post, Hoopes attacked the cuts to '
        'shelter funding. "The whole system has failed these kids," she wrote.'
    )
    assert spoken(text, "whole system").speaker == "Ama Hoopes"


def test_a_commodore_is_a_title() -> None:
    text = (
        'Pirates fired at the frigate INS Velka, the owner Ravi Orlan said. "We fired in '
        'self-defense," Commodore Nirad Pell, a navy spokesman, told reporters. He said the '
        "boat was full of ammunition."
    )
    assert spoken(text, "full of ammunition").speaker == "Nirad Pell"


@pytest.mark.parametrize(
    "text",
    [
        # the parser reads 'you are asked' as a relative clause here: still a quote of no one
        "If you have any information you are asked to call Crime Stoppers at 555 0100.",
        "Ravi Orlan was told that the plant would close.",
    ],
)
def test_the_one_addressed_in_the_passive_is_not_the_speaker(text: str) -> None:
    """'anyone … is asked to call', 'Orlan was told that…': the subject is the one asked or
    told; who asked is not said."""
    found = quotes(text)
    assert found, found
    assert all(q.speaker is None for q in found), found


def test_an_appeal_in_the_passive_is_no_quote() -> None:
    """'any witness is asked to ring': an appeal to readers, nobody's words (branch qa; it was
    a quote of no speaker before, listed under 'quoted only by' the outlet)."""
    text = "Any witness is asked to ring the Dorn police."
    assert quotes(text) == (), quotes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pirates have attacked nearly 100 ships this year.",
        "The gang threatened a cargo vessel near the strait.",
        "The army may attack the rebels' land bases.",
    ],
)
def test_an_armed_attack_is_not_a_quote(text: str) -> None:
    assert not quotes(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Senator Ana Dale attacked the plan as reckless.", "the plan"),
        ("Dario Pell threatened sanctions against the firm.", "sanctions"),
    ],
)
def test_an_attack_in_words_stays_a_quote(text: str, words: str) -> None:
    assert spoken(text, words).speaker is not None


def test_a_story_label_is_not_a_speaker() -> None:
    """'Dorn Shooting: …' opening a headline names the story, not who speaks."""
    text = (
        "Dorn Shooting: Ama Reyes Charged With Two Counts Of Assault\n\n09 / 10 / 10 08:23 PM"
        "\n\nA clerk was charged on Friday."
    )
    assert not [q for q in quotes(text) if q.cue is None], quotes(text)


def test_a_name_and_colon_still_speaks() -> None:
    text = "Mayor Dale: harbour will reopen on Monday\n\nThe harbour was closed for a week."
    assert spoken(text, "harbour will reopen").speaker_text == "Mayor Dale"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Police spokeswoman Cpl. Ana Leader said the suspect called 911. Leader said she "
            "told the woman to put the gun down.",
            "Ana Leader",
        ),
        ('"I am thrilled to host the show," Comedian Ana Reyes said.', "Ana Reyes"),
        (
            '"We are glad to have her," said Velm Award producers Tomas Vell and Ravi Orlan.',
            "Tomas Vell & Ravi Orlan",
        ),
    ],
)
def test_the_speaker_is_the_person_without_role_or_award(text: str, speaker: str) -> None:
    """A family name that is also a title word ('Leader') stays in the name; a role
    ('Comedian') and an award ('Velm Award producers') are not people."""
    assert quotes(text)[-1].speaker == speaker, quotes(text)


def test_a_family_name_that_is_a_title_word_after_an_apposed_name() -> None:
    """'Ana Bishop, a former lecturer,': 'Bishop' is her family name, so 'She' finds her."""
    text = (
        "Earlier this year, Ana Bishop, a former lecturer at the Velm college, was charged "
        'with murder in a shooting. She claimed the shootings "did not happen."'
    )
    assert spoken(text, "the shootings").speaker == "Ana Bishop"


def test_whoever_receives_a_message_is_not_its_speaker() -> None:
    text = (
        "The patrol boat received an urgent radio message from the Velka that its engine "
        "room was on fire."
    )
    for quote in quotes(text):
        assert quote.speaker != "patrol boat", quote


def test_they_stands_for_the_plural_subject_earlier_in_the_sentence() -> None:
    """'When officers arrived, they discovered…': 'they' are the officers, not the court
    records named in the sentence before."""
    text = (
        "Court records show the man was jailed in 2014. When officers arrived, they "
        "discovered that the boy had been shot with a homemade gun."
    )
    assert spoken(text, "homemade gun").speaker == "officers"
