"""A Doc's text, read once: spaCy rebuilds `Doc.text` from every token at each read (about
a millisecond for an article), and several stages read it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = "storydiff_text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept in the Doc's `user_data` after the first read."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_KEY] = doc.text
    return text
