"""Descriptions that stand for an actor the article names elsewhere: titles ('the
president', 'the French president', 'North Korean leader'), a country's officials and
government ('U.S. officials', 'the Canadian government'), and back-references to a country
('the country', 'his country', 'the North'). `Countries` is what the article has named so
far that they resolve against."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..model import EntityType, Mention
from ..text import fold
from ..text_groups import (
    GOVERNMENT_NOUNS,
    GROUP_KINDS,
    LEADER_TITLES,
    STATE_AGENT_NOUNS,
    STATE_ORGAN_NOUNS,
)
from ..text_names import (
    COMPANY_NOUNS,
    COUNTRY_NOUNS,
    HONORIFICS,
    NAMED_BODY_WORDS,
    ORGANISATION_WORDS,
    TITLE_WORDS,
)
from .aliases import UNIONS, country_of, country_of_demonym, is_country
from .mention_parts import (
    MODIFIER_DEPS,
    OPEN_TITLE_KEY,
    build_mention,
    entity_key,
    phrase_start,
)
from .own_country import (
    country_named_by,
    country_of_object,
    country_of_title,
    leader_government_mention,
    leader_names,
    leaders_country,
    speakers_country,
    spoken_of_own_state,
)
from .speaker_memory import SpeakerMemory

if TYPE_CHECKING:
    from spacy.tokens import Span as TokenSpan
    from spacy.tokens import Token

# 'his country', 'our nation', 'this country': a country the text has just named
_REFERRING_DETERMINERS = {"this", "his", "her", "its", "their", "our"}
# nouns that stand for whatever title a country's leader has ('the North Korean dictator',
# 'his Japanese counterpart')
_ANY_TITLE = {"leader", "head", "dictator", "strongman", "ruler", "counterpart"}


# Nouns whose apposition other rules read: titles, groups, companies, governments, states.
_OWN_RULE_NOUNS = (
    TITLE_WORDS | COMPANY_NOUNS | GOVERNMENT_NOUNS | COUNTRY_NOUNS | STATE_AGENT_NOUNS
) | frozenset(GROUP_KINDS)

# (unions of word lists, made once: a set union on each call costs more than the test)
_CAPITALISED_DESCRIPTIONS = TITLE_WORDS | GOVERNMENT_NOUNS | COUNTRY_NOUNS
_TITLE_OR_GOVERNMENT = TITLE_WORDS | GOVERNMENT_NOUNS
_STATE_NOUNS = GOVERNMENT_NOUNS | STATE_AGENT_NOUNS | STATE_ORGAN_NOUNS
# what a demonym makes a state's own: those, and its 'side' ('the Mexican side said')
_STATE_SIDE_NOUNS = _STATE_NOUNS | {"side"}
_NO_PERSON_TITLES = HONORIFICS | ORGANISATION_WORDS


@dataclass
class Countries:
    """The countries an article has named so far: how often, and which one last."""

    counts: Counter[str] = field(default_factory=Counter)
    last: str | None = None
    # (country, title) -> person: 'Israeli Prime Minister Benjamin Netanyahu' makes him
    # 'the Israeli prime minister', 'Israel's leader'
    titled: dict[tuple[str, str], str] = field(default_factory=dict)
    # capitals the article is about as cities ('the Mayor of London'), not as their states
    cities: frozenset[str] = frozenset()
    union: str | None = None  # the union of states named last: what 'the bloc' refers to
    # every name that may be a place, and those read as one at least once: what 'the
    # breakaway region', 'the province' may stand for
    names: Counter[str] = field(default_factory=Counter)
    place_names: set[str] = field(default_factory=set)

    def as_city(self, mention: Mention, run: list[Token]) -> Mention | None:
        """'London' in an article that names London's mayor: the city, keyed by its own
        name, not the United Kingdom the alias table makes it."""
        name = " ".join(t.text for t in run)
        if mention.kind != "name" or name not in self.cities:
            return None
        return replace(mention, key=entity_key(name, "place"), name=name, type="place")

    def saw(self, mention: Mention, antecedent: bool = True) -> Mention:
        """Count a country mention (and every name, for `obvious_place`); one that only
        modifies a noun ('the Kosovo-Serbia border', 'U.S. tariffs') is not what a later
        'the country' refers back to."""
        if mention.kind == "name" and mention.type in {"place", "other"}:
            self.names[mention.name] += 1
            if mention.type == "place":
                self.place_names.add(mention.name)  # 'in Velmaria' makes every Velmaria one
        # a group ('Americans in the country') is people, not the country 'the country' means
        if mention.type not in {"person", "group"} and is_country(mention.name):
            self.counts[mention.name] += 1
            if antecedent:
                self.last = mention.name
            if mention.name in UNIONS:
                self.union = mention.name
        return mention

    def note_titles(self, run: list[Token], titles: set[str], name: str, sent_start: int) -> None:
        """Record the country words before a titled person's name ('French President
        Emmanuel Macron', 'the U.S. ambassador Woody Johnson')."""
        doc = run[0].doc
        nations = {country_named_by(t) for t in doc[phrase_start(run, sent_start) : run[0].i]}
        after = run[-1].i + 1
        if after + 1 < len(doc) and doc[after].lower_ == "of":
            # 'Prime Minister Justin Trudeau of Canada'
            state = doc[after + 1 : doc[after].right_edge.i + 1].text
            nations.add(country_of(state) or (state if is_country(state) else None))
        for country in nations:
            if country is None:
                continue
            for title in titles - {""}:
                self.titled[(country, title)] = name

    def holder(self, country: str, title: str, memory: SpeakerMemory) -> str | None:
        """Who holds `title` for `country`: the person titled so for it, else the person
        the article titles so without a country, never one titled for another country."""
        person = self.person_titled(country, title) or titled_person(memory, title)
        nations = {c for (c, _), p in self.titled.items() if p == person}
        return person if not nations or country in nations else None

    def short_form(self, mention: Mention, word: Token) -> Mention | None:
        """'the North' after 'North Korea': the one country named so far whose name starts
        with the word, as a mention of it."""
        if not any(c.lower_ == "the" for c in word.children) or is_country(mention.name):
            return None
        named = [c for c in self.counts if len(c.split()) > 1 and c.split()[0] == word.text]
        if len(named) != 1:
            return None
        return replace(mention, key=entity_key(named[0], "place"), name=named[0], type="place")

    def person_titled(self, country: str, title: str) -> str | None:
        """The person the article titled so for that country; a 'leader' or 'head' is any
        titled person of it when there is only one."""
        if (country, title) in self.titled:
            return self.titled[(country, title)]
        people = {p for (c, _), p in self.titled.items() if c == country}
        return people.pop() if title in _ANY_TITLE and len(people) == 1 else None

    def most_named(self) -> str | None:
        return self.counts.most_common(1)[0][0] if self.counts else None

    def obvious_place(self, nearby: str) -> str | None:
        """The place a description of a state ('the breakaway region') obviously stands for:
        the place named most so far, when no other name has been written as often and the
        `nearby` text (its sentence and the one before) names it. Not the place named last:
        a town or river named in passing comes between ('Kosovo and Metohija')."""
        if not self.place_names:
            return None
        top = max(self.place_names, key=lambda name: self.names[name])
        if any(self.names[other] >= self.names[top] for other in self.names if other != top):
            return None  # another name, a place or perhaps one, is as much the story's
        return top if top in nearby else None


