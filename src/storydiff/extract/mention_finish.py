"""The last pass over an article's mentions, once the whole article is read: names in the
dateline or byline are no actors, and a mention is keyed as the whole article tells
(namesakes by their whole name, a given name alone as its one person, a company's short
form as the company)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Mention
from ..nlp.doc_text import doc_text
from ..text import fold
from ..text_names import NAMES_WITH_THE
from .aliases import is_country
from .mention_parts import entity_key
from .speaker_memory import SpeakerMemory

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["by_given_name", "finished", "past_furniture", "sentence_the_labelled"]


def past_furniture(
    mention: Mention, furniture: Sequence[tuple[int, int]], text: str
) -> Mention | None:
    """The mention without the part of it in a dateline or byline: none when it lies
    there whole ('MOSCOW'), its body words when the parse ran it on into the first
    sentence ('TARNHOLM - Governor Ana Dale' -> 'Governor Ana Dale')."""
    for start, end in furniture:
        if not start <= mention.start < end:
            continue
        if mention.end <= end:
            return None
        body = end + len(text[end : mention.end]) - len(text[end : mention.end].lstrip(" -–—"))
        kept = tuple(d for d in mention.descriptors if d.start >= body)
        return replace(mention, start=body, text=text[body : mention.end], descriptors=kept)
    return mention


def finished(mention: Mention, memory: SpeakerMemory) -> Mention:
    """A mention keyed as the whole article tells: namesakes, given names, companies."""
    return _company_typed(_given_name_keyed(_namesake_keyed(mention, memory), memory), memory)


def _given_name_keyed(mention: Mention, memory: SpeakerMemory) -> Mention:
    """A given name alone ('Melania and I were honoured'), also one written before the
    whole name came, is the one person of the article with that given name, once the
    whole article is read; a word that is also someone's family name stays as it is."""
    word = mention.name
    if mention.kind != "name" or len(word.split()) != 1 or mention.type not in {"person", "other"}:
        return mention
    if memory.is_person(word):
        return mention  # someone's family name ('Trump'), or a person of one name
    full = by_given_name(word, memory)
    if full is None:
        return mention
    key = memory.distinct_key(full) or entity_key(full, "person")
    return replace(mention, key=key, name=full, type="person")


def _company_typed(mention: Mention, memory: SpeakerMemory) -> Mention:
    """A name the article shows to be a company later ('Holm Copper said…' before 'Holm
    Copper, the mining company') is the company in every mention."""
    if mention.name not in memory.companies or mention.type == "organisation":
        return mention
    key = entity_key(mention.name, "organisation")
    return replace(mention, type="organisation", key=key)


def _namesake_keyed(mention: Mention, memory: SpeakerMemory) -> Mention:
    """A person who shares a family name with another person of the article is keyed by the
    whole name ('hillary clinton', 'bill clinton'), once the whole article is read (the
    second Clinton may come after the first one's mentions); so is a bare 'Clinton' read as
    no person before the first name came."""
    if mention.kind != "name" and mention.type != "person":
        return mention
    key = memory.distinct_key(mention.name)
    return replace(mention, key=key) if key else mention


def by_given_name(word: str, memory: SpeakerMemory) -> str | None:
    """The one person named so far whose given name is `word` (an acronym or a country is
    no given name: 'the DNC Server' does not make 'DNC' a person)."""
    if word.isupper() or is_country(word):
        return None
    people = {p.name for p in memory.people.values() if p.person and p.name.split()[0] == word}
    return people.pop() if len(people) == 1 and len(next(iter(people)).split()) > 1 else None


def sentence_the_labelled(mentions: Sequence[Mention], doc: Doc) -> tuple[Mention, ...]:
    """Mentions that open a sentence with 'The' labelled as the article writes the name
    elsewhere ('The Kremlin said' -> 'the Kremlin' where the article also writes that,
    else 'Kremlin' where it writes that), so one name is not listed twice for a capital
    letter. A 'The' that belongs to the name stays: one of `NAMES_WITH_THE`, or one the
    article also capitalises inside a sentence ('officials in The Hague')."""
    written = {" ".join(m.text.split()) for m in mentions}
    return tuple(_sentence_the_label(m, written, doc) for m in mentions)


def _sentence_the_label(mention: Mention, written: set[str], doc: Doc) -> Mention:
    text = " ".join(mention.text.split())
    if not text.startswith("The ") or not _opens_sentence(doc, mention.start):
        return mention
    name = text[len("The ") :]
    if fold(name).lower() in NAMES_WITH_THE or _the_inside_sentence(doc, name):
        return mention
    for form in (f"the {name}", name):
        if form in written:
            return replace(mention, label=form)
    return mention


def _opens_sentence(doc: Doc, offset: int) -> bool:
    span = doc.char_span(offset, offset + len("The"))
    return span is not None and bool(span[0].is_sent_start)


def _the_inside_sentence(doc: Doc, name: str) -> bool:
    """The article writes 'The <name>' with a capital inside a sentence."""
    words = r"\s+".join(re.escape(word) for word in name.split())
    pattern = re.compile(r"\bThe\s+" + words + r"\b")
    return any(not _opens_sentence(doc, found.start()) for found in pattern.finditer(doc_text(doc)))
