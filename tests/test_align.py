"""Alignment on hand-built analyses: fake embeddings make the expected groups certain."""

from __future__ import annotations

from dataclasses import replace
from typing import cast

import numpy as np
import pytest

from helpers import DAM, FLOOD, MAYOR, OTHER, analysis, near, unit
from storydiff import AlignConfig, compare_analyses
from storydiff.crossdoc.align import score_pairs
from storydiff.crossdoc.matcher import Matcher
from storydiff.model import Analysis, Article, Sentence


def test_same_fact_is_grouped_and_the_rest_is_unique() -> None:
    left = analysis(
        "Harbour Gazette",
        [
            "The river flooded 1200 homes in Lorrin on Tuesday.",
            "The dam gates were opened at dawn by engineers.",
            "The mayor thanked volunteers at the town hall.",
        ],
        [FLOOD, DAM, MAYOR],
    )
    right = analysis(
        "Valley Broadcast",
        [
            "Engineers opened the dam gates at dawn.",
            "Floodwater reached 1200 homes in Lorrin on Tuesday.",
            "Schools across the valley stay shut this week.",
        ],
        [near(DAM), near(FLOOD), OTHER],
    )
    comparison = compare_analyses([left, right])
    shared = {
        frozenset((m.article, m.sentence) for m in g.members)
        for g in comparison.statements
        if g.kind == "shared"
    }
    assert shared == {
        frozenset({("harbour-gazette", 0), ("valley-broadcast", 1)}),
        frozenset({("harbour-gazette", 1), ("valley-broadcast", 0)}),
    }
    unique = {
        (g.members[0].article, g.members[0].sentence)
        for g in comparison.unique_to("harbour-gazette")
    }
    assert unique == {("harbour-gazette", 2)}
    summary = comparison.summary.articles[0]
    assert (summary.statements, summary.shared, summary.unique) == (3, 2, 1)
    assert summary.shared_with == {"valley-broadcast": 2 / 3}


def test_offsets_point_back_to_the_source_text() -> None:
    left = analysis("A", ["The dam gates were opened at dawn.", "Nothing else."], [DAM, OTHER])
    right = analysis("B", ["Engineers opened the dam gates at dawn."], [near(DAM)])
    comparison = compare_analyses([left, right])
    for group in comparison.statements:
        for member in group.members:
            text = comparison.article(member.article).text
            assert text[member.start : member.end] == member.text


def _chain_articles() -> list[Analysis]:
    """B's first sentence sits between A's and C's in embedding space: A~B and B~C are
    close enough to link, A and C are not. (The other sentences only move the event's mean,
    which the centred cosine subtracts, away from the three.)"""
    return [
        analysis(
            "A",
            ["The river rose overnight in the valley.", "Schools shut.", "The mayor spoke."],
            [FLOOD, OTHER, MAYOR],
        ),
        analysis(
            "B",
            ["The river rose and the dam was opened.", "Schools shut.", "The mayor spoke."],
            [[0.75, 0.75, 0.0, 0.0], [0.0, 0.0, -1.0, 0.0], [0.0, 0.0, 0.0, -1.0]],
        ),
        analysis(
            "C",
            ["The dam was opened by engineers.", "Schools shut.", "The mayor spoke."],
            [DAM, [0.0, 0.0, 1.0, 1.0], [0.0, 0.0, -1.0, -1.0]],
        ),
    ]


_CHAIN_CONFIG = AlignConfig(
    threshold=0.3, link_floor=0.3, centred_weight=1.0, overlap_weight=0.0,
    paraphrase_weight=0.0, anchor_weight=0.0,
)  # fmt: skip


def test_unrelated_statements_are_not_chained_through_a_third() -> None:
    comparison = compare_analyses(_chain_articles(), config=_CHAIN_CONFIG)
    firsts = [
        set(g.articles) for g in comparison.statements if any(m.sentence == 0 for m in g.members)
    ]
    assert {"a", "b"} in firsts or {"b", "c"} in firsts  # B links to one of them...
    assert {"a", "b", "c"} not in firsts  # ...never to both


