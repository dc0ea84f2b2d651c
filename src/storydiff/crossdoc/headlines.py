"""A headline and the lead sentence that restates it tell one fact: one group, not two.

A plain-text article's headline may join the group of the body statement it repeats
(`align._contiguous_per_article`), but complete linkage needs every pair across two groups
to link, and a headline scores low against the *other* outlets' leads: it is short, often in
title case, and the pair score centres on the event, which removes most of what a headline
says (the event itself). So on AllSides excerpts (issue 10) the three headlines were grouped
with each other and the three leads with each other, the same fact shown twice under
"reported by all" (5 of 13 stories), and where the leads were not linked at all they read as
"only in" each outlet beside a shared group of their own headlines.

Each article's own text says which body statement its headline restates: the one of its
first `LEAD_UNITS` body statements that holds most of the headline's words (at least
`RESTATED_SHARE`, and more than any other). A headline left alone joins the shared group of
that statement (else it reads as a fact only its outlet reports while its own lead is
shared: 5 headlines of 13 AllSides stories, branch dog5). A headline in a shared group
brings that statement with it: a restatement left alone joins the headline's group, and two
shared groups merge when the headlines of one are restated in the other, and no headline of
either points elsewhere, and their body statements link as any merged group's do
(the link floor). Explicit evidence (different days, blocks.py) still holds two statements
apart, and an article's statements still sit together only when adjacent (headlines aside).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence

from ..model import Analysis, Unit
from ..text_page import headline_end
from .blocks import MergeBlocks, Node

logger = logging.getLogger(__name__)

LEAD_UNITS = 3
"""Body statements from the top that may restate the headline (the lead; a subheading)."""

RESTATED_SHARE = 0.6
"""Share of the headline's words (content words, names and numbers, compared by their first
`_STEM` letters so 'Approves' meets 'approved' and 'Apologizes' 'apologized') that a body
statement must hold to restate it. On the AllSides reading every pick at or above it was the
lead telling the headline's fact; under it (0.4–0.57) picks were often another fact."""

_STEM = 5

HEADLINESE_MAX_WORDS = 20
"""The longest first line read as a headline by its headlinese alone. On the NeuS dev
excerpts 96 of the 97 headlines `headline_end` misses have at most 19 words; a one-sentence
lead paragraph is usually longer."""

