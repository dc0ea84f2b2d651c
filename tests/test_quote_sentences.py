"""Quotes matched across articles sentence by sentence, a body and its spokesperson as one
voice, and description speakers (no model: vectors are written by hand)."""

from __future__ import annotations

import numpy as np

from storydiff.crossdoc.quote_voices import spoken_for, titled_bodies
from storydiff.crossdoc.quotes import (
    QuoteFeatures,
    QuoteMatchConfig,
    group_quotes,
    quote_similarity,
)
from storydiff.model import Analysis, Article, Quote, Sentence
from storydiff.model.quotes import rejoined

LONG_TEXT = (
    '"The Orlen quay held through the night. We will pay every dock worker in full," '
    "harbour master Ana Dale said."
)
FIRST = "The Orlen quay held through the night."
SECOND = "We will pay every dock worker in full"


def sentences(text: str, firsts: list[str]) -> tuple[Sentence, ...]:
    starts = [0] + [text.index(f) for f in firsts]
    ends = [*starts[1:], len(text)]
    return tuple(
        Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(zip(starts, ends, strict=True))
    )


def whole_quote(text: str, body: str, speaker: str | None, index: int = 0) -> Quote:
    start = text.index(body)
    return Quote(index, 0, start, start + len(body), body, "direct", speaker=speaker)


