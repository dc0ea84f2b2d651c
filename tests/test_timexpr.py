"""Temporal expressions normalised against the publication date (no model)."""

from __future__ import annotations

import pytest

from storydiff.extract.timexpr import find_time_expressions

PUBLISHED = "2022-12-28"  # a Wednesday


def found(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str, str | None]]:
    return [(e.text, e.kind, e.value) for e in find_time_expressions(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serbs erected barricades on Tuesday.", [("Tuesday", "date", "2022-12-27")]),
        ("The talks were held on Wednesday.", [("Wednesday", "date", "2022-12-28")]),
        ("Ministers will meet on Friday.", [("Friday", "date", "2022-12-30")]),
        ("Shots were fired late on Monday night.", [("Monday night", "time", "2022-12-26")]),
        ("The bridge opened yesterday.", [("yesterday", "date", "2022-12-27")]),
        ("The fire started two days ago.", [("two days ago", "date", "2022-12-26")]),
        ("Police entered on December 8.", [("December 8", "date", "2022-12-08")]),
        ("It was signed on Dec. 30, 2021.", [("Dec. 30, 2021", "date", "2021-12-30")]),
        ("Kosovo declared independence in 2008.", [("2008", "year", "2008")]),
        ("Tension has grown since last month.", [("last month", "range", "2022-11")]),
        ("Prices rose last week.", [("last week", "week", "2022-W51")]),
        ("The vote is expected in March.", [("March", "month", "2023-03")]),
        # a past act: the March before the December publication, not the next one
        ("The dam burst in March.", [("March", "month", "2022-03")]),
        ("He served from 1998-1999 in the post.", [("1998-1999", "range", "1998")]),
    ],
)
def test_normalised_against_the_publication_date(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == expected


def test_a_date_without_a_year_is_the_one_nearest_publication() -> None:
    assert found("The strike began on December 30.", "2023-01-03") == [
        ("December 30", "date", "2022-12-30")
    ]


def test_a_day_written_with_the_or_of_is_a_day_not_its_month() -> None:
    assert found("The Orlen vote was held on February the 15th.", "2026-03-14") == [
        ("February the 15th", "date", "2026-02-15")
    ]
    assert found("The Orlen vote was held on the 15th of February, aides said.", "2026-03-14") == [
        ("15th of February", "date", "2026-02-15")
    ]


def test_ranges_keep_their_open_end() -> None:
    (since,) = find_time_expressions("Roadblocks stood since December 10.", PUBLISHED)
    assert (since.kind, since.value, since.end_value) == ("range", "2022-12-10", None)
    (until,) = find_time_expressions("The road stays shut until Friday.", PUBLISHED)
    assert (until.kind, until.value, until.end_value) == ("range", None, "2022-12-30")


def test_vague_expressions_are_found_but_never_dated() -> None:
    assert found("The authorities earlier put forces on alert, hours after the vote.") == [
        ("earlier", "vague", None),
        ("hours after", "vague", None),
    ]
    assert found("Vell was taken to Orlen hospital and died a short time later.") == [
        ("a short time later", "vague", None)
    ]


def test_without_a_publication_date_nothing_relative_is_invented() -> None:
    assert found("It happened on Tuesday, two days ago, and on December 8, 2022.", None) == [
        ("Tuesday", "date", None),
        ("two days ago", "date", None),
        ("December 8, 2022", "date", "2022-12-08"),
    ]


def test_offsets_point_at_the_expression() -> None:
    text = "On Wednesday, Kosovo closed its biggest border crossing."
    (expression,) = find_time_expressions(text, PUBLISHED)
    assert text[expression.start : expression.end] == "Wednesday"


def test_numbers_and_money_are_not_years() -> None:
    assert found("The council spent $2000 on 12 new signs.") == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a yearless month or day of a past act does not reach into the next year
        ("There were 4,100 ferry arrivals in January.", "2031-07-17", "2031-01"),
        ("The mill closed on January 9, the guild said.", "2031-07-17", "2031-01-09"),
        # the future still looks ahead; a date just after publication stays the nearest
        ("The summit will open on January 9.", "2031-07-17", "2032-01-09"),
        ("The ferry strike began on December 30.", "2032-01-03", "2031-12-30"),
        ("Tolls rose on January 10.", "2031-12-30", "2032-01-10"),
    ],
)
def test_a_yearless_date_of_a_past_act_is_not_next_years(
    text: str, published: str, expected: str
) -> None:
    assert found(text, published)[0][2] == expected


def test_a_baseline_year_after_since_is_not_lent_to_the_month() -> None:
    text = "Ferry fares rose 3% in June, the largest rise since June 2009."
    assert found(text, "2031-07-17") == [
        ("June", "month", "2031-06"),
        ("June 2009", "range", "2009-06"),
    ]


