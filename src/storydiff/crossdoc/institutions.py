"""Which institution a statement names in its fact, and when two statements of one fact name
two of one kind ('got into Cardiff University' / 'a student at the University of Harl';
'told a CBS affiliate' / 'told the Fox affiliate'), which crossdoc/detectors.py reports as an
agent conflict (the type the gold gives who-did-it, where and with which institution).

Precision first: each statement names exactly one institution of the kind (one noun of
text_names.AFFILIATION_NOUNS with a name on it), the names share no word, and neither article
names the other's institution anywhere (a story that names both may speak of both). A place
tells an institution only where nothing else in its proper name does ('Cardiff University');
before a noun written small it only says where ('a Tarrowby hospital' may be 'Kestrel
Hospital in Tarrowby'; 'the Denver Fox affiliate' is the Fox one).
"""

from __future__ import annotations

import logging
import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass

from ..extract.aliases import country_of
from ..model import Analysis, Unit
from ..text import MONTHS, WEEKDAYS, fold
from ..text_names import AFFILIATION_NOUNS
from .sides import Finding, Side, side_text

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Institution:
    """An institution a statement names: its kind (the noun), the span from its first name
    word to its last, and the folded words of its name (places left out)."""

    kind: str
    start: int
    end: int
    name: frozenset[str]


_CAPITALISED = r"[A-Z][\w.&'’-]*"
# 'Cardiff University', 'the Denver Fox affiliate': capitalised words right before the noun
_NAME_BEFORE = re.compile(rf"((?:{_CAPITALISED}\s+){{1,3}})$")
# 'University of South Wales': a name after 'of'; 'affiliate KDVR-TV': a name set after the
# noun written small (after 'University' it starts a title: 'University President Ana Holm')
_OF_NAME_AFTER = re.compile(rf"^\s+of(?:\s+the)?((?:\s+{_CAPITALISED}){{1,3}})")
_NAME_AFTER = re.compile(rf"^(?:\s+of(?:\s+the)?)?((?:\s+{_CAPITALISED}){{1,3}})")
_NOUN = re.compile(r"\b[A-Za-z]+\b")
# words next to the noun that name no institution ('at the school Monday')
_NOT_NAMES = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"the", "of"}


# place_words per article: read for every statement pair the detectors look at (an
# Analysis hashes by identity, and the entry goes with it)
_PLACES: weakref.WeakKeyDictionary[Analysis, frozenset[str]] = weakref.WeakKeyDictionary()


def place_words(analysis: Analysis) -> frozenset[str]:
    """The folded words of the places an article names: its place mentions, and the names it
    writes right after 'in', whatever their mention type ('in New Orleans')."""
    found = _PLACES.get(analysis)
    if found is None:
        found = _PLACES[analysis] = _read_place_words(analysis)
    return found


def _read_place_words(analysis: Analysis) -> frozenset[str]:
    typed = {fold(w) for m in analysis.mentions if m.type == "place" for w in m.text.split()}
    used = {
        fold(w.strip(".,")) for m in _AFTER_IN.finditer(analysis.article.text)
        for w in m.group(1).split()
    }  # fmt: skip
    return frozenset(typed | used)


_AFTER_IN = re.compile(rf"\bin\s+((?:{_CAPITALISED}\s?){{1,3}})")


def institutions(
    analysis: Analysis,
    unit: Unit,
    places_elsewhere: Callable[[], frozenset[str]] = frozenset,
) -> list[Institution]:
    """The named institutions of a statement, in text order; `places_elsewhere` gives the
    words another article names places with ('a Tarrowby hospital' / 'in Tarrowby'), read
    only when the statement has a noun of the kind (most have none)."""
    text = analysis.article.text
    places: frozenset[str] | None = None
    found = []
    for match in _NOUN.finditer(unit.text):
        kind_written = match.group()
        kind = kind_written.lower()
        if kind not in AFFILIATION_NOUNS:
            continue
        start, end = unit.start + match.start(), unit.start + match.end()
        before = _NAME_BEFORE.search(text[max(unit.start, start - 60) : start])
        pattern = _NAME_AFTER if match.group().islower() else _OF_NAME_AFTER
        after = pattern.match(text[end : unit.end])
        first = start - len(before.group(1)) if before else start
        last = end + len(text[end : end + after.end()].rstrip(".,;:’'")) if after else end
        words = {fold(w.strip(".,")) for w in text[first:last].split()} - _NOT_NAMES - {kind}
        if places is None:
            places = place_words(analysis) | places_elsewhere()
        # a place is part of a proper name ('Cardiff University') only where nothing else
        # names it; before a noun written small it says where, no name ('a Tarrowby hospital')
        name = frozenset(w for w in words - places if country_of(w) is None)
        if not name and not kind_written.islower():
            name = frozenset(words)
        if name:
            found.append(Institution(kind, first, last, name))
    return found


def institutions_disagree(a: Side, b: Side) -> list[Finding]:
    """One institution of one kind on each side, named with no word in common, and neither
    named anywhere in the other's article."""
    left = institutions(a.analysis, a.unit, lambda: place_words(b.analysis))
    right = institutions(b.analysis, b.unit, lambda: place_words(a.analysis))
    if len(left) != 1 or len(right) != 1:
        return []
    x, y = left[0], right[0]
    if x.kind != y.kind or x.name & y.name:
        return []
    if _named_in(a.analysis, y) or _named_in(b.analysis, x):
        return []
    name_a, name_b = side_text(a, x.start, x.end), side_text(b, y.start, y.end)
    logger.debug("institution conflict: %r / %r", name_a, name_b)
    return [
        Finding(
            "agent",
            f"a different {x.kind}: {a.outlet} names '{name_a}', {b.outlet} '{name_b}'",
            ((x.start, x.end),),
            ((y.start, y.end),),
        )
    ]


def _named_in(analysis: Analysis, institution: Institution) -> bool:
    """Whether an article names an institution of the kind with a word of its name anywhere."""
    return any(
        other.kind == institution.kind and other.name & institution.name
        for unit in analysis.units
        for other in institutions(analysis, unit)
    )
