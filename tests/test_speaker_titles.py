"""Speakers named by a title or a common noun that stand for someone the article names
elsewhere: a title before or after the name, a person named with another title or none,
'the department' for a police force (model tests; fictional articles written here)."""

from __future__ import annotations

import pytest

from helpers import only, quotes_of
from storydiff.extract.name_runs import is_person_name

pytestmark = pytest.mark.model


def test_a_title_goes_to_the_only_person_named_before_without_one() -> None:
    text = (
        "Dr. Ana Velt has advised the government on the outbreak since March.\n\n"
        "The health adviser said the new rules would take effect on Monday."
    )
    quote = only(quotes_of(text), "new rules")
    assert quote.speaker_text == "The health adviser"
    assert quote.speaker == "Ana Velt"


def test_a_title_the_article_has_not_used_goes_to_the_only_untitled_person() -> None:
    text = (
        "Dr. Ana Velt spoke at the clinic on Monday. Later, Governor Tom Brask visited the "
        "hospital.\n\n"
        '"We are not out of the woods yet," the coronavirus czar said.'
    )
    assert only(quotes_of(text), "out of the woods").speaker == "Ana Velt"


def test_a_title_stays_a_title_when_two_people_could_hold_it() -> None:
    text = (
        "Dr. Ana Velt and Dr. Piet Moran spoke at the clinic on Monday.\n\n"
        '"We are not out of the woods yet," the coronavirus czar said.'
    )
    assert only(quotes_of(text), "out of the woods").speaker == "coronavirus czar"


def test_a_title_goes_to_the_person_titled_so_after_the_quote() -> None:
    text = (
        '"We will not back down," the mayor said on Tuesday. Mayor Lisa Ortan, who took '
        "office in May, spoke outside the town hall of Keldby."
    )
    assert only(quotes_of(text), "back down").speaker == "Lisa Ortan"


def test_a_title_never_goes_to_a_person_with_another_title() -> None:
    text = (
        "Governor Tom Brask toured the flooded valley on Monday.\n\n"
        '"We will not back down," the mayor said.'
    )
    assert only(quotes_of(text), "back down").speaker == "mayor"


@pytest.mark.parametrize(
    "named",
    [
        "The Capitol Police said two officers were injured in the scuffle at the gate.",
        "Officers of the Dornfield Park Police Department arrived at the gate at noon.",
    ],
)
def test_the_department_is_the_police_force_named_before(named: str) -> None:
    text = f"{named}\n\nThe department said it would review how the gate was guarded."
    quote = only(quotes_of(text), "review how")
    body = "Capitol Police" if "Capitol" in named else "Dornfield Park Police Department"
    assert quote.speaker == body


def test_a_title_goes_to_the_person_the_next_sentence_introduces() -> None:
    text = (
        "The budget of Keldby is short by four million crowns.\n\n"
        '"We will not back down," the mayor said on Tuesday. Lisa Ortan, who was elected '
        "in May, faces a difficult autumn."
    )
    assert only(quotes_of(text), "back down").speaker == "Lisa Ortan"


def test_a_title_stays_when_the_next_sentence_quotes_someone_else() -> None:
    text = (
        '"We will not back down," the mayor said on Tuesday. Jon Hale, who owns a bakery '
        "on the square, said the cuts would close his shop."
    )
    assert only(quotes_of(text), "back down").speaker == "mayor"


def test_a_former_holder_of_the_title_is_not_the_one_speaking() -> None:
    text = (
        '"We will build the bridge," the candidate said in a statement.\n\n'
        "Ona Pell, a former candidate for governor who now runs a shipyard, disagreed."
    )
    assert only(quotes_of(text), "build the bridge").speaker == "candidate"


def test_a_party_before_a_name_is_no_part_of_the_name() -> None:
    text = "Republican Tom Rell said the ferry law was a mistake."
    assert only(quotes_of(text), "ferry law").speaker == "Tom Rell"


def test_a_party_is_no_role_two_people_leave_a_title_as_it_is() -> None:
    text = (
        "Republican Tom Rell and Ana Ostrova met the harbour council on Monday.\n\n"
        '"We will not back down," the candidate said.'
    )
    assert only(quotes_of(text), "back down").speaker == "candidate"


def test_a_staff_title_never_goes_to_the_one_untitled_person() -> None:
    text = (
        "Democrat Tom Rell criticized the harbour inquiry on Monday.\n\n"
        '"Their announcement is further proof they are playing politics," the aide said.'
    )
    assert only(quotes_of(text), "further proof").speaker == "aide"


@pytest.mark.parametrize(
    ("words", "person"),
    [
        (["Varne", "Lines"], False),
        (["Kessel", "Mining"], False),
        (["Tesk", "Ltd."], False),
        (["Tom", "Rell"], True),
    ],
)
def test_a_name_ending_in_a_company_word_names_no_person(words: list[str], person: bool) -> None:
    assert is_person_name(words, set()) is person


def test_a_title_never_goes_to_a_company_named_before() -> None:
    text = (
        "Kessel Mining was fined for safety breaches at the pit in 2024.\n\n"
        '"We will not back down," the mayor said.'
    )
    assert only(quotes_of(text), "back down").speaker == "mayor"
