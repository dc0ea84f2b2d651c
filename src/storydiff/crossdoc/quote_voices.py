"""Who speaks for whom: a spokesperson's words are their organisation's.

'The Kremlin said it supported Belgrade' and 'Kremlin spokesman Dmitry Peskov said "we
support Belgrade"' may render one utterance: the speakers 'Kremlin' and 'Dmitry Peskov' do
not clash, since the articles call Peskov the Kremlin's spokesman. Only a spokesperson
title links a person to a body ('Kremlin aide X' or 'a White House official' may speak for
themselves), and only a body named with the title ('Kremlin spokesman', 'spokeswoman for
the Harbour Board'), never a country the person merely comes from.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from ..extract.speaker_memory import SPEAKER_SEPARATOR, speaker_key
from ..model import Analysis
from ..text_names import SPOKESPERSON_TITLES

_LEADING = frozenset({"the", "a", "an"})
_LINKS = frozenset({"for", "of", "at"})


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
