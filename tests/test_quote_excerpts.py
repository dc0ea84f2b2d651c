"""An outlet's excerpt against another's longer quotation (no model: vectors by hand)."""

from __future__ import annotations

import numpy as np

from storydiff.crossdoc.quote_excerpts import marked_text
from storydiff.crossdoc.quotes import group_quotes
from storydiff.model import Analysis, Article, Quote, Sentence

SORRY = "I am deeply sorry."


def build(
    outlet: str, text: str, quote: Quote, vectors: list[list[float]], firsts: list[str]
) -> Analysis:
    """`firsts`: how each sentence after the first begins."""
    rows = np.array(vectors, dtype=np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    starts = [0, *(text.index(first) for first in firsts)]
    ends = [*starts[1:], len(text)]
    sentences = tuple(
        Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(zip(starts, ends, strict=True))
    )
    empty = np.zeros((0, 3), dtype=np.float32)
    return Analysis(
        Article(text, outlet=outlet), sentences, (), empty, "use", quotes=(quote,),
        quote_embeddings=rows,
    )  # fmt: skip


def quotation(second: str) -> Analysis:
    """Coach Pavel Oren's two sentences in one quotation; the second one's embedding is far
    from the other outlet's excerpt (a longer sentence dilutes it)."""
    body = f"{SORRY} {second}"
    text = f'"{body}" coach Pavel Oren said.'
    start = text.index(body)
    quote = Quote(0, 0, start, start + len(body), body, "direct", speaker="Pavel Oren")
    return build("Wire A", text, quote, [[1, 0, 0], [0, 1, 0]], [second])


def excerpt() -> Analysis:
    body = "I am deeply sorry for young Sava"
    text = f'Oren said: "{body}."'
    start = text.index(body)
    quote = Quote(0, 0, start, start + len(body), body, "direct", speaker="Pavel Oren")
    return build("Wire B", text, quote, [[0.9, 0, 0.1]], [])


def shared_versions(second: str) -> list[str]:
    groups = [g for g in group_quotes([quotation(second), excerpt()]) if len(g.articles) > 1]
    assert len(groups) == 1
    return [m.quote.text for m in groups[0].members]


def test_a_sentence_that_restates_the_matched_one_joins_its_group() -> None:
    # 'He's led…' matched nothing on its own, but it holds the words the excerpt shares
    # with the quotation's first sentence: the excerpt is as much the second's
    second = "Nika gave her whole life to this club and I am deeply sorry."
    assert shared_versions(second) == [f"{SORRY} {second}", "I am deeply sorry for young Sava"]


def test_a_sentence_without_the_shared_words_stays_apart() -> None:
    second = "Nika gave her whole life to this club."
    assert shared_versions(second) == [SORRY, "I am deeply sorry for young Sava"]


def test_marked_text_is_what_a_mixed_quote_holds_in_marks() -> None:
    assert marked_text("his plan as “nonsense") == ["nonsense"]
    assert marked_text('he felt “very sorry” for the "young" keeper') == ["very sorry", "young"]
    assert marked_text('betraying the valley" with every vote') == ["betraying the valley"]
    assert marked_text("the plan would fail") == []


def mixed(outlet: str, text: str, body: str, speaker: str, vector: list[float]) -> Analysis:
    start = text.index(body)
    quote = Quote(0, 0, start, start + len(body), body, "mixed", speaker=speaker)
    return build(outlet, text, quote, [vector], [])


def direct(outlet: str, text: str, body: str, speaker: str, vector: list[float]) -> Analysis:
    start = text.index(body)
    quote = Quote(0, 0, start, start + len(body), body, "direct", speaker=speaker)
    return build(outlet, text, quote, [vector], [])


def test_a_mixed_quotes_marked_words_pair_it_with_the_direct_quote_holding_them() -> None:
    # the reporter's words ('his plan as') and a far embedding: only the marks link them
    excerpt = mixed(
        "Wire A", "Mayor Ruta Kell dismissed his plan as “nonsense.", "his plan as “nonsense",
        "Ruta Kell", [1, 0, 0],
    )  # fmt: skip
    said = "That is utter nonsense from start to finish"
    whole = direct("Wire B", f'"{said}," Kell said.', said, "Ruta Kell", [0, 1, 0])
    assert [g.articles for g in group_quotes([excerpt, whole])] == [("wire-a", "wire-b")]
    # another speaker's words, or a word the direct quote lacks, leave them apart
    other = direct("Wire B", f'"{said}," Oss said.', said, "Vilja Oss", [0, 1, 0])
    assert len(group_quotes([excerpt, other])) == 2
    unrelated = "That is an utter failure from start to finish"
    lacking = direct("Wire B", f'"{unrelated}," Kell said.', unrelated, "Ruta Kell", [0, 1, 0])
    assert len(group_quotes([excerpt, lacking])) == 2