def country_mention(span: TokenSpan, country: str, head: Token, article_id: str) -> Mention:
    """A mention that stands for a country: 'U.S. officials', 'the nation'."""
    return build_mention(span, "description", country, country, "place", head, [head], article_id)


def demonym_agent_mention(token: Token, article_id: str) -> Mention | None:
    """'Chinese officials', 'the Canadian government', 'European leaders', 'the Mexican side':
    a demonym written as an adjective; also the second of two ('U.S. and South Korean
    officials')."""
    if token.pos_ != "ADJ" or token.dep_ not in {"amod", "compound", "conj"}:
        return None
    first = token.head if token.dep_ == "conj" else token
    if first.dep_ not in {"amod", "compound", "nmod"}:
        return None  # 'the talks were Norwegian and Chilean': no noun they modify
    noun = first.head
    # as written too: the lists hold plurals ('leaders') whose singular is a title
    words = {fold(noun.lemma_ or noun.text), fold(noun.text)}
    if noun.i < token.i or not words & _STATE_SIDE_NOUNS:
        return None
    if "side" in words and noun.dep_ == "pobj":
        return None  # 'blocked it on the Serbian side': a place by the border, not the state
    # 'South Korean officials' act for South Korea, not for a 'Korea'
    phrase = token.doc[token.left_edge.i : token.i + 1].text
    country = country_of_demonym(phrase) or country_of_demonym(token.text)
    if country is None:
        return None
    start = min([c.i for c in noun.children if c.dep_ == "det"] + [token.left_edge.i])
    return country_mention(token.doc[start : noun.i + 1], country, noun, article_id)


