"""Outlet figures over hand-built story comparisons (no store, no models).

Two fictional stories. Story 1: Harbour Gazette (A), Lorrin Courier (B), Valley Post (C).
Story 2: A in two versions of one article, and B. Every expected figure below is counted by
hand from the groups listed in `story_one` and `story_two`.
"""

from __future__ import annotations

from storydiff.corpus.outlet_figures import ComparedStory, profile_outlets, words
from storydiff.model import (
    Article,
    ArticleFraming,
    Comparison,
    Entity,
    EntityInArticle,
    LoadedUse,
    Member,
    Mention,
    Quote,
    QuoteGroup,
    QuoteVersion,
    StatementGroup,
    Summary,
)

A, B, C = "Harbour Gazette", "Lorrin Courier", "Valley Post"


def article(article_id: str, outlet: str, *sentences: str) -> Article:
    return Article(text=" ".join(sentences), outlet=outlet, id=article_id)


def member(item: Article, phrase: str) -> Member:
    start = item.text.index(phrase)
    return Member(item.id, 0, start, start + len(phrase), phrase)


def group(group_id: str, *members: Member) -> StatementGroup:
    kind = "unique" if len(members) == 1 else "shared"
    return StatementGroup(group_id, kind, 0.9, members)


def version(item: Article, phrase: str, compared_with: int | None = None) -> QuoteVersion:
    start = item.text.index(phrase)
    quote = Quote(0, 0, start, start + len(phrase), phrase, "direct", speaker="Ilse Brandt")
    return QuoteVersion(item.id, quote, compared_with=compared_with)


def named(
    item: Article, phrase: str, labels: tuple[str, ...], descriptors: tuple[str, ...] = ()
) -> EntityInArticle:
    start = item.text.index(phrase)
    mention = Mention(item.id, start, start + len(phrase), phrase, "name", "brandt", "Ilse Brandt")
    return EntityInArticle(item.id, (mention,), labels, descriptors, start)


def comparison(articles: tuple[Article, ...], **parts: object) -> Comparison:
    summary = Summary((), 0, 0, 0, 0, "use", 0.5)
    sentences: dict[str, tuple[()]] = {a.id: () for a in articles}
    return Comparison(articles, sentences, summary=summary, **parts)  # type: ignore[arg-type]


def story_one() -> ComparedStory:
    a = article(
        "a1",
        A,
        "Gates opened at dawn.",
        "Mayor Brandt called it a reckless gamble.",
        "Ten farms flooded.",
        '"The gates stay open until Friday," she said.',
    )
    b = article(
        "b1",
        B,
        "Gates opened at dawn.",
        "Ten farms flooded.",
        "A bridge closed.",
        "Crews dug trenches.",
        '"The gates stay open until Friday," said Ilse Brandt.',
    )
    c = article(
        "c1",
        C,
        "Gates opened at dawn.",
        "Crews dug trenches.",
        '"The gates would remain open until Friday," said Ilse Brandt.',
    )
    statements = (
        group(
            "s1", member(a, "Gates opened"), member(b, "Gates opened"), member(c, "Gates opened")
        ),
        group("s2", member(a, "Ten farms flooded."), member(b, "Ten farms flooded.")),
        group("s3", member(a, "Mayor Brandt called it a reckless gamble.")),
        group("s4", member(b, "A bridge closed.")),
        group("s5", member(b, "Crews dug trenches."), member(c, "Crews dug trenches.")),
    )
    quotes = (
        QuoteGroup(
            "q1",
            "Ilse Brandt",
            (
                version(a, "The gates stay open until Friday,"),
                version(b, "The gates stay open until Friday,", 0),
                version(c, "The gates would remain open until Friday,", 0),
            ),
        ),
        QuoteGroup("q2", "Ilse Brandt", (version(a, "Ten farms flooded."),)),
    )
    entity = Entity(
        "e1",
        "Ilse Brandt",
        "person",
        (
            named(a, "Mayor Brandt", ("Mayor Brandt",), ("reckless",)),
            named(b, "Ilse Brandt", ("Ilse Brandt",)),
            named(c, "Ilse Brandt", ("Ilse Brandt",)),
        ),
        differs=True,
    )
    start = a.text.index("reckless")
    framing = (ArticleFraming("a1", loaded=(LoadedUse(start, start + 8, "reckless", 0.8),)),)
    found = comparison(
        (a, b, c), statements=statements, quotes=quotes, entities=(entity,), framing=framing
    )
    return ComparedStory(1, found, {"a1": "hg-1", "b1": "lc-1", "c1": "vp-1"})


