"""What a statement says about amounts, causes and certainty, read off its text.

Each reader returns spans (offsets into the article) so a conflict can point at the words
that carry it. Word lists are general English, not any event's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Unit

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "a hundred": 100,
    "a dozen": 12, "dozen": 12, "a thousand": 1000,
}  # fmt: skip
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
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_APPROX = {
    "about": (0.8, 1.2), "around": (0.8, 1.2), "some": (0.8, 1.2), "roughly": (0.8, 1.2),
    "approximately": (0.8, 1.2), "an estimated": (0.8, 1.2), "estimated": (0.8, 1.2),
    "nearly": (0.85, 1.0), "almost": (0.85, 1.0), "close to": (0.85, 1.0),
    "more than": (1.0, 3.0), "over": (1.0, 3.0), "at least": (1.0, 3.0),
    "upwards of": (1.0, 3.0), "fewer than": (0.0, 1.0), "less than": (0.0, 1.0),
    "under": (0.0, 1.0), "up to": (0.0, 1.0), "at most": (0.0, 1.0),
}  # fmt: skip
_AMOUNT = re.compile(
    r"(?:\b(?P<approx>"
    + "|".join(sorted(map(re.escape, _APPROX), key=len, reverse=True))
    + r")\s+)?"
    r"(?P<amount>\b(?:"
    + "|".join(sorted(map(re.escape, _VAGUE_AMOUNTS), key=len, reverse=True))
    + r")\b|\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?\b|\b(?:"
    + "|".join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True))
    + r")\b)"
    r"(?:\s+(?P<scale>thousand|million|billion)\b)?"
    r"(?P<tail>(?:\s+(?:of\s+)?[A-Za-z][\w-]*){1,3})?",
    re.IGNORECASE,
)
_NOT_HEADS = {"per", "cent", "of", "the", "a", "an", "and", "or", "to", "in", "on"}
_CLOCK = re.compile(r"^\s*(?:[ap]\.?m\.?|o'clock|gmt|utc|hours?\b)|^:\d", re.IGNORECASE)
_YEARS = re.compile(r"^(1[89]|20)\d\d$")


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
        head = next(
            (w.lower() for w in tail if w.lower() in nouns and w.lower() not in _NOT_HEADS), None
        )
        if head is None:
            continue
        interval = _interval(raw, match.group("scale"), match.group("approx"))
        if interval is None:
            continue
        start = unit.start + match.start("amount")
        if match.group("approx"):
            start = unit.start + match.start("approx")
        end = unit.start + match.end("scale" if match.group("scale") else "amount")
        written = next(w for w in tail if w.lower() == head)
        found.append(Amount(*interval, lemma_of.get(head, head), start, end, written))
    return found


def _interval(raw: str, scale: str | None, approx: str | None) -> tuple[float, float] | None:
    if raw in _VAGUE_AMOUNTS:
        return _VAGUE_AMOUNTS[raw]
    if raw in _NUMBER_WORDS:
        value = float(_NUMBER_WORDS[raw])
    else:
        try:
            value = float(raw)
        except ValueError:
            return None
    value *= _SCALES.get((scale or "").lower(), 1.0)
    low, high = _APPROX.get((approx or "").lower(), (1.0, 1.0))
    return value * low, value * high


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
    return [
        (unit.start + m.start(), unit.start + m.end(), m.group())
        for m in _CAUSE.finditer(unit.text)
    ]


# -- certainty ---------------------------------------------------------------------------

_DOUBT = re.compile(
    r"\b((?:claimed|claiming)(?!\s+(?:victory|responsibility|credit|the\s+title|a\s+seat|"
    r"the\s+lives|the\s+life|his\s+life|her\s+life))|alleged(?:ly)?|alleging|so-called|"
    r"purported(?:ly)?|"
    r"spurious|baseless|unfounded|unsubstantiated|fabricated|trumped-up|bogus|false|"
    r"without (?:any )?evidence|supposed(?:ly)?|dubious)\b",
    re.IGNORECASE,
)
_ACCUSATION = re.compile(r"\b(accused of|charged with|suspected of|convicted of)\b", re.I)


def doubts(unit: Unit) -> list[tuple[int, int, str]]:
    """Words by which the outlet distances itself from a claim or casts doubt on it."""
    return [
        (unit.start + m.start(), unit.start + m.end(), m.group())
        for m in _DOUBT.finditer(unit.text)
    ]


def accusations(unit: Unit) -> list[tuple[int, int, str]]:
    """Neutral wording of an accusation: 'accused of', 'charged with'."""
    return [
        (unit.start + m.start(), unit.start + m.end(), m.group())
        for m in _ACCUSATION.finditer(unit.text)
    ]
