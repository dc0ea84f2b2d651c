"""Where two outlets' accounts of one fact disagree: which statement pairs are compared, and
which of the detectors' findings are kept.

No NLI model runs offline, so each detector (crossdoc/detectors.py) reads one kind of
disagreement off the parsed, aligned statements and names its evidence. Detectors run on
statement pairs the aligner grouped; the predicate-level ones (agent, polarity, causality) also
on pairs that share their main verb, an object word and a name but that the aligner left
apart, like one outlet's alert of one side's forces and another's alert of the other side's
(event frames, frames.py, now group an alert told with the same participants). Precision
first: a conflict shown must be one a careful reader agrees with, so every finding passes the
gate of conflict_gate.py (both sides one fact, each stated plainly) before it is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import combinations

from ..model import Analysis, Conflict, StatementGroup, Unit
from ..text import name_key
from .conflict_gate import admitted
from .detectors import (
    GROUPED,
    LIGHT_VERBS,
    OCCURRENCE_ONLY,
    PERSON_ONLY,
    PREDICATE_ONLY,
    TOLL_ONLY,
    Detector,
    Finding,
    Side,
    side_amounts,
    words,
)
from .occurrences import same_occurrence
from .tolls import first_tolls


def find_conflicts(
    analyses: Sequence[Analysis], groups: Sequence[StatementGroup]
) -> tuple[Conflict, ...]:
    """Every conflict between aligned (or predicate-matched) statements of two articles.

    A statement that conflicts in one way with several statements of another article keeps
    only the conflict with evidence on both sides, or else the one closest to it in meaning:
    the others are more likely different facts the aligner put in one group.
    """
    best: dict[tuple[str, str, int, str], tuple[float, str | None, Side, Side, Finding]] = {}
    for group_id, a, b, detectors in _candidates(analyses, groups):
        for detector in detectors:
            for finding in detector(a, b):
                if not admitted(finding, a, b):
                    continue  # not one fact stated plainly on both sides (conflict_gate.py)
                # evidence on both sides ('accused of' against 'spurious') outranks meaning
                closeness = _cosine(a, b) + (finding.evidence_a != () and finding.evidence_b != ())
                for side, other in ((a, b), (b, a)):
                    key = (finding.type, side.analysis.article.id, side.unit.start,
                           other.analysis.article.id)  # fmt: skip
                    if key not in best or closeness > best[key][0]:
                        best[key] = (closeness, group_id, a, b, finding)
    chosen = {}
    for closeness, group_id, a, b, finding in best.values():
        # kept only when it is the closest pair from both sides
        keys = [
            (finding.type, a.analysis.article.id, a.unit.start, b.analysis.article.id),
            (finding.type, b.analysis.article.id, b.unit.start, a.analysis.article.id),
        ]
        if all(best[k][0] == closeness for k in keys):
            chosen[(finding.type, a.analysis.article.id, a.unit.start, b.unit.start)] = (
                group_id, a, b, finding,
            )  # fmt: skip
    ordered = sorted(
        chosen.values(), key=lambda c: (c[1].analysis.article.id, c[1].unit.start, c[3].type)
    )
    return tuple(
        Conflict(
            id=f"c{number}",
            type=finding.type,
            explanation=finding.explanation,
            sides=(a.side(finding.evidence_a), b.side(finding.evidence_b)),
            statement=group_id,
        )
        for number, (group_id, a, b, finding) in enumerate(ordered, start=1)
    )


def statement_conflicts(
    left: Analysis, a: Unit, right: Analysis, b: Unit, *, aligned: bool = True
) -> tuple[Conflict, ...]:
    """The conflicts between two statements known to report one fact (`aligned`), or only
    the predicate-level ones when they merely share their act."""
    x, y = Side(left, a), Side(right, b)
    found: list[Conflict] = []
    if not (_comparable(x) and _comparable(y)):
        return ()
    for detector in GROUPED if aligned else PREDICATE_ONLY:
        for finding in detector(x, y):
            if not admitted(finding, x, y):
                continue
            sides = (x.side(finding.evidence_a), y.side(finding.evidence_b))
            found.append(Conflict("", finding.type, finding.explanation, sides))
    return tuple(found)


def _candidates(
    analyses: Sequence[Analysis], groups: Sequence[StatementGroup]
) -> Iterator[tuple[str | None, Side, Side, tuple[Detector, ...]]]:
    order = {a.article.id: i for i, a in enumerate(analyses)}
    units = {(a.article.id, u.start): Side(a, u) for a in analyses for u in a.units}
    units = {key: side for key, side in units.items() if _comparable(side)}
    grouped: set[tuple[str, int, str, int]] = set()
    for group in groups:
        if group.kind != "shared":
            continue
        members = sorted(group.members, key=lambda m: (order[m.article], m.start))
        sides = [side for m in members if (side := units.get((m.article, m.start)))]
        for a, b in combinations(sides, 2):
            if a.analysis.article.id == b.analysis.article.id:
                continue
            grouped.add((a.analysis.article.id, a.unit.start, b.analysis.article.id, b.unit.start))
            yield group.id, a, b, GROUPED
    yield from _toll_candidates(analyses, units, grouped)
    # the people whose ages each statement gives
    ages = {key: {x.head for x in side_amounts(side) if x.person} for key, side in units.items()}
    for left, right in combinations(analyses, 2):
        for ua in left.units:
            for ub in right.units:
                if (left.article.id, ua.start, right.article.id, ub.start) in grouped:
                    continue
                key_a, key_b = (left.article.id, ua.start), (right.article.id, ub.start)
                if key_a not in units or key_b not in units:
                    continue
                person = PERSON_ONLY if ages[key_a] & ages[key_b] else ()
                detectors = (PREDICATE_ONLY if _same_act(ua, ub) else ()) + person
                if not detectors and same_occurrence(ua, ub):
                    detectors = OCCURRENCE_ONLY  # 'the shooting happened' / 'was shot'
                if detectors:
                    yield None, Side(left, ua), Side(right, ub), detectors


def _toll_candidates(
    analyses: Sequence[Analysis],
    units: dict[tuple[str, int], Side],
    grouped: set[tuple[str, int, str, int]],
) -> Iterator[tuple[str | None, Side, Side, tuple[Detector, ...]]]:
    """The first statements of two articles that give one toll of the dead or injured, where
    the aligner did not group them ('Two workers were killed' / 'Three workers died')."""
    tolls = {a.article.id: first_tolls(a) for a in analyses}
    for left, right in combinations(analyses, 2):
        for key, ua in tolls[left.article.id].items():
            ub = tolls[right.article.id].get(key)
            if ub is None or (left.article.id, ua.start, right.article.id, ub.start) in grouped:
                continue
            a, b = units.get((left.article.id, ua.start)), units.get((right.article.id, ub.start))
            if a is not None and b is not None:
                yield None, a, b, TOLL_ONLY


# a sentence cut off by the page ('The average number of...'), or an editor's note
_CUT_OFF = re.compile(r"(?:\.\.\.|…)\W{0,2}$")
_NOTE = re.compile(r"^\W*(?:editor['’]?s\s+note|note|update|correction|clarification)\s*:", re.I)


def _comparable(side: Side) -> bool:
    """Whether a statement can take part in a conflict: not part of a sentence the page cut
    off (a teaser: what it would have said is unknown), nor of a note about the article."""
    sentences = side.analysis.sentences
    if side.unit.sentence >= len(sentences):
        return True
    sentence = sentences[side.unit.sentence]
    text = side.analysis.article.text[sentence.start : sentence.end].strip()
    return not (_CUT_OFF.search(text) or _NOTE.match(text))


def _cosine(x: Side, y: Side) -> float:
    """How close two statements are in meaning (their embeddings are unit length)."""
    a = x.analysis.embeddings[x.unit.index]
    b = y.analysis.embeddings[y.unit.index]
    return float(a @ b)


def _same_act(a: Unit, b: Unit) -> bool:
    """Two statements about one act though the aligner left them apart: the same main verb,
    and two more content words in common ('put … on alert', Serbia / Serbian)."""
    pa, pb = a.predicate, b.predicate
    if pa is None or pb is None or pa.verb != pb.verb or pa.verb in LIGHT_VERBS:
        return False
    return len((words(a) & words(b)) - {name_key(pa.verb)}) >= 2
