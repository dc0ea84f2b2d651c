"""What a statement says about causes and certainty, read off its text.

Each reader returns spans (offsets into the article) so a conflict can point at the words
that carry it. Word lists are general English, not any event's. Amounts are read in
crossdoc/amounts.py.
"""

from __future__ import annotations

import re

from ..model import Unit
from ..text import CLAIM_NOUNS, DOCUMENT_NOUNS, FUNCTION_WORDS, name_key
from .word_use import (
    NOUN_PHRASE_POS,
    POSSESSIVES,
    ends_noun_phrase,
    next_pos,
    opens_clause,
    subject_of_next_verb,
    token_offsets,
)

# -- causes ------------------------------------------------------------------------------

_CAUSE = re.compile(
    r"\b(in retaliation(?: for)?|in response to|in reaction to|as a response to|because of|"
    r"because|due to|as a result of|prompted by|triggered by|provoked by|in revenge for|"
    r"to retaliate)\b",
    re.IGNORECASE,
)


def causes(unit: Unit) -> list[tuple[int, int, str]]:
    """Explicit causal links a statement makes: 'in retaliation', 'because of', …"""
    return _matches(_CAUSE, unit)


_SEQUENCE = re.compile(
    r"\b((?:hours|days|weeks|minutes|shortly|soon|just|a day|a week) (?:after|before)|after|"
    r"before|following|preceded|followed|then)\b",
    re.IGNORECASE,
)


_CLAUSE_END = re.compile(r"[,;:.!?—–]|\s-\s|\b(?:and|but|while|when|whereas)\b")


def event_words(text: str) -> set[str]:
    """The content words of an event as written, as name keys ('Serbia put its army on
    alert' -> {'serbia', 'put', 'army', 'alert'}): for telling whether two outlets' markers
    link the same events."""
    words = re.findall(r"[A-Za-z][\w-]+", text)
    return {name_key(w) for w in words if w.lower() not in FUNCTION_WORDS and len(w) > 2}


def complement(unit: Unit, marker_end: int) -> str:
    """What a causal or sequence marker links its statement to: the words after it up to the
    end of their clause ('in retaliation for [the arrests], …'); '' when the marker stands
    alone ('In retaliation, Serbia …' refers back to the sentence before)."""
    rest = unit.text[marker_end - unit.start :]
    end = _CLAUSE_END.search(rest)
    return rest[: end.start()] if end else rest


def same_effect(
    caused: Unit, markers: list[tuple[int, int, str]], antecedent: set[str], sequenced: list[Unit]
) -> bool:
    """Whether a statement that gives a cause (its `markers`, linking it to the event of
    `antecedent`) and a sentence that tells a sequence (its clauses, `sequenced`) are about
    the same effect."""
    effect = set().union(*(effect_words(caused, m) for m in markers)) - antecedent
    told = set().union(*(event_words(u.text) for u in sequenced))
    return len(effect & told) >= MIN_SHARED_EFFECT_WORDS


def effect_words(unit: Unit, marker: tuple[int, int, str]) -> set[str]:
    """The words of what a causal marker says was caused, without the event it links it to:
    the whole statement ('Serbia put its army on alert in retaliation for …'), or, for a
    marker in a relative clause, the noun that clause is about ('The decision, which was
    prompted by the ruling, marks …': {'decision'})."""
    before = unit.text[: marker[0] - unit.start]
    relative = _RELATIVE_CLAUSE.search(before)
    if relative is not None:
        return event_words(before[: relative.start()])
    linked = event_words(complement(unit, marker[1])) | event_words(marker[2])
    return event_words(unit.text) - linked


# how many words the effect a cause is given and the statement of a sequence share when they
# tell one effect ('the decision, prompted by the ruling' and 'questions were raised
# following the ruling' share one, and tell two effects of the ruling)
MIN_SHARED_EFFECT_WORDS = 2
# ', which was', ', who had been': a relative clause opening before a marker
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def sequences(unit: Unit) -> list[tuple[int, int, str]]:
    """Words that order a statement's fact against another in time: 'hours after', 'before'."""
    return _matches(_SEQUENCE, unit)


# -- certainty ---------------------------------------------------------------------------

