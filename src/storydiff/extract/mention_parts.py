"""How a mention is built: its span (the phrase naming the actor), the key that links it
across articles, and the descriptors the outlet attaches to it. Shared by the name mentions
(`mentions`) and the descriptions that stand for a named actor (`references`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import EntityType, Mention, MentionKind, Span
from ..text import fold
from ..text_names import (
    COMPANY_SUFFIXES,
    NOT_OF_A_NAME_DETERMINERS,
    TITLE_WORDS,
    acronym_key,
    family_name,
    without_titles,
)
from .aliases import country_spelled_out
from .name_runs import is_body_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokenSpan

_DESCRIPTOR_DEPS = {"amod", "appos", "relcl", "acl"}
MODIFIER_DEPS = {"det", "amod", "compound", "nmod", "nummod", "poss"}


def build_mention(
    span: TokenSpan,
    kind: MentionKind,
    key_name: str,
    name: str,
    entity_type: EntityType,
    head: Token,
    run: list[Token],
    article_id: str,
) -> Mention:
    """The mention `span` makes of `name`, keyed by `key_name`; its descriptors are read
    around `head` (the last token of the name `run`)."""
    return Mention(
        article=article_id,
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        kind=kind,
        key=entity_key(key_name, entity_type),
        name=name,
        type=entity_type,
        descriptors=_descriptors(head, run, article_id),
    )


# The key of a title no one in its article holds ('the attorney general' in an article that
# never titles anyone so): `crossdoc.entity_titles` gives it to the one person the other
# articles title so, or drops it.
OPEN_TITLE_KEY = "title:"
# The key of 'the deal' in an article that names no pact ('the deal' of a story whose other
# outlets name it 'the Velmaria accord'): `crossdoc.entity_titles` gives it to the pact the
# story's articles name most, or drops it.
OPEN_PACT_KEY = "pact:"
OPEN_KEYS = (OPEN_TITLE_KEY, OPEN_PACT_KEY)


def entity_key(name: str, entity_type: EntityType) -> str:
    """What links one actor's mentions: a person's surname, otherwise the whole name,
    folded ('Vučić' = 'Vucic'), without a leading article or a plural or possessive 's'."""
    if entity_type == "organisation":
        name = country_spelled_out(name)  # 'U.S. Embassy' is 'United States Embassy'
    words = [fold(w) for w in name.replace("-", " ").split()]
    words = [w for w in words if w and w not in {"the", "a", "an"}]
    written = [w for w in name.split() if fold(w) not in {"the", "a", "an"}]
    if entity_type != "person" and len(written) == 1 and (letters := acronym_key(written[0])):
        return letters  # 'the J.C.P.O.A.' is 'JCPOA'
    if entity_type == "organisation" and len(words) > 1 and words[-1] in COMPANY_SUFFIXES:
        words = words[:-1]  # 'JBS SA' is 'JBS'
    if entity_type != "organisation" or not any(is_body_word(w) for w in words):
        # a body keeps its title words: 'State Department' is not 'Justice Department'
        words = [w for w in words if w not in TITLE_WORDS]
    if not words:
        return fold(name)
    if entity_type == "person":
        written = without_titles(name.split(), TITLE_WORDS | {"the", "a", "an"})
        return family_name(written) or words[-1]
    if entity_type == "group":
        # 'Kosovo Serbs', 'ethnic Serbs' and 'Serbs' are one group: its plural noun
        last = words[-1]
        return last[:-1] if last.endswith("s") and len(last) > 3 else last
    return " ".join(_body_word_last(words))


_OF_BODIES = frozenset({"department", "ministry"})


def _body_word_last(words: list[str]) -> list[str]:
    """'Department of Justice' is 'Justice Department', 'the Ministry of Fisheries' the
    'Fisheries Ministry': one body whichever way an outlet writes its name."""
    for i, word in enumerate(words[:-2]):
        if word in _OF_BODIES and words[i + 1] == "of":
            return [*words[:i], *words[i + 2 :], word]
    return words


def _title_of_office(doc: Doc, index: int, sent_start: int) -> bool:
    """The capitalised title word at `index` heads a title with 'of' ('Secretary of State',
    'Minister of Defence')."""
    if index < sent_start:
        return False
    word = doc[index]
    return word.text[:1].isupper() and fold(word.text) in TITLE_WORDS


def phrase_start(run: list[Token], sent_start: int) -> int:
    """Where the phrase naming the actor starts: walk left over its determiner, adjectives
    and title words, never across a conjunction or punctuation."""
    doc = run[0].doc
    start: int = run[0].i
    last = run[-1].i
    if in_a_title(run):
        return start  # 'former Deputy OHB Director Mara Tolle': the words before are hers
    if last + 2 < len(doc) and doc[last].whitespace_ == "" and doc[last + 1].text == "-":
        # 'the Serb-inhabited north', 'the Kosovo-Serbia border': the name opens a compound
        # modifier, and the determiner before it is the head noun's
        return start
    while start > sent_start:
        before = doc[start - 1]
        if before.text == "-" and start - 2 >= sent_start and doc[start - 2].is_alpha:
            start -= 2  # 'Albanian-majority Kosovo'
            continue
        office = fold(doc[start].text) in TITLE_WORDS  # 'State' of 'Secretary of State'
        if before.lower_ == "of" and office and _title_of_office(doc, start - 2, sent_start):
            start -= 2  # 'Secretary of State Ana Dale': the title reaches across 'of'
            continue
        if _title_held_for(doc, start - 1, sent_start):
            break  # 'Envoy to Sudan Mark Dill': the place the title is held for is no label
        if before.lower_ in NOT_OF_A_NAME_DETERMINERS:
            break  # 'both Senate Leader Mara Kell': 'both' joins two actors, names neither
        titled = fold(before.text) in TITLE_WORDS
        if before.dep_ in {"det", "amod", "compound"} or titled or before.pos_ == "ADJ":
            if before.pos_ in {"CCONJ", "PUNCT", "VERB", "ADP"}:
                break
            start -= 1
            continue
        break
    return start


def in_a_title(run: list[Token]) -> bool:
    """The name is part of a person's title, before its title word ('OHB' of 'former Deputy
    OHB Director Mara Tolle'): the words around it label the person, not the body."""
    after = run[-1].i + 1
    doc = run[0].doc
    return (
        after < len(doc) and doc[after].text[:1].isupper() and fold(doc[after].text) in TITLE_WORDS
    )