def test_a_weekday_right_before_said_dates_the_saying_not_the_announced_act() -> None:
    # 2031-07-17 is a Thursday: the saying is that day, the vote the Wednesday after
    text = "Council leader Mara Vell on Thursday said the council will vote on the plan Wednesday."
    assert [value for _, _, value in found(text, "2031-07-17")] == ["2031-07-17", "2031-07-23"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a marker after the day that dates a later thing leaves the act in the past
        (
            "The treasurer surrendered to police early Thursday morning ahead of charges.",
            "2031-07-17",
        ),
        # news style names today's weekday: a Thursday paper's 'will … on Thursday' is today
        ("Families will begin receiving the ferry vouchers on Thursday.", "2031-07-17"),
        ("The council will vote next Thursday.", "2031-07-24"),
        ("The council will vote on Friday.", "2031-07-18"),
    ],
)
def test_weekdays_in_a_thursday_paper(text: str, expected: str) -> None:
    assert found(text, "2031-07-17")[0][2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day that names an event is not dated by the future tense of its clause
        ("The new harbour chief will take charge after the violent Jan. 6 riot.", "2031-01-06"),
        ("The panel set to investigate the March 3 fire will meet in the port.", "2031-03-03"),
        # a near deadline still looks ahead; a plain future day is the next one
        ("The toll plan will face the Aug. 31 deadline.", "2031-08-31"),
        ("The ferry will sail on Jan. 6 to the islands.", "2032-01-06"),
        # an event set for a day, in a clause about the future, is the coming one
        ("Dross will be the favourite to win the Feb. 20 council election.", "2032-02-20"),
        ("Dross won the Feb. 20 council election.", "2031-02-20"),
    ],
)
def test_a_day_that_names_an_event(text: str, expected: str) -> None:
    assert found(text, "2031-07-17")[0][2] == expected


def test_without_a_publication_date_a_days_year_carries_from_an_earlier_full_date() -> None:
    text = (
        "Orlen declared a holiday in 2008. The Orlen bridge shut on March 2, 2026. "
        "On March 6, ferries stopped. In May, the bridge reopened."
    )
    assert found(text, None) == [
        ("2008", "year", "2008"),
        ("March 2, 2026", "date", "2026-03-02"),
        ("March 6", "date", "2026-03-06"),
        ("May", "month", "2026-05"),
    ]
    # a bare year is background, not the story's year: the day keeps no year
    assert found("Orlen declared a holiday in 2008. On March 6, ferries stopped.", None) == [
        ("2008", "year", "2008"),
        ("March 6", "date", None),
    ]
    # with a publication date the nearest year wins, as before
    assert found("The bridge shut on March 2, 2019. On March 6, ferries stopped.")[1] == (
        "March 6",
        "date",
        "2022-03-06",
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past act in a month yet to come this year is last year's (the parse's tense)
        ("Orlen grain prices rose sharply in May.", "2025-05"),
        ("Orlen grain prices have risen since May.", "2025-05"),
        ("The Orlen talks were held in April, officials said.", "2025-04"),
        ("The Orlen mill closed on April 20.", "2025-04-20"),
        # the future, or a month already begun, keeps this year's
        ("Orlen grain prices will rise in May.", "2026-05"),
        ("The Orlen vote is expected in May.", "2026-05"),
        ("Orlen grain prices rose sharply in March.", "2026-03"),
    ],
)
def test_a_past_tense_clause_dates_its_month_before_publication(text: str, expected: str) -> None:
    from storydiff.extract.tense import tense_reader
    from storydiff.nlp import load_spacy

    doc = load_spacy()(text)
    times = find_time_expressions(text, "2026-03-14", tense_reader(doc))
    assert [(e.value or e.end_value) for e in times if e.kind != "vague"] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time written with its day is one expression
        (
            "The Harwick mill fire broke out at 11:50 p.m. Monday.",
            [("11:50 p.m. Monday", "2022-12-26")],
        ),
        (
            "Crews will return at 9 a.m. Friday, the Harwick mayor said.",
            [("9 a.m. Friday", "2022-12-30")],
        ),
        # without it, the clock time is on the day named last
        (
            "The Harwick barn burned Tuesday night. Crews came after 10 p.m., left at midnight.",
            [
                ("Tuesday night", "2022-12-27"),
                ("10 p.m.", "2022-12-27"),
                ("midnight", "2022-12-27"),
            ],
        ),
        # … or, with no day named before it, on the publication day
        ("Harwick roads reopen at noon.", [("noon", "2022-12-28")]),
        ("The Harwick ferry left at 6am.", [("6am", "2022-12-28")]),
    ],
)
def test_clock_times_are_dated(text: str, expected: list[tuple[str, str]]) -> None:
    times = find_time_expressions(text, PUBLISHED)
    assert [(e.text, e.value) for e in times] == expected
    assert {e.kind for e in times} == {"time"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after midnight ends the day named before it
        (
            "On Sunday, Varn protesters filled the square. Shortly after midnight, police "
            "cleared it.",
            [("Sunday", "2022-12-25"), ("midnight", "2022-12-26")],
        ),
        (
            "The Varn ferry sank on December 3. Divers arrived just after midnight.",
            [("December 3", "2022-12-03"), ("midnight", "2022-12-04")],
        ),
        (
            "Varn rioters burned cars Sunday night; just past midnight, it rained.",
            [("Sunday night", "2022-12-25"), ("midnight", "2022-12-26")],
        ),
        # before or at midnight is still that day
        (
            "On Sunday, Varn protesters filled the square. Just before midnight, police came.",
            [("Sunday", "2022-12-25"), ("midnight", "2022-12-25")],
        ),
        ("Varn protesters left at midnight on Sunday.", [("midnight on Sunday", "2022-12-25")]),
        # a day named as its early hours, or right before, is the day after midnight
        (
            "Early Monday, shortly after midnight, the Varn barn burned.",
            [("Early Monday", "2022-12-26"), ("midnight", "2022-12-26")],
        ),
        (
            "The Varn barn burned Monday, shortly after midnight.",
            [("Monday", "2022-12-26"), ("midnight", "2022-12-26")],
        ),
        # with no day named before it, the publication day
        ("Varn divers arrived just after midnight.", [("midnight", "2022-12-28")]),
    ],
)
def test_after_midnight_is_the_next_day(text: str, expected: list[tuple[str, str]]) -> None:
    times = find_time_expressions(text, PUBLISHED)
    assert [(e.text, e.value) for e in times] == expected


