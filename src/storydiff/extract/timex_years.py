"""The year of a date written without one, and the figures that only look like years.

A day or month written without its year takes, in order: one explicit year in its sentence
('In 2009, the rule took effect in January'), the year that puts it nearest the publication
date (never well after it when its clause tells of the past), or, without a publication date,
the year of the last day written out in full before it. House and block numbers and a
copyright notice's year are no years. `timexpr.find_time_expressions` uses these.
"""

from __future__ import annotations

import re
from datetime import date

from ..text import STREET_WORDS

__all__ = [
    "DAY",
    "LEVEL_OF_YEAR",
    "MONTH",
    "YEAR",
    "context_year",
    "earlier_day_year",
    "nearest_year",
    "not_a_year",
    "sentence_bounds",
]

MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:1[89]|20)\d\d)"

# a stop, with the quotation marks or brackets it closes ('… "The Book of Mormon." And …');
# or a blank line: a headline or a line without a stop ends at its paragraph's end
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s|$)|\n[^\S\n]*\n")

# a day written with its year: 'December 2, 2022', '2 December 2022', '2022-12-02'
_FULL_DAYS = (
    re.compile(rf"\b{MONTH}\s+{DAY},?\s+{YEAR}\b"),
    re.compile(rf"\b{DAY}\s+{MONTH},?\s+{YEAR}\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-[01]\d-[0-3]\d\b"),
)


def earlier_day_year(text: str, position: int, anchor: date | None) -> int | None:
    """Without a publication date, the year of the last day written out with its year
    before `position` ('On December 2, 2022, … On December 6, …'): news writes the year
    once and leaves it off the days that follow. A bare year ('independence in 2008') or a
    month and year names background, not the story's days, and does not count. The timeline
    says that such a year is inferred."""
    if anchor is not None:
        return None
    written = [m for p in _FULL_DAYS for m in p.finditer(text, 0, position)]
    if not written:
        return None
    return int(max(written, key=lambda m: m.start()).group("year"))


# '1915 Alder St.', 'the 2000 block of S. Marlow': a house or block number
_ADDRESS_AFTER = re.compile(
    r"\s+(?:block\b|(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’-]*\s+){1,3}"
    rf"(?i:{'|'.join(sorted(STREET_WORDS, key=len, reverse=True))})\b)"
)
# 'Copyright 2016 Lorrin Broadcasting', '© 2016': the page's notice, no event of the story
_COPYRIGHT_BEFORE = re.compile(r"(?:\bcopyright|©|\(c\))\s*$", re.IGNORECASE)
# 'the Harbour Safety Act of 2031', 'the Treaty of 1921': the year is part of a law's name
_LAW_NAME_BEFORE = re.compile(
    r"\b(?:Act|Bill|Law|Code|Treaty|Accord|Convention|Protocol|Charter)\s+of\s+$"
)


def not_a_year(text: str, start: int, end: int) -> bool:
    """Whether a four-digit figure that looks like a year is an address, a copyright
    notice's year or part of a law's name (no date of anything the story tells)."""
    return bool(
        _ADDRESS_AFTER.match(text, end)
        or _COPYRIGHT_BEFORE.search(text[max(0, start - 12) : start])
        or _LAW_NAME_BEFORE.search(text[max(0, start - 16) : start])
    )


def context_year(text: str, position: int) -> int | None:
    """A year written in the same sentence ('In 2009, the rule took effect in January'): an
    explicit year in context wins over the publication year. Only one distinct year counts,
    and not one of a comparison's baseline ('the largest rise in June since June 2008' tells
    of this June, not 2008's) or a bare year compared with ('up 20 percent from 2015'), nor
    one that names another thing later in the sentence ('the ruling in June that voided the
    1996 Harbour Fees Act'), nor an earlier thing that a
    figure is measured against ('far exceeding the 2015 totals … through Nov. 16' is this
    year's November); an earlier thing that is not compared dates the sentence ('The 2019
    audit, published in March, …' is 2019's March; 'In the 2019 season, … in March')."""
    start, end = sentence_bounds(text, position)
    # blanked to its length, so offsets in `sentence` stay those of `text` from `start`
    sentence = _BASELINE.sub(lambda m: " " * len(m.group()), text[start:end])
    years = {
        m.group(1)
        for m in _CONTEXT_YEAR.finditer(sentence)
        if not not_a_year(sentence, m.start(1), m.end(1))
        and not _COMPARED_BARE.search(sentence, max(0, m.start(1) - 40), m.start(1))
        and not (
            _names_a_thing(sentence, m.start(1))
            and (start + m.start(1) > position or _COMPARED_WITH.search(sentence, 0, m.start(1)))
        )
    }
    return int(years.pop()) if len(years) == 1 else None


