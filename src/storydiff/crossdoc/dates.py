"""The date a statement gives its own fact, and when two outlets' dates for one fact disagree.

A date conflict needs explicit, same-granularity, same-event evidence (issue 11):

* explicit: a day written out ('March 12', '12 March 2026'), a month or a year named ('in
  June 1998', 'since 2002', '1967-1979'), or a weekday. An expression counted from the
  publication date is only as good as the publication date the outlet gave (a web update, a
  print edition a day later): a day counted that way ('yesterday', 'two days ago', 'last
  week') never conflicts, and a month or year ('last month', 'last October', 'last year')
  only when moving the publication date two days either way would not change it.
* same granularity: a day is compared with a day, a month with a month, a year with a year,
  a span of years with a span of years. A weekday is compared with a weekday by name, and
  with a day by the weekday that day falls on ('Thursday' agrees with 'March 12, 2026'
  whatever the publication dates; a day written without a year falls in the year the
  resolver gives it). Two days, one written without a year, are compared by month and day
  as written, never by a supplied year. A weekday its article's publication day places
  (the day it resolves to, or the same weekday a week either side, for a publication day
  a little off) is compared with a day no date places by month and day ('Friday' of 10
  March 2024 is 1, 8 or 15 March, never 'March 13'), and, for one act told with one verb,
  with a month or year ('in December' cannot be a Friday of March).
* same event: the expression dates the statement's own fact, not another event it mentions.
  It must sit in the clause of the statement's predicate, outside quotation marks (a
  speaker's 'yesterday' is the day before the speech), not after a verb of saying ('said on
  Tuesday' dates the saying), not after a word that ties it to another event ('since their
  meeting on Dec. 11', 'before the 2016 election'), and not modify a noun ('the 2001
  attacks', 'Wednesday's speech', 'a May 1 deadline', 'since their Dec. 11 meeting': the
  date of that thing).
  Where the other statement is given, two more dates are the fact's: one in a side clause
  that is itself what the other statement reports ('he tweaked Republicans for passing a
  resolution on Tuesday reaffirming the motto' against 'the House voted on a bill that
  reaffirmed the motto': the side clause shares two content lemmas with it), and one that
  modifies the noun the other statement's act is about ('in a Tuesday letter' against 'wrote
  a letter on Wednesday').

Two weekday names are compared only between articles published on one day, or where a
publication day is unknown (as when both are): they are two days whatever the publication
dates, but articles days apart may tell of two occurrences. A weekday next to the day before
or after it is no conflict when either side says 'night', 'late' or 'early' (an event around
midnight is told either way).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from ..model import Analysis, TimeExpression, TimeKind, Unit
from ..text import MONTHS, WEEKDAYS
from .signals import in_scope
from .statement_words import statement_words

Granularity = Literal["day", "weekday", "month", "year", "years", "since"]


@dataclass(frozen=True)
class FactDate:
    """A time expression that dates a statement's own fact, with what is compared."""

    expression: TimeExpression
    granularity: Granularity
    key: tuple[int, ...]
    """What two dates of one granularity compare: (month, day), (month,), (year,),
    (first year, last year), or (weekday index,)."""
    year: int | None = None
    """The year as written (or counted, for 'last month'), for days and months."""
    weekday: int | None = None
    """For a day whose year is known (written or resolved), the weekday it falls on."""
    fuzzy_edge: bool = False
    """A weekday said with 'night', 'late' or 'early': its edge may be the next or last day."""
    planned: bool = False
    """The date an act was set for ('rescheduled for Friday'), not the day it was done: it
    is compared only with another planned date."""