def test_a_day_counted_from_the_day_named_last() -> None:
    text = "The Harwick dam cracked on Monday morning. A second crack opened a day later."
    assert found(text) == [
        ("Monday morning", "time", "2022-12-26"),
        ("a day later", "date", "2022-12-27"),
    ]
    assert found("The Harwick ferry sank on December 3. Divers came the next day.")[1] == (
        "the next day",
        "date",
        "2022-12-04",
    )
    # with no day named before it, it stays unknown; a day before an event is no such count
    assert found("Divers had come two days earlier.") == [("two days earlier", "date", None)]
    assert found("A day before the Harwick vote, he left.") == [("A day before", "vague", None)]


def test_parts_of_today_and_yesterday() -> None:
    assert found("The Harwick council met this morning and yesterday evening.") == [
        ("this morning", "time", "2022-12-28"),
        ("yesterday evening", "time", "2022-12-27"),
    ]


def test_ages_and_anaphoric_at_the_time_are_no_time_expressions() -> None:
    assert found("“Four years old,” the Harwick aunt said. He was at school at the time.") == []
    assert found("She had lived there for 30 years.") == [("30 years", "duration", None)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Friday paper: a modal, a present 'be' or 'in advance of' speak of the coming day
        ("Senator Ulvane said the Orlen bill could reach the floor as early as Tuesday.",
         "2026-03-17"),
        ("The Orlen levy vote is Thursday, so there is little time left to talk.", "2026-03-19"),
        ("Mayor Dross is in Orlen this weekend opening the river fair.", "2026-03-14"),
        ("The union wrote to Dross in advance of his visit to the mill on Monday.", "2026-03-16"),
        ("Dross might step down after the November ballot, aides said.", "2026-11"),
        # a past act keeps the last one; a present progressive dates only what it governs
        ("Senator Ulvane said the Orlen bill reached the floor on Tuesday.", "2026-03-10"),
        ("Police are investigating a fire Sunday that gutted the Orlen mill.", "2026-03-08"),
        ("Dross is heading to Orlen for a speech Tuesday morning.", "2026-03-17"),
        ("Dross was heading to Orlen for a speech on Tuesday.", "2026-03-10"),
        ("A spokesman for Dross would not comment on Tuesday.", "2026-03-10"),
        ("Dross could not be reached for comment on Wednesday.", "2026-03-11"),
        ("Orlen mill reopens its gates on Monday", "2026-03-09"),
        # a trip under way and a promise speak of the coming weekend and month
        ("Mayor Dross is heading home to Orlen for the weekend.", "2026-03-14"),
        ("Dross promised that he would not stand in the November ballot.", "2026-11"),
        ("Two councillors are likely to meet in a runoff in December.", "2026-12"),
        # a coming passive; a past verb of saying outweighs the quote's future
        ("The interview with Dross, to be shown on Tuesday, covers the mill.", "2026-03-17"),
        ('"The mill is going to close," Dross said on "Orlen Sunday."', "2026-03-08"),
        ("Dross asked the court to act, and a hearing is expected on Monday.", "2026-03-16"),
        # a future verb governs a day that has passed this year: next year's
        ("The Orlen regatta will be held on March 2.", "2027-03-02"),
        # a present perfect takes no past day: the day it governs is the coming one; not a
        # 'since' day, nor a past perfect's
        ("Dross has invited Orlen farmers to the town hall on Tuesday evening.", "2026-03-17"),
        ("The Orlen council has called a vote for Wednesday.", "2026-03-18"),
        ("Dross has been missing since Tuesday.", "2026-03-10"),
        ("A hearing in the Orlen case has been set for Tuesday.", "2026-03-17"),
        # a thing arranged for a day: its day is the coming one, whatever the tense
        ("The Dross family is holding a vigil for the victims on Tuesday evening.", "2026-03-17"),
        ("The Orlen council is planning a vote on Tuesday.", "2026-03-17"),
        ("An arraignment for Dross is set for Tuesday.", "2026-03-17"),
        ("Dross's arraignment was set for Tuesday.", "2026-03-17"),
        ("A candlelight vigil is planned Tuesday at the Orlen mill.", "2026-03-17"),
        ("Dross is held in the Orlen jail pending a hearing Tuesday.", "2026-03-17"),
        ("Bond for Dross was set at $5,000 on Tuesday.", "2026-03-10"),
        # a present simple in a sentence tells of a thing set for the day (a headline's
        # present tells of a past one, above); a state's or a saying's is the day it held
        ("Dross appears in court Tuesday.", "2026-03-17"),
        ("The Orlen council meets Tuesday to vote on the budget.", "2026-03-17"),
        ("Orlen High students return to class Tuesday.", "2026-03-17"),
        ("Dross remains hospitalized Tuesday in stable condition.", "2026-03-10"),
        ("Dross says Tuesday that the mill is safe.", "2026-03-10"),
        ("Dross is in stable condition Tuesday, police said.", "2026-03-10"),
        # a present intention speaks of a coming day; a past one need not
        ("The Dross family hopes to hold a vigil Tuesday.", "2026-03-17"),
        ("Orlen officials intend to reopen the mill on Tuesday.", "2026-03-17"),
        ("The Dross family hoped to hold a vigil on Tuesday.", "2026-03-10"),
        ("Orlen police had questioned Dross on Tuesday.", "2026-03-10"),
    ],
)  # fmt: skip
def test_the_parse_tells_a_coming_day_from_a_past_one(text: str, expected: str) -> None:
    from storydiff.extract.tense import tense_reader
    from storydiff.nlp import load_spacy

    times = find_time_expressions(text, "2026-03-13", tense_reader(load_spacy()(text)))
    assert [e.value for e in times if e.kind != "vague"] == [expected]


