"""Issue 11's bad input, end to end (model tests): numbers in words, one sum in two currency
notations and a sum in two currencies, dates with no year, an article that dates one act two
ways, a quotation with no speaker anywhere, speakers named only by a title.

The story is fictional and written for these tests: three outlets report a ferry that
capsized on Lake Varne. What storydiff should say, case by case:

- 'Twelve people died' / '12 people died': one fact, no conflict; 'Fourteen passengers' /
  '12 passengers' taken to hospital: a number conflict, evidence 'Fourteen' and '12'.
- '€2.4bn' / '2.4 billion euros': one sum, no conflict. '$3 million' / '€3 million' for one
  fine: one statement group and no conflict: storydiff has no exchange rates, so it never
  compares sums in two currencies (crossdoc/amount_compare.py) and does not guess which
  outlet wrote the wrong currency.
- 'on March 3' takes the publication year (2026-03-03); 'March 3' against 'March 5' for the
  capsizing is a date conflict between the outlets.
- One article that dates its inquiry 'March 4' and 'March 6': no crash and no conflict with
  another outlet that gives no date; storydiff compares outlets, so the article's own
  contradiction is not flagged, and both dates stand in that outlet's timeline lane.
- A quotation paragraph nobody is said to have spoken: a direct quote with no speaker, never
  the place or the person named nearby.
- 'the mayor said' / 'the police spokeswoman said' with the person named elsewhere in the
  article: that person; with nobody named: the title itself, never another name.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import storydiff
from storydiff.cli import main

pytestmark = pytest.mark.model

OSTMERE = """---
outlet: Ostmere Herald
title: Twelve dead as ferry capsizes on Lake Varne
published: 2026-03-06
---
Twelve people died when the ferry Marisol capsized on Lake Varne near Dunmoor on March 3.

Fourteen passengers were taken to hospital in Dunmoor, most of them with hypothermia.

The ferry's operator, Varne Lines, was fined $3 million in 2024 for safety breaches on the same route.

The regional government has pledged €2.4bn to rebuild the harbour and replace the fleet.

Mayor Petra Lindqvist declared three days of mourning in the town. "Dunmoor will not forget them," the mayor said.

An inquiry into the sinking has opened in Ostmere.

Flowers were laid along Dunmoor's quay on Thursday.

"We heard the horn, then the screaming, then nothing."
"""  # noqa: E501  (a paragraph is one line)

CALDRA = """---
outlet: Caldra Wire
title: Ferry sinks on Lake Varne, 12 dead
published: 2026-03-06
---
12 people died when the ferry Marisol capsized on Lake Varne near Dunmoor on March 3, police said.

Rescuers pulled 12 passengers from the cold water and took them to hospital in Dunmoor.

Varne Lines, which runs the ferry, was fined €3 million in 2024 for breaking safety rules.

To rebuild the harbour, the regional government has pledged 2.4 billion euros.

"The search is over. We do not expect to find anyone else alive," a police spokeswoman said.

Crowds gathered outside the town hall on Wednesday evening. "Dunmoor will not forget them," the mayor said.
"""  # noqa: E501  (a paragraph is one line)

FENBY = """---
outlet: Fenby Post
title: Inquiry opens into Marisol ferry disaster
published: 2026-03-07
---
Twelve people died when the ferry Marisol capsized on Lake Varne near Dunmoor on March 5.

Police spokeswoman Hanne Brodal said divers had searched the hull twice. "The search is over," the police spokeswoman said.

An inquiry into the disaster opened in Ostmere on March 4.

The inquiry, which opened on March 6, will report by the summer.

