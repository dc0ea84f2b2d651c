"""Guard rails: inputs whose comparison would mislead a reader, said before any figure.

Two copies of one article make everything 'shared'; a wire story republished makes copied
text look like independent agreement; two articles about different events make every
statement an 'omission'; an article of a sentence or two makes any share meaningless. Each
case becomes a `ComparisonWarning` that every report shows first.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import combinations

import numpy as np

from ..model import Analysis, Article, ComparisonWarning, StatementGroup
from ..text import fold
from .features import load_idf

NEAR_COPY_SHARE = 0.5
"""Share of the shorter article's sentences found word for word in the other: a near-copy."""
NEAR_COPY_RUNS = 0.4
"""...or share of the shorter article's runs of `RUN_WORDS` words found in the other: wire
copy rewritten lightly ('The governor of New York, Kathy Hochul, is considering…' for 'New
York Governor Kathy Hochul is considering…'), where few sentences stay word for word. On
the AllSides stories read for issue 10 and the bundled examples, one such rewrite shares
0.49; independent reports of one story, quoting the same words, share 0.18 or less."""
RUN_WORDS = 5
UNRELATED_SHARE = 0.1
"""Below this share of linked statements (on the side that shares most), two articles are
probably not about one story. The bundled examples' least-related pair shares 0.15."""
RELATED_COSINE = 0.6
"""...and the articles as wholes (the cosine of their mean statement vectors) are less alike
than this, and..."""
RELATED_TERMS = 0.15
"""...they share less than this of their rare words (IDF-weighted cosine of their content
words and names). Short excerpts of one story often link no statement but still read alike
and share the story's words: only when the statements, the meaning and the words all say
so is the pair warned about (chosen on half of the NeuS/AllSides stories,
benchmarks/guard_eval.py; figures in docs/benchmarks.md)."""
SHORT_SENTENCES = 3
"""An article with fewer sentences than this is too short for its shares to mean much."""
_MIN_WORDS = 4  # sentences shorter than this (datelines, 'Read more') are not compared

MAX_ANALYSED_CHARS = 100_000
"""An article is compared up to this many characters (about 16,000 words, several times a
long feature): a 600 KB digest would otherwise cost minutes and gigabytes for statements
that are not about the story. The rest is cut at a paragraph or sentence end, and said."""

_WORD = re.compile(r"\w+")
logger = logging.getLogger(__name__)


def cap_length(
    articles: Sequence[Article], limit: int = MAX_ANALYSED_CHARS
) -> tuple[list[Article], tuple[ComparisonWarning, ...]]:
    """Each article cut to `limit` characters at the last paragraph (else sentence) end
    before it, with an `oversized` warning for each one cut. Offsets are unchanged: the kept
    text is the start of the original."""
    kept: list[Article] = []
    warnings: list[ComparisonWarning] = []
    for article in articles:
        size = len(article.text)
        if size <= limit:
            kept.append(article)
            continue
        head = article.text[:limit]
        cut = head.rfind("\n\n")
        if cut < limit // 2:
            cut = max(head.rfind(". "), head.rfind(".\n")) + 1
        cut = cut if cut > limit // 2 else limit
        kept.append(replace(article, text=article.text[:cut]))
        logger.warning("%s: compared its first %d of %d characters", article.id, cut, size)
        warnings.append(
            ComparisonWarning(
                "oversized",
                (article.id,),
                f"{article.outlet} is {size:,} characters long, a digest or collection rather "
                f"than one article: only its first {cut:,} characters were compared.",
                cut / size,
            )
        )
    return kept, tuple(warnings)


def input_warnings(
    analyses: Sequence[Analysis],
    groups: Sequence[StatementGroup],
    earlier: Sequence[ComparisonWarning] = (),
) -> tuple[ComparisonWarning, ...]:
    """The warnings about these inputs: `earlier` ones (from `cap_length`), pairs (in
    article order), then short articles."""
    found: list[ComparisonWarning] = list(earlier)
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
    copier, source = (b, a) if len(keys_b) <= len(keys_a) else (a, b)
    if share >= NEAR_COPY_SHARE:
        return ComparisonWarning(
            "near-copy",
            ids,
            f"{copier.outlet} repeats {share:.0%} of its sentences word for word from "
            f"{source.outlet} (wire copy republished?): what they share is copied text, not "
            f"two outlets' independent reporting.",
            share,
        )
    runs_a, runs_b = _word_runs(a.text), _word_runs(b.text)
    fewer = min(len(runs_a), len(runs_b))
    runs = len(runs_a & runs_b) / fewer if fewer else 0.0
    if runs < NEAR_COPY_RUNS:
        return None
    # which of the two wrote it first the texts do not say
    return ComparisonWarning(
        "near-copy",
        ids,
        f"{a.outlet} and {b.outlet} share long stretches of wording ({runs:.0%} of the "
        f"shorter one's {RUN_WORDS}-word runs; wire copy rewritten?): what they share is "
        f"largely copied text, not two outlets' independent reporting.",
        runs,
    )


def _word_runs(text: str) -> set[tuple[str, ...]]:
    words = [fold(w) for w in _WORD.findall(text.lower())]
    return {tuple(words[i : i + RUN_WORDS]) for i in range(len(words) - RUN_WORDS + 1)}


def linked_share(left: Analysis, right: Analysis, groups: Sequence[StatementGroup]) -> float:
    """The share of statements linked to the other article, on the side that links most."""
    a, b = left.article.id, right.article.id
    linked: dict[str, set[int]] = {a: set(), b: set()}
    for group in groups:
        if a in group.articles and b in group.articles:
            for member in group.members:
                if member.article in linked:
                    linked[member.article].add(member.start)
    return max(len(linked[a]) / len(left.units), len(linked[b]) / len(right.units))


def article_similarity(left: Analysis, right: Analysis) -> float:
    """The cosine of the two articles' mean statement vectors: what each is about as a
    whole, which short excerpts of one story share even when no statement pairs up."""
    means = [analysis.embeddings.mean(axis=0) for analysis in (left, right)]
    norms = [float(np.linalg.norm(mean)) for mean in means]
    if not all(norms):
        return 0.0
    return float(means[0] @ means[1]) / (norms[0] * norms[1])


def term_similarity(left: Analysis, right: Analysis) -> float:
    """The IDF-weighted cosine of the two articles' sets of content words and names: one
    story's articles share its rare words (the place, the people, 'heat', 'grid')."""
    table = load_idf()
    terms = [
        frozenset().union(*(unit.content | unit.names for unit in analysis.units))
        for analysis in (left, right)
    ]
    weight = {term: table.weights.get(term, table.default) ** 2 for term in terms[0] | terms[1]}
    norms = [math.sqrt(sum(weight[term] for term in side)) for side in terms]
    if not all(norms):
        return 0.0
    return sum(weight[term] for term in terms[0] & terms[1]) / (norms[0] * norms[1])


def _unrelated(
    left: Analysis, right: Analysis, groups: Sequence[StatementGroup]
) -> list[ComparisonWarning]:
    a, b = left.article, right.article
    if not left.units or not right.units:
        return []
    share = linked_share(left, right, groups)
    if share >= UNRELATED_SHARE:
        return []
    similarity, terms = article_similarity(left, right), term_similarity(left, right)
    if similarity >= RELATED_COSINE or terms >= RELATED_TERMS:
        logger.info(
            "%s, %s: %.0f%% of statements linked, but the articles are alike as wholes "
            "(cosine %.2f, shared words %.2f): not warned",
            a.id,
            b.id,
            100 * share,
            similarity,
            terms,
        )
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
