"""Grouping quotes across articles, word changes and the speaker table (no model)."""

from __future__ import annotations

import numpy as np

from storydiff.crossdoc.quotes import group_quotes, word_changes
from storydiff.crossdoc.speaker_table import speaker_table
from storydiff.model import Analysis, Article, Quote


def quote(text: str, body: str, speaker: str | None, index: int = 0) -> Quote:
    start = text.index(body)
    return Quote(index, 0, start, start + len(body), body, "direct", speaker=speaker)


def analysis(outlet: str, text: str, quotes: list[tuple[str, str | None, list[float]]]) -> Analysis:
    found = tuple(quote(text, body, speaker, i) for i, (body, speaker, _) in enumerate(quotes))
    vectors = np.array([v for _, _, v in quotes] or np.zeros((0, 3)), dtype=np.float32)
    if len(quotes):
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    empty = np.zeros((0, 3), dtype=np.float32)
    return Analysis(
        Article(text, outlet=outlet), (), (), empty, "use", quotes=found, quote_embeddings=vectors
    )


TEXT_A = (
    'Mayor Hollis Brandt said: "It is absolutely wrong to look for a hidden hand here." '
    'Fisherman Jonas Keel said: "The storm took every boat we had."'
)
TEXT_B = (
    'Brandt said: "It is wrong to search for any hidden hand here." '
    'Ferry captain Ilse Marr said: "Nobody warned us about the storm surge."'
)


def pair() -> list[Analysis]:
    return [
        analysis(
            "Wire A",
            TEXT_A,
            [
                (
                    "It is absolutely wrong to look for a hidden hand here.",
                    "Hollis Brandt",
                    [1, 0, 0],
                ),
                ("The storm took every boat we had.", "Jonas Keel", [0, 1, 0]),
            ],
        ),
        analysis(
            "Wire B",
            TEXT_B,
            [
                ("It is wrong to search for any hidden hand here.", "Brandt", [0.95, 0.05, 0]),
                ("Nobody warned us about the storm surge.", "Ilse Marr", [0.1, 0.9, 0.1]),
            ],
        ),
    ]


def test_same_utterance_is_grouped_and_different_speakers_are_not() -> None:
    groups = group_quotes(pair())
    shared = [g for g in groups if len(g.articles) == 2]
    assert len(shared) == 1
    assert shared[0].speaker == "Hollis Brandt"
    assert [m.article for m in shared[0].members] == ["wire-a", "wire-b"]
    # the storm quotes are close in meaning but come from two different named people
    assert sorted(len(g.members) for g in groups) == [1, 1, 2]


def test_word_changes_point_into_both_articles() -> None:
    a, b = pair()
    changes = word_changes(TEXT_A, a.quotes[0], TEXT_B, b.quotes[0])
    summary = [(c.op, c.reference, c.version) for c in changes]
    assert summary == [
        ("delete", "absolutely", ""),
        ("replace", "look", "search"),
        ("replace", "a", "any"),
    ]
    for change in changes:
        assert TEXT_A[change.reference_start : change.reference_end] == change.reference
        assert TEXT_B[change.version_start : change.version_end] == change.version
    group = next(g for g in group_quotes(pair()) if len(g.members) == 2)
    assert group.members[0].changes == () and group.members[1].compared_with == 0
    assert [(c.op, c.reference, c.version) for c in group.members[1].changes] == summary


def test_speaker_table_merges_name_forms_across_outlets() -> None:
    analyses = pair()
    rows = {r.speaker: r for r in speaker_table(analyses, group_quotes(analyses))}
    assert rows["Hollis Brandt"].counts == {"wire-a": 1, "wire-b": 1}
    assert rows["Jonas Keel"].counts == {"wire-a": 1, "wire-b": 0}
    assert rows["Ilse Marr"].counts == {"wire-a": 0, "wire-b": 1}
    assert rows["Hollis Brandt"].groups == 1


