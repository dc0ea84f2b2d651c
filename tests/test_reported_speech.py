"""Indirect and reported speech beyond 'X said that…' (model tests; sentences written here)."""

from __future__ import annotations

import pytest

from helpers import only, quotes_of

pytestmark = pytest.mark.model


def test_a_quote_going_on_after_its_reporting_sentence_is_one_quotation_in_two_segments() -> None:
    text = (
        '"The cranes will be repaired," Harbour Minister Lena Ostrova said. '
        '"Nobody will lose a day of work over this."'
    )
    quote = only(quotes_of(text), "cranes will be repaired")
    assert [text[s:e] for s, e in quote.parts] == [
        "The cranes will be repaired",
        "Nobody will lose a day of work over this.",
    ]
    # other outlets often quote one sentence or the other: each is matched on its own
    assert quote.segments == quote.parts
    assert quote.speaker == "Lena Ostrova"


def test_a_quote_split_within_its_sentence_is_one_segment() -> None:
    text = (
        '"The cranes will be repaired," Harbour Minister Lena Ostrova said, '
        '"and nobody will lose a day of work over this."'
    )
    quote = only(quotes_of(text), "cranes will be repaired")
    assert len(quote.parts) == 2 and quote.segments == ()


def test_a_quote_after_another_sentence_is_not_joined() -> None:
    text = (
        '"The cranes will be repaired," Harbour Minister Lena Ostrova said. '
        "Union leader Arvid Tellan disagreed with the minister. "
        '"Nobody believes a word of this promise."'
    )
    quotes = quotes_of(text)
    first = only(quotes, "cranes will be repaired")
    assert first.parts == () and "Nobody believes" not in first.text


def test_a_quote_inside_the_next_sentence_is_not_joined() -> None:
    text = (
        '"The cranes will be repaired," Harbour Minister Lena Ostrova said. Dock workers '
        'laughed at "a promise that nobody on the quay believes."'
    )
    first = only(quotes_of(text), "cranes will be repaired")
    assert first.parts == () and "nobody" not in first.text


def test_any_verb_reporting_a_that_clause_is_a_cue() -> None:
    text = "Union leader Arvid Tellan charged that the port authority had hidden the repair bills."
    quote = only(quotes_of(text), "port authority had hidden")
    assert quote.kind == "indirect" and quote.speaker == "Arvid Tellan"


def test_the_object_with_what_is_said_of_it() -> None:
    text = "Mayor Hollis Brandt attacked the harbour council for its long delay over the cranes."
    quote = only(quotes_of(text), "harbour council")
    assert quote.text == "the harbour council for its long delay over the cranes"
    assert quote.speaker == "Hollis Brandt"


def test_whom_a_cue_blames_or_accuses_is_part_of_what_is_said() -> None:
    # before, only 'the flooding' and 'hiding the report': who is blamed was lost
    text = (
        "Some Lorrin residents blamed Mayor Hollis Brandt for the flooding. "
        "The dockers' union accused the harbour council of hiding the report."
    )
    quotes = quotes_of(text)
    assert only(quotes, "flooding").text == "Mayor Hollis Brandt for the flooding"
    assert only(quotes, "report").text == "the harbour council of hiding the report"


def test_the_addressee_of_told_is_not_what_was_said() -> None:
    quotes = quotes_of("Mayor Hollis Brandt told reporters on the quay about the delay.")
    assert all(q.text != "reporters" for q in quotes)


def test_an_as_clause_reports_the_sentence_it_interrupts() -> None:
    text = (
        "The tide in Lorrin, as harbour master Ewa Marten pointed out, has never reached the "
        "old sea wall in living memory."
    )
    quote = only(quotes_of(text), "never reached the old sea wall")
    assert quote.speaker == "Ewa Marten"


def test_a_headline_name_and_colon_attribute_the_headline() -> None:
    text = "Ostrova: Ferries will sail again before the winter storms.\n\nThe port reopened."
    quote = only(quotes_of(text), "Ferries will sail again")
    assert quote.speaker_text == "Ostrova" and quote.kind == "indirect"
    assert quotes_of("Update: Ferries will sail again before the winter storms.") == []


def test_according_to_before_and_after_the_content() -> None:
    text = (
        "According to the Lorrin port authority, the ferries will sail again on Monday.\n\n"
        "The cranes were damaged by the storm, according to union leader Arvid Tellan."
    )
    quotes = quotes_of(text)
    assert only(quotes, "ferries will sail again").speaker == "Lorrin port authority"
    assert only(quotes, "cranes were damaged").speaker == "Arvid Tellan"


