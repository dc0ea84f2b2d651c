"""News synonyms: words outlets use for the same referent or the same act ('roadblocks' /
'barricades', 'troops' / 'soldiers', 'wounded' / 'injured', 'lawmakers' / 'legislators'),
which a single-word encoder often does not put close. The aligner credits such a word as a
near word (crossdoc/near_words.py).

Written by hand from general knowledge of news vocabulary, as sets of lemmas (the forms
`Unit.content` holds: 'troops' -> 'troop', 'detained' -> 'detain'; where the parser may
lemmatise a participle either way both forms are listed: 'injure' / 'injured'). Only words
that name the same thing in news use: never antonyms and never related but different facts
('arrested' is not 'charged', 'injured' is not 'killed', 'rioters' is how an outlet frames
'protesters', a jury's 'verdict' is not a judge's 'ruling'). A word of several senses is
listed only where news uses it mostly in the sense of its set ('plant' for a factory), and
left out where the other sense is as common ('held' for detained: 'held talks'; 'fire' for a
blaze: 'opened fire', 'fired the coach'). A word may sit in two sets; its synonyms are the
other words of every set it is in, so the relation is never chained across sets.

British and American spellings of one word ('defence' / 'defense') are a second, separate
table: same word, not synonyms, and counted apart.

This module imports nothing else from the package.
"""

from __future__ import annotations

from collections.abc import Mapping

# One set a line: lemmas, space-separated.
_SYNONYM_SETS = (
    # -- violence and crime ----------------------------------------------------------------
    "kill slay slain dead die death fatality",
    "murder homicide",
    "injure injured injury wound wounded hurt",
    "arrest detain detention apprehend nab",
    "gunman shooter attacker assailant perpetrator",
    "criminal offender perpetrator culprit",
    "blast explosion detonation explode detonate",
    "bomb explosive",
    "shooting gunfire",
    "stab stabbing knifing",
    "robbery heist holdup rob",
    "theft steal",
    "kidnap kidnapping abduct abduction",
    "kidnapper abductor",
    "hostage captive",
    "weapon weaponry armament",
    "gun firearm",
    "ammunition ammo munition",
    "crash collision collide",
    "police policeman policewoman cop officer patrolman",
    "crime offence offense",
    "abuse mistreatment maltreatment",
    "hijack commandeer",
    "fraud scam swindle",
    "bribe bribery kickback",
    "corruption graft",
    "onlooker bystander passerby",
    "witness eyewitness",
    "evidence proof",
    # -- courts and law --------------------------------------------------------------------
    "court tribunal",
    "ruling judgment judgement",
    "overturn overrule quash annul invalidate",
    "jail imprison imprisonment incarcerate incarceration prison",
    "inmate prisoner",
    "acquit acquittal exonerate",
    "indict indictment",
    "lawsuit suit litigation sue",
    "plaintiff claimant",
    "defendant accused",
    "lawyer attorney counsel solicitor barrister",
    "prosecutor prosecution",
    "testify testimony",
    "investigate investigation probe inquiry enquiry",
    "allegation accusation allege accuse",
    "legislation law statute",
    "bill legislation",
    "ban prohibit prohibition outlaw",
    "pardon clemency",
    "extradite extradition",
    "deport deportation expel expulsion",
    # -- military and conflict -------------------------------------------------------------
    "troop soldier force serviceman servicemember",
    "army military",
    "alert readiness",
    "attack assault",
    "airstrike bombing",
    "shelling bombardment",
    "missile rocket projectile",
    "ceasefire truce armistice",
    "withdraw withdrawal retreat pullout",
    "invade invasion incursion",
    "deploy deployment",
    "war warfare",
    "rebel insurgent guerrilla militant",
    "capture seize",
    "border frontier",
    "surrender capitulate capitulation cave",
    "retaliate retaliation reprisal",
    "provoke provocation",
    "escalate escalation intensify",
    "exercise drill maneuver manoeuvre",
    "fight fighting battle combat",
    "siege encirclement",
    "annex annexation",
    "secede secession",
    "occupy occupation",
    "violence bloodshed",
    "roadblock barricade",
    "block obstruct",
    # -- politics, government and elections ------------------------------------------------
    "vote ballot",
    "lawmaker legislator parliamentarian congressman congresswoman",
    "parliament legislature",
    "candidate contender",
    "win victory triumph",
    "resign resignation quit",
    "oust ouster depose topple overthrow",
    "coup putsch",
    "spokesman spokeswoman spokesperson",
    "official authority",
    "government administration",
    "ministry department",
    "ambassador envoy emissary",
    "agreement accord pact deal treaty",
    "negotiation negotiate talk",
    "impeach impeachment",
    "referendum plebiscite",
    "condemn denounce decry",
    "criticise criticize slam lambast lambaste rebuke castigate bash assail",
    "reject rebuff dismiss spurn",
    "deny denial",
    "support endorse endorsement backing",
    "approve approval ratify ratification",
    "warn warning caution",
    "threaten threat",
    "promise pledge vow",
    "visit trip",
    "immigrant migrant",
    "dispute row spat feud quarrel",
    "reform overhaul",
    "inaugurate inauguration",
    "tally count",
    "appoint designate",
    "praise hail laud commend applaud",
    "apologise apologize apology",
    "crackdown repression suppression",
    "activist campaigner",
    "tax levy",
    # -- protest ---------------------------------------------------------------------------
    "protester protestor demonstrator marcher",
    "protest demonstration demonstrate",
    "clash skirmish scuffle",
    "crowd throng",
    "unrest turmoil upheaval",
    "placard banner",
    # -- economy and markets ---------------------------------------------------------------
    "rise increase climb gain advance grow growth hike",
    "jump surge soar skyrocket spike",
    "fall drop decline decrease slip dip slide",
    "plunge plummet tumble slump dive",
    "recession downturn",
    "unemployment joblessness",
    "layoff redundancy",
    "company firm corporation",
    "stock share equity",
    "profit earnings earning",
    "revenue turnover",
    "takeover acquisition buyout acquire",
    "bankruptcy insolvency bankrupt insolvent",
    "trade commerce",
    "salary wage",
    "strike walkout stoppage",
    "worker employee staffer",
    "shareholder stockholder",
    "customer client",
    "reduce reduction cut slash",
    "funding financing fund",
    "cost expense",
    "oil crude petroleum",
    "petrol gasoline",
    "factory plant",
    "shop store",
    "bank lender",
    "cheap inexpensive",
    "expensive costly pricey",
    "rich wealthy affluent",
    "forecast projection prediction predict",
    "buy purchase",
    # -- transport -------------------------------------------------------------------------
    "car vehicle automobile auto",
    "truck lorry",
    "railway railroad",
    "plane aircraft airplane aeroplane airliner jet",
    "ship vessel",
    # -- disasters -------------------------------------------------------------------------
    "earthquake quake tremor temblor",
    "flood flooding inundate inundation deluge",
    "landslide mudslide landslip",
    "wildfire bushfire brushfire blaze",
    "blaze inferno",
    "missing unaccounted",
    "destroy destruction demolish raze flatten",
    "debris rubble wreckage",
    "shelter refuge",
    "aid assistance relief",
    "evacuate evacuation",
    "outage blackout",
    "erupt eruption",
    # -- health ----------------------------------------------------------------------------
    "disease illness sickness ailment malady",
    "epidemic outbreak",
    "doctor physician",
    "vaccine vaccination jab inoculation immunisation immunization",
    "vaccinate inoculate immunise immunize",
    "drug medication medicine",
    "sick ill unwell",
    "contagious infectious",
    "cure remedy",
    "autopsy postmortem",
    # -- people ----------------------------------------------------------------------------
    "child kid youngster",
    "teen teenager adolescent",
    "resident inhabitant",
    "home house residence dwelling",
    "expert specialist",
    "scientist researcher",
    # -- general acts and qualities --------------------------------------------------------
    "begin start commence",
    "end conclude finish",
    "halt stop cease",
    "cancel cancellation scrap axe",
    "postpone postponement delay defer",
    "close shut closure",
    "build construct construction erect",
    "help assist",
    "reveal disclose divulge",
    "hide conceal",
    "try attempt",
    "allow permit",
    "require need",
    "receive obtain",
    "provide supply",
    "send dispatch",
    "leave depart departure",
    "arrive arrival",
    "flee escape",
    "search hunt manhunt",
    "find discover locate",
    "rescue save",
    "release free liberate",
    "hire recruit employ",
    "expand expansion enlarge",
    "worsen deteriorate deterioration",
    "choose select pick",
    "plan scheme blueprint",
    "goal aim objective",
    "result outcome",
    "effect impact",
    "danger peril hazard",
    "concern worry",
    "anger outrage fury rage",
    "huge massive enormous vast immense",
    "quickly rapidly swiftly",
    "immediately instantly",
    "approximately roughly",
    "nearly almost",
    "study research",
    "mourn grieve",
    # -- second pass: sets missing from the above, seen in BASIL dev's missed links (general
    # news synonyms only; 'bash', 'assail', 'applaud' and 'cave' joined sets above then too)
    "naked nude",
    "infringe impinge encroach",
    "mogul magnate tycoon",
    "revelation disclosure",
    "donation contribution",
    "remain stay",
    "unpaid uncompensated",
    "chairman chairwoman chairperson chair",
    "candidacy bid",
    "staff personnel",
    "infuriate enrage incense",
)