def test_a_year_naming_a_later_thing_does_not_date_the_month() -> None:
    text = "The ruling came in June and struck down the 1994 Orlen Water Act."
    assert [e.value for e in find_time_expressions(text, "2026-08-20")] == ["2026-06", "1994"]
    # a year in context still dates it ('In 2019, the rule took effect in June')
    text = "In 2019, the Orlen rule took effect in June."
    assert [e.value for e in find_time_expressions(text, "2026-08-20")] == ["2019", "2019-06"]


def test_a_sentence_ends_at_a_stop_inside_its_closing_quotation_mark() -> None:
    # the year of the next or the last sentence is no context for the month
    text = (
        'In June, the Orlen Gazette cast the mayor as "The Star of the Fair." '
        "And it drew criticism for its flood cover in 2019."
    )
    assert [e.value for e in find_time_expressions(text, "2026-08-10")] == ["2026-06", "2019"]
    text = 'In 2019, the Gazette ran a flood cover readers called "cruel." In June, it ran another.'
    assert [e.value for e in find_time_expressions(text, "2026-08-10")] == ["2019", "2026-06"]


def test_a_quoted_title_is_no_time() -> None:
    text = 'Dross said on the Orlen Radio show "This Week," that his next album is "Tomorrow."'
    assert find_time_expressions(text, "2026-08-10") == ()
    # a quoted phrase that only contains the time expression is still one
    text = 'Dross called the vote "a disgrace this week" and left.'
    assert [e.value for e in find_time_expressions(text, "2026-08-10")] == ["2026-W33"]


def test_a_decade_with_an_apostrophe_is_no_year() -> None:
    # 'the 1990's' is a decade, as 'the 1990s' is; a year's possessive is still a year
    text = "In the 1990's, Dross ran the Orlen board; the 2012's budget passed in 2013."
    assert [e.value for e in find_time_expressions(text, "2026-01-01")] == ["2012", "2013"]


def test_the_last_year_is_a_span_not_last_year() -> None:
    # the twelve months to publication, month to month (the gold's anchored stretch)
    text = "In the last year, Orlen farmers have sold their land. Dross left last year."
    times = find_time_expressions(text, "2026-05-01")
    assert [(e.text, e.kind, e.value, e.end_value) for e in times] == [
        ("last year", "range", "2025-05", "2026-05"),
        ("last year", "year", "2025", None),
    ]


def values(text: str, published: str) -> list[str | None]:
    return [e.value for e in find_time_expressions(text, published)]


def test_a_headline_ends_at_its_blank_line() -> None:
    # the headline's 'will' does not make the lead's day a coming one
    text = "Dross will resign, aide says\n\nThe Orlen mill shut its gates on Tuesday."
    assert values(text, "2026-03-13") == ["2026-03-10"]


def test_a_year_after_a_or_an_names_a_thing() -> None:
    text = "In an April letter, Dross wrote that the roof had worsened since a 2019 survey."
    assert values(text, "2026-08-10") == ["2026-04", "2019"]


