"""Speaker spans and names on real-coverage shapes: pronouns never go to a place, a law or a
headline's words; title-case headlines speak only through names the article gives; a time
is no part of who speaks; one content is one quote (model tests; fictional articles)."""

from __future__ import annotations

import pytest

from helpers import only, quotes_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "first",
    [
        "The minister met Piet Moran at Lake Vellen on Friday.",
        "The Keldby Assault Weapons Ban was signed by Piet Moran in May.",
        "Piet Moran visited the Keldby Harbour Museum with Central Americans on Friday.",
        "Piet Moran visited Central America on Friday.",
        "Piet Moran flew on Tuesday to Puerto Rico to survey the storm damage.",
    ],
)
def test_he_goes_to_the_person_not_a_place_a_law_or_a_group(first: str) -> None:
    text = f"{first} He said the talks on the ferry line had gone well."
    assert only(quotes_of(text), "talks on the ferry").speaker == "Piet Moran"


def test_a_title_case_headline_speaks_through_the_name_the_article_gives() -> None:
    text = (
        "Mayor Ostrova Vows To Block Harbour Tax, Says Fishermen Would Need New Boats\n\n"
        "Mayor Ana Ostrova of Keldby said on Monday that she would block the harbour tax.\n"
        '"The tax would ruin the fishermen of this town," she said.'
    )
    quotes = quotes_of(text)
    assert only(quotes, "ruin the fishermen").speaker == "Ana Ostrova"
    for quote in quotes:
        assert quote.speaker in {"Ana Ostrova", None}, quote


def test_a_title_case_headline_names_nobody_the_article_does_not() -> None:
    text = (
        "Harbour Day: The Fishing Fleet Is Never Satisfied\n\n"
        "The fleet sailed out at dawn on Monday and came back with half a catch."
    )
    for quote in quotes_of(text):
        assert quote.speaker != "Harbour Day", quote


def test_a_headline_verb_is_no_part_of_the_speaker() -> None:
    text = (
        "Keldby mayor set to close harbour, blame council for budget crisis\n\n"
        "Mayor Ana Ostrova said on Monday that she would close the harbour by June."
    )
    for quote in quotes_of(text):
        assert quote.speaker_text is None or "set" not in quote.speaker_text.split(), quote


def test_when_a_subject_spoke_is_no_part_of_who_spoke() -> None:
    text = "The harbour leaders on Sunday called for an inquiry into the fire at the docks."
    quote = only(quotes_of(text), "inquiry")
    assert quote.speaker == "harbour leaders"


def test_a_bureau_of_something_is_one_name() -> None:
    text = "The Keldby Bureau of Fishing Statistics said catches fell by a third in May."
    quote = only(quotes_of(text), "catches fell")
    assert quote.speaker == "Keldby Bureau of Fishing Statistics"


def test_president_elect_is_a_title_not_a_name() -> None:
    text = "Keldby's President-elect Ana Ostrova said she would not meet the harbour council."
    quote = only(quotes_of(text), "would not meet")
    assert quote.speaker == "Ana Ostrova"


def test_an_inspector_general_is_not_the_attorney_general() -> None:
    text = (
        "Deputy Attorney General Lisa Mora asked for the inquiry on Monday.\n\n"
        "The inspector general said the inquiry into the harbour contracts would start in May."
    )
    quote = only(quotes_of(text), "would start in May")
    assert quote.speaker != "Lisa Mora"


@pytest.mark.parametrize(
    "text",
    [
        "According to local media, the minister said the bridge would reopen next week.",
        'According to local media, "the bridge will reopen next week," the minister said.',
    ],
)
def test_according_to_a_carrier_of_a_quote_is_not_a_second_quote(text: str) -> None:
    quotes = quotes_of(text)
    assert len(quotes) == 1, [(q.text, q.speaker) for q in quotes]
    assert quotes[0].speaker == "minister"
    assert quotes[0].text.startswith("the bridge")


def test_according_to_after_the_words_stays_a_source() -> None:
    text = "Fish stocks had fallen by a third since May, according to the Keldby Herald."
    assert only(quotes_of(text), "Fish stocks").speaker == "Keldby Herald"


def test_people_quoted_in_apposition_to_one_of_a_group() -> None:
    text = (
        "In a statement, one of the family's lawyers, Justin Balm, said the harbour "
        "police had never answered their letters."
    )
    assert only(quotes_of(text), "never answered").speaker == "Justin Balm"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry bill is expected to pass the harbour council next week.",
        "Anyone wanting to borrow a boat must ask the harbour master first.",
    ],
)
def test_an_expectation_or_a_wish_with_nobody_behind_it_is_no_quote(text: str) -> None:
    assert quotes_of(text) == []


def test_an_expectation_someone_states_is_still_their_quote() -> None:
    text = "The harbour master said he expected the ferry bill to pass next week."
    assert only(quotes_of(text), "ferry bill").speaker == "harbour master"


def test_a_title_case_headline_body_keeps_its_whole_name() -> None:
    text = (
        "Justice Department Says New Ferry Law Aims To Close The Docks\n\n"
        "The Justice Department said on Monday that the ferry law would close the docks."
    )
    quote = only(quotes_of(text), "Aims To Close")
    assert quote.speaker == "Justice Department"


def test_a_department_of_something_is_one_name() -> None:
    text = "The Department of Justice said on Monday that it would close the docks."
    quote = only(quotes_of(text), "close the docks")
    assert quote.speaker == "Department of Justice"


