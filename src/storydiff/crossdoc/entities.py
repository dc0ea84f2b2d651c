"""Link each article's mentions into actors across articles, and show how each outlet
names and labels them.

Mentions link when their keys agree: a person's folded surname ('Vucic', 'President Vucic',
'Aleksandar Vučić'; namesakes by their whole names, see `_part_namesakes`), an
organisation's or place's folded name, or, for a description ('the Kremlin spokesman'), the
key of the name it was resolved to within its article; an acronym joins the one name with
its initials ('IMF' = 'International Monetary Fund'). A leader's government is keyed by the
leader ('Bush administration' and 'Obama administration' stay apart), groups by their kind
('protesters', 'rioters', 'hooded youths'), and a party's members join the party
('Democrats', 'the Democratic Party'). The table this gives (actor × outlet: labels,
descriptors, count, first mention) is where framing shows: the same actor as 'Kosovo' in one
outlet and 'the unrecognized Kosovo' in another.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from ..extract.aliases import (
    UNION_OF_CONTINENT,
    country_of,
    country_of_demonym,
    without_country,
)
from ..extract.mention_parts import entity_key
from ..extract.mention_types import company_form
from ..model import Entity, EntityInArticle, EntityType, Mention
from ..name_spellings import spelling_variants
from ..text import fold
from ..text_groups import (
    GOVERNMENT_NOUNS,
)
from ..text_names import (
    PARTY_NICKNAMES,
    acronym_key,
    given_names,
    initials_forms,
    person_key,
    same_given_names,
)
from .entity_titles import resolve_open_pacts, resolve_open_titles

# an actor mentioned once by one outlet and never described is noise in the naming table
MIN_MENTIONS_SINGLE_OUTLET = 2


def link_entities(
    mentions_by_article: Sequence[tuple[str, Sequence[Mention]]],
) -> tuple[Entity, ...]:
    """Actors across the articles, most widely reported first."""
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for _, mentions in mentions_by_article:
        for mention in mentions:
            by_key[mention.key].append(mention)
    _part_namesakes(by_key)
    _merge_acronyms(by_key)
    _merge_party_members(by_key)
    _merge_country_prefixed(by_key)
    _merge_demonym_groups(by_key)
    _merge_given_names(by_key)
    _merge_leader_governments(by_key)
    _merge_sole_government(by_key)
    _move_cities(by_key)
    _merge_company_forms(by_key)
    _merge_continent_unions(by_key)
    resolve_open_pacts(by_key)
    resolve_open_titles(by_key)  # last: the holders' keys are final
    order = [article for article, _ in mentions_by_article]
    entities = []
    for key, mentions in by_key.items():
        articles = []
        for article in order:
            own = [m for m in mentions if m.article == article]
            if own:
                articles.append(_in_article(article, own))
        total = sum(len(a.mentions) for a in articles)
        described = any(a.descriptors for a in articles)
        if len(articles) == 1 and total < MIN_MENTIONS_SINGLE_OUTLET and not described:
            continue
        entities.append((key, mentions, tuple(articles)))
    entities.sort(key=lambda e: (-len(e[2]), -sum(len(a.mentions) for a in e[2]), e[0]))
    return tuple(
        Entity(
            id=f"e{number}",
            label=_label(mentions),
            type=_majority_type(mentions),
            articles=articles,
            differs=_differs(articles),
        )
        for number, (_, mentions, articles) in enumerate(entities, start=1)
    )


Unit = tuple[str, str, list[str]]  # an article's person: (key, article, fullest name's words)


def _part_namesakes(by_key: dict[str, list[Mention]]) -> None:
    """Namesakes an article tells apart (`extract.mentions` keys them by their whole names,
    'hillary clinton' and 'bill clinton') stay apart across articles: another article's one
    Clinton (keyed 'clinton' there) joins the one whose given names agree with the fullest
    name it gives; an article that only ever writes 'Clinton', or a given name that agrees
    with both, joins the one the story set mentions most (the one a reader takes a bare
    family name for: 'Macron' is the president, not his wife). A Clinton whose given names
    agree with none ('Chelsea') stays an actor of its own. A family name no article shares
    between two people links by the family name alone, as before: across articles a nickname
    ('Rick' and 'Richard Gates') or a title read into a name must not split one person."""
    families: dict[str, list[Unit]] = defaultdict(list)
    for key, mentions in by_key.items():
        for article in dict.fromkeys(m.article for m in mentions if m.type == "person"):
            names = [m.name for m in mentions if m.article == article and m.type == "person"]
            words = max(names, key=lambda n: len(n.split())).split()
            families[entity_key(" ".join(words), "person")].append((key, article, words))
    for family, units in families.items():
        clusters = _namesake_clusters([u for u in units if u[0] != family])
        others = _add_distinct_namesakes(clusters, [u for u in units if u[0] == family])
        if len(clusters) < 2:
            continue
        _rekey_family_clusters(clusters, family, by_key)
        # the articles that give a first name first: they tell which namesake is named most
        for unit in sorted(others, key=lambda u: not given_names(u[2])):
            given = given_names(unit[2])
            agree = [c for c in clusters if same_given_names(given, given_names(c[0][2]))]
            if not agree:  # 'Kelomir Brandt' for the 'Kalomir Brandt' of another article
                agree = [c for c in clusters if spelling_variants(given, given_names(c[0][2]))]
                agree = agree if len(agree) == 1 else []
            if agree:
                max(agree, key=lambda c: _mention_count(c, by_key)).append(unit)
        for cluster in clusters:
            target = cluster[0][0]  # the key an article gave this namesake
            for key, article, _ in cluster:
                if key != target:
                    moving = [m for m in by_key[key] if m.article == article]
                    by_key[key] = [m for m in by_key[key] if m.article != article]
                    by_key.setdefault(target, []).extend(moving)
    for key in [k for k, mentions in by_key.items() if not mentions]:
        del by_key[key]


def _add_distinct_namesakes(clusters: list[list[Unit]], units: list[Unit]) -> list[Unit]:
    """Add to `clusters` the people each article keyed by the family name alone (one person
    of that name there) whose given names tell them apart from every cluster ('Halden Kell'
    in one article, 'Mara Kell' in another: no two given names start alike, so no nickname
    or shortening joins them). Returns the other units, to join the cluster they agree with."""
    left = []
    for unit in units:
        given = given_names(unit[2])
        if given and all(_clearly_distinct(given, given_names(c[0][2])) for c in clusters):
            clusters.append([unit])
        else:
            left.append(unit)
    return left


def _clearly_distinct(a: list[str], b: list[str]) -> bool:
    """Two people's given names share no first letter ('halden' and 'mara'; not 'rick' and
    'richard', which may be one person)."""
    return bool(a) and bool(b) and not {w[0] for w in a} & {w[0] for w in b}


def _rekey_family_clusters(
    clusters: list[list[Unit]], family: str, by_key: dict[str, list[Mention]]
) -> None:
    """Clusters whose first unit is keyed by the bare family name: the one mentioned most
    keeps it, the others are keyed by their whole names, so that they stay apart."""
    bare = [c for c in clusters if c[0][0] == family]
    bare.sort(key=lambda c: -_mention_count(c, by_key))
    for cluster in bare[1:]:
        key, article, words = cluster[0]
        cluster[0] = (person_key(words), article, words)
        cluster.insert(1, (key, article, words))  # its own mentions move to the new key


def _mention_count(cluster: list[Unit], by_key: dict[str, list[Mention]]) -> int:
    return sum(m.article == article for key, article, _ in cluster for m in by_key[key])


def _namesake_clusters(units: list[Unit]) -> list[list[Unit]]:
    """The people that articles keyed by their whole names, those whose given names agree
    together ('hillary clinton' in one article, 'hillary rodham clinton' in another)."""
    clusters: list[list[Unit]] = []
    for unit in units:
        given = given_names(unit[2])
        home = next(
            (c for c in clusters if all(same_given_names(given, given_names(u[2])) for u in c)),
            None,
        )
        if home is None:
            clusters.append([unit])
        else:
            home.append(unit)
    return clusters


def _merge_acronyms(by_key: dict[str, list[Mention]]) -> None:
    """'IMF' in one outlet and 'the International Monetary Fund' in another are one actor:
    an acronym's mentions join the one multi-word name with those initials (within an
    article, `extract.mentions` has linked them already), typed as the name is ('JCPOA' is
    a pact where 'the Joint Comprehensive Plan of Action' is). Two names with the same
    initials leave the acronym alone. An acronym that is not the initials of the name
    ('CDC' of 'Centers for Disease Control and Prevention': an agency renamed by adding
    words keeps its old acronym) joins the name an article defines it as ('Name (CDC)',
    linked within that article by `extract.mentions`), when the articles define it as one."""
    by_initials: dict[str, list[str]] = defaultdict(list)
    defined: dict[str, set[str]] = defaultdict(set)
    for key, mentions in by_key.items():
        if any(m.type != "person" for m in mentions):
            # the key, and the names as written: 'Department of Justice' is keyed 'justice
            # department', and its acronym is 'DOJ'
            names = {key} | {m.name for m in mentions if m.type != "person"}
            for letters in set().union(*(initials_forms(name) for name in names)):
                by_initials[letters].append(key)
            for m in mentions:
                if (letters := acronym_key(m.text)) and letters != key and m.type != "person":
                    defined[letters].add(key)
    for key in list(by_key):
        mentions = by_key[key]
        if not all(acronym_key(m.name) == key for m in mentions):
            continue
        targets = [k for k in by_initials.get(key, []) if k != key] or sorted(defined[key])
        if len(targets) == 1:
            named = [m for m in by_key[targets[0]] if m.kind == "name"] or by_key[targets[0]]
            typed = _majority_type(named)
            by_key[targets[0]].extend(replace(m, type=typed) for m in by_key.pop(key))


def _merge_party_members(by_key: dict[str, list[Mention]]) -> None:
    """'Democrats' and 'the Democratic Party', 'Republicans' and 'the Republican Party' (and
    'the GOP', and the party's national committee): a party and its members as a group are
    one actor, each outlet's choice a label of it."""
    for key in list(by_key):
        words = key.split()
        if len(words) != 2 or words[1] != "party" or key not in by_key:
            continue
        for members in dict.fromkeys((words[0], words[0].removesuffix("ic"))):
            if members in by_key and all(m.type == "group" for m in by_key[members]):
                by_key[key].extend(by_key.pop(members))
                break
    for nickname, members in PARTY_NICKNAMES.items():
        # 'the GOP' joins the party, or its members where no outlet names the party
        target = next((k for k in (f"{members} party", members) if k in by_key), None)
        if nickname in by_key and target is not None:
            by_key[target].extend(by_key.pop(nickname))
    for key in [k for k in by_key if k.endswith(" national committee")]:
        # 'the Civic National Committee' (and 'the CNC') is the party acting as a body:
        # one outlet writes that 'the committee' sued, another that 'Democrats' did
        adjective = key.split()[0]
        targets = (f"{adjective} party", adjective, adjective.removesuffix("ic"))
        target = next((k for k in targets if k in by_key and k != key), None)
        if len(key.split()) == 3 and target is not None:
            by_key[target].extend(by_key.pop(key))


def _merge_country_prefixed(by_key: dict[str, list[Mention]]) -> None:
    """'the U.S. Supreme Court' in one outlet and 'the Supreme Court' in another are one
    body: a name with a country before it joins the same name without it, when an outlet
    uses that; never a person's or a group's name, and not when two countries' bodies would
    share it ('U.S. Army' and 'UK Army' beside 'the Army')."""

    def body(mentions: list[Mention] | None) -> bool:
        return bool(mentions) and all(m.type not in {"person", "group"} for m in mentions or ())

    joining: dict[str, list[str]] = defaultdict(list)
    for key, mentions in by_key.items():
        if body(mentions):
            written = mentions[0].name.split()
            words = without_country(written)
            if len(words) == len([w for w in written if w.lower() != "the"]):
                continue  # no country before the name
            bare = entity_key(" ".join(words), mentions[0].type)
            if bare != key and body(by_key.get(bare)):
                joining[bare].append(key)
    for bare, keys in joining.items():
        if len(keys) == 1:
            by_key[bare].extend(by_key.pop(keys[0]))


def _merge_continent_unions(by_key: dict[str, list[Mention]]) -> None:
    """'Europe' and 'European officials' join 'the European Union' when the articles name
    the union: the continent acting in a story about the union is the union."""
    for continent, union in UNION_OF_CONTINENT.items():
        source, target = entity_key(continent, "place"), entity_key(union, "place")
        if source in by_key and target in by_key and source != target:
            by_key[target].extend(by_key.pop(source))


def _merge_company_forms(by_key: dict[str, list[Mention]]) -> None:
    """One company however an outlet writes or types it: a name another outlet read as a
    group or a person ('Dravid Minerals' typed by its plural) joins the organisation of
    that name, and a company's first word alone ('Astwater') the one company whose name
    starts with it ('Astwater Energy')."""
    organisations: dict[str, str] = {}
    for key, mentions in by_key.items():
        for m in mentions:
            if m.type == "organisation" and m.kind == "name":
                organisations.setdefault(m.name, key)
    forms = [name for name in organisations if company_form(name.split())]
    for key in list(by_key):
        mentions = by_key[key]
        names = {m.name for m in mentions if m.kind == "name"}
        if len(names) != 1 or any(m.type == "place" for m in mentions):
            continue
        name = names.pop()
        target = organisations.get(name)
        if target in {None, key} and len(name.split()) == 1:
            starting = {organisations[f] for f in forms if f.split()[0] == name}
            target = starting.pop() if len(starting) == 1 else None
        if target is not None and target != key and target in by_key:
            by_key[target].extend(by_key.pop(key))


def _move_cities(by_key: dict[str, list[Mention]]) -> None:
    """'London' is the city in every article when one of them is about the city (it names
    its mayor, see `extract.aliases.cities_with_mayors`), also where another article's
    'London' stood for the United Kingdom by the alias table."""
    cities = {
        m.name: key
        for key, mentions in by_key.items()
        for m in mentions
        if m.type == "place" and m.kind == "name" and country_of(m.name) not in {None, m.name}
    }
    for city, city_key in cities.items():
        country = country_of(city)
        target = entity_key(country, "place") if country else None
        if target is None or target not in by_key or target == city_key:
            continue
        moving = [m for m in by_key[target] if m.kind == "name" and m.text == city]
        by_key[target] = [m for m in by_key[target] if m not in moving]
        by_key[city_key].extend(replace(m, key=city_key, name=city) for m in moving)
        if not by_key[target]:
            del by_key[target]


def _merge_leader_governments(by_key: dict[str, list[Mention]]) -> None:
    """'his government' in one sentence and 'his administration' in the next (or 'the Velk
    regime' in another outlet) are one leader's one government: the keys a leader's
    government noun makes join the one most mentioned, each outlet's noun a label of it."""
    by_leader: dict[str, list[str]] = defaultdict(list)
    for key in by_key:
        *leader, noun = key.split()
        if noun in GOVERNMENT_NOUNS and leader and " ".join(leader) in by_key:
            by_leader[" ".join(leader)].append(key)
    for keys in by_leader.values():
        target, *others = sorted(keys, key=lambda k: -len(by_key[k]))
        for key in others:
            by_key[target].extend(by_key.pop(key))


def _merge_sole_government(by_key: dict[str, list[Mention]]) -> None:
    """'the Trump administration' is how an outlet names the United States' government, the
    actor others call 'Washington' or 'the White House': a leader's government joins the
    country its leader is titled for ('U.S. President Donald Trump', 'the American
    president') when it is the only government of that country the articles name. Two
    ('the Obama administration' beside 'the Trump administration') stay apart, each of its
    own, and so does one whose leader no outlet titles for a country."""
    by_country: dict[str, list[str]] = defaultdict(list)
    for key in by_key:
        *leader, noun = key.split()
        if noun in GOVERNMENT_NOUNS and leader and " ".join(leader) in by_key:
            country = _country_titled(by_key[" ".join(leader)])
            if country is not None:
                by_country[country].append(key)
    for country, keys in by_country.items():
        target = entity_key(country, "place")
        if len(keys) == 1 and target in by_key:
            by_key[target].extend(by_key.pop(keys[0]))


def _country_titled(mentions: list[Mention]) -> str | None:
    """The country a person's mentions title them for: 'U.S.' of 'U.S. President Donald
    Trump', 'American' of 'the American president'."""
    found: Counter[str] = Counter()
    for m in mentions:
        if m.type != "person":
            continue
        words = m.text.replace("'s", " ").split()
        for size in (2, 1):
            for i in range(len(words) - size + 1):
                part = " ".join(words[i : i + size])
                country = country_of(part) or country_of_demonym(part)
                if country is not None:
                    found[country] += 1
    top = found.most_common(2)
    if not top or (len(top) > 1 and top[0][1] < 2 * top[1][1]):
        return None  # titled for no country, or for two alike
    return top[0][0]


def _merge_given_names(by_key: dict[str, list[Mention]]) -> None:
    """'Donald' alone (a leader greeting another in a quote) in an article that never gives
    the whole name is the one person of the story set with that given name ('Donald Trump'
    elsewhere); within an article `extract.mentions` links it already. A word some article
    uses as a family name, or two people with that given name, leave it alone."""
    first_of: dict[str, set[str]] = defaultdict(set)
    for key, mentions in by_key.items():
        for m in mentions:
            words = m.name.split()
            if m.type == "person" and len(words) > 1 and entity_key(m.name, "person") == key:
                first_of[fold(words[0])].add(key)
    for key in list(by_key):
        mentions = by_key[key]
        lone = all(
            m.kind == "name" and m.type in {"person", "other"} and fold(m.name) == key
            for m in mentions
        )
        targets = first_of.get(key, set()) - {key}
        if lone and len(targets) == 1:
            by_key[targets.pop()].extend(by_key.pop(key))


def _merge_demonym_groups(by_key: dict[str, list[Mention]]) -> None:
    """'the Iranians', 'Russians': a people named only by its bare demonym is how outlets
    name the state's side ('the Iranians walked out of the talks'), a label of the country
    the articles name. A people any outlet qualifies ('Kosovo Serbs', 'ethnic Serbs') is a
    group of its own, not the state: the whole key stays apart then."""
    for key in list(by_key):
        mentions = by_key[key]
        if not mentions or any(m.type == "place" or not _bare_demonym(m) for m in mentions):
            continue
        country = country_of_demonym(mentions[0].name)
        target = entity_key(country, "place") if country else None
        if target is not None and target != key and target in by_key:
            by_key[target].extend(by_key.pop(key))


def _bare_demonym(mention: Mention) -> bool:
    """'the Russians', 'Iranians', 'the Chinese': one demonym, at most 'the' before it."""
    words = [w for w in mention.text.split() if w.lower() != "the"]
    return (
        mention.kind == "name"
        and len(words) == 1
        and len(mention.name.split()) == 1
        and country_of_demonym(words[0]) is not None
    )


def _in_article(article: str, mentions: list[Mention]) -> EntityInArticle:
    labels = tuple(dict.fromkeys(m.label or " ".join(m.text.split()) for m in mentions))
    descriptors = tuple(
        dict.fromkeys(" ".join(d.text.split()) for m in mentions for d in m.descriptors)
    )
    return EntityInArticle(article, tuple(mentions), labels, descriptors, mentions[0].start)


def _label(mentions: list[Mention]) -> str:
    """The fullest name any outlet uses; for an actor only described (a group), the word
    the outlets use most ('separatists', though the kind is keyed 'rebels')."""
    names = Counter(m.name for m in mentions if m.kind == "name")
    if not names:
        return Counter(m.name for m in mentions).most_common(1)[0][0]
    return max(names, key=lambda n: (len(n.split()), names[n]))


def _majority_type(mentions: list[Mention]) -> EntityType:
    counts = Counter(m.type for m in mentions if m.type != "other")
    return counts.most_common(1)[0][0] if counts else "other"


def _differs(articles: tuple[EntityInArticle, ...]) -> bool:
    """Outlets that mention the actor describe it differently (one attaches words another
    does not), or one names it in a way no other does."""
    if len(articles) < 2:
        return False
    descriptor_sets = {frozenset(d.lower() for d in a.descriptors) for a in articles}
    return len(descriptor_sets) > 1
