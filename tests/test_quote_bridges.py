"""Two quoted fragments the reporter bridges with a clause of their own are matched apart
(`Quote.sentence_quotes`, `_bridged_runs`); a reporting clause inside one sentence, or two
short fragments joined by 'and', cut nothing. Fictional speakers and events."""

from __future__ import annotations

from storydiff.model import Quote
from storydiff.model.quotes import PART_JOINER


def split_quote(text: str, fragments: list[str]) -> Quote:
    parts = tuple((text.index(f), text.index(f) + len(f)) for f in fragments)
    body = PART_JOINER.join(fragments)
    return Quote(0, 0, parts[0][0], parts[-1][1], body, "mixed", speaker="Mira Holt", parts=parts)


def pieces(text: str, fragments: list[str]) -> list[str]:
    return [q.text for q in split_quote(text, fragments).sentence_quotes(text, [0])]


def test_a_bridging_clause_cuts_two_remarks_apart() -> None:
    text = (
        "Holt said the mayor “cannot let one rumour from long ago end a career” but that if "
        "the charges are true, “Councillor Brenn will do the decent thing and resign.”"
    )
    first = "cannot let one rumour from long ago end a career"
    second = "Councillor Brenn will do the decent thing and resign."
    assert pieces(text, [first, second]) == [first, second]


def test_a_reporting_clause_inside_one_sentence_cuts_nothing() -> None:
    text = "“We will not leave the square,” Holt told the crowd, “until the council listens.”"
    fragments = ["We will not leave the square,", "until the council listens."]
    assert pieces(text, fragments) == [PART_JOINER.join(fragments)]


def test_short_fragments_joined_by_and_stay_one_piece() -> None:
    text = "Holt called the toll plan “reckless” and “a betrayal of the valley.”"
    fragments = ["reckless", "a betrayal of the valley."]
    assert pieces(text, fragments) == [PART_JOINER.join(fragments)]