def test_a_reporting_noun_with_its_clause_and_its_owner() -> None:
    text = (
        "Union leader Arvid Tellan spoke on Monday. Tellan's claim that the cranes had been "
        "sabotaged drew criticism from the port authority."
    )
    quote = only(quotes_of(text), "cranes had been sabotaged")
    assert quote.speaker == "Arvid Tellan" and quote.cue == "claim"


def test_said_and_a_reporting_participle_are_two_statements() -> None:
    text = (
        "Union leader Arvid Tellan said he would return to the quay on Monday, arguing that "
        "the cranes had been safe all along."
    )
    quotes = quotes_of(text)
    said = only(quotes, "would return to the quay")
    assert "safe all along" not in said.text
    assert only(quotes, "safe all along").speaker == "Arvid Tellan"


def test_a_passive_report_names_its_agent_as_speaker() -> None:
    text = "The closure of the quay was first reported by the Harbour Gazette on Monday."
    quote = only(quotes_of(text), "closure of the quay")
    assert quote.speaker_text == "the Harbour Gazette"


def test_the_subject_nearest_the_cue_speaks() -> None:
    text = '"My answer, that is final," the harbour master said on Monday.'
    quote = only(quotes_of(text), "My answer")
    assert quote.speaker_text == "the harbour master"


def test_a_name_beside_a_time_parsed_as_subject_speaks() -> None:
    text = (
        "With ten days until the election, Anna Riel, a senior adviser to the mayor, called "
        "the harbour plan a waste of money."
    )
    quote = only(quotes_of(text), "waste of money")
    assert quote.speaker == "Anna Riel"


def test_a_clause_after_the_cue_is_its_content_rather_than_one_before() -> None:
    text = (
        "It is an unlikely outcome; the harbour minister's office says she will return to "
        "the quay next week."
    )
    quote = only(quotes_of(text), "return to the quay")
    assert "unlikely outcome" not in quote.text


def test_an_interrupting_reporting_clause_after_a_subordinate_clause() -> None:
    # the parse hangs 'To understand the old harbour' on 'said', not on 'visit'
    text = "To understand the old harbour, Mayor Hollis Brandt said, one should visit this museum."
    quote = only(quotes_of(text), "visit this museum")
    assert [text[s:e] for s, e in quote.parts] == [
        "To understand the old harbour",
        "one should visit this museum",
    ]
    assert quote.speaker == "Hollis Brandt"


def test_an_interrupting_reporting_clause_with_its_object_and_time() -> None:
    text = (
        "The difference now, Lena Ostrova told me on Friday, is that the port owns its own cranes."
    )
    quote = only(quotes_of(text), "owns its own cranes")
    assert quote.parts[0] == (0, len("The difference now"))
    assert quote.speaker == "Lena Ostrova"


def test_said_and_a_coordinated_reporting_verb_are_two_statements() -> None:
    text = (
        "Harbour Minister Lena Ostrova said on Monday that the port would reopen by the end "
        "of March and suggested that the ferry fares would fall."
    )
    quotes = quotes_of(text)
    said = only(quotes, "port would reopen")
    assert "ferry fares" not in said.text and "suggested" not in said.text
    assert only(quotes, "ferry fares would fall").cue == "suggested"


def test_a_reporting_verb_after_a_stated_condition_is_the_speakers_second_act() -> None:
    text = (
        "Mayor Ilsa Varn said the harbour plan was dead and called for a new vote on Friday. "
        "Dr. Tomas Pell said he’d battled through two winters and called the cold a "
        "common ailment."
    )
    quotes = quotes_of(text)
    dead = only(quotes, "harbour plan was dead")
    assert "called" not in dead.text and "vote" not in dead.text
    assert only(quotes, "a new vote").speaker == "Ilsa Varn"
    battled = only(quotes, "battled through two winters")
    assert "called" not in battled.text and "ailment" not in battled.text


def test_a_past_action_goes_on_past_and_with_a_second_verb() -> None:
    text = "Officer Ruth Tobin said the two raiders entered the depot and claimed it as theirs."
    said = only(quotes_of(text), "entered the depot")
    assert said.text.endswith("claimed it as theirs")


def test_a_pronoun_object_with_its_label_is_what_was_said() -> None:
    text = (
        "Union leader Arvid Tellan said the cranes had been repaired twice and called it a "
        "common fault during winter storms."
    )
    quotes = quotes_of(text)
    assert "called" not in only(quotes, "repaired twice").text
    quote = only(quotes, "common fault")
    assert quote.text.startswith("it a common fault") and quote.speaker == "Arvid Tellan"