_ARTICLES = frozenset({"the", "a", "an"})
_WORD = re.compile(r"[A-Za-z]+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SENTENCE_STOP = re.compile(r"[.!?][\"'”’)]*\s")


def grouping_headline_end(text: str) -> int:
    """End offset of the headline `text` opens with, for grouping: `headline_end`'s, or else
    a first line in headlinese closed by a full stop. Feeds and roundups (the AllSides
    excerpts) close sentence-case headlines with a stop ('Ferry strike ends.'), which
    `headline_end` keeps as the body's first sentence. Headlines drop the articles a sentence
    of the body carries ('Mayor Ana Ostrova blocked the harbour tax.'), so a short first line
    of one sentence, with no 'a', 'an' or 'the', set apart by a blank line, is the headline."""
    end = headline_end(text)
    if end:
        return end
    start = len(text) - len(text.lstrip())
    newline = text.find("\n", start)
    blank = _BLANK_LINE.search(text, start)
    if newline < 0 or blank is None or blank.start() != newline or not text[blank.end() :].strip():
        return 0
    line = text[start:newline].rstrip()
    words = _WORD.findall(line.lower())
    if (
        not line.endswith(".")
        or len(line.split()) > HEADLINESE_MAX_WORDS
        or _SENTENCE_STOP.search(line)
        or _ARTICLES.intersection(words)
    ):
        return 0
    return start + len(line)


def headline_words(unit: Unit) -> frozenset[str]:
    """The words a headline is compared by: title case makes a parser read 'Approves' as a
    name, so content words and names are pooled and cut to their first letters."""
    return frozenset(word[:_STEM] for word in unit.content | unit.names) | unit.numbers


def restatement(analysis: Analysis, headline: int, body: Sequence[int]) -> int | None:
    """The body statement (among the first `LEAD_UNITS` of `body`) that restates the
    headline unit `headline`, or None when none holds `RESTATED_SHARE` of its words or two
    hold equally many."""
    words = headline_words(analysis.units[headline])
    if not words:
        return None
    shares = sorted(
        (
            (len(words & headline_words(analysis.units[u])) / len(words), u)
            for u in body[:LEAD_UNITS]
        ),
        reverse=True,
    )
    if not shares or shares[0][0] < RESTATED_SHARE:
        return None
    if len(shares) > 1 and shares[1][0] == shares[0][0]:
        return None
    return shares[0][1]


def join_restated_leads(
    analyses: Sequence[Analysis],
    groups: list[list[Node]],
    headlines: Sequence[frozenset[int]],
    blocks: MergeBlocks,
    contiguous: Callable[[list[Node]], bool],
    body_linked: Callable[[list[Node], list[Node]], bool] = lambda left, right: True,
) -> list[list[Node]]:
    """`groups` with each shared headline's restating lead brought into its group (module
    docstring); `contiguous` says whether an article's statements in a group may sit
    together; `body_linked` whether two shared groups' body statements may (headlines
    aside, which score low against other outlets' leads) share one group."""
    pointers = _pointers(analyses, headlines)
    groups = _join_lone_headlines(pointers, groups, blocks, contiguous)
    for headline, lead in pointers:
        home = _shared_group(groups, headline)
        alone = next((g for g in groups if g == [lead]), None)
        if home is None or alone is None or not _fits(home, [lead], blocks, contiguous):
            continue
        logger.debug("headline %s brings its lead %s into its group", headline, lead)
        home.append(lead)
        groups = [g for g in groups if g is not alone]
    for home in [g for g in groups if _articles(g) > 1]:
        targets = {
            id(group): group
            for headline, lead in pointers
            if headline in home and lead not in home  # a lead in both: already told here
            for group in groups
            if lead in group and group is not home and _articles(group) > 1
        }
        if len(targets) != 1 or not any(g is home for g in groups):
            continue
        (other,) = targets.values()
        if (
            _points_elsewhere(pointers, other, home, groups)
            or not _fits(home, other, blocks, contiguous)
            or not body_linked(home, other)
        ):
            continue
        logger.debug("headline group %s merged with its leads' group %s", home, other)
        other.extend(node for node in home if node not in other)
        groups = [g for g in groups if g is not home]
    return groups


def _join_lone_headlines(
    pointers: list[tuple[Node, Node]],
    groups: list[list[Node]],
    blocks: MergeBlocks,
    contiguous: Callable[[list[Node]], bool],
) -> list[list[Node]]:
    """`groups` with each headline left alone in the shared group of the lead that restates
    it: the headline tells that shared fact (it scores low against the other outlets'
    statements for the reasons in the module docstring). A lead in two shared groups gives
    the headline to the one of more articles; a tie leaves it alone."""
    for headline, lead in pointers:
        alone = next((g for g in groups if g == [headline]), None)
        homes = sorted(
            (g for g in groups if lead in g and _articles(g) > 1),
            key=_articles,
            reverse=True,
        )
        if alone is None or not homes:
            continue
        if len(homes) > 1 and _articles(homes[0]) == _articles(homes[1]):
            logger.debug("headline %s: its lead %s is in two groups alike", headline, lead)
            continue
        if not _fits(homes[0], [headline], blocks, contiguous):
            continue
        logger.debug("headline %s joins its lead %s's group", headline, lead)
        homes[0].append(headline)
        groups = [g for g in groups if g is not alone]
    return groups


def restated_headlines(
    analyses: Sequence[Analysis], headlines: Sequence[frozenset[int]]
) -> list[tuple[Node, Node]]:
    """(headline node, the body statement that restates it) for every article that has both."""
    return _pointers(analyses, headlines)


def _pointers(
    analyses: Sequence[Analysis], headlines: Sequence[frozenset[int]]
) -> list[tuple[Node, Node]]:
    """(headline node, restating body statement node) for every article that has both."""
    found = []
    for a, analysis in enumerate(analyses):
        body = [unit.index for unit in analysis.units if unit.index not in headlines[a]]
        for h in sorted(headlines[a]):
            lead = restatement(analysis, h, body)
            if lead is not None:
                found.append(((a, h), (a, lead)))
    return found


def _points_elsewhere(
    pointers: list[tuple[Node, Node]],
    other: list[Node],
    home: list[Node],
    groups: list[list[Node]],
) -> bool:
    """Whether a headline of either group is restated by a statement grouped in a third
    shared group: the headlines do not agree on which group tells their fact."""
    for headline, lead in pointers:
        if headline not in home and headline not in other:
            continue
        if lead in home or lead in other:
            continue
        if any(lead in g and _articles(g) > 1 for g in groups):
            return True
    return False


def _shared_group(groups: list[list[Node]], node: Node) -> list[Node] | None:
    return next((g for g in groups if node in g and _articles(g) > 1), None)


def _articles(group: list[Node]) -> int:
    return len({node[0] for node in group})


def _fits(
    group: list[Node],
    joining: list[Node],
    blocks: MergeBlocks,
    contiguous: Callable[[list[Node]], bool],
) -> bool:
    merged = group + [node for node in joining if node not in group]
    if not contiguous(merged):
        return False
    return not any(
        blocks.reason(x, y) for x in group for y in joining if x[0] != y[0] and x not in joining
    )
