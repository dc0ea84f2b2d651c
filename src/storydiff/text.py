"""Shared text knowledge: name folding, number words and the word lists every stage reads.

One home for each piece of general English (and name) knowledge, so that the parse, the
quote extractor, the aligner and the conflict detectors agree on what 'Sixteen' is worth or
whether 'Jordanian' names Jordan. This module imports nothing from the rest of the package.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from anyascii import anyascii

# -- folding -----------------------------------------------------------------------------

# Serbian and Croatian 'đ' is written 'dj' in English news ('Djokovic') and 'd' by plain
# transliteration ('Dokovic'); folding 'dj' to 'd' makes every spelling meet. A rare English
# 'dj' ('adjust' -> 'adust') folds the same way on both sides, so equality is unaffected.
_DJ = re.compile(r"dj")


# Every stage folds the same few thousand words of a story again and again (speakers, mentions,
# guards, quotes): caching the fold makes the repeats dictionary look-ups.
_FOLD_CACHE_SIZE = 1 << 16


@lru_cache(maxsize=_FOLD_CACHE_SIZE)
def fold(word: str) -> str:
    """Case-, diacritic- and script-free form of a word or name, for comparing spellings:
    'Vučić' = 'Vucic', 'Đurić' = 'Djuric' = 'Duric', 'don’t' = "don't". Leading and trailing
    full stops and apostrophes go ('U.S.' -> 'u.s')."""
    if not word.isascii():
        word = anyascii(word)
    return _DJ.sub("d", word.lower()).strip(".'")


# Demonyms and the place they name, keyed by their folded singular form (a plural 's' is
# handled by `name_key`). General knowledge: countries, a few regions and cities news names
# by their people. A word that is also a common noun ('pole', 'china' as in porcelain is
# fine: it is the place anyway) is left out.
DEMONYMS: Mapping[str, str] = {
    "afghan": "afghanistan", "albanian": "albania", "algerian": "algeria",
    "american": "america", "argentine": "argentina", "argentinian": "argentina",
    "armenian": "armenia", "australian": "australia", "austrian": "austria",
    "azerbaijani": "azerbaijan", "azeri": "azerbaijan", "bahraini": "bahrain",
    "bangladeshi": "bangladesh", "belarusian": "belarus", "belgian": "belgium",
    "bolivian": "bolivia", "bosnian": "bosnia", "brazilian": "brazil", "british": "britain",
    "briton": "britain", "bulgarian": "bulgaria", "burmese": "burma", "cambodian": "cambodia",
    "canadian": "canada", "catalan": "catalonia", "chechen": "chechnya", "chilean": "chile",
    "chinese": "china", "colombian": "colombia", "congolese": "congo", "crimean": "crimea",
    "croat": "croatia", "croatian": "croatia", "cuban": "cuba", "cypriot": "cyprus",
    "czech": "czechia", "dane": "denmark", "danish": "denmark", "dutch": "netherlands",
    "ecuadorian": "ecuador", "egyptian": "egypt", "emirati": "emirates", "eritrean": "eritrea",
    "estonian": "estonia", "ethiopian": "ethiopia", "european": "europe", "filipino": "philippines",
    "finn": "finland", "finnish": "finland", "french": "france", "gazan": "gaza",
    "georgian": "georgia", "german": "germany", "ghanaian": "ghana", "greek": "greece",
    "haitian": "haiti", "hungarian": "hungary", "icelandic": "iceland", "indian": "india",
    "indonesian": "indonesia", "iranian": "iran", "iraqi": "iraq", "irish": "ireland",
    "israeli": "israel", "italian": "italy", "jamaican": "jamaica", "japanese": "japan",
    "jordanian": "jordan", "kazakh": "kazakhstan", "kenyan": "kenya", "korean": "korea",
    "kosovan": "kosovo", "kosovar": "kosovo", "kurd": "kurdistan", "kurdish": "kurdistan",
    "kuwaiti": "kuwait", "kyrgyz": "kyrgyzstan", "latvian": "latvia", "lebanese": "lebanon",
    "libyan": "libya", "lithuanian": "lithuania", "macedonian": "macedonia",
    "malaysian": "malaysia", "malian": "mali", "maltese": "malta", "mexican": "mexico",
    "moldovan": "moldova", "mongolian": "mongolia", "montenegrin": "montenegro",
    "moroccan": "morocco", "muscovite": "moscow", "nepalese": "nepal", "nepali": "nepal",
    "new zealander": "new zealand",
    "nigerian": "nigeria", "norwegian": "norway", "omani": "oman", "pakistani": "pakistan",
    "palestinian": "palestine", "peruvian": "peru", "polish": "poland",
    "portuguese": "portugal", "qatari": "qatar", "romanian": "romania", "russian": "russia",
    "rwandan": "rwanda", "saudi": "saudi", "scot": "scotland", "scottish": "scotland",
    "senegalese": "senegal", "serb": "serbia", "serbian": "serbia", "slovak": "slovakia",
    "slovenian": "slovenia", "slovene": "slovenia", "somali": "somalia",
    "spaniard": "spain", "spanish": "spain", "sudanese": "sudan", "swede": "sweden",
    "swedish": "sweden", "swiss": "switzerland", "syrian": "syria", "taiwanese": "taiwan",
    "tajik": "tajikistan", "thai": "thailand", "tibetan": "tibet", "tunisian": "tunisia",
    "turk": "turkey", "turkish": "turkey", "turkmen": "turkmenistan", "ugandan": "uganda",
    "ukrainian": "ukraine", "uzbek": "uzbekistan", "venezuelan": "venezuela",
    "vietnamese": "vietnam", "welsh": "wales", "yemeni": "yemen", "zimbabwean": "zimbabwe",
}  # fmt: skip
# Plural 's' is not stripped from these endings: 'Paris', 'Cyprus', 'Swiss', 'Texas' keep it.
_KEEP_FINAL_S = ("ss", "us", "is", "as", "os")
MIN_PLURAL_STEM = 4


@lru_cache(maxsize=_FOLD_CACHE_SIZE)
def name_key(word: str) -> str:
    """The key under which spellings of one name meet: folded ('Vučić' = 'Vucic'), without a
    possessive or plural 's' ('Russia's' = 'Russia', 'Serbs' = 'Serb'), and a demonym as its
    place ('Serbian' = 'Serbia', 'Jordanian' = 'Jordan'). Only the demonym table joins words
    of different spellings, so 'Austrian' meets 'Austria' but never 'Australia', and
    'Christian' stays 'christian'."""
    key = fold(word)
    if key.endswith("'s"):
        key = key[:-2]
    if key in DEMONYMS:
        return DEMONYMS[key]
    if key.endswith("s") and key[:-1] in DEMONYMS:
        return DEMONYMS[key[:-1]]
    if key.endswith("s") and not key.endswith(_KEEP_FINAL_S) and len(key) > MIN_PLURAL_STEM:
        return key[:-1]
    return key


# -- number words ------------------------------------------------------------------------

_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen")  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
SCALE_WORDS: Mapping[str, int] = {
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
NUMBER_WORDS: Mapping[str, int] = {
    **{word: value for value, word in enumerate(_UNITS)},
    **{word: 20 + 10 * i for i, word in enumerate(_TENS)},
    "dozen": 12,
    "hundred": 100,
    **SCALE_WORDS,
}


# the denominators of a share written in words ('two-thirds', 'three-quarters')
FRACTION_WORDS: Mapping[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_SMALL = (
    rf"(?:(?:{_alternatives(_TENS)})(?:[-\s](?:{_alternatives(_UNITS[1:10])}))?\b"
    rf"|(?:{_alternatives(_UNITS)})\b)"
)
# Half of a scale, which the number then carries: 'half a billion', 'a half billion',
# 'half-million', 'one and a half million', 'half a dozen'.
_HALF = (
    rf"(?:(?:{_SMALL}\s+and\s+)?an?\s+half|half(?:\s+an?)?)[\s-]+"
    rf"(?:dozen|hundred|{_alternatives(tuple(SCALE_WORDS))})\b"
)
# A number in words, without a following 'thousand'/'million' (callers read the scale):
# 'sixteen', 'forty-two', 'two hundred and five', 'two dozen', 'a dozen', 'a hundred', 'a
# million', and halves ('half a billion').
NUMBER_WORDS_PATTERN = (
    rf"(?:{_HALF}"
    rf"|(?:{_SMALL}|an?)\s+(?:hundred|dozen)(?:\s+(?:and\s+)?{_SMALL})?\b"
    rf"|{_SMALL}"
    rf"|an?\s+(?:dozen|hundred|{_alternatives(tuple(SCALE_WORDS))})\b"
    rf"|(?:dozen|hundred)\b)"
)
_NUMBER_PIECE = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+|[a-z]+")
_DIGITS = re.compile(r"^\d[\d,]*(?:\.\d+)?$|^\.\d+$")


def parse_number(text: str) -> float | None:
    """The value of a number written in digits, words or both: 'Sixteen' -> 16,
    'forty-two' -> 42, 'a dozen' -> 12, '2.5 million' -> 2500000, '13,625,777',
    'two hundred and five' -> 205. None when `text` is not only a number."""
    pieces = _NUMBER_PIECE.findall(text.lower())
    if not pieces or "".join(pieces) != re.sub(r"[\s-]", "", text.lower()):
        return None
    total = current = 0.0
    seen = False
    for index, piece in enumerate(pieces):
        if _DIGITS.match(piece):
            current += float(piece.replace(",", ""))
        elif piece in {"a", "an"} and (index == 0 or _scales_next(pieces, index)):
            continue  # 'a dozen': the dozen counts once; 'half a billion', 'one and a half'
        elif piece == "half" and _scales_next(pieces, index):
            current += 0.5  # 'half a billion', 'a half million'; never 'half' alone
        elif piece == "and" and seen:
            continue  # 'two hundred and five'
        elif piece in SCALE_WORDS:
            total += (current or 1.0) * SCALE_WORDS[piece]
            current = 0.0
        elif piece in {"dozen", "hundred"}:
            current = (current or 1.0) * NUMBER_WORDS[piece]
        elif piece in NUMBER_WORDS:
            current += NUMBER_WORDS[piece]
        else:
            return None
        seen = True
    return total + current if seen else None


def _scales_next(pieces: list[str], index: int) -> bool:
    """Whether a scale ('million', 'dozen') or 'half' then a scale follows `pieces[index]`."""
    rest = [p for p in pieces[index + 1 :] if p not in {"a", "an"}]
    scales = {"dozen", "hundred", *SCALE_WORDS}
    return bool(rest) and (rest[0] in scales or (rest[0] == "half" and rest[1:2] != []))


# -- money, percentages and approximations ------------------------------------------------

# Currency symbols and words, by ISO code: two amounts of money compare only in one currency
# (no exchange rates offline). 'US$' before '$' so the longer symbol wins.
CURRENCY_SYMBOLS: Mapping[str, str] = {
    "US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₹": "INR",
}  # fmt: skip
CURRENCY_WORDS: Mapping[str, str] = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "rupee": "INR",
    "rupees": "INR", "franc": "CHF", "francs": "CHF", "dinar": "DINAR", "dinars": "DINAR",
    "lira": "TRY", "lire": "TRY", "hryvnia": "UAH", "hryvnias": "UAH", "zloty": "PLN",
}  # fmt: skip
# Scales written onto a figure ('€22.4bn', '£93.6m'). 'm' and 'k' also abbreviate metres and
# kilo-, so callers read them as scales only next to a currency.
SCALE_SUFFIXES: Mapping[str, int] = {
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
    "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
}  # fmt: skip
UNAMBIGUOUS_SCALE_SUFFIXES = frozenset({"bn", "tn", "trn", "mn", "mln"})
# How a percentage is written after its figure (regular expression alternatives).
PERCENT_PATTERN = r"%|per\s?cent\b|percent\b|pct\b"
PERCENTAGE_POINT_PATTERN = r"percentage[\s-]points?\b"
# Vague plurals: a range, not a number.
VAGUE_AMOUNTS: Mapping[str, tuple[float, float]] = {
    "dozens": (24.0, 99.0),
    "scores": (40.0, 99.0),
    "hundreds": (200.0, 999.0),
    "thousands": (2000.0, 9999.0),
    "tens of thousands": (20000.0, 99999.0),
    "hundreds of thousands": (200000.0, 999999.0),
    "millions": (2e6, 9.99e8),
}
# Words that loosen a figure, with the factors of the interval they allow around it.
APPROXIMATIONS: Mapping[str, tuple[float, float]] = {
    "about": (0.9, 1.1), "around": (0.9, 1.1), "some": (0.9, 1.1), "roughly": (0.9, 1.1),
    "approximately": (0.9, 1.1), "an estimated": (0.9, 1.1), "estimated": (0.9, 1.1),
    "nearly": (0.85, 1.0), "almost": (0.85, 1.0), "close to": (0.85, 1.0),
    "more than": (1.0, 3.0), "over": (1.0, 3.0), "at least": (1.0, 3.0),
    "upwards of": (1.0, 3.0), "fewer than": (0.0, 1.0), "less than": (0.0, 1.0),
    "under": (0.0, 1.0), "up to": (0.0, 1.0), "at most": (0.0, 1.0),
    "as many as": (0.0, 1.0), "as much as": (0.0, 1.0), "below": (0.0, 1.0),
    "above": (1.0, 3.0), "in excess of": (1.0, 3.0), "upward of": (1.0, 3.0),
}  # fmt: skip
# Words that count the people a violent event killed or hurt when they follow a bare figure
# ('left 2 dead and 3 injured', 'three were wounded'), by the one quantity they count.
CASUALTY_WORDS: Mapping[str, str] = {
    "dead": "dead", "killed": "dead", "fatally": "dead", "died": "dead",
    "injured": "injured", "wounded": "injured", "hurt": "injured",
}  # fmt: skip
# Verb forms before a count of people that say what befell them ('killed 15 people'), as the
# casualty they make of it.
CASUALTY_VERB_FORMS: Mapping[str, str] = {
    "killed": "dead", "killing": "dead", "kills": "dead", "kill": "dead",
    "injured": "injured", "injuring": "injured", "injures": "injured", "wounded": "injured",
    "wounding": "injured", "hurt": "injured", "hurting": "injured",
}  # fmt: skip
# Verb forms next to a count of people that make it a crowd ('20,000 people marched', 'joined
# the march', 'the march drew 20,000 people'): one quantity with '20,000 protesters'
# (CROWD_NOUNS).
CROWD_VERB_FORMS: Mapping[str, str] = {
    verb: "crowd"
    for verb in ("marched", "rallied", "protested", "demonstrated", "gathered", "assembled",
                 "massed", "joined", "attended", "drew", "attracted")
}  # fmt: skip
# Nouns whose count is the count of the dead ('12 deaths', 'a death toll of 12'), as
# CASUALTY_WORDS names it.
CASUALTY_NOUNS: Mapping[str, str] = {"death": "dead", "fatality": "dead", "toll": "dead"}
# Nouns that count people and nothing more: what happened to them says what is counted ('15
# people died' and '15 dead' are one count; '15 people attended' is another).
PEOPLE_NOUNS = frozenset({"people", "person", "individual"})
# Nouns outlets use for one counted thing, and the one noun they are compared as: '15
# residents were killed' and 'killed 15 people' count the same victims; '16 measures' the
# House passed are '15 bills' told another way. Only plain synonyms: 'civilians' or
# 'soldiers' name some of the people, never all of them.
COUNTED_AS: Mapping[str, str] = {
    "person": "people", "individual": "people", "resident": "people", "inhabitant": "people",
    "villager": "people", "townspeople": "people", "measure": "bill", "storey": "story",
}  # fmt: skip
# Nouns for one unnamed person an age is told of ('a 34-year-old man', 'the 19-year-old
# suspect'): in a statement of one fact, the person another outlet names.
PERSON_WORDS = frozenset(
    {"man", "woman", "boy", "girl", "suspect", "victim", "driver", "gunman", "shooter", "teen",
     "teenager", "youth", "mother", "father", "son", "daughter", "student", "resident"}
)  # fmt: skip
# Units of measure a figure may take before a noun without a hyphen ('a 15 story tower' as
# '15-story'; 'ten police officers' counts officers, 'police' being no measure).
MEASURE_NOUNS = frozenset(
    {"story", "storey", "mile", "kilometre", "kilometer", "metre", "meter", "foot", "yard",
     "acre", "ton", "tonne", "pound", "gallon", "inch", "lane", "bed", "room"}
)  # fmt: skip
# Nouns that count the people of one gathering: 'a crowd of 20,000' and '30,000 protesters'
# are two estimates of one quantity.
CROWD_NOUNS = frozenset(
    {"crowd", "protester", "demonstrator", "marcher", "rallygoer", "participant"}
)

# Verbs that say what a figure measures: its subject changed to it or stands at it ('turnout
# was 58 percent', 'inflation rose to 6%'), or it is what the verb changed ('raised its rate
# to 5%'); other verbs' actors are not what a bare percentage measures ('the fund projected').
MEASURE_VERBS = frozenset(
    {"be", "rise", "fall", "grow", "shrink", "drop", "climb", "increase", "decrease", "decline",
     "jump", "plunge", "slide", "slip", "sink", "soar", "surge", "tumble", "dip", "ease", "edge",
     "gain", "lose", "reach", "hit", "stand", "total", "remain", "stay", "close", "end", "finish",
     "expand", "contract", "double", "rebound", "recover", "fluctuate", "spike"}
)  # fmt: skip
# ... and those whose object is what changed to the figure, or was estimated at it ('raised
# its rate to 5%', 'turnout was put at 58 percent')
MEASURE_SETTING_VERBS = frozenset(
    {"raise", "lower", "cut", "slash", "lift", "hike", "trim", "boost", "reduce", "revise",
     "set", "halve", "put", "place", "peg", "estimate", "forecast", "project"}
)  # fmt: skip

# Nouns whose content is a claim ('claims that the vote was rigged', 'allegations of fraud'): a
# doubt word on one of them ('false claims') doubts that content; on any other noun ('the
# so-called reforms', 'alleged excessive force') it doubts a label, not a fact.
CLAIM_NOUNS = frozenset(
    {"claim", "allegation", "accusation", "charge", "theory", "assertion", "rumor", "rumour",
     "narrative", "contention", "suggestion", "notion", "premise", "story", "statement"}
)  # fmt: skip

# Written texts that say something: a participle right after one ('an op-ed claiming that
# …', 'a lawsuit alleging fraud') tells what the text says, it is no doubt of the outlet's.
DOCUMENT_NOUNS = frozenset(
    {"op-ed", "editorial", "column", "essay", "article", "piece", "letter", "post", "tweet",
     "video", "report", "lawsuit", "suit", "complaint", "petition", "filing", "memo", "ad",
     "advertisement", "book", "blog", "email", "message", "statement", "document", "motion"}
)  # fmt: skip

# A court and the verbs of its decisions: what a court says of its case is its ruling ('the
# court said on Thursday the strike was lawful' tells when 'the court ruled' it).
COURT_WORDS = frozenset({"court", "judge", "justice", "panel", "tribunal", "magistrate"})
RULING_VERBS = frozenset(
    {"rule", "decide", "order", "uphold", "overturn", "overrule", "dismiss", "block", "strike",
     "reject", "throw", "sentence", "acquit", "convict"}
)  # fmt: skip

# -- reporting verbs ---------------------------------------------------------------------

# The vocabulary quotes are found by (reporting verbs and nouns and what they take) is in
# `text_reporting`; the verbs other stages read are here.
# Plain verbs of saying: what they report is the fact a statement states, so a predicate
# reads the verb of their clause ('Peskov said the army fired' is about firing).
SAYING_VERBS = frozenset({"say", "tell", "report", "announce", "state", "claim", "add", "confirm"})
# Past forms of saying that date the saying, not the fact, when a date follows them
# ('said on Tuesday'); a tuple for `str.endswith`.
SAID_FORMS = ("said", "told", "announced", "reported", "added", "stated", "wrote")
# Reporting verbs by the stance they give the reporter towards the words reported.
NEUTRAL_REPORTING_VERBS = frozenset(
    {"say", "tell", "add", "state", "note", "report", "write", "explain", "announce", "speak"}
    | {"comment", "respond", "reply", "ask", "answer", "describe", "mention", "continue"}
    | {"tweet", "post"}
)
DISTANCING_REPORTING_VERBS = frozenset(
    {"claim", "allege", "insist", "contend", "maintain", "purport", "assert", "argue", "suggest"}
)
ENDORSING_REPORTING_VERBS = frozenset(
    {"admit", "concede", "acknowledge", "confirm", "reveal", "point", "stress", "emphasize"}
    | {"emphasise", "recall"}
)
EMOTIVE_REPORTING_VERBS = frozenset(
    {"slam", "blast", "attack", "denounce", "boast", "brag", "rail", "rant", "lash", "complain"}
    | {"whine", "threaten", "accuse", "condemn", "decry", "lambast", "lambaste", "scoff", "mock"}
)

# -- negation and stop words -------------------------------------------------------------

# Words that negate the verb they modify ('did not', "didn't", 'never', 'no longer').
VERB_NEGATORS = frozenset({"not", "n't", "never", "no"})
# Words that make a sentence negative anywhere in it ('nobody came', 'without warning').
NEGATION_WORDS = (
    VERB_NEGATORS | {"nobody", "nothing", "none", "neither", "nor", "without"} | {"cannot"}
)
# Closed-class words (articles, pronouns, auxiliaries, prepositions, conjunctions): what is
# left of a sentence without them is its content. Smaller than spaCy's list on purpose: it
# keeps 'say', 'call', 'show' and other verbs a quotation's wording turns on.
FUNCTION_WORDS = frozenset(
    """
    a an the and or but of to in on at for with by from as is are was were be been being it
    its this that these those there here we our us i my me you your he his him she her they
    their them who which what when where how not no so very also just than then into about
    would will can could should may might must has have had do does did any all some such
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Words of four letters or more that title case may leave in lower case ('Court Sides with
# Students'): a headline with no other lower-case word is in title case.
TITLE_CASE_LOWER_WORDS = frozenset(
    {"with", "from", "into", "over", "upon", "than", "that", "onto", "amid", "among"}
)
# The short words title case leaves in lower case ('Mayor Set to Close Port on Friday'); any
# other lower-case word, however short ('Ana Dale met Tom Rell'), is a sentence's.
TITLE_CASE_SHORT_LOWER_WORDS = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via vs v".split()  # noqa: SIM905
)
# The most frequent English words: prose in English is roughly 40% these, other
# Latin-script languages well under 10% (how ingest tells an article is not English).
FREQUENT_ENGLISH_WORDS = frozenset(
    """
    the of and to a in is was that for on it with as by at from he she they his her its are
    were be been has have had not this but or an which who said will would their there after
    over than about into also more
    """.split()  # noqa: SIM905  (a word list reads best as words)
)

# -- abbreviations -----------------------------------------------------------------------

# Titles written with a full stop before a name ('Capt. Jane Roe', 'Gov. Brown'): a sentence
# never ends right after one written capitalised.
TITLE_ABBREVIATIONS = frozenset(
    """
    mr. mrs. ms. messrs. dr. prof. rev. fr. st. mt. gen. gens. lt. col. maj. capt. cmdr. sgt.
    cpl. pvt. adm. brig. gov. sen. sens. rep. reps. cong. pres. supt. det. insp. atty. amb.
    hon. sec. vs. e.g. i.e. const. ofc. asst.
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Every word written with a full stop that need not end the sentence: the titles, and short
# forms that may also close one ('U.S.', 'Calif.', 'Inc.', 'No.'); after those a sentence
# goes on only when the next word does not start one (lower case, a number). Lower-cased.
ABBREVIATIONS = TITLE_ABBREVIATIONS | frozenset(
    """
    no. nos. vol. art. fig. pp. para. ch. approx.
    jr. sr. ft. etc. inc. corp. co. ltd. bros. dept. univ. assn. ave. blvd. rd. est.
    jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
    u.s. u.k. u.n. e.u. d.c. l.a. n.y. u.s.a. a.m. p.m.
    ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. kans. ky. la. md. mass.
    mich. minn. miss. mo. mont. neb. nev. n.h. n.j. n.m. n.c. n.d. okla. ore. pa. r.i. s.c.
    s.d. tenn. tex. vt. va. wash. wis. wyo.
    """.split()  # noqa: SIM905  (a word list reads best as words)
)

# -- display -----------------------------------------------------------------------------


def clip(text: str, limit: int) -> str:
    """`text` on one line, cut to at most `limit` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# month names and abbreviations, for time expressions and datelines
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The words that end a street address: '1915 Alder St.', 'the 2000 block of S. Marlow'
# (a number before them is a house or block number, never a year)
STREET_WORDS = frozenset(
    """
    street st avenue ave road rd drive dr boulevard blvd lane ln court ct place pl way
    highway hwy parkway pkwy circle cir terrace trail pike
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
