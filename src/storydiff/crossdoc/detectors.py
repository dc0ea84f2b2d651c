"""The detectors of conflicts between two statements, each reading one kind of disagreement
off the parsed, aligned statements and naming its evidence (crossdoc/conflicts.py says which
pairs they run on):
  number       amounts of the same thing whose intervals do not meet ('50,000' vs 'about
               40,000'; 'more than 10' vs 'dozens' agree), or two tallies of one vote
               ('65-35' vs '63-37')
  date         one explicit date of the fact on each side, of one granularity, that differ
               (crossdoc/dates.py: 'on March 12' vs 'on March 13'; never 'yesterday'), or
               one time of day of one act ('at 9:15 p.m.' vs 'at 11:40 p.m.')
  agent        the same act with agent and patient swapped, or done by a different named actor,
               or set in two places of one granularity (crossdoc/places.py: 'in Tarrowby' vs
               'in Melnick'; never a town against its county or state), or with two
               institutions of one kind (crossdoc/institutions.py, grouped statements only)
  (crossdoc/claim_detectors.py:)
  polarity     one asserts what the other negates (same verb, same arguments, both plain
               assertions of one tense), or denial against admission
  causality    one account gives the fact a cause ('in retaliation') the other does not
  attribution  one reports as fact or neutral accusation what the other casts doubt on
               ('accused of' vs 'on spurious charges'); a death presumed against one
               stated as fact (crossdoc/presumptions.py: 'presumed dead' vs 'died')
"""

from __future__ import annotations

import re

from ..model import Unit
from ..text import MONTHS, PERSON_WORDS, WEEKDAYS, fold
from .agents import one_actor_told_two_ways, one_more_doer, other_groups, other_patients
from .amount_compare import amounts_disagree, same_quantity, sum_told_elsewhere
from .amounts import Amount, amounts
from .changes import changes, changes_disagree
from .claim_detectors import attribution, causality, polarity
from .clock_times import clock_times, clocks_disagree
from .date_scope import main_act_untold
from .dates import (
    as_written,
    disagreement,
    fact_dates,
    finer_against_coarser,
    weekday_against_period,
)
from .durations import durations, durations_disagree
from .institutions import institutions_disagree
from .occurrences import same_occurrence
from .people_counts import nationals_fate
from .person_ages import with_full_names
from .places import places_disagree
from .presumptions import presumed_deaths
from .sides import (
    LIGHT_VERBS,
    PRONOUNS,
    SYMMETRIC_VERBS,
    VOTE_VERB_GROUPS,
    Detector,
    Finding,
    Side,
    is_future,
    side_text,
    words,
)
from .tallies import differing_tallies
from .tolls import toll_counts

__all__ = [
    "GROUPED",
    "LIGHT_VERBS",
    "OCCURRENCE_ONLY",
    "PERSON_ONLY",
    "PREDICATE_ONLY",
    "TOLL_ONLY",
    "Detector",
    "Finding",
    "Side",
    "side_amounts",
    "words",
]


def side_amounts(side: Side) -> list[Amount]:
    """A statement's amounts, a person's age keyed by the full name its article gives."""
    return with_full_names(amounts(side.unit), side.analysis.article.text)


def _numbers(a: Side, b: Side) -> list[Finding]:
    if _other_actors(a.unit, b.unit):
        return []  # 'Vell missed three games' and 'Orrell missed four games': two counts
    findings = []
    left, right = side_amounts(a), side_amounts(b)
    for x in left:
        same_right = [y for y in right if same_quantity(x, y)]
        if len(same_right) != 1:
            continue
        y = same_right[0]
        # one amount of the quantity on each side, seen from either amount: two amounts of one
        # noun may count two things
        if sum(same_quantity(x, z) for z in left) != 1:
            continue
        if (
            sum(same_quantity(y, z) for z in left) != 1
            or sum(same_quantity(y, z) for z in right) != 1
        ):
            continue
        others_left = [z for z in left if z is not x]
        others_right = [z for z in right if z is not y]
        if sum_told_elsewhere(y, others_left) or sum_told_elsewhere(x, others_right):
            continue  # each side tells the other's sum, of another noun: two sums, two things
        if amounts_disagree(x, y):
            findings.append(_numberfinding(a, b, x, y))
    return findings


