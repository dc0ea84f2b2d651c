"""Proper-noun name runs and what their words say: where a name starts and ends (titles
before it, an organisation's 'and', a hyphenated given name), and whether it names a person
or a thing. Read by the speaker and actor stages."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..text import MONTHS, TITLE_CASE_LOWER_WORDS, TITLE_CASE_SHORT_LOWER_WORDS, WEEKDAYS, fold
from ..text_names import (
    AREA_NAME_WORDS,
    BODY_OF_WORDS,
    COMPANY_NAME_WORDS,
    COMPANY_SUFFIXES,
    EVENT_NAME_WORDS,
    FACILITY_NAME_WORDS,
    HOLIDAY_WORDS,
    HONORIFICS,
    INSTITUTION_WORDS,
    LAW_NAME_WORDS,
    NAME_ENDING_TITLE_WORDS,
    NAME_PARTICLES,
    NAMED_BODY_WORDS,
    ORGANISATION_WORDS,
    PARTY_MEMBER_WORDS,
    PLACE_NAME_WORDS,
    PLACE_PREFIX_WORDS,
    TITLE_WORDS,
    VESSEL_PREFIXES,
)
from ..text_page import closed_title_case_headline, title_case_line
from ..text_places import US_STATES
from .aliases import country_of, is_country

if TYPE_CHECKING:
    from spacy.tokens import Token

# (unions of word lists, made once: a set union on each call costs more than the test)
_BODY_WORDS = ORGANISATION_WORDS | NAMED_BODY_WORDS
_TITLES_AND_HONORIFICS = TITLE_WORDS | HONORIFICS
_THING_NAME_WORDS = PLACE_NAME_WORDS | FACILITY_NAME_WORDS | LAW_NAME_WORDS | EVENT_NAME_WORDS


def name_runs(tokens: Iterable[Token]) -> list[tuple[list[Token], set[str]]]:
    """Proper-noun name runs of a token sequence, each with the title words written before
    it: 'Kremlin Spokesman Dmitry Peskov' -> (['Dmitry', 'Peskov'], {'spokesman'})."""
    runs: list[tuple[list[Token], set[str]]] = []
    current: list[Token] = []
    titles: set[str] = set()
    tokens = list(tokens)
    for index, token in enumerate(tokens):
        low, pos = fold(token.text), token.pos_  # read once: spaCy looks strings up each time
        if current and low in WEEKDAYS:
            # 'from the White House Monday': the day says when, it is no part of the name
            runs.append((current, titles))
            current, titles = [], set()
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if low in _TITLE_PREFIXES and following is not None and _is_title_word(following):
            if current:  # 'Manhattan District Attorney Cy Vance': 'District' is the title's
                runs.append((current, titles))
            current, titles = [], set()
            continue
        if _labels_a_person(low, following) and not _body_after(tokens, index):
            # (not 'the Republican National Committee', a body's name)
            if current:
                runs.append((current, titles))
            current, titles = [], {""}  # 'Republican Ana Dale': a person, no title
            continue
        if _continues_run(tokens, index, current, following, low, pos):
            current.append(token)
            continue
        if current:
            runs.append((current, titles))
            current, titles = [], set()
        if low in TITLE_WORDS and low not in HONORIFICS:
            titles.add(low)
        elif low in HONORIFICS:
            titles.add("")  # an honorific marks the next name as a person
        elif not (pos in {"PROPN", "ADJ", "NOUN"} or token.is_punct or _title_of(token)):
            titles = set()
    if current:
        runs.append((current, titles))
    return [part for run in runs for part in _place_apart_from_name(*run)]


def _continues_run(
    tokens: list[Token],
    index: int,
    current: list[Token],
    following: Token | None,
    low: str,
    pos: str,
) -> bool:
    """Whether the token at `index` (folded `low`, tagged `pos`) belongs to the name run
    `current` (or starts one)."""
    token = tokens[index]
    if not current and pos != "PROPN":
        # no run open and no proper noun: only an initial before a name starts one (every
        # rule below wants a proper noun or an open run)
        return _is_initial(token) and following is not None and following.pos_ == "PROPN"
    if pos == "PROPN" and (
        low not in TITLE_WORDS
        or _inside_body_name(tokens, index)
        or _ends_the_name(current, low, following)
        or (  # 'Department of Health', not '… of Representatives Speaker Ana Dale'
            any(t.lower_ in {"of", "for"} for t in current) and not _titles_a_name(low, following)
        )
    ):
        return True
    if _is_initial(token) and following is not None and following.pos_ == "PROPN":
        return True  # 'A. Dale': the tagger reads the initial as the article
    if current and token.tag_ == "POS" and _body_after(tokens, index):
        return True  # "the Kessrow Miners' Union", not "Kell's Harbour account"
    if current and token.lower_ in {"and", "&"} and _joins_organisation(current, tokens, index):
        return True  # 'U.S. Fish and Wildlife Service' is one name
    if _joins_double_name(current, token, following):
        return True  # 'Ana Torel-Vance' is one person, 'Vance' her family name
    if _joins_compound_name(tokens, index, current):
        return True  # 'Hapag-Lloyd', 'Rolls-Royce' are one name, not 'Lloyd' and 'Royce'
    if current and token.lower_ == "of" and _pact_goes_on(current, following):
        return True  # 'the Treaty of Velka', 'the Joint Harbour Plan of Action'
    # 'the Department of Harbour Safety' is one name
    return bool(current and token.lower_ in {"of", "for"} and _body_goes_on(current, following))


def _pact_goes_on(current: list[Token], following: Token | None) -> bool:
    """'Treaty' + 'of' + 'Velka', 'Plan' + 'of' + 'Action': a pact's name continues after
    'of'."""
    return (
        following is not None
        and following.pos_ == "PROPN"
        and following.is_title
        and current[-1].is_title
        and fold(current[-1].text) in LAW_NAME_WORDS
    )


def _place_apart_from_name(
    run: list[Token], titles: set[str]
) -> list[tuple[list[Token], set[str]]]:
    """'Ambassador to Velmaria Terry Brandt': the place a title is held for, written
    between the title and the name, is a run of its own, and the title the person's."""
    doc, first = run[0].doc, run[0].i
    if len(run) < 3 or first < 2 or doc[first - 1].lower_ not in {"to", "of"}:
        return [(run, titles)]
    title = fold(doc[first - 2].text)
    if title not in TITLE_WORDS:
        return [(run, titles)]
    for size in (2, 1):
        place = run_text(run[:size])
        rest = run[size:]
        if len(rest) >= 2 and (is_country(place) or fold(place) in US_STATES):
            return [(run[:size], set()), (rest, titles | {title})]
    return [(run, titles)]


