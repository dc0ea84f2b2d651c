"""Statement units from the spaCy parse (model tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storydiff import Article, read_article
from storydiff.nlp import parse_articles
from storydiff.nlp.parse import DATELINE

pytestmark = pytest.mark.model


def units(text: str) -> list[str]:
    (parsed,) = parse_articles([Article(text=text, outlet="Test Wire")])
    for unit in parsed.units:
        assert parsed.article.text[unit.start : unit.end] == unit.text
    return [u.text for u in parsed.units]


def test_paragraphs_and_headlines_end_sentences() -> None:
    text = (
        "Floods close the Lorrin bridge\n\nThe river rose two metres overnight in the city.\n"
        "Engineers opened the dam gates at dawn on Tuesday."
    )
    (parsed,) = parse_articles([Article(text=text, outlet="Test Wire")])
    assert [s.text for s in parsed.sentences] == [
        "Floods close the Lorrin bridge",
        "The river rose two metres overnight in the city.",
        "Engineers opened the dam gates at dawn on Tuesday.",
    ]


def sentences(text: str) -> list[str]:
    (parsed,) = parse_articles([Article(text=text, outlet="Test Wire")])
    return [s.text for s in parsed.sentences]


def test_titles_and_abbreviations_do_not_end_sentences() -> None:
    assert sentences(
        "Former Cong. Rob Ellery spoke at the pier. Sgt. Mara Tolin was hurt in the blast. "
        "Room No. 10 was shut. Gov. Brant of Calif. said the U.S. economy would cope."
    ) == [
        "Former Cong. Rob Ellery spoke at the pier.",
        "Sgt. Mara Tolin was hurt in the blast.",
        "Room No. 10 was shut.",
        "Gov. Brant of Calif. said the U.S. economy would cope.",
    ]


def test_police_ranks_do_not_end_sentences() -> None:
    assert sentences(
        "The gunman was let go last week, said Harbour police Const. Lena Marsh. "
        "Deputy Chief Ofc. Tam Ruiz and Asst. Chief Ada Lyle arrived at noon."
    ) == [
        "The gunman was let go last week, said Harbour police Const. Lena Marsh.",
        "Deputy Chief Ofc. Tam Ruiz and Asst. Chief Ada Lyle arrived at noon.",
    ]


def test_a_title_case_headline_does_not_end_at_the_abbreviation_it_opens_with() -> None:
    # a sentence is never only an abbreviation: 'U.S.' opening a title-case headline goes on
    assert sentences("U.S. To Send 40 Ferries To Tarn Islands\n\nThe ferries sail on Monday.") == [
        "U.S. To Send 40 Ferries To Tarn Islands",
        "The ferries sail on Monday.",
    ]


def test_an_abbreviation_may_still_end_a_sentence() -> None:
    assert sentences('The ferry firm is Harlow Inc. It said no. "No. We will not," he said.') == [
        "The ferry firm is Harlow Inc.",
        "It said no.",
        '"No. We will not," he said.',
    ]


def test_a_clock_time_before_its_day_does_not_end_a_sentence() -> None:
    """'Around 9:10 p.m. Sunday, firefighters…': the day belongs to the time (the parser broke
    the sentence there, and 'Around 9:10 p.m.' was lost as too short a statement)."""
    assert sentences(
        "Corvel bakery robbed\n\nThe owner was unhurt.\n\n"
        "Around 9:10 p.m. Sunday, Corvel firefighters received a call from the bakery. "
        "The till was empty."
    ) == [
        "Corvel bakery robbed",
        "The owner was unhurt.",
        "Around 9:10 p.m. Sunday, Corvel firefighters received a call from the bakery.",
        "The till was empty.",
    ]


def test_a_coordinated_clause_opened_by_if_or_that_is_no_statement_of_its_own() -> None:
    assert units(
        "Investigators have not revealed who shot the guard, or if the guard shot himself."
    ) == ["Investigators have not revealed who shot the guard, or if the guard shot himself."]


def test_two_coordinated_clauses_with_their_own_subjects_are_two_statements() -> None:
    assert units(
        "The council closed the harbour road on Monday, and the mayor ordered an inquiry "
        "into the collapse."
    ) == [
        "The council closed the harbour road on Monday",
        "the mayor ordered an inquiry into the collapse.",
    ]


def test_two_coordinated_clauses_under_a_trailing_attribution_are_two_statements() -> None:
    assert units(
        "Riot police cleared the market square shortly after midnight, and at least 40 "
        "people were detained, a police spokesman said."
    ) == [
        "Riot police cleared the market square shortly after midnight",
        "at least 40 people were detained, a police spokesman said.",
    ]
    assert units(
        "Fire crews reached the warehouse at dawn, and two workers were taken to hospital, "
        "the ambulance service said."
    ) == [
        "Fire crews reached the warehouse at dawn",
        "two workers were taken to hospital, the ambulance service said.",
    ]
    # one reported clause with a shared subject stays whole, and so does a quotation
    text = "Police arrested the guard on Monday and charged him with theft, officials said."
    assert units(text) == [text]
    quote = '"Brenmark is a free city and nobody will tell it what to do," the mayor said.'
    assert units(quote) == [quote]


def test_shared_subject_coordination_stays_one_statement() -> None:
    text = "Police arrested the former guard on Monday and charged him with theft."
    assert units(text) == [text]


def test_a_relative_clause_read_as_a_conjunct_stays_in_its_sentence() -> None:
    text = (
        "The health agency on Monday cleared the new vaccine for people over the age of 70 "
        "or who live in care homes."
    )
    assert units(text) == [text]


def test_a_short_sentence_cut_off_at_the_end_of_an_excerpt_is_no_statement() -> None:
    lead = "The Brenmark council voted on Monday to close the harbour road for repairs."
    assert units(f"{lead}\n\nThe closure will mean...") == [lead]
    assert units(f"{lead}\n\nThe closure will mean…\n") == [lead]
    assert units(f"{lead}\n\n“The flooding of Brenmark harbour is...") == [lead]
    # a longer one still states something, and the same words mid-text are a sentence
    longer = "The closure will mean longer trips for ferry passengers who..."
    assert units(f"{lead}\n\n{longer}") == [lead, longer]
    assert units(f"The shops all stayed shut... {lead}") == ["The shops all stayed shut...", lead]


def test_trailing_after_clause_is_a_second_statement_but_when_clause_is_not() -> None:
    assert units(
        "Residents built new barricades on Tuesday, hours after the government said it had "
        "put the army on alert."
    ) == [
        "Residents built new barricades on Tuesday",
        "hours after the government said it had put the army on alert.",
    ]
    when = "The crisis escalated on March 6, when police occupied the offices in the north."
    assert units(when) == [when]


def test_a_trailing_concession_that_leans_on_its_sentence_stays_in_it() -> None:
    fenn = (
        "On Thursday morning in the council chamber, Mayor Ada Fenn argued against a career "
        "politician leading the harbour board, though she did not name Odo."
    )
    plan = (
        "The scheme faces likely opposition from the mayor, who still holds the power to "
        "name the wardens, although some councillors have warmed to it."
    )
    assert units(fenn) == [fenn]
    assert units(plan) == [plan]
    # with a subject of its own, the concession tells a second fact
    assert units(
        "Official turnout in Orlow was just 58 percent, even though state radio had spent "
        "weeks urging people to go to the polls."
    ) == [
        "Official turnout in Orlow was just 58 percent",
        "even though state radio had spent weeks urging people to go to the polls.",
    ]


def test_the_distance_before_after_goes_with_the_after_clause() -> None:
    # 'comes less than a month' alone says nothing: the sentence stays whole
    whole = (
        "The ruling comes less than a month after Governor Mara Vell said the council had "
        "agreed to allot $2 billion for a new harbour bridge."
    )
    assert units(whole) == [whole]
    assert units(
        "The harbour union walked out of the talks two days after the port authority "
        "announced new shift rules for the quays."
    ) == [
        "The harbour union walked out of the talks",
        "two days after the port authority announced new shift rules for the quays.",
    ]


def test_dateline_is_not_part_of_the_first_statement() -> None:
    (unit,) = units("DARNET, February 10 (Meridian Wire) - Residents put up barricades on Tuesday.")
    assert unit == "Residents put up barricades on Tuesday."


def test_a_time_stamp_line_is_no_statement() -> None:
    text = (
        "Ferry strike ends in Lorrin\n\nUpdated: Tuesday, March 3, 2026 10:46 AM ET\n"
        "The ferry crews of Lorrin returned to work on Tuesday.\n"
        "Posted on Mar 4, 2026 at 9:12 a.m. local time\n"
        "The harbour reopened on March 3, 2026, after the union voted."
    )
    found = units(text)
    assert not [u for u in found if "Updated" in u or "Posted" in u]
    assert "The ferry crews of Lorrin returned to work on Tuesday." in found
    assert any(u.startswith("The harbour reopened on March 3, 2026") for u in found)


def test_credits_at_the_end_are_no_statements_but_a_reporter_in_the_story_is() -> None:
    text = (
        "Ina Voss is a reporter for the Lorrin Courier. She was detained at the pier on Monday."
        "\n\nThe harbour police released her on Tuesday after the mayor called for calm.\n\n"
        "Pim Odo is a reporter for Harbour Gazette. Follow him on Twitter at @pimodo."
    )
    found = units(text)
    assert "Ina Voss is a reporter for the Lorrin Courier." in found  # a fact of the story
    assert not [u for u in found if "Pim Odo" in u or "Follow" in u]


def test_page_furniture_is_no_statement_wherever_it_stands() -> None:
    text = (
        "Please enable Javascript to watch this video LORRIN -- A ferry sank in the harbour "
        "on Monday.\n\nRead or Share this story: http://lorrin.example/x1\n\n"
        "Police asked anyone with information to call the harbour station.\n\n"
        "Sign up for our Harbour Gazette newsletter.\n\nThe crew of nine was rescued."
    )
    assert units(text) == [
        "A ferry sank in the harbour on Monday.",
        "Police asked anyone with information to call the harbour station.",
        "The crew of nine was rescued.",
    ]


def test_a_quoted_sentence_is_not_split_at_its_and() -> None:
    quote = (
        "“Most visitors mean no harm, but a few come to cause trouble, and every ferry "
        "crew and its deckhands must stay watchful.”"
    )
    assert units("“The harbour is open to all,” Lint said. " + quote)[1:] == [quote]
    condemn = (
        "“Attacks like this have no place in our town and I denounce this one without any "
        "reservation.”"
    )
    assert units("Lint spoke at the pier. " + condemn) == ["Lint spoke at the pier.", condemn]
    # an apostrophe is no quotation mark: the 'and' after the closed quotation still splits
    assert units(
        'The talks were arranged "at the wardens\' request," Odo said, and the two will '
        'discuss "how to keep the ferries running through the winter."'
    ) == [
        'The talks were arranged "at the wardens\' request," Odo said',
        'the two will discuss "how to keep the ferries running through the winter."',
    ]


def test_a_semicolon_list_of_people_stays_one_statement() -> None:
    text = (
        "The blast injured Mayor Dren Holt; Ina Voss, a clerk at the Lorrin depot; Pavel Ruk, "
        "a driver from the Tarn office; and two harbour officers, Sergeants Ada Fenn and Lio "
        "Marsh."
    )
    assert units(text) == [text]


def test_a_semicolon_between_two_clauses_still_splits() -> None:
    assert units(
        "The ferry stopped running at noon on Friday; the harbour office said the storm "
        "would pass by evening."
    ) == [
        "The ferry stopped running at noon on Friday",
        "the harbour office said the storm would pass by evening.",
    ]


def test_no_sentence_ends_at_a_dash_a_possessive_or_a_bracket_the_sentence_goes_on_from() -> None:
    # each of these broke in two before (the parser's break, before a capital)
    dash = (
        "Three officials have run the guild for a decade ― Lint, Deputy Warden Olek "
        "Brann (Tal.) and Treasurer Pim Odo (Vr.) ― and none of them is under 70."
    )
    bracket = (
        "A small circle has controlled the council since 2010 ― Mara Lint, Harbour Warden "
        "Olek Brann (Tal.) and Deputy Mayor Pim Odo (Vr.) ― and each of them is over 60."
    )
    possessive = (
        "The council members said they called the briefing because Lint failed to explain "
        "the plan during an appearance Sunday on TVN’s “Face the Harbour.”"
    )
    lower = "The council rebuked Deputy Ira Voss (R-Tal.) over how he spent the levy."
    text = "\n\n".join(
        [dash, bracket, possessive, lower, "The vote passed (narrowly). Critics left."]
    )
    assert sentences(text) == [
        dash,
        bracket,
        possessive,
        lower,
        "The vote passed (narrowly).",
        "Critics left.",
    ]


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("MOSCOW, December 28. /TASS/. Kremlin spokesman said", "MOSCOW, December 28. /TASS/. "),
        ("WASHINGTON (Reuters) - The senate voted", "WASHINGTON (Reuters) - "),
        ("OSTRY - Farmers counted losses", "OSTRY - "),
        ("ORLOW/VESSEN, Dec 27 (Reuters) - Serbs", "ORLOW/VESSEN, Dec 27 (Reuters) - "),
        ("NATO said on Tuesday", None),
        ("US officials said", None),
    ],
)
def test_dateline_pattern(text: str, dateline: str | None) -> None:
    match = DATELINE.match(text)
    assert (match.group(0) if match else None) == dateline


def test_byline_and_dateline_stay_in_the_text_but_out_of_the_statements(tmp_path: Path) -> None:
    path = tmp_path / "harbour.txt"
    path.write_text(
        "Orlow dockers strike\nBy Mara Olsen and Piet van Dam\n"
        "ORLOW, March 3, 2026 (Harbour Wire) - Dock workers in Orlow walked out on Tuesday "
        "over unpaid overtime, the union said.",
        encoding="utf-8",
    )
    (parsed,) = parse_articles([read_article(path)])
    assert parsed.article.text.startswith("Orlow dockers")  # offsets still refer to all of it
    assert [u.text for u in parsed.units] == [
        "Dock workers in Orlow walked out on Tuesday over unpaid overtime, the union said."
    ]
    (unit,) = parsed.units
    assert parsed.article.text[unit.start : unit.end] == unit.text


def test_lexical_evidence_is_normalised() -> None:
    (parsed,) = parse_articles(
        [Article(text="About 1,200 Serbian residents fled Vučić's town on Tuesday.", outlet="X")]
    )
    (unit,) = parsed.units
    assert "1200" in unit.numbers
    assert "vucic" in unit.names  # diacritics folded: Vučić and Vucic match
    assert "flee" in unit.content


def test_pronoun_subject_takes_the_last_named_subject() -> None:
    (parsed,) = parse_articles(
        [
            Article(
                text="Interior Minister Oren Valsek spoke in Velmora on Tuesday. "
                "He said the barricades had cut off several villages.",
                outlet="X",
            )
        ]
    )
    first, second = parsed.units
    assert {"oren", "valsek"} <= first.names
    assert {"oren", "valsek"} <= second.names
    assert "He said" in second.text  # the text itself is untouched


def test_a_reported_clause_is_a_part_of_its_statement() -> None:
    text = "Officials in Harwick said that the river guard had been put on full alert overnight."
    (parsed,) = parse_articles([Article(text=text, outlet="Test Wire")])
    (unit,) = parsed.units
    parts = [" ".join(text[s:e] for s, e in ranges) for ranges in unit.parts]
    assert "that the river guard had been put on full alert overnight" in parts
    assert "Officials in Harwick said" not in parts  # who said it is no fact of its own
    for ranges in unit.parts:  # character ranges into the article, in text order
        assert all(unit.start <= s < e <= unit.end for s, e in ranges)
        assert list(ranges) == sorted(ranges)


def test_every_clause_keeps_its_own_words_as_a_part() -> None:
    # the reported clause's own words, without the 'after' clause inside it, are a part too
    text = (
        "Officials in Harwick said on Tuesday that the river guard had been put on full alert "
        "after heavy rain flooded the lower town."
    )
    (parsed,) = parse_articles([Article(text=text, outlet="Test Wire")])
    (unit,) = parsed.units
    parts = [" ".join(text[s:e] for s, e in ranges) for ranges in unit.parts]
    assert "that the river guard had been put on full alert" in parts
    assert "after heavy rain flooded the lower town" in parts


def test_a_short_sentence_has_no_parts() -> None:
    (parsed,) = parse_articles([Article(text="The ferry sailed at dawn today.", outlet="T")])
    assert [u.parts for u in parsed.units] == [()]


def test_a_long_article_is_parsed_in_pieces_of_whole_paragraphs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A digest longer than `PIECE_CHARS` is parsed a few paragraphs at a time: one Doc of
    the whole text, and the same sentences and statements as a parse of it whole."""
    import storydiff.nlp.parse as parse

    paragraphs = [
        f"The harbour board of {town} voted on Monday to close the ferry pier. "
        f"Engineers found cracks in {n} of its piles, the board said."
        for n, town in zip(
            ("two", "three", "four", "five"),
            ("Kelsby", "Orvath", "Tillane", "Dunmarrow"),
            strict=True,
        )
    ]
    text = "\n\n".join(paragraphs) + "\n"
    article = Article(text=text, outlet="Test Digest")
    (whole,) = parse_articles([article])
    monkeypatch.setattr(parse, "PIECE_CHARS", len(paragraphs[0]) + 60)
    pieces = parse.parse_in_pieces(text)
    assert pieces.text == text
    assert len(list(pieces.sents)) > 1
    (pieced,) = parse_articles([article])
    assert pieced.sentences == whole.sentences
    assert [u.text for u in pieced.units] == [u.text for u in whole.units]


def test_a_distance_read_into_the_place_name_still_goes_with_the_after_clause() -> None:
    # the parser reads 'the Orlen Maritime Museum weeks' as one phrase: the head would end
    # in a dangling 'weeks' (AllSides reading, issue 10)
    assert units(
        "Mayor Odile Brann delivered the apology following a visit earlier Tuesday to the "
        "Orlen Maritime Museum weeks after she drew criticism from council members for the "
        "remarks."
    ) == [
        "Mayor Odile Brann delivered the apology following a visit earlier Tuesday to the "
        "Orlen Maritime Museum",
        "weeks after she drew criticism from council members for the remarks.",
    ]
    assert units(
        "The board approved the merger at its meeting in Tarnby months after regulators "
        "opened an inquiry into the deal."
    ) == [
        "The board approved the merger at its meeting in Tarnby",
        "months after regulators opened an inquiry into the deal.",
    ]
    # a day that is no distance stays in the head
    for unit in units(
        "The council kept the hall closed for the day before the inspectors arrived to check "
        "the roof."
    ):
        assert not unit.startswith("day")
