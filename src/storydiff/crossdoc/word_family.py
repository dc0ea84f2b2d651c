"""Word families: two outlets often name one event with words of one family that lemmas keep
apart ('opposition' / 'opposes', 'arming' / 'armed', 'endorsement' / 'endorsed') or with a
closed compound the other spells as two words ('roadblocks' / 'blocked roads'). Exact term
overlap counts such a pair as a difference; here a word the other statement lacks earns
`FAMILY_CREDIT` of its weight when the other has a word of its family (a shared stem after
stripping derivational suffixes) or both halves of it as a compound.

The stem is deliberately crude (suffix stripping with a minimum stem length, no dictionary):
it is only asked about the few content words two statements of one event do not share.
"""

from __future__ import annotations

from collections.abc import Iterable

FAMILY_CREDIT = 0.0
"""Share of a word's weight that a word of its family in the other statement earns (0: off).
Tried on BASIL dev, the bundled examples and the seed pair (docs/benchmarks.md, issue 10
diagnosis); off because it did not raise BASIL dev link F1."""

_SUFFIXES = (
    "izations",
    "ization",
    "ations",
    "ation",
    "itions",
    "ition",
    "ments",
    "ment",
    "ances",
    "ance",
    "ences",
    "ence",
    "ness",
    "ings",
    "ing",
    "ers",
    "er",
    "ors",
    "or",
    "ed",
    "es",
    "s",
    "e",
)
_MIN_STEM = 4
"""Shorter stems are too ambiguous ('arm' / 'army', 'state' / 'statement' stays apart
because 'stat' would be needed)."""
_MIN_HALF = 4
"""Each half of a split compound is a word of its own ('road' + 'block', not 'a' + 'bout')."""


def stem(word: str) -> str:
    """The word without its longest derivational suffix, if what remains is long enough."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)]
    return word


def _compound_halves(word: str, others: frozenset[str]) -> bool:
    """Whether the word is two words of `others` (stems compared) written as one."""
    word = stem(word)
    stems = {stem(other) for other in others}
    for cut in range(_MIN_HALF, len(word) - _MIN_HALF + 1):
        if stem(word[:cut]) in stems and stem(word[cut:]) in stems:
            return True
    return False


def family_credits(
    words_a: Iterable[str], words_b: Iterable[str], shared: frozenset[str]
) -> tuple[dict[str, float], dict[str, float]]:
    """For each side's unshared words: `FAMILY_CREDIT` when the other side has a word of its
    family or both halves of it as a compound (none when the credit is off)."""
    if not FAMILY_CREDIT:
        return {}, {}
    only_a = frozenset(w for w in words_a if w not in shared and w.isalpha())
    only_b = frozenset(w for w in words_b if w not in shared and w.isalpha())
    return _credits(only_a, only_b), _credits(only_b, only_a)


def _credits(words: frozenset[str], others: frozenset[str]) -> dict[str, float]:
    stems = {stem(other) for other in others}
    return {
        word: FAMILY_CREDIT
        for word in words
        if stem(word) in stems or _compound_halves(word, others)
    }
