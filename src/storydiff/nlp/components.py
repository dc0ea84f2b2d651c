"""spaCy components storydiff adds to the pipeline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from spacy.tokens import Doc


@Language.component("storydiff_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines, datelines and paragraphs have no
    full stop the parser could rely on, and a sentence never spans two paragraphs."""
    for token in doc[:-1]:
        if "\n" in token.text_with_ws[len(token.text) :] or (token.is_space and "\n" in token.text):
            doc[token.i + 1].is_sent_start = True
    return doc