The regional government has pledged €2.4bn for a new harbour.
"""  # noqa: E501  (a paragraph is one line)

FILES = {"ostmere.txt": OSTMERE, "caldra.txt": CALDRA, "fenby.txt": FENBY}


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("ferry")
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in FILES]


@pytest.fixture(scope="module")
def comparison(paths: list[str]) -> storydiff.Comparison:
    return storydiff.compare([storydiff.read_article(path) for path in paths])


def text_of(comparison: storydiff.Comparison, article: str, start: int, end: int) -> str:
    return comparison.article(article).text[start:end]


def group_with(comparison: storydiff.Comparison, contains: str) -> storydiff.StatementGroup:
    (group,) = [g for g in comparison.statements if any(contains in m.text for m in g.members)]
    return group


def conflicts_touching(comparison: storydiff.Comparison, contains: str) -> list[str]:
    return [c.type for c in comparison.conflicts if any(contains in side.text for side in c.sides)]


def quote(comparison: storydiff.Comparison, article: str, contains: str) -> storydiff.Quote:
    (found,) = [
        v.quote
        for g in comparison.quotes
        for v in g.members
        if v.article == article and contains in v.quote.text
    ]
    return found


def test_a_toll_in_words_and_in_figures_is_one_fact_without_conflict(
    comparison: storydiff.Comparison,
) -> None:
    group = group_with(comparison, "near Dunmoor on March 3.")  # Ostmere Herald's
    assert group.kind == "shared"
    assert {m.article for m in group.members} >= {"ostmere-herald", "caldra-wire"}
    assert "number" not in conflicts_touching(comparison, "people died")


def test_fourteen_against_12_is_a_number_conflict_with_its_evidence(
    comparison: storydiff.Comparison,
) -> None:
    (conflict,) = [c for c in comparison.conflicts if c.type == "number"]
    evidence = {side.article: side.evidence for side in conflict.sides}
    assert [e.text for e in evidence["ostmere-herald"]] == ["Fourteen"]
    assert [e.text for e in evidence["caldra-wire"]] == ["12"]
    for side in conflict.sides:
        assert text_of(comparison, side.article, side.start, side.end) == side.text
        for span in side.evidence:
            assert text_of(comparison, span.article, span.start, span.end) == span.text
    assert conflict.statement == group_with(comparison, "Fourteen passengers").id


def test_one_sum_written_two_ways_is_one_fact_without_conflict(
    comparison: storydiff.Comparison,
) -> None:
    group = group_with(comparison, "2.4 billion euros")
    assert group.kind == "shared" and len({m.article for m in group.members}) == 3
    assert conflicts_touching(comparison, "pledged") == []


def test_a_sum_in_two_currencies_is_one_statement_and_never_a_number_conflict(
    comparison: storydiff.Comparison,
) -> None:
    group = group_with(comparison, "$3 million")
    assert group.kind == "shared"
    assert any("€3 million" in m.text for m in group.members)
    assert conflicts_touching(comparison, "was fined") == []


def test_a_date_with_no_year_takes_the_publication_year(
    comparison: storydiff.Comparison,
) -> None:
    dated = {
        (entry.article, entry.expression.text): entry.date
        for event in comparison.timeline.events
        for entry in event.entries
    }
    assert dated[("ostmere-herald", "March 3")] == "2026-03-03"
    assert dated[("caldra-wire", "March 3")] == "2026-03-03"
    assert dated[("fenby-post", "March 5")] == "2026-03-05"
    assert dated[("ostmere-herald", "Thursday")] == "2026-03-05"  # published Friday


def test_march_3_against_march_5_for_one_act_is_a_date_conflict(
    comparison: storydiff.Comparison,
) -> None:
    dates = [c for c in comparison.conflicts if c.type == "date"]
    pairs = {tuple(sorted(side.article for side in c.sides)) for c in dates}
    assert pairs == {("caldra-wire", "fenby-post"), ("fenby-post", "ostmere-herald")}
    for conflict in dates:
        for side in conflict.sides:
            (span,) = side.evidence
            assert span.text == ("March 5" if side.article == "fenby-post" else "March 3")
            assert text_of(comparison, span.article, span.start, span.end) == span.text


def test_an_article_that_dates_one_act_twice_makes_no_conflict_with_another(
    comparison: storydiff.Comparison,
) -> None:
    assert conflicts_touching(comparison, "inquiry") == []
    lane = comparison.timeline.lanes["fenby-post"]
    dates = {e.id: e.date for e in comparison.timeline.events}
    assert {"2026-03-04", "2026-03-06"} <= {dates[event] for event in lane}


def test_a_quote_with_no_speaker_anywhere_has_none(comparison: storydiff.Comparison) -> None:
    found = quote(comparison, "ostmere-herald", "We heard the horn")
    assert found.kind == "direct"
    assert found.speaker is None and found.speaker_text is None


def test_a_title_goes_to_the_person_the_article_names_elsewhere(
    comparison: storydiff.Comparison,
) -> None:
    mayor = quote(comparison, "ostmere-herald", "Dunmoor will not forget them")
    assert (mayor.speaker_text, mayor.speaker) == ("the mayor", "Petra Lindqvist")
    police = quote(comparison, "fenby-post", "The search is over")
    assert (police.speaker_text, police.speaker) == ("the police spokeswoman", "Hanne Brodal")


def test_a_title_with_nobody_named_stays_the_title(comparison: storydiff.Comparison) -> None:
    police = quote(comparison, "caldra-wire", "The search is over")
    assert (police.speaker_text, police.speaker) == ("a police spokeswoman", "police spokeswoman")
    # not 'Varne Lines', the one other name of the article
    mayor = quote(comparison, "caldra-wire", "Dunmoor will not forget them")
    assert (mayor.speaker_text, mayor.speaker) == ("the mayor", "mayor")


def test_one_short_quote_by_a_title_and_by_its_named_holder_is_one_group(
    comparison: storydiff.Comparison,
) -> None:
    groups = [
        {v.article for v in g.members}
        for g in comparison.quotes
        if any("The search is over" in v.quote.text for v in g.members)
    ]
    assert groups == [{"caldra-wire", "fenby-post"}]


def test_the_cli_reports_the_same_findings_as_json(
    paths: list[str],
    comparison: storydiff.Comparison,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out.json"
    assert main(["compare", *paths, "-f", "json", "-o", str(out), "-q"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data == json.loads(json.dumps(comparison.to_dict()))
    found = {
        (c["type"], frozenset(e["text"] for s in c["sides"] for e in s["evidence"]))
        for c in data["conflicts"]
    }
    assert ("number", frozenset({"12", "Fourteen"})) in found
    speakers = {
        m["text"]: m["speaker"] for g in data["quotes"] for m in g["members"] if m["direct"]
    }
    assert speakers["We heard the horn, then the screaming, then nothing."] is None


LEAD = "Twelve people died when the ferry Marisol capsized on Lake Varne near Dunmoor on March 3."
OTHER_WORDS = (
    "Twelve people were killed when the ferry Marisol overturned on Lake Varne near Dunmoor"
    " on March 5."
)


def lead_conflicts(left: str, right: str) -> list[str]:
    return [
        c.type
        for c in storydiff.compare(
            [
                storydiff.Article(left, outlet="Ostmere Herald", published="2026-03-06"),
                storydiff.Article(right, outlet="Fenby Post", published="2026-03-07"),
            ]
        ).conflicts
    ]


def test_a_date_conflict_of_one_toll_told_with_other_verbs() -> None:
    # two written days keep the statements apart (crossdoc/blocks.py); one toll told alike
    # in both articles' first statements of it says they tell one event
    assert lead_conflicts(LEAD, OTHER_WORDS) == ["date"]


@pytest.mark.parametrize(
    "right",
    [
        OTHER_WORDS.replace("Twelve", "Three"),  # another toll: perhaps another event
        OTHER_WORDS.replace("March 5", "March 3"),  # the same day
    ],
)
def test_two_tolls_or_one_day_give_no_date_conflict(right: str) -> None:
    assert "date" not in lead_conflicts(LEAD, right)