def test_articles_without_quotes_give_no_groups() -> None:
    empty = [analysis("Wire A", "No quotes here.", []), analysis("Wire B", "None.", [])]
    assert group_quotes(empty) == ()
    assert speaker_table(empty, ()) == ()


TEXT_JOINED = '"The dam held," Governor Mara Tovin said. "We will rebuild every bridge by spring."'
TEXT_ONE_SENTENCE = 'Tovin said: "Every bridge will be rebuilt by spring."'


def joined_quote() -> Quote:
    first = (1, TEXT_JOINED.index(","))
    second_start = TEXT_JOINED.index("We will")
    second = (second_start, second_start + len("We will rebuild every bridge by spring."))
    return Quote(
        0, 0, first[0], second[1], "The dam held … We will rebuild every bridge by spring.",
        "direct", parts=(first, second), segments=(first, second), speaker="Mara Tovin",
    )  # fmt: skip


def test_a_quote_in_two_sentences_gives_one_quote_per_segment() -> None:
    whole = joined_quote()
    first, second = whole.segment_quotes(TEXT_JOINED, [0, TEXT_JOINED.index('"We')])
    assert (first.text, first.sentence, first.parts) == ("The dam held", 0, ())
    assert second.text == "We will rebuild every bridge by spring."
    assert (second.sentence, second.index, second.speaker) == (1, 0, "Mara Tovin")
    assert [(p.start, p.end) for p in whole.segment_offsets] == list(whole.segments)
    one = quote(TEXT_B, "Nobody warned us about the storm surge.", "Ilse Marr")
    assert one.segment_quotes(TEXT_B) == (one,)


def test_a_quote_in_two_sentences_is_matched_segment_by_segment() -> None:
    # one vector per segment: the other outlet quotes only the second sentence
    vectors = np.array([[1, 0, 0], [0, 1, 0]], dtype=np.float32)
    empty = np.zeros((0, 3), dtype=np.float32)
    a = Analysis(
        Article(TEXT_JOINED, outlet="Wire A"), (), (), empty, "use",
        quotes=(joined_quote(),), quote_embeddings=vectors,
    )  # fmt: skip
    b = analysis(
        "Wire B", TEXT_ONE_SENTENCE,
        [("Every bridge will be rebuilt by spring.", "Mara Tovin", [0.05, 0.95, 0])],
    )  # fmt: skip
    groups = group_quotes([a, b])
    shared = [g for g in groups if len(g.articles) == 2]
    assert len(shared) == 1 and len(groups) == 2
    member = shared[0].members[0]
    assert member.quote.text == "We will rebuild every bridge by spring."
    assert TEXT_JOINED[member.quote.start : member.quote.end] == member.quote.text
    # the whole quotation still counts once in the speaker table
    assert speaker_table([a, b], groups)[0].counts == {"wire-a": 1, "wire-b": 1}


def test_a_quoted_sentence_inside_another_outlets_longer_quotation_is_one_utterance() -> None:
    long_quote = (
        "The Orlen harbour will reopen next week. Ships are waiting at the outer gate. "
        "And of course we will pay every dock worker in full."
    )
    short_quote = "Of course we will pay every single dock worker in full."
    long_text, short_text = f'"{long_quote}" Dale said.', f'"{short_quote}" Dale said.'
    # embeddings far apart (a long quotation dilutes its sentence): only the words link them
    a = analysis("Wire A", long_text, [(long_quote, "Ana Dale", [1, 0, 0])])
    b = analysis("Wire B", short_text, [(short_quote, "Ana Dale", [0, 1, 0])])
    assert [g.articles for g in group_quotes([a, b])] == [("wire-a", "wire-b")]
    # another speaker, or a one-sentence quotation on the other side, is not enough
    other = analysis("Wire B", short_text, [(short_quote, "Karel Brana", [0, 1, 0])])
    assert len(group_quotes([a, other])) == 2
    one = analysis("Wire A", f'"{short_quote}" Dale said.', [(short_quote, "Ana Dale", [1, 0, 0])])
    assert len(group_quotes([one, b])) == 2
