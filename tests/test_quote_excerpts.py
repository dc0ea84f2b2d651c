"""An outlet's excerpt against another's longer quotation (no model: vectors by hand)."""

from __future__ import annotations

import numpy as np

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
