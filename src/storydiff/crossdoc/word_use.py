"""How a word of a statement is used, read from its tokens and part-of-speech tags: a verb
or the end of a noun phrase ('jobless claims', 'his fraud claims'), and whether a clause
opens after it. The doubt signals (`signals.py`) ask these before reading 'claims' as a
distancing verb."""

from __future__ import annotations

import re

from ..model import Unit


def next_pos(unit: Unit, index: int) -> str:
    return unit.pos[index + 1] if index + 1 < len(unit.pos) else ""


def token_offsets(unit: Unit) -> list[int]:
    """Where each of the statement's tokens starts in its text (-1 where it was not found)."""
    offsets = []
    cursor = 0
    lowered = unit.text.lower()
    for token in unit.tokens:
        at = lowered.find(token, cursor)
        offsets.append(at)
        if at >= 0:
            cursor = at + len(token)
    return offsets


NOUN_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your", "'s", "’s"})


def ends_noun_phrase(unit: Unit, index: int) -> bool:
    """Whether the token at `index` closes a noun phrase a determiner or possessive opens
    ('his election fraud claims', however the parser tagged it)."""
    i = index - 1
    while i >= 0 and unit.pos[i] in NOUN_PHRASE_POS:
        i -= 1
    return i >= 0 and i < index - 1 and (unit.pos[i] == "DET" or unit.tokens[i] in POSSESSIVES)


_PUNCTUATION = re.compile(r"[,;:.!?—–\"“”()]")
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose"})


def opens_clause(unit: Unit, index: int) -> bool:
    """Whether a clause starts at token `index`: 'that …', or a subject and its verb."""
    if index >= len(unit.tokens):
        return False
    if unit.tokens[index] == "that":
        return True
    subject = NOUN_PHRASE_POS | {"DET", "PRON"}
    rest = [i for i in range(index, len(unit.tokens)) if unit.pos[i] not in subject]
    if not rest or rest[0] == index or unit.pos[rest[0]] not in {"VERB", "AUX"}:
        return False
    if any(unit.tokens[i] in _RELATIVE_WORDS for i in range(index + 1, rest[0])):
        return False  # 'an alleged scheme that involved …': a noun and its relative clause
    # a finite verb in the same stretch of text: not a participle ('the so-called nuclear
    # option eliminating …') nor a verb past a comma ('a fabricated emergency, we will …')
    offsets = token_offsets(unit)
    between = unit.text[offsets[index] : offsets[rest[0]]]
    return not unit.tokens[rest[0]].endswith("ing") and not _PUNCTUATION.search(between)


def subject_of_next_verb(unit: Unit, index: int) -> bool:
    """Whether a plural-looking word ('claims') after a common noun heads the subject of the
    verb right after it: 'disability claims soar to …', 'the claims are …' (a count, not
    a doubt), not 'the union claims the mill will close' nor 'Rell claims officials lied'."""
    after = index + 1
    if index == 0 or after >= len(unit.tokens) or not unit.tokens[index].endswith("s"):
        return False
    if unit.pos[index - 1] not in {"NOUN", "ADJ"} or unit.pos[after] not in {"VERB", "AUX"}:
        return False
    # 'the union claims closing the mill was planned': a gerund is the claim's subject
    return not unit.tokens[after].endswith("ing")
