"""What the articles of one event share, used to judge 'same fact' rather than 'same topic'.

Articles about one event all talk about the same actors and places, so their sentences sit
close together in embedding space and share names. Two corrections make the pair score
about the fact instead:
- the event's mean embedding is removed before taking cosines (what every sentence of the
  event has in common carries no evidence that two sentences report the same fact);
- shared words are weighted by how rare they are within the event (sharing "Kosovo" in a
  story about Kosovo says little; sharing "policeman" or "sovereign" says much).

Names are compared as actors, after linking: a capital or seat of government stands for its
state ('Belgrade' = Serbia, 'the Kremlin' = Russia, extract/aliases.py), so 'The Kremlin
said it supported Belgrade' and 'Russia supported Serbia' share their actors. (Giving a
person their title's state too, 'Kremlin spokesman Dmitry Peskov' -> Russia, was tried: on
the seed pair it let 'The Kremlin said it supported Belgrade' outscore the Peskov quote's
own counterpart, so it is not done.)

A word one statement lacks may still be said in other words by the other ('opposes' /
'opposition', 'bill' / 'legislation'): when every article carries its words' vectors,
such a near word earns part of its weight in the overlap (near_words.py). So does a figure
that counts what a figure of the other statement counts ('300 officers' / '250 officers'):
outlets count one event's participants differently (count_arguments.py).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from ..embed import normalise_rows
from ..extract.aliases import country_of
from ..model import Analysis, Unit
from ..text import SAYING_VERBS, fold
from ..text_names import TITLE_WORDS
from .amounts import Amount
from .count_arguments import COUNT_CREDIT, counted_alike, counts
from .near_words import NearWords

ATTRIBUTION_WORDS = TITLE_WORDS | {"say", "tell"}
"""Words of who said a statement: a speaker's titles and the plain saying verbs (not 'report'
or 'claim', which are also nouns of what is said)."""

Stretches = tuple[npt.NDArray[np.float32], npt.NDArray[np.intp]]
"""Vectors of an article's units and their clause parts, and the unit index of each row."""


