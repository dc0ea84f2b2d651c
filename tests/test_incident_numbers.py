"""Numbers, ages, dates and times of one incident as local outlets report them (GVC dogfood),
on sentences we wrote about fictional events."""

from __future__ import annotations

from pathlib import Path

import pytest

import storydiff
from storydiff import read_article
from storydiff.crossdoc.amounts import amounts
from storydiff.crossdoc.conflicts import statement_conflicts
from storydiff.crossdoc.date_scope import dates_the_fact
from storydiff.extract.timexpr import find_time_expressions
from storydiff.ingest.dateline import read_header
from storydiff.nlp.parse import sentence_units

pytestmark = pytest.mark.model


def types(
    left: str, right: str, published: tuple[str, str] = ("2026-05-04", "2026-05-04")
) -> list[str]:
    """The conflict types between the first statements of two articles."""
    a, b = storydiff.analyse(
        [
            storydiff.Article(left, outlet="Harbour Gazette", published=published[0]),
            storydiff.Article(right, outlet="Lorrin Courier", published=published[1]),
        ]
    )
    return [c.type for c in statement_conflicts(a, a.units[0], b, b.units[0])]


def _read(sentence: str) -> list[tuple[str, float, str]]:
    unit = sentence_units([sentence])[0]
    return [
        (a.head, a.low, sentence[a.start - unit.start : a.end - unit.start]) for a in amounts(unit)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ages typed (or rebuilt from tokens) with spaces round the hyphens, or without '-old'
        ("A 16-year - old boy was hurt at the Lorrin fair.", [("age boy", 16.0, "16-year - old")]),
        (
            "A six - year - old girl was hurt at the Lorrin fair.",
            [("age girl", 6.0, "six - year - old")],
        ),
        ("A 46-year old man was hurt at the Lorrin fair.", [("age man", 46.0, "46-year old")]),
        # an age in apposition to a name, keyed like 'a 34-year-old Dana Orrell'
        (
            "Dana Orrell, 34, of Lorrin was hurt at the fair.",
            [("age dana orrell", 34.0, "Dana Orrell, 34")],
        ),
        # a day before a count is no name (12 people hurt: a count of the injured)
        ("On Monday, 12 people were hurt at the Lorrin fair.", [("injured", 12.0, "12")]),
    ],
)
def test_ages_are_read_as_the_age_of_someone(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "Deputies say a 51-year - old man shot a 49-year - old woman and a 13-year - old girl.",
            "A 51-year-old man, a 49-year-old woman and a 12-year-old girl were found at the farm.",
            ["number"],
        ),
        (
            "Dana Orrell, 34, was hurt when the Lorrin fair stand collapsed.",
            "The Lorrin fair stand collapsed, injuring 35-year-old Dana Orrell.",
            ["number"],
        ),
        (
            "Dana Orrell, 34, was hurt when the Lorrin fair stand collapsed.",
            "The Lorrin fair stand collapsed, injuring 34-year-old Dana Orrell.",
            [],
        ),
    ],
)
def test_ages_of_one_person_conflict(left: str, right: str, expected: list[str]) -> None:
    assert types(left, right) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a house or block number is no year, nor the year of a yearless day beside it
        ("Dana Orrell, 17, of 1915 Alder St., was charged on May 3.", [("May 3", "2026-05-03")]),
        (
            "It happened in the 2000 block of S. Marlow St. on Tuesday.",
            [("Tuesday", "2026-04-28")],
        ),
        ("Officers went to 1920 North Kell Avenue.", []),
        # a copyright notice dates the page, not an event
        ("Copyright 2016 Lorrin Broadcasting. All rights reserved.", []),
        ("In 2015 the Lorrin mill closed on May 3.", [("2015", "2015"), ("May 3", "2015-05-03")]),
    ],
)
def test_addresses_and_copyright_notices_are_no_years(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    found = find_time_expressions(sentence, "2026-05-04")
    assert [(t.text, t.value) for t in found] == expected


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("Sheriff Dana Orrell on Thursday said both boys died of gunshot wounds.", False),
        ("On Friday, prosecutor Dana Orrell confirmed the two boys died of gunshot wounds.", False),
        ("The two boys died on Friday, the sheriff said.", True),
        # the saying is the fact: its day is the fact's
        ("On Friday, the sheriff announced an inquiry into the shooting.", True),
    ],
)
def test_a_day_before_a_verb_of_saying_dates_the_saying(sentence: str, dated: bool) -> None:
    (analysis,) = storydiff.analyse(
        [storydiff.Article(sentence, outlet="Lorrin Courier", published="2026-05-04")]
    )
    unit = analysis.units[0]
    (time,) = analysis.times
    assert dates_the_fact(analysis, unit, time) is dated


