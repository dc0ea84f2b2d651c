"""Who a speaker span refers to: full names for surnames, titles and pronouns.

The article is read in order and every proper-noun name is remembered with the titles
written next to it ('Kremlin spokesman Dmitry Peskov', 'Peskov, the Kremlin spokesman').
A speaker span then resolves against what came before it:
  'Peskov'                 -> 'Dmitry Peskov'  (same surname, named earlier)
  'the Kremlin spokesman'  -> 'Dmitry Peskov'  (the last person given that title)
  'he' / 'she'             -> the nearest person named before it whose gender (known from
                              a title, 'Mrs.', or an earlier pronoun) does not contradict it
  'the Kremlin'            -> 'Kremlin'        (an organisation speaks for itself)
Unresolvable spans keep their own wording, without the article ('the police' -> 'police').
A place, a building, a law, an event or a date never speaks ('Syntagma Square said' is a
misparse): its type comes from the name's last word ('Square', 'Unit', 'Act'), a weekday or
a month. spaCy's entity recogniser was measured for this and is not used: it made the parse
1.8 times slower and named speakers less accurately (docs/benchmarks.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..text import fold
from ..text_names import (
    BODY_REFERENCE_NOUNS,
    EVENT_NOUNS,
    FEMALE_WORDS,
    FORMER_HOLDER_WORDS,
    GOVERNMENT_NOUNS,
    GROUP_PRONOUNS,
    HONORIFICS,
    INSCRIPTION_WORDS,
    LAW_NAME_WORDS,
    MALE_WORDS,
    NAMED_BODY_WORDS,
    ORGANISATION_WORDS,
    PERSON_PRONOUNS,
    PRONOUN_GENDER,
    TIME_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    family_name,
    given_names,
    person_key,
    same_given_names,
)
from .name_runs import (
    is_person_name,
    name_runs,
    names_a_thing,
    run_text,
    title_case,
    titles_the_next_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Two people speaking together: 'Minister A and Minister B said' -> 'A & B'
SPEAKER_SEPARATOR = " & "
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})


def speaker_key(name: str) -> str:
    """The key that merges the forms of one speaker's name across articles: the surname
    for a person-like name, the whole folded name otherwise."""
    words = [fold(w) for w in name.replace("-", " ").split()]
    words = [w for w in words if w and w not in HONORIFICS and w not in {"the", "a", "an"}]
    if not words:
        return ""
    if any(w in ORGANISATION_WORDS for w in words):
        return " ".join(words)
    written = [w for w in name.split() if fold(w) not in HONORIFICS | {"the", "a", "an"}]
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
    mine, theirs = given_names(_name_words(name)), given_names(_name_words(known.name))
    if bool(mine) == bool(theirs):
        return False
    if relative and not theirs:
        return True
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
        if not given_names(_name_words(name)):
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
        if given_names(_name_words(name)):
            # 'Melania Trump' is the Melania Trump named before, not 'President Trump'
            full = [c for c in candidates if given_names(_name_words(c.name))]
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
        given = given_names(_name_words(name))
        found = []
        for key in self.families.get(speaker_key(name), ()):
            known = self.people[key]
            theirs = given_names(_name_words(known.name))
            if not same_given_names(given, theirs):
                continue
            if person and not known.person and theirs and theirs != given:
                continue  # 'Independence Day' lends no name to 'Day' the person
            found.append(known)
        return found

    def nearest_person(self, position: int, pronoun: str) -> str | None:
        """The person named nearest before `position` whom `pronoun` can stand for: 'she'
        skips a 'Mr.' named in between. The pronoun teaches the person's gender."""
        wanted = PRONOUN_GENDER.get(pronoun)
        for seen, key in reversed(self.sightings):
            if seen >= position:
                continue
            person = self.people[key]
            if wanted is None or person.gender in {None, wanted}:
                person.gender = person.gender or wanted
                return person.name
        return None

    def by_title(self, title: str, also: frozenset[str] = frozenset()) -> str | None:
        """The last person given the title, and the title words before it ('the inspector
        general' is not the attorney general)."""
        candidates = [p for p in self.people.values() if {title} | also <= p.titles]
        if not candidates:
            return None
        return max(candidates, key=lambda p: p.last_seen).name

    def by_head(self, noun: str) -> str | None:
        """The body 'the <noun>' refers back to: the last one named whose name ends in the
        noun, or in a word the noun stands for ('the department': 'Capitol Police')."""
        heads = BODY_REFERENCE_NOUNS.get(noun, frozenset({noun}))
        candidates = [(p.last_seen, p.name) for p in self.people.values() if not p.person]
        candidates += [(seen, name) for name, seen in self.bodies.items()]
        candidates = [c for c in candidates if fold(c[1].split()[-1]) in heads]
        if not candidates:
            return None
        return max(candidates)[1]

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
        if len(namesakes) < 2 or not given_names(_name_words(known.name)):
            return None
        return person_key(_name_words(known.name))


