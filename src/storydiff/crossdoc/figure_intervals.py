"""How far a written figure reaches: '4.7 million' covers 4,721,408, 'about 300' a band
either side, 'more than 600' only upwards."""

from __future__ import annotations

from ..text import APPROXIMATIONS, VAGUE_AMOUNTS, parse_number


def figure_interval(raw: str, scale: float, approx: str | None) -> tuple[float, float] | None:
    """The values a written figure allows: its rounding, its scale and an approximation
    word ('about', 'more than') widen or shift it; None for a figure that is no number."""
    if raw in VAGUE_AMOUNTS:
        return VAGUE_AMOUNTS[raw]
    value = parse_number(raw)
    if value is None:
        return None
    # a written figure is rounded to its last digit: '4.7 million' covers 4,721,408, and
    # '50,000' a little either side (a quarter of its rounding step); so is a whole number of
    # a scale ('a $2 trillion plan' may cost 2.2 trillion), not a plain count ('12 people')
    step = rounding_step(raw) or (1.0 if scale != 1 and raw[:1].isdigit() else 0.0)
    value *= scale
    slack = step * scale * (0.5 if "." in raw else 0.25)
    if approx:
        slack = 0.0  # 'about' already says how loose the figure is
    low, high = APPROXIMATIONS.get(" ".join((approx or "").lower().split()), (1.0, 1.0))
    return value * low - slack, value * high + slack


def rounding_step(raw: str) -> float:
    if "." in raw:
        return float(10 ** -len(raw.split(".")[1]))
    digits = raw.rstrip("0")
    zeros = len(raw) - len(digits)
    return float(10**zeros) if zeros else 0.0
