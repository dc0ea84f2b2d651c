"""Framing signals in one article: how it introduces words (attribution verbs) and where it
hedges. General English word lists, not any event's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import (
    AttributionUse,
    CueStance,
    LoadedTerm,
    LoadedUse,
    Mention,
    Quote,
    Sentence,
    Span,
)
from ..text import (
    DISTANCING_REPORTING_VERBS,
    EMOTIVE_REPORTING_VERBS,
    ENDORSING_REPORTING_VERBS,
    NEUTRAL_REPORTING_VERBS,
)
from .mention_parts import OPEN_KEYS

_STANCES: dict[str, CueStance] = {
    **dict.fromkeys(NEUTRAL_REPORTING_VERBS, "neutral"),
    **dict.fromkeys(DISTANCING_REPORTING_VERBS, "distancing"),
    **dict.fromkeys(ENDORSING_REPORTING_VERBS, "endorsing"),
    **dict.fromkeys(EMOTIVE_REPORTING_VERBS, "emotive"),
}
_HEDGES = re.compile(
    r"\b(reportedly|allegedly|apparently|purportedly|supposedly|seemingly|possibly|perhaps|"
    r"it is (?:believed|thought|understood|said)|(?:is|are|was|were) (?:said|believed|thought) "
    r"to|unconfirmed|could not be (?:independently )?verified|may have|might have)\b",
    re.IGNORECASE,
)


def attribution_uses(quotes: Sequence[Quote]) -> tuple[AttributionUse, ...]:
    """The cue of every quote, with its stance."""
    uses = []
    for quote in quotes:
        if quote.cue is None or quote.cue_start is None or quote.cue_end is None:
            continue
        lemma = _lemma(quote.cue)
        stance = _STANCES.get(lemma, "neutral")
        uses.append(
            AttributionUse(quote.speaker, quote.cue, stance, quote.cue_start, quote.cue_end)
        )
    return tuple(uses)


def hedges(text: str, article_id: str) -> tuple[Span, ...]:
    """'reportedly', 'it is believed', 'could not be verified': where the outlet hedges."""
    return tuple(Span(article_id, m.start(), m.end(), m.group()) for m in _HEDGES.finditer(text))


def _lemma(cue: str) -> str:
    """'pointed to' -> 'point', 'claimed' -> 'claim', 'says' -> 'say' (rough and general)."""
    word = cue.split()[0].lower()
    irregular = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "spoke": "speak"}
    if word in irregular:
        return irregular[word]
    for suffix, replacement in (("ied", "y"), ("ies", "y"), ("ed", ""), ("es", ""), ("s", ""),
                                ("ing", "")):  # fmt: skip
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + replacement
            # 'claimed' -> 'claim', 'noted' -> 'note', 'admitted' -> 'admit'
            for candidate in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
                if candidate in _STANCES:
                    return candidate
    return word


def loaded_uses(
    terms: Sequence[LoadedTerm],
    mentions: Sequence[Mention],
    sentences: Sequence[Sentence],
    entity_of: dict[tuple[str, str], str],
) -> tuple[LoadedUse, ...]:
    """Loaded terms with the actor each is said of: the mention whose phrase or descriptors
    hold the term, else the nearest mention in the same sentence."""
    # an open title or pact no other article resolved ('the mayor' no one is titled) is no
    # actor
    mentions = [
        m for m in mentions if not m.key.startswith(OPEN_KEYS) or (m.article, m.key) in entity_of
    ]
    uses = []
    for term in terms:
        sentence = next((s for s in sentences if s.start <= term.start < s.end), None)
        target = None
        holding = [
            m
            for m in mentions
            if m.start <= term.start < m.end
            or any(d.start <= term.start < d.end for d in m.descriptors)
        ]
        if holding:
            target = holding[0]
        elif sentence is not None:
            near = [m for m in mentions if sentence.start <= m.start < sentence.end]
            if near:
                target = min(near, key=lambda m: abs(m.start - term.start))
        entity = entity_of.get((target.article, target.key)) if target is not None else None
        uses.append(LoadedUse(term.start, term.end, term.text, term.weight, entity))
    return tuple(uses)
