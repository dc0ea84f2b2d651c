"""Who speaks: places, laws and dates never do, pronouns find the nearest compatible person,
banners are nobody's quote (model tests; fictional articles written here)."""

from __future__ import annotations

import pytest

from helpers import only, quotes_of

pytestmark = pytest.mark.model


def test_a_quote_with_no_speaker_anywhere_keeps_none() -> None:
    text = (
        "The bridge over the Velka river closed at noon.\n\n"
        '"Nobody crosses until the engineers have looked at every single bolt again."'
    )
    quote = only(quotes_of(text), "Nobody crosses")
    assert quote.kind == "direct"
    assert quote.speaker is None and quote.speaker_text is None


def test_a_speaker_named_only_by_title() -> None:
    text = (
        "The harbour stayed closed on Tuesday.\n"
        '"We will reopen when the storm has passed," the harbour master said.'
    )
    quote = only(quotes_of(text), "We will reopen")
    assert quote.speaker_text == "the harbour master"
    assert quote.speaker == "harbour master"


@pytest.mark.parametrize(
    "subject",
    ["The Coastal Fisheries Act", "Brannock Square", "The Orlen Unit", "Tuesday", "The new law"],
)
def test_a_law_a_place_a_building_or_a_date_never_speaks(subject: str) -> None:
    text = f"{subject} says that every boat must carry two working radios and a spare flare."
    quotes = quotes_of(text)
    assert quotes, "the reported clause is still found"
    for quote in quotes:
        assert quote.speaker is None, (subject, quote.speaker)


def test_an_organisation_speaks_when_it_says_something() -> None:
    text = "The Velka Water Authority said the reservoir was full for the first time in years."
    quote = only(quotes_of(text), "reservoir was full")
    assert quote.speaker == "Velka Water Authority"


def test_she_goes_to_the_nearest_woman_not_the_last_subject() -> None:
    text = (
        "Mrs. Ilse Varga, the mayor of Dorn, met Mr. Peter Holm on Friday.\n"
        "She said the new ferry line would open in May."
    )
    quote = only(quotes_of(text), "ferry line")
    assert quote.speaker == "Ilse Varga"


def test_he_goes_to_the_nearest_compatible_person() -> None:
    text = (
        "Mr. Tomas Reil, the port director, spoke after Mrs. Lena Dorsk had left the hall.\n"
        "He said the cranes were too old to repair."
    )
    quote = only(quotes_of(text), "cranes were too old")
    assert quote.speaker == "Tomas Reil"


def test_a_banner_is_nobodys_quote() -> None:
    text = (
        'Mayor Ilse Varga said: "The square belongs to everyone."\n'
        'Protesters carried a banner reading "We want our pensions back from the thieves".'
    )
    quotes = quotes_of(text)
    assert not [q for q in quotes if "pensions back" in q.text]
    assert only(quotes, "square belongs").speaker == "Ilse Varga"


def test_a_cue_less_quote_takes_the_subject_of_its_clause() -> None:
    text = (
        "The hall was full on Monday.\n\n"
        "Councillor Anna Brek shrugged at the crowd, "
        '"We will not pay for a bridge that nobody uses."'
    )
    quote = only(quotes_of(text), "nobody uses")
    assert quote.cue is None and quote.speaker == "Anna Brek"


def test_a_bare_description_the_next_sentence_names_while_quoting_is_that_person() -> None:
    text = (
        "Velka political analyst and harbour activist said the key to the crisis lay in the "
        "capital.\n"
        "Speaking to reporters in Orlen, political analyst Karel Brana said he was worried by "
        "the silence of the capital.\n"
        '"The crisis will only grow," Brana said.'
    )
    quotes = quotes_of(text)
    assert only(quotes, "key to the crisis").speaker == "Karel Brana"
    assert only(quotes, "was worried").speaker == "Karel Brana"


@pytest.mark.parametrize(
    "opening",
    [
        # a determiner makes a description someone of its own
        "A political analyst in Velka said the key to the crisis lay in the capital.",
        # the next sentence titles its speaker with none of the description's role words
        "Harbour union spokesperson said the key to the crisis lay in the capital.",
    ],
)
def test_a_description_stays_its_own_speaker_otherwise(opening: str) -> None:
    text = f"{opening}\nSpeaking in Orlen, senator Karel Brana said he was worried by the silence."
    quote = only(quotes_of(text), "key to the crisis")
    assert quote.speaker != "Karel Brana"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The harbour mayor, pledging to rebuild the pier, told residents the money was ready.",
            "harbour mayor",
        ),
        ("Police in Orlen detained the harbour master, alleging that he took bribes.", "Police"),
    ],
)
def test_a_participle_set_off_by_a_comma_speaks_for_the_main_clauses_subject(
    text: str, speaker: str
) -> None:
    cue = next(q for q in quotes_of(text) if q.cue in {"pledging", "alleging"})
    assert cue.speaker is not None and speaker in cue.speaker


def test_a_name_set_off_at_the_end_of_a_description_is_the_speaker() -> None:
    text = "The alliance's mission in Velka, Orlex, on Monday said it supported talks."
    assert only(quotes_of(text), "supported talks").speaker == "Orlex"


def test_a_sentence_dense_with_names_is_no_title_case_headline() -> None:
    # every word over three letters is capitalised, but 'met' would be 'Met' in a headline
    text = "Karel Brana met Spokeswoman Ana Dale on Monday. She said the deal was close."
    assert only(quotes_of(text), "deal was close").speaker == "Ana Dale"


def test_a_title_case_headline_still_reads_as_one() -> None:
    from storydiff.extract.name_runs import title_case
    from storydiff.nlp import load_spacy

    assert title_case(load_spacy()("Orlen Mayor Set to Close Harbour on Friday"))
    assert not title_case(load_spacy()("Karel Brana met Spokeswoman Ana Dale on Monday."))
