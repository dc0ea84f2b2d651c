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

from typing import TYPE_CHECKING

from ..text import fold
from ..text_groups import (
    GOVERNMENT_NOUNS,
)
from ..text_names import (
    COMPANY_NOUNS,
    EVENT_NOUNS,
    FEMALE_WORDS,
    FORMER_HOLDER_WORDS,
    GROUP_PRONOUNS,
    INSCRIPTION_WORDS,
    LAW_NAME_WORDS,
    MALE_WORDS,
    NAMED_BODY_WORDS,
    PERSON_PRONOUNS,
    TIME_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
)
from .name_runs import (
    is_person_name,
    name_runs,
    names_a_thing,
    run_text,
    title_case,
    titles_the_next_name,
)
from .speaker_memory import SPEAKER_SEPARATOR, SpeakerMemory

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})

# (unions of word lists, made once: a set union on each call costs more than the test)
_TIME_OR_EVENT_NOUNS = TIME_NOUNS | EVENT_NOUNS
_GENDERED_WORDS = MALE_WORDS | FEMALE_WORDS


def is_person_run(run: list[Token], titles: set[str], memory: SpeakerMemory) -> bool:
    """Whether a name run names a person: titles, two-word names that name no thing, and
    what the article said before."""
    if titles_the_next_name(run):
        return False
    if not any(titles) and run[0].i > 0 and run[0].doc[run[0].i - 1].lower_ == "the":
        return False  # 'the Open Door shelter', 'the Ninth District': a thing or a body
    if run[-1].tag_ == "NNPS" and not any(titles) and not _given_and_family(run, memory):
        return False  # 'Central Americans', 'Nuclear Weapons' in a headline: a plural
    # a modifier alone ('National Guard', 'Foreign Office') titles nobody
    titles = _role(titles) | (titles & {""})
    return is_person_name([t.text for t in run], titles) or memory.is_person(run_text(run))


def _given_and_family(run: list[Token], memory: SpeakerMemory) -> bool:
    """A name the tagger reads as a plural that still names a person: one the article named
    so before, or a given name and a family name ending in -s ('Ama Hoopes') in running
    text."""
    if memory.is_person(run_text(run)):
        return True
    return len(run) == 2 and run[0].tag_ == "NNP" and not title_case(run[0].sent)


def _gender(run: list[Token]) -> str | None:
    """'Mrs. Dale', 'spokeswoman Ana Dale', 'Ana Dale, the committee's chairwoman,': the
    gender the words before a name, or a noun in apposition to it, tell."""
    head = run[-1]
    described = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        described.append(head.head)
    for noun in described:
        word = fold(noun.text)
        if word in _GENDERED_WORDS:
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
    if head.pos_ in {"NOUN", "ADV"} and fold(head.lemma_ or head.text) in _TIME_OR_EVENT_NOUNS:
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


def _subject_before(memory: SpeakerMemory, span: Span) -> frozenset[str]:
    """'Penn was in Varsk to meet its leader Tomas Reiner. He described the trip…': a pronoun
    with no person named before it in its own sentence stands first for the one person the
    sentence before has as its subject (whom that sentence is about), not for the one it
    named last. The keys of the people named in that subject; none when the pronoun's
    sentence named someone first."""
    sent = span.sent
    if sent.start == 0 or memory.named_between(sent.start_char, span.start_char):
        return frozenset()
    previous = span.doc[sent.start - 1].sent
    subjects = [c for c in previous.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1:
        return frozenset()
    subject = subjects[0]
    end = subject.right_edge.idx + len(subject.right_edge.text)
    return frozenset(memory.named_between(subject.left_edge.idx, end))


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


def _person_pronoun(memory: SpeakerMemory, span: Span, at: int, pronoun: str) -> str | None:
    """The person a speaking 'he'/'she'/'I' stands for. 'Gov. Ana Dale is sending troops, she
    announced': named earlier in this sentence, before any quotation marks ('"I met Ana Dale,"
    he said' is someone else; 'Sen. Ana Dale scolded him: "…," she said' is Dale)."""
    before = span.doc[span.sent.start : span.start]
    marks = [t.i for t in before if t.is_quote]
    observe_sentence(memory, span.doc[span.sent.start : marks[0]] if marks else before)
    subject = _subject_before(memory, span)
    return memory.nearest_person(at, pronoun, subject)


def resolve(memory: SpeakerMemory, span: Span) -> str | None:
    """The speaker a span names, in its fullest form; None when it names nobody."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words:
        return None
    lowered = [fold(t.text) for t in words]
    if len(words) == 1 and lowered[0] in PERSON_PRONOUNS | {"i"}:
        return _person_pronoun(memory, span, words[0].idx, lowered[0])
    if len(words) == 1 and lowered[0] in GROUP_PRONOUNS | {"we"}:
        plural = _plural_subject_before(span) if lowered[0] == "they" else None
        if plural is not None:
            return resolve(memory, plural)
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
    appositions = appositions or _closing_apposition(span)
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
        named_aside = bool(appositions) and appositions[0] in run  # "the UN's agency, Ulno,"
        if (head.pos_ == "PROPN" and head in run) or named_aside or _people_of(run, head):
            memory.observe(name, set(), run[0].idx, person=False)
            return name
    named = _named_by_description(memory, span, words, appositions, bool(runs))
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


def _plural_subject_before(span: Span) -> Span | None:
    """'When officers arrived, they found…': a plural subject earlier in the sentence (not
    inside quotation marks) is what 'they' stands for, before any group named earlier."""
    before = span.doc[span.sent.start : span.start]
    if any(t.is_quote for t in before):
        return None
    subjects = [t for t in before if t.dep_ == "nsubj" and t.tag_ in {"NNS", "NNPS"}]
    if not subjects:
        return None
    noun = subjects[-1]
    return span.doc[noun.left_edge.i : noun.i + 1]


def _closing_apposition(span: Span) -> list[Token]:
    """A name set off by a comma at the end of a description, which the parser hangs on the
    description's last noun ("Nato's mission in Velka, Orlex", "the wife of Karel Brana, Ana
    Dale"): the name of the speaker the description describes."""
    if span.root.pos_ != "NOUN":
        return []
    last = [t for t in span if not t.is_punct][-1:]
    if not last or last[0].pos_ != "PROPN":
        return []
    token = last[0]
    while token.dep_ != "appos" and token.head.i != token.i and token.head.i > token.i - 4:
        token = token.head  # from the name's last word to its head
        if token.i < span.start:
            return []
    before = span.doc[token.left_edge.i - 1] if token.left_edge.i > span.start else None
    if token.dep_ == "appos" and before is not None and before.text == ",":
        return [token]
    return []


def _named_by_description(
    memory: SpeakerMemory, span: Span, words: list[Token], appositions: list[Token], runs: bool
) -> str | None:
    """The person or body a description names: the name set off by commas, the holder of a
    title, or the body a noun refers back to; None when it names none."""
    head = span.root
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
        noun = fold(head.text)
        named = memory.by_head(noun)
        if named is None and noun in COMPANY_NOUNS:
            return memory.company_named_in(span.sent.text)
        return named
    return None