def test_a_confirmation_day_is_no_date_conflict_with_the_day_of_the_death() -> None:
    left = "On Friday, prosecutor Dana Orrell confirmed the two boys died of gunshot wounds."
    right = "The two boys were found dead of gunshot wounds in a Lorrin home on Thursday."
    assert types(left, right) == []


def _conflicts(left: str, right: str) -> list[tuple[str, str]]:
    articles = [
        storydiff.Article(left, outlet="Harbour Gazette", published="2026-05-04"),
        storydiff.Article(right, outlet="Lorrin Courier", published="2026-05-04"),
    ]
    return [(c.type, c.explanation) for c in storydiff.compare(articles).conflicts]


def test_one_persons_age_told_differently_conflicts_across_statements() -> None:
    # the ages sit in statements of different facts: an age is the person's, not the fact's
    left = (
        "A fire at the Lorrin grain store injured two workers on Sunday.\n\n"
        "Tomas Brell, 41, was taken to the county hospital with burns."
    )
    right = (
        "Two workers were hurt when fire swept through the Lorrin grain store on Sunday.\n\n"
        "Firefighters said the blaze began in a dryer and spread to the roof.\n\n"
        "The foreman praised 44-year-old Tomas Brell for raising the alarm."
    )
    assert _conflicts(left, right) == [
        (
            "number",
            "Harbour Gazette gives 'Tomas Brell, 41', Lorrin Courier '44-year-old Tomas Brell'",
        )
    ]


def test_two_people_of_one_family_are_two_ages() -> None:
    left = (
        "A fire at the Lorrin grain store injured two workers on Sunday.\n\n"
        "Tomas Brell, 41, was taken to the county hospital with burns."
    )
    right = (
        "Two workers were hurt when fire swept through the Lorrin grain store on Sunday.\n\n"
        "His son, Anders Brell, 19, was treated at the scene."
    )
    assert _conflicts(left, right) == []


def test_a_family_name_alone_takes_the_given_name_its_article_gives() -> None:
    left = (
        "Tomas Brell was hurt when fire swept through the Lorrin grain store on Sunday.\n\n"
        "Brell, 41, was taken to the county hospital with burns."
    )
    right = (
        "A fire at the Lorrin grain store injured two workers on Sunday.\n\n"
        "The foreman praised 44-year-old Tomas Brell for raising the alarm."
    )
    assert [t for t, _ in _conflicts(left, right)] == ["number"]


def test_the_day_of_a_confirmation_does_not_differ_from_the_day_of_the_fact() -> None:
    left = (
        "Two boys were found dead in a Lorrin farmhouse on Thursday morning.\n\n"
        "On Friday, prosecutor Dana Orrell confirmed the two boys died of gunshot wounds."
    )
    right = (
        "Two boys were found dead of gunshot wounds in a Lorrin farmhouse on Thursday.\n\n"
        "Prosecutor Dana Orrell said the two boys died of gunshot wounds on Wednesday night."
    )
    articles = [
        storydiff.Article(left, outlet="Harbour Gazette", published="2026-05-09"),
        storydiff.Article(right, outlet="Lorrin Courier", published="2026-05-09"),
    ]
    events = storydiff.compare(articles).timeline.events
    (confirmed,) = [e for e in events if any(x.expression.text == "Friday" for x in e.entries)]
    # one event: the Gazette's statement dates the confirmation, the Courier's the deaths
    assert {x.article for x in confirmed.entries} == {"harbour-gazette", "lorrin-courier"}
    assert not confirmed.dates_differ


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # casualties counted by a bare figure: 'dead', 'injured' (wounded, hurt)
        (
            "The Lorrin bar shooting left 2 dead and 3 injured.",
            "The Lorrin bar shooting left two dead and four wounded.",
            ["number"],
        ),
        (
            "Two people died and three were hurt in the Lorrin crash.",
            "Two people died and four were hurt in the Lorrin crash.",
            ["number"],
        ),
        (
            "The Lorrin bar shooting left 2 dead and 3 injured.",
            "The Lorrin bar shooting left two dead and three hurt.",
            [],
        ),
        (
            "Several people were shot at the Lorrin bar, two fatally.",
            "Several people were shot at the Lorrin bar, leaving three dead.",
            ["number"],
        ),
        # counts of people as local outlets give them
        (
            "Police said two men opened fire outside the Lorrin bar.",
            "Police said three men opened fire outside the Lorrin bar.",
            ["number"],
        ),
        # a count of those added is another quantity than the whole
        (
            "Police said two more men were arrested after the Lorrin bar shooting.",
            "Police said three men were arrested after the Lorrin bar shooting.",
            [],
        ),
        (
            "Police said two more men were arrested after the Lorrin bar shooting.",
            "Police said three more men were arrested after the Lorrin bar shooting.",
            ["number"],
        ),
        (
            "At least three people went to hospital after the Lorrin bar shooting.",
            "Four people went to hospital after the Lorrin bar shooting.",
            [],
        ),
        (
            "Four people, including a teenager, were shot at the Lorrin bar.",
            "4 people, including a teenager, were shot at the Lorrin bar.",
            [],
        ),
    ],
)
def test_counts_of_the_dead_and_hurt(left: str, right: str, expected: list[str]) -> None:
    assert types(left, right) == expected


