"""The lexical and embedding features of a pair of statement units, by name (`FEATURES`).

The embedding cosine alone confuses 'same topic' with 'same fact' (about 0.73 accuracy on
MSRP), so `matcher.py` combines it with lexical evidence the parse already gives: word, lemma
and character n-gram overlap both ways, the longest common word subsequence, IDF-weighted
overlap, words of each part of speech that the other side lacks, unmatched names and numbers,
negation and length. The IDF table ships as `data/idf.json` (word probabilities of the
encoder's SentencePiece model, `benchmarks/build_idf.py`).

Features are computed for a whole block of unit pairs at once (set overlaps become products
of 0/1 incidence matrices), so scoring every pair of two articles costs a few numpy calls.
Each column is computed under its name and placed by it.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TypedDict

import numpy as np
import numpy.typing as npt

from ..embed import one_blas_thread
from ..model import Unit
from ..text import NEGATION_WORDS

Array = npt.NDArray[np.float64]
Incidence = npt.NDArray[np.float32]

_WORD_NGRAMS = (1, 2, 3, 4)
_LEMMA_NGRAMS = (1, 2, 3)
_CHAR_NGRAMS = (3, 4, 5)
_POS = ("NOUN", "VERB", "ADJ", "PROPN", "NUM", "ADV")

FEATURES = (
    "cosine",
    "cosine_squared",
    *(f"words{n}_{s}" for n in _WORD_NGRAMS for s in ("min", "max")),
    *(f"lemmas{n}_{s}" for n in _LEMMA_NGRAMS for s in ("min", "max", "jaccard")),
    *(f"chars{n}_{s}" for n in _CHAR_NGRAMS for s in ("min", "max", "jaccard")),
    "content_min",
    "content_max",
    "content_unmatched_max",
    "content_unmatched_min",
    "names_unmatched_max",
    "names_unmatched_min",
    "names_min",
    "names_disjoint",
    "numbers_unmatched_max",
    "numbers_unmatched_min",
    "numbers_disjoint",
    "numbers_shared",
    "numbers_differ",
    "negation_mismatch",
    "length_difference",
    "length_ratio",
    "length_log",
    "idf_min",
    "idf_max",
    "idf_unmatched_max",
    "idf_unmatched_min",
    "lcs_of_longer",
    "lcs_of_shorter",
    "cosine_x_lemmas1_min",
    *(f"unmatched_{p.lower()}_{s}" for p in _POS for s in ("longer", "shorter", "max", "min")),
    "unmatched_longer",
    "unmatched_shorter",
    "unmatched_share_longer",
    "unmatched_share_shorter",
)


class IdfFile(TypedDict):
    """`idf.json`: `Idf.to_dict`'s form."""

    source: str
    default: float
    weights: dict[str, float]


@dataclass(frozen=True)
class Idf:
    """Inverse document frequency of lower-cased lemmas; `default` for unseen ones."""

    weights: dict[str, float]
    default: float
    source: str = ""

    def get(self, lemma: str) -> float:
        return self.weights.get(lemma, self.default)

    def to_dict(self) -> IdfFile:
        return {"source": self.source, "default": self.default, "weights": self.weights}

    @classmethod
    def from_dict(cls, data: IdfFile) -> Idf:
        return cls(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            default=float(data["default"]),
            source=str(data.get("source", "")),
        )


@lru_cache(maxsize=1)
def load_idf() -> Idf:
    """The IDF table shipped in the package data."""
    path = resources.files("storydiff").joinpath("data", "idf.json")
    return Idf.from_dict(json.loads(path.read_text(encoding="utf-8")))


@dataclass(frozen=True)
class _Profile:
    """Everything about one unit that the pair features need, computed once per unit."""

    sets: dict[str, frozenset[str]]
    tokens: tuple[str, ...]
    positions: dict[str, int]
    """Token -> bit mask of the positions where it occurs (for the bit-parallel LCS)."""
    negated: bool
    idf_total: float
    hashes: dict[str, npt.NDArray[np.int64]]
    """String hashes of each family's items, in the iteration order of `sets`."""
    lemma_idf: Array
    """IDF of each item of `sets['lemmas1']`, in the same order as its hashes."""


