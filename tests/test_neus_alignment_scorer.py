"""The NeuS alignment scorer in benchmarks/neus_alignment.py, on hand-made fictional stories."""

from __future__ import annotations

from typing import Any

from helpers import load_benchmark

na = load_benchmark("neus_alignment")
ce = load_benchmark("conflict_eval")
Span = load_benchmark("conflict_gold").Span

# Three fictional outlets on one invented event; each sentence is one statement.
TEXTS = {
    "0": "Harbor bridge closes in Velmora. The council shut the bridge on Monday. Gulls rested.",
    "1": "Velmora bridge shut. Officials closed the harbor bridge Monday. Repairs take a year.",
    "2": "Ferries return to Velmora. The harbor bridge was closed on Monday by the council.",
}


def sentences(text: str) -> list[tuple[int, int]]:
    """Statement spans: each sentence, ending at its full stop."""
    spans, start = [], 0
    while start < len(text):
        end = text.index(".", start) + 1
        spans.append((start, end))
        start = end + 1
    return spans


SPANS = {article: sentences(text) for article, text in TEXTS.items()}


def span(article: str, words: str) -> Any:
    start = TEXTS[article].index(words)
    return Span(article, start, start + len(words))


def statement(article: str, words: str) -> tuple[str, int]:
    start = TEXTS[article].index(words)
    return next((article, i) for i, (s, e) in enumerate(SPANS[article]) if s <= start < e)


def link(*ends: tuple[str, int]) -> frozenset[tuple[str, int]]:
    return frozenset(ends)


# Gold: the closing, told in 0's second sentence, 1's second and 2's second (0-2 left out).
GOLD = [
    (span("0", "The council shut the bridge on Monday."), span("1", "Officials closed")),
    (span("1", "Officials closed the harbor bridge Monday."), span("2", "The harbor bridge")),
]
SHUT_0 = statement("0", "The council shut")
SHUT_1 = statement("1", "Officials closed")
SHUT_2 = statement("2", "The harbor bridge")


def test_the_spans_the_fixture_builds_are_the_sentences() -> None:
    assert [TEXTS["1"][s:e] for s, e in SPANS["1"]] == [
        "Velmora bridge shut.",
        "Officials closed the harbor bridge Monday.",
        "Repairs take a year.",
    ]


def test_most_covering_picks_the_statement_with_most_of_the_span_first_on_ties() -> None:
    spans = [(0, 10), (11, 20), (21, 30)]
    assert ce.most_covering(spans, 5, 19) == 1  # 8 characters of (11, 20) against 5
    assert ce.most_covering(spans, 6, 15) == 0  # 4 against 4: the first
    assert ce.most_covering(spans, 40, 50) is None


def test_inside_needs_half_of_the_statement_in_the_span() -> None:
    assert na.inside((0, 10), Span("0", 5, 30))
    assert not na.inside((0, 10), Span("0", 6, 30))
    assert not na.inside((3, 3), Span("0", 0, 30))  # an empty statement is inside nothing


def test_gold_links_map_each_span_to_one_statement_and_keep_unreachable_ones() -> None:
    two_sentences = span(
        "0", "Harbor bridge closes in Velmora. The council shut the bridge on Monday."
    )
    pairs = [(two_sentences, span("1", "Velmora bridge shut.")), (Span("2", 500, 520), GOLD[0][1])]
    links = na.gold_links(SPANS, pairs)
    # the second sentence of article 0 holds more of the two-sentence span than the first
    assert link(SHUT_0, statement("1", "Velmora bridge shut")) in links
    assert link(("2", -2), SHUT_1) in links  # no statement there: a link nothing can predict


def test_exact_links_score_precision_and_recall() -> None:
    wrong = link(statement("0", "Gulls rested"), statement("1", "Repairs take"))
    same_article = link(SHUT_0, statement("0", "Gulls rested"))
    score = na.score_story(SPANS, {link(SHUT_0, SHUT_1), wrong, same_article}, GOLD)
    links = score.links
    assert (links["tp"], links["n_pred"], links["n_gold"]) == (1, 2, 2)  # same-article dropped
    assert score.wrong_by_overlap == (wrong,)
    assert score.missed_by_overlap == (GOLD[1],)


def test_the_overlap_rule_forgives_the_other_sentence_of_a_two_sentence_span() -> None:
    first = statement("0", "Harbor bridge closes")
    gold = [
        (
            span("0", "Harbor bridge closes in Velmora. The council shut the bridge on Monday."),
            GOLD[0][1],
        )
    ]
    score = na.score_story(SPANS, {link(first, SHUT_1)}, gold)
    assert score.links["tp"] == 0  # the span maps to the second sentence, not the first
    assert score.wrong_by_overlap == ()
    assert score.missed_by_overlap == ()


def test_closing_the_gold_into_groups_adds_the_third_side() -> None:
    gold = na.gold_links(SPANS, GOLD)
    assert na.closed_links(gold) == gold | {link(SHUT_0, SHUT_2)}
    score = na.score_story(SPANS, {link(SHUT_0, SHUT_2)}, GOLD)
    assert score.links["tp"] == 0
    assert (score.closed["tp"], score.closed["n_gold"]) == (1, 3)


def test_unique_statements_are_right_outside_every_gold_span() -> None:
    predicted = {link(SHUT_0, SHUT_1), link(SHUT_1, SHUT_2)}
    score = na.score_story(SPANS, predicted, GOLD)
    unique = score.unique
    # 8 statements, 3 in the links: 5 predicted unique, and the same 5 are in no gold span
    assert (unique["tp"], unique["n_pred"], unique["n_gold"]) == (5, 5, 5)
    score = na.score_story(SPANS, {link(SHUT_0, SHUT_1)}, GOLD)
    assert (score.unique["tp"], score.unique["n_pred"]) == (5, 6)  # SHUT_2 is shared in gold


def test_error_classes_count_wrong_links_and_misses_by_position_and_fate() -> None:
    texts = {
        "0": "Bridge shut in Velmora.\n\nThe council shut the bridge on Monday. Gulls rested.",
        "1": "Velmora closes bridge.\n\nOfficials closed the bridge Monday. Repairs take a year.",
    }
    spans = {a: [(0, t.index(".") + 1), *sentences_after_blank(t)] for a, t in texts.items()}
    shut_0, shut_1 = Span("0", 25, 63), Span("1", 24, 59)
    assert texts["0"][25:63] == "The council shut the bridge on Monday."
    assert texts["1"][24:59] == "Officials closed the bridge Monday."
    pairs = [(shut_0, shut_1), (Span("0", 0, 23), Span("1", 0, 22))]  # bodies, headlines
    predicted = {frozenset({("0", 0), ("1", 1)}), frozenset({("0", 2), ("1", 2)})}
    score = na.score_story(spans, predicted, pairs)
    story = na.Story("s", texts, spans, predicted, pairs, score)
    classes = na.error_classes(story)
    assert classes["wrong, body-headline"] == 1  # headline of 0 with the body of 1
    assert classes["wrong, body-body"] == 1  # gulls with repairs
    assert classes["missed, body-body"] == 1 and classes["missed, headline-headline"] == 1
    assert classes["missed, one linked elsewhere"] == 2  # each pair has one end in a link
    assert classes["missed, a span over 2+ statements"] == 0


def sentences_after_blank(text: str) -> list[tuple[int, int]]:
    start = text.index("\n\n") + 2
    return [(start + s, start + e) for s, e in sentences(text[start:])]
