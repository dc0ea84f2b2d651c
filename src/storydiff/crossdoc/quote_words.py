"""One word in any inflection, for telling how many words two quotes share.

An outlet that reports a remark indirectly changes its words' inflections: 'I think we
will carry the vote' becomes 'he still thought he would carry it', 'women's bodies' is 'the female
body', 'higher levels of government' is 'a higher level'. Quotes are compared on their
content words (`quotes.content_words`); comparing them on these stems lets an indirect
report share the words its direct quote has. The stemming is deliberately light (a few
English endings, the stem kept at four letters or more), so that words of different meaning
seldom meet: 'state' and 'statement' stay apart, 'war' is never 'ward'.
"""

from __future__ import annotations

from functools import lru_cache

_MIN_STEM = 4
# longest first: 'believed' loses 'ed', not 'd'
_ENDINGS = ("ing", "ed", "er", "est", "ly", "es", "s", "e")
_CACHE_SIZE = 65_536


@lru_cache(maxsize=_CACHE_SIZE)
def word_stem(word: str) -> str:
    """'believed', 'believe' and 'believes' give 'believ'; 'bodie' (a folded 'bodies') and
    'body' give 'body'; a word whose stem would be under four letters stays whole."""
    if word.endswith("ie") and len(word) - 1 >= _MIN_STEM:
        return word[:-2] + "y"
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            return word[: -len(ending)]
    return word


def stems(terms: frozenset[str]) -> frozenset[str]:
    """The stems of a quote's content words."""
    return frozenset(word_stem(w) for w in terms)


def shared_share(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of the shorter set's stems the other has (0.0 when one is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