def _profile(unit: Unit, idf: Idf) -> _Profile:
    tokens, lemmas = unit.tokens, unit.lemmas
    sets: dict[str, frozenset[str]] = {}
    for n in _WORD_NGRAMS:
        sets[f"words{n}"] = _ngrams(tokens, n)
    for n in _LEMMA_NGRAMS:
        sets[f"lemmas{n}"] = _ngrams(lemmas, n)
    text = " ".join(tokens)
    for n in _CHAR_NGRAMS:
        sets[f"chars{n}"] = frozenset([text[i : i + n] for i in range(len(text) - n + 1)])
    sets["content"] = unit.content
    sets["names"] = unit.names
    sets["numbers"] = unit.numbers
    sets["all"] = frozenset(tokens) | frozenset(lemmas)
    # one pass for all tags; each set gets its lemmas in text order, as one pass per tag did
    # (the order of a set's items decides the order of the IDF sums)
    by_tag: dict[str, list[str]] = {tag: [] for tag in _POS}
    for lemma, pos, stop in zip(lemmas, unit.pos, unit.stop, strict=True):
        if not stop and pos in by_tag:
            by_tag[pos].append(lemma)
    for tag in _POS:
        sets[tag] = frozenset(by_tag[tag])
    positions: dict[str, int] = {}
    for i, token in enumerate(tokens):
        positions[token] = positions.get(token, 0) | (1 << i)
    lemma_idf = np.array([idf.get(lemma) for lemma in sets["lemmas1"]], dtype=np.float64)
    return _Profile(
        sets=sets,
        tokens=tokens,
        positions=positions,
        negated=any(t in NEGATION_WORDS for t in tokens),
        idf_total=float(lemma_idf.sum()),
        hashes={
            family: np.fromiter(map(hash, items), dtype=np.int64, count=len(items))
            for family, items in sets.items()
        },
        lemma_idf=lemma_idf,
    )


_PROFILES: weakref.WeakKeyDictionary[Unit, _Profile] = weakref.WeakKeyDictionary()


def cached_profile(unit: Unit) -> _Profile:
    """`_profile` with the shipped IDF, kept while the unit lives (units meet many others)."""
    profile = _PROFILES.get(unit)
    if profile is None:
        profile = _PROFILES[unit] = _profile(unit, load_idf())
    return profile


def _ngrams(seq: tuple[str, ...], n: int) -> frozenset[str]:
    if n == 1:
        return frozenset(seq)
    return frozenset([" ".join(seq[i : i + n]) for i in range(len(seq) - n + 1)])


def _lcs(a: _Profile, b: _Profile) -> int:
    """Length of the longest common token subsequence (Hyyrö's bit-parallel recurrence)."""
    m = len(b.tokens)
    if not m or not a.tokens:
        return 0
    mask = (1 << m) - 1
    v = mask
    for token in a.tokens:
        u = v & b.positions.get(token, 0)
        v = ((v + u) | (v - u)) & mask
    return m - v.bit_count()


def _incidence(
    profiles_a: Sequence[_Profile], profiles_b: Sequence[_Profile], families: Sequence[str]
) -> tuple[dict[str, Incidence], dict[str, Incidence], npt.NDArray[np.intp]]:
    """0/1 float32 matrices (units x items) per family, for products that count shared items.

    Items are identified by their string hash, and only items found on both sides get a
    column (others never count towards a shared total). The third result gives, for each
    column, the position of its first occurrence in the items of all a-profiles then all
    b-profiles, family by family, in profile order (to look up per-item values such as IDF).
    """
    parts = [p.hashes[f] for side in (profiles_a, profiles_b) for f in families for p in side]
    every = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
    _, first, inverse = np.unique(every, return_index=True, return_inverse=True)
    split = sum(len(p.hashes[f]) for f in families for p in profiles_a)
    # an item on both sides (marking is far cheaper than np.intersect1d's two sorts)
    on_a, on_both = np.zeros(len(first), dtype=bool), np.zeros(len(first), dtype=bool)
    on_a[inverse[:split]] = True
    on_both[inverse[split:]] = True
    on_both &= on_a
    column = np.cumsum(on_both) - 1
    size = max(1, int(on_both.sum()))
    result: list[dict[str, Incidence]] = []
    offset = 0
    for side in (profiles_a, profiles_b):
        matrices: dict[str, Incidence] = {}
        for family in families:
            lengths = [len(p.hashes[family]) for p in side]
            total = sum(lengths)
            items = inverse[offset : offset + total]
            keep = on_both[items]
            matrix = np.zeros((len(side), size), dtype=np.float32)
            rows = np.repeat(np.arange(len(side)), lengths)
            matrix[rows[keep], column[items[keep]]] = 1.0
            offset += total
            matrices[family] = matrix
        result.append(matrices)
    return result[0], result[1], first[on_both]


