"""spaCy's entity recogniser as a judge of extracted speakers (attribution_eval.py): how many
are typed as what never speaks (a place, a building, a law, a date, an event)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

# spaCy labels of what never speaks; GPE is left out on purpose ('Russia said' is its
# government speaking), and counted beside them.
NEVER_SPEAKERS = frozenset({"LOC", "FAC", "LAW", "DATE", "TIME", "EVENT"})


def spacy_ner_judge(nlp: Any) -> Any:
    """spaCy's entity recogniser, run on each Doc after extraction so that it judges the
    speakers without informing them (None when the model has no NER)."""
    if "ner" not in nlp.pipe_names and "ner" not in nlp.disabled:
        return None
    return nlp.get_pipe("ner")


def count_typed_speakers(
    judge: Any, doc: Any, quotes: Sequence[Any], typed: Counter[str], examples: list[str]
) -> None:
    if not doc.has_annotation("ENT_IOB"):
        judge(doc)
    for quote in quotes:
        if quote.speaker_start is None or quote.speaker is None:
            continue
        span = doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")
        if span is None:
            continue
        label = span.root.ent_type_
        if label in NEVER_SPEAKERS or label == "GPE":
            typed[label] += 1
            if label in NEVER_SPEAKERS:
                examples.append(f"{label}: {span.text!r} -> {quote.speaker!r}")
