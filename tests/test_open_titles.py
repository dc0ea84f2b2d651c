"""Open titles ('the attorney general' no one in its article holds): resolved across the
articles or dropped, and never the target of a loaded word when dropped (no model)."""

from __future__ import annotations

from storydiff.crossdoc.entity_titles import resolve_open_titles
from storydiff.extract.framing import loaded_uses
from storydiff.extract.mention_parts import OPEN_TITLE_KEY
from storydiff.model import LoadedTerm, Mention, Sentence


def mention(article: str, start: int, text: str, key: str, kind: str = "name") -> Mention:
    return Mention(
        article=article,
        start=start,
        end=start + len(text),
        text=text,
        kind=kind,  # type: ignore[arg-type]
        key=key,
        name=text,
        type="person",
    )


def test_an_open_title_joins_its_one_holder_and_keeps_its_own_key() -> None:
    opened = mention("b", 40, "the attorney general", OPEN_TITLE_KEY + "attorney general")
    by_key = {
        "dale": [mention("a", 0, "Attorney General Ana Dale", "dale")],
        "brant": [mention("a", 60, "Deputy Attorney General Ivo Brant", "brant")],
        opened.key: [opened],
    }
    resolve_open_titles(by_key)
    assert opened.key not in by_key
    moved = by_key["dale"][-1]
    assert (moved.text, moved.key, moved.name) == (
        "the attorney general",
        opened.key,
        "Attorney General Ana Dale",
    )
    assert len(by_key["brant"]) == 1


def test_an_open_title_with_two_holders_is_dropped() -> None:
    opened = mention("b", 40, "the president", OPEN_TITLE_KEY + "president")
    by_key = {
        "dale": [mention("a", 0, "President Ana Dale", "dale")],
        "brant": [mention("a", 30, "President Ivo Brant", "brant")],
        opened.key: [opened],
    }
    resolve_open_titles(by_key)
    assert set(by_key) == {"dale", "brant"}
    assert [len(v) for v in by_key.values()] == [1, 1]


def test_a_dropped_open_title_is_no_loaded_words_target() -> None:
    text = "A mocking note about the mayor and Councillor Ana Dale appeared."
    opened = mention("a", text.index("the mayor"), "the mayor", OPEN_TITLE_KEY + "mayor")
    dale = mention("a", text.index("Councillor"), "Councillor Ana Dale", "dale")
    term = LoadedTerm(2, 9, "mocking", "mock", 0.4)
    sentence = Sentence(0, 0, len(text), text)
    uses = loaded_uses([term], [opened, dale], [sentence], {("a", "dale"): "e1"})
    assert uses[0].target == "e1"


def many(article: str, key: str, text: str, count: int) -> list[Mention]:
    return [mention(article, 100 * n, text, key) for n in range(count)]


def test_an_open_title_joins_the_holder_the_story_is_about() -> None:
    # President Dale is the story (eight mentions, named in the title's own article);
    # President Brant is named once, in passing
    opened = mention("b", 40, "the president", OPEN_TITLE_KEY + "president")
    by_key = {
        "dale": [mention("a", 0, "President Ana Dale", "dale"), *many("b", "dale", "Dale", 7)],
        "brant": [mention("a", 30, "President Ivo Brant", "brant")],
        opened.key: [opened],
    }
    resolve_open_titles(by_key)
    assert opened.key not in by_key
    assert by_key["dale"][-1].text == "the president"
    assert len(by_key["brant"]) == 1


def test_an_open_title_stays_unresolved_between_holders_mentioned_alike() -> None:
    # Dale mentioned twice as often as Brant: not enough to say whom the title means
    opened = mention("b", 40, "the president", OPEN_TITLE_KEY + "president")
    by_key = {
        "dale": [mention("a", 0, "President Ana Dale", "dale"), *many("b", "dale", "Dale", 7)],
        "brant": [
            mention("a", 30, "President Ivo Brant", "brant"),
            *many("b", "brant", "Brant", 3),
        ],
        opened.key: [opened],
    }
    resolve_open_titles(by_key)
    assert opened.key not in by_key
    assert [len(v) for v in by_key.values()] == [8, 4]


def test_an_open_title_needs_the_main_holder_named_in_its_own_article() -> None:
    # the title's article 'c' never names Dale: whom it means is unknown
    opened = mention("c", 40, "the president", OPEN_TITLE_KEY + "president")
    by_key = {
        "dale": [mention("a", 0, "President Ana Dale", "dale"), *many("b", "dale", "Dale", 7)],
        "brant": [mention("a", 30, "President Ivo Brant", "brant")],
        opened.key: [opened],
    }
    resolve_open_titles(by_key)
    assert [len(v) for v in by_key.values()] == [8, 1]