def _part_above_whole(a: Side, b: Side) -> list[Finding]:
    """More of one nationality dead or hurt than all the people on the other side ('killed 19
    Canadians' against 'killed 14 people'): a part cannot be larger than its whole. Fewer of
    them may be some of the dead, and is no conflict."""
    findings = []
    for side, other in ((a, b), (b, a)):
        text = side.analysis.article.text
        mine, theirs = side_amounts(side), side_amounts(other)
        for x in mine:
            fate = nationals_fate(text, x.start, x.end, x.noun) if not x.unit else ""
            wholes = [y for y in theirs if y.head == fate and not y.unit]
            if not fate or len(wholes) != 1 or any(z.head == fate for z in mine):
                continue  # no whole to hold it, or its own side tells the whole too
            y = wholes[0]
            if x.low > y.high:
                pair = (x, y) if side is a else (y, x)
                findings.append(_numberfinding(a, b, *pair))
    return findings


def _tolls(a: Side, b: Side) -> list[Finding]:
    """One toll of the dead or injured told differently by two statements the aligner left
    apart ('Two workers were killed' vs 'Three workers died'; crossdoc/tolls.py), one count
    of it on each side, unless the two statements date two days."""
    left = toll_counts(a.analysis, a.unit, side_amounts(a))
    right = toll_counts(b.analysis, b.unit, side_amounts(b))
    findings = []
    for key, x in left:
        same = [y for k, y in right if k == key]
        if len(same) != 1 or sum(k == key for k, _ in left) != 1:
            continue
        y = same[0]
        if (x.high < y.low or y.high < x.low) and not _dates(a, b):
            findings.append(_numberfinding(a, b, x, y))
    return findings


def _dates_of_one_toll(a: Side, b: Side) -> list[Finding]:
    """The first statements of two articles that give one toll with counts that agree tell
    one event, whatever their verbs ('Twelve people died … on March 3' / 'Twelve people were
    killed … on March 5'): two dates of it disagree."""
    left = toll_counts(a.analysis, a.unit, side_amounts(a))
    right = toll_counts(b.analysis, b.unit, side_amounts(b))
    agree = any(k == j and x.low <= y.high and y.low <= x.high for k, x in left for j, y in right)
    return _dates(a, b) if agree else []


def _tallies(a: Side, b: Side) -> list[Finding]:
    """Two tallies that differ (tallies.py) of one vote told with one verb ('passed 65-35'
    vs 'passed 63-37'): a story often has several votes ('a 50-49 vote on the budget' and
    'the final vote was 69 to 30'), and the aligner may group two of them."""
    pa, pb = a.unit.predicate, b.unit.predicate
    if pa is None or pb is None or pa.verb in LIGHT_VERBS:
        return []
    one_vote = any({pa.verb, pb.verb} <= group for group in VOTE_VERB_GROUPS)
    if not (_same_verb(a.unit, b.unit) or one_vote):
        return []
    pair = differing_tallies(a.unit, b.unit)
    if pair is None:
        return []
    x, y = pair
    return [
        Finding(
            "number",
            f"{a.outlet} gives the tally '{side_text(a, x.start, x.end)}', "
            f"{b.outlet} '{side_text(b, y.start, y.end)}'",
            ((x.start, x.end),),
            ((y.start, y.end),),
        )
    ]


def _person_ages(a: Side, b: Side) -> list[Finding]:
    """The age of one named person told differently ('Dana Orrell, 34' vs 'a 35-year-old
    Dana Orrell'), in two statements of any facts: an age belongs to the person, not to the
    fact a statement reports. Only a name each statement gives one age."""
    left = [x for x in side_amounts(a) if x.person]
    right = [y for y in side_amounts(b) if y.person]
    findings = []
    for x in left:
        same = [y for y in right if y.head == x.head]
        if len(same) != 1 or sum(z.head == x.head for z in left) != 1:
            continue
        if amounts_disagree(x, same[0]):
            findings.append(_numberfinding(a, b, x, same[0]))
    return findings


