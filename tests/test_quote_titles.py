"""A speaker one outlet leaves as a bare title ('a harbour spokeswoman') and another names
('Ilse Varga, the harbour spokeswoman') is one voice when the articles give that title to
that person alone (`quote_titles`): a short quote of both is one group. Fictional speakers."""

from __future__ import annotations

import numpy as np

from storydiff.crossdoc.quote_short import too_few_words
from storydiff.crossdoc.quote_titles import title_holder, title_phrase
from storydiff.crossdoc.quotes import QuoteFeatures, QuoteMatchConfig, group_quotes
from storydiff.model import Analysis, Article, Quote

HOLDERS = {
    "harbour spokeswoman": frozenset({"varga"}),
    "minister": frozenset({"varga", "oster"}),
}


def test_a_description_is_a_title() -> None:
    assert title_phrase("the harbour spokeswoman") == "harbour spokeswoman"
    assert title_phrase("a Harbour spokeswoman") == "harbour spokeswoman"
    assert title_phrase("the mayor") == "mayor"


def test_a_name_an_owner_or_a_crowd_is_no_title() -> None:
    assert title_phrase("Ilse Varga") == ""
    assert title_phrase("a spokeswoman for Ilse Varga") == ""
    assert title_phrase("Varga's aide") == ""
    assert title_phrase("residents") == ""
    assert title_phrase("") == title_phrase(None) == ""


def test_a_title_held_by_one_person_names_them() -> None:
    assert title_holder("harbour spokeswoman", HOLDERS) == "varga"
    assert title_holder("minister", HOLDERS) == ""  # two ministers: neither
    assert title_holder("fire chief", HOLDERS) == ""  # nobody holds it
    assert title_holder(None, HOLDERS) == ""


def features(text: str, speaker: str, speaker_text: str) -> QuoteFeatures:
    quote = Quote(0, 0, 0, len(text), text, "direct", speaker=speaker, speaker_text=speaker_text)
    return QuoteFeatures.of(quote, titles=HOLDERS)


def test_the_holder_vouches_for_a_short_quote_of_the_title() -> None:
    titled = features("The dam will hold", "harbour spokeswoman", "a harbour spokeswoman")
    named = features("The dam will hold", "Ilse Varga", "the harbour spokeswoman")
    assert not too_few_words(titled, named, QuoteMatchConfig().short_quote_words)


def test_another_person_or_a_shared_title_does_not_vouch() -> None:
    words = QuoteMatchConfig().short_quote_words
    titled = features("The dam will hold", "harbour spokeswoman", "a harbour spokeswoman")
    other = features("The dam will hold", "Nils Oster", "Nils Oster")
    assert too_few_words(titled, other, words)
    minister = features("The dam will hold", "minister", "the minister")
    varga = features("The dam will hold", "Ilse Varga", "the minister")
    assert too_few_words(minister, varga, words)


def analysis(outlet: str, text: str, body: str, speaker: str, speaker_text: str) -> Analysis:
    start = text.index(body)
    quote = Quote(
        0, 0, start, start + len(body), body, "direct", speaker=speaker, speaker_text=speaker_text
    )
    return Analysis(
        Article(text, outlet=outlet), (), (), np.zeros((0, 2), dtype=np.float32), "use",
        quotes=(quote,), quote_embeddings=np.array([[1.0, 0.0]], dtype=np.float32),
    )  # fmt: skip


def test_a_titled_and_a_named_version_form_one_group() -> None:
    a = analysis("Wire A", '"The dam will hold," a harbour spokeswoman said.',
                 "The dam will hold", "harbour spokeswoman", "a harbour spokeswoman")  # fmt: skip
    b = analysis("Wire B", '"The dam will hold," the harbour spokeswoman, Ilse Varga, said.',
                 "The dam will hold", "Ilse Varga", "the harbour spokeswoman")  # fmt: skip
    (group,) = group_quotes([a, b])
    assert group.articles == ("wire-a", "wire-b")


def test_the_title_of_two_holders_keeps_the_versions_apart() -> None:
    a = analysis("Wire A", '"The dam will hold," the minister said.',
                 "The dam will hold", "minister", "the minister")  # fmt: skip
    b = analysis("Wire B", '"The dam will hold," said the minister, Ilse Varga.',
                 "The dam will hold", "Ilse Varga", "the minister")  # fmt: skip
    c = analysis("Wire C", '"The dam will hold," said the minister, Nils Oster.',
                 "The dam will hold", "Nils Oster", "the minister")  # fmt: skip
    groups = group_quotes([a, b, c])
    assert not any({"wire-a"} < set(g.articles) for g in groups)
