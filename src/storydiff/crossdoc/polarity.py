"""Whether a statement asserts or negates an act, read off its words where the main predicate
alone does not tell (crossdoc/detectors.py decides what conflicts):

  speech acts  a denial ('denied that troops crossed the border') or an admission
               ('confirmed that …') of a reported clause, with who made it; a negated or
               hedged one ('did not deny', 'may have confirmed') is neither
  conditions   an act a statement makes the condition of another ('passing the budget would
               raise the risk' / 'failing to pass the budget would raise the risk'), with
               whether the condition is the act or its failure

Each reader works on a statement's own tokens and lemmas (computed once per article), so no
re-parse is needed; offsets are into the article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..model import Unit
from ..text import CLAIM_NOUNS, SAYING_VERBS
from .statement_words import Word, statement_words

DENIAL_VERBS = frozenset({"deny", "refute", "dispute"})
ADMISSION_VERBS = frozenset({"admit", "confirm", "acknowledge", "concede"})
# verbs too general to name an act of their own ('be', 'have', 'make', …)
_LIGHT = frozenset({"be", "have", "do", "make", "take", "get", "go", "come", "give", "seem"})
_NEGATORS = frozenset({"not", "n't", "never"})
# 'failed to pass', 'failure to pass', 'refusal to pass': the act did not (or would not) happen
_FAILING = frozenset({"fail", "failure", "failing", "refuse", "refusal"})
_MODALS = frozenset({"could", "might", "may", "should", "can", "must"})
# tokens looked back over for a negator or a modal of a verb ('did not', 'may not have')
_LOOK_BACK = 3
# tokens looked ahead for the noun an act is about ('increase the risk')
_LOOK_AHEAD = 4
_NOUNS = frozenset({"NOUN", "PROPN"})

# (unions of word lists, made once: a set union on each call costs more than the test)
_SPEECH_ACT_VERBS = DENIAL_VERBS | ADMISSION_VERBS


def negated(words: Sequence[Word], index: int) -> Word | None:
    """The word that negates the verb at `index` ('not', "n't", 'never', or the 'failure'
    of 'failure to pass'), if one does, looking back within its clause."""
    for word in reversed(words[max(0, index - _LOOK_BACK) : index]):
        if word.pos == "PUNCT" or word.text in {",", ";", ":"}:
            return None
        if word.lemma in _NEGATORS or word.text in _NEGATORS:
            return word
    if index >= 2 and words[index - 1].text == "to" and words[index - 2].lemma in _FAILING:
        return words[index - 2]
    return None


def _hedged(words: Sequence[Word], index: int) -> bool:
    return any(w.text in _MODALS for w in words[max(0, index - _LOOK_BACK) : index])


def _content(words: Sequence[Word]) -> frozenset[str]:
    return frozenset(w.lemma for w in words if w.pos in _NOUNS and not w.stop)


def _acts(words: Sequence[Word]) -> frozenset[str]:
    return frozenset(
        w.lemma for w in words if w.pos == "VERB" and w.lemma not in _LIGHT | SAYING_VERBS
    )


@dataclass(frozen=True)
class SpeechAct:
    """A plain denial or admission in a statement: the verb, who made it (the nouns before
    the verb) and what it is about (the nouns and verbs after it)."""

    kind: Literal["denial", "admission"]
    start: int
    end: int
    reporter: frozenset[str]
    nouns: frozenset[str]
    verbs: frozenset[str]


def speech_acts(unit: Unit) -> list[SpeechAct]:
    """The plain denials and admissions of a statement ('did not deny' and 'may have
    confirmed' are neither: no one said the thing was false or true)."""
    words = statement_words(unit)
    found = []
    for index, word in enumerate(words):
        if word.pos != "VERB" or word.lemma not in _SPEECH_ACT_VERBS:
            continue
        if negated(words, index) or _hedged(words, index):
            continue
        kind: Literal["denial", "admission"] = (
            "denial" if word.lemma in DENIAL_VERBS else "admission"
        )
        before, after = words[:index], words[index + 1 :]
        found.append(
            SpeechAct(kind, word.start, word.end, _content(before), _content(after), _acts(after))
        )
    return found


def opposite_speech_acts(a: Unit, b: Unit) -> tuple[SpeechAct, SpeechAct] | None:
    """A denial in one statement and an admission in the other, by the same reporter, of the
    same thing: the same act with a noun in common ('that troops crossed the border'), or
    the same claim ('denied the report' / 'confirmed the report')."""
    for x in speech_acts(a):
        for y in speech_acts(b):
            if x.kind == y.kind or not x.reporter & y.reporter:
                continue
            same_act = bool(x.verbs & y.verbs) and bool(x.nouns & y.nouns)
            same_claim = not (x.verbs or y.verbs) and bool(x.nouns & y.nouns & CLAIM_NOUNS)
            if same_act or same_claim:
                return x, y
    return None


@dataclass(frozen=True)
class Condition:
    """An act a statement makes the condition of a consequence, and whether it is negated."""

    verb: str
    start: int
    end: int
    negation: Word | None


def opposite_conditions(a: Unit, b: Unit) -> tuple[Condition, Condition] | None:
    """The same consequence (one verb, plain on both sides, and a noun after it in common:
    'would raise the risk') of one act that is plain on one side and negated on the other
    ('to pass the budget' / 'if they do not pass the budget', 'failure to pass'): the act
    and its failure cannot both have that consequence. The act comes before the
    consequence on both sides, right before it."""
    left, right = statement_words(a), statement_words(b)
    for w_index, consequence in enumerate(left):
        v_index = _same_plain_verb(left, w_index, right)
        if v_index is None:
            continue
        x = _condition(left[:w_index], consequence.lemma)
        y = _condition(right[:v_index], consequence.lemma)
        if x and y and x.verb == y.verb and (x.negation is None) != (y.negation is None):
            return x, y
    return None


def _same_plain_verb(left: Sequence[Word], index: int, right: Sequence[Word]) -> int | None:
    """Where `right` has the act at `left[index]` too, plain on both sides, about a noun in
    common; None when it does not, or has it more than once."""
    word = left[index]
    if word.pos != "VERB" or word.lemma in _LIGHT | SAYING_VERBS:
        return None
    if negated(left, index) or _hedged(left, index):
        return None
    places = [i for i, w in enumerate(right) if w.pos == "VERB" and w.lemma == word.lemma]
    if len(places) != 1 or negated(right, places[0]) or _hedged(right, places[0]):
        return None
    ahead = _content(left[index + 1 : index + 1 + _LOOK_AHEAD])
    ahead_right = _content(right[places[0] + 1 : places[0] + 1 + _LOOK_AHEAD])
    return places[0] if ahead & ahead_right else None


def _condition(words: Sequence[Word], consequence: str) -> Condition | None:
    """The act right before a consequence (the nearest verb of an act: no other act comes
    between them), with its negation; a verb of saying on the way is passed over ('failure
    to pass the budget the mayor announced would raise the risk')."""
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w.pos != "VERB" or w.lemma in _LIGHT | SAYING_VERBS | _FAILING:
            continue
        return (
            None
            if w.lemma == consequence
            else Condition(w.lemma, w.start, w.end, negated(words, i))
        )
    return None
