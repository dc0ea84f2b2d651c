"""The PolNeAR scorer (attribution_eval.py) and its BRAT reader (polnear_brat.py), by hand."""

from __future__ import annotations

from helpers import load_benchmark

# The reader first: the scorer then imports this same module (one Relation class).
brat = load_benchmark("polnear_brat")
ae = load_benchmark("attribution_eval")


def test_discontinuous_span_is_a_union_of_characters() -> None:
    label, fragments = brat.parse_fragments("Content 10 20;25 40")
    assert label == "Content"
    assert fragments == ((10, 20), (25, 40))
    union = ae.chars(fragments)
    assert len(union) == 25
    assert 20 not in union and 24 not in union and 25 in union
    assert ae.chars([(0, 10), (5, 15)]) == frozenset(range(15))  # overlapping fragments


def test_overlap_is_relative_to_the_longer_span() -> None:
    a, b = ae.chars([(0, 10)]), ae.chars([(5, 10)])
    assert ae.overlap_ratio(a, b) == 0.5
    assert ae.overlap_ratio(b, a) == 0.5
    assert ae.overlap_ratio(a, ae.chars([(10, 20)])) == 0.0
    assert ae.overlap_ratio(frozenset(), frozenset()) == 0.0


def test_half_overlap_matches_at_0_3_not_at_0_8() -> None:
    predicted, gold = [ae.chars([(0, 10)])], [ae.chars([(5, 15)])]
    assert ae.match(predicted, gold, 0.3) == {0: 0}
    assert ae.match(predicted, gold, 0.8) == {}


def test_matching_is_greedy_and_one_to_one() -> None:
    gold = [ae.chars([(0, 10)])]
    predicted = [ae.chars([(0, 6)]), ae.chars([(0, 9)])]  # ratios 0.6 and 0.9
    assert ae.match(predicted, gold, 0.3) == {1: 0}
    # the best pair (1.0) goes first, though pairing 0 with 1 (0.625) and 1 with 0 (0.8)
    # would match both; 1 with 1 is 0.5
    gold = [ae.chars([(0, 10)]), ae.chars([(0, 16)])]
    predicted = [ae.chars([(0, 10)]), ae.chars([(0, 8)])]
    assert ae.match(predicted, gold, 0.6) == {0: 0}
    assert ae.match(predicted, gold, 0.5) == {0: 0, 1: 1}


def test_brat_relations_with_discontinuous_content_content2_and_broken_roles() -> None:
    ann = "\n".join(
        [
            "T1\tSource 0 5\tTrump",
            "T2\tCue 6 10\tsaid",
            "T3\tContent 11 20;25 30\tit is fine we win",
            "T4\tAttribution 6 10\tsaid",
            "T5\tContent 40 50\tmore words",
            "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3 Content2:T5",
            "E2\tAttribution:T4 Source:T99 Cue:T2 Content:T5 bogus",
            "E3\tAttribution-no-source:T8 ",
            "T6\tContent x y\tbroken",
            "continuation of a multi-line text",
        ]
    )
    parsed = brat.parse_ann(ann)
    assert parsed.relations == [
        ae.Relation(content=((11, 20), (25, 30), (40, 50)), source=((0, 5),), cue=((6, 10),)),
        ae.Relation(content=((40, 50),), source=(), cue=((6, 10),)),
    ]
    assert parsed.skipped == {
        "role with a missing T id": 1,
        "malformed role": 1,
        "relation without content": 1,
        "malformed T line": 1,
    }


def test_gold_quotes_direct_by_quotation_mark_and_deduplicated() -> None:
    text = 'Trump said "we win" and that they lose.'
    relations = [
        ae.Relation(content=((11, 19),), source=((0, 5),), cue=((6, 10),)),
        ae.Relation(content=((24, 38),), source=((0, 5),)),
        ae.Relation(content=((24, 38),)),
    ]
    gold = ae.gold_quotes(relations, text)
    assert [(g.start, g.end, g.direct) for g in gold] == [(11, 19, True), (24, 38, False)]
    assert gold[0].source_text == "Trump" and gold[0].cue_text == "said"
    assert not ae.has_quote_mark("it's the 'plan'")
    assert ae.has_quote_mark("the «plan»")


def test_named_sources() -> None:
    for named in ("Trump", "Mr. Trump", "the New York Times", "Clinton's campaign"):
        assert ae.is_named(named), named
    for unnamed in ("He", "The", "It", "They", "I", "We", "the newspaper", "Mr.", "a source"):
        assert not ae.is_named(unnamed), unnamed


def test_speaker_by_span_overlap_or_shared_word() -> None:
    source = ae.chars([(100, 109)])
    assert ae.speaker_correct((105, 110), None, source, "Mr. Trump")
    assert not ae.speaker_correct((110, 115), None, source, "Mr. Trump")
    assert ae.speaker_correct(None, "Donald Trump", source, "Mr. Trump")
    assert ae.speaker_correct(None, "Donald Trump", source, "Trump's campaign")
    assert not ae.speaker_correct(None, "Mr. Pence", source, "Mr. Trump")  # titles don't count
    assert not ae.speaker_correct(None, "the aide", source, "the source")  # nor stopwords
    assert not ae.speaker_correct(None, None, source, "Trump")


def test_prf() -> None:
    figures = ae.prf(3, 4, 3, 6)
    assert figures["precision"] == 0.75
    assert figures["recall"] == 0.5
    assert abs(figures["f1"] - 0.6) < 1e-12
    assert ae.prf(0, 0, 0, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