def test_the_noun_plan_is_no_future() -> None:
    text = "Dross and the council discussed a plan to repair the dam on Tuesday evening."
    assert values(text, "2026-03-13") == ["2026-03-10"]
    # the verb still is: 'plans to' speaks of a coming day
    text = "Dross plans to visit the dam on Tuesday."
    assert values(text, "2026-03-13") == ["2026-03-17"]


def test_earlier_on_a_weekday_is_one_span() -> None:
    text = "Orlen radio reported earlier on Tuesday that the dam held."
    assert found(text, "2026-03-13") == [("earlier on Tuesday", "date", "2026-03-10")]


def test_a_month_of_last_year() -> None:
    text = "Dross has run the mill since April of last year; he left in March of this year."
    times = find_time_expressions(text, "2026-08-10")
    assert [(e.kind, e.value, e.end_value) for e in times] == [
        ("range", "2025-04", None),
        ("month", "2026-03", None),
    ]


def test_the_past_year_is_a_span_like_the_last_year() -> None:
    text = (
        "Over the past year, Orlen lost two mills; over the past 10 days, a third. "
        "In the last week of March and the past few weeks, Dross said nothing."
    )
    times = find_time_expressions(text, "2026-08-10")
    assert [(e.text, e.kind, e.value, e.end_value) for e in times] == [
        ("past year", "range", "2025-08", "2026-08"),
        ("the past 10 days", "range", "2026-07-31", "2026-08-10"),
        ("last week", "duration", None, None),
        ("the past few weeks", "vague", None, None),
    ]


def test_earlier_that_night_is_the_day_named_before() -> None:
    text = "The dam broke on Monday night. Earlier that night, crews had left the site."
    assert values(text, "2026-03-13") == ["2026-03-09", "2026-03-09"]
    text = "Dross spoke on Monday. Later in the day, the council met."
    assert values(text, "2026-03-13") == ["2026-03-09", "2026-03-09"]


def test_a_season_is_vague() -> None:
    text = "Dross left last fall, and the mill closed in the summer after the fall of the dam."
    assert found(text, "2026-08-10") == [
        ("last fall", "vague", None),
        ("the summer", "vague", None),
    ]


def test_an_amount_of_time_as_a_modifier_is_a_duration() -> None:
    text = "The council approved a 30-day delay and a decades-long plan for the 12-year-old mill."
    assert found(text, "2026-08-10") == [
        ("30-day", "duration", None),
        ("decades-long", "duration", None),
    ]


def test_come_september_is_the_coming_one() -> None:
    assert values("Come September, the Orlen pupils ought to be back.", "2026-06-22") == ["2026-09"]


@pytest.mark.model
def test_a_day_naming_an_event_in_a_headline_is_not_dated_by_its_future() -> None:
    from storydiff.extract.tense import tense_reader
    from storydiff.nlp import load_spacy

    def dated(text: str) -> list[str | None]:
        times = find_time_expressions(text, "2026-06-22", tense_reader(load_spacy()(text)))
        return [e.value for e in times if e.kind == "date"]

    # headlines drop the article: 'form Jan. 6 flood panel' names the flood of Jan. 6
    assert dated("Orlen mayor vows he will form Jan. 6 flood panel by spring") == ["2026-01-06"]
    # a day with a phrase after it is the day of the coming act
    assert dated("The board will meet Jan. 6 after the vote.") == ["2027-01-06"]


def test_months_ago_without_a_number_is_vague() -> None:
    assert found("Dross warned of the cracks months ago.", "2026-08-10") == [
        ("months ago", "vague", None)
    ]


def test_nine_eleven_is_the_attacks_day() -> None:
    text = "Dross wants a 9/11-style inquiry, not a 19/11 or 9/115 one."
    assert found(text, "2026-08-10") == [("9/11", "date", "2001-09-11")]


def test_a_holidays_weekend_is_not_the_nearest_weekend() -> None:
    text = "Dross flew to Orlen over the Harvest Day weekend. The weekend before, he rested."
    assert [(e.kind, e.value) for e in find_time_expressions(text, "2026-04-15")] == [
        ("vague", None),
        ("range", "2026-04-11"),
    ]


def test_the_week_ended_a_day_is_that_week() -> None:
    text = "Orlen mills shipped 400 tonnes in the week ending May 29, up from May 22."
    assert found(text, "2026-06-18") == [
        ("the week ending May 29", "week", "2026-W22"),
        ("May 22", "date", "2026-05-22"),
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the coming one where the clause looks ahead, the past one where it looks back
        ("Orlen votes as Election Day draws near.", "2030-09-20", ("date", "2030-11-05", None)),
        ("Dross spoke on Thanksgiving.", "2031-01-04", ("date", "2030-11-28", None)),
        ("The mill will close on Christmas Eve.", "2030-12-01", ("date", "2030-12-24", None)),
        ("Dross flew home over the Easter weekend.", "2026-04-15",
         ("range", "2026-04-04", "2026-04-05")),
        # a Monday holiday's weekend runs from Saturday to the Monday
        ("The dam shut for the Labor Day weekend.", "2030-09-10",
         ("range", "2030-08-31", "2030-09-02")),
        ("The fair opened on Memorial Day 2029.", "2030-09-10", ("date", "2029-05-28", None)),
    ],
)  # fmt: skip
def test_holidays_are_their_days(
    text: str, published: str, expected: tuple[str, str, str | None]
) -> None:
    (only,) = find_time_expressions(text, published)
    assert (only.kind, only.value, only.end_value) == expected