# 'said on December 10' dates the saying, not the fact; so do 'in a statement Tuesday' and
# 'according to media reports Tuesday'
_REPORTED_ON = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|reported|added|stated|wrote|confirmed|"
    r"in\s+(?:a|an|his|her|its|their)\s+(?:\w+\s+)?(?:statement|interview|speech|letter|"
    r"post|tweet|briefing)(?:\s+(?:released|issued|posted|published))?|"
    r"according\s+to\s+(?:[\w'’-]+\s+){0,3}?(?:reports?|sources?|statements?|records?|"
    r"documents?|officials?|police|authorities))\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# 'wrote on Twitter Friday', 'announced on its website on Monday': the day of the saying
_REPORTED_VIA = re.compile(
    r"\b(?:said|wrote|posted|announced|tweeted|reported)\s+(?:on|in|to)\s+(?:[\w'’]+\s+){1,2}"
    r"(?:on\s+)?$",
    re.IGNORECASE,
)
# a date after the figure a change is measured from dates that figure ('rose to 7.1%, up
# from 6.4% in May', 'fell to 3.9% from 4.3% in August'), not the change
_BASELINE = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:a\s+)?(?:revised\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|roughly\s+)?[$€£]?(?!(?:19|20)\d\d\b)\d[\d,.]*"
    r"(?:\s*(?:%|(?!to\b|through\b|and\b|until\b|till\b)[a-z]+))?"
    r"(?:\s+(?:in|on|during|for|at\s+the\s+end\s+of|as\s+of))?\s+$",
    re.IGNORECASE,
)
# a day after these words dates another event than the statement's ('since their Dec. 11
# meeting', 'before the 2016 election')
# ('since December 10' and 'until 2009' are the fact's own bounds: ranges, read below)
_OTHER_EVENT = re.compile(
    r"\b(?:before|after|following|ahead of|prior to)\s+(?:[\w-]+\s+){0,5}$", re.IGNORECASE
)
# a preposition right before a date makes it an adverbial of the clause, not a modifier
_PREPOSITION = re.compile(r"\b(?:on|in|by|from|during|of|at|between|through|to)\s+$", re.I)
_POSSESSIVE = re.compile(r"^['’]s\b")
# a date right after a determiner is part of a noun phrase ('the 2000 fiscal year')
_DETERMINER = re.compile(r"\b(?:the|a|an|this|that|his|her|its|their|our)\s+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"^\s+([A-Za-z][\w-]*)")
# counted from the publication date: no explicit day, month or year of its own
_RELATIVE = re.compile(
    r"\b(?:yesterday|today|tomorrow|tonight|last|next|this|ago|earlier|later|past|coming)\b",
    re.IGNORECASE,
)
_FOUR_DIGITS = re.compile(r"\b(?:19|20)\d\d\b")
_DAY_NUMBER = re.compile(r"(?<!\d)([0-3]?\d)(?:st|nd|rd|th)?\b")
_ISO = re.compile(r"\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)\b")
_WORD = re.compile(r"[A-Za-z]+")
_EDGE_WORDS = re.compile(r"\b(?:night|late|early|overnight|evening)\b", re.IGNORECASE)


def planned_for(text: str, unit: Unit, time: TimeExpression) -> bool:
    """Whether the expression is the day an act was set for ('set for June 25')."""
    return _PLANNED_FOR.search(text[max(unit.start, time.start - 40) : time.start]) is not None


def fact_dates(analysis: Analysis, unit: Unit, other: Unit | None = None) -> list[FactDate]:
    """The explicit dates that date a statement's own fact (see the module docstring), read
    against `other`, the statement it is compared with, where one is given."""
    found: list[FactDate] = []
    published = _publication_day(analysis.article.published)
    for time in analysis.times:
        if not unit.start <= time.start < unit.end:
            continue
        if not _dates_the_fact(analysis, unit, time, other):
            continue
        date = _read(time, published)
        if date is None:
            continue
        before = analysis.article.text[max(unit.start, time.start - 40) : time.start]
        if _PLANNED_FOR.search(before):
            date = replace(date, planned=True)
        if found and _weekday_of_day(found[-1], date, analysis.article.text):
            found.pop()  # 'Friday, June 3': one day, written out
        if found and _span_of_years(found[-1], date, analysis.article.text):
            first, last = found.pop().expression, date.expression
            text = analysis.article.text[first.start : last.end]
            joined = TimeExpression(first.start, last.end, text, "range", first.value, last.value)
            date = FactDate(joined, "years", (int(first.text), int(last.text)))
        found.append(date)
    return found


_WEEKDAY_TO_DAY = re.compile(r"^\s*[,(]?\s*$")


def _weekday_of_day(first: FactDate, second: FactDate, text: str) -> bool:
    """A weekday written right before the day it names ('Friday, June 3'): the day says it."""
    between = text[first.expression.end : second.expression.start]
    return (
        first.granularity == "weekday"
        and second.granularity == "day"
        and bool(_WEEKDAY_TO_DAY.match(between))
    )


_YEAR_TO_YEAR = re.compile(r"^\s*(?:to|through|until|till|-|–)\s*$", re.IGNORECASE)


def _span_of_years(first: FactDate, second: FactDate, text: str) -> bool:
    """Two years joined into one span ('from 1971 to 1983')."""
    between = text[first.expression.end : second.expression.start]
    return first.granularity == second.granularity == "year" and bool(_YEAR_TO_YEAR.match(between))


# 'rescheduled for Friday', 'set for May 1', 'postponed until March': the day of the plan
_PLANNED_FOR = re.compile(
    r"\b(?:scheduled|rescheduled|set|slated|planned|postponed|delayed|moved|pushed\s+back|"
    r"put\s+off)\s+(?:[\w'’-]+\s+){0,2}(?:for|to|until|till)\s+(?:next\s+)?$",
    re.IGNORECASE,
)


def disagreement(a: FactDate, b: FactDate, same_publication_day: bool) -> bool:
    """Whether two explicit dates of one granularity name different times (a planned date
    only another planned one)."""
    if a.planned != b.planned:
        return False
    if {a.granularity, b.granularity} == {"weekday", "day"}:
        weekday, day = (a, b) if a.granularity == "weekday" else (b, a)
        if weekday.fuzzy_edge:
            return False
        if day.weekday is None and day.year is None:
            # 'March 13' in an article with no date: the days the weekday can be, by month
            # and day ('Friday' of 10 March 2024 is 8 March, or 1 or 15 March)
            days = _weekday_candidates(weekday)
            return bool(days) and all((c.month, c.day) != day.key for c in days)
        return day.weekday is not None and day.weekday != weekday.key[0]
    if weekday_against_period(a, b):
        weekday, other = (a, b) if a.granularity == "weekday" else (b, a)
        return _weekday_outside(weekday, other)
    if a.granularity != b.granularity:
        return False
    if a.granularity == "weekday":
        if not same_publication_day or a.key == b.key:
            return False
        apart = (a.key[0] - b.key[0]) % 7
        return not (apart in {1, 6} and (a.fuzzy_edge or b.fuzzy_edge))
    if a.granularity in {"day", "month"} and a.year is not None and b.year is not None:
        return (a.year, *a.key) != (b.year, *b.key)
    return a.key != b.key


def weekday_against_period(a: FactDate, b: FactDate) -> bool:
    """A weekday on one side, a month or a year on the other ('on Friday', 'in December'):
    a month or year is often the background of a statement ('a caravan that set off in
    March'), so the caller compares them only for one act told with one verb."""
    grains = {a.granularity, b.granularity}
    return "weekday" in grains and bool(grains & {"month", "year"})


def _weekday_outside(weekday: FactDate, other: FactDate) -> bool:
    """Whether a weekday counted from its article's publication day ('on Friday') falls
    outside the month or year the other side names ('in December', 'in 2019'), whichever of
    the days it can be it is."""
    candidates = _weekday_candidates(weekday)
    if not candidates:
        return False
    if other.granularity == "year":
        return all(c.year != other.key[0] for c in candidates)
    month = other.key[0]
    if other.year is None:
        return all(c.month != month for c in candidates)
    return all((c.year, c.month) != (other.year, month) for c in candidates)


def _weekday_candidates(weekday: FactDate) -> list[date]:
    """The days a weekday counted from its article's publication day can be: the day it
    resolves to and the same weekday a week either side (a publication day a little off
    moves it by a week at most); none when it was not resolved."""
    resolved = weekday.expression.value
    try:
        day = date.fromisoformat(resolved[:10]) if resolved else None
    except ValueError:
        return []
    return [] if day is None else [day + timedelta(days=7 * k) for k in (-1, 0, 1)]


def partial_date(time: TimeExpression) -> str | None:
    """A day or month written without a year that nothing gave a year to ('December 6' in
    an article with no publication date), in the ISO 8601 partial form: '--12-06', '--12'.
    None for any other expression (resolved ones, weekdays, 'last month')."""
    if time.value or time.end_value or time.kind not in {"date", "time", "month", "range"}:
        return None
    kinds: tuple[TimeKind, ...] = ("date", "month") if time.kind == "range" else (time.kind,)
    for kind in kinds:
        read = _read(replace(time, kind=kind), None)
        if read is None or read.year is not None or read.granularity not in {"day", "month"}:
            continue
        month, day = read.key[0], (read.key[1] if len(read.key) > 1 else None)
        if day is None:
            return f"--{month:02d}"
        try:
            date(2000, month, day)  # a leap year: '29 February' is a day
        except ValueError:
            return None
        return f"--{month:02d}-{day:02d}"
    return None


def as_written(time: TimeExpression) -> str:
    """'Tuesday' (2026-03-10): as written, and the day it resolves to where that adds to it."""
    resolved = time.value and time.value not in time.text
    return f"'{time.text}' ({time.value})" if resolved else f"'{time.text}'"


# 'the first talks since a session three weeks ago', 'since the summer of 2011': the day of
# the earlier event the fact is measured from ('since December 10' is the fact's own bound)
_SINCE_EVENT = re.compile(
    r"\bsince\s+(?:the|a|an|their|his|her|its|our|that)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE
)
# the end of a span set by another event ('to fill the seat until a special election in June')
_UNTIL_EVENT = re.compile(r"\b(?:until|till)\s+(?:[\w'’-]+\s+){1,5}$", re.IGNORECASE)
# a day after 'after' or 'following' is only when the fact's wait began ('following calls
# last week'), and one after 'before' when it ended, unless the text makes the wait short
# ('shortly after midnight', 'just before 11 pm')
_SOON_AFTER = re.compile(
    r"\b(?:shortly|soon|just|right|immediately|hours|minutes|moments)\s+"
    r"(?:after|following|before)\s+"
    r"(?:[\w'’-]+\s+){0,5}$",
    re.IGNORECASE,
)
_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def dates_another_event(analysis: Analysis, unit: Unit, time: TimeExpression) -> bool:
    """Whether a time expression of a statement plainly dates something other than the
    statement's fact, so that it must not place the statement on a timeline: a day or month
    the fact is set against ('following calls last week', 'ahead of the vote on Tuesday', not
    'shortly after midnight'), an earlier event it is measured from ('since a session three
    weeks ago', 'up from 6.4% in May'), a day counted from the publication
    date inside a quotation (the speaker's 'tonight' is the day of the speech), or a year or
    month that modifies a noun or sits in a side clause ('the 1988 nominee', "last year's
    election", 'Brooke, who served from 1967 to 1979'). A day named on a noun ('Sunday's
    meeting') stays: a statement about that meeting is the meeting's."""
    text = analysis.article.text
    before = text[max(unit.start, time.start - 40) : time.start]
    if any(p.search(before) for p in (_BASELINE, _SINCE_EVENT, _UNTIL_EVENT)):
        return True
    # a year after 'after' still holds the fact ('broke away after a short war in 2011')
    other = _OTHER_EVENT.search(before)
    if other and not _SOON_AFTER.search(before):
        if not other.group().lower().startswith(("after", "following")):
            return True  # the fact came before that date
        if time.kind not in {"year", "range"}:
            return True
    if _RELATIVE.search(time.text) and inside_quotation(analysis, unit, time.start):
        return True
    coarse = time.kind in {"year", "month"} or _WRITTEN_YEAR.search(time.text)
    # 'this year's elections': a period that holds the report's own time holds its fact too
    if not coarse or _DATED_DAY.search(time.text) or time.text.lower().startswith("this "):
        return False
    if _modified_noun(unit, text, time, before) is not None and not _ADVERBIAL.search(before):
        return True
    # a relative clause about someone or something else ('Brooke, who served from 1967');
    # not a clause that tells of the fact ('since talks broke down last month', 'and reversed
    # it in 1999', 'recommending in 2015')
    around = text[max(unit.start, time.start - 80) : time.start]
    return not in_scope(unit, time.start) and _RELATIVE_CLAUSE.search(around) is not None


# a noun phrase that is itself the adverbial of the fact ('ruled in 1898's Wong Kim Ark case',
# 'during his 2016 campaign')
_ADVERBIAL = re.compile(
    r"(?:\b(?:in|on|by)\s+|\b(?:during|throughout|amid)\s+(?:the|a|an|his|her|its|their|our)\s+)$",
    re.IGNORECASE,
)
_RELATIVE_CLAUSE = re.compile(r"\b(?:who|whom|whose|which)\b[^;:.]*$", re.IGNORECASE)


# a day of the month written with its year ('June 3, 2011'): a day, not a year on a noun
_DATED_DAY = re.compile(r"\b[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b")


def dates_the_fact(analysis: Analysis, unit: Unit, time: TimeExpression) -> bool:
    """Whether a time expression of a statement dates the statement's own fact (see the
    module docstring), read without another statement to compare it with."""
    return _dates_the_fact(analysis, unit, time, None)


def _dates_the_fact(
    analysis: Analysis, unit: Unit, time: TimeExpression, other: Unit | None
) -> bool:
    text = analysis.article.text
    if in_dateline(analysis, time.start):
        return False
    before = text[max(unit.start, time.start - 40) : time.start]
    if any(p.search(before) for p in (_REPORTED_ON, _REPORTED_VIA, _OTHER_EVENT, _BASELINE)):
        return False
    if _saying_follows(unit, text, time):
        return False
    if inside_quotation(analysis, unit, time.start):
        return False
    modified = _modified_noun(unit, text, time, before)
    if not in_scope(unit, time.start):
        return modified is None and other is not None and _reported_by_other(unit, time, other)
    if modified is None:
        return True
    # 'in a Tuesday letter' dates the letter: the fact, when the other statement's act is
    # about that letter ('wrote a letter on Wednesday')
    patient = other.predicate.patient if other is not None and other.predicate else None
    return modified != "" and modified == patient


# content lemmas a side clause must share with the other statement to be what it reports
_MIN_SHARED_LEMMAS = 2
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})


