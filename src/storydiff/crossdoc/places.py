"""Where a statement says its act happened, and when two statements of one act name two
places ('shot two guards in Tarrowby' / 'in Melnick'), which crossdoc/detectors.py reports as
an agent conflict (the type the gold gives who-did-it and where-it-happened differences).

Precision first: a place counts only as the object of 'in' or 'at' in the statement's main
clause, after its verb and outside its agent or opening the statement (not 'near X', 'in a
suburb of X', 'from X', nor 'Police in Melnick said…'), with the state or region written after
it ('in Dunmore, Ore.') as one place; two places disagree only at one granularity (two towns,
two states, two countries; never a town against its county, state or country, nor a region
or a site such as a mountain or a street against anything), when neither statement names the
other's place, and neither article names the other's place anywhere (a story that names both
towns may set one act in the other's district).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Literal

from ..extract.aliases import country_of, is_country
from ..model import Analysis, Mention, Predicate, Unit
from ..text import fold
from ..text_names import (
    AREA_NAME_WORDS,
    COMPASS_WORDS,
    FACILITY_NAME_WORDS,
    PLACE_NAME_WORDS,
)
from ..text_places import LARGE_REGION_NAMES, US_STATE_ABBREVIATIONS, US_STATES
from .occurrences import same_occurrence
from .sides import LIGHT_VERBS, Finding, Side, is_future, side_text

logger = logging.getLogger(__name__)


PlaceLevel = Literal["country", "state", "area", "site", "town", "alias"]


@dataclass(frozen=True)
class Place:
    """A place a statement sets its act in: the span from its first name to its last
    ('Dunmore, Ore.'), the keys of its names, and the granularity of the first."""

    start: int
    end: int
    name: str
    keys: frozenset[str]
    level: PlaceLevel


# 'in' or 'at' right before the name, 'in the town of' too; not 'near', 'of', 'from'
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+(?:(?:city|town|village)\s+of\s+)?)?$", re.IGNORECASE
)
_STATE_AFTER = re.compile(r"^,\s*((?:[A-Z][a-z]*\.){1,2}(?:\s?[A-Z][a-z]*\.)?)")
_NEXT_PLACE = re.compile(r"^,\s*$")
# every word capitalised, but for the small words of a name ('Stratford upon Avon')
_PROPER_NAME = re.compile(
    r"^(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:(?:of|upon|on|de|la|the)\s+)?[A-Z][\w.'’-]*)*$"
)


def event_places(analysis: Analysis, unit: Unit) -> list[Place]:
    """The places a statement's main clause sets its act in ('in Tarrowby', 'at Dunmore,
    Ore.'), in text order."""
    predicate = unit.predicate
    if predicate is None:
        return []
    scope = predicate.scope or ((unit.start, unit.end),)
    text = analysis.article.text
    names = sorted(
        (m for m in analysis.mentions if m.type == "place" and unit.start <= m.start < unit.end),
        key=lambda m: m.start,
    )
    places: list[Place] = []
    used: set[int] = set()
    for index, mention in enumerate(names):
        if index in used or not any(s <= mention.start and mention.end <= e for s, e in scope):
            continue
        if not _of_the_act(predicate, unit, mention.start, text):
            continue
        if not _PROPER_NAME.match(mention.text):
            continue  # 'this country', 'highest-level Afghanistan': no place's own name
        if not _LOCATIVE_BEFORE.search(text[max(unit.start, mention.start - 30) : mention.start]):
            continue
        chain = [mention]
        for later in range(index + 1, len(names)):
            if not _NEXT_PLACE.match(text[chain[-1].end : names[later].start]):
                break
            chain.append(names[later])
            used.add(later)
        end = chain[-1].end
        keys = {_key(m.text) for m in chain}
        state = _STATE_AFTER.match(text[end : unit.end])
        if state and state.group(1).lower() in US_STATE_ABBREVIATIONS:
            end += state.end()
            keys.add(fold(state.group(1)))
        head = _key(mention.text)
        places.append(Place(mention.start, end, head, frozenset(keys), _level(mention)))
    return places