def test_a_clause_the_parse_hangs_as_adverbial_on_said() -> None:
    text = "Mayor Hollis Brandt said after the vote he would not accept the council's offer."
    quote = only(quotes_of(text), "would not accept")
    assert quote.speaker == "Hollis Brandt"
    # a subordinate clause is no content: 'said when asked', 'said because…'
    assert quotes_of("Brandt said so because the council had voted against the plan.") == []
    assert quotes_of("The company has not said when it will reopen the mine.") == []


def test_a_headline_with_a_scare_quoted_word_is_attributed() -> None:
    text = "Ostrova: Cranes Will Be 'Back Soon' After Storm\n\nThe port reopened on Monday."
    quote = only(quotes_of(text), "Cranes Will Be")
    assert quote.speaker_text == "Ostrova" and quote.kind == "mixed"


def test_a_title_in_the_reporting_clause_does_not_end_its_sentence() -> None:
    text = (
        '"The repair is astonishing," said Mr. Arvid Tellan, the union leader. "I give the '
        'port the benefit of the doubt."'
    )
    quote = only(quotes_of(text), "repair is astonishing")
    assert len(quote.segments) == 2 and "benefit of the doubt" in quote.text


def test_a_quote_ending_the_sentence_before_is_not_the_next_cues() -> None:
    text = (
        'Kardenia branded the council an "outlaw body in the valley." Orbis insisted that the '
        'mayor "stop its dangerous escapades."'
    )
    quote = only(quotes_of(text), "dangerous escapades")
    assert "outlaw body" not in quote.text and quote.speaker == "Orbis"


def test_an_object_with_its_infinitive_is_what_was_said() -> None:
    text = (
        "Union leader Arvid Tellan called for female dock workers to wear helmets that showed "
        "their union. The mayor is encouraging his supporters to visit the harbour on Sunday "
        "to make sure everything is in order."
    )
    quotes = quotes_of(text)
    assert only(quotes, "dock workers").text.endswith("to wear helmets that showed their union")
    assert only(quotes, "supporters").text.endswith("to make sure everything is in order")


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Dale called for Mr. Brin to resign from the board.",
        "Brin's remarks were condemned, including by Mayor Ana Dale who called for Mr. Brin to "
        "resign from the board.",
    ],
)
def test_a_call_for_someone_to_act_is_the_call(text: str) -> None:
    """The parse reads 'for Mr. Brin to resign' as a clause of its own."""
    quote = only(quotes_of(text), "to resign")
    assert quote.text == "Mr. Brin to resign from the board"
    assert quote.speaker == "Ana Dale"


def test_a_gerund_after_a_preposition_speaks_with_the_verb_it_hangs_on() -> None:
    text = (
        "Harbour doctor Ewa Marten appeared on the radio on Tuesday and began by saying that "
        "she would never judge a patient over the phone."
    )
    quote = only(quotes_of(text), "never judge a patient")
    assert quote.speaker == "Ewa Marten"


def test_the_subject_of_the_governing_verb_speaks_for_a_participle() -> None:
    text = (
        "After a late meeting, the Kell council issued a statement calling the vote a clear "
        "violation of the port rules. Union leader Arvid Tellan described the strike as a "
        "lost cause, but stopped short of calling the mayor's decision corrupt."
    )
    quotes = quotes_of(text)
    assert only(quotes, "clear violation").speaker == "Kell council"
    assert only(quotes, "decision corrupt").speaker == "Arvid Tellan"


def test_a_reported_clause_keeps_the_subject_the_parser_joined_to_the_day() -> None:
    text = "Harbour union spokesperson said on Wednesday Velka was concerned about the strike."
    quote = only(quotes_of(text), "concerned")
    assert quote.text == "Velka was concerned about the strike"


def test_a_name_before_a_reporting_verb_read_as_a_plural_noun_speaks() -> None:
    text = (
        "Councillor Ida Rush spoke at the harbour on Monday. "
        "Rush charges that the harbour firms donated money to the Keldby fund."
    )
    quote = only(quotes_of(text), "harbour firms donated money")
    assert quote.speaker == "Ida Rush"


def test_an_adjective_before_charges_names_no_speaker() -> None:
    text = "Federal charges that the harbour firm lied to investors followed in May."
    assert all(q.speaker is None for q in quotes_of(text))


def test_a_speaker_named_after_an_opening_said_and_a_colon_speaks() -> None:
    text = (
        "Tax adviser Mara Ellis spoke after the vote. "
        "Said Ellis: \u201cI do not get the sense she is interested in reform.\u201d"
    )
    assert only(quotes_of(text), "interested in reform").speaker == "Mara Ellis"
