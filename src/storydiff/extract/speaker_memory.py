"""What an article has said about its people so far, read in order: each name with the
titles written next to it, its family name and gender, so that a later surname, title or
pronoun resolves to the person it means (`speakers.resolve` asks; `late_speakers` asks again
once the whole article is read). Two people of one family name stay two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..text import fold
from ..text_names import (
    BODY_REFERENCE_NOUNS,
    COMPANY_NOUNS,
    HONORIFICS,
    ORGANISATION_WORDS,
    PRONOUN_GENDER,
    family_name,
    given_names,
    person_key,
    same_given_names,
    without_titles,
)
from .aliases import is_country

# Lower-case words a body's proper name may hold ('Bank of Tarn', 'Dale and Sons')
_NAME_CONNECTORS = frozenset({"of", "and", "for", "the", "&"})

# Two people speaking together: 'Minister A and Minister B said' -> 'A & B'
SPEAKER_SEPARATOR = " & "


@lru_cache(maxsize=65536)  # asked for the same few names thousands of times per article
def speaker_key(name: str) -> str:
    """The key that merges the forms of one speaker's name across articles: the surname
    for a person-like name, the whole folded name otherwise."""
    words = [fold(w) for w in name.replace("-", " ").split()]
    words = [w for w in words if w and w not in HONORIFICS and w not in {"the", "a", "an"}]
    if not words:
        return ""
    if any(w in ORGANISATION_WORDS for w in words):
        return " ".join(words)
    written = without_titles(name.split(), HONORIFICS | {"the", "a", "an"})
    if written[0][:1].islower() and any(w[:1].isupper() for w in written[1:]):
        # a description naming someone else ('aide to Governor Ana Dale') is not Dale
        return " ".join(words)
    return family_name(written) or words[-1]


# Titles any office holder goes by ('President Kell' is also 'Halden Kell, the leader').
_ANY_HOLDER = frozenset({"leader", "head", "chief", "official"})


def _someone_else(known: _Person, name: str, titles: set[str], *, relative: bool) -> bool:
    """Whether `name`, which `_find` took for `known`, is another person of that family
    name: one of the two is named by the family name alone, and the other is introduced as
    a relative ('his sister Mara Kell' after 'President Kell') or holds another title
    ('President Kell' after 'Mara Kell, the first lady')."""
    mine, theirs = _given(name), _given(known.name)
    if bool(mine) == bool(theirs):
        return False
    if relative:
        return True  # a relative, or a namesake joined by 'and', of the one named alone
    specific, held = titles - _ANY_HOLDER, known.titles - _ANY_HOLDER
    return bool(specific and held and not specific & held)


@dataclass
class _Person:
    name: str
    key: str
    family: str = ""  # `speaker_key`: what a bare family name looks the person up by
    titles: set[str] = field(default_factory=set)
    last_seen: int = 0
    seen: list[int] = field(default_factory=list)
    bare_seen: list[int] = field(default_factory=list)  # where called by the family name alone
    person: bool = False
    gender: str | None = None  # 'm' or 'f' when a title or a pronoun told

    def sightings(self, *, bare: bool) -> list[int]:
        return self.bare_seen if bare else self.seen


@dataclass
class SpeakerMemory:
    """Names and titles seen so far in one article, in reading order.

    People who share a family name stay apart when their given names differ ('Bill Clinton',
    'Hillary Clinton'; not 'H. Clinton' or 'Hillary Rodham Clinton', see `same_given_names`);
    a bare 'Clinton' then means the one the article last called 'Clinton' alone, else the
    one named nearest before it (see `_find`). A thing ('Independence Day') never lends its
    name to a person ('Doris Day', 'Day said')."""

    people: dict[str, _Person] = field(default_factory=dict)
    last_group: str | None = None
    # (offset, key) of every person named, in reading order: pronouns take the nearest
    sightings: list[tuple[int, str]] = field(default_factory=list)
    # family key -> keys of the people (and things) named so, in the order first named
    families: dict[str, list[str]] = field(default_factory=dict)
    # every name `observe` returned -> the key of whom it named
    named: dict[str, str] = field(default_factory=dict)
    # bodies named without speaking ('officers of the Dornfield Police Department') -> where
    # last named: what 'the department' may refer back to, never what 'it' stands for
    bodies: dict[str, int] = field(default_factory=dict)
    # names the article made companies ('Dravid Minerals shares'): 'the company' and a
    # company's first word alone ('Dravid') refer back to them
    companies: set[str] = field(default_factory=set)

    def observe(
        self,
        name: str,
        titles: set[str],
        position: int,
        *,
        person: bool,
        gender: str | None = None,
        relative: bool = False,
    ) -> str:
        """Record a name; returns its fullest known form. A person named before by the
        family name alone ('President Kell') is not a `relative` given that family name
        ('his sister Mara Kell'), nor someone titled otherwise ('first lady Mara Kell')."""
        family = speaker_key(name)
        if not family:
            return name
        known = self._find(name, position, person=person)
        if known is not None and _someone_else(known, name, titles, relative=relative):
            known = None
        if known is None:
            key = self._new_key(family, name)
            known = self.people[key] = _Person(name, key, family)
            self.families.setdefault(family, []).append(key)
        elif len(name.split()) > len(known.name.split()):
            known.name = name
        known.titles |= titles
        known.last_seen = position
        known.seen.append(position)
        if not _given(name):
            known.bare_seen.append(position)
        known.person = known.person or person
        known.gender = known.gender or gender
        key = known.key
        if person:
            if not self.sightings or self.sightings[-1] != (position, key):
                self.sightings.append((position, key))
        else:
            self.last_group = key
        self.named[known.name] = key
        return known.name

    def _new_key(self, family: str, name: str) -> str:
        """The family key for the first one named so, the whole name for another."""
        if family not in self.people:
            return family
        key = person_key(_name_words(name))
        while key in self.people:
            key += "'"
        return key

    def _find(
        self, name: str, position: int | None = None, *, person: bool = False
    ) -> _Person | None:
        """Whom `name` names among those named so far: one with its family name and given
        names that agree. Of several (a bare 'Macron'): the one the article last called by
        the bare family name before `position` (after 'Macron', 'his wife Brigitte Macron',
        'Macron' is still the president), else the one named nearest before it, else the
        first named after it; without a position, the latest seen."""
        candidates = self._candidates(name, person=person)
        if _given(name):
            # 'Melania Trump' is the Melania Trump named before, not 'President Trump'
            full = [c for c in candidates if _given(c.name)]
            candidates = full or candidates
        if len(candidates) < 2:
            return candidates[0] if candidates else None
        if position is None:
            return max(candidates, key=lambda p: p.last_seen)
        for bare in (True, False):
            before = [
                (max(s for s in p.sightings(bare=bare) if s <= position), p)
                for p in candidates
                if any(s <= position for s in p.sightings(bare=bare))
            ]
            if before:
                return max(before, key=lambda pair: pair[0])[1]
        return min(candidates, key=lambda p: min(p.seen, default=0))

    def _candidates(self, name: str, *, person: bool = False) -> list[_Person]:
        given = _given(name)
        found = []
        for key in self.families.get(speaker_key(name), ()):
            known = self.people[key]
            theirs = _given(known.name)
            if not same_given_names(given, theirs):
                continue
            if person and not known.person and theirs and theirs != given:
                continue  # 'Independence Day' lends no name to 'Day' the person
            found.append(known)
        return found

    def nearest_person(
        self, position: int, pronoun: str, subject: frozenset[str] = frozenset()
    ) -> str | None:
        """The person named nearest before `position` whom `pronoun` can stand for: 'she'
        skips a 'Mr.' named in between. The one person of `subject` (keys: whom the sentence
        before was about) comes first when the pronoun can stand for them, unless only the
        nearest one is known to be of the pronoun's gender ('Spokeswoman Ana Dale'). The
        pronoun teaches the person's gender."""
        wanted = PRONOUN_GENDER.get(pronoun)
        preferred = self.people[next(iter(subject))] if len(subject) == 1 else None
        if preferred is not None and wanted is not None and preferred.gender not in {None, wanted}:
            preferred = None
        for seen, key in reversed(self.sightings):
            if seen >= position:
                continue
            person = self.people[key]
            if wanted is None or person.gender in {None, wanted}:
                if preferred is not None and not (person.gender and not preferred.gender):
                    person = preferred
                person.gender = person.gender or wanted
                return person.name
        return None

    def named_between(self, start: int, end: int) -> set[str]:
        """The keys of the people named between two offsets."""
        return {key for seen, key in self.sightings if start <= seen < end}

    def by_title(self, title: str, also: frozenset[str] = frozenset()) -> str | None:
        """The last person given the title, and the title words before it ('the inspector
        general' is not the attorney general)."""
        candidates = [p for p in self.people.values() if {title} | also <= p.titles]
        if not candidates:
            return None
        return max(candidates, key=lambda p: p.last_seen).name

    def by_head(self, noun: str) -> str | None:
        """The body 'the <noun>' refers back to: the last one named whose name ends in the
        noun, or in a word the noun stands for ('the department': 'Capitol Police'); 'the
        company' also the last company named ('Dravid Minerals')."""
        heads = BODY_REFERENCE_NOUNS.get(noun, frozenset({noun}))
        candidates = [(p.last_seen, p.name) for p in self.people.values() if not p.person]
        candidates += [(seen, name) for name, seen in self.bodies.items()]
        company = noun in COMPANY_NOUNS
        candidates = [
            c
            for c in candidates
            if fold(c[1].split()[-1]) in heads or (company and c[1] in self.companies)
        ]
        if not candidates:
            return None
        return max(candidates)[1]

    def company_named_in(self, sentence: str) -> str | None:
        """'the company said' where the article made no name a company: the one body it has
        heard speak under a proper name that the sentence names too ('Orvenko: new spray
        works', then 'The Orvenko-Tessel spray cut blight by half, the company said'); none
        when there are two, or when that name is a country or a body of another kind ('the
        Interior Ministry', 'Tarn Police')."""
        words = set(re.findall(r"[\w&]+", fold(sentence)))
        names = {
            p.name
            for p in self.people.values()
            if not p.person
            and all(w[:1].isupper() or w in _NAME_CONNECTORS for w in p.name.split())
            and fold(p.name.split()[-1]) not in ORGANISATION_WORDS
            and not is_country(p.name)
            and fold(p.name.split()[0]) in words
        }
        return next(iter(names)) if len(names) == 1 else None

    def knows(self, name: str) -> bool:
        """Whether anyone or anything was named with this family key before."""
        return speaker_key(name) in self.families

    def is_person(self, name: str) -> bool:
        return any(p.person for p in self._candidates(name))

    def full_name(self, name: str, position: int | None = None) -> str:
        known = self._find(name, position)
        return known.name if known else name

    def fullest(self, name: str) -> str | None:
        """The fullest form of a name the article gave, or None when it gave none such."""
        known = self._find(name) if self.knows(name) else None
        return known.name if known is not None else None

    def find(self, name: str, position: int) -> _Person | None:
        """The person a name names at a position, once the article is read."""
        return self._find(name, position, person=True)

    def distinct_key(self, name: str) -> str | None:
        """The key that keeps the person `observe` returned `name` for apart from another
        person of the same family name in this article ('hillary clinton' beside 'bill
        clinton'); None when the article names only one person so."""
        key = self.named.get(name)
        if key is None or not self.people[key].person:
            return None
        known = self.people[key]
        namesakes = [k for k in self.families[known.family] if self.people[k].person]
        if len(namesakes) < 2 or not _given(known.name):
            return None
        return person_key(_name_words(known.name))


@lru_cache(maxsize=65536)
def _given(name: str) -> tuple[str, ...]:
    """`given_names` of a name's words (asked for the same few names thousands of times)."""
    return tuple(given_names(_name_words(name)))


def _name_words(name: str) -> list[str]:
    """A name's words without honorifics or an article ('Mrs. Ana Dale' -> ['Ana', 'Dale'])."""
    return without_titles(name.split(), HONORIFICS | {"the", "a", "an"})
