"""What kind of actor a name run names (person, organisation, place, group, other), read
from its words, its neighbours and what the article named before; and the cues that tell
a new person from one named before by the same family name (a relative, another title)."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from ..model import EntityType
from ..text import fold
from ..text_groups import (
    GOVERNMENT_NOUNS,
    GROUP_KINDS,
    STATE_AGENCY_PARTICIPLES,
)
from ..text_names import (
    COMPANY_MARK_NOUNS,
    COMPANY_NAME_WORDS,
    COMPANY_NOUNS,
    COMPANY_SUFFIXES,
    FACILITY_NAME_WORDS,
    GEOGRAPHIC_WORDS,
    KINSHIP_NOUNS,
    LAW_NAME_WORDS,
    NAMED_BODY_WORDS,
    ORGANISATION_WORDS,
    PARTY_MEMBER_WORDS,
    PLACE_NAME_WORDS,
    PLACE_PREFIX_WORDS,
    STATE_FORM_WORDS,
    TITLE_WORDS,
    acronym_key,
)
from ..text_places import US_STATE_ABBREVIATIONS, US_STATES
from .aliases import country_of, country_of_demonym, is_country
from .name_runs import is_person_name, led_by_particle, run_text, titles_the_next_name
from .speaker_memory import SpeakerMemory

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PLACE_PREPOSITIONS = {"in", "to", "from", "across", "near", "into", "around", "throughout"}

# (unions of word lists, made once: a set union on each call costs more than the test)
_PLACE_OR_FACILITY_WORDS = PLACE_NAME_WORDS | FACILITY_NAME_WORDS
_COMPANY_WORDS = COMPANY_MARK_NOUNS | COMPANY_NOUNS


# Words that make a name a body's: 'the Federal Bureau of Harbour Safety', 'the Border
# Patrol' (the same words that end a body's name run, `name_runs`).
_BODY_WORDS = ORGANISATION_WORDS | NAMED_BODY_WORDS


def name_type(run: list[Token], titles: set[str], memory: SpeakerMemory) -> EntityType:
    """The type of the actor a name run names (see the module docstring)."""
    words = [t.text for t in run]
    folded = [fold(w) for w in words]
    if len(run) > 1 and folded[-1].removesuffix("s") in PARTY_MEMBER_WORDS:
        return "group"  # 'Senate Republicans' are Republicans, no body of their own
    if len(run) > 1 and folded[-1].rstrip(".") in COMPANY_SUFFIXES and run[-1].text[0].isupper():
        return "organisation"  # 'JBS SA', 'Dravid Minerals Ltd.'
    if names_pact(folded):
        return "other"  # 'the North Dorn Free Trade Agreement': a law, no body and no place
    if names_company(run) or run_text(run) in memory.companies or company_form(words):
        return "organisation"  # 'Holm Copper, the mining company', 'Dravid Minerals shares'
    bodies = {w.removesuffix("s") if w not in _BODY_WORDS else w for w in folded}
    bodies = {w for w in bodies if w in _BODY_WORDS}
    if bodies:
        return "place" if bodies <= GEOGRAPHIC_WORDS else "organisation"
    if len(run) > 1 and folded[-1] in GROUP_KINDS:
        return "group"  # 'the Velkan Caravan', 'Harbour Rioters': no person's name
    if len(run) == 1 and 3 <= len(acronym_key(run[0].text)) <= 5 and not is_country(words[0]):
        return "organisation"  # 'VHA', 'NDC'; not 'KY', 'ET', nor a Reuters 'BELGIUM' header
    known_person = memory.is_person(run_text(run))
    if not titles and not known_person and led_by_particle(words):
        return "organisation"  # 'al Qarun', 'Al-Vessa'
    head = run[-1]
    plural = head.tag_ == "NNPS" or (head.text.endswith("s") and head.lemma_ != head.text)
    if plural and not known_person:
        # 'Kosovo Serbs', 'the Kosovars'; not 'Sanders said' after 'Ivo Sanders' (the
        # tagger reads a family name in -s alone as a plural noun)
        return "group"
    if len(run) == 1 and _plural_demonym(words[0]):
        return "group"  # 'Britons' opening a sentence, tagged as one name: a people, no place
    if not titles and not known_person and _is_place_name(run_text(run)):
        return "place"  # 'Ohio', 'New Mexico', 'Saudi Arabia' (two words, yet no person)
    if not titles and not known_person and len(run) > 1 and folded[0] in PLACE_PREFIX_WORDS:
        return "place"  # 'San Diego', 'Lake Geneva', 'Central America'
    if not titles and not known_person and _before_its_region(run):
        return "place"  # 'San Marco, Velmaria', 'Elwood, Illinois'
    # 'Velka Gov. Ana Dale': Velka is where the title is held, Ana Dale the person
    holds_title = titles_the_next_name(run)
    if not holds_title and (is_person_name(words, titles) or memory.is_person(run_text(run))):
        return "person"
    last = fold(head.text)
    if len(run) > 1 and last in _PLACE_OR_FACILITY_WORDS:
        return "place"  # 'Syntagma Square', 'Estelle Unit'
    first = head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # 'Texas and Nevada': the second is what the first is
    if first is not head and fold(first.text) in US_STATES:
        return "place"  # not after any country: 'Velmaria and Harrak' may be a state and a group
    start = first.left_edge.i if first is not head else run[0].i
    return "place" if _after_place_preposition(head.doc, start) else "other"


def hyphened_demonym(run: list[Token]) -> str | None:
    """The state a lone demonym before a hyphen and a participle of what a state does names:
    'Russian' of 'Russian-backed rebels', 'American' of 'American-made cars' (not the
    people of 'the Serb-inhabited north')."""
    head, doc = run[-1], run[-1].doc
    after = head.i + 2
    if len(run) != 1 or head.whitespace_ or after >= len(doc) or doc[after - 1].text != "-":
        return None
    if fold(doc[after].text) not in STATE_AGENCY_PARTICIPLES:
        return None
    return country_of_demonym(head.text)


def _plural_demonym(word: str) -> bool:
    """'Britons', 'Velmarians': a people's plural name, which is no country's name."""
    folded = fold(word)
    return (
        folded.endswith("s")
        and country_of(word) is None
        and country_of_demonym(folded.removesuffix("s")) is not None
    )


def names_pact(folded: list[str]) -> bool:
    """The folded words of a name name a law or a pact: 'the North Dorn Free Trade
    Agreement', and one going on after 'of' ('the Treaty of Velka', 'the Joint Harbour Plan
    of Action')."""
    if len(folded) < 2:
        return False
    return folded[-1] in LAW_NAME_WORDS or any(
        w in LAW_NAME_WORDS and nxt == "of" for w, nxt in pairwise(folded)
    )