def test_a_holiday_named_as_an_institution_dates_nothing() -> None:
    text = "Orlen made Harvest Day a holiday. Thanksgiving is a chance to meet, Dross said."
    assert found(text, "2030-06-01") == []
    assert found("The Orlen Independence Day Act passed.", "2030-06-01") == []


def test_the_september_11_attacks_are_those_of_2001() -> None:
    text = "Dross cited the Sept. 11 terrorist attacks at the Sept. 11 memorial service."
    assert [e.value for e in find_time_expressions(text, "2030-09-12")] == [
        "2001-09-11",
        "2030-09-11",
    ]


def test_the_prior_week_is_the_week_before_the_week_named_last() -> None:
    text = (
        "Orlen claims rose last week. Claims for the prior week were revised. "
        "The figure is higher than the week before, which saw fewer."
    )
    assert found(text, "2030-06-13") == [
        ("last week", "week", "2030-W23"),
        ("the prior week", "week", "2030-W22"),
        ("the week before", "week", "2030-W22"),
    ]
    # no week named before it; and a week before an event is no week counted back
    assert found("Claims for the previous week fell.", "2030-06-13") == [
        ("the previous week", "week", None)
    ]
    assert found("Dross left the week before the vote.", "2030-06-13") == []


def test_that_day_and_the_next_morning_count_from_the_day_named_last() -> None:
    text = (
        "Crowds met in Orlen on June 3. The truth of that day is known. The next morning they left."
    )
    assert [(e.text, e.value) for e in find_time_expressions(text, "2030-06-17")] == [
        ("June 3", "2030-06-03"),
        ("that day", "2030-06-03"),
        ("The next morning", "2030-06-04"),
    ]


def test_o_clock_times_are_clock_times() -> None:
    text = "Dross arrived on Tuesday. By 10 o’clock, the dam was shut."
    assert found(text, "2030-06-13")[1] == ("10 o’clock", "time", "2030-06-11")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare season as a modifier; 'Summer Olympics' is a name
        ("Dross warned of a summer crime spike.", [("summer", "vague", None)]),
        ("The Summer Olympics came to Orlen.", []),
        # the noun 'future' with a possessive, not the adjective
        ("It shapes our future, Dross said.", [("our future", "vague", None)]),
        ("Orlen's future is bright.", [("Orlen's future", "vague", None)]),
        ("Their future plans are secret.", []),
        # 'before' as an adverb closing a clause
        ("Orlen had never seen a flood like it before.", [("before", "vague", None)]),
        ("Dross left before the vote.", []),
        # one hour, not a rate
        ("It capped an hour of confusion.", [("an hour", "duration", None)]),
        ("Porters earn $15 an hour.", []),
        # a newspaper's name and a figure of speech are no days
        ("Dross told USA Today that he hoped for a brighter tomorrow.", []),
        ("Orlen Council To Vote Today On Dam", [("Today", "date", PUBLISHED)]),
    ],
)
def test_vague_words_and_names_that_look_like_times(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The poll was taken September 16-19.", ("September 16-19", "2030-09-16", "2030-09-19")),
        (
            "Orlen saw 300 floods between January 1 and September 18.",
            ("January 1 and September 18", "2030-01-01", "2030-09-18"),
        ),
        ("Dross ran the mill from 2019 to 2024.", ("2019 to 2024", "2019", "2024")),
    ],
)
def test_two_points_written_as_a_range_are_one_range(
    text: str, expected: tuple[str, str, str]
) -> None:
    (only,) = find_time_expressions(text, "2030-09-25")
    assert (only.kind, (only.text, only.value, only.end_value)) == ("range", expected)


def test_points_not_written_as_a_range_stay_points() -> None:
    text = "Dross met Orlen on May 5-4 in a vote, and between talks on May 9 and May 2."
    assert [e.kind for e in find_time_expressions(text, "2030-09-25")] == ["date", "date", "date"]


def test_a_quotations_today_is_the_day_it_was_said() -> None:
    text = (
        "Orlen's mayor said in a statement Sunday that the dam held.\n\n"
        "Crews worked through the night, he said.\n\n"
        '"As this evening\'s repairs show, we are ready," Dross added.'
    )
    assert [(e.text, e.value) for e in find_time_expressions(text, "2030-06-17")] == [
        ("Sunday", "2030-06-16"),
        ("this evening", "2030-06-16"),
    ]


