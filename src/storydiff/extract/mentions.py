"""The actors an article names, each mention with the words the outlet attaches to it.

Mentions are proper-name phrases ('Serbian President Aleksandar Vucic', 'the unrecognized
Kosovo', 'Kosovo Serbs') and definite descriptions that stand for someone named earlier
('the Kremlin spokesman', 'the ministry'). No NER model runs (it would double the parse);
types come from the same cues the speaker resolution uses: titles and two-word names make a
person, organisation words an organisation, a place preposition a place, a plural a group.

Descriptors are what framing lives in: adjectives ('unrecognized', 'Albanian-majority'),
titles ('President'), appositions ('the Kremlin spokesman'), and relative or participle
clauses ('accused of assaulting serving police officers'), each with its offsets.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..model import EntityType, Mention, MentionKind, Span
from ..text import (
    COUNTRY_NOUNS,
    FACILITY_NAME_WORDS,
    GOVERNMENT_NOUNS,
    GROUP_COMPOUNDS,
    GROUP_KINDS,
    PLACE_NAME_WORDS,
    STATE_AGENT_NOUNS,
    acronym_key,
    family_name,
    fold,
    initials,
)
from .aliases import country_of, country_of_demonym, is_country
from .speakers import (
    HONORIFICS,
    ORGANISATION_WORDS,
    TITLE_WORDS,
    SpeakerMemory,
    is_person_name,
    name_runs,
    run_text,
    speaker_key,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokenSpan

_DESCRIPTOR_DEPS = {"amod", "appos", "relcl", "acl"}
_MODIFIER_DEPS = {"det", "amod", "compound", "nmod", "nummod", "poss"}
_CALENDAR = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
}  # fmt: skip
# 'his country', 'our nation', 'this country': a country the text has just named
_REFERRING_DETERMINERS = {"this", "his", "her", "its", "their", "our"}
_ANY_TITLE = {"leader", "head"}  # nouns that stand for whatever title a country's leader has
_PLACE_PREPOSITIONS = {"in", "to", "from", "across", "near", "into", "around", "throughout"}


def find_mentions(doc: Doc, article_id: str) -> tuple[Mention, ...]:
    """Every named or described actor of a parsed article, in reading order."""
    memory = SpeakerMemory()
    acronyms: dict[str, str] = {}  # 'imf' -> 'International Monetary Fund', in this article
    countries = _Countries()
    mentions: list[Mention] = []
    untitled: list[Token] = []  # 'the president' before anyone was titled so
    for sent in doc.sents:
        covered: set[int] = set()
        tokens = list(sent)  # read twice; each pass over a Span rebuilds its tokens
        for run, titles in _hyphen_joined(name_runs([t for t in tokens if not t.is_space])):
            mention = _name_mention(run, titles, memory, article_id, sent.start, acronyms)
            if mention is not None and mention.type == "person" and titles:
                countries.note_titles(run, titles, mention.name, sent.start)
            if mention is not None and len(run) == 1 and mention.type != "person":
                mention = countries.short_form(mention, run[0]) or mention
            if mention is not None:
                modifier = _modifies_noun(run[-1], through_names=True)
                mentions.append(countries.saw(mention, antecedent=not modifier))
                # the whole phrase: 'the Bush administration' is not also 'the administration'
                phrase = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                first = min(run[0].i, phrase.start) if phrase else run[0].i
                covered.update(range(first, max(run[-1].i + 1, phrase.end if phrase else 0)))
        for token in tokens:
            if token.i in covered:
                continue
            mention = (
                _mistagged_name_mention(token, memory, article_id, sent.start, acronyms)
                or _description_mention(token, memory, article_id, countries)
                or _country_reference_mention(token, article_id, countries)
                or _demonym_agent_mention(token, article_id)
                or _group_mention(token, article_id)
            )
            if mention is not None:
                mentions.append(countries.saw(mention))
                phrase = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                covered.update(range(token.i, phrase.end if phrase else token.i + 1))
            elif _bare_title(token):
                untitled.append(token)
    # 'the president' written before 'President Trump' is named: the titled person of the
    # whole article
    later = (_title_mention(t, memory, article_id, countries) for t in untitled)
    mentions.extend(filter(None, later))
    return tuple(sorted(mentions, key=lambda m: m.start))


def _hyphen_joined(
    runs: list[tuple[list[Token], set[str]]],
) -> list[tuple[list[Token], set[str]]]:
    """Runs with a name's hyphenated last part put back: 'Moon Jae-in', 'Kim Jong-un' (the
    parser splits them at the hyphen and tags the lower-case part as no name, or as a name
    of its own that the alias table reads as the UN)."""
    joined: list[tuple[list[Token], set[str]]] = []
    skip_from = -1
    for run, titles in runs:
        if run[0].i == skip_from:
            continue
        doc, last = run[-1].doc, run[-1].i
        if (
            len(run) > 1  # a given name ('Jae-in'), not 'Serb-inhabited'
            and last + 2 < len(doc)
            and doc[last].whitespace_ == ""
            and doc[last + 1].text == "-"
            and doc[last + 1].whitespace_ == ""
            and doc[last + 2].is_alpha
            and doc[last + 2].text[:1].islower()
        ):
            run = [*run, doc[last + 1], doc[last + 2]]
            skip_from = last + 2
        joined.append((run, titles))
    return joined


@dataclass
class _Countries:
    """The countries an article has named so far: how often, and which one last."""

    counts: Counter[str] = field(default_factory=Counter)
    last: str | None = None
    # (country, title) -> person: 'Israeli Prime Minister Benjamin Netanyahu' makes him
    # 'the Israeli prime minister', 'Israel's leader'
    titled: dict[tuple[str, str], str] = field(default_factory=dict)

    def saw(self, mention: Mention, antecedent: bool = True) -> Mention:
        """Count a country mention; one that only modifies a noun ('the Kosovo-Serbia
        border', 'U.S. tariffs') is not what a later 'the country' refers back to."""
        if mention.type != "person" and is_country(mention.name):
            self.counts[mention.name] += 1
            if antecedent:
                self.last = mention.name
        return mention

    def note_titles(self, run: list[Token], titles: set[str], name: str, sent_start: int) -> None:
        """Record the country words before a titled person's name ('French President
        Emmanuel Macron', 'the U.S. ambassador Woody Johnson')."""
        doc = run[0].doc
        nations = {_country_named_by(t) for t in doc[_phrase_start(run, sent_start) : run[0].i]}
        after = run[-1].i + 1
        if after + 1 < len(doc) and doc[after].lower_ == "of":
            # 'Prime Minister Justin Trudeau of Canada'
            nations.add(country_of(doc[after + 1 : doc[after].right_edge.i + 1].text))
        for country in nations:
            if country is None:
                continue
            for title in titles - {""}:
                self.titled[(country, title)] = name

    def holder(self, country: str, title: str, memory: SpeakerMemory) -> str | None:
        """Who holds `title` for `country`: the person titled so for it, else the person
        the article titles so without a country, never one titled for another country."""
        person = self.person_titled(country, title) or _titled(memory, title)
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


def _expanded(run: list[Token], name: str, memory: SpeakerMemory, acronyms: dict[str, str]) -> str:
    """The full name an acronym stands for in this article ('IMF' after 'the International
    Monetary Fund (IMF)', or after any name with those initials); records 'Name (ACRONYM)'.
    Any other name comes back as it is."""
    doc = run[0].doc
    after = run[-1].i + 1
    if after + 2 < len(doc) and doc[after].text == "(":
        inner, closing = doc[after + 1], doc[after + 2]
        letters = acronym_key(inner.text)
        if closing.text == ")" and letters and initials(name).startswith(letters[:2]):
            acronyms[letters] = name
    letters = acronym_key(name) if len(run) == 1 else ""
    if not letters:
        return name
    if letters not in acronyms:
        match = next(
            (p.name for p in reversed(memory.people.values()) if initials(p.name) == letters),
            None,
        )
        if match is None:
            return name
        acronyms[letters] = match
    return acronyms[letters]


def _name_mention(
    run: list[Token],
    titles: set[str],
    memory: SpeakerMemory,
    article_id: str,
    sent_start: int,
    acronyms: dict[str, str],
) -> Mention | None:
    head = run[-1]
    if head.tag_ == "POS" or not any(ch.isalpha() for t in run for ch in t.text):
        return None
    if not any(t.text[:1].isupper() for t in run):
        return None  # a word the tagger took for a name ('un' of 'Kim Jong - un'): no capital
    if len(run) == 1 and fold(head.text) in _CALENDAR and not _is_known_person(run, titles, memory):
        return None  # 'Tuesday', 'December': dates, not actors ('Mrs. May' is one)
    modifier = False
    if _modifies_noun(head):
        noun = fold(head.head.lemma_ or head.head.text)
        country = country_of(run_text(run)) or country_of_demonym(run_text(run))
        if country is not None and noun in GOVERNMENT_NOUNS | STATE_AGENT_NOUNS:
            # 'the U.S. government', 'Chinese officials': the state they act for
            span = head.doc[_phrase_start(run, sent_start) : head.head.i + 1]
            return _country_mention(span, country, head.head, article_id)
        if noun in GOVERNMENT_NOUNS:
            return _government_mention(run, memory, article_id, sent_start)
        known = _is_known_person(run, titles, memory) or _named_before(run, memory, acronyms)
        if country_of(run_text(run)) is None and not known:
            return None  # 'Albanian-majority', 'Grain Council report': a modifier only
        # 'the Trump campaign', 'U.S. tariffs', 'Kremlin spokesman', 'the NGC report': a
        # state or an actor the article named before, by the name alone ('the' belongs to
        # the noun)
        modifier = True
    words = [t.text for t in run]
    name = run_text(run)
    expansion = _expanded(run, name, memory, acronyms)
    if expansion != name:
        # 'IMF' is the International Monetary Fund: one actor under the full name's key
        span = head.doc[run[0].i if modifier else _phrase_start(run, sent_start) : head.i + 1]
        return _mention(span, "name", expansion, expansion, "organisation", head, run, article_id)
    entity_type = _type(run, titles, memory)
    if len(run) == 1 and not memory.is_person(name) and (full := _by_given_name(name, memory)):
        name, entity_type = full, "person"  # 'Donald' in a quote, after 'Donald Trump'
    country = country_of(name) if entity_type != "person" else None
    if country is not None:
        # 'Belgrade', 'the Kremlin', 'U.S.': the state they stand for
        words, entity_type = country.split(), "place"
    if entity_type == "person":
        name = memory.observe(name, {t for t in titles if t}, run[0].idx, person=True)
    else:
        memory.observe(name, set(), run[0].idx, person=False)
    start_token = run[0].i if modifier else _phrase_start(run, sent_start)
    doc = head.doc
    span = doc[start_token : head.i + 1]
    key_name = name if entity_type == "person" else " ".join(words)
    return _mention(span, "name", key_name, country or name, entity_type, head, run, article_id)


def _mistagged_name_mention(
    token: Token, memory: SpeakerMemory, article_id: str, sent_start: int, acronyms: dict[str, str]
) -> Mention | None:
    """A person named before whose name the tagger read as a common word this time ('Trump
    said' as a noun, 'May said' as a modal): a capitalised word equal to that name."""
    if token.pos_ == "PROPN" or not token.is_title or not memory.is_person(token.text):
        return None
    return _name_mention([token], set(), memory, article_id, sent_start, acronyms)


def _modifies_noun(token: Token, through_names: bool = False) -> bool:
    """The name's last word modifies a noun after it ('Trump campaign', 'U.S. tariffs'); with
    `through_names`, also through another name ('the Chile-Peru road')."""
    while token.dep_ in {"compound", "amod"} and token.head.i > token.i:
        token = token.head
        if token.pos_ == "NOUN":
            return True
        if not through_names:
            return False
    return False


def _by_given_name(word: str, memory: SpeakerMemory) -> str | None:
    """The one person named so far whose given name is `word` (an acronym or a country is
    no given name: 'the DNC Server' does not make 'DNC' a person)."""
    if word.isupper() or is_country(word):
        return None
    people = {p.name for p in memory.people.values() if p.person and p.name.split()[0] == word}
    return people.pop() if len(people) == 1 and len(next(iter(people)).split()) > 1 else None


def _named_before(run: list[Token], memory: SpeakerMemory, acronyms: dict[str, str]) -> bool:
    """The article named this actor before (as itself, or by the expansion of an acronym)."""
    name = run_text(run)
    return speaker_key(name) in memory.people or acronym_key(name) in acronyms


def _is_known_person(run: list[Token], titles: set[str], memory: SpeakerMemory) -> bool:
    """The run names a person: titled ('Mrs. May') or named as a person before."""
    return bool(titles) or memory.is_person(run_text(run))


def _government_mention(
    run: list[Token], memory: SpeakerMemory, article_id: str, sent_start: int
) -> Mention:
    """'the Bush administration': a government of its own, never merged with another's."""
    noun = run[-1].head
    name = f"{run_text(run)} {noun.text.lower()}"
    memory.observe(name, set(), run[0].idx, person=False)
    span = noun.doc[_phrase_start(run, sent_start) : noun.i + 1]
    return _mention(span, "name", name, name, "organisation", noun, [*run, noun], article_id)


def _group_mention(token: Token, article_id: str) -> Mention | None:
    """'the protesters', 'hooded youths', 'riot police': a group the story is about, keyed by
    its noun so that each outlet's words for it show in the naming table."""
    kind = _group_kind(token)
    if kind is None:
        return None
    if token.dep_ == "compound" and token.head.pos_ == "NOUN" and _group_kind(token.head):
        return None  # 'police officers': the officers are the mention
    start = min([c.i for c in token.children if c.dep_ in _MODIFIER_DEPS] + [token.i])
    span = token.doc[start : token.i + 1]
    # keyed by its kind, named by the outlet's own noun ('the separatists' is a mention of
    # the kind 'rebels' named 'separatists')
    noun = (
        fold(token.text)
        if fold(token.text) in GROUP_KINDS
        else f"{_before(token)} {fold(token.text)}"
    )
    return _mention(span, "description", kind, noun, "group", token, [token], article_id)


def _group_kind(token: Token) -> str | None:
    """The kind of group a plural noun names ('rioters' -> 'protesters'), if any; 'seekers'
    only after 'asylum' (also 'asylum-seekers')."""
    if token.pos_ != "NOUN":
        return None
    word = fold(token.text)
    if word in GROUP_KINDS:
        return GROUP_KINDS[word]
    return GROUP_COMPOUNDS.get((_before(token), word))


def _before(token: Token) -> str:
    """The folded word before `token`, across a hyphen ('asylum-seekers' -> 'asylum')."""
    doc, before = token.doc, token.i - 1
    if before >= 0 and doc[before].text == "-":
        before -= 1
    return fold(doc[before].text) if before >= 0 else ""


def _country_mention(span: TokenSpan, country: str, head: Token, article_id: str) -> Mention:
    """A mention that stands for a country: 'U.S. officials', 'the nation'."""
    return _mention(span, "description", country, country, "place", head, [head], article_id)


def _demonym_agent_mention(token: Token, article_id: str) -> Mention | None:
    """'Chinese officials', 'the Canadian government' (a demonym written as an adjective)."""
    if token.pos_ != "ADJ" or token.dep_ not in {"amod", "compound"}:
        return None
    noun = token.head
    if (
        noun.i < token.i
        or fold(noun.lemma_ or noun.text) not in GOVERNMENT_NOUNS | STATE_AGENT_NOUNS
    ):
        return None
    country = country_of_demonym(token.text)
    if country is None:
        return None
    start = min([c.i for c in noun.children if c.dep_ == "det"] + [token.i])
    return _country_mention(token.doc[start : noun.i + 1], country, noun, article_id)


def _description_mention(
    token: Token, memory: SpeakerMemory, article_id: str, countries: _Countries
) -> Mention | None:
    """'the Kremlin spokesman', 'the ministry': a definite description of someone named
    before in the article; 'the country' is the country named last, 'the government' with
    no government named the country the article names most."""
    titled = token.pos_ == "PROPN" and fold(token.text) in TITLE_WORDS  # 'the President'
    if not (token.pos_ == "NOUN" or titled):
        return None
    if token.tag_ in {"NNS", "NNPS"} and fold(token.lemma_) in TITLE_WORDS:
        return None  # 'the leaders' are not one titled person
    noun = fold(token.text) if titled else fold(token.lemma_ or token.text)
    nation = _country_of_title(token) if noun in TITLE_WORDS else None
    definite = any(c.lower_ == "the" for c in token.children)
    in_title_run = token.dep_ in {"compound", "conj"} or token.head.pos_ == "PROPN"
    if not definite and (nation is None or in_title_run):
        # 'North Korean leader said' stands alone; 'Serbian Deputy Prime Minister and Defense
        # Minister Milos Vucevic' is a title run before a name
        return None
    if nation is not None:
        # 'the French president' is Macron, never a president named for another country
        resolved = countries.holder(nation, noun, memory)
    else:
        resolved = _titled(memory, noun) if noun in TITLE_WORDS else memory.by_head(noun)
    country = countries.last if noun in COUNTRY_NOUNS else None
    if resolved is None and noun in GOVERNMENT_NOUNS:
        country = countries.most_named()
    if resolved is None and country is not None:
        span = token.doc[
            min([c.i for c in token.children if c.dep_ == "det"] + [token.i]) : token.i + 1
        ]
        return _country_mention(span, country, token, article_id)
    if resolved is None:
        return None
    start = min([c.left_edge.i for c in token.children if c.dep_ in _MODIFIER_DEPS] + [token.i])
    span = token.doc[start : token.i + 1]
    entity_type: EntityType = "person" if memory.is_person(resolved) else "organisation"
    return _mention(
        span, "description", resolved, resolved, entity_type, token, [token], article_id
    )


def _titled(memory: SpeakerMemory, title: str) -> str | None:
    """The person 'the <title>' means: of those the article titled so, the one it names
    most ('the president' is the story's president, not a president quoted once), the
    latest on a tie."""
    people = [p for p in memory.people.values() if title in p.titles]
    if not people:
        return None
    named = Counter(key for _, key in memory.sightings)
    return max(people, key=lambda p: (named[p.key], p.last_seen)).name


def _bare_title(token: Token) -> bool:
    """'the president', 'the Prime Minister': a definite title with no country to it."""
    noun = fold(token.text) if token.pos_ == "PROPN" else fold(token.lemma_ or token.text)
    return (
        token.pos_ in {"NOUN", "PROPN"}
        and token.tag_ in {"NN", "NNP"}
        and noun in TITLE_WORDS
        and noun not in HONORIFICS | ORGANISATION_WORDS  # 'the ministry' is no person
        and any(c.lower_ == "the" for c in token.children)
    )


def _title_mention(
    token: Token, memory: SpeakerMemory, article_id: str, countries: _Countries
) -> Mention | None:
    """The person a title written before anyone was titled so stands for, once the whole
    article is read ('the leader of Japan' opening a story that names Abe later)."""
    noun = fold(token.text) if token.pos_ == "PROPN" else fold(token.lemma_ or token.text)
    nation = _country_of_title(token)
    person = _titled(memory, noun) if nation is None else countries.holder(nation, noun, memory)
    if person is None:
        return None
    start = min([c.left_edge.i for c in token.children if c.dep_ in _MODIFIER_DEPS] + [token.i])
    span = token.doc[start : token.i + 1]
    return _mention(span, "description", person, person, "person", token, [token], article_id)


def _country_reference_mention(
    token: Token, article_id: str, countries: _Countries
) -> Mention | None:
    """A state named by what stands for it without its name: 'his country', 'our nation'
    (the country named last), and officials of no named state ('officials said',
    'administration officials': the country the article names most)."""
    if token.pos_ != "NOUN":
        return None
    noun = fold(token.lemma_ or token.text)
    determiners = {c.lower_ for c in token.children if c.dep_ in {"det", "poss"}}
    country = None
    if noun in COUNTRY_NOUNS and token.tag_ == "NN" and determiners & _REFERRING_DETERMINERS:
        country = countries.last
    elif noun in STATE_AGENT_NOUNS and token.tag_ == "NNS":
        modifiers = [c for c in token.children if c.dep_ in {"compound", "nmod", "poss"}]
        if all(fold(c.text) in GOVERNMENT_NOUNS for c in modifiers):
            country = countries.most_named()
    if country is None:
        return None
    start = min([c.i for c in token.children if c.dep_ in _MODIFIER_DEPS] + [token.i])
    return _country_mention(token.doc[start : token.i + 1], country, token, article_id)


def _country_named_by(token: Token) -> str | None:
    """The country a modifier names: 'U.S.', 'Israel's', 'French', 'North Korean'."""
    if token.pos_ == "PROPN":
        return country_of(token.text) or country_of_demonym(token.text)
    if token.pos_ == "ADJ" or token.dep_ in {"amod", "compound"}:
        phrase = token.doc[token.left_edge.i : token.i + 1].text
        return country_of_demonym(phrase) or country_of_demonym(token.text)
    return None


def _country_of_title(token: Token) -> str | None:
    """The country a title noun is held for: 'the French president', 'Israel's prime
    minister', 'the president of the United States'."""
    for child in token.children:
        if child.dep_ in {"amod", "compound", "poss", "nmod"} and child.i < token.i:
            country = _country_named_by(child)
            if country is not None:
                return country
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    words = obj.doc[obj.left_edge.i : obj.i + 1].text
                    country = country_of(words)
                    if country is not None:
                        return country
    return None


def _mention(
    span: TokenSpan,
    kind: MentionKind,
    key_name: str,
    name: str,
    entity_type: EntityType,
    head: Token,
    run: list[Token],
    article_id: str,
) -> Mention:
    """The mention `span` makes of `name`, keyed by `key_name`; its descriptors are read
    around `head` (the last token of the name `run`)."""
    return Mention(
        article=article_id,
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        kind=kind,
        key=entity_key(key_name, entity_type),
        name=name,
        type=entity_type,
        descriptors=_descriptors(head, run, article_id),
    )


def entity_key(name: str, entity_type: EntityType) -> str:
    """What links one actor's mentions: a person's surname, otherwise the whole name,
    folded ('Vučić' = 'Vucic'), without a leading article or a plural or possessive 's'."""
    words = [fold(w) for w in name.replace("-", " ").split()]
    words = [w for w in words if w and w not in {"the", "a", "an"} and w not in TITLE_WORDS]
    if not words:
        return fold(name)
    if entity_type == "person":
        written = [w for w in name.split() if fold(w) not in TITLE_WORDS | {"the", "a", "an"}]
        return family_name(written) or words[-1]
    if entity_type == "group":
        # 'Kosovo Serbs', 'ethnic Serbs' and 'Serbs' are one group: its plural noun
        last = words[-1]
        return last[:-1] if last.endswith("s") and len(last) > 3 else last
    return " ".join(words)


def _type(run: list[Token], titles: set[str], memory: SpeakerMemory) -> EntityType:
    words = [t.text for t in run]
    folded = [fold(w) for w in words]
    if any(w in ORGANISATION_WORDS for w in folded):
        return "organisation"
    head = run[-1]
    if head.tag_ == "NNPS" or (head.text.endswith("s") and head.lemma_ != head.text):
        return "group"  # 'Kosovo Serbs', 'the Kosovars'
    if is_person_name(words, titles) or memory.is_person(run_text(run)):
        return "person"
    last = fold(head.text)
    if len(run) > 1 and last in PLACE_NAME_WORDS | FACILITY_NAME_WORDS:
        return "place"  # 'Syntagma Square', 'Estelle Unit'
    before = head.doc[run[0].i - 1] if run[0].i > 0 else None
    if before is not None and before.lower_ in _PLACE_PREPOSITIONS:
        return "place"
    return "other"


def _phrase_start(run: list[Token], sent_start: int) -> int:
    """Where the phrase naming the actor starts: walk left over its determiner, adjectives
    and title words, never across a conjunction or punctuation."""
    doc = run[0].doc
    start: int = run[0].i
    while start > sent_start:
        before = doc[start - 1]
        if before.text == "-" and start - 2 >= sent_start and doc[start - 2].is_alpha:
            start -= 2  # 'Albanian-majority Kosovo'
            continue
        titled = fold(before.text) in TITLE_WORDS
        if before.dep_ in {"det", "amod", "compound"} or titled or before.pos_ == "ADJ":
            if before.pos_ in {"CCONJ", "PUNCT", "VERB", "ADP"}:
                break
            start -= 1
            continue
        break
    return start


def _descriptors(head: Token, run: list[Token], article_id: str) -> tuple[Span, ...]:
    """Words the outlet attaches to the actor: adjectives and title words before it,
    appositions and clauses after it."""
    inside = {t.i for t in run}
    found = []
    for child in head.children:
        if child.i in inside:
            continue
        if child.dep_ in {"amod", "compound", "nmod"} and child.i < head.i:
            if child.pos_ == "PROPN" and fold(child.text) not in TITLE_WORDS:
                continue  # part of the name, not a label
            span = head.doc[child.left_edge.i : child.i + 1]
        elif child.dep_ in _DESCRIPTOR_DEPS and child.i > head.i:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                continue  # another name ('Kosovo, Kfor'), not a label
            span = head.doc[child.left_edge.i : child.right_edge.i + 1]
        else:
            continue
        while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
            span = span[:-1]
        while len(span) > 1 and (span[0].is_punct or span[0].lower_ in {"the", "a", "an"}):
            span = span[1:]
        if any(t.is_alpha for t in span):
            found.append(Span(article_id, span.start_char, span.end_char, span.text))
    return tuple(found)
