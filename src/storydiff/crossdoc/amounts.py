"""The amounts a statement gives, as a reader reads them: counts, sums of money and
percentages, each with the interval its wording allows and the thing it measures.

Word lists (currencies, scales, approximations, number words) live in text.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from ..model import Unit
from ..text import (
    APPROXIMATIONS,
    CASUALTY_NOUNS,
    CASUALTY_WORDS,
    COUNTED_AS,
    CROWD_NOUNS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    FRACTION_WORDS,
    MEASURE_NOUNS,
    MEASURE_SETTING_VERBS,
    MEASURE_VERBS,
    MONTHS,
    NUMBER_WORDS_PATTERN,
    PERCENT_PATTERN,
    PERCENTAGE_POINT_PATTERN,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    UNAMBIGUOUS_SCALE_SUFFIXES,
    VAGUE_AMOUNTS,
    name_key,
    parse_number,
)
from .figure_intervals import figure_interval
from .figure_phrases import age_thing, is_head, noun_phrase, words_after
from .people_counts import people_count
from .periods import period_of
from .person_ages import name_run, person_key
from .tallies import phone_spans, tally_spans


def _either(words: Iterable[str]) -> str:
    """Regular-expression alternatives, longest first so 'US$' wins over '$'."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


# One figure as a reader reads it: '€22.4bn', 'about 50,000', '5.4 per cent', '22.4 billion
# euros', 'forty-two'. The figure never ends inside a longer one ('22' of '22.4bn').
_AMOUNT = re.compile(
    rf"(?:\b(?P<approx>{_either(APPROXIMATIONS)})\s+)?"
    rf"(?:(?P<currency>{_either(CURRENCY_SYMBOLS)})\s?)?"
    rf"(?P<amount>\b(?:{_either(VAGUE_AMOUNTS)})\b"
    r"|(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d]|[.,]\d)"
    rf"|\b{NUMBER_WORDS_PATTERN})"
    rf"(?:(?P<suffix>{_either(SCALE_SUFFIXES)})\b|\s(?P<spaced_suffix>{_either(UNAMBIGUOUS_SCALE_SUFFIXES)})\b"
    rf"|\s+(?P<scale>{_either(SCALE_WORDS)})\b)?"
    rf"(?:\s*(?P<point>{PERCENTAGE_POINT_PATTERN})|\s*(?P<percent>{PERCENT_PATTERN}))?"
    rf"(?:\s+(?P<currency_word>{_either(CURRENCY_WORDS)})\b)?"
    r"(?:-(?P<hyphen>[a-z]+)\b"
    # an age or span typed with spaces round its hyphen ('a 16-year - old', 'six - year')
    r"|\s?-\s?(?P<spaced>(?:second|minute|hour|day|week|month|year|decade)s?)\b)?",
    re.IGNORECASE,
)
# what joins the two ends of a range: '20,000 to 30,000', '5-7', 'between 5 and 7'
_RANGE_JOIN = re.compile(r"^\s*(?:to|-|–|and)\s*$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# the counted thing named before the figure: 'a crowd of 20,000', 'put the crowd at 20,000'
_NOUN_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(?:of|at|numbering)\s+$")
_CLOCK = re.compile(r"^\s*(?:[ap]\.?m\.?|o'clock|gmt|utc|hours?\b)|^:\d", re.IGNORECASE)
_YEARS = re.compile(r"^(1[89]|20)\d\d$")
_AFTER_MONTH = re.compile(rf"\b(?:{_either(MONTHS)})\.?\s+$", re.IGNORECASE)


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
    unit: str = ""
    """What the figure is in: a currency code ('EUR'), 'percent', 'point' (percentage
    points), or '' for a count of `head`."""
    qualifiers: frozenset[str] = frozenset()
    """Lemmas of the words that narrow `head` ('federal', 'tax' of 'federal tax rate')."""
    expected: bool = False
    """A figure someone expected or forecast ('economists were expecting 500,000 jobs'):
    another quantity than the one that came about."""
    person: bool = False
    """An age of someone named ('Dana Orrell, 34', 'a 34-year-old Dana Orrell'): `head` is
    'age' and the family name with the word before it, folded ('age dana orrell')."""
    period: str = ""
    """The period it is counted over, if named ('last season', '2019'): see periods.py."""


@dataclass(frozen=True)
class _Figure:
    low: float
    high: float
    unit: str
    start: int
    end: int
    scale: float
    hyphen: str
    age: bool = False
    """'a 25-year-old man': the figure is an age, its span runs to '-old'."""


def amounts(unit: Unit) -> list[Amount]:
    """Counted amounts, sums of money and percentages in a statement, each with the thing it
    measures: the noun it counts ('30,000 protesters'), or for money and percentages the noun
    it qualifies ('a €22.4bn bailout', '5% of the vote') or else the statement's subject
    ('turnout was 58 percent'). A count or percentage whose thing cannot be told is left out;
    a sum of money keeps an empty `head` (it compares with any sum in its currency)."""
    found = []
    for figure in _figures_of(unit.text):
        head, written, qualifiers = _thing(unit, figure)
        start = unit.start + figure.start
        if not head:
            head, written, name_start, years = _appositive_age(unit, figure)
            if head:  # 'Dana Orrell, 40,': whole years, not a rounded 40
                start = unit.start + name_start
                figure = replace(figure, low=years, high=years)
        if not head and figure.unit in {"", "percent", "point"}:
            continue  # a count or share of nothing named: too loose to compare
        end = unit.start + figure.end
        expected = bool(_EXPECTED_BEFORE.search(unit.text[: figure.start]))
        if figure.unit == "" and _carried(unit, figure):
            qualifiers |= {CARRIED}
        person = head.startswith("age ") and written[:1].isupper()
        period = period_of(unit.text, figure.start, figure.end)
        found.append(
            Amount(figure.low, figure.high, head, start, end, written, figure.unit, qualifiers,
                   expected, person, period)
        )  # fmt: skip
    return found


# 'a van carrying two men': the people in one thing, likely part of a whole told elsewhere
# ('three men were wounded'); marked among an amount's qualifiers
CARRIED = "(carried)"
MONEY = frozenset(CURRENCY_SYMBOLS.values()) | frozenset(CURRENCY_WORDS.values())
"""The units that are currencies."""
_CARRIED_BEFORE = re.compile(
    r"\b([A-Za-z]+)\s+(?:carrying|containing|holding|transporting|with)\s+(?:only\s+)?$",
    re.IGNORECASE,
)


def _carried(unit: Unit, figure: _Figure) -> bool:
    """Whether a count is of those a noun right before it carries or holds ('a van carrying
    two men', 'a house with three children')."""
    before = _CARRIED_BEFORE.search(unit.text[: figure.start])
    pos_of = dict(zip(unit.tokens, unit.pos, strict=False))
    return before is not None and pos_of.get(before.group(1).lower()) == "NOUN"


# a forecast or expectation governs the figures after it in its clause
_EXPECTED_BEFORE = re.compile(
    r"\b(?:expect(?:s|ed|ing)?|forecast(?:s|ed|ing)?|predict(?:s|ed|ing)?|anticipat(?:es|ed|ing)"
    r"|projected|projecting)\b[^,;:.—]*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _figures_of(text: str) -> tuple[_Figure, ...]:
    """The figures of a statement's text, ranges joined. Cached: the conflict pass asks for
    each statement's amounts once for ages and again for every pair it is in, and the
    `_AMOUNT` scan is most of the cost (about 70 µs a statement)."""
    return tuple(_ranges(text, _figures(text)))


def _figures(text: str) -> list[_Figure]:
    figures = []
    taken = [(start, end) for _, _, start, end in tally_spans(text)] + phone_spans(text)
    for match in _AMOUNT.finditer(text):
        if any(start <= match.start("amount") < end for start, end in taken):
            continue
        figure = _figure(text, match)
        if figure is not None:
            figures.append(figure)
    return figures


def _figure(text: str, match: re.Match[str]) -> _Figure | None:
    raw = match.group("amount").lower().replace(",", "")
    suffix = (match.group("suffix") or match.group("spaced_suffix") or "").lower()
    currency = CURRENCY_SYMBOLS.get(match.group("currency") or "", "")
    currency = currency or CURRENCY_WORDS.get((match.group("currency_word") or "").lower(), "")
    if (
        suffix and not currency and suffix not in UNAMBIGUOUS_SCALE_SUFFIXES
        and not (suffix == "k" and _PLURAL_AFTER.match(text, match.end()))
    ):  # fmt: skip
        return None  # '5m' without a currency may be five metres; '194K jobs' is a count
    written_with_comma = "," in match.group("amount")
    if _YEARS.match(raw) and not (match.group("scale") or suffix or currency or written_with_comma):
        return None  # '2008' is a year, not a count; '2,000 jobs' is a count
    after = text[match.end("amount") : match.end("amount") + 8]
    if _AFTER_MONTH.search(text[: match.start()]):
        return None  # 'Dec. 11' is a day
    if re.search(r"[A-Za-z]-$", text[max(0, match.start() - 2) : match.start()]):
        return None  # 'COVID-19', 'F-16': part of a name
    if _CLOCK.match(after) or text[max(0, match.start("amount") - 1) : match.start()] == ":":
        return None  # '10:45 pm' is a time of day
    if re.match(r"[A-Za-z]", text[match.end() : match.end() + 1]):
        return None  # the figure runs on into a word the pattern does not know ('3D')
    share = _share(raw, (match.group("hyphen") or "").lower(), match.group("scale"))
    if share is not None:
        return _Figure(share - _SHARE_SLACK, share + _SHARE_SLACK, "percent",
                       match.start(), match.end(), 1.0, "")  # fmt: skip
    scale = float(SCALE_WORDS.get((match.group("scale") or "").lower(), 0))
    scale = scale or float(SCALE_SUFFIXES.get(suffix, 1))
    interval = figure_interval(raw, scale, match.group("approx"))
    if interval is None:
        return None
    unit = "point" if match.group("point") else "percent" if match.group("percent") else currency
    hyphen = match.group("hyphen") or match.group("spaced") or ""
    age = _AGE.match(text, match.end()) if hyphen.lower().rstrip("s") in _TIME_UNITS else None
    if age and not match.group("approx") and (years := parse_number(raw)) is not None:
        interval = (years, years)  # an age is told in whole years, not rounded: '60-year-old'
    end = age.end() if age else match.end()
    return _Figure(*interval, unit, match.start(), end, scale, hyphen, age is not None)


def _share(raw: str, hyphen: str, scale: str | None) -> float | None:
    """'two-thirds' as a percentage (66.7); None when the figure is no fraction in words."""
    denominator = FRACTION_WORDS.get(hyphen)
    numerator = parse_number(raw)
    if denominator is None or numerator is None or scale or not 0 < numerator < denominator:
        return None
    return 100 * numerator / denominator


# a share in words is a round figure: 'two-thirds' agrees with 65 or 68 percent
_SHARE_SLACK = 2.5


def _ranges(text: str, figures: list[_Figure]) -> list[_Figure]:
    """'20,000 to 30,000', 'between 5 and 7' and '5-7' as one interval, in the unit and
    scale of its second end ('20 to 30 million' is 20 million to 30 million)."""
    merged: list[_Figure] = []
    for figure in figures:
        if merged and _joined(text, merged[-1], figure):
            first = merged.pop()
            low = first.low if first.scale != 1 or figure.scale == 1 else first.low * figure.scale
            figure = _Figure(
                low, figure.high, figure.unit or first.unit, first.start, figure.end,
                figure.scale, figure.hyphen,
            )  # fmt: skip
        merged.append(figure)
    return merged


# a change of a figure comes before the level it changed to, not the first end of a range
_CHANGE_BEFORE = re.compile(
    r"\b(?:by|rose|fell|dropped|climbed|increased|decreased|grew|jumped|declined|slipped|"
    r"gained|lost|surged|plunged|soared|tumbled|sank|slid)\s+(?:about\s+|nearly\s+|some\s+)?$",
    re.IGNORECASE,
)


def _joined(text: str, first: _Figure, second: _Figure) -> bool:
    """Whether two figures are the ends of one range."""
    between = text[first.end : second.start]
    if not _RANGE_JOIN.match(between) or (first.unit and second.unit != first.unit):
        return False
    if _CHANGE_BEFORE.search(text[max(0, first.start - 24) : first.start]):
        return False  # 'climbed by $154 to $2,754', 'dropped 12,000 to 181,000': two figures
    if between.strip().lower() == "and":
        return bool(_BETWEEN.search(text[: first.start]))
    return first.low <= second.low


def _thing(unit: Unit, figure: _Figure) -> tuple[str, str, frozenset[str]]:
    """The thing a figure measures, as (key, written, the words that qualify it: 'federal
    tax' of 'federal tax rate')."""
    pos_of = dict(zip(unit.tokens, unit.pos, strict=False))
    lemma_of = dict(zip(unit.tokens, unit.lemmas, strict=False))
    text = unit.text
    if figure.age:
        return age_thing(text, figure.end, pos_of, lemma_of)
    if figure.hyphen:
        key = COUNTED_AS.get(figure.hyphen.lower(), figure.hyphen.lower())  # 'storey'
        if key.rstrip("s") in _TIME_UNITS:
            # 'a 1-month spike' and '12-month inflation': the span of the noun it qualifies
            phrase = noun_phrase([m.group() for m in words_after(text, figure.end, 4)], pos_of)
            if phrase:
                key = f"{key} {lemma_of.get(phrase[-1].lower(), phrase[-1].lower())}"
        return key, figure.hyphen, frozenset()  # 'a 35-word oath'
    following = [m.group() for m in words_after(text, figure.end, 5)]
    linking = {"of", "in"} if figure.unit in MONEY else {"of"}
    if figure.unit and following[:1] and following[0].lower() in linking:
        following = following[1:]  # '5% of the vote', '$43 million in federal taxes'
    if following[:1] and pos_of.get(following[0].lower()) in {"DET", "PRON"}:
        following = following[1:]
    phrase = noun_phrase(following, pos_of)
    if thing := _measure_or_casualties(phrase, following, figure):
        return thing
    if not phrase:
        before = _NOUN_BEFORE.search(text[: figure.start])
        if before and is_head(before.group(1), pos_of):
            # 'an effective harbour levy rate of 31.2 percent': the rate and what narrows it
            words = text[max(0, before.start(1) - 40) : before.start(1)].split()[-2:]
            phrase = [*_narrowing(words, unit), before.group(1)]
    if phrase:
        written = phrase[-1]
        head = lemma_of.get(written.lower(), written.lower())
        head = COUNTED_AS.get(head, head)  # 'residents' and 'people': one counted thing
        qualifiers = frozenset(lemma_of.get(w.lower(), w.lower()) for w in phrase[:-1])
        casualty = "" if figure.unit else people_count(
            head, bool(qualifiers), text, figure.start, figure.end, written
        )  # fmt: skip
        if casualty:
            return casualty, written, frozenset()  # '12 deaths', '15 people marched'
        return ("crowd" if head in CROWD_NOUNS else head), written, qualifiers
    measured = _measured(unit) if figure.unit in {"percent", "point"} else None
    if measured:
        return name_key(measured), "", frozenset()
    toll = _measured(unit) if not figure.unit else None
    if toll and name_key(toll) in CASUALTY_NOUNS:
        return CASUALTY_NOUNS[name_key(toll)], "", frozenset()  # 'the death toll rose to 12'
    return "", "", frozenset()


def _measure_or_casualties(
    phrase: list[str], following: list[str], figure: _Figure
) -> tuple[str, str, frozenset[str]] | None:
    """'a 15 story tower': a unit noun between a figure and its noun is the measure, as in
    '15-story'; a count with no noun may still count the dead or injured ('killed 12')."""
    if len(phrase) > 1 and figure.low > 1 and phrase[0].lower() in MEASURE_NOUNS:
        return COUNTED_AS.get(phrase[0].lower(), phrase[0].lower()), phrase[0], frozenset()
    casualties = _casualties(following) if not phrase and not figure.unit else None
    return (casualties, casualties, frozenset()) if casualties else None


def _narrowing(words: list[str], unit: Unit) -> list[str]:
    """The words right before a noun that narrow it ('harbour levy' of 'harbour levy rate'):
    a run of adjectives, nouns and participles next to it, never across a determiner nor the
    verb that sets or measures the figure ('police put the crowd at', 'estimated crowd at')."""
    pos_of = dict(zip(unit.tokens, unit.pos, strict=False))
    lemma_of = dict(zip(unit.tokens, unit.lemmas, strict=False))
    verb = unit.predicate.verb if unit.predicate is not None else None
    run: list[str] = []
    for word in reversed(words):
        lemma = lemma_of.get(word.lower(), word.lower())
        if pos_of.get(word.lower()) not in _QUALIFYING or lemma == verb or lemma in _SETTERS:
            break
        run.insert(0, word)
    return run


_SETTERS = MEASURE_VERBS | MEASURE_SETTING_VERBS


# 'Dana Orrell, 34, of Lorrin': a whole number set off by commas right after a name
_NAME_BEFORE = re.compile(r"\b((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*),\s*$")
_CLOSE_AFTER = re.compile(r"^\s*(?:,|;|\)|\.(?!\d)|$|\s+and\b)")
_OLDEST_AGE = 120


def _appositive_age(unit: Unit, figure: _Figure) -> tuple[str, str, int, float]:
    """The age a figure gives in apposition to the name before it ('Dana Orrell, 34, was
    hurt'), keyed like 'a 34-year-old Dana Orrell': ('age dana orrell', 'Dana Orrell', where
    the name starts in the statement, the years); ('', '', 0, 0) when it is no such figure."""
    text = unit.text
    none = ("", "", 0, 0.0)
    if figure.unit or figure.hyphen or figure.scale != 1:
        return none
    years = parse_number(text[figure.start : figure.end])  # None after 'about'
    if years is None or not (years.is_integer() and 0 < years <= _OLDEST_AGE):
        return none
    before = _NAME_BEFORE.search(text[: figure.start])
    if before is None or not _CLOSE_AFTER.match(text[figure.end :]):
        return none
    pos_of = dict(zip(unit.tokens, unit.pos, strict=False))
    words = before.group(1).split()
    name = name_run(words, pos_of)
    if not name or name[-1] != words[-1]:
        return none  # 'On Monday, 12 people ...': a day, not a person
    start = before.start(1) + before.group(1).rindex(name[0])
    return person_key(name), " ".join(name), start, years


# what may stand between a bare figure and the casualty word it counts: 'three were hurt'
_CASUALTY_LINKS = frozenset({"were", "was", "are", "have", "had", "been"})


def _casualties(following: list[str]) -> str | None:
    """'dead' or 'injured' for a bare figure that counts the people an event killed or hurt
    ('left 2 dead and 3 injured', 'three were wounded'); None otherwise."""
    for word in following[:3]:
        key = word.lower()
        if key in CASUALTY_WORDS:
            return CASUALTY_WORDS[key]
        if key not in _CASUALTY_LINKS:
            return None
    return None


def _measured(unit: Unit) -> str | None:
    """The thing a percentage with no noun of its own measures: what the statement's verb
    says changed or stood at it ('turnout was 58 percent', 'the bank raised its rate to 5%'),
    never the actor of another verb ('the fund projected … 5.9%': not the fund's share)."""
    predicate = unit.predicate
    if predicate is None:
        return None
    if predicate.verb in MEASURE_SETTING_VERBS:
        subject = predicate.patient
    elif predicate.verb in MEASURE_VERBS:
        subject = predicate.agent
    else:
        return None
    if subject and subject not in _PRONOUNS and parse_number(subject) is None:
        return subject
    return None


# a plural noun right after a figure ('194K jobs'), not a thing it names ('a 5K run')
_PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b", re.IGNORECASE)
# the rest of an age after its hyphenated figure: '25-year[-old]', '6-month[s-old]', and as
# typed or rebuilt from tokens: '25-year[ - old]', '25-year[ old]'
_AGE = re.compile(r"s?\s?-\s?old\b|s?\s+old\b|\s+years?\s+old\b", re.IGNORECASE)
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})


_PRONOUNS = {"it", "they", "this", "that", "which", "he", "she", "we", "who"}


_QUALIFYING = {"ADJ", "NOUN", "PROPN", "VERB"}


def interval_at(text: str, position: int) -> tuple[float, float, str] | None:
    """The interval the figure at `position` of `text` allows, its approximation word
    included ('about two months': 1.8 to 2.2), with its unit (a currency code, 'percent',
    'point' or '' for a count); None where no figure is read there."""
    for figure in _figures_of(text):
        if figure.start <= position < figure.end:
            return figure.low, figure.high, figure.unit
    return None


def written_interval(written: str) -> tuple[float, float, str] | None:
    """The interval and unit of one figure written on its own ('344,750', '$4 billion',
    '5%'), as `interval_at` reads it; None unless `written` holds exactly one figure."""
    figures = _figures_of(written)
    if len(figures) != 1:
        return None
    return figures[0].low, figures[0].high, figures[0].unit
