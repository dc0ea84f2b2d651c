"""Who speaks for whom: a spokesperson's words are their organisation's.

'The Kremlin said it supported Belgrade' and 'Kremlin spokesman Dmitry Peskov said "we
support Belgrade"' may render one utterance: the speakers 'Kremlin' and 'Dmitry Peskov' do
not clash, since the articles call Peskov the Kremlin's spokesman. Only a spokesperson
title links a person to a body ('Kremlin aide X' or 'a White House official' may speak for
themselves), and only a body named with the title ('Kremlin spokesman', 'spokeswoman for
the Harbour Board'), never a country the person merely comes from.

A crowd quoted by what it is ('Residents said…', 'villagers said…') is a voice of its own:
its words are not those of a description of other people ('Both sides said…', 'the
council said…'), however close the two accounts; a description that may name anyone
('officials', 'people', 'sources') may stand for it, and so may a speaker of the same kind
('villagers', 'a police spokesperson' for 'Police'). A crowd is never a proper name, even
where a sentence opens with it ('Residents said…').
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Protocol

from ..extract.speaker_memory import SPEAKER_SEPARATOR, speaker_key
from ..model import Analysis
from ..text import fold
from ..text_groups import GENERIC_ACTOR_NOUNS, GROUP_COMPOUNDS, GROUP_KINDS
from ..text_names import CARRIER_NOUNS, SPOKESPERSON_TITLES

_LEADING = frozenset({"the", "a", "an"})
_LINKS = frozenset({"for", "of", "at"})
_PREPOSITIONS = frozenset({"of", "in", "at", "for", "from", "on", "with", "to", "near"})


class Voiced(Protocol):
    """What the speaker checks read of a quote (`quotes.QuoteFeatures`)."""

    @property
    def key(self) -> str: ...
    @property
    def speaks_for(self) -> frozenset[str]: ...


def same_speaker(a: str, b: str) -> bool:
    """'peskov' and 'peskov'; 'vucevic and gasic' shares a speaker with 'gasic'."""
    return a == b or bool(set(a.split(SPEAKER_SEPARATOR)) & set(b.split(SPEAKER_SEPARATOR)))


def one_voice(a: Voiced, b: Voiced) -> bool:
    """Whether one speaker is the other's spokesperson ('Dmitry Peskov' and 'Kremlin')."""
    return a.key in b.speaks_for or b.key in a.speaks_for


def spoken_for(analyses: Sequence[Analysis]) -> dict[str, frozenset[str]]:
    """Speaker key -> the keys of the bodies the articles make that speaker the spokesperson
    of ('peskov' -> {'kremlin'}), read from the quotes' speakers as written and the
    mentions of the same person."""
    bodies: dict[str, set[str]] = defaultdict(set)
    for analysis in analyses:
        for quote in analysis.quotes:
            if quote.speaker and quote.speaker_text and SPEAKER_SEPARATOR not in quote.speaker:
                bodies[speaker_key(quote.speaker)].update(titled_bodies(quote.speaker_text))
        for mention in analysis.mentions:
            if mention.type == "person":
                phrases = [mention.text, *(d.text for d in mention.descriptors)]
                for phrase in phrases:
                    bodies[speaker_key(mention.name or mention.text)].update(titled_bodies(phrase))
    return {key: frozenset(found) for key, found in bodies.items() if found}


def titled_bodies(phrase: str) -> set[str]:
    """The keys of the bodies a phrase makes someone the spokesperson of: 'Kremlin spokesman
    Dmitry Peskov' -> {'kremlin'}; 'a spokeswoman for the Harbour Board' -> {'harbour board'}."""
    words = phrase.split()
    found = set()
    for i, word in enumerate(words):
        if word.lower().strip(".,'’") not in SPOKESPERSON_TITLES:
            continue
        before = _capitalised_run(reversed(words[:i]))[::-1]
        after = words[i + 1 :]
        if after and after[0].lower() in _LINKS:
            after = after[1:]
            if after and after[0].lower() in _LEADING:
                after = after[1:]
            after = _capitalised_run(after, forward=True)
        else:
            after = []
        for run in (before, after):
            if run and (key := speaker_key(" ".join(run))):
                found.add(key)
    return found