def in_dateline(analysis: Analysis, position: int) -> bool:
    """Whether `position` lies in the article's dateline ('ORLOW, Ind. (June 15, 2026) —'):
    its day is when the report was filed, no event of the story."""
    dateline = analysis.article.dateline
    return dateline is not None and dateline.start <= position < dateline.end


# a verb of saying between a date and the fact's verb: the date is the saying's ('Sheriff
# Dana Orrell on Thursday said both died', 'On Friday, the prosecutor confirmed the boys died')
_SAYING_AFTER = re.compile(
    r"^[^.;:!?\"“”]*?\b(?:said|says|told|tells|confirmed|confirms|announced|announces|"
    r"reported|reports|stated|states|added|wrote)\b",
    re.IGNORECASE,
)


def _saying_follows(unit: Unit, text: str, time: TimeExpression) -> bool:
    """Whether a date before the statement's main verb dates a saying that reports the fact
    (the main verb itself a saying is the fact, and keeps its date)."""
    predicate = unit.predicate
    if predicate is None or predicate.verb_span[0] <= time.end:
        return False
    return bool(_SAYING_AFTER.match(text[time.end : predicate.verb_span[0]]))


def _reported_by_other(unit: Unit, time: TimeExpression, other: Unit) -> bool:
    """Whether the side clause of `unit` that holds `time` (the smallest parsed clause around
    it, with the clauses that run on from it: 'for passing a resolution on Tuesday' +
    'reaffirming the motto') is itself what `other` reports: two content lemmas in common,
    dates and numbers aside, and not words of the rest of its statement."""
    if unit.predicate is None:
        return False
    clauses = sorted(unit.predicate.clauses)
    around = [(s, e) for s, e in clauses if s <= time.start < e]
    if not around:
        return False
    start, end = min(around, key=lambda c: c[1] - c[0])
    for s, e in clauses:  # sorted by start: each clause that begins where the last ended
        if end <= s <= end + _CLAUSE_GAP:
            end = e
    for s, e in reversed(clauses):
        if start - _CLAUSE_GAP <= e <= start and s < start:
            start = s
    start = _with_antecedent(unit, start)
    # words the side clause repeats from the rest of its statement tell of a second, like
    # event ('prices rose 0.9% last month, after prices rose 0.6% in May'), not the other's
    rest = _lemmas_between(unit, unit.start, start) | _lemmas_between(unit, end, unit.end)
    shared = _lemmas_between(unit, start, end) & other.content
    return len(shared - rest - _CALENDAR_LEMMAS) >= _MIN_SHARED_LEMMAS


