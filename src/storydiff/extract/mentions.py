"""The actors an article names, each mention with the words the outlet attaches to it.

Mentions are proper-name phrases ('Serbian President Aleksandar Vucic', 'the unrecognized
Kosovo', 'Kosovo Serbs') and definite descriptions that stand for someone named earlier
('the Kremlin spokesman', 'the ministry'). No NER model runs (it would double the parse);
types come from the same cues the speaker resolution uses: titles and two-word names make a
person, organisation words an organisation, a place preposition a place, a plural a group.

Descriptors are what framing lives in: adjectives ('unrecognized', 'Albanian-majority'),
titles ('President'), appositions ('the Kremlin spokesman'), and relative or participle
clauses ('accused of assaulting serving police officers'), each with its offsets.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Article, EntityType, Mention
from ..nlp.doc_text import doc_text
from ..text import fold
from ..text_groups import (
    GOVERNMENT_NOUNS,
    GROUP_KINDS,
    STATE_AGENT_NOUNS,
    STATE_ORGAN_NOUNS,
)
from ..text_names import (
    HONOURS,
    NAME_PARTICLES,
    TITLE_ABBREVIATIONS,
    acronym_key,
    initials,
    initials_forms,
)
from ..text_page import credit_spans
from .aliases import (
    INTERNATIONAL_BODIES,
    cities_with_mayors,
    country_of,
    country_of_demonym,
)
from .mention_circles import circle_mention
from .mention_finish import by_given_name, finished, past_furniture, sentence_the_labelled
from .mention_groups import (
    government_mention,
    group_mention,
    industry_mention,
    industry_noun,
    leader_agents_mention,
)
from .mention_pacts import Pacts
from .mention_parts import build_mention, entity_key, phrase_start
from .mention_policies import Policies
from .mention_types import (
    appositive_titles,
    company_form,
    hyphened_demonym,
    introduced_as_relative,
    name_type,
    names_company,
    names_pact,
    shared_government_noun,
    state_form_of,
)
from .name_filters import is_known_person, names_no_actor, without_portfolio
from .name_runs import (
    name_runs,
    named_in_body,
    run_text,
    title_case_headline_end,
)
from .place_references import place_reference_mention
from .references import (
    Countries,
    apposed_description_mention,
    bare_title,
    country_mention,
    country_reference_mention,
    demonym_agent_mention,
    description_mention,
    possessive_government_mention,
    title_mention,
)
from .speaker_memory import SpeakerMemory

__all__ = ["entity_key", "find_mentions"]

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# (unions of word lists, made once: a set union on each call costs more than the test)
_STATE_NOUNS = GOVERNMENT_NOUNS | STATE_AGENT_NOUNS | STATE_ORGAN_NOUNS


def header_spans(article: Article) -> tuple[tuple[int, int], ...]:
    """The dateline, byline and closing credits of an article: page furniture whose names
    are no actors of the story ('MOSCOW, December 28. /TASS/.' is not Russia speaking or
    acting, nor is 'Ina Voss is a reporter for Harbour Gazette.' a person in it)."""
    header = tuple((p.start, p.end) for p in (article.dateline, article.byline) if p is not None)
    return header + credit_spans(article.text)


@dataclass
class _Reading:
    """What reading an article's sentences in order builds up."""

    doc: Doc
    article_id: str
    text: str  # spaCy rebuilds doc.text from every token at each read
    countries: Countries
    memory: SpeakerMemory = field(default_factory=SpeakerMemory)
    acronyms: dict[str, str] = field(default_factory=dict)  # 'imf' -> 'International Mon…'
    pacts: Pacts = field(default_factory=Pacts)  # what 'the deal' refers to
    policies: Policies = field(default_factory=Policies)  # what 'the measures' refer to
    mentions: list[Mention] = field(default_factory=list)
    untitled: list[Token] = field(default_factory=list)  # 'the president' before anyone was
    unnamed: list[tuple[Token, int]] = field(default_factory=list)  # capitalised, no name
    modifiers: list[tuple[list[Token], set[str], int]] = field(default_factory=list)


