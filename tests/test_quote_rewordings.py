"""A remark quoted directly by one outlet and reported indirectly by another shares its
words in other inflections ('I think we will carry the vote' / 'he still thought he would
carry it'); the pair score counts them (`quote_words`). Fictional speakers and events."""

from __future__ import annotations

import numpy as np

from storydiff.crossdoc.quote_words import shared_share, stems, word_stem
from storydiff.crossdoc.quotes import (
    QuoteFeatures,
    QuoteMatchConfig,
    group_quotes,
    quote_similarity,
)
from storydiff.model import Analysis, Article, Quote, QuoteKind


def features(text: str, speaker: str = "Orla Fenn") -> QuoteFeatures:
    return QuoteFeatures.of(Quote(0, 0, 0, len(text), text, "direct", speaker=speaker))


def test_inflections_of_one_word_share_a_stem() -> None:
    assert word_stem("believed") == word_stem("believe") == word_stem("believes")
    assert word_stem("bodie") == word_stem("body")  # 'bodies' folded by name_key
    assert word_stem("higher") == word_stem("high")
    assert word_stem("campaigning") == word_stem("campaign")


def test_words_of_other_meaning_keep_apart() -> None:
    assert word_stem("state") != word_stem("statement")
    assert word_stem("war") != word_stem("ward")
    assert word_stem("red") == "red"  # a stem under four letters stays whole


def test_the_share_counts_the_shorter_quote() -> None:
    short, long = frozenset({"believe", "win"}), frozenset({"believed", "win", "still"})
    assert shared_share(stems(short), stems(long)) == 1.0
    assert shared_share(frozenset(), frozenset({"win"})) == 0.0


def test_a_direct_quote_and_its_indirect_report_score_above_the_threshold() -> None:
    config = QuoteMatchConfig()
    direct = features("I believe that we can hold the ferry line")
    indirect = features("she still believed she could keep the ferry lines running")
    # the meaning is only loosely close (a cosine of 0.4), the words carry it
    assert quote_similarity(0.4, direct, indirect, config) >= config.threshold


def test_another_remark_of_the_same_speaker_on_the_topic_stays_below() -> None:
    config = QuoteMatchConfig()
    direct = features("I believe that we can hold the ferry line")
    other = features("she said the harbour board had never asked the crews about the timetable")
    assert quote_similarity(0.4, direct, other, config) < config.threshold


TEXT_A = 'Fenn told supporters: "I believe that we can hold the ferry line." Crews cheered.'
TEXT_B = "Fenn said she still believed she could keep the ferry lines running through May."


def analysis(outlet: str, text: str, body: str, kind: QuoteKind) -> Analysis:
    start = text.index(body)
    quote = Quote(0, 0, start, start + len(body), body, kind, speaker="Orla Fenn")
    empty = np.zeros((0, 2), dtype=np.float32)
    # two vectors at a cosine of 0.4: a paraphrase the embedding only half recognises
    vector = [1.0, 0.0] if kind == "direct" else [0.4, float(np.sqrt(1 - 0.16))]
    return Analysis(
        Article(text, outlet=outlet), (), (), empty, "use",
        quotes=(quote,), quote_embeddings=np.array([vector], dtype=np.float32),
    )  # fmt: skip


def test_the_direct_quote_and_the_indirect_report_form_one_group() -> None:
    a = analysis("Wire A", TEXT_A, "I believe that we can hold the ferry line", "direct")
    report = "she still believed she could keep the ferry lines running"
    b = analysis("Wire B", TEXT_B, report, "indirect")
    (group,) = group_quotes([a, b])
    assert group.articles == ("wire-a", "wire-b")


def two_quotes(
    outlet: str, text: str, bodies: list[tuple[str, QuoteKind, list[float]]]
) -> Analysis:
    quotes, vectors = [], []
    for index, (body, kind, vector) in enumerate(bodies):
        start = text.index(body)
        quotes.append(Quote(index, 0, start, start + len(body), body, kind, speaker="Orla Fenn"))
        vectors.append(vector)
    empty = np.zeros((0, 2), dtype=np.float32)
    return Analysis(
        Article(text, outlet=outlet), (), (), empty, "use",
        quotes=tuple(quotes), quote_embeddings=np.array(vectors, dtype=np.float32),
    )  # fmt: skip


def test_a_direct_version_is_diffed_against_the_direct_quote_not_the_report() -> None:
    # Wire A reports the remark and quotes it; Wire B's quote is closer to the report (by the
    # vectors), but its wording is compared with Wire A's own quotation of the remark
    a_text = 'Fenn said she backed the ferry crews. "We back the ferry crews in every step."'
    b_text = '"Of course we back the ferry crews in the steps they take," Fenn said.'
    a = two_quotes(
        "Wire A", a_text,
        [("she backed the ferry crews", "indirect", [1.0, 0.0]),
         ("We back the ferry crews in every step.", "direct", [0.8, 0.6])],
    )  # fmt: skip
    b_quote = "Of course we back the ferry crews in the steps they take"
    b = two_quotes("Wire B", b_text, [(b_quote, "direct", [1.0, 0.0])])
    (group,) = group_quotes([a, b])
    version = group.members[-1]
    assert version.article == "wire-b"
    assert version.compared_with is not None
    assert group.members[version.compared_with].quote.kind == "direct"