# a name right before a side clause, with its apposition or a relative pronoun: the one the
# clause is about ('after Ida Varn, who served from 1971 to 1983', 'since Ida Varn, a Liberal,
# held the office from 1970 to 1982'); the clause says nothing of whom without it
_ANTECEDENT = re.compile(
    r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*(?:,[^,;:]{1,40},|,)?\s*"
    r"(?:(?:who|whom|whose|which)\s*)?$"
)
_RELATIVE_PRONOUN = re.compile(r"\s*(?:who|whom|whose|which)\b")


def _with_antecedent(unit: Unit, start: int) -> int:
    """Where a side clause starts, with the name it is about right before it."""
    before = unit.text[: start - unit.start]
    pronoun = _RELATIVE_PRONOUN.match(unit.text[start - unit.start :])
    if pronoun:
        before += pronoun.group()
    found = _ANTECEDENT.search(before)
    return unit.start + found.start(1) if found else start


# characters (a space, a comma) between two clauses that run on from one another
_CLAUSE_GAP = 2
_CALENDAR_LEMMAS = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"day", "night", "week", "year"}


def _lemmas_between(unit: Unit, start: int, end: int) -> set[str]:
    """The content lemmas of the words of `unit` that lie in [start, end) of the article."""
    return {
        w.lemma
        for w in statement_words(unit)
        if start <= w.start < end
        and w.pos in _CONTENT_POS
        and not w.stop
        and not any(c.isdigit() for c in w.lemma)
    }