# Words that open a title of several words ("District Attorney", "Majority Leader", "Special
# Envoy").
_TITLE_PREFIXES = frozenset({"district", "circuit", "majority", "minority", "special"})


def _is_title_word(token: Token) -> bool:
    return fold(token.text) in TITLE_WORDS


def _titles_a_name(low: str, following: Token | None) -> bool:
    """A title word before a name that is no title ('Speaker' before 'Ana Dale')."""
    return (
        low in TITLE_WORDS
        and following is not None
        and following.pos_ == "PROPN"
        and fold(following.text) not in TITLE_WORDS
    )


def _labels_a_person(low: str, following: Token | None) -> bool:
    """'Republican' before 'Ana Dale' (or before 'Sen.'): a party label of the person named
    next, no part of the name."""
    return (
        low in PARTY_MEMBER_WORDS
        and following is not None
        and following.pos_ == "PROPN"
        and fold(following.text) not in _BODY_WORDS
    )


def _ends_the_name(current: list[Token], low: str, following: Token | None) -> bool:
    """'the Islamic State affiliate': 'State' finishes the name before it (no name after);
    'Cpl. Janice Leader', 'Ana Bishop, a lecturer,': a title word after a given name that
    is titled or set off by an apposition is her family name."""
    if not current or (following is not None and following.pos_ == "PROPN"):
        return False
    if low in NAME_ENDING_TITLE_WORDS:
        return True
    first = current[0]
    before = first.doc[first.i - 1] if first.i > 0 else None
    titled = before is not None and fold(before.text.rstrip(".")) in _TITLES_AND_HONORIFICS
    titled = titled and before is not None and before.text[:1].isupper()
    # 'Amy Bishop, a former lecturer,': a given name, a title word and an apposition
    introduced = following is not None and following.text == "," and first.i > 0
    unled = before is None or before.lower_ not in {"the", "a", "an"}
    return len(current) == 1 and (titled or (introduced and unled))


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


