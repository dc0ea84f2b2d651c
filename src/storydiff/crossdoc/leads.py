"""The event's core fact, which every outlet reports in its lead.

The pair score judges 'same fact' against the event itself (context.py): it removes the
event's mean embedding and weights shared words by their rarity in the coverage. Both
discount most the one fact that every article reports, the event itself ("X was nominated
as surgeon general" in three articles about that nomination, centred cosine near zero), so
that fact would read as "only in" each outlet. Raw cosine cannot simply be trusted instead:
on BASIL dev, unlinked pairs of raw cosine 0.6 or more are the same fact in 12 of 216 cases
(docs/benchmarks.md).

The narrow rule here: news writing puts the event in the lead, so in each article the lead
statement (among the first `LEAD_UNITS`) closest to what the *other* articles say on average
is its candidate core statement. Two articles' candidates report one fact when each is the
other's closest statement by raw cosine in the whole article (mutual), their raw cosine
reaches `CORE_COSINE`, and they share an actor and a word about what happened; a lead
statement restating its article's candidate (a headline) comes with it. Articles of fewer
than `MIN_STATEMENTS` statements are left to the score. That is at most one pair per pair
of articles, read by the aligner as a pair at its threshold: grouping still needs every
other member of the group to link (complete linkage), and no explicit evidence (different
days) may hold them apart.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from itertools import combinations

import numpy as np

from ..model import Analysis, Unit
from ..text import MONTHS, WEEKDAYS
from .context import ATTRIBUTION_WORDS, actor_ids

logger = logging.getLogger(__name__)

LEAD_UNITS = 3
"""How many statements from an article's start count as its lead (headline, a subheading or
dateline line, the first body sentence)."""

CORE_COSINE = 0.5
"""Raw cosine two lead statements must reach to report the event's core fact."""

RESTATES_COSINE = 0.7
"""Embedding cosine at which two statements of one article tell one fact twice (a headline or
a lede repeated in the body) rather than two facts of one subject."""

MIN_STATEMENTS = 5
"""Statements each article needs for the rule: being each other's closest statement is
evidence only against enough alternatives. In excerpts of two to five sentences (AllSides)
any two leads are mutually closest, and the pairs it found there were as often two facts of
one story as one fact (docs/benchmarks.md)."""

CorePair = tuple[tuple[int, int], tuple[int, int]]
"""Two (article position, unit index) nodes."""


def core_fact_pairs(analyses: Sequence[Analysis]) -> list[CorePair]:
    """The pairs of lead statements that report the event's core fact (module docstring):
    one per pair of articles at most, and with it each lead statement that restates either
    side within its own article (a headline and the first sentence telling one fact)."""
    leads = [_lead(analyses, k) for k in range(len(analyses))]
    pairs: list[CorePair] = []
    for a, b in combinations(range(len(analyses)), 2):
        i, j = leads[a], leads[b]
        short = min(len(analyses[a].units), len(analyses[b].units)) < MIN_STATEMENTS
        if i is None or j is None or short:
            continue
        raw = analyses[a].embeddings @ analyses[b].embeddings.T
        mutual = int(np.argmax(raw[i])) == j and int(np.argmax(raw[:, j])) == i
        x, y = analyses[a].units[i], analyses[b].units[j]
        if not (mutual and raw[i, j] >= CORE_COSINE and _same_actors_and_act(x, y)):
            continue
        logger.debug("core fact: %r ~ %r (raw cosine %.2f)", x.text, y.text, raw[i, j])
        pairs.append(((a, i), (b, j)))
        pairs.extend(((a, r), (b, j)) for r in _restatements(analyses[a], i))
        pairs.extend(((a, i), (b, r)) for r in _restatements(analyses[b], j))
    return pairs


def _restatements(analysis: Analysis, core: int) -> list[int]:
    """The other lead statements of an article that restate its core statement (a headline
    and the first sentence telling one fact): they report what it reports."""
    vectors = analysis.embeddings
    return [
        r
        for r in range(min(LEAD_UNITS, len(vectors)))
        if r != core and float(vectors[r] @ vectors[core]) >= RESTATES_COSINE
    ]


def _lead(analyses: Sequence[Analysis], k: int) -> int | None:
    """The index of article k's lead statement closest to the mean of the other articles'
    statements; None when it or the others have none."""
    own = analyses[k].embeddings[:LEAD_UNITS]
    others = [a.embeddings for n, a in enumerate(analyses) if n != k and len(a.embeddings)]
    if not len(own) or not others:
        return None
    centre = np.vstack(others).mean(axis=0)
    return int(np.argmax(own @ centre))


def _same_actors_and_act(a: Unit, b: Unit) -> bool:
    """Whether two statements name a common actor (after linking, 'the Kremlin' = Russia;
    a day or month is no actor) and share a word about what happened: a word that is no
    name, title or verb of saying, and no token with digits ('76ers' is part of a name)."""
    actors = (actor_ids(a.names) & actor_ids(b.names)) - _CALENDAR
    shared = (a.content & b.content) - a.names - b.names - ATTRIBUTION_WORDS - _CALENDAR
    return bool(actors) and any(word.isalpha() for word in shared)


_CALENDAR = frozenset(WEEKDAYS) | frozenset(MONTHS)