def find_mentions(
    doc: Doc, article_id: str, furniture: Sequence[tuple[int, int]] = ()
) -> tuple[Mention, ...]:
    """Every named or described actor of a parsed article, in reading order, but none in
    the `furniture` spans (`header_spans`)."""
    text = doc_text(doc)
    reading = _Reading(doc, article_id, text, Countries(cities=cities_with_mayors(text)))
    headline_end = title_case_headline_end(text)
    for sent in doc.sents:
        tokens = list(sent)  # read twice; each pass over a Span rebuilds its tokens
        covered = _read_names(reading, tokens, sent.start, headline_end)
        _read_descriptions(reading, tokens, sent.start, covered)
    return _after_reading(reading, furniture)


def _read_names(
    reading: _Reading, tokens: list[Token], sent_start: int, headline_end: int
) -> set[int]:
    """The name mentions of one sentence, added to `reading`; the token indexes they cover."""
    memory, countries, article_id = reading.memory, reading.countries, reading.article_id
    covered: set[int] = set()
    runs = _hyphen_joined(name_runs([t for t in tokens if not t.is_space]))
    for whole, titles in _without_possessor(runs, memory):
        run = without_portfolio(whole)
        if not run:
            continue
        if run[0].idx < headline_end:
            run = named_in_body(run, reading.text[headline_end:])
            if not run:
                continue
        mention = _name_mention(run, titles, memory, article_id, sent_start, reading.acronyms)
        if mention is None and _modifies_noun(run[-1]):
            reading.modifiers.append((run, titles, sent_start))
        if mention is not None and mention.type == "person" and titles:
            countries.note_titles(run, titles, mention.name, sent_start)
        if mention is not None:
            mention = _place_form(mention, run, countries)
            reading.pacts.saw(mention)
            modifier = _modifies_noun(run[-1], through_names=True)
            reading.mentions.append(countries.saw(mention, antecedent=not modifier))
            # the whole phrase: 'the Bush administration' is not also 'the administration'
            phrase = reading.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            first = min(run[0].i, phrase.start) if phrase else run[0].i
            covered.update(range(first, max(run[-1].i + 1, phrase.end if phrase else 0)))
    return covered


_DESCRIBED_POS = {"NOUN", "PROPN", "ADJ"}


def _read_descriptions(
    reading: _Reading, tokens: list[Token], sent_start: int, covered: set[int]
) -> None:
    """The mentions of one sentence that are no names ('the ministry', 'the country',
    'protesters'), added to `reading`; titles and capitalised words kept for later."""
    memory, countries, article_id = reading.memory, reading.countries, reading.article_id
    for token in tokens:
        if token.i in covered:
            continue
        if token.pos_ not in _DESCRIBED_POS and not token.is_title:
            continue  # every rule below wants a noun, a name or an adjective, or a capital
        mention = (
            _mistagged_name_mention(token, memory, article_id, sent_start, reading.acronyms)
            or industry_mention(token, article_id)
            or description_mention(token, memory, article_id, countries)
            or country_reference_mention(token, article_id, countries)
            or place_reference_mention(token, article_id, countries)
            or possessive_government_mention(token, memory, article_id, reading.mentions)
            or apposed_description_mention(token, memory, article_id)
            or demonym_agent_mention(token, article_id)
            or circle_mention(token, article_id, reading.mentions)
            or leader_agents_mention(token, memory, article_id, reading.mentions)
            or group_mention(token, article_id)
            or reading.pacts.mention(token, article_id, reading.mentions)
            or reading.policies.mention(token, article_id)
        )
        if mention is not None:
            reading.mentions.append(countries.saw(mention))
            phrase = reading.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            covered.update(range(token.i, phrase.end if phrase else token.i + 1))
        elif bare_title(token):
            reading.untitled.append(token)
        elif token.is_title and token.pos_ != "PROPN":
            reading.unnamed.append((token, sent_start))


