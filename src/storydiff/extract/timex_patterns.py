"""The patterns `timexpr.find_time_expressions` looks for, in the order it tries them (an
earlier pattern's match takes the text from a later one's), with the word each needs.

Each pattern has a name `timexpr` resolves it by ('weekday', 'month_day', 'vague', …); several
patterns may share one.
"""

from __future__ import annotations

import re

from ..text import NUMBER_WORDS_PATTERN
from .timex_holidays import HOLIDAY_PATTERN
from .timex_years import DAY as _DAY
from .timex_years import MONTH as _MONTH
from .timex_years import YEAR as _YEAR

__all__ = ["NEEDS", "PATTERNS"]

_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
_COUNT = rf"(?P<count>\d+|{NUMBER_WORDS_PATTERN}|a couple of|a few|an?|several|few)"
# '6 p.m.', '11:50 pm', '10am', 'noon', 'midnight'; with its day when one follows ('11:50 p.m.
# Monday', 'midnight Wednesday'); hours without a.m./p.m. ('at 6') are too often counts, but
# hours and minutes after 'at', 'around', … are a time ('last night around 10:30')
_CLOCK = (
    r"(?:(?:[01]?\d)(?::[0-5]\d)?\s*(?:[ap]\.m\.|[ap]m\b)|noon\b|midnight\b|"
    r"(?:(?<=\bat )|(?<=\baround )|(?<=\babout )|(?<=\bafter )|(?<=\bbefore ))"
    r"(?:1[0-2]|0?[1-9]):[0-5]\d(?![\d:])|"
    r"(?:1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+o['’]clock\b)"
    rf"(?:,?\s+(?:on\s+)?{_WEEKDAY}{_PART}\b)?"
)

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # '9/11', '9/11-style': the attacks' day, a name, not a day of this year
    ("iso", re.compile(r"(?<![\d/])(?P<m>9)/(?P<d>11)(?![\d/])(?P<year>)")),
    # 'the 1/6 riot', 'since 6/12': a month and day in figures after a word that leads a day
    # in (a fraction, '2/3 of', '1 1/2 inches', 'in 1/5 hours', is no day)
    (
        "numeric_day",
        re.compile(
            # (the word before is checked by timexpr: a lookbehind here is slow at every word)
            r"(?<![\w/.,$])"
            # not the common fractions 1/2, 1/3, 2/3, 1/4, 3/4
            r"(?!1/[234]\b|2/3\b|3/4\b)"
            r"(?P<m>1[0-2]|[1-9])/(?P<d>3[01]|[12]\d|[1-9])(?![\d/%]|[.,]\d)"
            r"(?!\s*(?:of|th|st|nd|rd|cups?|inch|inches|feet|foot|miles?|pounds?|ounces?|"
            r"gallons?|acres?|hours?|minutes?|days?|weeks?|years?|percent|majority|share|"
            r"stake|points?)\b)",
            re.IGNORECASE,
        ),
    ),
    ("holiday", HOLIDAY_PATTERN),  # before weekdays: 'Good Friday', 'Easter Sunday'
    # 'the week ending May 29' (weekly figures): that week, not the day
    (
        "week_ended",
        re.compile(
            rf"\bthe\s+week\s+(?:ended|ending)\s+(?:on\s+)?(?:Saturday,?\s+|Friday,?\s+)?"
            rf"{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?"
        ),
    ),
    # 'February 15', 'February the 15th'; '15 February', 'the 15th of February'
    (
        "month_day",
        re.compile(
            rf"\b{_MONTH}\s+(?:the\s+(?=[0-3]?\d(?:st|nd|rd|th)\b))?{_DAY}\b(?:,?\s+{_YEAR}\b)?"
        ),
    ),
    (
        "day_month",
        re.compile(
            r"\b(?P<day>[0-3]?\d)(?:(?:st|nd|rd|th)(?:\s+of)?)?"
            rf"\s+{_MONTH}(?:,?\s+{_YEAR}\b)?"
        ),
    ),
    ("clock", re.compile(rf"\b{_CLOCK}", re.IGNORECASE)),
    (
        "weekday",
        re.compile(
            # 'earlier on Tuesday' is one span, the day's ('later on Wednesday')
            rf"\b(?:(?P<rel>last|next|this|on|late on|early on|earlier on|later on|earlier|later|"
            rf"early|late)\s+)?"
            rf"{_WEEKDAY}{_PART}\b",
            re.IGNORECASE,
        ),
    ),
    (
        "relday",
        re.compile(
            r"\b(?P<rel>yesterday|today|tomorrow|tonight|last night|"
            r"this (?:morning|afternoon|evening))"
            r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b",
            re.I,
        ),
    ),
    # 'March of last year', 'January this year': the month of the year counted from now
    (
        "month_relyear",
        re.compile(rf"\b{_MONTH}\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b", re.I),
    ),
    ("ago", re.compile(rf"\b{_COUNT}\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I)),
    (
        "relunit",
        re.compile(
            r"\b(?P<rel>last|next|this|past|earlier this|later this|early this|late last)\s+"
            r"(?P<unit>week|month|year)\b",
            re.I,
        ),
    ),
    ("month_year", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b")),
    # the preposition may open the sentence ('In May, …'); the month keeps its capital
    (
        "month",
        re.compile(rf"\b(?:(?i:in|since|until|by|last|next|this|early|late)|mid-?)\s+{_MONTH}\b"),
    ),
    (
        "month",
        re.compile(
            r"\b(?P<month>January|February|April|June|July|August|September|October|"
            r"November|December)\b"
        ),
    ),
    ("years", re.compile(r"\b(?P<year>(?:19|20)\d\d)\s*[-–]\s*(?P<year2>(?:19|20)?\d\d)\b")),
    (
        "year",
        # not a decade written with an apostrophe ('the 1990's', like 'the 1990s')
        re.compile(
            rf"\b(?:(?:in|since|until|by|of|from|before|after)\s+)?{_YEAR}\b(?![-–,.]?\d)"
            r"(?<!0(?=['’]s\b))"
        ),
    ),
    (
        "weekend",
        re.compile(r"\b(?:(?P<rel>over the|this|last|next|the)\s+)?weekend\b", re.IGNORECASE),
    ),
    # 'a day later.', 'two days earlier,', 'the next day': counted from the day named last
    (
        "dayoffset",
        re.compile(
            r"\b(?:(?P<count>a|an|one|two|three|four|five|six|\d)\s+days?|the\s+day)\s+"
            r"(?P<dir>before|earlier|after|later)(?=\s*(?:[.,;:!?”\"]|$))"
            r"|\bthe\s+(?P<next>next|following)\s+(?:day|morning|afternoon|evening|night)\b"
            # 'the memory of that day', 'the same day': the day named last
            # (not 'that day in May', 'the same day that …': a day the words name themselves)
            r"|\b(?:that|the\s+same)\s+(?P<thatday>day)\b"
            r"(?!\s+(?:before|after|earlier|later|in|of|that|when|as)\b)"
            # 'earlier in the day', 'later that night', 'throughout the day': the day named last
            r"|\b(?:(?:earlier|later)\s+(?:in\s+the|that)|throughout\s+the)\s+"
            r"(?P<sameday>day|morning|afternoon|evening|night)\b",
            re.IGNORECASE,
        ),
    ),
    # 'an overnight shooting', 'died overnight,', 'an early morning fire': a part of the day
    # named last (timex_days.py), or of the night just gone or the publication day
    (
        "night_of",
        re.compile(
            r"\b(?:overnight|early[- ]morning)\b(?=\s+(?:shootings?|fires?|blaze|crash|"
            r"collision|attack|stabbing|robbery|raid|standoff|incident|homicide|killing|chase|"
            r"explosion|storm)\b)|\bovernight(?=\s*[.,;]|\s+(?:in|at|on|near|after|when)\b)",
            re.IGNORECASE,
        ),
    ),
    # 'the prior week', 'the week before.': the week before the week named last
    (
        "week_before",
        re.compile(
            r"\bthe\s+(?:(?:prior|previous|preceding)\s+week\b(?!\s+of\b)|"
            r"week\s+(?:before|prior|earlier)(?=\s*(?:[.,;:!?)”\"]|$|which\b|when\b)))",
            re.IGNORECASE,
        ),
    ),
    (
        "offset",
        re.compile(
            r"\b(?:(?:less|more) than |nearly |about |almost )?(?:a|an|one|two|three|four|five|"
            r"six|several|a few|few|\d+)\s+(?:decades?|years?|months?|weeks?|days?|hours?)\s+"
            r"(?:after|before|later|earlier)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "vague",
        re.compile(
            # 'a short time later', 'moments after': one vague span, not 'later' alone
            r"\b(?:(?:a short time|a short while|a little while|a while|moments)\s+"
            # ('as soon as' is a conjunction, no time)
            r"(?:after|before|later|earlier)|earlier|recently|later|(?<!\bas )soon(?! as\b)|"
            r"previously|the future|"
            r"(?:days|weeks|months|years|decades) ago|"  # 'months ago': no number, no day
            r"in recent (?:days|weeks|months)|the (?:last|past) (?:several|few) (?:days|weeks|"
            r"months|years)|(?:hours|days|weeks|minutes) (?:after|before|later|earlier)|"
            # 'trouble in the past': the past as a time, not 'in the past five years'
            rf"(?<=\bin )the past(?!\s+(?:\d|an?\b|few\b|several\b|couple\b|"
            rf"{NUMBER_WORDS_PATTERN}|(?:decade|year|month|week|day|hour|minute)s?\b)))\b",
            re.I,
        ),
    ),
    # 'last fall', 'the summer', 'late spring': seasons have no value in the scheme ('the fall
    # of Kabul' is no season)
    (
        "vague",
        re.compile(
            r"\b(?:last|this|next|the|early|late|mid-?)\s*(?:spring|summer|fall|autumn|winter)"
            r"\b(?!\s+(?:of|Olympics|Games|Olympic)\b)",
            re.I,
        ),
    ),
    # 'summer travel rush', 'the usual winter lull': a bare season as a modifier
    # (lower case: 'Summer Olympics' is a name; 'spring' and 'fall' are as often verbs)
    ("vague", re.compile(r"(?<![-\w’'])(?:summer|winter)\b(?![-’']|\s+(?:solstice|of)\b)")),
    # 'securing our future,', "Velmora's future.": the future as a noun, not 'future plans'
    (
        "vague",
        re.compile(
            r"\b(?:our|their|his|her|its|your|my|[A-Z][\w.]*['’]s?)\s+future\b"
            r"(?=\s*[.,;:!?)”\"]|\s+(?:of|is|was|will|and|in|for|as|at)\b)"
        ),
    ),
    # 'had never met before.', 'than ever before,': before as an adverb closing a clause
    (
        "vague",
        re.compile(
            r"(?<![-\w])(?<!night )(?<!morning )(?<!evening )(?<!year )(?<!month )(?<!week )"
            r"(?<!weekend )(?<!day )(?<!days )(?<!hour )(?<!time )(?<!minutes )(?<!moments )"
            r"before(?=\s*[.,;:!?”\"])",
            re.IGNORECASE,
        ),
    ),
    # 'an hour of silence', 'half an hour': one hour (not a rate: '$9 an hour')
    ("an_hour", re.compile(r"\b(?:half\s+)?an\s+hour\b(?!\s+(?:ago|later|earlier|after|before))")),
    # 'a 30-day delay', 'a four-week average', 'decades-long': an amount of time as a
    # modifier (not an age: 'a 12-year-old')
    (
        "duration_modifier",
        re.compile(
            rf"\b(?:\d+|{NUMBER_WORDS_PATTERN})-(?:hour|day|week|month|year)\b(?![\s-]+old\b)"
            # 'a 16-year girl': an age with its 'old' left out
            r"(?!\s+(?:girl|boy|man|woman|child|son|daughter|teen|teenager)\b)"
            r"|\b(?:hours|days|weeks|months|years|decades)-long\b",
            re.IGNORECASE,
        ),
    ),
    (
        "duration",
        re.compile(
            # not 'an after-hours club' (also as 'after - hours' in tokenised copy)
            r"\b(?<!after-)(?<!after - )(?:(?:for|over|in|during)\s+)?"
            r"(?:the\s+(?:past|last|next)\s+)?"
            r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few|"
            # not 'the early (morning) hours of Sunday': a part of the day
            r"\d+)\s+)?"
            r"(?:decades|years|months|weeks|days|(?<!early )(?<!morning )hours|minutes)\b(?!\s+ago)"
            r"(?![\s-]+old\b)",
            re.IGNORECASE,
        ),
    ),
]


# A word every match of the pattern contains: where the text lacks it, the pattern (whose
# alternations are slow to try at every word) is not run. Most articles have no 'ago'.
NEEDS = {
    "ago": re.compile(r"ago\b", re.I),
    "weekend": re.compile(r"weekend\b", re.I),
    "offset": re.compile(r"(?:after|before|later|earlier)\b", re.I),
    "dayoffset": re.compile(r"(?:days?|morning|afternoon|evening|night)\b", re.I),
    "week_before": re.compile(r"week\b", re.I),
    "night_of": re.compile(r"overnight|early[- ]morning", re.I),
    "numeric_day": re.compile(r"\d/\d"),
    "duration": re.compile(r"(?:decade|year|month|week|day|hour|minute)s\b", re.I),
    "duration_modifier": re.compile(r"-(?:hour|day|week|month|year|long)\b", re.I),
    "clock": re.compile(r"[ap]\.?m\b|noon|midnight|o['’]clock|\d:[0-5]\d", re.I),
    "an_hour": re.compile(r"an\s+hour\b"),
    "holiday": re.compile(
        r"(?:Day|Eve|Friday|Easter|Christmas|Halloween|Thanksgiving|Juneteenth)\b"
    ),
}