def test_a_modifier_alone_titles_nobody() -> None:
    text = (
        "Ana Ostrova met the National Guard commander on Monday. "
        "She said the harbour would stay open."
    )
    assert only(quotes_of(text), "stay open").speaker == "Ana Ostrova"


def test_a_pronoun_goes_to_the_person_named_earlier_in_its_sentence() -> None:
    text = (
        "The storm reached Keldby on Sunday.\n\n"
        "Governor Ana Ostrova is sending guard troops to the harbour, she announced on Monday."
    )
    assert only(quotes_of(text), "guard troops").speaker == "Ana Ostrova"


def test_a_name_inside_the_quote_is_not_who_speaks_it() -> None:
    text = (
        "Piet Moran runs the ferry company.\n\n"
        '"I met Ana Ostrova at the harbour on Monday," he said.'
    )
    assert only(quotes_of(text), "I met").speaker == "Piet Moran"


def test_a_quote_going_on_from_a_headline_takes_the_headline_speaker_as_finally_read() -> None:
    text = (
        "Harbour Day: The Fishing Fleet Is Never Satisfied\n\n"
        '"It is a good day for the town, but it is not enough for the fleet."'
    )
    for quote in quotes_of(text):
        assert quote.speaker != "Harbour Day", quote


def test_a_title_case_headline_body_speaks_even_when_the_article_does_not_repeat_it() -> None:
    text = (
        "Harbour Department Says New Ferry Law Aims To Close The Docks\n\n"
        "The ferry law passed on Monday. Fishermen said it would close the docks by June."
    )
    quote = only(quotes_of(text), "Aims To Close")
    assert quote.speaker == "Harbour Department"


def test_a_hyphenated_title_stays_whole_in_the_speaker_span() -> None:
    text = "The Keldby president-elect says she will not meet the harbour council."
    quote = only(quotes_of(text), "will not meet")
    assert quote.speaker_text == "The Keldby president-elect"


def test_a_double_family_name_is_one_person() -> None:
    text = (
        "Representative Ana Torel-Vance withdrew her remarks on the ferry tax on Monday.\n\n"
        "After a tour of the Keldby docks, Vance said she had misjudged the tax.\n\n"
        '"I misjudged it, and it has bothered me for weeks," she said.'
    )
    quotes = quotes_of(text)
    assert only(quotes, "she had misjudged").speaker == "Ana Torel-Vance"
    assert only(quotes, "bothered me").speaker == "Ana Torel-Vance"


def test_a_dateline_dash_is_no_part_of_the_speaker() -> None:
    text = (
        "KELDBY - Ferry workers at the Keldby docks stayed out on strike for a third day on "
        "Wednesday, saying they will not go back until the cranes are made safe."
    )
    quote = only(quotes_of(text), "cranes are made safe")
    assert quote.speaker_text == "Ferry workers at the Keldby docks"


def test_a_body_in_apposition_is_no_person() -> None:
    text = (
        "To press the council, one group, Partnership for Safer Harbours, has run ads "
        "saying the docks must close before winter."
    )
    for quote in quotes_of(text):
        assert quote.speaker != "Partnership", quote


def test_according_to_with_a_quote_among_its_words_stays_a_source() -> None:
    text = (
        "According to the Keldby Herald, a foreign fleet sailed past the harbour in what "
        "officials say is the largest exercise in years."
    )
    assert only(quotes_of(text), "foreign fleet").speaker == "Keldby Herald"


def test_a_title_after_a_body_of_something_titles_the_next_name() -> None:
    text = "Keldby House of Burghers Speaker Ana Ostrova said the harbour would stay open."
    assert only(quotes_of(text), "stay open").speaker == "Ana Ostrova"


def test_a_party_word_opening_a_body_name_stays_in_it() -> None:
    text = "The Republican National Committee said the harbour debates were unfair."
    assert only(quotes_of(text), "unfair").speaker == "Republican National Committee"


def test_she_after_a_quote_goes_to_the_woman_named_before_its_marks() -> None:
    text = (
        '"The board has a huge pulpit," said Anton Gresk, a professor of surgery.\n\n'
        'Senator Marla Quinby scolded him: "The panel is against you on the three '
        'products you called miracles," she said.'
    )
    quote = only(quotes_of(text), "three products")
    assert quote.speaker == "Marla Quinby"


def test_a_name_inside_the_quotation_marks_does_not_speak_for_she() -> None:
    text = (
        "Senator Marla Quinby toured the harbour on Monday.\n\n"
        '"I met Ilse Darrow at the depot and she was furious," she said.'
    )
    assert only(quotes_of(text), "met Ilse Darrow").speaker == "Marla Quinby"


def test_an_according_to_source_ends_where_the_sentences_subject_begins() -> None:
    # the parse hangs 'the two sailors' on 'Dorn' as an apposition; the verb has no subject
    text = (
        "A sailor died after drinking a cleaner. According to the Keldby harbour office in "
        "Dorn, the two sailors, both in their forties, drank a tank cleaner."
    )
    quote = only(quotes_of(text), "tank cleaner")
    assert quote.speaker_text == "the Keldby harbour office in Dorn", quote
    assert quote.text.startswith("the two sailors"), quote


def test_an_according_to_source_keeps_the_name_it_gives_after_a_comma() -> None:
    text = "According to the mayor of Dorn, Ana Dale, the sailors drank a tank cleaner."
    assert only(quotes_of(text), "tank cleaner").speaker == "Ana Dale"