def story_two() -> ComparedStory:
    a = article("a2", A, "The inquiry opened.", "Mayor Brandt said: we acted in time.")
    a_v2 = article(
        "a3", A, "The inquiry opened.", "Mayor Brandt said: we acted in time.", "Lawyers met."
    )
    b = article(
        "b2",
        B,
        "The inquiry opened.",
        "Brandt said: we acted in good time.",
        "The report is due in May.",
    )
    statements = (
        group(
            "s1",
            member(a, "The inquiry opened."),
            member(a_v2, "The inquiry opened."),
            member(b, "The inquiry opened."),
        ),
        group("s2", member(a, "Mayor Brandt said"), member(a_v2, "Mayor Brandt said")),
        group("s3", member(b, "The report is due in May.")),
        group("s4", member(a_v2, "Lawyers met.")),
    )
    quotes = (
        QuoteGroup(
            "q1",
            "Ilse Brandt",
            (
                version(a, "we acted in time"),
                version(a_v2, "we acted in time"),
                version(b, "we acted in good time", 0),
            ),
        ),
    )
    entity = Entity(
        "e1",
        "Ilse Brandt",
        "person",
        (
            named(a, "Mayor Brandt", ("Mayor Brandt",)),
            named(a_v2, "Mayor Brandt", ("Mayor Brandt",)),
            named(b, "Brandt", ("Brandt",)),
        ),
        differs=True,
    )
    found = comparison((a, a_v2, b), statements=statements, quotes=quotes, entities=(entity,))
    return ComparedStory(2, found, {"a2": "hg-2", "a3": "hg-2-v2", "b2": "lc-2"})


def test_statement_figures_are_counted_per_outlet_not_per_article() -> None:
    profiles = profile_outlets([story_one(), story_two()])
    a, b, c = profiles[A], profiles[B], profiles[C]
    assert (a.stories.count, a.stories.stories, a.articles) == (2, (1, 2), 3)
    assert (b.stories.count, b.articles, c.stories.stories) == (2, 2, (1,))
    # A reports s1 s2 s3 in story 1 and s1 s2 s4 in story 2; s3, s2 and s4 are only its own
    # (s2 of story 2 is in both its versions: one group of one outlet)
    assert (a.unique.count, a.unique.of, a.unique.rate) == (3, 6, 0.5)
    assert (a.unique.stories, a.unique.found_in) == ((1, 2), (1, 2))
    assert (b.unique.count, b.unique.of) == (2, 6)  # s4 of story 1, s3 of story 2
    assert (c.unique.count, c.unique.of, c.unique.rate) == (0, 2, 0.0)


def test_omissions_count_what_at_least_two_and_most_others_reported() -> None:
    profiles = profile_outlets([story_one(), story_two()])
    # story 1: both others of A report s1 and s5; A lacks s5. Story 2 has one other outlet.
    omitted = profiles[A].omitted
    assert (omitted.count, omitted.of, omitted.stories, omitted.found_in) == (1, 2, (1,), (1,))
    example = omitted.examples[0]
    assert (example.story, example.finding) == (1, "s5")
    assert [(s.outlet, s.record) for s in example.spans] == [(B, "lc-1"), (C, "vp-1")]
    assert profiles[B].omitted.count == 0 and profiles[B].omitted.of == 1  # only s1 has A and C
    assert (profiles[C].omitted.count, profiles[C].omitted.of) == (1, 2)  # s2 (A and B)


def test_quote_wording_differs_only_when_no_other_outlet_has_the_same_words() -> None:
    profiles = profile_outlets([story_one(), story_two()])
    a, b, c = profiles[A].quote_wording, profiles[B].quote_wording, profiles[C].quote_wording
    assert profiles[A].quotes.count == 3 and profiles[C].quotes.count == 1
    # story 1: A and B word q1 alike, C differs; story 2: A and B word it differently
    assert (a.count, a.of, a.found_in) == (1, 2, (2,))
    assert (b.count, b.of, b.found_in) == (1, 2, (2,))
    assert (c.count, c.of, c.rate) == (1, 1, 1.0)
    spans = c.examples[0].spans
    assert [(s.record, s.text) for s in spans] == [
        ("vp-1", "The gates would remain open until Friday,"),
        ("hg-1", "The gates stay open until Friday,"),
    ]


def test_loaded_rate_is_per_thousand_words_of_the_outlets_articles() -> None:
    loaded = profile_outlets([story_one(), story_two()])[A].loaded
    # a1: 4 + 7 + 3 + 8 words, a2: 3 + 7, a3: 3 + 7 + 2 (words, never punctuation)
    assert words("Mayor Brandt said: we acted in time.") == (
        "mayor",
        "brandt",
        "said",
        "we",
        "acted",
        "in",
        "time",
    )
    assert (loaded.count, loaded.words) == (1, 22 + 10 + 12)
    assert loaded.per_1000_words == 1000 / 44
    assert loaded.examples[0].spans[0].text == "reckless"


def test_distinctive_labels_rank_by_stories_and_exclude_shared_names() -> None:
    profiles = profile_outlets([story_one(), story_two()])
    labels = [(x.label, x.kind, x.stories) for x in profiles[A].labels]
    assert labels == [("Mayor Brandt", "label", (1, 2)), ("reckless", "descriptor", (1,))]
    assert profiles[A].labels[0].others == ("Ilse Brandt", "Brandt")
    # B's 'Ilse Brandt' is also C's in story 1; its 'Brandt' in story 2 is its own
    assert [(x.label, x.stories) for x in profiles[B].labels] == [("Brandt", (2,))]
    assert profiles[C].labels == ()


def test_every_example_span_is_the_text_at_its_offsets() -> None:
    stories = [story_one(), story_two()]
    texts = {s.records[a.id]: a.text for s in stories for a in s.comparison.articles}
    for profile in profile_outlets(stories).values():
        for figure in (profile.unique, profile.omitted, profile.quote_wording, profile.loaded):
            for evidence in figure.examples:
                for span in evidence.spans:
                    assert texts[span.record][span.start : span.end] == span.text
