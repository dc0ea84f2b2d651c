"""Grouping quotes across articles, word changes and the speaker table (no model)."""

from __future__ import annotations

import numpy as np

from storydiff.crossdoc.quotes import group_quotes, speaker_table, word_changes
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