def _name_words(name: str) -> list[str]:
    """A name's words without honorifics or an article ('Mrs. Ana Dale' -> ['Ana', 'Dale'])."""
    return [
        w for w in name.split() if fold(w) not in HONORIFICS and w.lower() not in {"the", "a", "an"}
    ]


def is_person_run(run: list[Token], titles: set[str], memory: SpeakerMemory) -> bool:
    """Whether a name run names a person: titles, two-word names that name no thing, and
    what the article said before."""
    if titles_the_next_name(run):
        return False
    if run[-1].tag_ == "NNPS" and not any(titles):
        return False  # 'Central Americans', 'Nuclear Weapons' in a headline: a plural
    # a modifier alone ('National Guard', 'Foreign Office') titles nobody
    titles = _role(titles) | (titles & {""})
    return is_person_name([t.text for t in run], titles) or memory.is_person(run_text(run))


def _gender(run: list[Token]) -> str | None:
    """'Mrs. Dale', 'spokeswoman Ana Dale', 'Ana Dale, the committee's chairwoman,': the
    gender the words before a name, or a noun in apposition to it, tell."""
    head = run[-1]
    described = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        described.append(head.head)
    for noun in described:
        word = fold(noun.text)
        if word in MALE_WORDS | FEMALE_WORDS:
            return "m" if word in MALE_WORDS else "f"
    doc = run[0].doc
    for index in range(run[0].i - 1, max(-1, run[0].i - 5), -1):
        word = fold(doc[index].text)
        if word in MALE_WORDS:
            return "m"
        if word in FEMALE_WORDS:
            return "f"
        if not (doc[index].pos_ in {"PROPN", "NOUN", "ADJ"} or doc[index].text == "."):
            break
    return None