def inside_quotation(analysis: Analysis, unit: Unit, position: int) -> bool:
    """Whether `position` lies between quotation marks of its sentence."""
    sentences = analysis.sentences
    sentence = sentences[unit.sentence] if unit.sentence < len(sentences) else None
    start = sentence.start if sentence is not None and sentence.start <= position else unit.start
    before = analysis.article.text[start:position]
    curly = before.count("“") - before.count("”") + before.count("«") - before.count("»")
    return curly > 0 or before.count('"') % 2 == 1


def _modified_noun(unit: Unit, text: str, time: TimeExpression, before: str) -> str | None:
    """The lemma of the noun a date modifies ('the 2001 attacks', 'Wednesday's speech', 'a
    May 1 deadline': the date of that thing), '' where it modifies one that cannot be read,
    None where it modifies none."""
    after = text[time.end : time.end + 30]
    following = _NEXT_WORD.match(after)
    lemma_of = dict(zip(unit.tokens, unit.lemmas, strict=False))
    pos_of = dict(zip(unit.tokens, unit.pos, strict=False))
    word = following.group(1).lower() if following is not None else ""
    noun = lemma_of.get(word, "") if pos_of.get(word) in {"NOUN", "PROPN"} else ""
    if _POSSESSIVE.match(after) or _DETERMINER.search(before):
        return noun
    if _PREPOSITION.search(before) or not noun:
        return None
    return noun