def description_mention(
    token: Token, memory: SpeakerMemory, article_id: str, countries: Countries
) -> Mention | None:
    """'the Kremlin spokesman', 'the ministry': a definite description of someone named
    before in the article; 'the country' is the country named last, 'the government' with
    no government named the country the article names most."""
    # 'the President', 'the Administration', 'the Country': capitalised, still descriptions
    titled = token.pos_ == "PROPN" and fold(token.text) in _CAPITALISED_DESCRIPTIONS
    if not (token.pos_ == "NOUN" or titled):
        return None
    if token.tag_ in {"NNS", "NNPS"} and fold(token.lemma_) in TITLE_WORDS:
        return None  # 'the leaders' are not one titled person
    noun = fold(token.text) if titled else fold(token.lemma_ or token.text)
    if noun in COMPANY_NOUNS and token.tag_ != "NN":
        return None  # 'the miners' are people, not the mining company
    nation = country_of_title(token) if noun in _TITLE_OR_GOVERNMENT else None
    # 'this administration' (a protester's words) is the administration as well
    pointing = {"the", "this"} if noun == "administration" else {"the"}
    definite = any(c.lower_ in pointing for c in token.children)
    in_title_run = token.dep_ in {"compound", "conj"} or token.head.pos_ == "PROPN"
    if not definite and (nation is None or in_title_run):
        # 'North Korean leader said' stands alone; 'Serbian Deputy Prime Minister and Defense
        # Minister Milos Vucevic' is a title run before a name
        return None
    apposed = _apposed_person(token, memory) if noun in TITLE_WORDS else None
    if apposed is not None:
        resolved: str | None = apposed  # 'James Comey, the F.B.I. director': Comey
    elif nation is not None:
        # 'the French president' is Macron, never a president named for another country
        resolved = countries.holder(nation, noun, memory)
    else:
        resolved = (
            titled_person(memory, noun)
            if noun in TITLE_WORDS
            else memory.by_head(noun) or _body_named_with(memory, noun)
        )
    # 'the country' is the one named last; 'the two countries' are several, none of them
    country = countries.last if noun in COUNTRY_NOUNS and token.tag_ in {"NN", "NNP"} else None
    if noun == "bloc" and token.tag_ == "NN":
        country = countries.union  # 'the bloc': the European Union named before
    if resolved is None and noun == "administration" and nation is None:
        resolved = _leader_government(memory, noun)  # 'the administration': the president's
    if resolved is None and noun in GOVERNMENT_NOUNS:
        # 'the government in Seoul' is South Korea's, else the country named most; not an
        # administration, a leader's: the state named most may be the one the story is about
        country = nation or (countries.most_named() if noun != "administration" else None)
    if resolved is None and country is not None:
        span = token.doc[
            min([c.i for c in token.children if c.dep_ == "det"] + [token.i]) : token.i + 1
        ]
        return country_mention(span, country, token, article_id)
    if resolved is None:
        return None
    start = min([c.left_edge.i for c in token.children if c.dep_ in MODIFIER_DEPS] + [token.i])
    span = token.doc[start : token.i + 1]
    entity_type: EntityType = "person" if memory.is_person(resolved) else "organisation"
    return build_mention(
        span, "description", resolved, resolved, entity_type, token, [token], article_id
    )


def apposed_description_mention(
    token: Token, memory: SpeakerMemory, article_id: str
) -> Mention | None:
    """'Ana Dale's son-in-law, Tom Ress', 'Ira Holm, a longtime Dale confidant', 'Holm
    Timber USA, a timber distributor': a common noun in apposition to a person's or a
    company's name is how the outlet describes them there, a label of theirs (titles,
    groups, company nouns and states have rules of their own)."""
    noun = fold(token.lemma_ or token.text)
    if token.pos_ != "NOUN" or token.tag_ != "NN" or noun in _OWN_RULE_NOUNS:
        return None
    named = _apposed_person(token, memory)
    if named is None or not (memory.is_person(named) or named in memory.companies):
        return None
    doc, end = token.doc, token.i
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_:
        end += 2  # 'son-in-law'
    span = doc[token.left_edge.i : end + 1]
    kind: EntityType = "person" if memory.is_person(named) else "organisation"
    return build_mention(span, "description", named, named, kind, token, [token], article_id)


