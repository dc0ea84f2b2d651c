"""A quotation set as its own paragraph, then a line naming its speaker after a dash
('— Harbour Party chair Mara Kell, in a tweet'), as online outlets print them (model)."""

from __future__ import annotations

import pytest

from helpers import only, quotes_of
from storydiff.ingest.html import parse_html
from storydiff.model import Article
from storydiff.nlp import parse_articles
from storydiff.pipeline import find_quotes
from storydiff.text_page import dash_attributions

pytestmark = pytest.mark.model

_TWEET = (
    "The Harbour Party rejected the new ferry levy on Saturday.\n"
    '"We will not back down on this. The levy hurts every family on the islands."\n'
    "— Harbour Party chair Mara Kell, in a tweet, April 26, 2031\n"
    "The levy takes effect in June."
)


@pytest.mark.parametrize("dash", ["—", "–", "--"])
def test_dash_line_names_the_quotation_above_it(dash: str) -> None:
    text = _TWEET.replace("—", dash)
    quote = only(quotes_of(text), "will not back down")
    assert quote.speaker == "Mara Kell"
    assert quote.speaker_start is not None and quote.speaker_end is not None
    line_start = text.index(dash + " Harbour")
    assert line_start < quote.speaker_start < quote.speaker_end <= text.index(", in a tweet")


def test_dash_line_is_no_statement() -> None:
    (parsed,) = parse_articles([Article(text=_TWEET, outlet="Test Wire")])
    texts = [unit.text for unit in parsed.units]
    assert not any("in a tweet" in t for t in texts), texts
    assert any("levy takes effect" in t for t in texts), texts


def test_a_body_after_the_dash_speaks_for_two_paragraphs() -> None:
    text = (
        "Arveland closed its border crossing at Tollin overnight.\n"
        '"The closure endangers trade across the whole valley."\n'
        '"We urge Arveland to reopen the crossing without delay."\n'
        "– the State Department, in a statement\n"
        "Lorries queued for miles on Sunday."
    )
    quotes = quotes_of(text)
    assert only(quotes, "endangers trade").speaker == "the State Department"
    assert only(quotes, "reopen the crossing").speaker == "the State Department"


def test_a_list_item_after_a_quotation_is_no_attribution() -> None:
    text = (
        "The council met on Monday.\n"
        '"We expect the bridge to carry traffic again soon."\n'
        "- Officials said the bridge would reopen in May.\n"
        "- The ferry will run twice a day until then.\n"
    )
    assert dash_attributions(text) == ()
    (parsed,) = parse_articles([Article(text=text, outlet="Test Wire")])
    texts = [unit.text for unit in parsed.units]
    assert any("bridge would reopen" in t for t in texts), texts
    assert any("ferry will run" in t for t in texts), texts


def test_dash_line_in_an_html_page() -> None:
    html = (
        "<html><head><title>Party rejects ferry levy</title></head><body><article>"
        "<p>The Harbour Party rejected the new ferry levy on Saturday.</p>"
        "<p>&ldquo;We will not back down on this. The levy hurts every family.&rdquo;</p>"
        "<p>&mdash; Harbour Party chair Mara Kell, in a tweet, April 26, 2031</p>"
        "<p>The levy takes effect in June, the ferry company said.</p>"
        "</article></body></html>"
    )
    article = parse_html(html, "levy.html", default_outlet="Test Wire")
    (found,) = find_quotes([article])
    assert only(list(found.quotes), "will not back down").speaker == "Mara Kell"
    (parsed,) = parse_articles([article])
    assert not any("in a tweet" in unit.text for unit in parsed.units)
