"""Other names of a country: short forms, capitals and seats of government that news uses
for its state ('Belgrade' for Serbia, 'the Kremlin' for Russia, 'Washington' and 'the White
House' for the United States). General knowledge, not any event's; a capital that is the
subject of its own story ('Mitrovica') is simply not in the table.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import DEMONYMS, fold, name_key

_COUNTRIES: dict[str, tuple[str, ...]] = {
    "United States": ("us", "u.s", "usa", "u.s.a", "america", "united states of america",
                      "washington", "white house"),
    "United Kingdom": ("uk", "u.k", "britain", "great britain", "london", "downing street",
                       "whitehall"),
    "Russia": ("russian federation", "moscow", "kremlin"),
    "China": ("people's republic of china", "prc", "beijing"),
    "France": ("paris", "elysee", "élysée", "elysee palace"),
    "Germany": ("berlin",),
    "European Union": ("eu", "e.u", "brussels", "european commission"),
    "Ukraine": ("kyiv", "kiev"),
    "Serbia": ("belgrade",),
    "Kosovo": ("pristina", "prishtina"),
    "Israel": ("jerusalem",),
    "Iran": ("tehran", "islamic republic"),
    "Turkey": ("ankara", "türkiye", "turkiye"),
    "Japan": ("tokyo",),
    "South Korea": ("seoul", "republic of korea"),
    "North Korea": ("pyongyang", "dprk"),
    "India": ("new delhi", "delhi"),
    "Pakistan": ("islamabad",),
    "Canada": ("ottawa",),
    "Mexico": ("mexico city",),
    "Brazil": ("brasilia",),
    "Italy": ("rome",),
    "Spain": ("madrid",),
    "Poland": ("warsaw",),
    "Hungary": ("budapest",),
    "Greece": ("athens",),
    "Syria": ("damascus",),
    "Iraq": ("baghdad",),
    "Afghanistan": ("kabul",),
    "Egypt": ("cairo",),
    "Saudi Arabia": ("riyadh",),
    "Belarus": ("minsk",),
    "Georgia": ("tbilisi",),
    "Armenia": ("yerevan",),
    "Azerbaijan": ("baku",),
    "Albania": ("tirana",),
    "Bosnia": ("sarajevo", "bosnia and herzegovina"),
    "Croatia": ("zagreb",),
    "Montenegro": ("podgorica",),
    "North Macedonia": ("skopje", "macedonia"),
    "Venezuela": ("caracas",),
    "Cuba": ("havana",),
    "Australia": ("canberra",),
    "Nato": ("north atlantic treaty organization", "the alliance"),
    "United Nations": ("un", "u.n"),
}  # fmt: skip

# Entries of the table that are bodies of states, not states: an alliance or the UN acts and
# speaks as an organisation, and is no place
INTERNATIONAL_BODIES = frozenset({"Nato", "United Nations"})

_CANONICAL: dict[str, str] = {}
for _country, _aliases in _COUNTRIES.items():
    _CANONICAL[fold(_country)] = _country
    for _alias in _aliases:
        _CANONICAL[fold(_alias)] = _country


# Aliases that are initials: they name the state only written in capitals ('Un' of 'Kim
# Jong Un' is not the UN, 'us' not the US).
_INITIALS = frozenset({"us", "usa", "uk", "eu", "un", "prc", "dprk"})


@lru_cache(maxsize=1 << 14)  # asked again for each name of every statement and mention
def country_of(name: str) -> str | None:
    """The country (or union) a name stands for, if it is one of the table's."""
    words = [w for w in name.replace(".", ". ").split() if w.lower() not in {"the"}]
    key = fold(" ".join(words).replace(". ", ".").replace(" .", "."))
    if key.replace(".", "") in _INITIALS and not "".join(words).isupper():
        return None  # 'Un' (of 'Kim Jong Un') is not the UN, 'Us' not the US
    return _CANONICAL.get(key) or _CANONICAL.get(key.replace(".", "").replace(" ", ""))


# A continent and the union of its states: where the articles name the union, the continent
# acting ('Europe retaliated', 'European officials') is the union, as news writes it.
UNION_OF_CONTINENT = {"Europe": "European Union", "Africa": "African Union"}
# Unions of states a later 'the bloc' refers back to.
UNIONS = frozenset(UNION_OF_CONTINENT.values())

_PLACES_OF_PEOPLE = frozenset(DEMONYMS.values())


def country_of_demonym(word: str) -> str | None:
    """The country a demonym names, as the table or the place calls it ('Chinese' -> 'China',
    'American' -> 'United States'); None for any other word."""
    *before, last = word.split() or [""]
    folded = fold(last)
    place = DEMONYMS.get(folded) or DEMONYMS.get(folded.removesuffix("s"))
    if place is None:
        return None
    if before:
        # 'North Korean' -> North Korea, 'South Korean' -> South Korea
        return country_of(" ".join([*before, place])) or (country_of(place) or place.title())
    return country_of(place) or place.title()


def is_country(name: str) -> bool:
    """A country (or union) by the alias table, or a place some demonym names ('Canada')."""
    return country_of(name) is not None or name_key(name) in _PLACES_OF_PEOPLE


def without_country(words: list[str]) -> list[str]:
    """A body's name without the country written before it ('U.S. Supreme Court' ->
    'Supreme Court', 'the United States Capitol Police' -> 'Capitol Police'): one body
    whether an outlet names its country or not. Unchanged when no country leads."""
    words = [w for w in words if w.lower() != "the"]
    for size in (2, 1):
        if len(words) > size and country_of(" ".join(words[:size])) is not None:
            return words[size:]
    return words


def country_spelled_out(name: str) -> str:
    """A body's name with the country before it written as the table names it ('the U.S.
    Embassy' -> 'the United States Embassy'): one body however an outlet abbreviates its
    country. Unchanged when no country leads."""
    words = name.split()
    lead = 1 if words and words[0].lower() == "the" else 0
    for size in (2, 1):
        if len(words) > lead + size:
            country = country_of(" ".join(words[lead : lead + size]))
            if country is not None:
                return " ".join([*words[:lead], country, *words[lead + size :]])
    return name


_NAME = r"[A-Z][\w.]*(?: [A-Z][\w.]*)?"
_MAYOR_OF = re.compile(rf"\b[Mm]ayor of (?:the )?({_NAME})")
_NAME_MAYOR = re.compile(rf"({_NAME})(?: ?['’]s)? (?:deputy )?[Mm]ayor\b")


def cities_with_mayors(text: str) -> frozenset[str]:
    """The table's names that a text gives a mayor ('the Mayor of London', "London's
    mayor", 'London Mayor Ana Dale'): there the name is the city the story is about, not
    its country's government, which the table would make it."""
    found = set()
    for pattern, name_last in ((_MAYOR_OF, False), (_NAME_MAYOR, True)):
        for match in pattern.finditer(text):
            words = match.group(1).split()
            # the words nearest 'mayor': 'Visiting London mayor' is London's
            for size in range(len(words), 0, -1):
                part = " ".join(words[-size:] if name_last else words[:size])
                if country_of(part) is not None and not part.isupper():
                    found.add(part)
                    break
    return frozenset(found)