_STRONG_DOUBT = re.compile(
    r"\b(so-called|purported(?:ly)?|spurious|baseless|unfounded|unsubstantiated|fabricated|"
    r"trumped-up|bogus|false(?:ly)?|wrongly|erroneously|incorrectly|without (?:any )?evidence|"
    r"dubious)\b",
    re.IGNORECASE,
)
# the verbs by which an outlet keeps its distance ('claimed' rather than 'said')
_WEAK_DOUBT = re.compile(
    r"\b((?:claimed|claiming)(?!\s+(?:victory|responsibility|credit|the\s+title|"
    r"a\s+seat|the\s+lives|the\s+life|his\s+life|her\s+life))|alleged(?:ly)?|alleging|"
    r"supposedly|supposed(?!\s+to\b))\b",  # 'was supposed to be' is an expectation, no doubt
    re.IGNORECASE,
)
# words by which an outlet leaves a claim open or calls it untrue without a doubt word of
# the lists above ('appeared to be evading', 'arguing over whether', 'the mayor's lie'):
# such an account is not one that reports the claim without doubt; nor is one that tells the
# report of it withdrawn ('retracted an earlier report that said …')
_HEDGE = re.compile(
    r"\b(appear(?:s|ed|ing)?\s+to|apparently|seemingly|reportedly|whether|lie|lies|lied|"
    r"falsehoods?|unproven|disputed|despite\s+no|retract(?:s|ed|ing|ion)?|"
    r"walk(?:s|ed|ing)?\s+back|(?:issued|ran|printed|published)\s+(?:\w+\s+)?corrections?)\b",
    re.IGNORECASE,
)
# 'accused Varn and two aides of …': the accused may stand between the verb and its 'of'
_ACCUSATION = re.compile(
    r"\b(accused of|charged with|suspected of|convicted of|"
    r"accused(?=\s+(?:[^\W\d_][\w'’.-]*,?\s+){1,20}?of\b))",
    re.IGNORECASE,
)


def doubts(unit: Unit, *, strong: bool, other: Unit | None = None) -> list[tuple[int, int, str]]:
    """Words by which the outlet distances itself from a claim ('claimed', 'alleged') or,
    `strong`, casts doubt on it ('spurious', 'so-called', 'baseless'), in the clause of the
    statement's predicate ('a supposedly secret deal that was signed' doubts the secrecy,
    not the signing, when the signing is compared). A doubt word before a noun doubts a fact
    only when the noun is a claim whose content `other` states ('false claims that the vote
    was rigged'); on another noun it doubts a label ('the so-called reforms')."""
    pattern = _STRONG_DOUBT if strong else _WEAK_DOUBT
    found = _matches(pattern, unit) + ([] if strong else _verbs(unit, _PRESENT_CLAIMS))
    # 'claimed executive privilege': a right asserted, no claim reported
    found = [
        m for m in found
        if not (m[2].lower().startswith("claim") and _takes_an_object(unit, m[1]))
    ]  # fmt: skip
    kept = []
    for m in sorted(found):
        if m[2].lower().startswith("claim") and _self_promotion(unit, m[1]):
            continue  # 'the firm claims it is the fastest-growing supplier': boilerplate
        adjunct = m[2].lower() in {"claiming", "alleging"} and _ADJUNCT_CLAIM.search(
            unit.text[: m[0] - unit.start]
        )
        if m[2].lower() in {"claiming", "alleging"} and _after_document(unit, m[0]):
            continue  # 'an op-ed claiming that …': what the text says, no doubt
        if other is not None and adjunct:
            if _adjunct_claim_told(unit, m, other):
                kept.append(m)
            continue
        claim = _modified_claim(unit, m) if _ADJECTIVE.match(m[2]) else None
        if claim is None and _judges_another_noun(unit, m[0]):
            continue  # 'pronouncements they knew to be false': that noun is judged
        if claim is not None and other is not None and _names_claim(other):
            continue  # the other too reports a claim ('the allegations against him')
        if claim is None or claim == _BARE_CLAIM:
            doubted = in_scope(unit, m[0]) or (
                other is not None and _compared_clause(unit, m[0], other)
            )
        else:
            # 'false claims that the vote was rigged': doubt on what the other states; a
            # label ('the so-called reforms', claim '') doubts no fact
            doubted = bool(claim) and other is not None and _shares_claim(claim, other)
        if doubted:
            kept.append(m)
    return kept


_LAST_WORD = re.compile(r"([\w'’-]+)\s+$")


def _after_document(unit: Unit, position: int) -> bool:
    """Whether a participle at `position` follows a written text's noun right away ('a
    lawsuit alleging', 'a newspaper op-ed claiming'): the text's content, told neutrally."""
    last = _LAST_WORD.search(unit.text[: position - unit.start])
    if last is None:
        return False
    word = last.group(1).lower()
    return word in DOCUMENT_NOUNS or (word.endswith("s") and word[:-1] in DOCUMENT_NOUNS)


