"""Error classes of a new user's reading of NeuS probe stories (branch dog8), each on invented
sentences with near cases that must not change (loads the models)."""

from __future__ import annotations

import pytest

from conflict_helpers import one_statement_conflicts
from helpers import extracted_quotes

pytestmark = pytest.mark.model

DAY = "2024-05-02"


# -- 'claims' heading the subject of the verb after it is a count, not doubt ---------------


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "Disability claims soar to a record 9,000 in Tarn.",
            "Tarn disability claims soar to 9,000, the most on record.",
        ),
        (
            "Unemployment claims rise to 9,000 in Tarn.",
            "Tarn unemployment filings rise to 9,000.",
        ),
        (
            "Flood insurance claims are up sharply in Tarn this spring.",
            "Flood insurance filings are up sharply in Tarn this spring.",
        ),
    ],
)
def test_claims_heading_a_subject_is_no_doubt(left: str, right: str) -> None:
    assert "attribution" not in one_statement_conflicts(left, right, DAY)


@pytest.mark.parametrize(
    "left",
    [
        "Rell claims Tarn officials rigged the vote.",
        "The union claims mill owners are closing the Tarn mill.",
        "The dockers' union claims that the owners mean to close the Tarn mill.",
    ],
)
def test_claims_as_a_verb_still_distances(left: str) -> None:
    right = left.replace("claims", "said")
    assert one_statement_conflicts(left, right, DAY) == ["attribution"]


# -- 'conceded the race' gives something up; it reports no words ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rell conceded the race two hours after the polls closed in Tarn.",
        "Dale conceded defeat in the Velmora primary on Tuesday night.",
        "Dale phoned Rell to concede the contest about an hour after the count.",
    ],
)
def test_conceding_a_contest_is_no_quote(text: str) -> None:
    assert extracted_quotes(text) == ()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Dale conceded that the count in Velmora was fair.", "the count in Velmora was fair"),
        ('"We lost," Rell conceded on Tuesday.', "We lost"),
    ],
)
def test_conceding_a_point_in_words_is_still_a_quote(text: str, words: str) -> None:
    assert [q.text for q in extracted_quotes(text)] == [words]


# -- 'the company said' with no name made a company: the one body heard, if the sentence names it


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extracted_quotes(text)]


def test_the_company_is_the_one_body_heard_that_its_sentence_names() -> None:
    text = (
        "Orvenko: new blight spray 100% effective on barley.\n\n"
        "The Orvenko-Tessel blight spray was 100% effective in trials, the company said."
    )
    assert _speakers(text) == ["Orvenko", "Orvenko"]


def test_the_company_is_the_body_heard_later_when_its_sentence_names_it() -> None:
    text = (
        "Orvenko Says Blight Spray Shows Full Efficacy On Barley.\n\n"
        "New field trials showed that Orvenko's blight spray stops blight on barley, the seed"
        " company announced Wednesday. Orvenko and its partner Tessel say they will sell it"
        " in May."
    )
    assert _speakers(text)[1] == "Orvenko"


@pytest.mark.parametrize(
    "text",
    [
        # the body heard is of another kind
        "The Interior Ministry said the Orvenko plant broke the rules. The plant will reopen"
        " in May, the company said.",
        # the body heard is not named in the company's sentence
        "Halden News reported that Orvenko will sell its seed unit. The unit will close in"
        " May, the company said.",
        # two bodies heard: which company is meant is not told
        "Orvenko said the spray works. Tessel said it does not. The spray works in Tarn and"
        " Velmora, Orvenko and Tessel said, and the company said it would sell it in May.",
    ],
)
def test_the_company_stays_unresolved_otherwise(text: str) -> None:
    assert _speakers(text)[-1] in {"company", None}


# -- a finite verb the parse hangs on a noun is the sentence's predicate, no label ----------


def _labels(text: str) -> dict[str, set[str]]:
    from storydiff.extract.mentions import find_mentions
    from storydiff.nlp import load_spacy

    found: dict[str, set[str]] = {}
    for mention in find_mentions(load_spacy()(text), "a"):
        found.setdefault(mention.name, set()).update(d.text for d in mention.descriptors)
    return found


def test_a_relative_clause_label_stops_before_the_main_predicate() -> None:
    labels = _labels(
        "Rep. Mara Tolle Jr., who has sat for the Tarn valley’s 2nd Council Ward since 2019,"
        " called Ana Rell to concede the race two hours after the polls closed."
    )
    assert labels["Mara Tolle Jr."] == {
        "who has sat for the Tarn valley’s 2nd Council Ward since 2019"
    }
    assert not any("called" in label for found in labels.values() for label in found)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Ana Rell, the mill owner arrested on Monday, was freed.", "Ana Rell", "arrested"),
        ("Ana Rell, who runs the Tarn mill, said on Monday it would close.", "Ana Rell", "runs"),
    ],
)
def test_participle_and_relative_clause_labels_stay(text: str, name: str, label: str) -> None:
    assert any(label in found for found in _labels(text)[name])