def _read(time: TimeExpression, published: date | None) -> FactDate | None:
    """The granularity and compared key of an explicit expression, or of a month or year
    counted from a publication date that could not move it; None for the rest."""
    written = time.text
    if time.kind in {"vague", "duration", "week"}:
        return None
    weekdays = [WEEKDAYS.index(w.lower()) for w in _WORD.findall(written) if w.lower() in WEEKDAYS]
    months = [MONTHS[w.lower()] for w in _WORD.findall(written) if w.lower() in MONTHS]
    if len(weekdays) == 1 and not months and time.kind in {"date", "time"}:
        # 'last Tuesday', 'earlier Tuesday': still the day named
        edge = bool(_EDGE_WORDS.search(written))
        return FactDate(time, "weekday", (weekdays[0],), fuzzy_edge=edge)
    if _RELATIVE.search(written):
        return _counted(time, published)
    iso = _ISO.search(written)
    if iso:
        iso_year, month, day = (int(g) for g in iso.groups())
        return FactDate(time, "day", (month, day), iso_year, _weekday(time))
    years = [int(y) for y in _FOUR_DIGITS.findall(written)]
    without_years = _FOUR_DIGITS.sub(" ", written)
    days = [int(d) for d in _DAY_NUMBER.findall(without_years) if 1 <= int(d) <= 31]
    year = years[0] if len(years) == 1 else None
    if len(months) == 1 and len(days) == 1 and time.kind in {"date", "time"}:
        return FactDate(time, "day", (months[0], days[0]), year, _weekday(time))
    if len(months) == 1 and not days and time.kind == "month":
        return FactDate(time, "month", (months[0],), year)
    if time.kind == "range" and len(years) == 2 and not months:
        return FactDate(time, "years", (years[0], years[1]))
    if len(years) == 1 and not months and not days:
        if time.kind == "year":
            return FactDate(time, "year", (years[0],))
        if time.kind == "range" and time.value and time.end_value is None:
            return FactDate(time, "since", (years[0],))  # 'since 2002'
    return None


def _weekday(time: TimeExpression) -> int | None:
    day = time.day
    return day.weekday() if day is not None else None


# how far a publication date may be off (a web update, the next day's print edition)
_PUBLICATION_SLACK = timedelta(days=2)


def _counted(time: TimeExpression, published: date | None) -> FactDate | None:
    """'last year', 'last month', 'last October', 'three years ago': a year or month counted
    from the publication date, kept only when the date two days either side of it would give
    the same year or month."""
    if published is None or not time.value or time.kind not in {"year", "month"}:
        return None
    edges = (published - _PUBLICATION_SLACK, published + _PUBLICATION_SLACK)
    if time.kind == "year":
        if any(edge.year != published.year for edge in edges):
            return None
        return FactDate(time, "year", (int(time.value[:4]),))
    if any((edge.year, edge.month) != (published.year, published.month) for edge in edges):
        return None
    return FactDate(time, "month", (int(time.value[5:7]),), int(time.value[:4]))


def _publication_day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None  # timexpr already logged the unreadable date