def company_form(words: list[str]) -> bool:
    """A name ending in a company's legal form or a word companies' names end in ('Tesk
    Ltd', 'Astwater Energy', 'Dravid Minerals'), or in a country's initials after words that
    name no country (a company's national arm: 'Holm Timber USA')."""
    last = fold(words[-1]).rstrip(".") if words else ""
    if len(words) > 1 and words[-1].isupper() and is_country(words[-1]):
        return not is_country(" ".join(words[:-1]))
    return len(words) > 1 and (last in COMPANY_SUFFIXES or last in COMPANY_NAME_WORDS)


def names_company(run: list[Token]) -> bool:
    """The words around a name say it is a company: a company noun in apposition or before
    it ('Holm Copper, the mining company', 'the carmaker Holm Motors', 'the company, Holm
    Copper'), or a noun only a company has after it ('Dravid Minerals shares')."""
    head = run[-1]
    inside = {t.i for t in run}

    def lemma(token: Token) -> str:
        return fold(token.lemma_ or token.text)

    modified = head.head if head.dep_ in {"compound", "poss"} else None
    if modified is not None and lemma(modified) in _COMPANY_WORDS:
        return modified.i not in inside
    around = [c for c in head.children if c.dep_ in {"appos", "compound"} and c.i not in inside]
    if head.dep_ == "appos":
        around.append(head.head)
    if run[0].i > 0:
        around.append(head.doc[run[0].i - 1])  # 'the miner Holm Copper', however parsed
    after = head.doc[head.i + 1 : head.i + 3]
    if [t.lower_ for t in after] == ["chief", "executive"]:
        return True  # 'Dravid Minerals chief executive Lukas Feyn'
    if len(after) and after[0].pos_ in {"NOUN", "PROPN"} and lemma(after[0]) in COMPANY_MARK_NOUNS:
        return True  # 'Dravid Minerals shares fell'
    return any(t.pos_ == "NOUN" and _company_noun(t) for t in around)


