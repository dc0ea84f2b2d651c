"""Guard rails: inputs whose comparison would mislead a reader, said before any figure.

Two copies of one article make everything 'shared'; a wire story republished makes copied
text look like independent agreement; two articles about different events make every
statement an 'omission'; an article of a sentence or two makes any share meaningless. Each
case becomes a `ComparisonWarning` that every report shows first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

from ..model import Analysis, ComparisonWarning, StatementGroup
from ..text import fold

NEAR_COPY_SHARE = 0.5
"""Share of the shorter article's sentences found word for word in the other: a near-copy."""
UNRELATED_SHARE = 0.1
"""Below this share of linked statements (on the side that shares most), two articles are
probably not about one story. The bundled examples' least-related pair shares 0.15."""
SHORT_SENTENCES = 3
"""An article with fewer sentences than this is too short for its shares to mean much."""
_MIN_WORDS = 4  # sentences shorter than this (datelines, 'Read more') are not compared

_WORD = re.compile(r"\w+")


def input_warnings(
    analyses: Sequence[Analysis], groups: Sequence[StatementGroup]
) -> tuple[ComparisonWarning, ...]:
    """The warnings about these inputs, pairs first (in article order), then short ones."""
    found: list[ComparisonWarning] = []
    for left, right in combinations(analyses, 2):
        copied = _copy_warning(left, right)
        found.extend([copied] if copied else _unrelated(left, right, groups))
    for analysis in analyses:
        count = len(analysis.sentences)
        if count < SHORT_SENTENCES:
            outlet = analysis.article.outlet
            found.append(
                ComparisonWarning(
                    "short",
                    (analysis.article.id,),
                    f"{outlet} has only {count} sentence{'' if count == 1 else 's'}: what it "
                    f"shares with the others and what it leaves out say little.",
                    0.0,
                )
            )
    return tuple(found)


def _sentence_keys(analysis: Analysis) -> set[str]:
    keys = set()
    for sentence in analysis.sentences:
        words = [fold(w) for w in _WORD.findall(sentence.text.lower())]
        if len(words) >= _MIN_WORDS:
            keys.add(" ".join(words))
    return keys


def _copy_warning(left: Analysis, right: Analysis) -> ComparisonWarning | None:
    a, b = left.article, right.article
    ids = (a.id, b.id)
    if " ".join(a.text.split()) == " ".join(b.text.split()):
        return ComparisonWarning(
            "same-article",
            ids,
            f"{a.outlet} and {b.outlet} are the same article (identical text): everything "
            f"shows as shared, which says nothing about how two outlets differ.",
            1.0,
        )
    keys_a, keys_b = _sentence_keys(left), _sentence_keys(right)
    smaller = min(len(keys_a), len(keys_b))
    share = len(keys_a & keys_b) / smaller if smaller else 0.0
    if share < NEAR_COPY_SHARE:
        return None
    copier, source = (b, a) if len(keys_b) <= len(keys_a) else (a, b)
    return ComparisonWarning(
        "near-copy",
        ids,
        f"{copier.outlet} repeats {share:.0%} of its sentences word for word from "
        f"{source.outlet} (wire copy republished?): what they share is copied text, not "
        f"two outlets' independent reporting.",
        share,
    )


def _unrelated(
    left: Analysis, right: Analysis, groups: Sequence[StatementGroup]
) -> list[ComparisonWarning]:
    a, b = left.article, right.article
    if not left.units or not right.units:
        return []
    linked: dict[str, set[int]] = {a.id: set(), b.id: set()}
    for group in groups:
        if a.id in group.articles and b.id in group.articles:
            for member in group.members:
                if member.article in linked:
                    linked[member.article].add(member.start)
    share = max(len(linked[a.id]) / len(left.units), len(linked[b.id]) / len(right.units))
    if share >= UNRELATED_SHARE:
        return []
    return [
        ComparisonWarning(
            "unrelated",
            (a.id, b.id),
            f"{a.outlet} and {b.outlet} share almost nothing ({share:.0%} of statements "
            f"linked): they are probably not about one story, and what only one of them "
            f"reports is not an omission by the other.",
            share,
        )
    ]
