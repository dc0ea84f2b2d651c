"""What a statement says about amounts, causes and certainty, read off its text.

Each reader returns spans (offsets into the article) so a conflict can point at the words
that carry it. Word lists are general English, not any event's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Unit
from ..text import NUMBER_WORDS_PATTERN, SCALE_WORDS, parse_number

# vague plurals: a range, not a number
_VAGUE_AMOUNTS = {
    "dozens": (24.0, 99.0),
    "scores": (40.0, 99.0),
    "hundreds": (200.0, 999.0),
    "thousands": (2000.0, 9999.0),
    "tens of thousands": (20000.0, 99999.0),
    "hundreds of thousands": (200000.0, 999999.0),
    "millions": (2e6, 9.99e8),
}
_APPROX = {
    "about": (0.9, 1.1), "around": (0.9, 1.1), "some": (0.9, 1.1), "roughly": (0.9, 1.1),
    "approximately": (0.9, 1.1), "an estimated": (0.9, 1.1), "estimated": (0.9, 1.1),
    "nearly": (0.85, 1.0), "almost": (0.85, 1.0), "close to": (0.85, 1.0),
    "more than": (1.0, 3.0), "over": (1.0, 3.0), "at least": (1.0, 3.0),
    "upwards of": (1.0, 3.0), "fewer than": (0.0, 1.0), "less than": (0.0, 1.0),
    "under": (0.0, 1.0), "up to": (0.0, 1.0), "at most": (0.0, 1.0),
}  # fmt: skip
_AMOUNT = re.compile(
    r"(?:\b(?P<approx>"
    + "|".join(sorted(map(re.escape, _APPROX), key=len, reverse=True))
    + r")\s+)?"
    r"(?P<currency>[$€£])?(?P<amount>\b(?:"
    + "|".join(sorted(map(re.escape, _VAGUE_AMOUNTS), key=len, reverse=True))
    + r")\b|\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?\b|\b"
    + NUMBER_WORDS_PATTERN
    + r")"
    r"(?:\s+(?P<scale>" + "|".join(SCALE_WORDS) + r")\b)?"
    r"(?:-(?P<hyphen>[a-z]+)\b)?"
    r"(?P<tail>(?:\s+(?:of\s+)?[A-Za-z][\w-]*){1,3})?",
    re.IGNORECASE,
)
_NOT_HEADS = {"per", "cent", "of", "the", "a", "an", "and", "or", "to", "in", "on"}
_CLOCK = re.compile(r"^\s*(?:[ap]\.?m\.?|o'clock|gmt|utc|hours?\b)|^:\d", re.IGNORECASE)
_YEARS = re.compile(r"^(1[89]|20)\d\d$")
_CURRENCIES = {"$": "dollars", "€": "euros", "£": "pounds"}


@dataclass(frozen=True)
class Amount:
    """'about 50,000 Serbs': the interval it allows, the noun it counts, and where it is."""

    low: float
    high: float
    head: str
    start: int
    end: int
    noun: str = ""
    """The counted noun as written ('residents'); `head` is its lemma."""


def amounts(unit: Unit) -> list[Amount]:
    """Counted amounts in a statement, each with the noun it counts."""
    nouns = {t for t, p in zip(unit.tokens, unit.pos, strict=False) if p in {"NOUN", "PROPN"}}
    lemma_of = dict(zip(unit.tokens, unit.lemmas, strict=False))
    found = []
    for match in _AMOUNT.finditer(unit.text):
        raw = match.group("amount").lower().replace(",", "")
        if _YEARS.match(raw) and not match.group("scale"):
            continue  # '2008' is a year, not a count
        after = unit.text[match.end("amount") : match.end("amount") + 8]
        before = unit.text[max(0, match.start("amount") - 1) : match.start("amount")]
        if _CLOCK.match(after) or before == ":":
            continue  # '10:45 pm' is a time of day
        tail = (match.group("tail") or "").split()
        currency = match.group("currency") or ""
        if match.group("hyphen"):
            head = written = match.group("hyphen")  # 'a 35-word oath'
        elif currency in _CURRENCIES:
            head = written = _CURRENCIES[currency]  # '$5 billion': an amount of money
        else:
            found_head = next(
                (w for w in tail if w.lower() in nouns and w.lower() not in _NOT_HEADS), None
            )
            if found_head is None:
                continue
            head, written = found_head.lower(), found_head
        interval = _interval(raw, match.group("scale"), match.group("approx"))
        if interval is None:
            continue
        start = unit.start + match.start("amount")
        if match.group("approx"):
            start = unit.start + match.start("approx")
        end = unit.start + match.end("scale" if match.group("scale") else "amount")
        found.append(Amount(*interval, lemma_of.get(head, head), start, end, written))
    return found


def _interval(raw: str, scale: str | None, approx: str | None) -> tuple[float, float] | None:
    if raw in _VAGUE_AMOUNTS:
        return _VAGUE_AMOUNTS[raw]
    value = parse_number(raw)
    if value is None:
        return None
    # a written figure is rounded to its last digit: '13.6 million' covers 13,625,777, and
    # '50,000' a little either side (a quarter of its rounding step)
    step = _rounding_step(raw)
    scale_factor = float(SCALE_WORDS.get((scale or "").lower(), 1))
    value *= scale_factor
    slack = step * scale_factor * (0.5 if "." in raw else 0.25)
    if approx:
        slack = 0.0  # 'about' already says how loose the figure is
    low, high = _APPROX.get((approx or "").lower(), (1.0, 1.0))
    return value * low - slack, value * high + slack


def _rounding_step(raw: str) -> float:
    if "." in raw:
        return float(10 ** -len(raw.split(".")[1]))
    digits = raw.rstrip("0")
    zeros = len(raw) - len(digits)
    return float(10**zeros) if zeros else 0.0


def amounts_disagree(a: Amount, b: Amount) -> bool:
    """Two amounts of the same thing whose allowed intervals do not meet."""
    return a.head == b.head and (a.high < b.low or b.high < a.low)


# -- causes ------------------------------------------------------------------------------

_CAUSE = re.compile(
    r"\b(in retaliation(?: for)?|in response to|in reaction to|as a response to|because of|"
    r"because|due to|as a result of|prompted by|triggered by|provoked by|in revenge for|"
    r"to retaliate)\b",
    re.IGNORECASE,
)


def causes(unit: Unit) -> list[tuple[int, int, str]]:
    """Explicit causal links a statement makes: 'in retaliation', 'because of', …"""
    return _matches(_CAUSE, unit)


_SEQUENCE = re.compile(
    r"\b((?:hours|days|weeks|minutes|shortly|soon|just|a day|a week) (?:after|before)|after|"
    r"before|following|preceded|followed|then)\b",
    re.IGNORECASE,
)


def sequences(unit: Unit) -> list[tuple[int, int, str]]:
    """Words that order a statement's fact against another in time: 'hours after', 'before'."""
    return _matches(_SEQUENCE, unit)