def _one_persons_ages(a: Side, b: Side) -> list[Finding]:
    """The age of the one person of a fact, named on one side only ('arrested a 34-year-old
    man' vs 'arrested Tomas Vell, 36'): each statement gives one age, and the one that names
    no one names nobody the other does not (the man may be someone else)."""
    left = [x for x in side_amounts(a) if x.head.startswith("age ")]
    right = [y for y in side_amounts(b) if y.head.startswith("age ")]
    if len(left) != 1 or len(right) != 1 or left[0].person == right[0].person:
        return []
    x, y = left[0], right[0]
    unnamed, named = (a, b) if y.person else (b, a)
    generic = (x if y.person else y).head.removeprefix("age ")
    if generic not in PERSON_WORDS or not unnamed.unit.names <= named.unit.names:
        return []
    if x.high < y.low or y.high < x.low:
        return [_numberfinding(a, b, x, y)]
    return []


def _numberfinding(a: Side, b: Side, x: Amount, y: Amount) -> Finding:
    """A number conflict between amount `x` of side `a` and `y` of side `b`."""
    return Finding(
        "number",
        f"{a.outlet} gives '{_amountside_text(a, x)}', {b.outlet} '{_amountside_text(b, y)}'",
        ((x.start, x.end),),
        ((y.start, y.end),),
    )


def _amountside_text(side: Side, amount: Amount) -> str:
    written = side_text(side, amount.start, amount.end)
    return f"{written} {amount.noun}" if amount.noun and amount.noun not in written else written


def _same_actor_and_act(a: Side, b: Side) -> bool:
    """A pair the aligner left apart may still state one figure or day: when both statements
    have the same main verb done by the same actor ('police estimated …')."""
    pa, pb = a.unit.predicate, b.unit.predicate
    return (
        pa is not None and pb is not None and pa.verb == pb.verb and pa.verb not in LIGHT_VERBS
        and pa.agent is not None and pa.agent == pb.agent and pa.agent not in PRONOUNS
    )  # fmt: skip


def _numbers_of_one_act(a: Side, b: Side) -> list[Finding]:
    return _numbers(a, b) if _same_actor_and_act(a, b) else []


def _dates_of_one_act(a: Side, b: Side) -> list[Finding]:
    return _dates(a, b) if _same_actor_and_act(a, b) else []


def _dates_of_one_occurrence(a: Side, b: Side) -> list[Finding]:
    """A pair the aligner left apart that tells when one event happened ('the shooting
    happened Friday, May 8' and 'on the ferry deck on May 6 when the incident occurred')."""
    if not same_occurrence(a.unit, b.unit):
        return []
    return _dates(a, b) + _clocks(a, b)


def _dates(a: Side, b: Side) -> list[Finding]:
    """One explicit date of the fact on each side, of one granularity, that differ
    (crossdoc/dates.py says what counts)."""
    if not (_one_act(a.unit, b.unit) or same_occurrence(a.unit, b.unit)):
        return []  # 'he was lieutenant governor from 1993…' and 'he was governor from 1996…'
    if is_future(a) != is_future(b) and not _same_verb(a.unit, b.unit):
        return []  # 'will force a vote next Wednesday' and 'announced the plan Thursday'
    dates_a = fact_dates(a.analysis, a.unit, b.unit)
    dates_b = fact_dates(b.analysis, b.unit, a.unit)
    if len(dates_a) != 1 or len(dates_b) != 1:
        return []  # no date, or several facts dated: which pair to compare is a guess
    x, y = dates_a[0], dates_b[0]
    if main_act_untold(a.unit, x.expression, b.unit, y.expression) or main_act_untold(
        b.unit, y.expression, a.unit, x.expression
    ):
        return []  # a side clause's date against the date of another main act
    if (weekday_against_period(x, y) or finer_against_coarser(x, y)) and not _same_verb(
        a.unit, b.unit
    ):
        return []  # 'on Friday' against a month or year: only for one act told with one verb
    published = (a.analysis.article.published, b.analysis.article.published)
    # an unknown publication day is taken as the other's, as when both are unknown
    same_day = None in published or published[0] == published[1]
    if not disagreement(x, y, same_day):
        return []
    ex, ey = x.expression, y.expression
    return [
        Finding(
            "date",
            f"{a.outlet} dates it {as_written(ex)}, {b.outlet} {as_written(ey)}",
            ((ex.start, ex.end),),
            ((ey.start, ey.end),),
        )
    ]


