"""Quote extraction and speaker attribution on short articles written for the tests (model)."""

from __future__ import annotations

import pytest

from helpers import only, quotes_of

pytestmark = pytest.mark.model


def test_direct_quote_with_a_titled_speaker_and_a_pronoun_later() -> None:
    text = (
        "Harbour Minister Lena Ostrova visited the docks on Monday.\n"
        '"The cranes will be repaired before the winter storms," Ostrova said.\n'
        "She added that the port would stay open during the work."
    )
    quotes = quotes_of(text)
    direct = only(quotes, "cranes will be repaired")
    assert direct.kind == "direct" and direct.cue == "said"
    assert direct.speaker_text == "Ostrova" and direct.speaker == "Lena Ostrova"
    assert text[direct.speaker_start : direct.speaker_end] == "Ostrova"  # type: ignore[misc]
    indirect = only(quotes, "port would stay open")
    assert indirect.kind == "indirect" and indirect.cue == "added"
    assert indirect.speaker_text == "She" and indirect.speaker == "Lena Ostrova"
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text


def test_title_resolves_to_the_person_named_with_it() -> None:
    text = (
        "Port spokesman Arvid Tellan said the ferries were cancelled.\n"
        '"Nobody will sail until the wind drops," the spokesman told reporters.'
    )
    quote = only(quotes_of(text), "Nobody will sail")
    assert quote.speaker_text == "the spokesman" and quote.speaker == "Arvid Tellan"


def test_split_quote_is_one_quote_in_two_parts() -> None:
    text = '"Brindle is a sovereign town," Mayor Hollis Brandt said, "and it will decide alone."'
    quotes = quotes_of(text)
    assert len(quotes) == 1
    quote = quotes[0]
    assert [text[s:e] for s, e in quote.parts] == [
        "Brindle is a sovereign town",
        "and it will decide alone.",
    ]
    assert quote.text == "Brindle is a sovereign town … and it will decide alone."
    assert quote.speaker == "Hollis Brandt"


def test_organisation_speaker_and_according_to() -> None:
    text = (
        "The Transport Ministry said the bridge would reopen on Friday.\n"
        "According to the regional police, three lorries were stuck on the ramp overnight."
    )
    quotes = quotes_of(text)
    ministry = only(quotes, "bridge would reopen")
    assert ministry.speaker == "Transport Ministry" and ministry.kind == "indirect"
    police = only(quotes, "three lorries")
    assert police.cue == "According to" and police.speaker == "regional police"


def test_mixed_quote_keeps_the_quoted_fragment_inside_indirect_speech() -> None:
    text = 'Mayor Hollis Brandt said the closure was "a shameful mistake" by the province.'
    quote = only(quotes_of(text), "closure was")
    assert quote.kind == "mixed" and '"a shameful mistake"' in quote.text


def test_quote_paragraph_without_a_verb_keeps_the_last_speaker() -> None:
    text = (
        '"We lost every boat in the harbour," fisherman Jonas Keel said.\n'
        '"Nobody warned us about the storm surge that night."'
    )
    follow = only(quotes_of(text), "Nobody warned us")
    assert follow.cue is None and follow.speaker == "Jonas Keel"


def test_scare_quotes_are_not_quotes() -> None:
    text = 'The so-called "experts" left the town hall before the vote on the new pier.'
    assert quotes_of(text) == []


def test_article_without_quotes() -> None:
    text = "The ferry left Brindle at noon. It reached the island two hours later."
    assert quotes_of(text) == []


def test_article_of_quotes_only() -> None:
    text = '"We are ready."\n"We have waited for this moment for many years."\n"Let us go."'
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["We have waited for this moment for many years."]
    assert quotes[0].speaker is None


def test_a_stray_mark_costs_one_paragraph_at_most() -> None:
    text = (
        'Residents called the plan "unfair and they left the meeting early.\n'
        '"The pier must be saved," Mayor Hollis Brandt said on Tuesday.'
    )
    quote = only(quotes_of(text), "pier must be saved")
    assert quote.kind == "direct" and quote.speaker == "Hollis Brandt"


def test_a_very_long_quote() -> None:
    sentence = "The harbour has fed this town for three hundred years and it will again. "
    body = (sentence * 180).strip()  # about 2,300 words
    text = f'Mayor Hollis Brandt spoke for an hour.\n"{body}" Brandt said.'
    quote = only(quotes_of(text), "fed this town")
    assert quote.kind == "direct" and quote.speaker == "Hollis Brandt"
    assert quote.end - quote.start == len(body)


def test_layout_speakers_transcript_and_signature() -> None:
    text = (
        "The debate began at eight.\n"
        '"HOST: Welcome to the debate on the future of the pier."\n'
        '"The pier is the heart of our town." ― Marta Lindqvist'
    )
    quotes = quotes_of(text)
    assert only(quotes, "Welcome to the debate").speaker == "HOST"
    assert only(quotes, "heart of our town").speaker == "Marta Lindqvist"


def test_nested_quote_stays_inside_its_quote() -> None:
    text = (
        "\"The inspector told us 'close the pier tonight' and we did,\" harbour master "
        "Pia Lund said."
    )
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0].text == "The inspector told us 'close the pier tonight' and we did"
    assert quotes[0].speaker == "Pia Lund"


def test_a_negated_reporting_verb_reports_no_words() -> None:
    """'The guards do not think anyone meant harm' must not read as the guards thinking so:
    a report of what someone does not say or believe is nobody's words."""
    text = (
        "Corvel harbour guards do not think the crew meant any harm.\n"
        "Investigators have not revealed who fired the shot.\n"
        "Captain Ilse Varnholt said the inquiry would take weeks."
    )
    contents = [quote.text for quote in quotes_of(text)]
    assert contents == ["the inquiry would take weeks"]


def test_a_broadcaster_credited_for_a_fact_is_no_person_a_pronoun_means() -> None:
    """'…, HRTV Corvel reports': an acronym-led name is an outlet, so a later 'Corvel' (the
    town) does not make it the nearest person; nor is 'the 4th Harbour District' one: 'He'
    stays the mayor."""
    text = (
        "Corvel Mayor Ilse Varnholt said her nephew was shot dead in a robbery.\n\n"
        "Aron Delk, 19, died Friday night in the Dunmere district, HRTV Corvel reports.\n\n"
        "Varnholt, who was re-elected this month to a third term in the 4th Harbour District, "
        "was in Corvel on Friday and spoke with reporters. He wondered how the shooter "
        "obtained the gun."
    )
    assert only(quotes_of(text), "obtained the gun").speaker == "Ilse Varnholt"


def test_an_appeal_to_readers_is_nobodys_quote() -> None:
    text = (
        "Anyone with information is asked to contact Corvel police at the harbour station.\n"
        "Please note this is Corvel in our wider coverage area.\n"
        "Captain Ilse Varnholt said the inquiry would take weeks."
    )
    assert [quote.text for quote in quotes_of(text)] == ["the inquiry would take weeks"]
