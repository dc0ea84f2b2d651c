"""Whether a time expression's clause speaks of the future ('will meet on Thursday', 'on
Thursday lawmakers are set to vote'), read from word cues around it; a verb of saying right
before it dates the saying, which is past. `timexpr.find_time_expressions` uses these beside
the parse's tense (`tense.py`); and which yearless days lie ahead (a span's end, an event
set for a day) or behind (a day that names a past event), and so the day a weekday names
(`weekday_date`), the weekend meant (`weekend_days`) and the year of a month named without one
(`month_year`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..text import SAID_FORMS, WEEKDAYS
from ..text_reporting import PUBLISHED_PIECE_NOUNS
from .tense import Tense
from .timex_years import context_year, earlier_day_year, nearest_year, sentence_bounds

__all__ = [
    "bound_ahead",
    "clause_future",
    "future_tense",
    "month_year",
    "past_date",
    "scheduled_ahead",
    "weekday_date",
    "weekend_days",
]

_FUTURE = re.compile(
    # 'plans to' as a verb, not the noun of 'approved a plan to rebuild the dam'
    r"\b(will|'ll|should(?! have)|is to|are to|(?<!\ba )(?<!\bthe )(?<!\bits )(?<!\bhis )"
    r"(?<!\bher )(?<!\btheir )plans? to|planned for|set for|(?:re)?scheduled|slated|next|"
    # a present intention: 'hopes to hold a vigil Friday' (not 'hoped to')
    r"(?:hopes?|intends?|aims?|wants?|vows?) to|"
    # 'a vigil is planned Tuesday', 'held pending a hearing Monday': a day arranged for
    r"planned (?=(?:on )?[A-Z][a-z]+day\b)|"
    r"pending (?:(?:an?|the|his|her|their) )?(?:[\w-]+ )?(?:hearing|trial|arraignment)|"
    r"is due|are due|set to|expected (?:to|in|on|by)|(?:un)?likely to|going to|upcoming|coming|"
    r"to be (?:held|shown|aired|broadcast|televised|released|published|signed|sworn)|"
    r"ahead of|in advance of|"
    r"to air|to vote|to meet)\b",
    re.I,
)
# a weekday right after a verb of saying dates the saying, which is past ('said on Thursday
# that it will…')
# (or a past form right before it: 'shown Thursday', 'arrested on Friday'; not a coming
# passive: 'to be shown on Tuesday', nor a plan: 'a hearing is expected on Friday')
_SAID_BEFORE = re.compile(
    rf"(?<!\bto be )\b(?!(?:expected|scheduled|rescheduled|planned|slated)\b)"
    rf"(?:{'|'.join(SAID_FORMS)}|\w+ed|shown|held|met|made|took|began|won|lost|"
    r"fell|rose)"
    r"\s+(?:on\s+|late\s+|early\s+)?$",
    re.I,
)
# a verb of saying a few words before ('told journalists on a Tuesday call', 'said in a post
# on Friday'): the day of the saying, past, unless the words between speak of the future
_SAID_A_FEW_WORDS_BEFORE = re.compile(
    rf"\b(?:{'|'.join(SAID_FORMS)})\s+((?:[\w'’]+\s+){{1,3}})$", re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(r"[,;:“”\"]|\b(?:that|and|but|when|while|after|before)\b")


def future_tense(text: str, position: int) -> bool:
    """Whether the clause of the expression at `position` speaks of the future ('will meet on
    Thursday', 'on Thursday lawmakers are set to vote'): a future marker in its
    sentence before it or in its clause after it, unless a past form governs it ('said on
    Thursday that it will…', 'shown Thursday')."""
    if _SAID_BEFORE.search(text[max(0, position - 20) : position]):
        return False
    said = _SAID_A_FEW_WORDS_BEFORE.search(text[max(0, position - 40) : position])
    if said and not _AHEAD_WORDS.search(said.group(1)) and not _CLAUSE_BREAK.search(said.group(1)):
        return False
    return clause_future(text, position)


# words between a verb of saying and a day that make the day the reported act's, not the saying's
_AHEAD_WORDS = re.compile(rf"{_FUTURE.pattern}|\b(?:would|could|might|may|to)\b", re.IGNORECASE)


def clause_future(text: str, position: int, own_clause: bool = False) -> bool:
    """Whether a future marker stands in the sentence before `position` (`own_clause`: in
    its own clause, after the last comma, quotation mark or 'that' before it) or in its
    clause after it; after it, not one that dates a later thing ('surrendered early Thursday
    ahead of expected charges')."""
    start, end = sentence_bounds(text, position)
    if own_clause:
        breaks = list(_CLAUSE_BREAK.finditer(text, start, position))
        start = breaks[-1].end() if breaks else start
    after = _CLAUSE_BREAK.search(text, position, end)
    return any(
        start + marker.start() < position or marker.group(1).lower() not in _LATER_THING
        for marker in _FUTURE.finditer(text[start : after.start() if after else end])
    )


# future markers that, after a date, tell of something later than the dated act
_LATER_THING = frozenset({"ahead of", "in advance of", "upcoming", "coming", "next"})


# 'funded through Dec. 3', 'spending until December 3': the end of a span that runs from
# now, which may lie months ahead whatever the tense ('the bill kept the agencies open')
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|into)\s+(?:early\s+|late\s+|mid-?)?$", re.I)


# 'the data through mid-February', 'figures until March': the end of what a count covers,
# which has already passed (a count is of what happened)
_DATA_BEFORE_BOUND = re.compile(
    r"\b(?:data|figures|statistics|numbers|counts?|tall(?:y|ies)|records)\s+"
    r"(?:until|till|through|into)\s+(?:early\s+|late\s+|mid-?)?$",
    re.I,
)


def bound_ahead(text: str, start: int) -> bool:
    return _UNTIL_BEFORE.search(text[max(0, start - 16) : start]) is not None and not data_bound(
        text, start
    )


def data_bound(text: str, start: int) -> bool:
    """Whether the time at `start` ends what a count covers ('data through mid-February')."""
    return _DATA_BEFORE_BOUND.search(text, max(0, start - 40), start) is not None


def past_date(text: str, start: int, end: int) -> bool:
    """Whether a yearless day is read as past or near: its clause does not speak of the
    future, or it names an event ('will lead the force after the Jan. 6 riot', 'the
    panel set to examine the March 3 fire'), which the clause's tense does not date."""
    return _names_event(text, start, end) or not clause_future(text, start)


def scheduled_ahead(
    text: str, span: tuple[int, int], anchor: date | None, day: tuple[int, int], tense: Tense | None
) -> int | None:
    """The year of the next such day (two days of slack for a late publication date) where
    a yearless day is governed by a future verb ('will be held on February 15') or names an
    event set for a day (an election, a hearing, a deadline) in a clause about the future
    ('is expected to lead the June 25 council vote'); None otherwise."""
    start, end = span
    if anchor is None:
        return None
    named = _names_event(text, start, end)
    scheduled = named and _SCHEDULED_NOUN_AFTER.match(text, end) and clause_future(text, start)
    if not scheduled and (named or tense != "future"):
        return None
    earliest = anchor - timedelta(days=2)
    return earliest.year if day >= (earliest.month, earliest.day) else earliest.year + 1


# an event that is set for a day ahead, unlike a riot or a fire: in a clause about the future
# the day it names may be the coming one
_SCHEDULED_NOUN_AFTER = re.compile(
    r"(?:th|st|nd|rd)?(?:\s+[a-z-]+){0,2}?\s+(?:election|elections|vote|primary|ballot|"
    r"referendum|runoff|hearing|trial|summit|deadline|debate|inauguration|meeting|session)\b"
)


def _names_event(text: str, start: int, end: int) -> bool:
    """Whether the yearless day at `start`-`end` is a noun's modifier, naming an event: 'the
    Jan. 6 riot', "Velmora's June 15 reopening", or without a determiner, as headlines
    write it, 'will form March 3 flood panel' (not 'will meet March 3 with the board')."""
    if not _EVENT_NOUN_AFTER.match(text, end):
        return False
    if _BEFORE_EVENT_DATE.search(text[max(0, start - 24) : start]):
        return True
    after = _EVENT_NOUN_AFTER.match(text, end)
    word = after.group().split()[-1] if after else ""
    return (
        _PREPOSITION_BEFORE.search(text[max(0, start - 12) : start]) is None
        and word not in _NOT_A_NOUN
        and not word.endswith(("ing", "ed", "ly"))
    )


# 'the Jan. 6 riot', "Velmora's June 15 reopening": a day written as a noun's modifier
_BEFORE_EVENT_DATE = re.compile(r"(?:\bthe|['’]s)\s+(?:[a-z]+\s+)?$")
_EVENT_NOUN_AFTER = re.compile(r"(?:th|st|nd|rd)?\s+[a-z]{3,}\b(?<!\band)(?<!\bto)")
# a preposition before the day makes it an adverbial ('meet on Jan. 6 after the vote')
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:on|by|until|till|through|before|after|from|since|for|of|in|at|around)\s+$", re.I
)
# words after a day that begin another phrase, not a noun the day modifies
_NOT_A_NOUN = frozenset(
    {"after", "before", "for", "from", "with", "into", "onto", "about", "amid", "during",
     "over", "under", "when", "while", "until", "unless", "because", "but", "the", "that",
     "which", "who", "was", "were", "are", "has", "had", "have", "will", "would", "could",
     "can", "may", "might", "should", "its", "his", "her", "their", "than", "then", "and"}
)  # fmt: skip