def test_a_quotation_after_a_day_of_something_else_speaks_from_publication() -> None:
    # 'Monday morning' dates the flood, not the saying ('police said' follows it)
    text = (
        "The river burst its banks Monday morning in Orlen, police said.\n\n"
        '"We lost the bridge yesterday," the mayor said in a statement.'
    )
    assert [(e.text, e.value) for e in find_time_expressions(text, "2030-06-19")] == [
        ("Monday morning", "2030-06-17"),
        ("yesterday", "2030-06-18"),
    ]


def test_a_month_and_day_in_figures_is_a_day_but_a_fraction_is_not() -> None:
    text = (
        "Dross spoke of the 1/6 riot. Only 2/3 of Orlen voted, by a 3/5 majority, in 1/2 hour. "
        "Varn won 6/10 races."
    )
    assert found(text, "2030-06-17") == [("1/6", "date", "2030-01-06")]


def test_that_day_without_a_day_named_before_is_unknown() -> None:
    assert found("What happened that day in Orlen? The truth of that day is lost.") == [
        ("that day", "date", None)
    ]
    assert found("Dross said the winner tonight will be Orlen.") == [("tonight", "time", PUBLISHED)]


def test_a_year_that_a_figure_is_compared_with_is_not_lent_to_the_day() -> None:
    """'far exceeding the 2019 totals … through Nov. 16': this year's tally against 2019's;
    the day is this year's."""
    text = "Arrests in Corvel are far exceeding the 2019 totals, with 410 arrests through Nov. 16."
    (through,) = [e for e in find_time_expressions(text, "2026-11-18") if e.text == "Nov. 16"]
    assert (through.kind, through.end_value) == ("range", "2026-11-16")
    text = "Corvel ferry trips were up on the 2019 figures by March 3."
    assert "2026-03-03" in [e.value for e in find_time_expressions(text, "2026-11-18")]
    # set in that year's time, the day is that year's
    text = "In the 2019 season, the Corvel team lost in March."
    assert "2019-03" in [e.value for e in find_time_expressions(text, "2026-11-18")]


def test_a_year_naming_an_earlier_thing_dates_the_day_unless_compared_with() -> None:
    """'The 2024 audit, published in March, …': the audit's year dates its March; only a
    year that a figure is measured against ('exceeding the 2024 totals') is another time."""
    text = "The 2024 audit of the Orlen dam, published in March, found deep cracks."
    assert "2024-03" in values(text, "2026-08-20")
    text = "Orlen ferry trips are well above the 2024 totals, with 900 trips by March 3."
    assert "2026-03-03" in values(text, "2026-08-20")


def test_a_couple_of_units_ago_is_two() -> None:
    text = "Dross moved to Orlen a couple of months ago."
    assert found(text, "2026-08-20") == [("a couple of months ago", "month", "2026-06")]


def test_in_the_past_is_vague_but_the_past_five_years_is_a_stretch() -> None:
    text = "The Orlen mill has had trouble in the past, Dross said."
    assert found(text, "2026-08-20") == [("the past", "vague", None)]
    text = "In the past five years, the Orlen mill has shut twice."
    assert [e.kind for e in find_time_expressions(text, "2026-08-20")] == ["range"]


def test_minutes_are_an_amount_of_time() -> None:
    text = "Dross spoke with the Orlen mayor for 20 minutes."
    assert found(text, "2026-08-20") == [("20 minutes", "duration", None)]


def test_a_pages_dateline_is_the_day_relative_days_count_from() -> None:
    # the page's publication date lags its dateline by a day: Saturday is the dateline's day
    text = "ORLEN, Vel. (March 14, 2026) — The mill shut on Saturday. Officials met on Friday."
    assert values(text, "2026-03-13") == ["2026-03-14", "2026-03-14", "2026-03-13"]
    # a dateline far from the publication date is another story's day (a republished page)
    text = "ORLEN, Vel. (March 14, 2025) — The mill shut on Saturday."
    assert values(text, "2026-03-13") == ["2025-03-14", "2026-03-07"]


def test_a_clock_time_after_at_or_around_needs_no_am_or_pm() -> None:
    text = "Shots were fired in Orlen Tuesday night around 10:30, police said."
    assert found(text, "2026-03-13") == [
        ("Tuesday night", "time", "2026-03-10"),
        ("10:30", "time", "2026-03-10"),
    ]
    # a verse or a ratio is no time
    assert found("The Orlen choir sang John 3:16 and won 12:40 votes.", "2026-03-13") == []


def test_overnight_and_early_morning_of_an_event_are_times() -> None:
    # the night just gone (on its evening's day) or the day named before; the morning is
    # the publication day's or the day named before's
    text = "Two men were hurt in an overnight shooting near the Orlen mill."
    assert found(text, "2026-03-13") == [("overnight", "time", "2026-03-12")]
    text = "Shots were fired Tuesday evening. The victim died overnight, police said."
    assert found(text, "2026-03-13") == [
        ("Tuesday evening", "time", "2026-03-10"),
        ("overnight", "time", "2026-03-10"),
    ]
    text = "Police are investigating an early morning fire at the Orlen mill."
    assert found(text, "2026-03-13") == [("early morning", "time", "2026-03-13")]
    # a stay, a parcel or a success is no time
    assert found("Dross booked an overnight stay and an overnight parcel.", "2026-03-13") == []


