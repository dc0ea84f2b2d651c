"""One short remark of several sentences is one quote group across outlets (no model: the
vectors are written by hand, one row per sentence, so each sentence matches only its own
rendering)."""

from __future__ import annotations

import numpy as np

from storydiff.crossdoc.quote_remarks import RemarkPiece, whole_remarks
from storydiff.crossdoc.quotes import group_quotes
from storydiff.model import Analysis, Article, Quote, Sentence

FIRST, SECOND = [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]


def analysis(outlet: str, text: str, bodies: list[str], vectors: list[list[float]]) -> Analysis:
    """One article whose quotations are `bodies` (each by Mila Dorn, each a sentence or more:
    a sentence starts at every '. ' inside a body)."""
    quotes = []
    for index, body in enumerate(bodies):
        start = text.index(body)
        end = start + len(body)
        quotes.append(Quote(index, 0, start, end, body, "direct", speaker="Mila Dorn"))
    starts = [0] + [i + 2 for i in range(len(text)) if text.startswith(". ", i)]
    ends = [*starts[1:], len(text)]
    pairs = enumerate(zip(starts, ends, strict=True))
    sentences = tuple(Sentence(i, s, e, text[s:e]) for i, (s, e) in pairs)
    rows = np.array(vectors, dtype=np.float32)
    empty = np.zeros((0, 3), dtype=np.float32)
    return Analysis(
        Article(text, outlet=outlet),
        sentences,
        (),
        empty,
        "use",
        quotes=tuple(quotes),
        quote_embeddings=rows,
    )


REMARK_A = (
    "Ivo Brand broke the harbour rules for years, nobody fined him. "
    "Sela Kint broke one and they shut her stall"
)
REMARK_B = (
    "Ivo Brand broke harbour rules for years, and was never fined. "
    "Sela Kint broke one, and lost her stall"
)


def test_the_sentences_of_one_short_remark_end_in_one_group() -> None:
    # both wires quote the two sentences back to back; each sentence matches only its own
    # rendering, so matching by sentence alone would give two groups
    a_text = f'Dorn told the rally: "{REMARK_A}." The crowd cheered.'
    b_text = f'"{REMARK_B}," Dorn said on Tuesday.'
    a = analysis("Wire A", a_text, [REMARK_A], [FIRST, SECOND])
    b = analysis("Wire B", b_text, [REMARK_B], [FIRST, SECOND])
    (group,) = group_quotes([a, b])
    assert [m.quote.text for m in group.members] == [REMARK_A, REMARK_B]
    assert group.speaker == "Mila Dorn"


LONG_A = (
    "I am backing the harbour plan because the valley needs a council that will fund the "
    "night ferries and the new river wall without raising the market tax"
)
LONG_B = (
    "The harbour plan has the strongest record on flood defence of any plan put to the "
    "council in the last ten years and it will keep our streets dry"
)


def test_two_long_sentences_of_a_written_statement_stay_apart() -> None:
    # a statement both wires copy in the same order: each long sentence is a claim of its own
    a_text = f'Dorn wrote: "{LONG_A}. {LONG_B}." The vote is on Friday.'
    b_text = f'In a statement, Dorn said: "{LONG_A}. {LONG_B}."'
    body = f"{LONG_A}. {LONG_B}"
    a = analysis("Wire A", a_text, [body], [FIRST, SECOND])
    b = analysis("Wire B", b_text, [body], [FIRST, SECOND])
    groups = group_quotes([a, b])
    assert [[m.quote.text for m in g.members] for g in groups] == [
        [f"{LONG_A}.", f"{LONG_A}."],
        [LONG_B, LONG_B],
    ]


def test_halves_quoted_by_two_different_outlets_stay_apart() -> None:
    # Wire B quotes only the first sentence, Wire C only the second: no outlet besides A
    # quotes the remark whole, so nothing says the halves are one utterance elsewhere
    first, second = REMARK_A.split(". ")
    a_text = f'Dorn told the rally: "{REMARK_A}." The crowd cheered.'
    b_text = f'"{first}," Dorn said.'
    c_text = f'"{second}," Dorn said.'
    a = analysis("Wire A", a_text, [REMARK_A], [FIRST, SECOND])
    b = analysis("Wire B", b_text, [first], [FIRST])
    c = analysis("Wire C", c_text, [second], [SECOND])
    groups = group_quotes([a, b, c])
    assert [g.articles for g in groups] == [("wire-a", "wire-b"), ("wire-a", "wire-c")]


def test_a_speaker_check_has_the_last_word() -> None:
    pieces = [RemarkPiece(0, 0, 0, 5), RemarkPiece(0, 0, 30, 5), RemarkPiece(1, 0, 0, 5)]
    pieces.append(RemarkPiece(1, 0, 30, 5))
    assert whole_remarks(pieces, [[0, 2], [1, 3]], lambda left, right: True, 25) == [[0, 2, 1, 3]]
    assert whole_remarks(pieces, [[0, 2], [1, 3]], lambda left, right: False, 25) == [
        [0, 2],
        [1, 3],
    ]
    # ten words together is too many for a limit of eight
    assert len(whole_remarks(pieces, [[0, 2], [1, 3]], lambda left, right: True, 8)) == 2


def test_direct_quotations_of_one_paragraph_count_as_one_quotation_elsewhere() -> None:
    # Wire A quotes the remark in one quotation; Wire B interrupts it with its reporting
    # sentence ('"A?" Sava went on, turning to Dorn. "B."'): two quotations, one paragraph
    pieces = [RemarkPiece(0, 0, 0, 5), RemarkPiece(0, 0, 30, 5)]
    interrupted = [RemarkPiece(1, 0, 0, 5, passage=2), RemarkPiece(1, 1, 60, 5, passage=2)]
    assert whole_remarks(pieces + interrupted, [[0, 2], [1, 3]], lambda x, y: True, 25) == [
        [0, 2, 1, 3]
    ]
    # paragraphs apart, or indirect speech: two statements
    apart = [RemarkPiece(1, 0, 0, 5, passage=2), RemarkPiece(1, 1, 60, 5, passage=3)]
    assert len(whole_remarks(pieces + apart, [[0, 2], [1, 3]], lambda x, y: True, 25)) == 2
    indirect = [RemarkPiece(1, 0, 0, 5), RemarkPiece(1, 1, 60, 5)]
    assert len(whole_remarks(pieces + indirect, [[0, 2], [1, 3]], lambda x, y: True, 25)) == 2
