"""How sure a clause is of what it states: the words that make it a guess, a prospect or a
condition rather than a plain assertion of a fact. General English vocabulary, read by the
conflict gate (crossdoc/conflict_gate.py); like `text`, it imports nothing from the package.
"""

from __future__ import annotations

# Modal auxiliaries that leave the act open ('may have killed', 'could reach 40,000').
# 'can' and 'must' are left out: 'the hall can hold 500' states a capacity.
HEDGING_MODALS = frozenset({"may", "might", "could", "should"})
# Auxiliaries that put the act ahead ('will vote', 'said he would resign').
FUTURE_AUXILIARIES = frozenset({"will", "shall", "would", "'ll", "’ll"})
# Adverbs by which a clause guesses rather than states ('probably', 'reportedly').
HEDGE_ADVERBS = frozenset(
    """
    possibly perhaps probably likely apparently reportedly seemingly allegedly supposedly
    maybe presumably
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Verbs whose infinitive is an act not (yet) done ('expected to vote', 'plans to spend').
PROSPECT_VERBS = frozenset(
    """
    expect plan schedule hope aim intend propose want seek threaten vow promise pledge
    consider try attempt prepare set
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Subordinators that make a clause a condition or an open question ('if 40 die', 'whether').
CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest"})