def _company_noun(token: Token) -> bool:
    """'company', 'carmaker'; 'giant' only with a trade before it ('the energy giant')."""
    noun = fold(token.lemma_ or token.text)
    if noun == "giant":
        return any(c.dep_ == "compound" for c in token.children)
    return noun in COMPANY_NOUNS


def _after_place_preposition(doc: Doc, start: int) -> bool:
    """'in Dorn', 'from Dorn'; not 'according to VHA'."""
    before = doc[start - 1] if start > 0 else None
    if before is None or before.lower_ not in _PLACE_PREPOSITIONS:
        return False
    return not (before.lower_ == "to" and start > 1 and doc[start - 2].lower_ == "according")


def _before_its_region(run: list[Token]) -> bool:
    """The name is followed by a comma and a state or a country: 'Elwood, Illinois'."""
    doc, after = run[-1].doc, run[-1].i + 1
    if after + 1 >= len(doc) or doc[after].text != ",":
        return False
    region = doc[after + 1]
    two = doc[after + 1 : after + 3].text if after + 2 < len(doc) else region.text
    return region.pos_ == "PROPN" and (_is_place_name(region.text) or fold(two) in US_STATES)


def _is_place_name(name: str) -> bool:
    """A state of the United States or a country by name ('Ohio', 'Ky.', 'Saudi Arabia')."""
    abbreviated = name.lower() in US_STATE_ABBREVIATIONS  # with its full stop: 'Miss' is none
    return abbreviated or fold(name) in US_STATES or is_country(name)


def introduced_as_relative(run: list[Token]) -> bool:
    """'his sister Mara Kell', "Kell's wife, Mara Kell", 'Mara Kell, his sister': the
    name is introduced as someone's relative (or as a namesake joined by 'and')."""
    head = run[-1]
    if len(run) < 2:
        return _conjoined_namesake(run)
    related = [c for c in head.children if c.dep_ in {"appos", "compound"}]
    if head.dep_ == "appos":
        related.append(head.head)
    kin = any(fold(t.lemma_ or t.text) in KINSHIP_NOUNS for t in related)
    return kin or _conjoined_namesake(run)


def _conjoined_namesake(run: list[Token]) -> bool:
    """'President Kell and Mara Kell', 'Mara Kell and President Kell': two names of one family
    joined by 'and' are two people (the second is no new name of the first). Read on the
    words, not the parse, which often runs the two names into one."""
    doc, first, family = run[0].doc, run[0].i, run[-1].text
    while first > 0 and doc[first - 1].is_title and doc[first - 1].pos_ == "PROPN":
        first -= 1  # a title before the name: 'and President Kell'
    before = first >= 2 and doc[first - 1].lower_ == "and" and doc[first - 2].text == family
    after = doc[run[-1].i + 1 : run[-1].i + 6]
    joined = len(after) > 1 and after[0].lower_ == "and"
    return before or (joined and any(t.text == family and t.pos_ == "PROPN" for t in after[1:]))


def appositive_titles(head: Token) -> set[str]:
    """'Mara Kell, the first lady': the title words the name's apposition gives."""
    return {
        noun
        for child in head.children
        if child.dep_ == "appos" and (noun := fold(child.lemma_ or child.text)) in TITLE_WORDS
    }


def state_form_of(words: list[str]) -> str | None:
    """The place a state's formal name names: 'Republic of Northvale' -> 'Northvale' (the
    table's own forms, 'Republic of Korea', are read before this)."""
    if len(words) > 2 and fold(words[0]) in STATE_FORM_WORDS and words[1] == "of":
        return country_of(" ".join(words[2:])) or " ".join(words[2:])
    return None


def shared_government_noun(head: Token) -> Token | None:
    """The plural government noun two leaders' names share ('the Bush and Obama
    administrations'): the noun the first name modifies, reached from either name."""
    first = head.head if head.dep_ == "conj" and head.head.i < head.i else head
    noun = first.head
    plural = noun.tag_ == "NNS" and fold(noun.lemma_ or noun.text) in GOVERNMENT_NOUNS
    joined = any(c.dep_ == "conj" for c in first.children)
    modifies = first.dep_ in {"nmod", "compound", "amod"} and noun.i > head.i
    return noun if plural and modifies and joined else None
