"""Where two outlets' accounts of one fact disagree, and why: explainable detectors.

No NLI model runs offline, so each detector reads one kind of disagreement off the parsed,
aligned statements and names its evidence:
  number       amounts of the same thing whose intervals do not meet ('50,000' vs 'about
               40,000'; 'more than 10' vs 'dozens' agree)
  date         the same fact on different days, after normalisation
  agent        the same act with agent and patient swapped, or done by a different named actor
  polarity     one asserts what the other negates, or denial against admission
  causality    one account gives the fact a cause ('in retaliation') the other does not
  attribution  one reports as fact or neutral accusation what the other casts doubt on
               ('accused of' vs 'on spurious charges')
Detectors run on statement pairs the aligner grouped; the predicate-level ones (agent,
polarity, causality) also on pairs that share their main verb, an object word and a name but
that the aligner left apart, like the two military alerts of the seed pair. Precision first:
a conflict shown must be one a careful reader agrees with.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations

from ..model import (
    Analysis,
    Conflict,
    ConflictSide,
    ConflictType,
    Span,
    StatementGroup,
    TimeExpression,
    Unit,
)
from ..nlp.parse import normalise_name
from .signals import accusations, amounts, amounts_disagree, causes, doubts

# verbs too general to say two statements report one act
_LIGHT_VERBS = {"be", "have", "do", "say", "tell", "make", "take", "get", "go", "come", "give"}
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this"}
_DENY = {"deny", "reject", "dismiss", "refute"}
_ADMIT = {"admit", "confirm", "acknowledge", "concede"}


@dataclass(frozen=True)
class _Side:
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
class _Finding:
    type: ConflictType
    explanation: str
    evidence_a: tuple[tuple[int, int], ...]
    evidence_b: tuple[tuple[int, int], ...]


def find_conflicts(
    analyses: Sequence[Analysis], groups: Sequence[StatementGroup]
) -> tuple[Conflict, ...]:
    """Every conflict between aligned (or predicate-matched) statements of two articles."""
    conflicts: list[Conflict] = []
    seen: set[tuple[str, int, str, int, str]] = set()
    for group_id, a, b in _candidates(analyses, groups):
        detectors = _GROUPED if group_id else _PREDICATE_ONLY
        for detector in detectors:
            for finding in detector(a, b):
                key = (a.analysis.article.id, a.unit.start, b.analysis.article.id, b.unit.start)
                if (*key, finding.type) in seen:
                    continue
                seen.add((*key, finding.type))
                conflicts.append(
                    Conflict(
                        id=f"c{len(conflicts) + 1}",
                        type=finding.type,
                        explanation=finding.explanation,
                        sides=(a.side(finding.evidence_a), b.side(finding.evidence_b)),
                        statement=group_id,
                    )
                )
    return tuple(conflicts)


def statement_conflicts(
    left: Analysis, a: Unit, right: Analysis, b: Unit, *, aligned: bool = True
) -> tuple[Conflict, ...]:
    """The conflicts between two statements known to report one fact (`aligned`), or only
    the predicate-level ones when they merely share their act."""
    x, y = _Side(left, a), _Side(right, b)
    found = []
    for detector in _GROUPED if aligned else _PREDICATE_ONLY:
        for finding in detector(x, y):
            sides = (x.side(finding.evidence_a), y.side(finding.evidence_b))
            found.append(Conflict("", finding.type, finding.explanation, sides))
    return tuple(found)


def _candidates(
    analyses: Sequence[Analysis], groups: Sequence[StatementGroup]
) -> Iterator[tuple[str | None, _Side, _Side]]:
    order = {a.article.id: i for i, a in enumerate(analyses)}
    units = {(a.article.id, u.start): _Side(a, u) for a in analyses for u in a.units}
    grouped: set[tuple[str, int, str, int]] = set()
    for group in groups:
        if group.kind != "shared":
            continue
        members = sorted(group.members, key=lambda m: (order[m.article], m.start))
        sides = [side for m in members if (side := units.get((m.article, m.start)))]
        for a, b in _closest_pairs(sides):
            grouped.add((a.analysis.article.id, a.unit.start, b.analysis.article.id, b.unit.start))
            yield group.id, a, b
    for left, right in combinations(analyses, 2):
        for ua in left.units:
            for ub in right.units:
                if (left.article.id, ua.start, right.article.id, ub.start) in grouped:
                    continue
                if _same_act(ua, ub):
                    yield None, _Side(left, ua), _Side(right, ub)


def _closest_pairs(sides: list[_Side]) -> list[tuple[_Side, _Side]]:
    """Cross-article pairs of a group; where an article brings several statements, only
    statements that are each other's closest counterpart (most content words shared) are
    paired, so a group that holds two facts does not set one fact against the other."""

    def best(x: _Side, article: str) -> _Side:
        others = [y for y in sides if y.analysis.article.id == article]
        return max(others, key=lambda y: (len(_words(x.unit) & _words(y.unit)), -y.unit.start))

    pairs = []
    for i, x in enumerate(sides):
        for y in sides[i + 1 :]:
            a, b = x.analysis.article.id, y.analysis.article.id
            if a != b and best(x, b) is y and best(y, a) is x:
                pairs.append((x, y))
    return pairs


def _words(unit: Unit) -> set[str]:
    return {normalise_name(w) for w in unit.content}


def _same_act(a: Unit, b: Unit) -> bool:
    """Two statements about one act though the aligner left them apart: the same main verb,
    and two more content words in common ('put … on alert', Serbia / Serbian)."""
    pa, pb = a.predicate, b.predicate
    if pa is None or pb is None or pa.verb != pb.verb or pa.verb in _LIGHT_VERBS:
        return False
    return len((_words(a) & _words(b)) - {normalise_name(pa.verb)}) >= 2


# -- detectors -----------------------------------------------------------------------------


def _numbers(a: _Side, b: _Side) -> list[_Finding]:
    findings = []
    left, right = amounts(a.unit), amounts(b.unit)
    for x in left:
        same_left = [y for y in left if y.head == x.head]
        same_right = [y for y in right if y.head == x.head]
        # one amount of the thing on each side: two amounts of one noun may count two things
        if len(same_left) != 1 or len(same_right) != 1:
            continue
        y = same_right[0]
        if amounts_disagree(x, y):
            findings.append(
                _Finding(
                    "number",
                    f"{a.outlet} gives '{_text(a, x.start, x.end)} {x.noun}', "
                    f"{b.outlet} '{_text(b, y.start, y.end)} {y.noun}'",
                    ((x.start, x.end),),
                    ((y.start, y.end),),
                )
            )
    return findings


def _dates(a: _Side, b: _Side) -> list[_Finding]:
    days_a, days_b = _days(a), _days(b)
    if len(days_a) != 1 or len(days_b) != 1:
        return []
    x, y = days_a[0], days_b[0]
    if x.day == y.day:
        return []
    return [
        _Finding(
            "date",
            f"{a.outlet} dates it '{x.text}' ({x.value}), {b.outlet} '{y.text}' ({y.value})",
            ((x.start, x.end),),
            ((y.start, y.end),),
        )
    ]


def _days(side: _Side) -> list[TimeExpression]:
    unit = side.unit
    return [
        t for t in side.analysis.times if unit.start <= t.start < unit.end and t.day is not None
    ]


def _agents(a: _Side, b: _Side) -> list[_Finding]:
    pa, pb = a.unit.predicate, b.unit.predicate
    if pa is None or pb is None or pa.verb != pb.verb or pa.verb in _LIGHT_VERBS:
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
            _Finding(
                "agent",
                f"who {pa.verb} whom is reversed: {a.outlet} has '{agent_a}' as the one who "
                f"acts, {b.outlet} has '{agent_b}'",
                (pa.agent_span,),
                (pb.agent_span,),
            )
        ]
    if (
        pa.patient and pa.patient == pb.patient
        and pa.agent_is_name and pb.agent_is_name
        and pa.agent and pb.agent and pa.agent != pb.agent
        and pa.agent not in _PRONOUNS and pb.agent not in _PRONOUNS
        and pa.agent not in b.unit.names and pb.agent not in a.unit.names
    ):  # fmt: skip
        return [
            _Finding(
                "agent",
                f"a different actor: {a.outlet} says '{agent_a}' {pa.verb}, "
                f"{b.outlet} says '{agent_b}'",
                (pa.agent_span,),
                (pb.agent_span,),
            )
        ]
    return []


def _polarity(a: _Side, b: _Side) -> list[_Finding]:
    pa, pb = a.unit.predicate, b.unit.predicate
    if pa is None or pb is None:
        return []
    shares_argument = (pa.patient and pa.patient == pb.patient) or (
        pa.agent and pa.agent == pb.agent
    )
    if pa.verb == pb.verb and pa.negated != pb.negated and shares_argument:
        negated, plain = (a, b) if pa.negated else (b, a)
        span = (negated.unit.predicate.negation_span if negated.unit.predicate else None) or (0, 0)
        return [
            _Finding(
                "polarity",
                f"{negated.outlet} says it did not happen ('{_text(negated, *span)}"
                f" {pa.verb}'); {plain.outlet} says it did",
                (pa.negation_span or pa.verb_span,),
                (pb.negation_span or pb.verb_span,),
            )
        ]
    if {pa.verb, pb.verb} & _DENY and {pa.verb, pb.verb} & _ADMIT and shares_argument:
        return [
            _Finding(
                "polarity",
                f"denial against admission: {a.outlet} '{pa.verb}', {b.outlet} '{pb.verb}'",
                (pa.verb_span,),
                (pb.verb_span,),
            )
        ]
    return []


def _causality(a: _Side, b: _Side) -> list[_Finding]:
    cause_a, cause_b = causes(a.unit), causes(b.unit)
    if bool(cause_a) == bool(cause_b):
        return []
    with_cause, without = (a, b) if cause_a else (b, a)
    markers = cause_a or cause_b
    words = ", ".join(f"'{m[2]}'" for m in markers)
    explanation = (
        f"{with_cause.outlet} presents it as a consequence ({words}); "
        f"{without.outlet} reports it without that cause"
    )
    evidence = tuple((s, e) for s, e, _ in markers)
    if with_cause is a:
        return [_Finding("causality", explanation, evidence, ())]
    return [_Finding("causality", explanation, (), evidence)]


def _attribution(a: _Side, b: _Side) -> list[_Finding]:
    doubt_a, doubt_b = doubts(a.unit), doubts(b.unit)
    if bool(doubt_a) == bool(doubt_b):
        return []
    doubter, other = (a, b) if doubt_a else (b, a)
    marks = doubt_a or doubt_b
    neutral = accusations(other.unit)
    how = f"as an accusation ('{neutral[0][2]}')" if neutral else "without doubt"
    explanation = (
        f"{doubter.outlet} casts doubt ({', '.join(repr(m[2]) for m in marks)}); "
        f"{other.outlet} reports it {how}"
    )
    doubter_evidence = tuple((s, e) for s, e, _ in marks)
    other_evidence = tuple((s, e) for s, e, _ in neutral)
    if doubter is a:
        return [_Finding("attribution", explanation, doubter_evidence, other_evidence)]
    return [_Finding("attribution", explanation, other_evidence, doubter_evidence)]


def _text(side: _Side, start: int, end: int) -> str:
    return side.analysis.article.text[start:end]


_GROUPED = (_numbers, _dates, _agents, _polarity, _causality, _attribution)
_PREDICATE_ONLY = (_agents, _polarity, _causality)