@dataclass(frozen=True, eq=False)
class EventContext:
    centred: tuple[npt.NDArray[np.float32], ...]
    """Per article: unit embeddings minus the event mean, re-normalised."""
    idf: dict[str, float]
    default_idf: float
    linked: dict[int, frozenset[str]] = field(default_factory=dict)
    """Per unit (by object id): its terms with names replaced by linked actor ids."""
    weights: dict[int, float] = field(default_factory=dict)
    """Per unit (by object id): the summed IDF of its linked terms (read for every pair)."""
    stretches: tuple[Stretches, ...] = ()
    """Per article: centred vectors of its units and of their clause parts, and the unit
    index of each row."""
    raw_stretches: tuple[Stretches, ...] = ()
    """The same, not centred."""
    near: NearWords | None = None
    """The statements' near-word vectors, when every article has them."""
    counts: dict[int, dict[str, Amount]] = field(default_factory=dict)
    """Per unit (by object id), filled when first asked: its figures that count something
    (count_arguments.py)."""

    @classmethod
    def build(cls, analyses: Sequence[Analysis]) -> EventContext:
        stacked = [a.embeddings for a in analyses if len(a.embeddings)]
        mean = np.vstack(stacked).mean(axis=0) if stacked else np.zeros(1, dtype=np.float32)
        centred = tuple(normalise_rows(a.embeddings - mean) for a in analyses)
        stretches = tuple(_stretches(a, c, mean) for a, c in zip(analyses, centred, strict=True))
        raw = tuple(_stretches(a, a.embeddings, None) for a in analyses)
        document_frequency: Counter[str] = Counter()
        linked: dict[int, frozenset[str]] = {}
        for analysis in analyses:
            for unit in analysis.units:
                # proper nouns are content words too: link them alike
                # 'said' is how a fact is reported, not the fact: it links any two quotes
                terms = actor_ids(unit.content - SAYING_VERBS | unit.names) | unit.numbers
                linked[id(unit)] = terms
                document_frequency.update(terms)
        units = len(linked)
        idf = {
            term: math.log((1 + units) / (1 + df)) + 1.0 for term, df in document_frequency.items()
        }
        default_idf = math.log(1 + units) + 1.0
        weights = {
            key: sum(idf.get(t, default_idf) for t in terms) for key, terms in linked.items()
        }
        vectors = [a.word_vectors for a in analyses]
        near = None
        if all(v is not None for v in vectors):
            near = NearWords({w: x for v in vectors if v is not None for w, x in v.items()})
        return cls(centred, idf, default_idf, linked, weights, stretches, raw, near)

    def contained(self, a: int, b: int, *, centred: bool = True) -> npt.NDArray[np.float32]:
        """For every unit pair of articles a and b, the best (centred) cosine between the two
        units or any clause part of either: a short statement that one clause of a long
        sentence reports scores as that clause, not diluted by the rest of the sentence."""
        stretches = self.stretches if centred else self.raw_stretches
        (rows_a, owner_a), (rows_b, owner_b) = stretches[a], stretches[b]
        best = np.full((len(self.centred[a]), len(self.centred[b])), -1.0, dtype=np.float32)
        if len(rows_a) and len(rows_b):
            np.maximum.at(best, (owner_a[:, None], owner_b[None, :]), rows_a @ rows_b.T)
        return best

    def terms(self, unit: Unit) -> frozenset[str]:
        """The unit's content words, linked actors and numbers."""
        found = self.linked.get(id(unit))
        return found if found is not None else unit.content | unit.names | unit.numbers

    def weighted_overlap(self, a: Unit, b: Unit) -> float:
        """IDF-weighted share of the smaller statement's terms the other one also has; with
        near words, the larger of the two sides' shares, each counting its near words'
        credit (without them the two agree: shared weight over the smaller total)."""
        terms_a, terms_b = self.terms(a), self.terms(b)
        if not terms_a or not terms_b:
            return 0.0
        weight = self.idf.get
        both = terms_a & terms_b
        shared = sum(weight(t, self.default_idf) for t in both)
        credit_a, credit_b = self.near.credits(a, b, both) if self.near else ({}, {})
        if a.numbers - both and b.numbers - both:
            self._credit_counts(a, b, both, credit_a, credit_b)
        if not credit_a and not credit_b:
            smaller = min(self._weight(a, terms_a), self._weight(b, terms_b))
            return shared / smaller if smaller else 0.0
        best = 0.0
        for unit, terms, credit in ((a, terms_a, credit_a), (b, terms_b, credit_b)):
            total = self._weight(unit, terms)
            near = sum(weight(w, self.default_idf) * c for w, c in credit.items() if w in terms)
            if total:
                best = max(best, (shared + near) / total)
        return min(1.0, best)

    def _credit_counts(
        self,
        a: Unit,
        b: Unit,
        both: frozenset[str],
        credit_a: dict[str, float],
        credit_b: dict[str, float],
    ) -> None:
        """Credit each figure one side lacks that counts what a figure of the other side
        counts (count_arguments.py), as a near word is credited."""
        counts_a = {n: x for n, x in self._counts(a).items() if n not in both}
        counts_b = {n: x for n, x in self._counts(b).items() if n not in both}
        for number_a, number_b in counted_alike(counts_a, counts_b):
            credit_a[number_a] = max(credit_a.get(number_a, 0.0), COUNT_CREDIT)
            credit_b[number_b] = max(credit_b.get(number_b, 0.0), COUNT_CREDIT)

    def _counts(self, unit: Unit) -> dict[str, Amount]:
        found = self.counts.get(id(unit))
        if found is None:
            found = self.counts[id(unit)] = counts(unit)
        return found

    def _weight(self, unit: Unit, terms: frozenset[str]) -> float:
        found = self.weights.get(id(unit))
        if found is not None:
            return found
        return sum(self.idf.get(t, self.default_idf) for t in terms)

    def anchor(self, a: Unit, b: Unit) -> float:
        """How rare, within the event, the rarest term the two statements share is (0..1).

        One shared word that hardly appears elsewhere in the coverage ('alert',
        'policeman') ties two long, differently worded sentences to the same fact where
        averaged evidence is diluted by everything else they mention.
        """
        shared = self.terms(a) & self.terms(b)
        if not shared or self.default_idf <= 1.0:
            return 0.0
        rarest = max(self.idf.get(t, self.default_idf) for t in shared)
        return (rarest - 1.0) / (self.default_idf - 1.0)


def _stretches(
    analysis: Analysis, units: npt.NDArray[np.float32], mean: npt.NDArray[np.float32] | None
) -> Stretches:
    """Unit rows then part rows, and the unit index of each (parts centred like units when
    `mean` is given)."""
    owners = np.arange(len(units), dtype=np.intp)
    parts = analysis.part_embeddings
    if parts is None or not len(parts):
        return units, owners
    rows = np.vstack([units, parts if mean is None else normalise_rows(parts - mean)])
    return rows, np.concatenate([owners, np.array(analysis.part_units, dtype=np.intp)])


def _state(name: str) -> str | None:
    country = country_of(name)
    return fold(country) if country else None


def actor_ids(names: frozenset[str]) -> frozenset[str]:
    """Names (and other words, which pass unchanged) as actor ids: a capital or seat of
    government becomes its state ('belgrade' -> 'serbia', 'kremlin' -> 'russia')."""
    return frozenset(_state(name) or name for name in names)