def _clocks(a: Side, b: Side) -> list[Finding]:
    """One time of day of the fact on each side, of one act (the same main verb), on one day
    as far as both say, that cannot both be right ('at 9:15 p.m.' vs 'at 11:40 p.m.';
    'around 7:15' and 'around 7:30' agree), or of one event one of them says happened
    ('the shooting happened around 7:30 p.m.' and 'the teen was shot at 9:10 p.m.')."""
    if not same_occurrence(a.unit, b.unit):
        if not _same_verb(a.unit, b.unit) or a.unit.predicate is None:
            return []
        if a.unit.predicate.verb in LIGHT_VERBS:
            return []
    times_a, times_b = clock_times(a.analysis, a.unit), clock_times(b.analysis, b.unit)
    if len(times_a) != 1 or len(times_b) != 1 or not clocks_disagree(times_a[0], times_b[0]):
        return []
    dates_a = fact_dates(a.analysis, a.unit, b.unit)
    dates_b = fact_dates(b.analysis, b.unit, a.unit)
    published = (a.analysis.article.published, b.analysis.article.published)
    same_day = None in published or published[0] == published[1]
    if len(dates_a) == 1 and len(dates_b) == 1 and disagreement(dates_a[0], dates_b[0], same_day):
        return []  # two days: the date detector tells it, or they are two events
    x, y = times_a[0], times_b[0]
    return [
        Finding(
            "date",
            f"{a.outlet} times it '{side_text(a, x.start, x.end)}', "
            f"{b.outlet} '{side_text(b, y.start, y.end)}'",
            ((x.start, x.end),),
            ((y.start, y.end),),
        )
    ]


# content words two statements must share, besides their dates, to date one thing
_MIN_SHARED_WORDS = 2
_CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"night", "morning", "year"}


def _same_verb(a: Unit, b: Unit) -> bool:
    pa, pb = a.predicate, b.predicate
    return pa is not None and pb is not None and pa.verb == pb.verb


def _one_act(a: Unit, b: Unit) -> bool:
    """Evidence beyond the aligner's that two statements date one thing: the same main verb
    (not a light one like 'be'), the same named agent or patient ('the House passed…', 'the
    House voted…'), or two content words in common ('the face-off Thursday night' and 'the
    debate on Tuesday' of 'the vice presidential debate'). Two different named actors do
    two acts ('the appeals court allowed…' and 'Judge Pitman granted…'), and acts on two
    different named people, one of them not named in the other statement, are two acts
    ('Varn was put on leave on Monday' and 'the club signed Osk on Friday to replace Varn')."""
    pa, pb = a.predicate, b.predicate
    if pa is not None and pb is not None:
        if _other_actors(a, b) or other_patients(a, b):
            return False
        if pa.verb == pb.verb and pa.verb not in LIGHT_VERBS:
            return True
        for x, y in ((pa.agent, pb.agent), (pa.patient, pb.patient)):
            if x is not None and x == y and x not in PRONOUNS:
                return True
    shared = (words(a) & words(b)) - _CALENDAR_WORDS
    return sum(not any(c.isdigit() for c in w) for w in shared) >= _MIN_SHARED_WORDS


def _other_actors(a: Unit, b: Unit) -> bool:
    """Whether two statements have different named agents, neither named in the other."""
    pa, pb = a.predicate, b.predicate
    return (
        pa is not None and pb is not None and pa.agent_is_name and pb.agent_is_name
        and pa.agent is not None and pb.agent is not None and pa.agent != pb.agent
        and pa.agent not in b.names and pb.agent not in a.names
    )  # fmt: skip


def _agents(a: Side, b: Side) -> list[Finding]:
    """Who did the act, and where (the gold types a place difference as agent too)."""
    return _actors(a, b) + places_disagree(a, b)


