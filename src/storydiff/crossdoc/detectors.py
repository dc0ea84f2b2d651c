"""The detectors of conflicts between two statements, each reading one kind of disagreement
off the parsed, aligned statements and naming its evidence (crossdoc/conflicts.py says which
pairs they run on):
  number       amounts of the same thing whose intervals do not meet ('50,000' vs 'about
               40,000'; 'more than 10' vs 'dozens' agree), or two tallies of one vote
               ('65-35' vs '63-37')
  date         one explicit date of the fact on each side, of one granularity, that differ
               (crossdoc/dates.py: 'on March 12' vs 'on March 13'; never 'yesterday'), or
               one time of day of one act ('at 9:15 p.m.' vs 'at 11:40 p.m.')
  agent        the same act with agent and patient swapped, or done by a different named actor
  polarity     one asserts what the other negates (same verb, same arguments, both plain
               assertions of one tense), or denial against admission
  causality    one account gives the fact a cause ('in retaliation') the other does not
  attribution  one reports as fact or neutral accusation what the other casts doubt on
               ('accused of' vs 'on spurious charges')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Analysis, ConflictSide, ConflictType, Predicate, Span, Unit
from ..text import MONTHS, WEEKDAYS, name_key
from .agents import one_more_doer, other_groups, other_patients
from .amounts import (
    Amount,
    amounts,
    amounts_disagree,
    same_quantity,
    sum_told_elsewhere,
)
from .clock_times import clock_times, clocks_disagree
from .dates import as_written, disagreement, fact_dates, weekday_against_period
from .person_ages import with_full_names
from .polarity import opposite_conditions, opposite_speech_acts
from .signals import accusations, causes, complement, doubts, event_words, same_effect, sequences
from .tallies import differing_tallies

# verbs too general to say two statements report one act
LIGHT_VERBS = {"be", "have", "do", "say", "tell", "make", "take", "get", "go", "come", "give"}
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this"}
_DENY = {"deny", "reject", "dismiss", "refute"}
_ADMIT = {"admit", "confirm", "acknowledge", "concede"}


@dataclass(frozen=True)
class Side:
    """One statement of one article, as a detector reads it."""

    analysis: Analysis
    unit: Unit

    @property
    def outlet(self) -> str:
        return self.analysis.article.outlet

    def span(self, start: int, end: int) -> Span:
        text = self.analysis.article.text
        return Span(self.analysis.article.id, start, end, text[start:end])

    def side(self, evidence: Sequence[tuple[int, int]]) -> ConflictSide:
        unit = self.unit
        spans = tuple(self.span(s, e) for s, e in evidence)
        return ConflictSide(self.analysis.article.id, unit.start, unit.end, unit.text, spans)


@dataclass(frozen=True)
class Finding:
    """A conflict as a detector found it: evidence offsets on each side."""

    type: ConflictType
    explanation: str
    evidence_a: tuple[tuple[int, int], ...]
    evidence_b: tuple[tuple[int, int], ...]


Detector = Callable[[Side, Side], list[Finding]]
"""One kind of disagreement read off two statements."""


def words(unit: Unit) -> set[str]:
    """A statement's content lemmas, as name keys (for telling whether two share words)."""
    return {name_key(w) for w in unit.content}


def side_amounts(side: Side) -> list[Amount]:
    """A statement's amounts, a person's age keyed by the full name its article gives."""
    return with_full_names(amounts(side.unit), side.analysis.article.text)


def _numbers(a: Side, b: Side) -> list[Finding]:
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
            findings.append(_number_finding(a, b, x, y))
    return findings


