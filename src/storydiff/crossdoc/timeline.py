"""One timeline from all articles: dated events, merged where outlets report the same fact.

A statement is an event on the timeline when it carries a time expression that resolves to
a date (a day, or a week, month or year); statements the aligner grouped are one event, so
the event shows which outlets report it and the date each gives. Per article, a lane lists
the events it reports in the order its own dates put them. Events whose days differ
between outlets, and pairs of events two outlets put in opposite order, are marked.
Nothing is dated from outside the text: an article without a publication date keeps its
relative dates ('on Tuesday') unresolved, and says so; its days written without a year
('December 6') are still placed, as '--12-06', by month and day after the dated events.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import combinations

from ..model import (
    Analysis,
    OrderDifference,
    Span,
    StatementGroup,
    TimeExpression,
    Timeline,
    TimelineEntry,
    TimelineEvent,
    Unit,
    first_day,
    year_unknown,
)
from ..text import SAID_FORMS
from .date_scope import (
    dates_another_event,
    dates_another_noun,
    dates_the_fact,
    in_dateline,
    in_side_clause,
)
from .dates import partial_date, planned_for
from .statement_words import statement_words

_DATED_KINDS = {"date", "time", "week", "month", "year", "range"}


def build_timeline(analyses: Sequence[Analysis], groups: Sequence[StatementGroup]) -> Timeline:
    entries: dict[tuple[str, int], TimelineEntry] = {}
    own: set[TimelineEntry] = set()  # entries dated by a date of their own fact
    further: list[TimelineEntry] = []  # later dated acts of the same statements
    alone: list[TimelineEntry] = []  # dated only in another verb's clause
    for analysis in analyses:
        for unit in analysis.units:
            entry = _entry(analysis, unit)
            if entry is not None and _placed_by_side_clause(analysis, unit, entry):
                # the side clause's event: a row of its own, never its group's main act's
                alone.append(entry)
            elif entry is not None:
                entries[(analysis.article.id, unit.start)] = entry
                if _dates_own_fact(analysis, unit, entry):
                    own.add(entry)
                    further.extend(_further_dated_acts(analysis, unit, entry))
    events: list[tuple[list[TimelineEntry], str | None]] = []
    used: dict[tuple[str, int], list[TimelineEntry]] = {}  # statement -> its event's entries
    for group in groups:
        # a statement the aligner put in two groups is one event, in the first group's
        keys = [(m.article, m.start) for m in group.members]
        members = [entries[k] for k in keys if k in entries and k not in used]
        shared = [(used[k], entries[k]) for k in keys if k in used and k in entries]
        members = _join_shared_event(members, shared)
        if members:
            events.append((members, group.id if group.kind == "shared" else None))
        homes = [members] + [event for event, _ in shared]
        for k in keys:
            home = next((h for h in homes if k in entries and entries[k] in h), members)
            used.setdefault(k, home)
    for key, entry in entries.items():
        if key not in used:
            events.append(([entry], None))
    for extra in further:  # a second dated act of a statement is an event of its own
        events.append(([extra], None))
        own.add(extra)
    events.extend(([entry], None) for entry in alone)
    timeline_events = _numbered(events, own)
    lanes = {
        a.article.id: tuple(e.id for e in timeline_events if a.article.id in e.articles)
        for a in analyses
    }
    undated = tuple(a.article.id for a in analyses if not a.article.published)
    return Timeline(timeline_events, lanes, _order_differences(timeline_events), undated)


def _join_shared_event(
    members: list[TimelineEntry], shared: list[tuple[list[TimelineEntry], TimelineEntry]]
) -> list[TimelineEntry]:
    """The entries of a group left for an event of its own: those dated as a statement the
    group shares with an earlier event join that event (one outlet's lead grouped once with
    each of two outlets whose leads do not link: one fact, one row, with each outlet's
    day). Entries of another date stay an event of their own: a sentence in two groups may
    tell two facts of two days (`align.second_homes`)."""
    for event, entry in shared:
        joining = [
            m
            for m in members
            if m.date == entry.date and m.article not in {e.article for e in event}
        ]
        event.extend(joining)
        members = [m for m in members if m not in joining]
    return members


def _placed_by_side_clause(analysis: Analysis, unit: Unit, entry: TimelineEntry) -> bool:
    """Whether the entry's date is one of another verb's clause (`_side_dated`)."""
    chosen = entry.expression
    return any(
        t.start == chosen.start and t.end == chosen.end and _side_dated(analysis, unit, t)
        for t in analysis.times
    )


def _side_dated(analysis: Analysis, unit: Unit, time: TimeExpression) -> bool:
    """Whether the expression dates the event of another verb's clause ('the ferry, which
    sank on Monday, was raised'), not the main act's; a day a noun's act is set for is the
    noun's plan, read as before ('has a hearing set for March 17')."""
    return in_side_clause(unit, time.start) and not planned_for(analysis.article.text, unit, time)


