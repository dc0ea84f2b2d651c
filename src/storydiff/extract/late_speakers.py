"""Speakers resolved once the whole article is read.

`speakers` resolves a speaker span in reading order, against what came before it. Some
spans can only be resolved later: a bare title whose holder is named after it ('"…," the
mayor said. Mayor Lisa Ortan, who…') or named before with another title or none ('Dr. Ana
Velt … the health adviser said'), a headline's 'Valsek says…' before 'Oren Valsek', and a
headline in title case, whose words the tagger reads as names ('Mayor Ostrova Vows To Block
Harbour Tax'). Every rule here prefers no name to a wrong one: two candidates leave the
span as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import fold
from ..text_names import (
    COMPANY_NOUNS,
    FORMER_HOLDER_WORDS,
    HONORIFICS,
    NAMED_BODY_WORDS,
    ORGANISATION_WORDS,
    PARTY_MEMBER_WORDS,
    STAFF_TITLES,
    TITLE_WORDS,
)
from ..text_reporting import REPORTING_VERBS
from .name_runs import name_runs, run_text, title_case
from .speaker_memory import SPEAKER_SEPARATOR, SpeakerMemory
from .speakers import is_person_run, role_titles

if TYPE_CHECKING:
    from spacy.tokens import Span

# What makes a title someone's in particular: a possessor ('the state's governor'), a
# prepositional phrase ('the aide to X'), a clause, a number.
_QUALIFYING_DEPS = frozenset({"poss", "prep", "relcl", "acl", "nummod"})

# (unions of word lists, made once: a set union on each call costs more than the test)
_NO_PERSON_TITLES = HONORIFICS | ORGANISATION_WORDS


def finish(
    memory: SpeakerMemory, speaker: Span | None, resolved: str | None, at: int
) -> str | None:
    """A speaker's final name once the article is read (`at`: where the quote or its speaker
    span starts)."""
    if speaker is not None and title_case(speaker.sent):
        # a title-case headline: only a name the article gives speaks
        words = [t.text for t in speaker if not t.is_punct]
        return (
            known_name(memory, words)
            or known_name(memory, _past_titles(words))
            or _body_name(words)
        )
    if resolved and SPEAKER_SEPARATOR not in resolved and memory.is_person(resolved):
        # 'Valsek says…' in a headline, 'Oren Valsek' named only later
        return memory.full_name(resolved, at)
    if resolved and speaker is not None:
        return _title_holder(memory, speaker) or _company(memory, speaker) or resolved
    return resolved


def _company(memory: SpeakerMemory, speaker: Span) -> str | None:
    """'the drug company announced' where the one body the article heard speak is named in
    the sentence only later in its reading ('Orvenko's spray works, the company said', then
    'Orvenko says …'): that body, now the whole article is read."""
    the = any(t.lower_ == "the" for t in speaker)
    if not the or fold(speaker.root.text) not in COMPANY_NOUNS:
        return None
    return memory.company_named_in(speaker.sent.text)


def known_name(memory: SpeakerMemory, words: list[str]) -> str | None:
    """The longest known name the words start with, in its fullest form: a title-case
    headline's 'Ana Dale Vows To…' -> 'Ana Dale'; None when the article names none."""
    for end in range(len(words), 0, -1):
        name = " ".join(words[:end])
        if name in memory.bodies:
            return name
        fullest = memory.fullest(name)
        if fullest is not None:
            return fullest
    return None


def _body_name(words: list[str]) -> str | None:
    """The longest run of the words that ends as a body's name does ('Justice Department
    Says…' -> 'Justice Department'): a body is no misread verb, even in title case."""
    ends = [i for i, word in enumerate(words) if fold(word) in NAMED_BODY_WORDS and i > 0]
    return " ".join(words[: ends[-1] + 1]) if ends else None


def _past_titles(words: list[str]) -> list[str]:
    """A headline speaker's words from where a person's name may start: 'Mayor Ana Dale
    Vows' -> ['Ana', 'Dale', 'Vows']."""
    while words and (words[0].lower() in {"the", "a"} or fold(words[0]) in TITLE_WORDS):
        words = words[1:]
    return words


def _title_holder(memory: SpeakerMemory, speaker: Span) -> str | None:
    """The person a bare title ('the mayor said') names once the whole article is read."""
    title = speaker_title(speaker)
    if title is None:
        return None
    return title_holder(memory, title, speaker.start_char) or introduced_next(memory, speaker)