def _after_reading(reading: _Reading, furniture: Sequence[tuple[int, int]]) -> tuple[Mention, ...]:
    """The mentions once the whole article is read: 'the president' written before
    'President Trump' is named is the titled person of the whole article; a headline's
    'Kell warns…' the tagger read as a noun is the person named later; a name modifying a
    noun before the article named it ('Trump questions' in a headline) is read again."""
    memory, article_id, acronyms = reading.memory, reading.article_id, reading.acronyms
    mentions = reading.mentions
    later = (title_mention(t, memory, article_id, reading.countries) for t in reading.untitled)
    mentions.extend(filter(None, later))
    early = (
        _mistagged_name_mention(t, memory, article_id, s, acronyms) for t, s in reading.unnamed
    )
    mentions.extend(filter(None, early))
    again = (_name_mention(r, t, memory, article_id, s, acronyms) for r, t, s in reading.modifiers)
    mentions.extend(filter(None, again))
    mentions.extend(reading.pacts.read_again(article_id))
    kept = filter(None, (past_furniture(m, furniture, reading.text) for m in mentions))
    return sentence_the_labelled(
        sorted((finished(m, memory) for m in kept), key=lambda m: m.start), reading.doc
    )


def _without_possessor(
    runs: list[tuple[list[Token], set[str]]], memory: SpeakerMemory
) -> Iterator[tuple[list[Token], set[str]]]:
    """ "Velk's National Harbour Council" is a person and the body they lead, two names: a
    run a person named before opens with a possessive splits there (the person keeps the
    titles). A possessive that is no person's stays in the name ("the Miners' Union").
    Read lazily, so that a person named earlier in the sentence counts."""
    for run, titles in runs:
        cut = next((i for i, t in enumerate(run) if t.tag_ == "POS"), 0)
        if 0 < cut < len(run) - 1 and memory.is_person(run_text(run[:cut])):
            yield run[:cut], titles
            yield run[cut + 1 :], set()
        else:
            yield run, titles


def _place_form(mention: Mention, run: list[Token], countries: Countries) -> Mention:
    """'the North' after 'North Korea'; 'London' where the article names its mayor."""
    if len(run) == 1 and mention.type != "person":
        mention = countries.short_form(mention, run[0]) or mention
    return countries.as_city(mention, run) or mention


def _hyphen_joined(
    runs: list[tuple[list[Token], set[str]]],
) -> list[tuple[list[Token], set[str]]]:
    """Runs with a name's hyphenated last part put back: 'Moon Jae-in', 'Kim Jong-un' (the
    parser splits them at the hyphen and tags the lower-case part as no name, or as a name
    of its own that the alias table reads as the UN)."""
    joined: list[tuple[list[Token], set[str]]] = []
    skip_from = -1
    for index, (run, titles) in enumerate(runs):
        if run[0].i == skip_from:
            continue
        doc, last = run[-1].doc, run[-1].i
        after = runs[index + 1][0] if index + 1 < len(runs) else None
        if after is not None and _particle_before_hyphen(run, after):
            # 'Al-Vessa': the parser splits the particle off at the hyphen
            joined.append(([*run, doc[last + 1], *after], titles))
            skip_from = after[0].i
            continue
        if (
            len(run) > 1  # a given name ('Jae-in'), not 'Serb-inhabited'
            and last + 2 < len(doc)
            and doc[last].whitespace_ == ""
            and doc[last + 1].text == "-"
            and doc[last + 1].whitespace_ == ""
            and doc[last + 2].is_alpha
            and doc[last + 2].text[:1].islower()
        ):
            run = [*run, doc[last + 1], doc[last + 2]]
            skip_from = last + 2
        joined.append((run, titles))
    return joined


def _particle_before_hyphen(run: list[Token], after: list[Token]) -> bool:
    """'Al' - 'Vessa': a run of one name particle, a hyphen, and the next run."""
    doc, last = run[-1].doc, run[-1].i
    return (
        len(run) == 1
        and fold(run[0].text) in NAME_PARTICLES
        and after[0].i == last + 2
        and doc[last].whitespace_ == ""
        and doc[last + 1].text == "-"
        and doc[last + 1].whitespace_ == ""
    )