def _shared(
    rows_a: npt.NDArray[np.float32] | Array, rows_b: npt.NDArray[np.float32] | Array
) -> Array:
    """`rows_a @ rows_b.T` (shared-item counts, or IDF-weighted ones), on one BLAS thread.

    The blocks are small; a multithreaded BLAS on a small busy machine is up to ten times
    slower. 0/1 rows (float32) give whole counts, exact in any order of the sums: one
    matrix product. Weighted rows keep one matrix-vector product per row of a, the order
    of the sums the matcher was fitted with.
    """
    if rows_a.dtype == np.float32 and rows_b.dtype == np.float32:
        with one_blas_thread():
            counts: Array = (rows_a @ rows_b.T).astype(np.float64)
        return counts
    result = np.zeros((len(rows_a), len(rows_b)))
    for i, row in enumerate(rows_a):
        result[i] = rows_b @ row
    return result


def _sizes(profiles: Sequence[_Profile], family: str) -> Array:
    return np.array([len(p.hashes[family]) for p in profiles], dtype=np.float64)


def _divide(numerator: Array, denominator: Array) -> Array:
    out = np.zeros(np.broadcast(numerator, denominator).shape)
    np.divide(numerator, denominator, out=out, where=denominator > 0)
    return out


Columns = dict[str, Array]
"""Feature name -> its value for every (a, b) pair (shape (len(a), len(b)), or broadcastable)."""


def feature_block(
    profiles_a: Sequence[_Profile],
    profiles_b: Sequence[_Profile],
    cosines: npt.ArrayLike,
    idf: Idf,
    pairs: npt.NDArray[np.bool_] | None = None,
) -> Array:
    """Features of every (a, b) pair: shape (len(a), len(b), len(FEATURES)), the last axis in
    `FEATURES` order (each column is computed under its name and placed by it).

    `pairs` (optional) marks the pairs that need the LCS feature; others get 0 there.
    """
    na, nb = len(profiles_a), len(profiles_b)
    cos = np.asarray(cosines, dtype=np.float64).reshape(na, nb)
    overlap = _Overlap(profiles_a, profiles_b)
    length_a = np.array([len(p.tokens) for p in profiles_a], dtype=np.float64)[:, None]
    length_b = np.array([len(p.tokens) for p in profiles_b], dtype=np.float64)[None, :]
    columns: Columns = {"cosine": cos, "cosine_squared": cos * cos}
    columns.update(_overlap_columns(overlap))
    negated_a = np.array([p.negated for p in profiles_a], dtype=np.float64)[:, None]
    negated_b = np.array([p.negated for p in profiles_b], dtype=np.float64)[None, :]
    columns["negation_mismatch"] = np.abs(negated_a - negated_b)
    longest, shortest = np.maximum(length_a, length_b), np.minimum(length_a, length_b)
    columns["length_difference"] = longest - shortest
    columns["length_ratio"] = _divide(shortest, longest)
    columns["length_log"] = np.log1p(longest)
    columns.update(_idf_columns(profiles_a, profiles_b))
    lcs = np.zeros((na, nb))
    for i, pa in enumerate(profiles_a):
        for j, pb in enumerate(profiles_b):
            if pairs is None or pairs[i, j]:
                lcs[i, j] = _lcs(pa, pb)
    columns["lcs_of_longer"] = _divide(lcs, longest + 0 * lcs)
    columns["lcs_of_shorter"] = _divide(lcs, shortest + 0 * lcs)
    columns["cosine_x_lemmas1_min"] = cos * overlap.precision("lemmas1")[0]
    columns.update(_unmatched_columns(profiles_a, profiles_b, length_a >= length_b))
    if columns.keys() != set(FEATURES):
        raise RuntimeError(
            f"feature columns and FEATURES disagree: computed but not listed "
            f"{sorted(columns.keys() - set(FEATURES))}, listed but not computed "
            f"{sorted(set(FEATURES) - columns.keys())}"
        )
    return np.stack([np.broadcast_to(columns[name], (na, nb)) for name in FEATURES], axis=-1)


