"""Why a shared group whose shown similarity is under the threshold was joined all the same.

A group's similarity is the mean of its cross-article pair scores, but a group is not made by
that mean: complete linkage merges two groups through their closest pair (at the threshold)
when every other pair reaches only `link_floor`; a headline joins the group of the lead that
restates it (headlines.py) though it scores low against other outlets' statements; a sentence
that reports two facts joins each fact's group (second_homes.py, second_facts.py). Shown bare,
'similarity 0.25' under a header that says statements link at 0.36 reads as a contradiction,
and a reader cannot tell why it is shared while a 0.41 near miss is 'only in' (issue 10). So
each such group carries the reason in words, computed from the group as it stands.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import combinations
from typing import TYPE_CHECKING

from ..model import Analysis

if TYPE_CHECKING:
    from .align import Node, PairScores


def join_reasons(
    analyses: Sequence[Analysis],
    groups: Sequence[list[Node]],
    scores: PairScores,
    threshold: float,
    restated: Sequence[tuple[Node, Node]],
) -> list[str | None]:
    """For each group (in order): why it was joined when it spans articles and the mean of its
    cross-article pair scores is under `threshold`, else None. `restated`: (headline, lead
    that restates it) nodes (headlines.py)."""
    homes = Counter(node for group in groups for node in group)
    return [_reason(analyses, group, scores, threshold, restated, homes) for group in groups]


def _reason(
    analyses: Sequence[Analysis],
    group: list[Node],
    scores: PairScores,
    threshold: float,
    restated: Sequence[tuple[Node, Node]],
    homes: Counter[Node],
) -> str | None:
    pairs = _pair_scores(group, scores)
    if not pairs or sum(pairs) / len(pairs) >= threshold:
        return None
    parts = []
    headlines = [h for h, lead in restated if h in group and lead in group]
    if headlines:
        parts.append(_each(analyses, headlines, "headline restates its own lead here"))
    twice = [node for node in group if homes[node] > 1]
    if twice:
        parts.append(_each(analyses, twice, "sentence reports two facts and joins each"))
    body = _pair_scores([node for node in group if node not in headlines], scores)
    if headlines and body and sum(body) / len(body) >= threshold:
        parts.append(f"the other statements score {sum(body) / len(body):.2f} on average")
    elif body:
        best, low = max(body), min(body)
        if best >= threshold:
            parts.append(
                f"linked through its closest pair ({best:.2f}, at least {threshold:.2f}); "
                f"every other pair scores at least {low:.2f}"
            )
        else:
            parts.append(f"its closest pair scores {best:.2f}")
    return "; ".join(parts)


def _pair_scores(group: list[Node], scores: PairScores) -> list[float]:
    return [scores.get(x, y) for x, y in combinations(group, 2) if x[0] != y[0]]


def _each(analyses: Sequence[Analysis], nodes: list[Node], what: str) -> str:
    """'Gazette's headline restates …', or with several outlets 'each headline of Gazette,
    Courier and Herald restates …' (not 'Gazette's, Courier's headline')."""
    names = list(dict.fromkeys(analyses[a].article.outlet for a, _ in nodes))
    if len(names) == 1:
        return f"{names[0]}'s {what}"
    listed = ", ".join(names[:-1]) + f" and {names[-1]}"
    noun, rest = what.split(" ", 1)
    return f"each {noun} of {listed} {rest}"
