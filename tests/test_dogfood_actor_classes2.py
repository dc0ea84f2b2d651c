"""Actor-table faults seen reading a second sample of real coverage (issue 11, dog7), rebuilt
on fictional sentences (model tests)."""

from __future__ import annotations

import pytest

from storydiff.extract.mentions import find_mentions
from storydiff.extract.name_runs import title_case_headline_end
from storydiff.model import Mention
from storydiff.nlp import load_spacy

pytestmark = pytest.mark.model


def mentions(text: str) -> tuple[Mention, ...]:
    return find_mentions(load_spacy()(text), "a")


@pytest.mark.parametrize(
    ("headline", "invented"),
    [
        ("Marlow Declares a Flood Emergency in New Dorn State.", "Emergency"),
        ("Tolle Findings Sent to Prosecutors Weighing Criminal Charges.", "Prosecutors"),
        ("Marlow Cancels Trip to Rally Allies on Eve of Harbour Vote.", "Vote"),
    ],
)
def test_a_title_case_headline_with_a_full_stop_lends_no_words_to_names(
    headline: str, invented: str
) -> None:
    """A headline in title case is one even when the page closes it with a full stop: its
    capitalised common words ('Emergency', 'Criminal Charges', 'Harbour Vote') name nobody,
    and the names the body writes ('Marlow') are still the body's actors."""
    text = (
        f"{headline}\n\nGov. Ari Marlow on Tuesday declared a flood emergency and asked "
        "prosecutors to weigh criminal charges before the harbour vote. Marlow said the "
        "state would pay for the repairs."
    )
    found = mentions(text)
    names = {m.text for m in found}
    assert not any(invented in n for n in names), names
    assert any(m.name == "Ari Marlow" for m in found), names


def test_an_acronym_opening_a_title_case_headline_is_still_named() -> None:
    """'OHB Refers Tolle for Charges.': the body may write the agency out, but the headline's
    acronym is a name all the same (title case makes no word all capitals)."""
    text = (
        "OHB Refers Tolle for Charges.\n\nThe harbour board's inspector referred Mara Tolle "
        "to prosecutors on Monday."
    )
    assert any(m.text == "OHB" for m in mentions(text)), [m.text for m in mentions(text)]


@pytest.mark.parametrize(
    "line",
    [
        "Karel Brana met Spokeswoman Ana Dale on Monday.",
        "Ana Dale of Velka Told Reporters She was Leaving.",
    ],
)
def test_a_sentence_with_a_full_stop_is_no_title_case_headline(line: str) -> None:
    """A first line that ends with a full stop and writes a word that title case would
    capitalise ('met', 'was') in lower case is a sentence."""
    assert title_case_headline_end(f"{line}\n\nThe talks went on.") == 0


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Safety Act of 2031 passed the assembly on Monday.",
        'The "Clean Rivers in Dorn Act of 2031" aims to limit spills after the May 25 flood.',
    ],
)
def test_the_year_in_a_laws_name_is_no_date(text: str) -> None:
    """'the Harbour Safety Act of 2031' is a name: its year dates nothing, and lends no year
    to a day written without one ('May 25')."""
    from storydiff.extract.timexpr import find_time_expressions

    found = find_time_expressions(text, None)
    assert all("2031" not in (t.value or "") and t.text != "2031" for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The letter named former Deputy OHB Director Mara Tolle and the harbour chief.",
        "Former OHB Deputy Director Mara Tolle misled investigators, the report said.",
    ],
)
def test_a_body_named_inside_a_persons_title_takes_none_of_the_title(text: str) -> None:
    """'former Deputy OHB Director Mara Tolle': 'former' and 'Deputy' label Tolle, not the
    body named inside her title."""
    body = [m for m in mentions(text) if m.name == "OHB"]
    assert body and all(m.text == "OHB" and not m.descriptors for m in body), body