def _joins_compound_name(tokens: list[Token], index: int, current: list[Token]) -> bool:
    """The hyphen of a capitalised Name-Name compound written without spaces ('Hapag-Lloyd',
    'Mercedes-Benz said'): one name, unless it modifies a common noun after it ('the
    Kosovo-Serbia border', 'the Velk-Dale campaign': two names) or joins a country ('the
    Israel-Velka talks') or a particle ('Al-Vessa', read with the particle's own rule)."""
    token, after = tokens[index], tokens[index + 1 : index + 3]
    if len(current) != 1 or token.text != "-" or not after or token.whitespace_:
        return False
    first, second = current[0], after[0]
    if first.whitespace_ or second.pos_ != "PROPN" or not (first.is_title and second.is_title):
        return False
    if not all(w.is_alpha and len(w.text) > 1 for w in (first, second)):
        return False  # 'R-Ky.': a lawmaker's party and state
    if fold(first.text) in NAME_PARTICLES or country_of(first.text) or country_of(second.text):
        return False
    head = after[1] if len(after) > 1 else None
    return head is None or not (head.pos_ == "NOUN" and head.text[:1].islower())


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
    if not after or not after[0].is_title:
        return False
    if fold(after[-1].text) in INSTITUTION_WORDS:
        return True
    # 'Centers for Harbour Control and Prevention': one word more of a body's name that went
    # on after 'of' or 'for' (not 'the Bank of Dorn and Velka officials')
    going_on = any(t.lower_ in {"of", "for"} for t in current)
    modifies = end < len(tokens) and tokens[end].pos_ == "NOUN"
    return going_on and len(after) == 1 and not modifies


def _body_after(tokens: list[Token], index: int) -> bool:
    """The proper nouns after `index` make a body's name ('Miners' Union')."""
    end = index + 1
    while end < len(tokens) and tokens[end].pos_ == "PROPN":
        end += 1
    return end > index + 1 and is_body_word(fold(tokens[end - 1].text))


def _body_goes_on(current: list[Token], following: Token | None) -> bool:
    """'Department' + 'of' + 'Harbour Safety', 'Centers' + 'for' + 'Harbour Control': a
    body's name continues after 'of' or 'for'."""
    body = fold(current[-1].text)
    return (
        following is not None
        and following.pos_ == "PROPN"
        and following.is_title
        and current[-1].is_title
        and (body in BODY_OF_WORDS or body.removesuffix("s") in BODY_OF_WORDS)
    )


def title_case(tokens: Iterable[Token]) -> bool:
    """A headline written in title case ('Senator Vows To Block Harbour Bill'): the tagger
    reads every word as a proper noun, so its name runs are no evidence of anyone."""
    words = 0
    for token in tokens:  # asked of every sentence: most give a lower-case word early
        if not token.is_alpha:
            continue
        word = token.text
        if word[0].islower() and word not in (
            TITLE_CASE_LOWER_WORDS if len(word) > 3 else TITLE_CASE_SHORT_LOWER_WORDS
        ):
            # a lower-case word, or a short one a headline would capitalise ('met', 'was'): a
            # sentence
            return False
        words += len(word) > 3
    return words >= 4


def run_text(run: list[Token]) -> str:
    """A name run as written ('Kessrow Miners' Union'), from its first to its last token."""
    first, last = run[0], run[-1]
    if first.i == last.i:
        return str(first.text)
    # a Span's text, without building the Span (asked hundreds of times per article)
    doc = first.doc
    return "".join(doc[i].text_with_ws for i in range(first.i, last.i)) + last.text


def is_body_word(folded: str) -> bool:
    """An organisation word, also in the plural ('Centers for…', 'Institutes of…')."""
    return folded in ORGANISATION_WORDS or folded.removesuffix("s") in ORGANISATION_WORDS


def is_person_name(words: list[str], titles: set[str]) -> bool:
    folded = [fold(w) for w in words]
    if any(is_body_word(w) for w in folded) or names_a_thing(folded):
        return False
    if len(folded) > 1 and folded[-1] in AREA_NAME_WORDS:
        return False  # 'the 7th Congressional District': an area, perhaps a body, no person
    if len(folded) > 1 and folded[-1].rstrip(".") in COMPANY_NAME_WORDS | COMPANY_SUFFIXES:
        return False  # 'Kessel Mining', 'Varne Lines', 'Tesk Ltd': a company, no person
    if not titles and (" ".join(folded) in US_STATES or is_country(" ".join(words))):
        return False  # 'Puerto Rico', 'New Mexico', 'Sri Lanka': a place in a person's shape
    if len(folded) > 1 and folded[0] in PLACE_PREFIX_WORDS:
        return False  # 'Lake Geneva', 'Central America'
    if len(words) > 1 and words[0] in VESSEL_PREFIXES:
        return False  # 'INS Velka': a ship
    if not titles and led_by_particle(words):
        return False  # 'al Qarun', 'Al-Vessa': a group, not a person
    if not titles and _led_by_acronym(words):
        return False  # 'CBS Chicago', 'HRTV Corvel': a broadcaster, not a person
    # 'Hapag-Lloyd' is one word of a name, no given name and family name
    return bool(titles) or len(" ".join(folded).replace(" - ", "-").split()) >= 2


