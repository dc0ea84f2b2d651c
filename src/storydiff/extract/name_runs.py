"""Proper-noun name runs and what their words say: where a name starts and ends (titles
before it, an organisation's 'and', a hyphenated given name), and whether it names a person
or a thing. Read by the speaker and actor stages."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..text import MONTHS, TITLE_CASE_LOWER_WORDS, WEEKDAYS, fold
from ..text_names import (
    EVENT_NAME_WORDS,
    FACILITY_NAME_WORDS,
    HOLIDAY_WORDS,
    HONORIFICS,
    INSTITUTION_WORDS,
    LAW_NAME_WORDS,
    NAME_ENDING_TITLE_WORDS,
    NAMED_BODY_WORDS,
    ORGANISATION_WORDS,
    PLACE_NAME_WORDS,
    PLACE_PREFIX_WORDS,
    TITLE_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def name_runs(tokens: Iterable[Token]) -> list[tuple[list[Token], set[str]]]:
    """Proper-noun name runs of a token sequence, each with the title words written before
    it: 'Kremlin Spokesman Dmitry Peskov' -> (['Dmitry', 'Peskov'], {'spokesman'})."""
    runs: list[tuple[list[Token], set[str]]] = []
    current: list[Token] = []
    titles: set[str] = set()
    tokens = list(tokens)
    for index, token in enumerate(tokens):
        low = fold(token.text)
        if current and low in WEEKDAYS:
            # 'from the White House Monday': the day says when, it is no part of the name
            runs.append((current, titles))
            current, titles = [], set()
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.pos_ == "PROPN" and (
            low not in TITLE_WORDS
            or _inside_body_name(tokens, index)
            or _ends_the_name(current, low, following)
            or (current and current[-1].lower_ == "of")  # 'Department of Justice'
        ):
            current.append(token)
            continue
        if _is_initial(token) and following is not None and following.pos_ == "PROPN":
            current.append(token)  # 'A. Dale': the tagger reads the initial as the article
            continue
        if current and token.tag_ == "POS" and following is not None and following.pos_ == "PROPN":
            current.append(token)  # "the Kessrow Miners' Union"
            continue
        if current and token.lower_ in {"and", "&"} and _joins_organisation(current, tokens, index):
            current.append(token)  # 'U.S. Fish and Wildlife Service' is one name
            continue
        if _joins_double_name(current, token, following):
            current.append(token)  # 'Ana Torel-Vance' is one person, 'Vance' her family name
            continue
        if current and token.lower_ == "of" and _body_of(current, following):
            current.append(token)  # 'the Bureau of Labor Statistics' is one name
            continue
        if current:
            runs.append((current, titles))
            current, titles = [], set()
        if low in TITLE_WORDS and low not in HONORIFICS:
            titles.add(low)
        elif low in HONORIFICS:
            titles.add("")  # an honorific marks the next name as a person
        elif not (token.pos_ in {"PROPN", "ADJ", "NOUN"} or token.is_punct or _title_of(token)):
            titles = set()
    if current:
        runs.append((current, titles))
    return runs


def _ends_the_name(current: list[Token], low: str, following: Token | None) -> bool:
    """'the Islamic State affiliate': 'State' finishes the name before it (no name after)."""
    return (
        bool(current)
        and low in NAME_ENDING_TITLE_WORDS
        and (following is None or following.pos_ != "PROPN")
    )


def titles_the_next_name(run: list[Token]) -> bool:
    """'New York Gov. Ana Dale', 'Velka Lt. Gov. Ana Dale': the name is where the title
    after it is held (a place or a body), and the person is the name after the title."""
    doc = run[-1].doc
    index = run[-1].i + 1
    titled = False
    while index < len(doc) and (doc[index].is_space or fold(doc[index].text) in TITLE_WORDS):
        titled, index = titled or not doc[index].is_space, index + 1
    return titled and index < len(doc) and doc[index].pos_ == "PROPN"


def _title_of(token: Token) -> bool:
    """The 'of' inside a title ('Secretary of State', 'Minister of Defence'): the title
    words before it still belong to the name after it."""
    doc = token.doc
    return (
        token.lower_ == "of"
        and 0 < token.i < len(doc) - 1
        and fold(doc[token.i - 1].text) in TITLE_WORDS
        and fold(doc[token.i + 1].text) in TITLE_WORDS
    )


def _is_initial(token: Token) -> bool:
    """'A.', 'J.': a capital letter and a full stop, an initial of a name."""
    text = token.text
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def _inside_body_name(tokens: list[Token], index: int) -> bool:
    """Whether the title word at `index` starts or continues an organisation's name: the
    proper nouns from it on end in a word such as 'Organization' or 'Ministry'."""
    end = index + 1
    while end < len(tokens) and tokens[end].pos_ == "PROPN":
        end += 1
    # a body word alone ends a name only after other proper nouns ('Interior Ministry')
    longer = end - index > 1 or (index > 0 and tokens[index - 1].pos_ == "PROPN")
    return longer and fold(tokens[end - 1].text) in NAMED_BODY_WORDS


def _joins_double_name(current: list[Token], token: Token, following: Token | None) -> bool:
    """The hyphen of a double family name after a given name ('Ana Torel-Vance'), written
    without spaces; not one between two single names ('the Kosovo-Serbia border')."""
    return (
        len(current) >= 2
        and token.text == "-"
        and not current[-1].whitespace_
        and not token.whitespace_
        and following is not None
        and following.pos_ == "PROPN"
    )


def _body_of(current: list[Token], following: Token | None) -> bool:
    """'Bureau of Labor Statistics', 'Ministry of Defence', 'University of Velka': an 'of'
    after an institution's word goes on with the institution's name."""
    return (
        following is not None
        and following.pos_ == "PROPN"
        and fold(current[-1].text) in NAMED_BODY_WORDS | _BODIES_BEFORE_OF
    )


_BODIES_BEFORE_OF = frozenset({"bureau", "university", "bank", "court", "secretariat"})


def _joins_organisation(current: list[Token], tokens: list[Token], index: int) -> bool:
    """'National Oceanic and Atmospheric Administration': the 'and' at `index` joins two
    halves of one organisation's name (the name after it ends in an organisation word, the
    name before it does not)."""
    if fold(current[-1].text) in ORGANISATION_WORDS:
        return False
    end = index + 1
    while end < len(tokens) and tokens[end].pos_ == "PROPN":
        end += 1
    after = tokens[index + 1 : end]
    return bool(after) and fold(after[-1].text) in INSTITUTION_WORDS and after[0].is_title


def title_case(tokens: Iterable[Token]) -> bool:
    """A headline written in title case ('Senator Vows To Block Harbour Bill'): the tagger
    reads every word as a proper noun, so its name runs are no evidence of anyone."""
    words = [t.text for t in tokens if t.is_alpha and len(t.text) > 3]
    lowered = [w for w in words if w[0].islower() and w not in TITLE_CASE_LOWER_WORDS]
    return len(words) >= 4 and not lowered


def run_text(run: list[Token]) -> str:
    """A name run as written ('Kessrow Miners' Union'), from its first to its last token."""
    first, last = run[0], run[-1]
    return str(first.doc[first.i : last.i + 1].text)


def is_person_name(words: list[str], titles: set[str]) -> bool:
    folded = [fold(w) for w in words]
    if any(w in ORGANISATION_WORDS for w in folded) or names_a_thing(folded):
        return False
    if len(folded) > 1 and folded[0] in PLACE_PREFIX_WORDS:
        return False  # 'Lake Geneva', 'Central America'
    return bool(titles) or len(folded) >= 2


def names_a_thing(folded: list[str]) -> bool:
    """A name whose last word makes it a place, a building, a law, an event or a date
    ('Syntagma Square', 'Estelle Unit', 'Endangered Species Act', 'Tuesday')."""
    if not folded:
        return False
    last = folded[-1]
    if last in WEEKDAYS or (last in MONTHS and len(last) > 3):
        return True
    if len(folded) > 1 and last in {"day", "eve"}:
        before = folded[-2]
        if before in HOLIDAY_WORDS or before.endswith(("'s", "’s")):
            return True
    things = PLACE_NAME_WORDS | FACILITY_NAME_WORDS | LAW_NAME_WORDS | EVENT_NAME_WORDS
    return len(folded) > 1 and last in things