def _capitalised_run(words: Iterable[str], *, forward: bool = False) -> list[str]:
    """The capitalised words next to a title, up to a comma ('Ana Dale, spokeswoman' names
    no body) or a possessive ('Russia's Kremlin spokesman': the Kremlin)."""
    run = []
    for word in words:
        if not word[:1].isupper() or word.endswith(("'s", "’s")):
            break
        if word.endswith(","):
            if forward:
                run.append(word.rstrip(","))
            break
        run.append(word)
    return run


def crowd_kind(speaker: str | None) -> str | None:
    """The kind of crowd a speaker names by its head word ('Residents', 'Mitrovica
    residents' -> 'residents'; 'asylum seekers' -> 'migrants'; 'Diplomats in Kerran' ->
    None), or None ('the council', 'Both sides', 'Ana Dale', 'the Farmers' Union')."""
    words = _head_phrase(speaker or "")
    if len(words) > 1 and (words[-2], words[-1]) in GROUP_COMPOUNDS:
        return GROUP_COMPOUNDS[words[-2], words[-1]]
    return GROUP_KINDS.get(words[-1]) if words else None


def crowds_differ(a: str | None, b: str | None) -> bool:
    """Whether two speakers as resolved are two different crowds, or a crowd and someone
    else: 'Residents' and 'Both sides' (or 'the council', 'Workers', 'Ana Dale'); not
    'Residents' and 'villagers', nor 'Police' and 'a police spokesperson', nor 'Residents'
    and 'officials' (who may be anyone), nor two descriptions neither of which is a crowd
    ('the company', 'the mining group')."""
    if not (a and b):
        return False
    kind_a, kind_b = crowd_kind(a), crowd_kind(b)
    if kind_a == kind_b or not (kind_a or kind_b):
        return False
    if not (kind_a and kind_b):
        crowd, other = (kind_a, b) if kind_a else (kind_b, a)
        if any(GROUP_KINDS.get(w) == crowd for w in _words(other)):
            return False  # one of the crowd ('a police spokesperson' for 'Police')
    return not (_generic(a) or _generic(b))


def _words(phrase: str) -> list[str]:
    return [fold(w.strip(".,;:'’")) for w in phrase.split()]


def _head_phrase(speaker: str) -> list[str]:
    """A speaker's words up to its first preposition ('Diplomats in Kerran' -> 'diplomats')."""
    words = _words(speaker)
    cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    return words[:cut]


def _generic(speaker: str) -> bool:
    """A speaker whose head word may name anyone: 'officials', 'local people', 'sources'."""
    head = _head_phrase(speaker)
    return bool(head) and head[-1] in GENERIC_ACTOR_NOUNS


def document_and_person(a: str | None, a_person: bool, b: str | None, b_person: bool) -> bool:
    """Whether one speaker is a document of no one named ('the letter', 'a joint statement')
    and the other a person (`named_people`): what the letter says and what one of its
    signatories says in their own words are two remarks."""
    return (a_person and _document(b)) or (b_person and _document(a))


def named_people(analyses: Sequence[Analysis]) -> frozenset[str]:
    """The speaker keys of the people the articles name ('reyl' for 'Tomas Reyl'), from the
    mentions the articles type as persons."""
    return frozenset(
        speaker_key(mention.name or mention.text)
        for analysis in analyses
        for mention in analysis.mentions
        if mention.type == "person"
    )


def _document(speaker: str | None) -> bool:
    """'the letter', 'joint statement'; not 'Dale's letter' (hers: the speaker is Dale)."""
    words = (speaker or "").split()
    if not words or any(w.endswith(("'s", "’s")) for w in words):
        return False
    return fold(words[-1].strip(".,")) in CARRIER_NOUNS
