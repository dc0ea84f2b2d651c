"""Counts as arguments: outlets telling one event often count its participants differently
('sending about 300 officers to the crossing' / 'a unit of 250 officers was deployed to the
crossing' / 'more than 600 police officers arrived at the crossing'). Exact term overlap
reads the figures as two rare terms each statement lacks, so a difference in the count,
which the number detector reports as a conflict (blocks.py: numbers never block), also
pushed the pair apart. Here a figure the other statement lacks counts as partly shared
when the other statement counts the same thing (`amount_compare.same_quantity`: the same
noun, narrowed alike) over the same period.

Only counts: a sum of money or a percentage of one thing that differs is more often another
figure than another telling ('52 percent' for one candidate, '44 percent' for the other),
and a count over a named period ('85,000 tonnes last year') is a tally, not the same
quantity as one without ('1,600 tonnes each week'). Forecasts and ages are left out too:
'a 16-year-old boy' and 'a 15-year-old boy' are two people, not one crowd counted twice,
whether or not the person is named ('age boy' as much as 'age dana orrell').
The credit was chosen on the bundled examples and BASIL dev (docs/benchmarks.md).
"""

from __future__ import annotations

from ..model import Unit
from .amount_compare import same_quantity
from .amounts import Amount, amounts

COUNT_CREDIT = 0.75
"""The share of a figure's weight that a count of the same thing on the other side earns
(a near word earns at most 0.5: two counts of one thing are surer than two near words)."""


def counts(unit: Unit) -> dict[str, Amount]:
    """Each number term of the statement (`Unit.numbers`) that gives a count of something,
    with that count."""
    found: dict[str, Amount] = {}
    for amount in amounts(unit):
        if amount.unit or amount.head.startswith("age ") or amount.expected:
            continue  # money, percentages, ages and forecasts: see the module's docstring
        for number in unit.numbers:
            try:
                value = float(number)
            except ValueError:
                continue
            if amount.low <= value <= amount.high:
                found[number] = amount
    return found


def counted_alike(
    counts_a: dict[str, Amount], counts_b: dict[str, Amount]
) -> list[tuple[str, str]]:
    """The pairs of number terms, one from each side, that count the same thing over the
    same period (the caller passes only the figures the other side lacks)."""
    return [
        (x, y)
        for x, amount_a in counts_a.items()
        for y, amount_b in counts_b.items()
        if same_quantity(amount_a, amount_b) and amount_a.period == amount_b.period
    ]