# British and American spellings of one word (lemmas).
_SPELLING_PAIRS = (
    "defence defense",
    "offence offense",
    "labour labor",
    "programme program",
    "centre center",
    "honour honor",
    "favour favor",
    "neighbour neighbor",
    "neighbourhood neighborhood",
    "harbour harbor",
    "rumour rumor",
    "behaviour behavior",
    "organisation organization",
    "organise organize",
    "recognise recognize",
    "authorise authorize",
    "mobilise mobilize",
    "mobilisation mobilization",
    "hospitalise hospitalize",
    "licence license",
    "analyse analyze",
    "paralyse paralyze",
    "fulfil fulfill",
    "jewellery jewelry",
    "aluminium aluminum",
    "catalogue catalog",
    "manoeuvre maneuver",
    "traveller traveler",
    "sceptic skeptic",
    "gaol jail",
)


def _table(lines: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each word of the sets to every other word of every set it is in."""
    table: dict[str, set[str]] = {}
    for line in lines:
        words = line.split()
        for word in words:
            table.setdefault(word, set()).update(w for w in words if w != word)
    return {word: frozenset(others) for word, others in table.items() if others}


SYNONYM_SETS: tuple[frozenset[str], ...] = tuple(
    frozenset(line.split()) for line in _SYNONYM_SETS if len(line.split()) > 1
)
"""The news synonym sets (sets of lemmas)."""
SPELLING_SETS: tuple[frozenset[str], ...] = tuple(frozenset(p.split()) for p in _SPELLING_PAIRS)
"""British and American spellings of one word."""
NEWS_SYNONYMS: Mapping[str, frozenset[str]] = _table(_SYNONYM_SETS + _SPELLING_PAIRS)
"""Each lemma to the lemmas that say the same in news: its synonyms and other spelling."""


def synonyms(lemma: str) -> frozenset[str]:
    """The lemmas that name what `lemma` names in news ('barricade' -> {'roadblock'}); empty
    for a word of no set."""
    return NEWS_SYNONYMS.get(lemma, frozenset())