def _actors(a: Side, b: Side) -> list[Finding]:
    pa, pb = a.unit.predicate, b.unit.predicate
    if pa is None or pb is None or pa.verb != pb.verb or pa.verb in LIGHT_VERBS:
        return []
    if not (pa.agent_span and pb.agent_span):
        return []
    agent_a, agent_b = side_text(a, *pa.agent_span), side_text(b, *pb.agent_span)
    if (
        pa.agent and pa.patient and pb.agent and pb.patient
        and pa.agent != pa.patient and pa.verb not in SYMMETRIC_VERBS
        and pa.agent == pb.patient and pa.patient == pb.agent
    ):  # fmt: skip
        return [
            Finding(
                "agent",
                f"who {pa.verb} whom is reversed: {a.outlet} has '{agent_a}' as the one who "
                f"acts, {b.outlet} has '{agent_b}'",
                (pa.agent_span,),
                (pb.agent_span,),
            )
        ]
    if one_more_doer(a.unit) or one_more_doer(b.unit):
        return []  # 'the FEC also extended benefits': another actor besides, not instead
    if (
        pa.patient and pa.patient == pb.patient
        and pa.agent_is_name and pb.agent_is_name
        and pa.agent and pb.agent and pa.agent != pb.agent
        and pa.agent not in PRONOUNS and pb.agent not in PRONOUNS
        and pa.agent not in b.unit.names and pb.agent not in a.unit.names
        and not _one_holds_the_other(agent_a, agent_b)
        and not one_actor_told_two_ways(a.analysis, a.unit, b.analysis, b.unit)
    ) or other_groups(a.analysis, a.unit, b.analysis, b.unit):  # fmt: skip
        return [
            Finding(
                "agent",
                f"a different actor: {a.outlet} says '{agent_a}' {pa.verb}, "
                f"{b.outlet} says '{agent_b}'",
                (pa.agent_span,),
                (pb.agent_span,),
            )
        ]
    return []


def _durations(a: Side, b: Side) -> list[Finding]:
    """How long one act lasted, told differently ('on strike for two months' vs 'for three
    months'): one length on each side, of one act (crossdoc/durations.py)."""
    if not _one_act(a.unit, b.unit):
        return []
    left, right = durations(a.analysis, a.unit), durations(b.analysis, b.unit)
    if len(left) != 1 or len(right) != 1 or not durations_disagree(left[0], right[0]):
        return []
    x, y = left[0], right[0]
    return [
        Finding(
            "number",
            f"{a.outlet} gives '{x.text}', {b.outlet} '{y.text}'",
            ((x.start, x.end),),
            ((y.start, y.end),),
        )
    ]


def _changes(a: Side, b: Side) -> list[Finding]:
    """One level reached by two changes that cannot both be right ('dropped 12,000 to
    250,000' vs 'fell to 250,000 from a revised 274,500'): one on each side (changes.py)."""
    left, right = changes(a.unit), changes(b.unit)
    if len(left) != 1 or len(right) != 1 or not changes_disagree(left[0], right[0]):
        return []
    x, y = left[0], right[0]
    return [
        Finding(
            "number",
            f"{a.outlet} gives '{side_text(a, x.start, x.end)}', "
            f"{b.outlet} '{side_text(b, y.start, y.end)}': the change to one level differs",
            ((x.start, x.end),),
            ((y.start, y.end),),
        )
    ]


_AGENT_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?")
_ARTICLES = frozenset({"the", "a", "an"})


def _one_holds_the_other(agent_a: str, agent_b: str) -> bool:
    """Whether every word of one agent is in the other ('the Velmoran President-elect' and
    'Velmoran president-elect Ana Holm'): a title and the titled name are one actor."""

    def key(agent: str) -> set[str]:
        found = {fold(m.group().replace(".", "")) for m in _AGENT_WORD.finditer(agent)}
        return found - _ARTICLES

    a, b = key(agent_a), key(agent_b)
    return bool(a and b) and (a <= b or b <= a)


GROUPED = (
    _numbers,
    _part_above_whole,
    _one_persons_ages,
    _durations,
    _changes,
    _tallies,
    _dates,
    _clocks,
    _agents,
    institutions_disagree,
    polarity,
    causality,
    attribution,
    presumed_deaths,
)
PREDICATE_ONLY = (_numbers_of_one_act, _dates_of_one_act, _agents, polarity, causality)
OCCURRENCE_ONLY = (_dates_of_one_occurrence,)
"""Run on statements the aligner left apart that tell when one event happened."""
TOLL_ONLY = (_tolls, _dates_of_one_toll)
"""Run on the first statements of two articles that give one toll (crossdoc/tolls.py)."""
PERSON_ONLY = (_person_ages,)
"""Run on statements that share nothing but a named person's age."""
