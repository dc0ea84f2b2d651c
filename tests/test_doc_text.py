"""A Doc's text is read once and kept (nlp/doc_text.py)."""

from __future__ import annotations

import spacy

from storydiff.nlp.doc_text import doc_text


def test_the_text_read_once_is_the_docs_text_and_is_kept() -> None:
    doc = spacy.blank("en")("The ferry sailed at dawn.  The harbour reopened at noon.")
    assert doc_text(doc) == doc.text
    assert doc.user_data["storydiff_text"] == doc.text
    assert doc_text(doc) is doc_text(doc)