class _Overlap:
    """Shared-item counts and set sizes of every (a, b) pair, per item family."""

    def __init__(self, profiles_a: Sequence[_Profile], profiles_b: Sequence[_Profile]) -> None:
        self.counts: dict[str, tuple[Array, Array, Array]] = {}
        for family in _OVERLAP_FAMILIES:
            ia, ib, _ = _incidence(profiles_a, profiles_b, [family])
            inter = _shared(ia[family], ib[family])
            size_a = _sizes(profiles_a, family)[:, None] + 0 * inter
            size_b = _sizes(profiles_b, family)[None, :] + 0 * inter
            self.counts[family] = (inter, size_a, size_b)

    def precision(self, family: str) -> tuple[Array, Array]:
        """The smaller and the larger share of each side's items the other side has."""
        inter, size_a, size_b = self.counts[family]
        pa, pb = _divide(inter, size_a), _divide(inter, size_b)
        return np.minimum(pa, pb), np.maximum(pa, pb)

    def unmatched(self, family: str) -> tuple[Array, Array]:
        """Items the other side lacks, for the side with more items and the one with fewer."""
        inter, size_a, size_b = self.counts[family]
        return np.maximum(size_a, size_b) - inter, np.minimum(size_a, size_b) - inter


_OVERLAP_FAMILIES = (
    *(f"words{n}" for n in _WORD_NGRAMS),
    *(f"lemmas{n}" for n in _LEMMA_NGRAMS),
    *(f"chars{n}" for n in _CHAR_NGRAMS),
    "content",
    "names",
    "numbers",
)


def _overlap_columns(overlap: _Overlap) -> Columns:
    """Word, lemma and character n-gram overlap; content words, names and numbers."""
    columns: Columns = {}
    for n in _WORD_NGRAMS:
        columns[f"words{n}_min"], columns[f"words{n}_max"] = overlap.precision(f"words{n}")
    for family in [f"lemmas{n}" for n in _LEMMA_NGRAMS] + [f"chars{n}" for n in _CHAR_NGRAMS]:
        inter, size_a, size_b = overlap.counts[family]
        columns[f"{family}_min"], columns[f"{family}_max"] = overlap.precision(family)
        columns[f"{family}_jaccard"] = _divide(inter, size_a + size_b - inter)
    columns["content_min"], columns["content_max"] = overlap.precision("content")
    unmatched = overlap.unmatched("content")
    columns["content_unmatched_max"], columns["content_unmatched_min"] = unmatched
    inter, size_a, size_b = overlap.counts["names"]
    both = (size_a > 0) & (size_b > 0)
    columns["names_unmatched_max"], columns["names_unmatched_min"] = overlap.unmatched("names")
    columns["names_min"] = np.where(both, overlap.precision("names")[0], 1.0)
    columns["names_disjoint"] = (both & (inter == 0)).astype(np.float64)
    inter, size_a, size_b = overlap.counts["numbers"]
    unmatched = overlap.unmatched("numbers")
    columns["numbers_unmatched_max"], columns["numbers_unmatched_min"] = unmatched
    columns["numbers_disjoint"] = ((size_a > 0) & (size_b > 0) & (inter == 0)).astype(np.float64)
    columns["numbers_shared"] = (inter > 0).astype(np.float64)
    columns["numbers_differ"] = ((inter < size_a) | (inter < size_b)).astype(np.float64)
    return columns