def _entry(analysis: Analysis, unit: Unit) -> TimelineEntry | None:
    """The unit as a dated event, dated by its first time expression that dates its own fact
    (crossdoc/dates.py: not 'the Jan. 6 riot', not 'up from 6.4% in May'), else by the first
    that is not just when something was said ('said on Tuesday'), else by the first; and of
    those, by a day that falls within the first ('a weekend session … on Sunday night').
    Expressions that plainly date another event ('after the 2011 fight', a quoted
    'tonight') or another noun ('investigating the Jan. 6 riot', 'than in 2016') are never
    used: a statement with only those is not on the timeline. A date of another verb's
    clause ('the ferry, which sank on Monday, was raised') is used only where the main
    clause has none, and then places that clause's event (`build_timeline`)."""
    text = analysis.article.text
    inside = [
        t
        for t in analysis.times
        if unit.start <= t.start < unit.end
        and t.kind in _DATED_KINDS
        and _date(t) is not None
        and not in_dateline(analysis, t.start)
        and not dates_another_event(analysis, unit, t)
        and not dates_another_noun(analysis, unit, t)
    ]
    if not inside:
        return None
    main = [t for t in inside if not _side_dated(analysis, unit, t)]
    own = [t for t in main if dates_the_fact(analysis, unit, t)]
    facts = [t for t in main if not _said_on(text, unit, t)]
    chosen = _most_specific(own or facts or main or inside)
    value = _date(chosen)
    assert value is not None
    return TimelineEntry(
        analysis.article.id,
        unit.start,
        unit.end,
        unit.text,
        value,
        Span(analysis.article.id, chosen.start, chosen.end, chosen.text),
    )


# words that join two dates of one span or list ('from 1997 to 2009', 'in 2009 and 2010')
_DATES_JOINED = re.compile(r"(?:\bto|\bthrough|\buntil|\btill|\band|\bor|[-–,])\s*$", re.I)


def _further_dated_acts(
    analysis: Analysis, unit: Unit, entry: TimelineEntry
) -> list[TimelineEntry]:
    """The statement's later acts with dates of their own, told by another verb ('joined the
    firm in 2009 and quit earlier this month'): a statement that reports two dated events
    is on the timeline at both, not only at the first."""
    found: list[TimelineEntry] = []
    last_end, dates = entry.expression.end, {entry.date}
    verbs = [w.start for w in statement_words(unit) if w.pos in {"VERB", "AUX"}]
    for time in analysis.times:
        value = _date(time)
        if not last_end <= time.start < unit.end or time.kind not in _DATED_KINDS:
            continue
        if value is None or value in dates or in_dateline(analysis, time.start):
            continue
        if _holds(time, entry.date):
            continue  # 'on Friday … so far this year': the stretch the fact runs over
        between = analysis.article.text[last_end : time.start]
        if _DATES_JOINED.search(between) or not any(last_end <= v < time.start for v in verbs):
            continue
        # (a coordinated verb lies outside the predicate's scope: not asked to date its fact)
        if dates_another_event(analysis, unit, time) or _said_on(analysis.article.text, unit, time):
            continue
        if planned_for(analysis.article.text, unit, time):
            continue  # 'an election set for June 25': a plan the fact mentions, not an act
        span = Span(analysis.article.id, time.start, time.end, time.text)
        found.append(TimelineEntry(entry.article, unit.start, unit.end, unit.text, value, span))
        last_end = time.end
        dates.add(value)
    return found


def _holds(stretch: TimeExpression, value: str) -> bool:
    """Whether the day, month or year `value` falls within the stretch (a year, a month, a
    range such as 'so far this year')."""
    span = _span(stretch)
    if span is None or year_unknown(value):
        return False
    return span[0] <= first_day(value) <= span[1]


def _said_on(text: str, unit: Unit, time: TimeExpression) -> bool:
    """Whether the expression follows a verb of saying ('said on Tuesday'): when it was said."""
    return text[max(unit.start, time.start - 25) : time.start].rstrip(" on").endswith(SAID_FORMS)


def _dates_own_fact(analysis: Analysis, unit: Unit, entry: TimelineEntry) -> bool:
    """Whether an entry's date dates its statement's own fact, not only when it was said or
    confirmed ('On Friday, the prosecutor confirmed the boys died'): only such dates can
    differ from another outlet's date of the fact."""
    chosen = entry.expression
    return any(
        t.start == chosen.start and dates_the_fact(analysis, unit, t)
        for t in analysis.times
        if t.end == chosen.end
    )