def speaker_title(span: Span) -> str | None:
    """The title a speaker span is when it names nobody itself: 'the mayor', 'the coronavirus
    czar' -> 'mayor', 'czar'; None for a plural, an indefinite ('a spokesman' is someone
    unnamed), an organisation ('the ministry'), and a title of someone the article's own
    holder may not be ('the state's governor', 'the former president', 'the Vermont
    senator', 'the inspector general' beside an attorney general)."""
    head = span.root
    if head.tag_ not in {"NN", "NNP"} or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children
    ):
        return None
    for child in head.children:
        if (
            child.dep_ in _QUALIFYING_DEPS
            or child.pos_ == "PROPN"
            or fold(child.text) in FORMER_HOLDER_WORDS
        ):
            return None
    noun = fold(head.text) if head.pos_ == "PROPN" else fold(head.lemma_ or head.text)
    if noun in _NO_PERSON_TITLES or noun not in role_titles({noun}):
        return None
    compounds = {fold(c.text) for c in head.children if c.dep_ == "compound"}
    if role_titles(compounds & TITLE_WORDS):
        return None  # a title of two roles is matched whole, in reading order
    return noun if noun in TITLE_WORDS else None


def title_holder(memory: SpeakerMemory, title: str, position: int) -> str | None:
    """Whom a bare title names: the one person the article titles so, before or after it;
    when nobody is titled so, the one person named before it with no role of their own
    (not for a staff title: 'the aide', 'the spokesman')."""
    people = [p for p in memory.people.values() if p.person]
    holders = [p for p in people if title in p.titles]
    if holders:
        return holders[0].name if len(holders) == 1 else None
    if title in STAFF_TITLES:
        return None  # 'the aide said' is not the congressman the article named
    # a party is no role: 'Republican Tom Rell' may still be 'the candidate'
    untitled = [
        p for p in people if p.seen[0] < position and not role_titles(p.titles) - PARTY_MEMBER_WORDS
    ]
    return untitled[0].name if len(untitled) == 1 else None


def introduced_next(memory: SpeakerMemory, span: Span) -> str | None:
    """The person the sentence after a bare-title speaker introduces: '"…," the mayor said.
    Lisa Ortan, who took office in May, …': a name first written there as its subject, with
    a clause or description hung on it, and no words of that person's own reported (a new
    speaker is someone else)."""
    doc = span.doc
    end = span.sent.end
    if end >= len(doc):
        return None
    following = doc[end].sent
    subjects = [t for t in following.root.children if t.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or subjects[0].pos_ != "PROPN" or following.root.pos_ != "VERB":
        return None
    subject = subjects[0]
    if not any(c.dep_ in {"relcl", "acl", "appos"} for c in subject.children):
        return None
    if (following.root.lemma_ or "").lower() in REPORTING_VERBS:
        return None
    for run, titles in name_runs(following):
        if subject in run and is_person_run(run, titles, memory) and not role_titles(titles):
            known = memory.find(run_text(run), subject.idx)
            if known is None or known.titles or known.seen[0] < following.start_char:
                return None  # titled otherwise, or named before: not introduced here
            return known.name
    return None


def named_next(
    memory: SpeakerMemory, speakers: list[tuple[Span | None, str | None]]
) -> list[str | None]:
    """The speakers with a bare description that the next sentence names while quoting
    again resolved to that person: 'Velka political analyst and harbour activist said…'
    then 'Speaking to reporters, political analyst Karel Brana said…' is one speaker, Karel
    Brana. News copy drops the determiner before a description whose holder it is about to
    name; 'the analyst', 'an activist' or 'analysts' are someone else, and so is a person the
    next sentence titles with none of the description's role words."""
    resolved = [name for _, name in speakers]
    for index, (span, name) in enumerate(speakers):
        if span is None or not _bare_description(span) or (name and memory.is_person(name)):
            continue
        after = span.sent.end
        people = {
            other
            for later, other in speakers[index + 1 :]
            if later is not None
            and later.sent.start == after
            and other
            and SPEAKER_SEPARATOR not in other
            and memory.is_person(other)
            and _shares_a_role(span, later.sent)
        }
        if len(people) == 1:
            resolved[index] = people.pop()
    return resolved


def _bare_description(span: Span) -> bool:
    """A singular role noun with no determiner, possessor or person's name: 'Velka political
    analyst and harbour activist', 'harbour union spokesperson'."""
    head = span.root
    if head.tag_ != "NN" or fold(head.lemma_ or head.text) not in TITLE_WORDS:
        return False
    return not any(t.dep_ in {"det", "poss"} or t.tag_ in {"DT", "PRP$"} for t in span)


def _shares_a_role(description: Span, sentence: Span) -> bool:
    roles = {fold(t.lemma_ or t.text) for t in description if t.pos_ == "NOUN"} & TITLE_WORDS
    return any(fold(t.lemma_ or t.text) in roles for t in sentence if t.pos_ == "NOUN")