def _names_a_thing(sentence: str, start: int) -> bool:
    """Whether the year at `start` modifies the noun after it ('the 1996 Defense of Marriage
    Act', 'its 2012 budget', 'worse since a 2018 survey'): it dates that thing, not the
    sentence."""
    return bool(
        _DETERMINER_BEFORE.search(sentence, 0, start) and _WORD_AFTER.match(sentence, start + 4)
    )


# 'up 20 percent from 2015', 'than in all of 2015', 'compared with 250 in 2015': a bare year
# a figure is measured against
_COMPARED_BARE = re.compile(
    r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?|(?:up|down)\s+(?:[\d.,]+\s+percent\s+)?"
    r"from|against)\s+(?:[\w$%.,]+\s+){0,3}?$",
    re.IGNORECASE,
)
# 'exceeding the 2015 totals', 'up on its 2019 figures', 'worse since a 2018 survey': a
# thing a figure is measured against (a baseline), not the time the sentence is set in
_COMPARED_WITH = re.compile(
    r"\b(?:surpass\w*|exceed\w*|outpac\w*|eclips\w*|top(?:s|ped|ping)?|beat(?:s|ing)?|"
    r"match(?:es|ed|ing)?|rival\w*|doubl\w*|tripl\w*|compared\s+(?:with|to)|"
    r"comparison\s+(?:with|to)|than|versus|vs\.?|against|(?:up|down)\s+(?:on|from)|above|"
    r"below|ahead\s+of|behind|since)\s+(?:the|an?|its|his|her|their)\s+$",
    re.IGNORECASE,
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|an?|its|his|her|their)\s+$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+[A-Za-z]")
_CONTEXT_YEAR = re.compile(r"(?<![\d$£€,.])\b((?:19|20)\d\d)\b(?![\d,.]\d|s\b|-)")
# a year before 'levels' names the level a change is measured against ('cut emissions 50%
# from 2005 levels', 'back above 2019 levels'), not when the change happens
LEVEL_OF_YEAR = re.compile(r"\b(?:19|20)\d\d(?=\s+levels?\b)", re.IGNORECASE)
# 'since (early|late) (June (8,)) 2008': the point a change is measured from, another time;
# and a year's level ('from 2005 levels')
_BASELINE = re.compile(
    rf"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:{MONTH}\s+(?:\d{{1,2}},?\s+)?)?"
    r"(?:19|20)\d\d\b|" + LEVEL_OF_YEAR.pattern,
    re.I,
)


def nearest_year(
    anchor: date | None, month: int, day: int, *, past: bool, past_verb: bool = False
) -> int | None:
    """A date written without a year is the one nearest the publication date (news reports
    recent events; 'December 30' in a January 3 article is last year's). In a clause that
    does not speak of the future ('there were 78,000 in January' in a July article) it is
    the latest one not well after the publication date: a report of a past act does not
    reach into the next year. Where the parse puts it in a past-tense clause ('prices rose
    in May' in a March article) it is one that has begun by the publication date (two days
    of slack for a late publication date): the May before."""
    if anchor is None:
        return None
    best: tuple[int, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidate = date(year, month, min(day, 28))
        except ValueError:
            continue
        slack = _PAST_VERB_SLACK_DAYS if past_verb else _PAST_SLACK_DAYS
        if (past or past_verb) and (candidate - anchor).days > slack:
            continue
        distance = abs((candidate - anchor).days)
        if best is None or distance < best[1]:
            best = (year, distance)
    return best[0] if best else None


# how far after the publication date a yearless date of a past-tense clause may fall (a
# report written ahead of its publication day, a month named at its start)
_PAST_SLACK_DAYS = 60
# … where the parse says the clause is past: only the publication date's own imprecision
_PAST_VERB_SLACK_DAYS = 2


def sentence_bounds(text: str, position: int) -> tuple[int, int]:
    """The bounds of the sentence around `position`."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, position)]
    end = _SENTENCE_END.search(text, position)
    return (starts[-1] if starts else 0), (end.start() if end else len(text))