def test_one_sentence_may_cover_two_adjacent_short_ones() -> None:
    long_vec = [1.0, 1.0, 0.0, 0.0]
    left = analysis("A", ["The river rose and the dam gates were opened at dawn."], [long_vec])
    right = analysis(
        "B",
        ["The river rose overnight.", "The dam gates were opened at dawn.", "The mayor spoke."],
        [[1.0, 0.2, 0.0, 0.0], [0.2, 1.0, 0.0, 0.0], MAYOR],
    )
    config = AlignConfig(
        threshold=0.3, link_floor=0.2, centred_weight=1.0, overlap_weight=0.0,
        paraphrase_weight=0.0, anchor_weight=0.0,
    )  # fmt: skip
    comparison = compare_analyses([left, right], config=config)
    (group,) = [g for g in comparison.statements if g.kind == "shared"]
    assert [(m.article, m.sentence) for m in group.members] == [("a", 0), ("b", 0), ("b", 1)]


def test_scattered_statements_of_one_article_are_not_merged() -> None:
    long_vec = [1.0, 1.0, 0.0, 0.0]
    left = analysis("A", ["The river rose and the dam gates were opened at dawn."], [long_vec])
    right = analysis(
        "B",
        ["The river rose overnight.", "The mayor spoke.", "The dam gates were opened."],
        [[1.0, 0.2, 0.0, 0.0], MAYOR, [0.2, 1.0, 0.0, 0.0]],
    )
    config = AlignConfig(
        threshold=0.3, link_floor=0.2, centred_weight=1.0, overlap_weight=0.0,
        paraphrase_weight=0.0, anchor_weight=0.0,
    )  # fmt: skip
    comparison = compare_analyses([left, right], config=config)
    for group in comparison.statements:
        sentences = sorted(m.sentence for m in group.members if m.article == "b")
        assert sentences != [0, 2]