# ', claiming …' after a main clause: the reason its subject gave for what it did
_ADJUNCT_CLAIM = re.compile(r",\s*$")


def _adjunct_claim_told(unit: Unit, match: tuple[int, int, str], other: Unit) -> bool:
    """Whether the claim of a participle after a main clause ('Twitter suspended the account,
    claiming it was used to evade the ban') is what `other` reports: it shares content words
    with `other` beyond those of the main clause (an account of the suspension alone does not
    report the reason, with or without doubt)."""
    main = event_words(unit.text[: match[0] - unit.start])
    claim = event_words(complement(unit, match[1])) - main
    return len(claim & event_words(other.text)) >= _MIN_SHARED_CLAIM_WORDS


# 'claims (that) it is', 'claimed we were', 'claims itself to be': a claimant describing
# itself; 'it' and 'we' are an organisation, not a person another outlet could name
_SELF_DESCRIPTION = re.compile(
    r"^\s*(?:that\s+)?(?:(?:it|we)\s+(?:is|are|was|were|remains?)|itself\s+(?:as|to\s+be))\s",
    re.IGNORECASE,
)
# words of promotion in a self-description besides superlatives ('a leading supplier')
_PROMOTION_WORDS = frozenset({"leading", "premier", "foremost", "top", "pioneering"})
# how far into the description a promotional word may sit ('one of the largest ...')
_PROMOTION_WINDOW = 5


def _self_promotion(unit: Unit, claim_end: int) -> bool:
    """Whether a distancing verb ends where an organisation describes itself in promotional
    words ('claims it is the fastest-growing supplier', 'claims it is a leading maker'): a
    company's boast is its own boilerplate, no contested point an outlet takes a side on, unlike
    a claim on what it did or is to blame for ('claims it is not responsible for the spill')."""
    after = unit.text[claim_end - unit.start :]
    opener = _SELF_DESCRIPTION.match(after)
    if opener is None:
        return False
    start = claim_end - unit.start + opener.end()
    offsets = token_offsets(unit)
    following = [i for i, at in enumerate(offsets) if at >= start][:_PROMOTION_WINDOW]
    if any(unit.tokens[i] in {"not", "no", "never"} for i in following):
        return False
    return any(
        unit.tokens[i] in _PROMOTION_WORDS
        # a superlative: 'fastest' (lemma 'fast'), 'largest', 'best'; not 'honest'
        or (unit.pos[i] in {"ADJ", "ADV"} and unit.tokens[i].endswith("est")
            and unit.lemmas[i] != unit.tokens[i])
        or unit.tokens[i] == "best"
        for i in following
    )  # fmt: skip


# the doubt words that can stand before a noun and modify it
_ADJECTIVE = re.compile(
    r"^(?:so-called|purported|spurious|baseless|unfounded|unsubstantiated|fabricated|"
    r"trumped-up|bogus|false|dubious|alleged)$",
    re.IGNORECASE,
)
_CLAIM_COMPLEMENT = re.compile(r"^\s*(?:that|of)\b", re.IGNORECASE)
_CLAIM_TOPIC = re.compile(r"^\s*(?:about|on|over|regarding|concerning)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[“\"]([^”\"]{12,})[”\"]")