def _leader_government(memory: SpeakerMemory, noun: str) -> str | None:
    """'the administration' with none named: the government of the leader the article
    names most ('the Dale administration' after 'President Ana Dale'), if it titles one."""
    leaders = [p for p in memory.people.values() if p.person and p.titles & LEADER_TITLES]
    if not leaders:
        return None
    named = Counter(key for _, key in memory.sightings)
    leader = max(leaders, key=lambda p: (named[p.key], p.last_seen))
    government = leader_government_name(leader.name, noun)
    memory.observe(government, set(), leader.last_seen, person=False)
    return government


def leader_government_name(person: str, noun: str) -> str:
    """'Velk administration' for 'Dana Velk': the family name as written, and the noun."""
    family = entity_key(person, "person")
    written = next((w for w in person.split() if fold(w) == family), family.title())
    return f"{written} {noun}"


def _apposed_person(token: Token, memory: SpeakerMemory) -> str | None:
    """The person a title is in apposition to ('Ana Dale, the mine's director'; 'the
    director of the port, Ana Dale'): that person, not whoever the article titled so."""
    partners = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos":
        partners.append(token.head)
    for partner in partners:
        if partner.pos_ != "PROPN":
            continue
        # the whole name: 'Mara Velk, the first lady' is Mara Velk, not President Velk
        words = [c for c in partner.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        name = " ".join(t.text for t in sorted([*words, partner], key=lambda t: t.i))
        known = memory.find(name, partner.idx)
        if known is not None:
            return known.name
    return None


def _body_named_with(memory: SpeakerMemory, noun: str) -> str | None:
    """'the department' after 'the Department of Harbour Safety': the body named latest
    whose name holds the noun, where the noun is one that names a body."""
    if noun not in NAMED_BODY_WORDS:
        return None
    bodies = [
        p
        for p in memory.people.values()
        if not p.person and noun in {fold(w) for w in p.name.split()[:-1]}
    ]
    return max(bodies, key=lambda p: p.last_seen).name if bodies else None


def titled_person(memory: SpeakerMemory, title: str) -> str | None:
    """The person 'the <title>' means: of those the article titled so, the one it names
    most ('the president' is the story's president, not a president quoted once), the
    latest on a tie."""
    people = [p for p in memory.people.values() if title in p.titles]
    if not people:
        return None
    named = Counter(key for _, key in memory.sightings)
    return max(people, key=lambda p: (named[p.key], p.last_seen)).name


def bare_title(token: Token) -> bool:
    """'the president', 'the Prime Minister': a definite title with no country to it."""
    noun = fold(token.text) if token.pos_ == "PROPN" else fold(token.lemma_ or token.text)
    return (
        token.pos_ in {"NOUN", "PROPN"}
        and token.tag_ in {"NN", "NNP"}
        and noun in TITLE_WORDS
        and noun not in _NO_PERSON_TITLES  # 'the ministry' is no person
        and any(c.lower_ == "the" for c in token.children)
    )


def title_mention(
    token: Token, memory: SpeakerMemory, article_id: str, countries: Countries
) -> Mention | None:
    """The person a title written before anyone was titled so stands for, once the whole
    article is read ('the leader of Japan' opening a story that names Abe later); a title of
    no country that no one in the article holds ('the attorney general' where the article
    names Dale only by name) is an open title, keyed by its words (`OPEN_TITLE_KEY`), for
    the other articles to resolve."""
    noun = fold(token.text) if token.pos_ == "PROPN" else fold(token.lemma_ or token.text)
    nation = country_of_title(token)
    person = (
        titled_person(memory, noun) if nation is None else countries.holder(nation, noun, memory)
    )
    start = min([c.left_edge.i for c in token.children if c.dep_ in MODIFIER_DEPS] + [token.i])
    span = token.doc[start : token.i + 1]
    if person is None and nation is None and not _title_of_something(token):
        words = [fold(t.text) for t in span[:-1] if t.lower_ not in {"the", "a", "an"}]
        key = OPEN_TITLE_KEY + " ".join([*words, noun])
        mention = build_mention(
            span, "description", span.text, span.text, "person", token, [token], article_id
        )
        return replace(mention, key=key)
    if person is None:
        return None
    return build_mention(span, "description", person, person, "person", token, [token], article_id)


def _title_of_something(token: Token) -> bool:
    """'the president of the union', 'the union's president': a title of a body, which an
    open title (no country, no holder in the article) cannot be read as."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"of", "at", "for"})
        for c in token.children
    )


def possessive_government_mention(
    token: Token, memory: SpeakerMemory, article_id: str, before: list[Mention]
) -> Mention | None:
    """'his administration', 'her government': the government of the leader the pronoun
    stands for, as 'the Dale administration' would name it. The leader is the person this
    sentence mentions last before it ('The president did not say who in his administration
    …'), else the person named nearest before; one who holds no leader's title ('the
    minister and his government') leaves it alone. 'whose administration' is the government
    of the person the clause is about ('President Ana Dale, whose administration …')."""
    noun = fold(token.lemma_ or token.text)
    if token.pos_ != "NOUN" or token.tag_ != "NN" or noun not in GOVERNMENT_NOUNS:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in {"his", "her", "whose"}:
        return None
    people = [m for m in before if m.type == "person" and m.end <= owner.idx]
    if owner.lower_ == "whose" and not _clause_about(owner, people[-1] if people else None):
        return None
    name = people[-1].name if people else memory.nearest_person(owner.idx, owner.lower_)
    known = memory.find(name, owner.idx) if name is not None else None
    if known is None or not known.titles & LEADER_TITLES:
        return None
    government = leader_government_name(known.name, noun)
    span = token.doc[owner.i : token.i + 1]
    return build_mention(
        span, "description", government, government, "organisation", token, [token], article_id
    )


def _clause_about(relative: Token, person: Mention | None) -> bool:
    """The relative clause `relative` opens ('whose administration warned …') is about
    the person `person` names: the noun the clause modifies is in that mention."""
    clause = next((t for t in relative.ancestors if t.dep_ == "relcl"), None)
    if clause is None or person is None:
        return False
    return person.start <= clause.head.idx < person.end


def country_reference_mention(
    token: Token, article_id: str, countries: Countries
) -> Mention | None:
    """A state named by what stands for it without its name: 'his country', 'our nation'
    (the country named last), and officials of no named state ('officials said',
    'administration officials': the country the article names most)."""
    capitalised = token.pos_ == "PROPN" and fold(token.text) in COUNTRY_NOUNS  # 'our Country'
    if token.pos_ != "NOUN" and not capitalised:
        return None
    noun = fold(token.text) if capitalised else fold(token.lemma_ or token.text)
    determiners = {c.lower_ for c in token.children if c.dep_ in {"det", "poss"}}
    country = None
    singular = token.tag_ in {"NN", "NNP"}
    if noun in COUNTRY_NOUNS and singular and determiners & _REFERRING_DETERMINERS:
        country = countries.last
        if spoken_of_own_state(token, determiners):  # '“… our nation,” Senator Holt said'
            country = speakers_country(token, country_named_by)
    elif noun in STATE_AGENT_NOUNS:
        modifiers = [c for c in token.children if c.dep_ in {"compound", "nmod", "poss"}]
        places = [country_of_object(c) for c in token.children if c.dep_ == "prep"]
        plural = token.tag_ == "NNS"
        if places and plural:
            # 'officials in Seoul' act for South Korea; 'officials in Trump's campaign' for
            # no state
            country = places[0]
        elif _of_a_government(modifiers, alone=plural):
            leaders = leader_names(modifiers)  # 'Pratt administration officials': Pratt's state
            if not leaders:
                country = countries.most_named()
            elif (country := leaders_country(leaders, countries.titled)) is None:
                return leader_government_mention(token, leaders, modifiers, article_id)
    if country is None:
        return None
    start = min([c.i for c in token.children if c.dep_ in MODIFIER_DEPS] + [token.i])
    return country_mention(token.doc[start : token.i + 1], country, token, article_id)


def _of_a_government(modifiers: list[Token], alone: bool) -> bool:
    """The nouns before an agent noun make it a government's: 'administration officials', 'a
    senior administration official', 'Dale administration officials' (the leader's name
    beside the noun); with `alone`, also none ('officials said')."""
    government = [m for m in modifiers if fold(m.text) in GOVERNMENT_NOUNS]
    if not government:
        return alone and not modifiers
    return all(m in government or m.is_title for m in modifiers)