def can_speak(span: Span) -> bool:
    """False for a span naming what never speaks: a place, a building, a law, an event, a
    date (by its entity label or its last word), or a banner or sign ('a sign read…')."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words:
        return False
    head = span.root
    if head.pos_ == "NOUN" and fold(head.text) in INSCRIPTION_WORDS:
        return False
    if head.pos_ in {"NOUN", "ADV"} and fold(head.lemma_ or head.text) in TIME_NOUNS | EVENT_NOUNS:
        return False  # 'the coming days', 'this week', 'the election'
    if head.pos_ == "NOUN" and fold(head.lemma_ or head.text) in LAW_NAME_WORDS:
        return False  # 'the law says…', 'the new bill requires…': a text, not a speaker
    if head.pos_ != "PROPN":
        return True
    run = [t for t in words if t.pos_ == "PROPN" and t.i <= head.i]
    return not names_a_thing([fold(t.text) for t in run])


def is_inscription(span: Span) -> bool:
    """'A banner read…', 'signs saying…': written words nobody is quoted as saying."""
    return bool(span.root.pos_ == "NOUN" and fold(span.root.text) in INSCRIPTION_WORDS)


def _role(titles: set[str]) -> set[str]:
    """The role nouns worth matching 'the spokesman' against (not modifiers like 'interior')."""
    modifiers = {"vice", "deputy", "prime", "press", "interior", "defense", "defence"}
    modifiers |= {"foreign", "finance", "justice", "health", "affairs", "state", "national"}
    modifiers |= {"elect"}  # 'President-elect Ana Dale' is not the president
    roles = {t for t in titles if t and t not in modifiers}
    return roles | {TITLE_ABBREVIATIONS[t] for t in roles if t in TITLE_ABBREVIATIONS}


def role_titles(titles: set[str]) -> set[str]:
    """The role nouns among title words ('mayor', not 'national' or 'deputy')."""
    return _role(titles)


def observe_sentence(memory: SpeakerMemory, sent: Span) -> None:
    """Remember the people named in a sentence (called in reading order); not those of a
    headline in title case."""
    if title_case(sent):
        return
    for run, titles in name_runs(sent):
        title_nouns = _role(titles | _appositive_titles(run))
        if is_person_run(run, titles, memory):
            gender = _gender(run)
            memory.observe(run_text(run), title_nouns, run[0].idx, person=True, gender=gender)
        elif len(run) > 1 and fold(run[-1].text) in NAMED_BODY_WORDS:
            memory.bodies[run_text(run)] = run[0].idx


def _appositive_titles(run: list[Token]) -> set[str]:
    """'Peskov, the Kremlin spokesman,' -> {'spokesman'}; not a title held before ('Ana
    Dale, a former candidate for governor' is not 'the candidate')."""
    head = run[-1]
    nouns = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        nouns.append(head.head)
    titles = set()
    for noun in nouns:
        if not any(fold(c.text) in FORMER_HOLDER_WORDS for c in noun.children):
            titles.add(fold(noun.lemma_ or noun.text))
    return {t for t in titles if t in TITLE_WORDS}


def _government(head: Token, runs: list[tuple[list[Token], set[str]]]) -> str | None:
    """'the Obama administration' -> 'Obama administration': a leader's government speaks
    under its own name, never as another administration named before."""
    if head.pos_ != "NOUN" or fold(head.lemma_ or head.text) not in GOVERNMENT_NOUNS:
        return None
    for run, _ in runs:
        if run[-1].head.i == head.i and run[-1].i < head.i:
            return f"{run_text(run)} {head.text.lower()}"
    return None


def _modifies_the_head(
    run: list[Token], titles: set[str], head: Token, memory: SpeakerMemory
) -> bool:
    """Whether a name only tells whose the speaker is: a possessor of a common-noun head ('the
    Velka attorney general's office', 'Dale's spokesman'), or a person (or the place of a
    title) after a preposition ('an aide to Velka Gov. Ana Dale'); the speaker is then the
    head's phrase. A body after a preposition still speaks through its people ('analysts at
    Holmgate Securities', 'observers from the Mission')."""
    if head.pos_ != "NOUN":
        return False
    token, via = run[-1], set()
    while token.i != head.i and token.head.i != token.i:
        via.add(token.dep_)
        token = token.head
    if token.i != head.i:
        return False
    if "poss" in via:
        return True
    prepositional = bool(via & {"prep", "pobj"})
    # a person for sure: titled, or named as one before (a bare two-word name after 'at' is
    # as often a firm: 'Holmgate Securities')
    person = bool(titles) or memory.is_person(run_text(run))
    return prepositional and (titles_the_next_name(run) or person)


def _people_of(run: list[Token], head: Token) -> bool:
    """'analysts at Velka Securities', 'observers from the Mission': a body whose people
    speak for it, named behind a preposition on a plural noun."""
    last = run[-1]
    return (
        head.tag_ == "NNS"
        and last.dep_ == "pobj"
        and last.head.dep_ == "prep"
        and last.head.lower_ in {"at", "from", "of", "with"}
        and last.head.head.i == head.i
    )


def _titled_earlier_in_sentence(memory: SpeakerMemory, span: Span, title: str) -> str | None:
    """'… a complaint against Gov. Ana Dale, pushing back against the governor's claim': the
    person given the title earlier in the speaker's own sentence, which `memory` only learns
    once the sentence is read."""
    before = [t for t in span.sent if t.i < span.start and not t.is_space]
    found = None
    for run, titles in name_runs(before):
        if title in _role(titles | _appositive_titles(run)) and is_person_run(run, titles, memory):
            found = (run, titles)
    if found is None:
        return None
    run, titles = found
    return memory.observe(
        run_text(run), _role(titles), run[0].idx, person=True, gender=_gender(run)
    )


def _appositive_person(memory: SpeakerMemory, name: Token, title: str) -> str | None:
    """The person named in apposition to a speaker's title, outside the speaker span, set off
    by commas ('the campaign chairman, Ana Dale, said')."""
    doc = name.doc
    before, after = name.left_edge.i - 1, name.right_edge.i + 1
    if before < 0 or doc[before].text != "," or (after < len(doc) and doc[after].text != ","):
        return None
    for run, titles in name_runs(doc[name.left_edge.i : name.right_edge.i + 1]):
        if name in run and is_person_name([t.text for t in run], titles | ({title} & TITLE_WORDS)):
            roles = _role(titles | ({title} & TITLE_WORDS))
            return memory.observe(run_text(run), roles, run[0].idx, person=True)
    return None


def resolve(memory: SpeakerMemory, span: Span) -> str | None:
    """The speaker a span names, in its fullest form; None when it names nobody."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words:
        return None
    lowered = [fold(t.text) for t in words]
    if len(words) == 1 and lowered[0] in PERSON_PRONOUNS | {"i"}:
        # 'Gov. Ana Dale is sending troops, she announced': named earlier in this sentence
        # (not inside quotation marks: '"I met Ana Dale," he said' is someone else)
        before = span.doc[span.sent.start : span.start]
        if not any(t.is_quote for t in before):
            observe_sentence(memory, before)
        return memory.nearest_person(words[0].idx, lowered[0])
    if len(words) == 1 and lowered[0] in GROUP_PRONOUNS | {"we"}:
        return memory.people[memory.last_group].name if memory.last_group else None
    if title_case(span.sent):
        return span.text  # a title-case headline: resolved once the article is read
    head = span.root
    runs = name_runs([t for t in span if not t.is_space])
    people = [r for r in runs if is_person_name([t.text for t in r[0]], r[1])]
    if len(people) > 1 and any(t.lower_ == "and" for t in span):
        # 'Minister Milos Vucevic and Interior Minister Bratislav Gasic': two speakers
        return SPEAKER_SEPARATOR.join(
            memory.observe(run_text(r), _role(ts), r[0].idx, person=True) for r, ts in people
        )
    appositions = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if head.pos_ == "NOUN" and appositions:
        # "Nato's mission in Kosovo, Kfor": the name in apposition names the speaker
        runs = [r for r in runs if appositions[0] in r[0]] or runs
    government = _government(head, runs)
    if government is not None:
        memory.observe(government, set(), head.idx, person=False)
        return government
    runs = [r for r in runs if not _modifies_the_head(r[0], r[1], head, memory)]
    if runs:
        # the run nearest the head: 'Kremlin spokesman Dmitry Peskov' -> 'Dmitry Peskov'
        run, titles = max(runs, key=lambda r: (len(r[0]) > 1, r[0][-1].i == head.i))
        name = run_text(run)
        if is_person_run(run, titles, memory):
            return memory.observe(name, _role(titles), run[0].idx, person=True, gender=_gender(run))
        if (head.pos_ == "PROPN" and head in run) or _people_of(run, head):
            memory.observe(name, set(), run[0].idx, person=False)
            return name
    title = fold(head.lemma_ or head.text)
    if head.pos_ in {"NOUN", "NUM"} and appositions and not runs:
        # 'the White House spokesman, Josh Earnest, said': the name the commas set off
        named = _appositive_person(memory, appositions[0], title)
        if named:
            return named
    if title in TITLE_WORDS:
        also = frozenset(_role({fold(c.text) for c in head.children if c.dep_ == "compound"}))
        named = memory.by_title(title, also & TITLE_WORDS) or _titled_earlier_in_sentence(
            memory, span, title
        )
        if named:
            return named
    if head.pos_ == "NOUN" and any(t.lower_ == "the" for t in words):
        # 'the ministry' after 'the Interior Ministry', 'the union' after 'the Miners' Union'
        named = memory.by_head(fold(head.text))
        if named:
            return named
    # 'the police', 'some residents': the group as written, without its article
    body = [t for t in words if t.lower_ not in {"the", "a", "an", "some"}]
    text = str(span.doc[body[0].i : span.end].text).strip(" ,") if body else ""
    text = text.removesuffix("'s").removesuffix("’s")  # "the governor's claim": the governor
    if text and head.pos_ in {"NOUN", "PROPN"}:
        memory.observe(text, set(), head.idx, person=False)
        return text
    return None
