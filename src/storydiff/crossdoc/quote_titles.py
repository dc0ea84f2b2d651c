"""A speaker quoted by a bare title in one outlet and by name in another.

One outlet names nobody ('"The dam will hold," a harbour spokeswoman said'); another names
the spokeswoman ('Ilse Varga, the harbour spokeswoman, said "The dam will hold"'). The
extractor keeps the title where its article names no holder (extract/speaker_memory.py), so
the two quotes carry two speakers: 'harbour spokeswoman' and 'Ilse Varga'. They are one voice
when some article ties that title to that person (the quote's own speaker phrase, or a
mention of the person: 'Ilse Varga, the harbour spokeswoman') and to nobody else: a title
two people hold in the articles ('the minister' of finance and of health) vouches for none.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from ..extract.speaker_memory import SPEAKER_SEPARATOR, speaker_key
from ..model import Analysis
from ..text import fold
from .quote_voices import crowd_kind

_LEADING = frozenset({"the", "a", "an"})


def title_phrase(phrase: str | None) -> str:
    """A description as a title ('the police spokeswoman', 'a Police spokeswoman' ->
    'police spokeswoman'), or '' for a phrase that names someone ('Hanne Brodal', 'aide to
    Ana Dale'), owns something ('Dale's aide'), is a crowd ('residents') or is empty."""
    words = (phrase or "").replace(",", " ").split()
    while words and words[0].lower() in _LEADING:
        words = words[1:]
    if not words or any(w.endswith(("'s", "’s")) for w in words):
        return ""
    if any(w[:1].isupper() for w in words[1:]) or not all(w.isalpha() for w in words):
        return ""  # a name inside ('spokeswoman for Ana Dale'), or a figure
    title = " ".join(fold(w) for w in words)
    return "" if crowd_kind(title) else title


def held_titles(analyses: Sequence[Analysis]) -> dict[str, frozenset[str]]:
    """Title -> the speaker keys of the named people the articles give it to: from the
    quotes whose speaker phrase is a title resolved to a name ('the police spokeswoman' ->
    'Hanne Brodal'), and from the person mentions written as a title."""
    holders: dict[str, set[str]] = defaultdict(set)
    for analysis in analyses:
        for quote in analysis.quotes:
            speaker = quote.speaker or ""
            if speaker and SPEAKER_SEPARATOR not in speaker and _named(speaker):
                _hold(holders, speaker, [quote.speaker_text or ""])
        for mention in analysis.mentions:
            name = mention.name or ""
            if mention.type == "person" and _named(name):
                _hold(holders, name, [mention.text, *(d.text for d in mention.descriptors)])
    return {title: frozenset(keys) for title, keys in holders.items()}


def _hold(holders: dict[str, set[str]], name: str, phrases: Iterable[str]) -> None:
    key = speaker_key(name)
    for phrase in phrases:
        if key and (title := title_phrase(phrase)):
            holders[title].add(key)


def _named(speaker: str) -> bool:
    words = [w for w in speaker.split() if w.isalpha()]
    return bool(words) and all(w[:1].isupper() for w in words)


def title_holder(titled: str | None, holders: dict[str, frozenset[str]]) -> str:
    """The key of the one named person the articles give a bare title ('police spokeswoman'
    -> 'brodal'), or '' where nobody or several people hold it."""
    found = holders.get(title_phrase(titled), frozenset()) if titled else frozenset()
    return next(iter(found)) if len(found) == 1 else ""