def _led_by_acronym(words: list[str]) -> bool:
    """A name opened by an acronym of three or more capitals before a word in ordinary case
    ('CBS Chicago', 'WKRN Nashville'): an organisation's name. Initials of a person are one
    or two letters ('JD Vance'), and a name in an all-capitals line has no word in ordinary
    case."""
    return (
        len(words) > 1
        and len(words[0]) >= 3
        and words[0].isalpha()
        and words[0].isupper()
        and any(not w.isupper() for w in words[1:])
    )


def led_by_particle(words: list[str]) -> bool:
    """A name opened by an Arabic article written in lower case or joined by a hyphen
    ('al Qarun', 'al-Vessa', 'Al-Vessa'): a group's or movement's name ('Karim al-Vessa', a
    person's, has the given name first)."""
    if len(words) < 2 or fold(words[0]) not in NAME_PARTICLES:
        return False
    return words[0].islower() or words[1] == "-" or words[0].endswith("-")


_NUMERALS = frozenset({"i", "ii", "iii", "iv", "v", "1", "2", "3"})


def names_a_thing(folded: list[str]) -> bool:
    """A name whose last word makes it a place, a building, a law, an event or a date
    ('Syntagma Square', 'Estelle Unit', 'Endangered Species Act', 'Tuesday')."""
    if not folded:
        return False
    last = folded[-1]
    if last in WEEKDAYS or (last in MONTHS and len(last) > 3):
        return True
    if len(folded) > 2 and last in _NUMERALS:
        return names_a_thing(folded[:-1])  # 'World War II'
    if len(folded) > 1 and last in {"day", "eve"}:
        before = folded[-2]
        if before in HOLIDAY_WORDS or before.endswith(("'s", "’s")):
            return True
    return len(folded) > 1 and last in _THING_NAME_WORDS


def title_case_headline_end(text: str) -> int:
    """Where a headline written in title case ends ('Kell Signs Law On Harbour Fees'), or 0:
    the first line, short and without a full stop (a feed may close one with a stop), whose
    longer words are nearly all capitalised. Every word of it is a proper noun to the
    tagger."""
    first = text.split("\n", 1)[0]
    if "\n" not in text or len(first) > 200:
        return 0
    if first.rstrip().endswith(".") and not closed_title_case_headline(first.rstrip()):
        return 0
    return len(first) if title_case_line(first) else 0


def named_in_body(run: list[Token], body: str) -> list[Token]:
    """The part of a title-case headline's name run that the article's body writes too
    ('Kell' of 'Kell Signs Law'); a run the body never writes ('Budget Woes') is none, but
    for the acronym that opens it ('DOJ Refers Case'): title case makes no word all capitals."""
    for end in range(len(run), 0, -1):
        if run_text(run[:end]) in body:
            return run[:end]
    acronyms = 0
    while acronyms < len(run) and _an_acronym(run[acronyms].text):
        acronyms += 1
    return run[:acronyms]


def _an_acronym(word: str) -> bool:
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper()


def in_quoted_title(run: list[Token]) -> bool:
    """'"Long Live Velmaria"', '"Free The Dorn Valley"': the run lies in quotation marks
    that hold only capitalised words, two or more: a slogan or a title, no actor (a
    nickname in marks is one word, or written with 'the': 'the "Squad"')."""
    doc = run[0].doc
    start, end = run[0].i, run[-1].i
    while start > 0 and (doc[start - 1].is_title or doc[start - 1].text == "-"):
        start -= 1
    while end + 1 < len(doc) and (doc[end + 1].is_title or doc[end + 1].text == "-"):
        end += 1
    if start == 0 or end + 1 >= len(doc) or end - start < 1:
        return False
    return doc[start - 1].is_quote and doc[end + 1].is_quote