def _of_the_act(predicate: Predicate, unit: Unit, start: int, text: str) -> bool:
    """Whether a place at `start` can be where the act happened: after the verb and outside
    its agent ('was shot by police in Melnick'), or opening the statement ('In Tarrowby, a
    gunman…'); not the place of whoever speaks or acts ('Police in Melnick said…')."""
    agent = predicate.agent_span
    if agent is not None and agent[0] <= start < agent[1]:
        return False
    return start > predicate.verb_span[0] or _OPENING.match(text[unit.start : start]) is not None


_OPENING = re.compile(r"^\W*(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)


def places_disagree(a: Side, b: Side) -> list[Finding]:
    """One act set in two places of one granularity, each unnamed by the other article."""
    if not _one_act(a.unit, b.unit) or is_future(a) or is_future(b):
        return []
    left, right = event_places(a.analysis, a.unit), event_places(b.analysis, b.unit)
    if len(left) != 1 or len(right) != 1:
        return []
    x, y = left[0], right[0]
    if x.level != y.level or x.level not in _COMPARABLE_LEVELS or x.keys & y.keys:
        return []
    if _named_in(a.analysis, y.name) or _named_in(b.analysis, x.name):
        return []  # the article knows the other place: another granularity, or two acts
    place_a, place_b = side_text(a, x.start, x.end), side_text(b, y.start, y.end)
    logger.debug("place conflict: %r / %r", place_a, place_b)
    return [
        Finding(
            "agent",
            f"a different place: {a.outlet} sets it in '{place_a}', {b.outlet} in '{place_b}'",
            ((x.start, x.end),),
            ((y.start, y.end),),
        )
    ]


_COMPARABLE_LEVELS: frozenset[PlaceLevel] = frozenset({"town", "state", "country"})


def _one_act(a: Unit, b: Unit) -> bool:
    """The same main verb (not a light one), or one told as a definite event that happened
    ('the shooting happened' / 'was shot', crossdoc/occurrences.py), both plainly asserted:
    one act, not two acts of one story in two places ('police arrested a man in Melnick')."""
    pa, pb = a.predicate, b.predicate
    if pa is None or pb is None or pa.negated or pb.negated:
        return False
    return (pa.verb == pb.verb and pa.verb not in LIGHT_VERBS) or same_occurrence(a, b)


def _level(mention: Mention) -> PlaceLevel:
    """How large a place a name names: a country, a US state, an area (a county, a compass
    region: 'South Arvenia'), a site (a mountain, an airport) or a town. A name the alias
    table reads as a country that is not the country's own name ('London', 'Washington',
    'U.S.') is a capital or a short form, told apart from nothing."""
    words = [fold(w) for w in mention.text.split() if fold(w) != "the"]
    country = country_of(mention.text)
    if country is not None and fold(country) != " ".join(words):
        return "alias"
    if is_country(mention.text):
        return "country"
    if " ".join(words) in US_STATES:
        return "state"
    if " ".join(words) in LARGE_REGION_NAMES:
        return "area"
    if any(w in AREA_NAME_WORDS or w in COMPASS_WORDS for w in words):
        return "area"
    if any(w in _SITE_WORDS for w in words):
        return "site"
    return "town"


_SITE_WORDS = PLACE_NAME_WORDS | FACILITY_NAME_WORDS | {"mt", "ridge", "airport", "port"}


def names_a_site(name: str) -> bool:
    """Whether a name has a word of a site in it ('Kettle Ridge', 'Mt Cook'): no person's."""
    return any(fold(w) in _SITE_WORDS for w in name.split())


def _key(name: str) -> str:
    return " ".join(fold(w) for w in name.split() if fold(w) != "the")


def _named_in(analysis: Analysis, name: str) -> bool:
    """Whether an article names a place anywhere (as a place or in a longer name: 'the
    Tarrowby police', 'a Tarrowby man')."""
    return re.search(rf"\b{re.escape(name)}\b", fold(analysis.article.text)) is not None
