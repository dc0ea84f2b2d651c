"""The detectors of conflicts in what is claimed rather than counted (crossdoc/detectors.py
lists them all and holds those of numbers, dates and agents):
  polarity     one asserts what the other negates (same verb, same arguments, both plain
               assertions of one tense), or denial against admission
  causality    one account gives the fact a cause ('in retaliation') the other does not
  attribution  one reports as fact or neutral accusation what the other casts doubt on
               ('accused of' vs 'on spurious charges')
"""

from __future__ import annotations

import re

from ..model import Predicate, Unit
from ..text import NEGATION_WORDS, SAYING_VERBS
from .agents import other_patients
from .polarity import opposite_conditions, opposite_speech_acts
from .sides import LIGHT_VERBS, PRONOUNS, Finding, Side, finding, is_future, side_text
from .signals import (
    accusations,
    causes,
    complement,
    doubts,
    event_words,
    hedges,
    same_effect,
    sequences,
)

_DENY = {"deny", "reject", "dismiss", "refute"}
_ADMIT = {"admit", "confirm", "acknowledge", "concede"}


def polarity(a: Side, b: Side) -> list[Finding]:
    """One asserts what the other negates: the same verb with the same arguments, plainly
    asserted on both sides, a denial against an admission of the same thing by the same
    reporter, or one consequence of an act on one side and of its failure on the other
    (crossdoc/polarity.py reads the last two)."""
    pa, pb = a.unit.predicate, b.unit.predicate
    if pa is None or pb is None or not _same_arguments(pa, pb):
        return _reported_polarity(a, b)
    if pa.verb == pb.verb and pa.negated != pb.negated and pa.verb not in LIGHT_VERBS:
        negated, plain = (a, b) if pa.negated else (b, a)
        if _hedged(a) or _hedged(b) or is_future(a) != is_future(b):
            return []  # 'did not recognize' then and 'will be recognized' now both hold
        span = (negated.unit.predicate.negation_span if negated.unit.predicate else None) or (0, 0)
        return [
            Finding(
                "polarity",
                f"{negated.outlet} says it did not happen ('{side_text(negated, *span)}"
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
            f"{_SAID[s.kind]} ('{side_text(side, s.start, s.end)}')"
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
    written = side_text(failed[0], negation.start if negation else failed[1].start, failed[1].end)
    return [
        Finding(
            "polarity",
            f"{failed[0].outlet} gives the consequence to '{written}', "
            f"{done[0].outlet} to '{side_text(done[0], done[1].start, done[1].end)}'",
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
    return bool(shared - PRONOUNS)


# a modal or a negated 'only' makes the clause something other than a plain assertion
_MODAL_BEFORE = re.compile(r"\b(?:could|might|may|would|should|can)\b[^.,;]{0,20}$", re.I)
_NOT_ONLY = re.compile(r"^\W*(?:only|just|merely)\b", re.IGNORECASE)


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


def causality(a: Side, b: Side) -> list[Finding]:
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
    return [finding("causality", explanation, with_cause is a, markers, sequence)]


def _cause_of(side: Side, marker_end: int) -> str:
    """The event a causal marker names: its complement, or for a marker that stands alone
    ('In retaliation, …') the statement before it."""
    named = complement(side.unit, marker_end)
    if event_words(named) or side.unit.index == 0:
        return named
    return side.analysis.units[side.unit.index - 1].text


def attribution(a: Side, b: Side) -> list[Finding]:
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
        if hedges(other.unit):
            return []  # 'appeared to be evading', 'the mayor's lie': the other doubts too
        if _denies(other) and not _negative(doubter) and not _reports_words(other):
            return []  # 'officials did not sell it': the outlet's own denial tells nothing
            # without doubt (a speaker's denial it reports is the speaker's assertion)
        neutral = accusations(other.unit)
        if not strong and (neutral or doubts(other.unit, strong=True, other=doubter.unit)):
            return []
        marks = doubt_a or doubt_b
        if not strong and not _doubted_acts_told(doubter.unit, marks, other.unit):
            return []  # 'had allegedly barricaded himself' against 'the body was found'
        how = f"as an accusation ('{neutral[0][2]}')" if neutral else "without doubt"
        explanation = (
            f"{doubter.outlet} casts doubt ({', '.join(repr(m[2]) for m in marks)}); "
            f"{other.outlet} reports it {how}"
        )
        return [finding("attribution", explanation, doubter is a, marks, neutral)]
    return []


_DOUBT_ADVERBS = frozenset({"allegedly", "supposedly", "purportedly"})
# what a doubt adverb may stand before: an act ('allegedly shot'), a state ('an allegedly
# drunk driver'), or either in a headline's capitals ('Allegedly Drunk')
_DOUBTED_POS = frozenset({"VERB", "ADJ", "PROPN"})
_NEXT_WORD = re.compile(r"^\s+([^\W\d_]+)")


def _doubted_acts_told(unit: Unit, marks: list[tuple[int, int, str]], other: Unit) -> bool:
    """Whether some doubt word doubts what `other` tells: any but a doubt adverb before an act
    or state `other` does not tell ('allegedly barricaded himself' against 'the body was
    found': the other statement's words hold no 'barricade'; 'an allegedly drunk driver'
    against 'a man was charged'). A verb of saying after the adverb
    ('supposedly said that …') leaves the claim to its clause, as the other doubt words do."""
    lemma_of = dict(zip(unit.tokens, unit.lemmas, strict=False))
    pos_of = dict(zip(unit.tokens, unit.pos, strict=False))
    for _, end, word in marks:
        following = _NEXT_WORD.match(unit.text[end - unit.start :])
        if word.lower() not in _DOUBT_ADVERBS or following is None:
            return True
        token = following.group(1).lower()
        lemma = lemma_of.get(token, token)
        if pos_of.get(token) not in _DOUBTED_POS or lemma in SAYING_VERBS or lemma in other.lemmas:
            return True
    return False


def _denies(side: Side) -> bool:
    """Whether the statement's own predicate is negated ('did not sell', 'No, they are not
    handing out …')."""
    predicate = side.unit.predicate
    return predicate is not None and predicate.negated


def _negative(side: Side) -> bool:
    """Whether any word of the statement negates ('claimed he had not sold it': the claim
    itself may be the denial the other statement reports)."""
    return any(token.lower() in NEGATION_WORDS for token in side.unit.tokens)


def _reports_words(side: Side) -> bool:
    """Whether the statement reports someone's words (a saying verb, a quotation mark)."""
    quoted = any(mark in side.unit.text for mark in '"“”')
    return quoted or any(lemma in SAYING_VERBS for lemma in side.unit.lemmas)