def _idf_columns(profiles_a: Sequence[_Profile], profiles_b: Sequence[_Profile]) -> Columns:
    """IDF-weighted lemma overlap: the weighted intersection is a product with IDF on one
    side."""
    ia, ib, first = _incidence(profiles_a, profiles_b, ["lemmas1"])
    item_idf = np.concatenate([p.lemma_idf for p in (*profiles_a, *profiles_b)])
    weights = item_idf[first] if len(first) else np.zeros(1)
    weighted = ia["lemmas1"].astype(np.float64) * weights[None, :]
    shared_idf = _shared(weighted, ib["lemmas1"].astype(np.float64))
    idf_a = np.array([p.idf_total for p in profiles_a])[:, None] + 0 * shared_idf
    idf_b = np.array([p.idf_total for p in profiles_b])[None, :] + 0 * shared_idf
    share_a, share_b = _divide(shared_idf, idf_a), _divide(shared_idf, idf_b)
    return {
        "idf_min": np.minimum(share_a, share_b),
        "idf_max": np.maximum(share_a, share_b),
        "idf_unmatched_max": np.maximum(idf_a, idf_b) - shared_idf,
        "idf_unmatched_min": np.minimum(idf_a, idf_b) - shared_idf,
    }


def _unmatched_columns(
    profiles_a: Sequence[_Profile], profiles_b: Sequence[_Profile], a_longer: npt.NDArray[np.bool_]
) -> Columns:
    """Words of each part of speech on one side whose lemma and form the other side lacks,
    counted for the longer and the shorter unit (ties: a counts as the longer)."""
    ia, ib, _ = _incidence(profiles_a, profiles_b, ["all", *_POS])
    na, nb = len(profiles_a), len(profiles_b)
    columns: Columns = {}
    total_a, total_b = np.zeros((na, nb)), np.zeros((na, nb))
    size_a_total, size_b_total = np.zeros((na, 1)), np.zeros((1, nb))
    for tag in _POS:
        sa = _sizes(profiles_a, tag)[:, None]
        sb = _sizes(profiles_b, tag)[None, :]
        unmatched_a = sa - _shared(ia[tag], ib["all"])
        unmatched_b = sb - _shared(ia["all"], ib[tag])
        total_a += unmatched_a
        total_b += unmatched_b
        size_a_total = size_a_total + sa
        size_b_total = size_b_total + sb
        name = f"unmatched_{tag.lower()}"
        columns[f"{name}_longer"] = np.where(a_longer, unmatched_a, unmatched_b)
        columns[f"{name}_shorter"] = np.where(a_longer, unmatched_b, unmatched_a)
        columns[f"{name}_max"] = np.maximum(unmatched_a, unmatched_b)
        columns[f"{name}_min"] = np.minimum(unmatched_a, unmatched_b)
    share_a = _divide(total_a, np.maximum(size_a_total, 1.0) + 0 * total_a)
    share_b = _divide(total_b, np.maximum(size_b_total, 1.0) + 0 * total_b)
    columns["unmatched_longer"] = np.where(a_longer, total_a, total_b)
    columns["unmatched_shorter"] = np.where(a_longer, total_b, total_a)
    columns["unmatched_share_longer"] = np.where(a_longer, share_a, share_b)
    columns["unmatched_share_shorter"] = np.where(a_longer, share_b, share_a)
    return columns


def pair_features(a: Unit, b: Unit, cosine: float, idf: Idf | None = None) -> list[float]:
    """The `FEATURES` of one pair (for many pairs, `feature_rows` or `score_matrix`)."""
    idf = load_idf() if idf is None else idf
    block = feature_block([_profile(a, idf)], [_profile(b, idf)], np.array([[cosine]]), idf)
    return [float(x) for x in block[0, 0]]


def feature_rows(
    units_a: Sequence[Unit],
    units_b: Sequence[Unit],
    cosines: Sequence[float],
    idf: Idf | None = None,
) -> Array:
    """`pair_features` of (units_a[i], units_b[i]) for every i: shape (n, len(FEATURES))."""
    idf = load_idf() if idf is None else idf
    rows = [
        feature_block([_profile(a, idf)], [_profile(b, idf)], np.array([[c]]), idf)[0, 0]
        for a, b, c in zip(units_a, units_b, cosines, strict=True)
    ]
    return np.array(rows).reshape(len(rows), len(FEATURES))
