"""Whether two amounts (crossdoc/amounts.py reads them) are of one quantity, and whether
they then disagree: the comparisons the number detector (crossdoc/detectors.py) makes."""

from __future__ import annotations

from .amounts import CARRIED, MONEY, Amount
from .periods import different_periods

# words that make a count one of things added to others ('two more debates', 'three additional
# victims'): another quantity than the whole
_ADDED = frozenset({"more", "additional", "further", "remaining", "extra"})
_PART = _ADDED | {CARRIED}


def same_quantity(a: Amount, b: Amount) -> bool:
    """Two amounts of one quantity: the same unit (currency, percent, count) of the same
    thing, narrowed alike where both narrow it, over one period where both name it, both
    expected or both come about. Two currencies are never compared (no exchange rates)."""
    if a.unit != b.unit or a.expected != b.expected or different_periods(a.period, b.period):
        return False  # 'six games this season' and '14 games last season' are two counts
    if a.head != b.head and not (a.unit in MONEY and not (a.head and b.head)):
        return False  # a sum of money with nothing named may be any sum in its currency
    if a.qualifiers & _PART != b.qualifiers & _PART:
        return False  # 'two more debates' are those still to come, not all of them; 'a car
        # carrying two men' holds some of 'three men wounded'
    # 'the federal tax rate' and 'the combined rate' are two rates
    return not (a.qualifiers and b.qualifiers and not a.qualifiers & b.qualifiers)


def amounts_disagree(a: Amount, b: Amount) -> bool:
    """Two amounts of the same quantity whose allowed intervals do not meet."""
    return same_quantity(a, b) and (a.high < b.low or b.high < a.low)


def sum_told_elsewhere(amount: Amount, others: list[Amount]) -> bool:
    """Whether a sum of money is also among `others` (same currency, intervals that meet):
    'a $1 trillion bill … a $3.5 trillion package' against 'a $1 trillion package' tells the
    other side's sum under another noun, so its '$3.5 trillion' is of something else."""
    return amount.unit in MONEY and any(
        other.unit == amount.unit and not (other.high < amount.low or amount.high < other.low)
        for other in others
    )