# 'Come September, pupils return': the coming September
_COME_BEFORE = re.compile(r"\bcome\s+$", re.IGNORECASE)


def month_year(
    anchor: date | None, month: int, text: str, at: tuple[int, Tense | None], written: str
) -> int | None:
    """The year of a month named without one: 'last October' is the most recent October
    strictly before the publication month, 'next October' the first after it, 'this October'
    the publication year's; otherwise an explicit year in the sentence, or the nearest."""
    rel = re.match(r"(last|next|this)\s", written, re.I)
    word = (rel.group(1) if rel else "").lower()
    if anchor is not None and word == "last":
        return anchor.year if month < anchor.month else anchor.year - 1
    if anchor is not None and word == "next":
        return anchor.year if month > anchor.month else anchor.year + 1
    if anchor is not None and word == "this":
        return anchor.year
    start, tense = at
    if anchor is not None and data_bound(text, start) and context_year(text, start) is None:
        # 'data through mid-February' in an April paper: the February just past
        return anchor.year if month <= anchor.month else anchor.year - 1
    ahead = (
        clause_future(text, start)
        or bound_ahead(text, start)
        or tense == "future"
        or _COME_BEFORE.search(text, max(0, start - 8), start) is not None
    )
    if anchor is not None and ahead and context_year(text, start) is None:
        # 'might step down after the November ballot' in a March paper: the coming November
        return anchor.year if month >= anchor.month else anchor.year + 1
    return (
        context_year(text, start)
        or nearest_year(anchor, month, 1, past=not ahead, past_verb=tense == "past")
        or earlier_day_year(text, start, anchor)
    )