def _title_held_for(doc: Doc, index: int, sent_start: int) -> bool:
    """The proper noun at `index` is the place a title before it is held for: 'Sudan' of
    'Envoy to Sudan' (not 'Brennick' of 'taken to Brennick General Hospital')."""
    return (
        index - 2 >= sent_start
        and doc[index].pos_ == "PROPN"
        and doc[index - 1].lower_ == "to"
        and fold(doc[index - 2].text) in TITLE_WORDS
    )


def _descriptors(head: Token, run: list[Token], article_id: str) -> tuple[Span, ...]:
    """Words the outlet attaches to the actor: adjectives and title words before it,
    appositions and clauses after it."""
    if in_a_title(run):
        return ()
    inside = {t.i for t in run}
    found: list[Span] = []
    for child in head.children:
        if child.i in inside or any(f.start <= child.idx < f.end for f in found):
            continue  # in the name, or in a hyphenated title read already ('-in-Chief')
        if child.dep_ in {"amod", "compound", "nmod"} and child.i < head.i:
            if child.pos_ == "PROPN" and fold(child.text) not in TITLE_WORDS:
                continue  # part of the name, not a label
            span = head.doc[child.left_edge.i : _through_hyphens(child) + 1]
        elif child.dep_ in _DESCRIPTOR_DEPS and child.i > head.i:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                continue  # another name ('Kosovo, Kfor'), not a label
            if _stray_predicate(child):
                continue
            span = head.doc[child.left_edge.i : _clause_end(child) + 1]
        else:
            continue
        while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
            span = span[:-1]
        while len(span) > 1 and (span[0].is_punct or span[0].lower_ in {"the", "a", "an"}):
            span = span[1:]
        if any(t.is_alpha for t in span):
            found.append(Span(article_id, span.start_char, span.end_char, span.text))
    return tuple(found)


def _through_hyphens(token: Token) -> int:
    """The last token of the hyphenated word `token` opens: a title the parse splits at its
    hyphens ('Commander-in-Chief', 'editor-in-chief') is one descriptor, not 'Commander'."""
    doc = token.doc
    end = token.i
    while (
        end + 2 < len(doc)
        and doc[end].whitespace_ == ""
        and doc[end + 1].text == "-"
        and doc[end + 1].whitespace_ == ""
        and doc[end + 2].is_alpha
    ):
        end += 2
    return end


# Tags of a finite verb: a reduced clause on a noun ('the man arrested on Monday', 'plans to
# close') is a participle or an infinitive, never one of these.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _stray_predicate(token: Token) -> bool:
    """A finite verb the parse hung on a noun as its clause: the sentence's own predicate
    ('Rep. Dale, who represents the 4th District, called Rell to concede' parses 'called' as
    a clause of 'District'), no label of the noun. Told by its tag, or, where the parse
    found no verb to be the sentence's root, by the comma right before it."""
    if token.dep_ != "acl":
        return False
    if token.tag_ in _FINITE_TAGS:
        return True
    after_comma = token.i > 0 and token.doc[token.i - 1].text == ","
    return after_comma and token.sent.root.pos_ not in {"VERB", "AUX"}


def _clause_end(token: Token) -> int:
    """Where the label a clause or apposition makes ends: at its right edge, or before a
    stray predicate inside it and the comma before that ('who represents the 4th District'
    of 'Rep. Dale, who represents the 4th District, called Rell …')."""
    end = token.right_edge.i
    stray = [t for t in token.subtree if t.i != token.i and _stray_predicate(t)]
    if stray:
        end = stray[0].left_edge.i - 1
        while end > token.i and token.doc[end].is_punct:
            end -= 1
    return end
