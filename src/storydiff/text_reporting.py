"""What reporting looks like in English: the verbs and nouns that report speech, writing or
stated belief, and what each takes as the words reported (a clause, an object, an
infinitive, a noun behind a preposition). General English vocabulary that the quote stages
read (`extract.quotes`, `quote_content`, `quote_phrases`); like `text`, it imports nothing
from the rest of the package. The reporting verbs other stages read (saying, stance) are
in `text`.
"""

from __future__ import annotations

from collections.abc import Mapping

# Verbs that report speech, writing, stated belief or findings (lemmas). General English
# vocabulary; checked against how often each verb heads an annotated cue in PolNeAR's train
# split (benchmarks/attribution_eval.py), without copying anything from it.
REPORTING_VERBS = frozenset(
    """
    say tell add claim allege state note argue insist warn explain announce write deny
    confirm accuse suggest believe think ask stress emphasize emphasise acknowledge admit
    report describe urge vow promise predict declare reply respond recall complain tweet
    post testify assert contend maintain reiterate repeat caution concede comment observe
    remark mention indicate reveal disclose estimate conclude agree disagree question wonder
    charge criticize criticise slam blast praise defend dismiss reject hope fear expect
    pledge threaten demand propose recommend advise inform assure boast joke quip lament
    counter retort rebut continue hint signal insinuate brag concur answer tout cite call
    point speak talk know understand feel consider worry decide learn realize realise want
    plan show find brand label dub blame endorse oppose shout exclaim yell scream whisper
    decline refer express discuss denounce seem attack condemn mock echo highlight document
    detail encourage rate rule
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Reporting verbs whose direct object is not what was said: the one addressed ('told
# reporters', 'asked Clinton', 'urged them'), what a belief or wish is about ('knew him'), an
# act ('declared independence', 'added 12,000 jobs'), what carries the words ('posted a
# video') or what is given up ('conceded the race', 'conceded defeat': 'conceded that …'
# still reports words).
OBJECT_NOT_SAID_VERBS = frozenset(
    """
    tell ask inform assure advise urge warn remind answer thank question call know want plan
    decide learn understand feel consider continue expect hope fear seem find show speak talk
    point refer realize realise wonder agree disagree concur decline signal tout worry declare
    post tweet add concede
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Nouns that report what someone said or holds when a clause follows: 'Trump's claim that…'.
REPORTING_NOUNS = frozenset(
    """
    claim allegation assertion argument warning statement promise pledge vow threat proposal
    demand belief suggestion insistence acknowledgment acknowledgement admission accusation
    denial remark comment message prediction conclusion contention call charge
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Nouns for a piece already published or broadcast ('a report in the Gazette this weekend',
# 'an interview with Dale on Sunday'): what they name has come out, so its day is not ahead.
PUBLISHED_PIECE_NOUNS = frozenset(
    """
    report article interview poll survey study statement editorial column op-ed analysis
    broadcast podcast post tweet memo letter
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Cues whose content may be a noun phrase behind a preposition: 'pointed to the invalidity of…'
PREPOSITION_CUES: Mapping[str, set[str]] = {
    "point": {"to", "out"},
    "call": {"for"},
    "warn": {"of", "against", "about"},
    "speak": {"of", "about"},
    "talk": {"about"},
    "complain": {"about", "of"},
    "hint": {"at"},
    "accuse": {"of"},
    "blame": {"for"},
    "worry": {"about"},
    "describe": {"as"},
    "brand": {"as"},
    "label": {"as"},
    "refer": {"to"},
}
# Cues whose object is the content: 'denied the allegations', 'cited a poll' (and any other
# reporting verb but those whose object is not what was said: OBJECT_NOT_SAID_VERBS).
OBJECT_CUES = frozenset(
    {"deny", "confirm", "announce", "reject", "dismiss", "predict", "cite", "mention"}
    | {"criticize", "criticise", "question", "praise", "defend", "acknowledge", "admit"}
    | {"endorse", "oppose", "blame", "slam", "blast", "describe", "call", "brand", "dub"}
    | {"express", "discuss", "denounce"}
)
# Verbs of attack that are also verbs of speech ('attacked the plan', 'threatened sanctions'),
# and the things whose attack is violence, not words ('pirates attacked a tanker').
ASSAULT_CUES = frozenset({"attack", "threaten", "target"})
PHYSICAL_TARGETS = frozenset(
    """
    vessel ship boat tanker freighter trawler yacht ferry dhow skiff frigate warship convoy
    car truck bus train plane aircraft helicopter building house home village town camp
    checkpoint outpost patrol base bases shop store school hospital mosque church
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Cues whose infinitive complement is the content: 'vowed to fight', 'urged them to leave'.
INFINITIVE_CUES = frozenset(
    {"promise", "vow", "pledge", "threaten", "urge", "ask", "call", "demand", "warn", "refuse"}
    | {"want", "plan", "decide", "agree", "expect", "hope", "propose", "seek", "decline"}
    | {"seem"}
)
# Reporting verbs that tell an intention, an expectation, a belief or a finding rather than
# words: with no one named as their subject ('the bill is expected to pass', 'it seems to',
# 'anyone wanting to borrow') they report nobody's words, and make no quote. (On PolNeAR dev
# this drops 13 quotes, 2 of them annotated with an implicit source: F1 0.735 -> 0.734.)
INNER_STATE_VERBS = frozenset(
    """
    expect seem want plan decide continue find show know learn understand feel consider
    realize realise
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Verbs of saying that can interrupt the clause they report: 'The plan, he said, is dead.'
PARENTHETICAL_CUES = frozenset(
    {"say", "tell", "add", "write", "note", "argue", "insist", "explain", "claim", "warn"}
    | {"acknowledge", "admit", "stress", "contend", "believe", "think", "report"}
)
# Verbs that report only with a clause ('he called it…' is not speech; 'called for' is).
CLAUSE_ONLY = frozenset(
    {"call", "continue", "question", "speak", "talk", "point", "cite", "know", "feel"}
    | {"consider", "learn", "show", "find", "understand", "want", "plan", "decide"}
)
# Verbs that close a sentence with a short reporting clause of their own: '…, court records
# state', '…, police said on Monday'. Such a clause is a second attribution, never content.
TRAILING_REPORT_VERBS = frozenset(
    {"say", "state", "show", "allege", "report", "add", "claim", "note", "write", "confirm"}
    | {"indicate", "tell", "explain", "testify", "reveal"}
)
# Words that open a trailing phrase naming where the words come from: '…, citing witnesses',
# '…, according to the charges'.
TRAILING_SOURCE_WORDS = frozenset({"citing", "according"})
# Labels that open a headline or paragraph with a colon without naming who speaks ('Update:',
# 'Watch:'); 'Pence: Flowers won't be at debate' is Pence's words.
SECTION_LABELS = frozenset(
    """
    update updated correction clarification watch video photo photos live analysis opinion
    editorial exclusive breaking note read listen related see more transcript factbox timeline
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Last words of a colon label that names the story, not a speaker: 'Kraft Shooting: Worker
# Charged', 'Harbour Fire: What We Know'.
TOPIC_LABEL_WORDS = frozenset(
    """
    shooting shootings fire crash attack attacks explosion blast murder killing killings
    trial storm flood floods strike strikes protest protests scandal case probe
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