def build(
    outlet: str,
    text: str,
    quotes: list[Quote],
    vectors: list[list[float]],
    firsts: list[str] | None = None,
) -> Analysis:
    rows = np.array(vectors, dtype=np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    empty = np.zeros((0, 3), dtype=np.float32)
    return Analysis(
        Article(text, outlet=outlet),
        sentences(text, firsts or []),
        (),
        empty,
        "use",
        quotes=tuple(quotes),
        quote_embeddings=rows,
    )


def test_a_quotation_of_two_sentences_is_cut_at_the_sentence_start() -> None:
    body = f"{FIRST} {SECOND}"
    quote = whole_quote(LONG_TEXT, body, "Ana Dale")
    starts = [s.start for s in sentences(LONG_TEXT, [SECOND, "harbour master"])]
    first, second = quote.sentence_quotes(LONG_TEXT, starts)
    assert (first.text, second.text) == (FIRST, SECOND)
    assert LONG_TEXT[first.start : first.end] == FIRST
    assert LONG_TEXT[second.start : second.end] == SECOND
    assert (first.index, second.index, second.sentence, second.speaker) == (0, 0, 1, "Ana Dale")
    # the pieces, rejoined, are the quotation again
    assert rejoined(LONG_TEXT, [first, second]) == quote


def test_a_cut_that_leaves_one_word_is_not_made() -> None:
    text = '"We owe the boats to Gen. Orwin," the mayor said.'
    body = "We owe the boats to Gen. Orwin"
    quote = whole_quote(text, body, "Lisa Ortan")
    # a parser that reads 'Gen.' as a sentence end would leave 'Gen.' its own sentence
    starts = [0, text.index("Orwin")]
    assert quote.sentence_quotes(text, starts) == (quote,)


def test_each_sentence_of_a_long_quotation_finds_its_own_rendering() -> None:
    # Wire A quotes two sentences at once; Wire B quotes them apart, a paragraph between
    a = build(
        "Wire A",
        LONG_TEXT,
        [whole_quote(LONG_TEXT, f"{FIRST} {SECOND}", "Ana Dale")],
        [[1, 0, 0], [0, 1, 0]],  # one row per sentence
        [SECOND, "harbour master"],
    )
    b_first = "The quay at Orlen held all night."
    b_second = "Every dock worker will be paid in full."
    b_text = f'Dale said: "{b_first}" The storm moved east.\nDale added: "{b_second}"'
    b = build(
        "Wire B",
        b_text,
        [whole_quote(b_text, b_first, "Ana Dale", 0), whole_quote(b_text, b_second, "Ana Dale", 1)],
        [[0.95, 0.05, 0], [0.05, 0.95, 0]],
    )
    groups = group_quotes([a, b])
    assert [g.articles for g in groups] == [("wire-a", "wire-b"), ("wire-a", "wire-b")]
    assert [g.members[0].quote.text for g in groups] == [FIRST, SECOND]
    assert [g.members[1].quote.text for g in groups] == [b_first, b_second]


def test_two_sentences_one_outlet_splits_show_as_one_version() -> None:
    # Wire B renders in one sentence what Wire A says in two: both of A's sentences join
    # B's group, and A's version is shown whole, diffed against B's words
    one = "The Orlen quay held through the night and we will pay every dock worker in full"
    one_text = f'Dale said: "{one}."'
    b = build("Wire B", one_text, [whole_quote(one_text, one, "Ana Dale")], [[1, 1, 0]])
    a = build(
        "Wire A",
        LONG_TEXT,
        [whole_quote(LONG_TEXT, f"{FIRST} {SECOND}", "Ana Dale")],
        [[1, 0.4, 0], [0.4, 1, 0]],
        [SECOND, "harbour master"],
    )
    (group,) = group_quotes([b, a])
    assert [m.article for m in group.members] == ["wire-b", "wire-a"]
    version = group.members[1].quote
    assert version.text == f"{FIRST} {SECOND}" and version.parts == ()
    changes = [(c.op, c.reference, c.version) for c in group.members[1].changes]
    assert changes == [("delete", "and", "")]


def test_a_spokeswoman_titled_by_a_body_names_it() -> None:
    assert titled_bodies("Harbour Board spokeswoman Ana Dale") == {"harbour board"}
    assert titled_bodies("a spokesman for the Harbour Board, Tom Vell") == {"harbour board"}
    assert titled_bodies("the Harbour Board spokeswoman") == {"harbour board"}
    # an aide or an official may speak for themselves; a name before a comma is no body
    assert titled_bodies("Harbour Board aide Ana Dale") == set()
    assert titled_bodies("Ana Dale, spokeswoman") == set()


def test_a_body_and_its_spokeswoman_render_one_utterance() -> None:
    text_a = (
        "Harbour Board spokeswoman Ana Dale said the quay would reopen on Monday. "
        "The Harbour Board said it would pay the dock workers."
    )
    said_a = "it would pay the dock workers"
    reopen_a = "the quay would reopen on Monday"
    spokes = Quote(
        0, 0, text_a.index(reopen_a), text_a.index(reopen_a) + len(reopen_a), reopen_a,
        "indirect", speaker_text="Harbour Board spokeswoman Ana Dale", speaker="Ana Dale",
    )  # fmt: skip
    body = Quote(
        1, 1, text_a.index(said_a), text_a.index(said_a) + len(said_a), said_a, "indirect",
        speaker_text="The Harbour Board", speaker="Harbour Board",
    )  # fmt: skip
    a = build("Wire A", text_a, [spokes, body], [[0, 0, 1], [1, 0, 0]])
    text_b = 'Dale said: "We will pay every dock worker."'
    b = build(
        "Wire B",
        text_b,
        [whole_quote(text_b, "We will pay every dock worker.", "Ana Dale")],
        [[0.6, 0.4, 0]],  # cosine 0.83 with the Board's words
    )
    assert spoken_for([a, b]) == {"dale": frozenset({"harbour board"})}
    # the other-speaker penalty decides at this threshold (fixed here, whatever dev chooses)
    config = QuoteMatchConfig(threshold=0.6, cosine_weight=0.7, overlap_weight=0.3)
    shared = [g for g in group_quotes([a, b], config) if len(g.articles) == 2]
    assert [[m.quote.text for m in g.members] for g in shared] == [
        [said_a, "We will pay every dock worker."]
    ]
    # without the title the two are different named speakers, kept apart
    plain = Quote(0, 0, spokes.start, spokes.end, reopen_a, "indirect", speaker="Ana Dale")
    a_plain = build("Wire A", text_a, [plain, body], [[0, 0, 1], [1, 0, 0]])
    assert all(len(g.articles) == 1 for g in group_quotes([a_plain, b], config))


WAGES = "dock workers paid late again"


def test_a_description_speaker_costs_nothing_two_named_speakers_do() -> None:
    config = QuoteMatchConfig()
    # four content words: a shorter quote needs one named speaker saying both
    named = QuoteFeatures.of(Quote(0, 0, 0, 5, WAGES, "direct", speaker="Ana Dale"))
    other = QuoteFeatures.of(Quote(0, 0, 0, 5, WAGES, "direct", speaker="Tom Vell"))
    letter = QuoteFeatures.of(Quote(0, 0, 0, 5, WAGES, "indirect", speaker="the letter"))
    nobody = QuoteFeatures.of(Quote(0, 0, 0, 5, WAGES, "indirect"))
    base = quote_similarity(0.8, named, nobody, config)
    assert quote_similarity(0.8, named, letter, config) == base
    assert quote_similarity(0.8, named, other, config) < base


def test_a_quoted_sentence_inside_a_longer_one_sentence_quote_is_one_utterance() -> None:
    # one outlet cuts in two what the other quotes as one long sentence: the shorter
    # sentence's words are all in the longer quote, though the embeddings are far apart
    long_quote = "The Orlen quay is ours, and naturally we protest loudly when the dock is seized"
    short_quote = "And we protest loudly when the dock is seized."
    long_text, short_text = f'"{long_quote}," Dale said.', f'"{short_quote}" Dale said.'
    a = build("Wire A", long_text, [whole_quote(long_text, long_quote, "Ana Dale")], [[1, 0, 0]])
    b = build("Wire B", short_text, [whole_quote(short_text, short_quote, "Dale")], [[0, 1, 0]])
    assert [g.articles for g in group_quotes([a, b])] == [("wire-a", "wire-b")]
    # another named speaker's words are another utterance
    c = build("Wire B", short_text, [whole_quote(short_text, short_quote, "Tom Vell")], [[0, 1, 0]])
    assert len(group_quotes([a, c])) == 2
