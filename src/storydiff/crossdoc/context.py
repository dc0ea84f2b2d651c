"""What the articles of one event share, used to judge 'same fact' rather than 'same topic'.

Articles about one event all talk about the same actors and places, so their sentences sit
close together in embedding space and share names. Two corrections make the pair score
about the fact instead:
- the event's mean embedding is removed before taking cosines (what every sentence of the
  event has in common carries no evidence that two sentences report the same fact);
- shared words are weighted by how rare they are within the event (sharing "Kosovo" in a
  story about Kosovo says little; sharing "policeman" or "sovereign" says much).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..embed import normalise_rows
from ..model import Analysis, Unit


@dataclass(frozen=True, eq=False)
class EventContext:
    centred: tuple[npt.NDArray[np.float32], ...]
    """Per article: unit embeddings minus the event mean, re-normalised."""
    idf: dict[str, float]
    default_idf: float

    @classmethod
    def build(cls, analyses: Sequence[Analysis]) -> EventContext:
        stacked = [a.embeddings for a in analyses if len(a.embeddings)]
        mean = np.vstack(stacked).mean(axis=0) if stacked else np.zeros(1, dtype=np.float32)
        centred = tuple(normalise_rows(a.embeddings - mean) for a in analyses)
        document_frequency: Counter[str] = Counter()
        units = 0
        for analysis in analyses:
            for unit in analysis.units:
                units += 1
                document_frequency.update(unit.content | unit.names | unit.numbers)
        idf = {
            term: math.log((1 + units) / (1 + df)) + 1.0 for term, df in document_frequency.items()
        }
        return cls(centred, idf, math.log(1 + units) + 1.0)

    def weighted_overlap(self, a: Unit, b: Unit) -> float:
        """IDF-weighted share of the smaller statement's terms the other one also has."""
        terms_a = a.content | a.names | a.numbers
        terms_b = b.content | b.names | b.numbers
        if not terms_a or not terms_b:
            return 0.0
        weight = self.idf.get
        shared = sum(weight(t, self.default_idf) for t in terms_a & terms_b)
        smaller = min(
            sum(weight(t, self.default_idf) for t in terms_a),
            sum(weight(t, self.default_idf) for t in terms_b),
        )
        return shared / smaller if smaller else 0.0

    def anchor(self, a: Unit, b: Unit) -> float:
        """How rare, within the event, the rarest term the two statements share is (0..1).

        One shared word that hardly appears elsewhere in the coverage ('alert',
        'policeman') ties two long, differently worded sentences to the same fact where
        averaged evidence is diluted by everything else they mention.
        """
        shared = (a.content | a.names | a.numbers) & (b.content | b.names | b.numbers)
        if not shared or self.default_idf <= 1.0:
            return 0.0
        rarest = max(self.idf.get(t, self.default_idf) for t in shared)
        return (rarest - 1.0) / (self.default_idf - 1.0)