def _most_specific(expressions: Sequence[TimeExpression]) -> TimeExpression:
    """The first expression, or a later day that falls within it (a weekend, a week, a
    month): the day says more about when the fact happened."""
    first = expressions[0]
    span = _span(first)
    for later in expressions[1:]:
        value = _date(later)
        if span is None or value is None or len(value) != len("2026-03-14"):
            continue
        if span[0] <= first_day(value) <= span[1]:
            return later
    return first


def _span(expression: TimeExpression) -> tuple[date, date] | None:
    """The first and last day an expression covers; None for a single day."""
    value = _start(expression)
    if value is None:
        return None
    if expression.kind == "range" and expression.value and expression.end_value:
        return first_day(expression.value), first_day(expression.end_value)
    if "-W" in value:
        return first_day(value), first_day(value) + timedelta(days=6)
    if len(value) == len("2026-03"):
        year, month = int(value[:4]), int(value[5:])
        return date(year, month, 1), date(year, month, monthrange(year, month)[1])
    if len(value) == len("2026"):
        return date(int(value), 1, 1), date(int(value), 12, 31)
    return None


def _date(expression: TimeExpression) -> str | None:
    """Where an expression puts its fact: its ISO start, or a day or month with no known
    year ('--12-06')."""
    return _start(expression) or partial_date(expression)


def _start(expression: TimeExpression) -> str | None:
    """The ISO value an expression starts at: a range's start, or its end when open."""
    if expression.kind == "range":
        return expression.value or expression.end_value
    return expression.value


def _numbered(
    events: list[tuple[list[TimelineEntry], str | None]], own: set[TimelineEntry] | None = None
) -> tuple[TimelineEvent, ...]:
    """The events in date order, numbered; only entries in `own` (all, when not given) can
    make an event's days differ."""

    def key(item: tuple[list[TimelineEntry], str | None]) -> tuple[date, int]:
        members, _ = item
        return first_day(_event_date(members)), members[0].start

    result = []
    for number, (members, statement) in enumerate(sorted(events, key=key), start=1):
        differ = _days_differ([m for m in members if own is None or m in own])
        result.append(
            TimelineEvent(f"t{number}", _event_date(members), tuple(members), differ, statement)
        )
    return tuple(result)


def _event_date(members: Sequence[TimelineEntry]) -> str:
    """The date most articles give the event, the earliest of those tied: two outlets that
    date a ruling Thursday place it there, not a third's aside on the 1992 ruling it cites."""
    articles: dict[str, set[str]] = {}
    for member in members:
        articles.setdefault(member.date, set()).add(member.article)
    return min(articles, key=lambda value: (-len(articles[value]), first_day(value)))


def _days_differ(members: Sequence[TimelineEntry]) -> bool:
    """Two articles date the event to different days (by month and day where one gives no
    year: '--12-08' and '2022-12-10' differ, '--12-10' and '2022-12-10' do not)."""
    days = [(m.article, m.date) for m in members if _is_day(m.date)]
    return any(a != b and _other_day(x, y) for (a, x), (b, y) in combinations(days, 2))


def _is_day(value: str) -> bool:
    return len(value) == len("2026-03-14") or (year_unknown(value) and len(value) == len("--03-14"))


def _other_day(x: str, y: str) -> bool:
    if year_unknown(x) != year_unknown(y):
        return x[-5:] != y[-5:]
    return x != y


def _day_order(x: str, y: str) -> int | None:
    """-1, 0 or 1 as day `x` comes before, with or after day `y`; None where one of them
    has no year and the other has one (no year is guessed to order them)."""
    if year_unknown(x) != year_unknown(y):
        return None
    return (x > y) - (x < y)


def _order_differences(events: Sequence[TimelineEvent]) -> tuple[OrderDifference, ...]:
    """Pairs of events that two articles date in opposite order (days only)."""
    found = []
    for x, y in combinations(events, 2):
        dates_x = {e.article: e.date for e in x.entries if _is_day(e.date)}
        dates_y = {e.article: e.date for e in y.entries if _is_day(e.date)}
        both = sorted(set(dates_x) & set(dates_y))
        before = [a for a in both if _day_order(dates_x[a], dates_y[a]) == -1]
        after = [a for a in both if _day_order(dates_x[a], dates_y[a]) == 1]
        if before and after:
            found.append(OrderDifference(x.id, y.id, (before[0], after[0])))
    return tuple(found)
