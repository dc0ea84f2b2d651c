"""One given name spelt two ways by two outlets ('Kalomir' / 'Kelomir')."""

from __future__ import annotations

from collections.abc import Sequence

# a given name's vowels are what outlets misspell ('Kalomir' / 'Kelomir', 'Tarin' / 'Torin')
_NAME_VOWELS = frozenset("aeiouy")
_MIN_VARIANT_LETTERS, _MAX_VARIANT_VOWELS = 5, 2


def spelling_variants(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two given names are one name spelt two ways: one word each, of one length (at
    least five letters), the same first and last letter, differing only in one or two vowels
    ('kalomir' and 'kelomir', 'tarin' and 'torin', 'brian' and 'bryan'; not 'maria' and
    'marie', whose ends differ, nor 'dennis' and 'denise')."""
    if len(a) != 1 or len(b) != 1 or a == b:
        return False
    x, y = a[0], b[0]
    if len(x) != len(y) or len(x) < _MIN_VARIANT_LETTERS or x[0] != y[0] or x[-1] != y[-1]:
        return False
    changed = [(p, q) for p, q in zip(x, y, strict=True) if p != q]
    return len(changed) <= _MAX_VARIANT_VOWELS and all(
        p in _NAME_VOWELS and q in _NAME_VOWELS for p, q in changed
    )