def test_a_weekday_before_its_day_is_one_date() -> None:
    left = "Tomas Brell and his two brothers were home alone on May 1 when the shooting happened."
    right = "The shooting happened on Sunday, May 3, at the Brell home in Lorrin."
    assert types(left, right, published=("2026-05-03", "2026-05-07")) == ["date"]
    same = "The shooting happened on Friday, May 1, at the Brell home in Lorrin."
    assert types(left, same, published=("2026-05-03", "2026-05-07")) == []


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The shooting at the Lorrin bar happened at 9:15 p.m. Saturday, police said.",
            "The shooting at the Lorrin bar happened at 11:40 p.m. Saturday, police said.",
            ["date"],
        ),
        # approximate or bounded times that meet
        (
            "The shooting at the Lorrin bar happened around 7:15 p.m. Saturday.",
            "The shooting at the Lorrin bar happened around 7:30 p.m. Saturday.",
            [],
        ),
        (
            "Officers were called to the Lorrin bar after 10 p.m. Tuesday.",
            "Officers were called to the Lorrin bar around 10 p.m. Tuesday.",
            [],
        ),
        (
            "The boy was shot at 6 p.m. behind the Lorrin barn.",
            "The boy was shot just before 6 p.m. behind the Lorrin barn.",
            [],
        ),
        # two acts of one incident have two times
        (
            "Officers were called to the Lorrin bar at 5:25 p.m.",
            "Officers arrived at the Lorrin bar at 6:10 p.m.",
            [],
        ),
        # the time something was said
        (
            "The Lorrin sheriff said at 4 p.m. that the boy was shot on the porch.",
            "The Lorrin sheriff said at 9 p.m. that the boy was shot on the porch.",
            [],
        ),
    ],
)
def test_times_of_day_of_one_act(left: str, right: str, expected: list[str]) -> None:
    assert types(left, right) == expected


@pytest.mark.parametrize(
    ("head", "place", "date", "outlet"),
    [
        # US local datelines: a state after the place, the filing day in brackets
        ("ORLOW, Ind. (June 15, 2026) — ", "ORLOW", "2026-06-15", None),
        ("ORLOW COUNTY, Ind. (WLRN) — ", "ORLOW COUNTY", None, "WLRN"),
        ("ORLOW, MD — ", "ORLOW", None, None),
        ("ORLOW, N.Y. -- ", "ORLOW", None, None),
    ],
)
def test_us_datelines(head: str, place: str, date: str | None, outlet: str | None) -> None:
    text = "Bar shooting\n\n" + head + "Police are investigating a shooting at an Orlow bar."
    dateline = read_header(text).dateline
    assert dateline is not None
    assert (dateline.place, dateline.date, dateline.outlet) == (place, date, outlet)
    assert head.startswith(dateline.text)


def test_a_datelines_day_dates_no_event(tmp_path: Path) -> None:
    path = tmp_path / "orlow.txt"
    path.write_text(
        "Bar shooting in Orlow\n\nORLOW, Ind. (May 4, 2026) — Police in Orlow are investigating "
        "gunfire at a tavern which left four people in hospital on Sunday.\n\n"
        "Their condition was not released.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.published == "2026-05-04"
    (analysis,) = storydiff.analyse([article])
    (lede,) = [u for u in analysis.units if "investigating" in u.text]
    inside = [t for t in analysis.times if lede.start <= t.start < lede.end]
    assert [t.text for t in inside] == ["May 4, 2026", "Sunday"]
    assert not dates_the_fact(analysis, lede, inside[0])
    timeline = storydiff.compare([article, article]).timeline
    assert all(x.expression.text != "May 4, 2026" for e in timeline.events for x in e.entries)