def _two_clause_article(vectors: list[list[float]]) -> Analysis:
    """'The mayor resigned on Monday, and the council met to choose a successor.' parsed
    as two clause units of one sentence, then a second sentence."""
    first, second = "The mayor resigned on Monday", "the council met to choose a successor."
    sentence = f"{first}, and {second}"
    text = f"{sentence} Schools stay shut."
    units = (
        replace(unit(0, 0, first, sentence=0), is_clause=True),
        replace(unit(1, len(first) + 6, second, sentence=0), is_clause=True),
        unit(2, len(sentence) + 1, "Schools stay shut.", sentence=1),
    )
    spans = (
        Sentence(0, 0, len(sentence), sentence),
        Sentence(1, len(sentence) + 1, len(text), "Schools stay shut."),
    )
    matrix = np.array(vectors, dtype=np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    return Analysis(Article(text=text, outlet="A"), spans, units, matrix, "use")


_CENTRED_ONLY = AlignConfig(
    threshold=0.3, link_floor=0.2, centred_weight=1.0, overlap_weight=0.0,
    paraphrase_weight=0.0, anchor_weight=0.0,
)  # fmt: skip


def test_a_sentence_whose_clauses_are_all_unique_is_one_unique_statement() -> None:
    left = _two_clause_article([MAYOR, DAM, FLOOD])
    right = analysis("B", ["The river rose over the town.", "Nothing else."], [near(FLOOD), OTHER])
    comparison = compare_analyses([left, right], config=_CENTRED_ONLY)
    unique = [g.members for g in comparison.unique_to("a")]
    whole = "The mayor resigned on Monday, and the council met to choose a successor."
    assert [[m.text for m in members] for members in unique] == [[whole]]
    (member,) = unique[0]
    assert comparison.article("a").text[member.start : member.end] == whole
    assert comparison.summary.articles[0].statements == 2
    # the near miss is the best over the clauses
    (closest,) = comparison.unique_to("a")[0].closest
    assert closest.article == "b"


def test_a_unique_clause_beside_a_shared_one_stays_a_clause() -> None:
    left = _two_clause_article([MAYOR, DAM, OTHER])
    right = analysis("B", ["The mayor stepped down on Monday.", "Nothing."], [near(MAYOR), FLOOD])
    comparison = compare_analyses([left, right], config=_CENTRED_ONLY)
    unique = [m.text for g in comparison.unique_to("a") for m in g.members]
    assert "the council met to choose a successor." in unique


def test_a_sentence_reporting_two_facts_links_to_both_articles_that_tell_one_each() -> None:
    # B's first sentence tells two facts, A's first one and C's first one; complete linkage
    # groups it with one of them, and the other must not read as 'only in' its article: the
    # two-fact sentence belongs to two groups, one per fact, and A and C are still never
    # grouped with each other.
    comparison = compare_analyses(_chain_articles(), config=_CHAIN_CONFIG)
    firsts = [
        {m.article for m in g.members}
        for g in comparison.statements
        if g.kind == "shared" and any(m.sentence == 0 for m in g.members)
    ]
    assert sorted(map(sorted, firsts)) == [["a", "b"], ["b", "c"]]
    assert not [
        g for g in comparison.statements if g.kind == "unique" and g.members[0].sentence == 0
    ]
    # the coverage figures count B's two-fact sentence once
    (summary_b,) = [s for s in comparison.summary.articles if s.article == "b"]
    assert summary_b.statements == 3 == len(comparison.article("b").text.split(". "))
    assert summary_b.unique == 0 and max(summary_b.shared_with.values()) <= 1.0


def test_a_near_miss_held_apart_by_evidence_says_why() -> None:
    # with the link floor above every A~C score, nothing is left over the threshold unsaid:
    # a unique statement whose closest scores over the threshold is held apart by evidence
    comparison = compare_analyses(_chain_articles(), config=_CHAIN_CONFIG)
    for group in comparison.statements:
        for near_miss in group.closest:
            if near_miss.score >= _CHAIN_CONFIG.threshold:
                assert near_miss.held_apart is not None


def _river_and_dam() -> list[Analysis]:
    """B's first sentence tells the river and the dam; A tells the river, then two dam
    statements far apart, the second closer to B's sentence."""
    left = analysis(
        "A",
        [
            "The river rose over the town.",
            "The mayor spoke.",
            "The dam gates were opened.",
            "Schools shut.",
            "The dam keepers were praised.",
        ],
        [[1.0, 0.1, 0.0, 0.0], MAYOR, [0.1, 1.0, 0.0, 0.0], OTHER, [0.3, 0.9, 0.2, 0.1]],
    )
    right = analysis(
        "B",
        ["The river rose and the dam gates were opened.", "A storm is due.", "Buses stopped."],
        [[1.0, 1.0, 0.0, 0.0], [0.0, 0.0, -1.0, 0.2], [0.0, 0.0, 0.3, -1.0]],
    )
    return [left, right]


def test_a_two_fact_sentence_takes_only_its_closest_second_statement() -> None:
    # Only the dam statement B's sentence is closest to joins it a second time; the other
    # stays unique, and its near miss says why. No restatement margin: closeness decides.
    config = replace(_CHAIN_CONFIG, restatement_margin=0.0)
    comparison = compare_analyses(_river_and_dam(), config=config)
    with_b0 = [
        sorted(m.sentence for m in g.members if m.article == "a")
        for g in comparison.statements
        if ("b", 0) in {(m.article, m.sentence) for m in g.members}
    ]
    assert sorted(with_b0) == [[0], [4]]
    (alone,) = [g for g in comparison.unique_to("a") if g.members[0].sentence == 2]
    (near_b,) = alone.closest
    assert near_b.sentence == 0 and near_b.score >= config.threshold
    assert near_b.held_apart is not None


def test_a_scattered_second_statement_under_the_margin_is_told_why_it_stays_apart() -> None:
    comparison = compare_analyses(_river_and_dam(), config=_CHAIN_CONFIG)
    bar = _CHAIN_CONFIG.threshold + _CHAIN_CONFIG.restatement_margin
    (alone,) = [g for g in comparison.unique_to("a") if g.members[0].sentence == 2]
    (near_b,) = alone.closest
    assert _CHAIN_CONFIG.threshold <= near_b.score < bar
    assert near_b.held_apart is not None
    assert near_b.held_apart.endswith(f"(a second statement of one outlet joins from {bar:.2f})")


class _RecordingMatcher:
    """Stands in for the paraphrase matcher: records the cosines it is given, scores 0."""

    def __init__(self) -> None:
        self.read: list[np.ndarray] = []

    def score_matrix(
        self, units_a: object, units_b: object, cosines: np.ndarray, floor: float
    ) -> np.ndarray:
        self.read.append(cosines.copy())
        return np.zeros(cosines.shape, dtype=np.float64)


def test_the_matcher_reads_how_close_the_best_clause_is_too() -> None:
    # A's sentence is two clauses; its second clause tells B's statement. The paraphrase
    # matcher, fitted on whole sentences, must not read only the diluted whole-sentence
    # cosine: it reads it moved towards the matching clause by `part_share`.
    left = replace(
        _two_clause_article([[1.0, 1.0, 0.0, 0.0], MAYOR, OTHER]),
        part_embeddings=np.array([[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0]], dtype=np.float32),
        part_units=(0, 0),
    )
    right = analysis("B", ["The council met to choose a successor.", "Buses ran."], [DAM, FLOOD])
    matcher = _RecordingMatcher()
    config = AlignConfig(part_share=0.5, cosine_floor=0.0)
    score_pairs([left, right], cast(Matcher, matcher), config)
    (read,) = matcher.read
    whole = float(left.embeddings[0] @ right.embeddings[0])
    assert read[0, 0] == pytest.approx(whole + 0.5 * (1.0 - whole), abs=1e-5)


def _speaker_articles(first_a: str) -> list[Analysis]:
    """The chain, with B's first sentence spoken by a minister and A's first one a little
    further from it (score between the threshold and the restatement bar)."""
    articles = _chain_articles()
    a, b, _ = articles
    vectors = a.embeddings.copy()
    vectors[0] = np.array([1.0, 0.0, 0.0, 0.4]) / np.linalg.norm([1.0, 0.0, 0.0, 0.4])
    articles[0] = replace(a, units=(unit(0, 0, first_a), *a.units[1:]), embeddings=vectors)
    spoken = unit(0, 0, "Minister Ivo Kell spoke as the river rose and the dam was opened.")
    articles[1] = replace(b, units=(spoken, *b.units[1:]))
    return articles


def test_a_statement_sharing_only_its_speaker_gets_no_second_home() -> None:
    # A paraphrase model reading 'Minister Ivo Kell …' on both sides is no evidence of one
    # fact: a second home needs a shared word about what happened (here 'river').
    grouped = compare_analyses(
        _speaker_articles("Minister Ivo Kell watched the river rise overnight."),
        config=_CHAIN_CONFIG,
    )
    assert not [g for g in grouped.unique_to("a") if g.members[0].sentence == 0]
    apart = compare_analyses(
        _speaker_articles("Minister Ivo Kell praised the flood crews overnight."),
        config=_CHAIN_CONFIG,
    )
    (alone,) = [g for g in apart.unique_to("a") if g.members[0].sentence == 0]
    near_b = next(n for n in alone.closest if n.article == "b")
    bar = _CHAIN_CONFIG.threshold + _CHAIN_CONFIG.restatement_margin
    assert _CHAIN_CONFIG.threshold <= near_b.score < bar
