"""Who is quoted by which article: one row per speaker, namesakes kept apart and a body
named with its country joined to the same body named without it."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from ..extract.aliases import without_country
from ..extract.speaker_memory import SPEAKER_SEPARATOR, speaker_key
from ..model import Analysis, QuoteGroup, SpeakerRow
from ..text_names import given_names, person_key, same_given_names


def speaker_table(
    analyses: Sequence[Analysis], groups: Sequence[QuoteGroup]
) -> tuple[SpeakerRow, ...]:
    """Who is quoted by which article and how often: who gets a voice and who does not."""
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    labels: dict[str, str] = {}
    quoted = Counter(
        speaker
        for analysis in analyses
        for quote in analysis.quotes
        for speaker in (quote.speaker or "").split(SPEAKER_SEPARATOR)
        if speaker
    )
    key_of = _namesake_keys(quoted)
    for analysis in analyses:
        for quote in analysis.quotes:
            for speaker in (quote.speaker or "").split(SPEAKER_SEPARATOR):
                if not speaker:
                    continue
                key = key_of[speaker]
                row = counts[key]
                row[analysis.article.id] = row.get(analysis.article.id, 0) + 1
                if len(speaker) > len(labels.get(key, "")):
                    labels[key] = speaker
    n_groups: Counter[str] = Counter()
    for group in groups:
        for speaker in (group.speaker or "").split(SPEAKER_SEPARATOR):
            if speaker:
                n_groups[key_of.get(speaker, speaker_key(speaker))] += 1
    ids = [a.article.id for a in analyses]
    rows = [
        SpeakerRow(labels[key], {i: counts[key].get(i, 0) for i in ids}, n_groups[key])
        for key in counts
    ]
    rows.sort(key=lambda r: (-sum(1 for v in r.counts.values() if v), -r.total, r.speaker))
    return tuple(rows)


def _namesake_keys(quoted: Counter[str]) -> dict[str, str]:
    """The speaker table's row of each speaker: the family name ('clinton'), or, where the
    story quotes two people of one family name whose given names disagree, the whole name
    ('bill clinton', 'hillary clinton'; `extract.speaker_memory.SpeakerMemory` tells them apart
    within an article); a bare 'Clinton' then goes to the one quoted most. A description
    ('the harbour master') keeps its key."""
    by_family: dict[str, list[str]] = defaultdict(list)
    for name in quoted:
        by_family[speaker_key(name)].append(name)
    keys: dict[str, str] = {}
    for family, names in by_family.items():
        clusters: list[list[str]] = []
        for name in sorted(names, key=lambda n: -len(n.split())):
            given = given_names(name.split())
            if not given or not all(w[:1].isupper() for w in name.split() if w.isalpha()):
                continue
            agree = (c for c in clusters if all(_agree(given, other) for other in c))
            home = next(agree, None)
            if home is None:
                clusters.append([name])
            else:
                home.append(name)
        for name in names:
            keys[name] = family
            if len(clusters) < 2:
                continue
            given = given_names(name.split())
            homes = [c for c in clusters if name in c] or [
                c for c in clusters if _agree(given, c[0])
            ]
            if homes:
                home = max(homes, key=lambda c: sum(quoted[n] for n in c))
                keys[name] = person_key(home[0].split())
    _join_country_prefixed(keys)
    return keys


def _join_country_prefixed(keys: dict[str, str]) -> None:
    """'U.S. Capitol Police' quoted by one outlet and 'Capitol Police' by another are one
    row: a body named with its country joins the row of the same name without it, when the
    story quotes that; not when two countries' bodies would share it ('U.S. Army' and 'UK
    Army' beside 'the Army')."""
    present = set(keys.values())
    bare_of = {
        name: speaker_key(" ".join(without_country(name.split())))
        for name in keys
        if name[:1].isupper()
    }
    prefixed: dict[str, set[str]] = defaultdict(set)
    for name, bare in bare_of.items():
        if bare != keys[name] and bare in present:
            prefixed[bare].add(keys[name])
    for name, bare in bare_of.items():
        if len(prefixed.get(bare, ())) == 1 and keys[name] in prefixed[bare]:
            keys[name] = bare


def _agree(given: list[str], name: str) -> bool:
    return same_given_names(given, given_names(name.split()))
