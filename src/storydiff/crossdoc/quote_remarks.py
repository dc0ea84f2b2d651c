"""One short remark of several sentences is one utterance, whichever sentence matched where.

Quotes are matched across articles sentence by sentence (`quotes._segments`), so that an
outlet quoting one sentence of a longer quotation still finds it. A remark made of short
sentences ('Ana Vell lied many times, nothing happened to her. Tom Sarn lied and they ruined
his life.') is then split: its first sentence matches one outlet's paraphrase, its second
another's, and the two halves land in two groups, while a reader sees one remark quoted by
every outlet. Two sentences that follow each other in one quotation join their groups when
another article quotes both halves in one quotation of its own (or in direct quotations
of one paragraph) and the two sentences are short together. A written statement's long
sentences, copied by two outlets in the same order, stay apart: each is a claim of its own.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

logger = logging.getLogger(__name__)

_WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class RemarkPiece:
    """What joining reads of one matched sentence of a quotation."""

    article: int
    quotation: int
    """The quote's index in its article: the sentences of one quotation share it."""
    start: int
    words: int
    passage: int = -1
    """For a direct quote, its paragraph's number: an outlet that interrupts a quotation with
    its reporting sentence ('"A?" Obama continued, calling out Boehner. "B."') gives two
    quotations of one passage. -1 for indirect speech."""

    @classmethod
    def of(
        cls, article: int, quotation: int, start: int, text: str, passage: int = -1
    ) -> RemarkPiece:
        return cls(article, quotation, start, len(_WORD.findall(text)), passage)

    def sources(self) -> tuple[tuple[int, int, int], ...]:
        """The quotation it is part of, and the passage of direct quotations, if any."""
        own = ((self.article, self.quotation, -1),)
        return own if self.passage < 0 else (*own, (self.article, -1, self.passage))


def whole_remarks(
    pieces: Sequence[RemarkPiece],
    clusters: list[list[int]],
    may_join: Callable[[list[int], list[int]], bool],
    remark_words: int,
) -> list[list[int]]:
    """`clusters` (lists of indices into `pieces`) with the groups of two sentences of one
    short remark joined: the sentences follow each other in one quotation, have
    `remark_words` words or fewer together, and another article has versions in both groups
    from one quotation of its own; `may_join` (the caller's speaker check) has the last word."""
    home = {i: c for c, cluster in enumerate(clusters) for i in cluster}
    order = sorted(range(len(pieces)), key=lambda i: (pieces[i].article, pieces[i].start))
    for before, after in pairwise(order):
        a, b = pieces[before], pieces[after]
        if a.article != b.article or a.quotation != b.quotation:
            continue
        keep, drop = home[before], home[after]
        if keep == drop or a.words + b.words > remark_words:
            continue
        if not _quoted_elsewhere(pieces, clusters[keep], clusters[drop], a.article):
            continue
        if not may_join(clusters[keep], clusters[drop]):
            continue
        logger.debug("one remark: groups of pieces %d and %d joined", before, after)
        for i in clusters[drop]:
            home[i] = keep
        clusters[keep].extend(clusters[drop])
        clusters[drop] = []
    return [c for c in clusters if c]


def _quoted_elsewhere(
    pieces: Sequence[RemarkPiece], left: list[int], right: list[int], article: int
) -> bool:
    """Whether another article quotes both halves in one quotation of its own, or in direct
    quotations of one paragraph (an outlet that quotes them paragraphs apart reports two
    statements)."""
    others = {source for i in left for source in pieces[i].sources()}
    return any(
        source in others
        for i in right
        if pieces[i].article != article
        for source in pieces[i].sources()
    )
