"""One speaker's two remarks on one topic, which two outlets each quote apart (no model)."""

from __future__ import annotations

import numpy as np

from storydiff.crossdoc.quote_apart import quoted_apart
from storydiff.crossdoc.quotes import group_quotes
from storydiff.model import Analysis, Article, Quote

SAFER = "Mayor Tova Relling has a real plan and has made our streets safer at night."
DONE_MORE = "No mayor has done more for the harbour than Tova Relling in ten years."


def analysis(outlet: str, quotes: list[tuple[str, list[float]]]) -> Analysis:
    text = " ".join(f'Ilan Petrosk said: "{body}"' for body, _ in quotes)
    found = []
    for index, (body, _) in enumerate(quotes):
        start = text.index(body)
        found.append(
            Quote(index, 0, start, start + len(body), body, "direct", speaker="Ilan Petrosk")
        )
    vectors = np.array([v for _, v in quotes], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    empty = np.zeros((0, 3), dtype=np.float32)
    return Analysis(
        Article(text, outlet=outlet), (), (), empty, "use", quotes=tuple(found),
        quote_embeddings=vectors,
    )  # fmt: skip


def two_outlets(second_done_more: str) -> list[Analysis]:
    # the two remarks are close in meaning (one topic, one speaker); each outlet's
    # version of a remark is closer still to the other outlet's version of it
    return [
        analysis("Harbour Post", [(SAFER, [1, 0.35, 0]), (DONE_MORE, [0.45, 1, 0])]),
        analysis("Coast Wire", [(SAFER, [1, 0.4, 0.05]), (second_done_more, [0.4, 1, 0.05])]),
    ]


def shared_groups(analyses: list[Analysis]) -> list[list[str]]:
    groups = group_quotes(analyses)
    return sorted(
        sorted(m.quote.text[:12] for m in g.members) for g in groups if len(g.articles) > 1
    )


def test_two_remarks_that_both_outlets_quote_apart_stay_two_groups() -> None:
    reworded = "Relling has done more for the harbour than any mayor in ten years."
    assert shared_groups(two_outlets(reworded)) == [
        ["Mayor Tova R", "Mayor Tova R"],
        ["No mayor has", "Relling has "],
    ]


def test_quoted_apart_needs_two_outlets_with_both_and_no_clear_cross_match() -> None:
    article = {0: 0, 1: 1, 2: 0, 3: 1}.__getitem__
    weak = {(0, 3): 0.55, (1, 2): 0.5}

    def score(x: int, y: int) -> float:
        return weak.get((min(x, y), max(x, y)), 0.45)

    assert quoted_apart([0, 1], [2, 3], article, score)
    # one outlet alone has versions in both groups: a long quotation another splits
    assert not quoted_apart([0, 1], [2], article, score)
    # a clear match across the groups: one remark after all
    assert not quoted_apart([0, 1], [2, 3], article, lambda x, y: 0.7)