def _modified_claim(unit: Unit, match: tuple[int, int, str]) -> str | None:
    """What a doubt adjective before a noun doubts: for a claim noun ('false claims that
    the vote was rigged', 'baseless election fraud claims'), the claim's content as written
    (the words before the noun and its 'that'/'of' complement, else the statement's
    quotation); '' for any other noun ('the so-called reforms', 'alleged excessive use of
    force': a label doubted, not a fact) and for a claim about a topic ('baseless theories
    about the collapse'); None where the word modifies no noun ('the claims were false',
    'falsely') and `_BARE_CLAIM` for a bare claim noun ('on spurious charges'): these two
    doubt the clause they stand in."""
    offsets = token_offsets(unit)
    end = match[1] - unit.start
    after = [i for i, at in enumerate(offsets) if at >= end]
    if after and opens_clause(unit, after[0]):
        return None  # 'a story that alleged Maro had affairs': a verb and its clause
    run: list[int] = []
    for i in after:
        # 'false or misleading information': a coordinated adjective belongs to the run
        joined = unit.pos[i] == "CCONJ" and not run and next_pos(unit, i) == "ADJ"
        # 'so-called fast-track permits': the first piece of a hyphenated modifier
        hyphenated = offsets[i] >= 0 and unit.text[offsets[i] + len(unit.tokens[i]) :].startswith(
            "-"
        )
        if unit.pos[i] not in {"ADJ", "NOUN", "PROPN"} and not (joined or hyphenated):
            break
        run.append(i)
    nouns = [i for i in run if unit.pos[i] in {"NOUN", "PROPN"}]
    if not nouns:
        return None
    head = (
        nouns[-1]
        if unit.lemmas[nouns[-1]] in CLAIM_NOUNS
        else next((i for i in nouns if unit.lemmas[i] in CLAIM_NOUNS), nouns[-1])
    )
    if unit.lemmas[head] not in CLAIM_NOUNS:
        return ""
    head_end = offsets[head] + len(unit.tokens[head])
    before = unit.text[end : offsets[head]]
    rest = unit.text[head_end:]
    if _CLAIM_COMPLEMENT.match(rest):
        return f"{before} {complement(unit, unit.start + head_end)}"
    if _CLAIM_TOPIC.match(rest):
        return ""  # 'baseless theories about the collapse': the collapse is not doubted
    quoted = _QUOTED.findall(unit.text)
    if before.strip() or quoted:
        return " ".join((before, *quoted))  # 'false election fraud claims', '"…", a false claim'
    return _BARE_CLAIM  # 'arrested on spurious charges': the charges of the act it is in


# a doubt adjective as the predicate of a relative clause ('stories, some of which were
# false', 'pronouncements they knew to be false'), with the noun the clause hangs on
_RELATIVE_PREDICATE = re.compile(
    r"([^\W\d_][\w'’-]*)[\s,—–-]*(?:(?:(?:some|all|many|most|none|one|each)\s+of\s+)?"
    r"(?:which|that)|they|he|she|we)\s+(?:[\w'’-]+\s+){0,2}?(?:to\s+be|is|are|was|were|been)"
    r"\s+(?:[\w-]+ly\s+)?$",
    re.IGNORECASE,
)


def _judges_another_noun(unit: Unit, position: int) -> bool:
    """Whether the doubt word at `position` is the predicate of a relative clause about a
    noun that is no claim ('rosy pronouncements they knew to be false'): it judges that
    thing, not the fact another outlet tells."""
    found = _RELATIVE_PREDICATE.search(unit.text[: position - unit.start])
    if found is None:
        return False
    offsets = token_offsets(unit)
    index = next((i for i, at in enumerate(offsets) if at == found.start(1)), None)
    return index is not None and unit.pos[index] == "NOUN" and unit.lemmas[index] not in CLAIM_NOUNS


# what `_modified_claim` returns for a claim noun with no content of its own
_BARE_CLAIM = " "


# content words a doubted claim must share with the other statement to be what it reports
_MIN_SHARED_CLAIM_WORDS = 2


def _names_claim(unit: Unit) -> bool:
    """Whether a statement reports something as a claim: it names one ('the allegations')."""
    return any(
        lemma in CLAIM_NOUNS and pos == "NOUN"
        for lemma, pos in zip(unit.lemmas, unit.pos, strict=False)
    )


def _shares_claim(claim: str, other: Unit) -> bool:
    return len(event_words(claim) & event_words(other.text)) >= _MIN_SHARED_CLAIM_WORDS


# 'claims' distances only as a verb ('as the campaign claims', 'the union claims the mill
# will close'); as a noun it is mostly a count, a filing or a thing denied ('jobless
# claims', 'rejected claims that'), and 'to claim' is as often a title or a prize
_PRESENT_CLAIMS = frozenset({"claims"})
# the parser takes 'claims' at the end of 'as Obama's campaign claims' for a noun
_CLAIMS_AS_VERB_BEFORE = re.compile(r"\bas\s+(?:[\w'’-]+\s+){1,4}$", re.IGNORECASE)


