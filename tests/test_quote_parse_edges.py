"""Quote stages on parses built by hand: shapes the small model produces now and then."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from storydiff.extract.quote_content import parenthetical_content


def test_a_parenthetical_cue_hung_on_a_noun_root_ends() -> None:
    # 'The difference, he said, now.': the parse hangs 'said' on a noun that is its own head;
    # climbing from a noun to its head must stop at the root (spaCy makes a new Token object
    # on every access, so an identity test never stops the climb)
    words = ["The", "difference", ",", "he", "said", ",", "now", "."]
    doc = Doc(
        Vocab(),
        words=words,
        heads=[1, 1, 1, 4, 1, 1, 1, 1],
        deps=["det", "ROOT", "punct", "nsubj", "parataxis", "punct", "advmod", "punct"],
        pos=["DET", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT", "ADV", "PUNCT"],
        lemmas=["the", "difference", ",", "he", "say", ",", "now", "."],
    )
    assert parenthetical_content(doc[4]) == []  # no verb to report: nothing, and no hang