def _tallies(a: Side, b: Side) -> list[Finding]:
    """Two tallies that differ (tallies.py) of one vote told with one verb ('passed 65-35'
    vs 'passed 63-37'): a story often has several votes ('a 50-49 vote on the budget' and
    'the final vote was 69 to 30'), and the aligner may group two of them."""
    pa = a.unit.predicate
    if pa is None or pa.verb in LIGHT_VERBS or not _same_verb(a.unit, b.unit):
        return []
    pair = differing_tallies(a.unit, b.unit)
    if pair is None:
        return []
    x, y = pair
    return [
        Finding(
            "number",
            f"{a.outlet} gives the tally '{_text(a, x.start, x.end)}', "
            f"{b.outlet} '{_text(b, y.start, y.end)}'",
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
            findings.append(_number_finding(a, b, x, same[0]))
    return findings


def _number_finding(a: Side, b: Side, x: Amount, y: Amount) -> Finding:
    """A number conflict between amount `x` of side `a` and `y` of side `b`."""
    return Finding(
        "number",
        f"{a.outlet} gives '{_amount_text(a, x)}', {b.outlet} '{_amount_text(b, y)}'",
        ((x.start, x.end),),
        ((y.start, y.end),),
    )


def _amount_text(side: Side, amount: Amount) -> str:
    written = _text(side, amount.start, amount.end)
    return f"{written} {amount.noun}" if amount.noun and amount.noun not in written else written


def _same_actor_and_act(a: Side, b: Side) -> bool:
    """A pair the aligner left apart may still state one figure or day: when both statements
    have the same main verb done by the same actor ('police estimated …')."""
    pa, pb = a.unit.predicate, b.unit.predicate
    return (
        pa is not None and pb is not None and pa.verb == pb.verb and pa.verb not in LIGHT_VERBS
        and pa.agent is not None and pa.agent == pb.agent and pa.agent not in _PRONOUNS
    )  # fmt: skip


def _numbers_of_one_act(a: Side, b: Side) -> list[Finding]:
    return _numbers(a, b) if _same_actor_and_act(a, b) else []


def _dates_of_one_act(a: Side, b: Side) -> list[Finding]:
    return _dates(a, b) if _same_actor_and_act(a, b) else []


def _dates(a: Side, b: Side) -> list[Finding]:
    """One explicit date of the fact on each side, of one granularity, that differ
    (crossdoc/dates.py says what counts)."""
    if not _one_act(a.unit, b.unit):
        return []  # 'he was lieutenant governor from 1993…' and 'he was governor from 1996…'
    if _future(a) != _future(b) and not _same_verb(a.unit, b.unit):
        return []  # 'will force a vote next Wednesday' and 'announced the plan Thursday'
    dates_a = fact_dates(a.analysis, a.unit, b.unit)
    dates_b = fact_dates(b.analysis, b.unit, a.unit)
    if len(dates_a) != 1 or len(dates_b) != 1:
        return []  # no date, or several facts dated: which pair to compare is a guess
    x, y = dates_a[0], dates_b[0]
    if weekday_against_period(x, y) and not _same_verb(a.unit, b.unit):
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
    'around 7:15' and 'around 7:30' agree)."""
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
            f"{a.outlet} times it '{_text(a, x.start, x.end)}', "
            f"{b.outlet} '{_text(b, y.start, y.end)}'",
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
            if x is not None and x == y and x not in _PRONOUNS:
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
    pa, pb = a.unit.predicate, b.unit.predicate
    if pa is None or pb is None or pa.verb != pb.verb or pa.verb in LIGHT_VERBS:
        return []
    if not (pa.agent_span and pb.agent_span):
        return []
    agent_a, agent_b = _text(a, *pa.agent_span), _text(b, *pb.agent_span)
    if (
        pa.agent and pa.patient and pb.agent and pb.patient
        and pa.agent != pa.patient
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
        and pa.agent not in _PRONOUNS and pb.agent not in _PRONOUNS
        and pa.agent not in b.unit.names and pb.agent not in a.unit.names
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


def _polarity(a: Side, b: Side) -> list[Finding]:
    """One asserts what the other negates: the same verb with the same arguments, plainly
    asserted on both sides, a denial against an admission of the same thing by the same
    reporter, or one consequence of an act on one side and of its failure on the other
    (crossdoc/polarity.py reads the last two)."""
    pa, pb = a.unit.predicate, b.unit.predicate
    if pa is None or pb is None or not _same_arguments(pa, pb):
        return _reported_polarity(a, b)
    if pa.verb == pb.verb and pa.negated != pb.negated and pa.verb not in LIGHT_VERBS:
        negated, plain = (a, b) if pa.negated else (b, a)
        if _hedged(a) or _hedged(b) or _future(a) != _future(b):
            return []  # 'did not recognize' then and 'will be recognized' now both hold
        span = (negated.unit.predicate.negation_span if negated.unit.predicate else None) or (0, 0)
        return [
            Finding(
                "polarity",
                f"{negated.outlet} says it did not happen ('{_text(negated, *span)}"
                f" {pa.verb}'); {plain.outlet} says it did",
                (pa.negation_span or pa.verb_span,),
                (pb.negation_span or pb.verb_span,),
            )
        ]
    if {pa.verb, pb.verb} & _DENY and {pa.verb, pb.verb} & _ADMIT:
        return [
            Finding(
                "polarity",
                f"denial against admission: {a.outlet} '{pa.verb}', {b.outlet} '{pb.verb}'",
                (pa.verb_span,),
                (pb.verb_span,),
            )
        ]
    return _reported_polarity(a, b)


def _reported_polarity(a: Side, b: Side) -> list[Finding]:
    """A denial against an admission of one reported act, or an act and its failure as the
    condition of one consequence."""
    acts = opposite_speech_acts(a.unit, b.unit)
    if acts is not None:
        x_said, y_said = ((s.start, s.end) for s in acts)
        how = [
            f"{_SAID[s.kind]} ('{_text(side, s.start, s.end)}')"
            for side, s in zip((a, b), acts, strict=True)
        ]
        explanation = f"{a.outlet} says it was {how[0]}, {b.outlet} that it was {how[1]}"
        return [Finding("polarity", explanation, (x_said,), (y_said,))]
    conditions = opposite_conditions(a.unit, b.unit)
    if conditions is None:
        return []
    x, y = conditions
    failed, done = ((a, x), (b, y)) if x.negation else ((b, y), (a, x))
    negation = failed[1].negation
    written = _text(failed[0], negation.start if negation else failed[1].start, failed[1].end)
    return [
        Finding(
            "polarity",
            f"{failed[0].outlet} gives the consequence to '{written}', "
            f"{done[0].outlet} to '{_text(done[0], done[1].start, done[1].end)}'",
            ((x.negation.start if x.negation else x.start, x.end),),
            ((y.negation.start if y.negation else y.start, y.end),),
        )
    ]


_SAID = {"denial": "denied", "admission": "confirmed"}


def _same_arguments(pa: Predicate, pb: Predicate) -> bool:
    """Two predicates about the same participants: the same patient, or none on either
    side; the same agent where both name one (a passive may leave it out); and at least one
    of them a word that names someone or something, not a pronoun ('it is not clear' and
    'it is unclear' share only 'it')."""
    if pa.patient != pb.patient:
        return False
    if pa.agent and pb.agent and pa.agent != pb.agent:
        return False
    shared = {pa.patient, pa.agent if pa.agent == pb.agent else None} - {None}
    return bool(shared - _PRONOUNS)


# a modal or a negated 'only' makes the clause something other than a plain assertion
_MODAL_BEFORE = re.compile(r"\b(?:could|might|may|would|should|can)\b[^.,;]{0,20}$", re.I)
_NOT_ONLY = re.compile(r"^\W*(?:only|just|merely)\b", re.IGNORECASE)


_FUTURE_BEFORE = re.compile(r"\b(?:will|shall|going to|['’]ll)\b[^.,;]{0,20}$", re.IGNORECASE)


def _future(side: Side) -> bool:
    """Whether the statement's verb is in the future ('will be recognized')."""
    predicate = side.unit.predicate
    if predicate is None:
        return False
    verb_start = predicate.verb_span[0]
    text = side.analysis.article.text
    return bool(_FUTURE_BEFORE.search(text[max(side.unit.start, verb_start - 30) : verb_start]))


def _hedged(side: Side) -> bool:
    """'could not be issued', 'not only X but Y': neither says the act did not happen."""
    predicate = side.unit.predicate
    if predicate is None:
        return False
    text = side.analysis.article.text
    verb_start = predicate.verb_span[0]
    if _MODAL_BEFORE.search(text[max(side.unit.start, verb_start - 30) : verb_start]):
        return True
    negation = predicate.negation_span
    return negation is not None and bool(_NOT_ONLY.match(text[negation[1] : negation[1] + 10]))


def _causality(a: Side, b: Side) -> list[Finding]:
    """One account makes the fact a consequence of another event ('in retaliation for the
    arrests'), the other places it in a sequence with that same event and no cause ('hours
    after the arrests'): opposite readings of what led to what. A sequence word alone is
    never a cause, a cause one outlet merely leaves out is an omission, and a cause and a
    sequence that link the fact to two different events do not meet."""
    cause_a, cause_b = causes(a.unit), causes(b.unit)
    if bool(cause_a) == bool(cause_b) or other_patients(a.unit, b.unit):
        return []  # a cause on both sides or on neither; or acts on two named people
    with_cause, without = (a, b) if cause_a else (b, a)
    markers = cause_a or cause_b
    antecedent = set().union(*(event_words(_cause_of(with_cause, m[1])) for m in markers))
    # the sequence may sit in the clause the parse split off ('…, hours after the barricades')
    clauses = [u for u in without.analysis.units if u.sentence == without.unit.sentence]
    sequence = [
        m for u in clauses for m in sequences(u)
        if antecedent & event_words(complement(u, m[1]))
        and same_effect(with_cause.unit, markers, antecedent, clauses)
    ]  # fmt: skip
    if not sequence:
        return []
    words = ", ".join(f"'{m[2]}'" for m in markers)
    explanation = (
        f"{with_cause.outlet} presents it as a consequence ({words}); {without.outlet} "
        f"places it in a sequence ('{sequence[0][2]}') with the same event, without that cause"
    )
    return [_finding("causality", explanation, with_cause is a, markers, sequence)]


def _cause_of(side: Side, marker_end: int) -> str:
    """The event a causal marker names: its complement, or for a marker that stands alone
    ('In retaliation, …') the statement before it."""
    named = complement(side.unit, marker_end)
    if event_words(named) or side.unit.index == 0:
        return named
    return side.analysis.units[side.unit.index - 1].text


def _attribution(a: Side, b: Side) -> list[Finding]:
    """Strong doubt ('spurious', 'so-called') against any account without it; a distancing
    verb ('claimed', 'alleged') only against a plain assertion, not against a neutral
    accusation ('accused of'), which hedges as much."""
    for strong in (True, False):
        doubt_a = doubts(a.unit, strong=strong, other=b.unit)
        doubt_b = doubts(b.unit, strong=strong, other=a.unit)
        if bool(doubt_a) == bool(doubt_b):
            if doubt_a:
                return []
            continue
        doubter, other = (a, b) if doubt_a else (b, a)
        # 'erroneously claiming' against 'claimed' (in any clause of its sentence): both
        # distance themselves
        sentence = [u for u in other.analysis.units if u.sentence == other.unit.sentence]
        if strong and any(doubts(u, strong=False, other=doubter.unit) for u in sentence):
            return []
        neutral = accusations(other.unit)
        if not strong and (neutral or doubts(other.unit, strong=True, other=doubter.unit)):
            return []
        marks = doubt_a or doubt_b
        how = f"as an accusation ('{neutral[0][2]}')" if neutral else "without doubt"
        explanation = (
            f"{doubter.outlet} casts doubt ({', '.join(repr(m[2]) for m in marks)}); "
            f"{other.outlet} reports it {how}"
        )
        return [_finding("attribution", explanation, doubter is a, marks, neutral)]
    return []


def _finding(
    kind: ConflictType,
    explanation: str,
    own_is_a: bool,
    own: Sequence[tuple[int, int, str]],
    other: Sequence[tuple[int, int, str]],
) -> Finding:
    """A finding whose evidence was read as (the side that has the marker, the other)."""
    first = tuple((s, e) for s, e, _ in own)
    second = tuple((s, e) for s, e, _ in other)
    return Finding(kind, explanation, *((first, second) if own_is_a else (second, first)))


def _text(side: Side, start: int, end: int) -> str:
    return side.analysis.article.text[start:end]


GROUPED = (_numbers, _tallies, _dates, _clocks, _agents, _polarity, _causality, _attribution)
PREDICATE_ONLY = (_numbers_of_one_act, _dates_of_one_act, _agents, _polarity, _causality)
PERSON_ONLY = (_person_ages,)
"""Run on statements that share nothing but a named person's age."""
