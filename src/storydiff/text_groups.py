"""Who acts in a story as a group or for a state: the plural nouns of the groups stories are
about and their kinds ('protesters' / 'rioters'), their single members ('an officer'), nouns
that may name anyone, governments of a leader ('the Bush administration'), and the people and
organs that act for a state ('U.S. officials', 'Russian intelligence'). Split from
`text_names` (read through it by the actor, speaker and conflict stages).
"""

from __future__ import annotations

from collections.abc import Mapping

# Plural nouns naming the groups news stories are about; they are actors in the naming
# table ('rioters' in one outlet, 'protesters' in another). Crowds and forces only: generic
# plurals ('officials', 'critics') name nobody in particular. Each noun maps to its kind:
# outlets pick different words for the same people, and that choice is the framing the
# naming table shows, so the words of one kind are one actor with each outlet's labels
# ('migrants' / 'refugees' / 'asylum seekers' / 'the caravan' they travel in; 'protesters' /
# 'rioters' / 'anarchists' / 'hooded youths'; 'rebels' / 'separatists' / 'insurgents';
# 'hackers' / 'cybercriminals'; 'scientists' / 'researchers'). Reporters are left out:
# 'told reporters' is how a quote is given, not who the story is about. Words
# that also name other
# people ('workers', 'students', 'civilians', 'gunmen') are kinds of their own.
_GROUP_WORDS_BY_KIND = {
    "protesters": "protesters protestors demonstrators rioters anarchists youths marchers "
    "hooligans looters",
    "migrants": "migrants immigrants refugees caravan caravans",
    "police": "police policemen riot-police",
    "troops": "troops soldiers",
    "rebels": "militants rebels insurgents separatists",
    "residents": "residents villagers",
    "hackers": "hackers cybercriminals",
    "scientists": "scientists researchers virologists",
    "teenagers": "teenagers teens adolescents",
    "renters": "renters tenants",
    # a court's and a legislature's members act as one body in the stories about them
    # ('the justices' / 'judges'; 'lawmakers' / 'legislators'); AllSides dev, branch dog5
    "justices": "justices judges",
    "lawmakers": "lawmakers legislators congressmen congresswomen",
    **{kind: kind for kind in ("strikers", "workers", "students", "activists", "settlers")},
    **{kind: kind for kind in ("civilians", "gunmen", "pensioners", "farmers", "voters")},
}
GROUP_KINDS: Mapping[str, str] = {
    word: kind for kind, words in _GROUP_WORDS_BY_KIND.items() for word in words.split()
}
# Plurals that name such a group only after a given word: 'asylum seekers' (also written
# 'asylum-seekers'), 'police officers', 'migrant children'.
GROUP_COMPOUNDS: Mapping[tuple[str, str], str] = {
    ("asylum", "seekers"): "migrants",
    ("police", "officers"): "police",
    ("migrant", "children"): "migrants",
    ("migrant", "kids"): "migrants",
}
# Single people of a group kind: 'an officer shot him' and 'police shot him' name one actor,
# as do 'a soldier' and 'troops' (the word's lemma).
_MEMBERS_BY_KIND = {
    "police": "officer policeman policewoman cop deputy trooper constable detective sergeant "
    "sheriff marshal agent sniper marksman patrolman investigator",
    "troops": "soldier serviceman marine paratrooper sniper commando",
    "protesters": "protester protestor demonstrator rioter marcher activist",
    "rebels": "rebel militant insurgent fighter separatist gunman",
}
GROUP_MEMBER_NOUNS: Mapping[str, frozenset[str]] = {
    kind: frozenset(words.split()) for kind, words in _MEMBERS_BY_KIND.items()
}
# Nouns and pronouns that may name anyone, a member of any group among them: 'a man', 'he',
# 'security forces'; two accounts with one of these for an actor do not name two actors.
GENERIC_ACTOR_NOUNS = frozenset(
    """
    man woman boy girl person people someone somebody individual member members group unit
    team force forces authority authorities official officials one other others side party
    source sources who that which i you he she it we they him them this
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Nouns that a leader's name makes a government of its own: 'the Bush administration' and
# 'the Obama administration' are two actors, never one.
GOVERNMENT_NOUNS = frozenset({"administration", "government", "cabinet", "regime", "presidency"})
# Titles of those who lead a government of their own: 'his administration' after 'President
# Ana Dale' is the Dale administration ('prime' is how 'Prime Minister' is recorded).
LEADER_TITLES = frozenset(
    {"president", "prime", "premier", "chancellor", "king", "queen", "leader", "governor"}
)
# Nouns for the people who act for a state: 'U.S. officials', 'Chinese negotiators' stand for
# the country, as its government does ('the Canadian government').
STATE_AGENT_NOUNS = frozenset(
    """
    official officials negotiator negotiators diplomat diplomats delegation authorities
    envoys leaders lawmakers
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Nouns for a state's industry: 'U.S. steel producers', 'American steelmakers', 'the
# European steel industry' are a group of their own, not the state ('Canadian producers
# warned' is not Canada warning), whichever word each outlet picks.
INDUSTRY_NOUNS = frozenset(
    """
    industry industries producers makers steelmakers manufacturers exporters automakers
    carmakers
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Portfolios a minister or secretary holds, written before the title ('Treasury Secretary',
# 'U.S. Trade Representative'): part of the title, not a body acting (the title list holds
# the others: 'foreign', 'defense', 'finance', 'interior', 'justice', 'health').
PORTFOLIO_WORDS = frozenset(
    """
    treasury commerce trade economy economic energy agriculture labor labour education
    transport transportation environment homeland security culture immigration housing
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Participles that make the state a demonym before them names the one who acts: 'Russian-
# backed separatists', 'American-made rifles', 'a Qatari-brokered truce'. Others describe a
# people ('the Serb-inhabited north', 'Albanian-majority Kosovo'), not the state.
STATE_AGENCY_PARTICIPLES = frozenset(
    """
    backed made built funded financed brokered sponsored supplied armed trained manufactured
    produced
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Organs of a state that only a country word before them names ('Russian intelligence', 'the
# French military', 'Dornish agents'): alone ('agents said') they stand for no state.
STATE_ORGAN_NOUNS = frozenset({"intelligence", "military", "agent", "agents", "spies"})