def _expanded(run: list[Token], name: str, memory: SpeakerMemory, acronyms: dict[str, str]) -> str:
    """The full name an acronym stands for in this article ('IMF' after 'the International
    Monetary Fund (IMF)', or after any name with those initials); records 'Name (ACRONYM)'.
    Any other name comes back as it is."""
    doc = run[0].doc
    after = run[-1].i + 1
    if after + 2 < len(doc) and doc[after].text == "(":
        inner, closing = doc[after + 1], doc[after + 2]
        letters = acronym_key(inner.text)
        if closing.text == ")" and letters and initials(name).startswith(letters[:2]):
            acronyms[letters] = name
    letters = acronym_key(name) if len(run) == 1 else ""
    if not letters:
        return name
    if letters not in acronyms:
        match = next(
            (p.name for p in reversed(memory.people.values()) if letters in initials_forms(p.name)),
            None,
        )
        if match is None:
            return name
        acronyms[letters] = match
    return acronyms[letters]


def _name_mention(
    run: list[Token],
    titles: set[str],
    memory: SpeakerMemory,
    article_id: str,
    sent_start: int,
    acronyms: dict[str, str],
) -> Mention | None:
    head = run[-1]
    if names_no_actor(run, titles, memory):
        return None
    industry = industry_noun(head)
    if industry is not None and industry_mention(industry, article_id) is not None:
        return None  # 'U.S. steel producers': the industry acts, read with the nouns
    modifier = False
    if (shared := shared_government_noun(head)) and country_of(run_text(run)) is None:
        return government_mention(run, memory, article_id, sent_start, shared)  # 'Bush and Obama'
    if _modifies_noun(head):
        noun = fold(head.head.lemma_ or head.head.text)
        country = country_of(run_text(run)) or country_of_demonym(run_text(run))
        if country is not None and noun in _STATE_NOUNS:
            # 'the U.S. government', 'Chinese officials': the state they act for
            span = head.doc[phrase_start(run, sent_start) : head.head.i + 1]
            return country_mention(span, country, head.head, article_id)
        if noun in GOVERNMENT_NOUNS:
            return government_mention(run, memory, article_id, sent_start)
        known = is_known_person(run, titles, memory) or _named_before(run, memory, acronyms)
        known = known or names_company(run)  # 'Dravid Minerals shares': the company acts
        if country_of(run_text(run)) is None and not known:
            return None  # 'Albanian-majority', 'Grain Council report': a modifier only
        # 'the Trump campaign', 'U.S. tariffs', 'Kremlin spokesman', 'the NGC report': a
        # state or an actor the article named before, by the name alone ('the' belongs to
        # the noun)
        modifier = True
    name = run_text(run)
    expansion = _expanded(run, name, memory, acronyms)
    if expansion != name:
        # 'IMF' is the International Monetary Fund: one actor under the full name's key
        span = head.doc[run[0].i if modifier else phrase_start(run, sent_start) : head.i + 1]
        # 'JCPOA' names what its expansion names: a pact, else a body
        pact = names_pact([fold(w) for w in expansion.split()])
        kind: EntityType = "other" if pact else "organisation"
        return build_mention(span, "name", expansion, expansion, kind, head, run, article_id)
    return _typed_name_mention(run, titles, memory, article_id, sent_start, modifier)


def _typed_name_mention(
    run: list[Token],
    titles: set[str],
    memory: SpeakerMemory,
    article_id: str,
    sent_start: int,
    modifier: bool,
) -> Mention:
    """A name run as the actor it names: a state for its capital or seat ('Belgrade', 'the
    Kremlin'), a group of the kind a name ends in, a person remembered with the titles held,
    or a body; as a `modifier` ('the Trump campaign') without the noun's article."""
    head, name = run[-1], run_text(run)
    words = [t.text for t in run]
    name, entity_type = _whole_name(run, name, name_type(run, titles, memory), memory)
    if entity_type == "organisation" and name != run_text(run):
        words = name.split()
    country = country_of(name) if entity_type != "person" else None
    country = country or state_form_of(words)  # 'the Republic of Northvale' is Northvale
    country = country or hyphened_demonym(run)  # 'Russian-backed': Russia
    if country is not None:
        # 'Belgrade', 'the Kremlin', 'U.S.': the state they stand for
        words = country.split()
        entity_type = "organisation" if country in INTERNATIONAL_BODIES else "place"
    key_name = name if entity_type == "person" else " ".join(words)
    group_kind = GROUP_KINDS.get(fold(head.text)) if country is None else None
    if group_kind is not None and entity_type not in {"person", "organisation"}:
        # 'the Velkan Caravan', a tweet's 'Caravans': the group of that kind the outlets
        # describe ('the caravan', 'the migrants'), keyed as `group_mention` keys them (and
        # not remembered as a body, so that a later 'the caravan' is that group too)
        key_name, entity_type = group_kind, "group"
        if len(run) == 1:
            name = head.text.lower()  # a headline's 'Farmers' is the outlets' 'farmers'
    elif entity_type == "person":
        name = _honoured(run, name, memory)
        relative = introduced_as_relative(run)
        held = {t for t in titles if t} | appositive_titles(head)
        # 'Sen. Ana Dale' is 'the senator' later, as 'Senator Ana Dale' is
        held |= {TITLE_ABBREVIATIONS[t] for t in held if t in TITLE_ABBREVIATIONS}
        name = memory.observe(name, held, run[0].idx, person=True, relative=relative)
        key_name = name
    else:
        memory.observe(name, set(), run[0].idx, person=False)
    start_token = run[0].i if modifier else phrase_start(run, sent_start)
    doc = head.doc
    span = doc[start_token : head.i + 1]
    return build_mention(
        span, "name", key_name, country or name, entity_type, head, run, article_id
    )