def test_throughout_the_day_is_the_day_named_last() -> None:
    text = "The Orlen mill shut on Tuesday. Crews had worked throughout the day."
    assert values(text, "2026-03-13") == ["2026-03-10", "2026-03-10"]


def test_an_age_without_old_and_after_hours_are_no_amounts_of_time() -> None:
    text = "Dross shot a 16-year girl near an after - hours club and an after-hours bar."
    assert found(text, "2026-03-13") == []
    # an amount of service is still one
    assert found("Dross, a 19-year member of the Orlen force, retired.", "2026-03-13") == [
        ("19-year", "duration", None)
    ]


def test_a_weekday_written_with_its_date_is_that_date() -> None:
    text = "The Orlen shooting happened Friday, March 6, at the mill."
    assert values(text, "2026-03-13") == ["2026-03-06", "2026-03-06"]
    # a date that falls on another weekday is not the weekday's
    text = "Dross spoke Thursday, March 6 was the day of the vote."
    assert values(text, "2026-03-13") == ["2026-03-12", "2026-03-06"]


def test_the_early_hours_are_no_amount_and_as_soon_as_no_time() -> None:
    text = "The Orlen fire broke out in the early hours of Sunday."
    assert found(text, "2026-03-13") == [("Sunday", "date", "2026-03-08")]
    text = "Orlen crews worked into the early morning hours Monday."
    assert found(text, "2026-03-13") == [("Monday", "date", "2026-03-09")]
    text = "Orlen will post the report as soon as it is ready; it is too soon to say."
    assert found(text, "2026-03-13") == [("soon", "vague", None)]


def test_a_bare_year_compared_with_does_not_date_the_day() -> None:
    text = "Shootings in Orlen are up 20 percent from 2025 through Nov. 16."
    assert "2026-11-16" in [e.end_value for e in find_time_expressions(text, "2026-11-18")]
    text = "Orlen recorded more arrests by March 3 than in all of 2025."
    assert values(text, "2026-11-18") == ["2026-03-03", "2025"]
    # a year that sets the sentence's time still does
    text = "The Orlen rule, first proposed in 2019, took effect in June."
    assert values(text, "2026-11-18") == ["2019", "2019-06"]


def test_a_present_simple_moves_only_a_weekday_and_early_years_stay_a_span() -> None:
    from storydiff.extract.tense import tense_reader
    from storydiff.nlp import load_spacy

    text = "The Orlen ad features a Gazette report from over the weekend."
    times = find_time_expressions(text, "2026-03-16", tense_reader(load_spacy()(text)))
    assert [(e.value, e.end_value) for e in times] == [("2026-03-14", "2026-03-15")]
    text = "Orlen grew fast in the early years of the mill."
    assert found(text, "2026-03-16") == [("years", "duration", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count runs to a month that has passed: the February before an April paper
        (
            "Skipped doses doubled, according to the Orlen board's data through mid-February.",
            ("2027-02", None),
        ),
        ("Orlen closures rose, the board's figures through January showed.", (None, "2027-01")),
        # a span that runs from now still ends ahead
        ("The Orlen levy keeps the ferries running through mid-February.", ("2028-02", None)),
        ("The Orlen levy keeps the ferries running through January.", (None, "2028-01")),
    ],
)
def test_a_count_through_a_month_covers_the_past_one(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    times = find_time_expressions(text, "2027-04-27")
    assert [(e.value, e.end_value) for e in times] == [expected]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a Tuesday paper citing a report that came out 'this weekend': the one just past
        (
            "Few Orlen parents are vaccinating, according to a report in the Orlen Gazette this "
            "weekend.",
            "2027-04-27",
            "2027-04-24",
        ),
        ("A poll this weekend finds Dross ahead in Orlen.", "2027-04-26", "2027-04-24"),
        # a Friday paper's report 'this weekend', a coming report and a stay stay ahead
        (
            "Few Orlen parents are vaccinating, according to a report in the Orlen Gazette this "
            "weekend.",
            "2027-04-30",
            "2027-05-01",
        ),
        ("The Orlen Gazette will publish a report this weekend.", "2027-04-27", "2027-05-01"),
        (
            "Mayor Dross is in Orlen this weekend opening the river fair.",
            "2027-04-27",
            "2027-05-01",
        ),
    ],
)
def test_a_piece_already_out_this_weekend_is_the_weekend_just_past(
    text: str, published: str, expected: str
) -> None:
    from storydiff.extract.tense import tense_reader
    from storydiff.nlp import load_spacy

    times = find_time_expressions(text, published, tense_reader(load_spacy()(text)))
    assert [e.value for e in times] == [expected]