# a verb of saying, or another past form, right after a weekday ('Schumer on Thursday said
# …', 'a court on Thursday granted the request'): the clause is past whatever came before
_SAID_AFTER = re.compile(
    rf"\s+(?:{'|'.join(SAID_FORMS)}|[a-z]{{3,}}ed|held|met|made|took|began|won|lost|fell|rose)\b"
)


def weekday_date(
    anchor: date | None,
    name: str,
    rel: str | None,
    text: str,
    span: tuple[int, int],
    tense: Tense | None = None,
) -> str | None:
    if anchor is None:
        return None
    start, end = span
    target = WEEKDAYS.index(name.lower())
    rel = (rel or "").lower()
    until = re.search(r"\b(?:until|till|by)\s+(?:next\s+)?$", text[max(0, start - 12) : start])
    # 'on Friday said the council will vote': the day of the saying, which is past
    said_then = _SAID_AFTER.match(text, end) is not None
    # the parse's simple past governing the day outweighs a future word in another clause
    # ('"… will change soon," Ana Dale said on "Harbour Week Sunday."')
    regex_future = future_tense(text, start) and (
        tense != "past" or clause_future(text, start, own_clause=True)
    )
    ahead = ((regex_future or tense == "future") and not said_then) or (until is not None)
    future = rel == "next" or (rel != "last" and ahead)
    if future:
        # 'will meet on Thursday' in a Thursday paper is that day (news style names the
        # weekday, not 'today'); 'next Thursday' is a week on
        days = (target - anchor.weekday()) % 7 or (7 if rel == "next" else 0)
        return (anchor + timedelta(days=days)).isoformat()
    days = (anchor.weekday() - target) % 7
    if rel == "last" and days == 0:
        days = 7
    return (anchor - timedelta(days=days)).isoformat()


def weekend_days(
    anchor: date | None, rel: str | None, text: str, span: tuple[int, int], tense: Tense | None
) -> tuple[str | None, str | None]:
    if anchor is None:
        return None, None
    if (rel or "").lower() == "this" and _published_piece_before(text, span[0], anchor):
        # 'a report in the Gazette this weekend' in a Tuesday paper: it has come out, so the
        # weekend just past (from Thursday on, 'this weekend' is the coming one whatever)
        rel, tense = None, "past"
    if (rel or "").lower() == "this" and tense not in {None, "past"}:
        # 'is in Halden this weekend' in a Friday paper: the weekend at hand, not the last
        saturday = anchor + timedelta(days=(5 - anchor.weekday()) if anchor.weekday() < 5 else 0)
        saturday -= timedelta(days=1 if anchor.weekday() == 6 else 0)
        return saturday.isoformat(), (saturday + timedelta(days=1)).isoformat()
    # the clause's tense as for a weekday: 'is heading home for the weekend' is the coming one
    saturday = date.fromisoformat(weekday_date(anchor, "saturday", rel, text, span, tense) or "")
    if saturday <= anchor:
        # a past weekend is one whose Sunday has come: a Saturday paper's 'met on the
        # weekend, voting on Sunday night' tells of last weekend, not of today
        sunday = date.fromisoformat(weekday_date(anchor, "sunday", rel, text, span, tense) or "")
        saturday = sunday - timedelta(days=1)
    return saturday.isoformat(), (saturday + timedelta(days=1)).isoformat()


# a published piece named shortly before the time, in the same phrase ('a report in the
# Orlen Gazette this weekend')
_PIECE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(PUBLISHED_PIECE_NOUNS))})s?\b[^.,;:!?\"“”]{{0,60}}$", re.I
)


def _published_piece_before(text: str, start: int, anchor: date) -> bool:
    """Whether a Monday-to-Wednesday paper's 'this weekend' dates a piece already out: a
    published piece names it and the clause does not speak of the future."""
    if anchor.weekday() > 2:
        return False
    piece = _PIECE_BEFORE.search(text, max(0, start - 80), start) is not None
    return piece and not clause_future(text, start)
