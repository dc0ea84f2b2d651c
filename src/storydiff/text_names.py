"""What a name names: places, buildings, laws and events that never speak, family names
written first, initials and acronyms (the group words and the people who act for a state are
in `text_groups`). Read by the actor and speaker stages; split from `text` (one home for each
word list, a module each under 500 lines).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .text import fold

# -- what a name names -------------------------------------------------------------------

# Determiners that stand before a name without being part of how the outlet names the actor:
# 'after both Senate Leader Mara Kell and ...', 'either Kell or Odo', '(testify) that Halden
# Kell ...' (a conjunction the parser read as a determiner).
NOT_OF_A_NAME_DETERMINERS = frozenset({"both", "either", "neither", "that"})

# The last word of a proper name that makes it a place, a building, a law or an event, not
# someone who can speak: 'Syntagma Square', 'Estelle Unit', 'Endangered Species Act'.
PLACE_NAME_WORDS = frozenset(
    """
    square street st avenue ave boulevard blvd road highway plaza bridge river lake sea
    ocean mountain mountains mount island islands valley park bay coast peninsula desert
    gulf strait canal strip zone garden gardens beach
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Last words of an area's name that may still speak as a body ('the Corvel School District
# said'), so no thing that cannot speak, but never a person ('the 7th Congressional District').
AREA_NAME_WORDS = frozenset({"district", "county", "province", "region", "township"})
# First words that make a two-word name a place, not a person: 'Lake Geneva', 'Mount Sinai',
# 'Fort Worth', 'Central America' (a body's name may still start so: 'Central Intelligence
# Agency').
# 'San Diego', 'Los Angeles', 'Tel Aviv', 'Sao Paulo': cities, not people.
# Prefixes of a ship's name, written in capitals ('INS Velka', 'MV Orsk', 'USS Dale'): a
# vessel, never a person ('Ms Dale' is an honorific, so case matters).
VESSEL_PREFIXES = frozenset({"INS", "MV", "MS", "MT", "USS", "HMS", "HMAS", "HMCS", "RMS", "SS"})
PLACE_PREFIX_WORDS = frozenset(
    {"lake", "mount", "mt", "fort", "cape", "isle", "central", "latin"}
    | {"san", "santa", "los", "las", "tel", "sao"}
)
FACILITY_NAME_WORDS = frozenset(
    """
    unit prison jail penitentiary airport stadium arena mall tower towers hall cathedral
    mosque temple station base camp hotel building capitol museum memorial hospital library
    palace
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
LAW_NAME_WORDS = frozenset(
    """
    act law bill amendment treaty accord accords code constitution statute directive
    regulation regulations protocol charter agreement ban partnership plan
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
EVENT_NAME_WORDS = frozenset(
    """
    war olympics games cup festival summit championship championships marathon revolution
    massacre month uprising genocide award awards prize
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Particles that open an Arabic name: a name led by one written in lower case or joined by a
# hyphen ('al Qaeda', 'al-Shabaab', 'Al-Shabaab') names a group or a movement; in a person's
# name the given name comes first ('Karim al-Vessa'). Alone ('Al' split off 'Al-Shabaab')
# they name nobody.
NAME_PARTICLES = frozenset({"al", "el"})

# names whose 'The' belongs to them, so a sentence that opens with one keeps its capital even
# where the article also writes the name without it ('a New York Times reporter')
NAMES_WITH_THE = frozenset(
    {
        "hague",
        "gambia",
        "bahamas",
        "times",
        "new york times",
        "washington post",
        "wall street journal",
        "guardian",
        "economist",
        "independent",
        "telegraph",
        "atlantic",
        "new yorker",
        "associated press",
        "sun",
        "observer",
        "beatles",
    }
)
# Words before 'Day' or 'Eve' that make the name a holiday or a commemoration, not a person
# ('Independence Day', 'Election Day', 'Christmas Eve'; 'Doris Day' stays a person). A
# possessive before 'Day' does the same ("Mother's Day", "New Year's Eve").
HOLIDAY_WORDS = frozenset(
    """
    independence memorial labor labour election inauguration thanksgiving christmas easter
    veterans presidents remembrance armistice victory earth boxing national international
    world pride unity constitution republic liberation anzac bastille columbus juneteenth
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Common nouns of time: 'the coming days showed…' is no speaker.
TIME_NOUNS = frozenset(
    """
    day week month year hour minute decade century morning afternoon evening night weekend
    today yesterday tomorrow time season period
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Common nouns of events: 'the election showed…' is no speaker.
EVENT_NOUNS = frozenset({"election", "referendum", "war", "vote", "ceremony", "funeral"})
# What carries someone's words: the words of 'Clinton's ad' or 'a speech Clinton gave' are
# the person's.
CARRIER_NOUNS = frozenset(
    """
    ad advert advertisement spot speech video letter statement tweet post memo op-ed
    essay interview remarks message
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# What carries written words without anyone saying them: a banner's slogan is not a quote.
INSCRIPTION_WORDS = frozenset(
    """
    banner banners sign signs placard placards poster posters slogan slogans graffiti
    billboard billboards t-shirt t-shirts shirt shirts sticker stickers inscription
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Words that tell a person's gender, for pronouns: 'Mrs. Dale … she said'.
MALE_WORDS = frozenset(
    """
    mr sir lord king prince spokesman chairman congressman councilman businessman father
    son brother husband uncle boy man
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
FEMALE_WORDS = frozenset(
    """
    mrs ms miss madam lady queen princess spokeswoman chairwoman congresswoman councilwoman
    businesswoman mother daughter sister wife aunt girl woman
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Nouns that introduce someone's relative ('his sister Mara Kell', 'Kell's wife, Ana'): a
# person of their own even when they share the family name of someone named before.
KINSHIP_NOUNS = frozenset(
    """
    wife husband son daughter brother sister father mother uncle aunt nephew niece cousin
    grandson granddaughter grandfather grandmother stepson stepdaughter stepfather
    stepmother widow widower spouse sibling child
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# What a body's own name ends in, for the common nouns that refer back to it: 'the
# department' after 'the Capitol Police', 'the agency' after 'the Food and Drug
# Administration'. A noun not listed refers back to a name ending in itself ('the ministry').
BODY_REFERENCE_NOUNS: Mapping[str, frozenset[str]] = {
    "department": frozenset({"department", "police"}),
    "agency": frozenset({"agency", "administration", "service", "bureau", "commission"}),
    "force": frozenset({"force", "forces", "police"}),
    "company": frozenset({"company", "inc", "corp", "corporation", "co"}),
}
# Nouns that refer back to the country last named: 'the country', 'the nation'.
COUNTRY_NOUNS = frozenset({"country", "nation"})
# Nouns that describe a state or territory instead of naming it: 'the breakaway region',
# 'the unrecognized entity', 'the republic'; those in DESCRIBED_PLACE_NOUNS only with an
# adjective, since 'the region' or 'the territory' alone as often means the wider area.
PLACE_REFERENCE_NOUNS = frozenset(
    {"entity", "region", "province", "republic", "territory", "enclave", "statelet"}
)
DESCRIBED_PLACE_NOUNS = frozenset({"entity", "region", "territory"})
# Words that make such a noun a state's description, though the parse reads them as nouns
# ('the breakaway region'); a compass word ('the northern region') describes an area instead.
SECESSION_WORDS = frozenset({"breakaway", "separatist", "secessionist", "rebel"})
COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western central".split()  # noqa: SIM905
)
# Family names that Chinese and Korean names put first ('Kim Jong Un', 'Xi Jinping', 'Moon
# Jae-in'): the article calls the person 'Kim', 'Xi', 'Moon' afterwards, so the first word, not
# the last, is what links the forms of the name. Only the common ones that are not also
# frequent English given names or surnames ('Lee', 'Park', 'Young' are left out); a name whose
# given name is hyphenated in lower case ('Jae-in', 'Ki-moon') puts its family name first
# whatever it is (see `family_name`).
FAMILY_NAME_FIRST = frozenset(
    """
    kim moon roh yoon choi chung jung kang cho han shin ahn hwang xi hu jiang wen deng mao
    zhou zhu wang zhang liu chen yang zhao wu sun ma guo lin luo he gao liang zheng xie tang
    """.split()  # noqa: SIM905  (a word list reads best as words)
)


def family_name(words: list[str]) -> str:
    """The word of a person's name (as written, in order, without titles) that the article
    will use alone, folded: the first for a name written family name first ('Kim Jong Un';
    'Moon Jae-in', whose given name is hyphenated in lower case, unlike 'Zeta-Jones'), the
    last otherwise ('Aleksandar Vučić' -> 'vucic')."""
    if not words:
        return ""
    suffix = fold(words[-1]).rstrip(".,")
    if len(words) > 1 and suffix in _NAME_SUFFIXES:
        # 'Robert S. Mueller III' is 'Mueller'; 'Donald Trump Jr.' is not 'Trump'
        family = family_name(words[:-1])
        return f"{family} {suffix}" if _NAME_SUFFIXES[suffix] else family
    honoured, words = _without_honour(words)
    first = fold(words[0]).replace("-", " ").split() or [""]
    if (
        len(words) > 1
        and not honoured
        and (first[0] in FAMILY_NAME_FIRST or _LOWER_HYPHENATED.fullmatch(words[-1]) is not None)
    ):
        return first[0]
    return (fold(words[-1]).replace("-", " ").split() or [""])[-1]


def without_titles(words: list[str], titles: frozenset[str]) -> list[str]:
    """A name's words (as written) without those in `titles`, but for an honour leading it
    ('Sir Kim Darroch' keeps 'Sir': it tells which word is the family name)."""
    lead = words[:1] if len(words) > 2 and fold(words[0]).rstrip(".") in HONOURS else []
    return lead + [w for w in words[len(lead) :] if fold(w) not in titles]


def _without_honour(words: list[str]) -> tuple[bool, list[str]]:
    """Whether a name is led by an honour ('Sir Kim Darroch'), and its words without it."""
    if len(words) > 2 and fold(words[0]).rstrip(".") in HONOURS:
        return True, words[1:]
    return False, words


# Generational suffixes of a name, and whether the article keeps them when it shortens the
# name ('Trump Jr.' stays apart from his father; 'Mueller III' becomes 'Mueller').
_NAME_SUFFIXES = {"jr": True, "sr": True, "ii": False, "iii": False, "iv": False}
_LOWER_HYPHENATED = re.compile(r"[A-Z][a-z]+-[a-z]+")
# Words an acronym skips: 'IMF' = 'International Monetary Fund', 'USFWS' = 'U.S. Fish and
# Wildlife Service'.
_ACRONYM_SKIPS = frozenset({"of", "and", "for", "the", "on", "in", "&", "to"})


def initials(name: str) -> str:
    """The acronym a multi-word name would have: first letters of its words without 'of',
    'and', 'the'…, a dotted abbreviation whole ('U.S. Fish and Wildlife Service' ->
    'usfws'); '' for a one-word name."""
    words = [w for w in name.replace("-", " ").split() if fold(w) not in _ACRONYM_SKIPS]
    if len(words) < 2:
        return ""
    return "".join(_initial(word) for word in words)


def _initial(word: str) -> str:
    folded = fold(word)
    return folded.replace(".", "") if "." in folded else folded[:1]


def initials_forms(name: str) -> frozenset[str]:
    """The acronyms a multi-word name may have: its `initials`, and those with the 'of' kept,
    which some names keep ('Department of Justice' -> 'doj', 'Joint Comprehensive Plan of
    Action' -> 'jcpoa'; 'Federal Bureau of Investigation' -> 'fbi')."""
    plain = initials(name)
    if not plain:
        return frozenset()
    words = name.replace("-", " ").split()
    with_of = "".join(_initial(w) for w in words if w == "of" or fold(w) not in _ACRONYM_SKIPS)
    forms = {plain, with_of}
    named = words[1:] if fold(words[0]) == "the" else words
    if fold(named[-1]) in {"department", "ministry"} and "of" not in named:
        # 'Justice Department' is the 'Department of Justice': 'DOJ', 'DJ'
        forms |= initials_forms(" ".join([named[-1], "of", *named[:-1]]))
    return frozenset(forms)


def acronym_key(word: str) -> str:
    """A word written as an acronym ('IMF', 'U.N.', 'NOAA'), folded without its full stops;
    '' for any other word."""
    letters = word.replace(".", "").replace("&", "")
    if len(letters) < 2 or not letters.isalpha() or not letters.isupper():
        return ""
    return letters.lower()


# -- telling apart people who share a family name -----------------------------------------


def given_names(words: list[str]) -> list[str]:
    """The parts of a person's name (as written, in order, without titles) other than its
    family name and a generational suffix, folded; an initial is its letter, dotted initials
    split ('George H.W. Bush' -> ['george', 'h', 'w']; 'Kim Jong-un' -> ['jong', 'un'])."""
    if len(words) > 1 and fold(words[-1]).rstrip(".,") in _NAME_SUFFIXES:
        words = words[:-1]
    honoured, words = _without_honour(words)
    if len(words) < 2:
        return []
    first = (fold(words[0]).replace("-", " ").split() or [""])[0]
    rest = words[1:] if not honoured and family_name(words) == first else words[:-1]
    parts: list[str] = []
    for word in rest:
        parts.extend(fold(word).replace("-", " ").replace(".", " ").split())
    # a stray mark the tagger took into the name ('\\n Mueller' in scraped text) is no name
    return [part for part in parts if part[0].isalpha()]


def same_given_names(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two people with one family name may be one person: either name has no given
    name, or each given name of the shorter agrees, in order, with one of the longer's (as the
    same word, an initial of it or a shortening of it), and the longer's others are whole
    words, not initials. 'H. Clinton', 'Hillary Rodham Clinton', 'Hillary Clinton' and
    'Special Counsel Hillary Clinton' agree; 'Bill' and 'Hillary' do not, nor 'George W.'
    and 'George H.W.', nor 'Jong Un' and 'Yo Jong'. A nickname ('Bill' for 'William') is not
    recognised."""
    short, long = sorted((a, b), key=len)
    if not short:
        return True
    index = 0
    for part in long:
        if index < len(short) and _same_part(short[index], part):
            index += 1
        elif len(part) == 1 and index < len(short):
            return False  # an initial the other name does not have, before its next one
    return index == len(short)


def _same_part(x: str, y: str) -> bool:
    if x == y:
        return True
    short, long = sorted((x, y), key=len)
    if len(short) == 1:
        return long.startswith(short)
    return len(short) >= 3 and long.startswith(short)


def person_key(words: list[str]) -> str:
    """The key of one of several people who share a family name: the whole name, folded,
    initials as letters ('Hillary Clinton' -> 'hillary clinton', 'George H.W. Bush' ->
    'george h w bush')."""
    folded = (fold(w).replace("-", " ").replace(".", " ") for w in words)
    return " ".join(" ".join(folded).split())


# -- who a name is: titles, honorifics, organisations --------------------------------------

# Role nouns that precede or follow a name; general vocabulary, not any event's.
TITLE_WORDS = frozenset(
    """
    spokesman spokeswoman spokesperson president vice prime minister deputy secretary
    senator sen rep representative governor gov mayor chief director chairman chairwoman
    chair head leader commander general gen colonel col lieutenant captain officer ambassador
    envoy attorney judge justice professor prof dr doctor mr mrs ms miss sir lord lady king
    queen prince princess pope bishop rev reverend chancellor premier speaker lawmaker
    congressman congresswoman councillor councilman councilwoman commissioner inspector
    sheriff superintendent analyst economist official aide adviser advisor advisers
    candidate nominee ceo cfo coo founder owner manager executive editor correspondent
    reporter columnist author activist coach sergeant sgt admiral adm marshal press
    interior defense defence foreign finance justice health affairs state national
    spokesmen officials ministry lt czar tsar coordinator elect dictator strongman ruler
    counterpart prosecutor detective det undersheriff capt cpl corporal trooper constable
    commodore comedian maj cmdr
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Titles of people who speak for someone else ('an aide', 'the spokesman'): a bare one is
# staff the article need not name, never the one untitled person it did name.
STAFF_TITLES = frozenset({"aide", "spokesman", "spokeswoman", "spokesperson", "official"})
# Of those, the ones whose words are the body's own ('Kremlin spokesman X said' = 'the
# Kremlin said'); an aide or an official may speak for themselves.
SPOKESPERSON_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Months as news style abbreviates them before a day ('Oct. 5'): a date, never an actor.
# Read only when written with the full stop ('Jan' alone can be a given name).
MONTH_ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()  # noqa: SIM905
)
# Abbreviated titles and the word a later mention uses: 'Gov. Ana Dale' is 'the governor'.
TITLE_ABBREVIATIONS = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "gen": "general",
    "col": "colonel",
    "prof": "professor",
    "sgt": "sergeant",
    "adm": "admiral",
    "lt": "lieutenant",
    "capt": "captain",
    "maj": "major",
    "cmdr": "commander",
    "cpl": "corporal",
    "det": "detective",
}
# Title words that also end a name of their own: 'the Islamic State', 'Kansas State'. After
# other proper nouns, and with no name after them, they finish that name instead of titling
# the next one ('Secretary of State Ana Dale' still titles Dale).
NAME_ENDING_TITLE_WORDS = frozenset({"state"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "madam"})
# Honours written before a given name ('Sir Kim Darroch', 'Dame Ana Dale', 'Lord Ravel'):
# a name they lead is written given name first, whatever its first word ('Kim' is Darroch's
# given name, not a family name written first as in 'Kim Jong Un').
HONOURS = frozenset({"sir", "dame", "lord", "lady"})
# A party member written as a label ('Republican Ana Dale', 'the Velka Democrat'): before a
# name it marks a person; alone or ending a name it describes someone, it names no actor.
PARTY_MEMBER_WORDS = frozenset({"republican", "democrat", "tory"})
# A party's nickname and the member word of its party: 'the GOP' is the Republican Party.
PARTY_NICKNAMES = {"gop": "republican"}
# Words that make a name an organisation or a place, not a person.
ORGANISATION_WORDS = frozenset(
    """
    ministry party council agency department university college school news times post
    journal committee union bank court police army forces force government office house
    association organization organisation company inc corp corporation group institute
    foundation commission administration senate congress parliament assembly service
    services network press tribune herald daily agency republic state states kingdom
    federation league club church campaign center centre fund board authority authorities
    north south east west northern southern eastern western city county province region
    embassy consulate alliance coalition guard protection enforcement financial patrol
    tribunal directorate secretariat
    """.split()  # noqa: SIM905  (a word list reads best as words)
)  # 'embassy', 'consulate': 'the U.S. Embassy' speaks as a body, it is no person; nor is
# 'the Coast Guard', 'Harbour and Border Protection' or 'Customs Enforcement'
# Organisation words that name a region, not a body: 'North America', 'Dorn City', 'Maricopa
# County' are places (a name with another organisation word stays a body: 'North Atlantic
# Treaty Organization').
GEOGRAPHIC_WORDS = frozenset(
    """
    north south east west northern southern eastern western city county province region
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Legal forms that end a company's name ('JBS SA', 'Dravid Minerals Ltd.'): the company
# without them is the same actor ('JBS'). Not 'AG': US news writes it for an attorney
# general ('New York AG').
COMPANY_SUFFIXES = frozenset(
    "sa nv plc llc ltd inc corp co gmbh spa bv asa".split()  # noqa: SIM905
)
# Nouns that say a name is a company: its head or apposition ('Holm Copper, the mining
# company', 'the carmaker Holm Motors', 'the company, Holm Copper') ...
# Not 'maker', 'producer', 'operator', 'miner': they also name people ('the maker of the
# film, Ana Dale'); 'giant' only with a trade before it ('the energy giant Astwater').
COMPANY_NOUNS = frozenset(
    """
    company firm manufacturer retailer lender insurer airline automaker carmaker drugmaker
    conglomerate corporation subsidiary giant
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Last words of a company's name ('Astwater Energy', 'Dravid Minerals', 'Holmgate
# Securities'): a name ending so is a company, not a person or a group.
COMPANY_NAME_WORDS = frozenset(
    """
    energy minerals mining motors airlines airways holdings industries technologies
    pharmaceuticals foods systems partners resources petroleum securities investments
    ventures logistics shipping telecom communications lines ferries
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# ... or that only a company has, when the name modifies them ('Dravid Minerals shares',
# 'Holm Copper shareholders', 'the Holm Copper chief executive').
# ('executive' only after 'chief': 'the Velk executive order' is no company's)
COMPANY_MARK_NOUNS = frozenset({"share", "shareholder", "stock", "ceo"})
# Last words of an institution's name that can follow 'X and Y' ('Fish and Wildlife Service',
# 'Alcohol, Tobacco and Firearms Bureau', 'Harbour and Border Protection', 'Immigration and
# Customs Enforcement'); 'States' is not one ('Russia and United States').
INSTITUTION_WORDS = frozenset(
    """
    service services administration agency department commission bureau institute
    foundation association society council committee authority board office fund
    corporation company center centre laboratory museum protection enforcement
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Last words of an organisation's name whose earlier words may be title words: 'World Health
# Organization', 'State Department', 'Interior Ministry', 'National Health Service' are one
# name each, not a title before a shorter name.
NAMED_BODY_WORDS = INSTITUTION_WORDS | frozenset(
    """
    organization organisation ministry party court bank union army forces police senate
    congress parliament assembly league federation guard
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
# Words that make a title another holder's than the one the article speaks of now: 'the
# former president', 'a new minister', 'Ana Dale, a former candidate for governor'.
FORMER_HOLDER_WORDS = frozenset(
    {"former", "ex", "late", "previous", "then", "next", "future", "new", "other", "acting"}
    | {"interim", "outgoing", "incoming", "another", "first"}
)
# Words of a state's formal name: 'the Republic of Northvale' is Northvale.
STATE_FORM_WORDS = frozenset(
    {"republic", "kingdom", "commonwealth", "principality", "emirate", "sultanate"}
)
# Body words whose name goes on after 'of': 'Department of Harbour Safety', 'House of
# Representatives', 'Republic of Korea', 'University of Velka' are one name each.
BODY_OF_WORDS = NAMED_BODY_WORDS | frozenset(
    {"house", "university", "college", "republic", "church", "chamber", "bureau", "alliance"}
    | {"coalition"}
)
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "it"})
# Nouns of an institution a person belongs to or deals with as one of its kind, named by the
# words around them ('Cardiff University', 'the University of Harl', 'a Fox affiliate'): two
# names of one kind in one role are two different institutions (crossdoc/institutions.py).
AFFILIATION_NOUNS = frozenset(
    """
    university college academy school hospital clinic affiliate station newspaper church
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