# -- certainty ---------------------------------------------------------------------------

_STRONG_DOUBT = re.compile(
    r"\b(so-called|purported(?:ly)?|spurious|baseless|unfounded|unsubstantiated|fabricated|"
    r"trumped-up|bogus|false|without (?:any )?evidence|dubious)\b",
    re.IGNORECASE,
)
# the verbs by which an outlet keeps its distance ('claimed' rather than 'said')
_WEAK_DOUBT = re.compile(
    r"\b((?:claimed|claiming)(?!\s+(?:victory|responsibility|credit|the\s+title|"
    r"a\s+seat|the\s+lives|the\s+life|his\s+life|her\s+life))|alleged(?:ly)?|alleging|"
    r"supposed(?:ly)?)\b",
    re.IGNORECASE,
)
_ACCUSATION = re.compile(r"\b(accused of|charged with|suspected of|convicted of)\b", re.I)


def doubts(unit: Unit, *, strong: bool) -> list[tuple[int, int, str]]:
    """Words by which the outlet distances itself from a claim ('claimed', 'alleged') or,
    `strong`, casts doubt on it ('spurious', 'so-called', 'baseless')."""
    pattern = _STRONG_DOUBT if strong else _WEAK_DOUBT
    return _matches(pattern, unit)


def accusations(unit: Unit) -> list[tuple[int, int, str]]:
    """Neutral wording of an accusation: 'accused of', 'charged with'."""
    return _matches(_ACCUSATION, unit)


def _matches(pattern: re.Pattern[str], unit: Unit) -> list[tuple[int, int, str]]:
    """Every match of `pattern` in the statement, with article offsets."""
    return [
        (unit.start + m.start(), unit.start + m.end(), m.group())
        for m in pattern.finditer(unit.text)
    ]