def _whole_name(
    run: list[Token], name: str, entity_type: EntityType, memory: SpeakerMemory
) -> tuple[str, EntityType]:
    """The whole name one word stands for ('Donald' in a quote after 'Donald Trump', 'Dravid'
    after 'Dravid Minerals'), and its type; a company's name is recorded as one."""
    if len(run) == 1 and not memory.is_person(name) and (full := by_given_name(name, memory)):
        return full, "person"
    if len(run) == 1 and entity_type != "person" and (short := _company_of(name, memory)):
        name, entity_type = short, "organisation"
    company = names_company(run) or name in memory.companies or company_form(name.split())
    if entity_type == "organisation" and company:
        memory.companies.add(name)
    return name, entity_type


def _honoured(run: list[Token], name: str, memory: SpeakerMemory) -> str:
    """A person's name with the honour written before it ('Sir Kim Darroch'), or the name the
    article gave with one before ('Kim Darroch' after 'Sir Kim Darroch'): an honour leads a
    given name, so it tells which word is the family name."""
    before = run[0].doc[run[0].i - 1] if run[0].i > 0 else None
    honour = before is not None and fold(before.text) in HONOURS
    if len(run) > 1 and before is not None and honour and before.text[:1].isupper():
        return f"{before.text} {name}"
    known = (f"{honour.title()} {name}" for honour in HONOURS)
    return next((full for full in known if full in memory.named), name)


def _mistagged_name_mention(
    token: Token, memory: SpeakerMemory, article_id: str, sent_start: int, acronyms: dict[str, str]
) -> Mention | None:
    """A person named before whose name the tagger read as a common word this time ('Trump
    said' as a noun, 'May said' as a modal): a capitalised word equal to that name."""
    if token.pos_ == "PROPN" or not token.is_title or not memory.is_person(token.text):
        return None
    return _name_mention([token], set(), memory, article_id, sent_start, acronyms)


def _modifies_noun(token: Token, through_names: bool = False) -> bool:
    """The name's last word modifies a noun after it ('Trump campaign', 'U.S. tariffs'); with
    `through_names`, also through another name ('the Chile-Peru road')."""
    while token.dep_ in {"compound", "amod"} and token.head.i > token.i:
        token = token.head
        if token.pos_ == "NOUN":
            return True
        if not through_names:
            return False
    return False


def _company_of(word: str, memory: SpeakerMemory) -> str | None:
    """The one company named so far whose name starts with `word` ('Dravid' after 'Dravid
    Minerals'): the short form news uses for a company."""
    found = {c for c in memory.companies if len(c.split()) > 1 and c.split()[0] == word}
    return found.pop() if len(found) == 1 else None


def _named_before(run: list[Token], memory: SpeakerMemory, acronyms: dict[str, str]) -> bool:
    """The article named this actor before (as itself, or by the expansion of an acronym)."""
    name = run_text(run)
    return memory.knows(name) or acronym_key(name) in acronyms