def _takes_an_object(unit: Unit, position: int) -> bool:
    """Whether the verb at `position` takes a noun object rather than a clause: 'claimed
    executive privilege', 'claimed victory' (a right or a prize), not 'claimed Moore pursued
    them', 'claimed that …', 'claimed, without evidence, that …'."""
    offsets = token_offsets(unit)
    after = [i for i, at in enumerate(offsets) if at > position - unit.start]
    if not after or unit.pos[after[0]] not in NOUN_PHRASE_POS | {"DET"}:
        return False
    phrase = NOUN_PHRASE_POS | {"DET"}
    rest = [i for i in after if unit.pos[i] not in phrase and unit.tokens[i] not in POSSESSIVES]
    # 'claimed salvage rights to keep the wreck': an infinitive is no clause of its own
    return not rest or unit.pos[rest[0]] not in {"VERB", "AUX"} or unit.tokens[rest[0] - 1] == "to"


def _verbs(unit: Unit, forms: frozenset[str]) -> list[tuple[int, int, str]]:
    """The words of `unit` written as one of `forms` and used as a verb, with offsets: parsed
    as one, not the object of a verb just before it ('disputed union claims that …') nor the
    end of a noun phrase ('his election fraud claims'), or closing an 'as …' clause."""
    found = []
    cursor = 0
    lowered = unit.text.lower()
    for i, (token, pos) in enumerate(zip(unit.tokens, unit.pos, strict=False)):
        at = lowered.find(token, cursor)
        if at < 0:
            continue
        cursor = at + len(token)
        if token not in forms:
            continue
        object_of_verb = "VERB" in unit.pos[max(0, i - 2) : i]
        # 'as the campaign claims, …' closes its clause; in 'as insurance claims fall' the
        # noun is the subject of the verb after it
        as_clause = _CLAIMS_AS_VERB_BEFORE.search(unit.text[max(0, at - 40) : at]) and (
            next_pos(unit, i) not in {"VERB", "AUX"}
        )
        # 'Trump's claims that …': after a possessive it is a noun, whatever follows
        possessed = i > 0 and unit.tokens[i - 1] in POSSESSIVES
        in_noun_phrase = (
            possessed
            or subject_of_next_verb(unit, i)
            or (ends_noun_phrase(unit, i) and not opens_clause(unit, i + 1))
        )
        if (pos == "VERB" and not object_of_verb and not in_noun_phrase) or as_clause:
            start = unit.start + at
            found.append((start, start + len(token), unit.text[at : at + len(token)]))
    return found


# shared content words that make a side clause the claim the other statement reports
_MIN_SHARED_CLAUSE_WORDS = 2


def _compared_clause(unit: Unit, position: int, other: Unit) -> bool:
    """Whether the clause around `position` is itself what `other` reports ('three women
    who claimed Moore pursued them' against 'women who said Moore pursued them')."""
    clauses = unit.predicate.clauses if unit.predicate else ()
    inner = [(s, e) for s, e in clauses if s <= position < e]
    if not inner:
        return False
    start, end = inner[-1]
    text = unit.text
    # 'which he claimed the guild required of him if he meant to chair the panel': the
    # condition or circumstance nested in the clause is not what the doubt word doubts
    for s, e in clauses:
        if start < s and e <= end and _ADVERBIAL_START.match(text, s - unit.start):
            text = text[: s - unit.start] + " " * (e - s) + text[e - unit.start :]
    words = event_words(text[start - unit.start : end - unit.start])
    return len(words & event_words(other.text)) >= _MIN_SHARED_CLAUSE_WORDS


# a clause that opens with one of these tells a condition or circumstance of another act
_ADVERBIAL_START = re.compile(
    r"\s*(?:if|unless|because|although|though|while|when|whenever|before|after|as)\b",
    re.IGNORECASE,
)


def in_scope(unit: Unit, position: int) -> bool:
    """Whether the word at `position` belongs to the clause of the statement's predicate (the
    fact compared), not to a clause inside or beside it. Without a parsed predicate every
    word counts."""
    scope = unit.predicate.scope if unit.predicate else ()
    return not scope or any(start <= position < end for start, end in scope)


def hedges(unit: Unit) -> list[tuple[int, int, str]]:
    """Words that leave a claim open or call it untrue: 'appeared to', 'whether', 'lie'."""
    return _matches(_HEDGE, unit)


def accusations(unit: Unit) -> list[tuple[int, int, str]]:
    """Neutral wording of an accusation: 'accused of', 'charged with'."""
    return _matches(_ACCUSATION, unit)


def _matches(pattern: re.Pattern[str], unit: Unit) -> list[tuple[int, int, str]]:
    """Every match of `pattern` in the statement, with article offsets."""
    return [
        (unit.start + m.start(), unit.start + m.end(), m.group())
        for m in pattern.finditer(unit.text)
    ]
