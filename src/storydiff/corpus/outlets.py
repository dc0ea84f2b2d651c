"""`storydiff outlets`: each outlet compared with the others across a store's stories.

The figures (`outlet_figures.py`) are read from each story's comparison as `storydiff story`
caches it: a story compared before is read from the store and never re-analysed; a story not
compared yet is compared once, through the same cache, so the next run reads it too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from ..errors import ConfigurationError, InputError
from ..model.outlets import OutletProfile, OutletReport
from .analysis import compare_story
from .engine import Engine, LocalEngine
from .outlet_figures import ComparedStory, profile_outlets
from .service import Story, list_stories
from .store import Store

logger = logging.getLogger(__name__)

StageProgress = Callable[[str, int, int], None]
"""Called as progress(stage, done, total)."""

EXAMPLES = 3
"""Examples kept per figure (the counts and story ids are always complete)."""


def outlet_profiles(
    store: Store,
    *,
    engine: Engine | None = None,
    since: str | None = None,
    until: str | None = None,
    outlets: Sequence[str] = (),
    min_stories: int = 1,
    examples: int = EXAMPLES,
    progress: StageProgress | None = None,
) -> OutletReport:
    """Profiles of the outlets (all, or those named) over the stories with an article between
    `since` and `until` that two or more outlets covered; outlets in fewer than `min_stories`
    such stories are listed, not profiled."""
    if min_stories < 1:
        raise ConfigurationError(f"--min-stories must be at least 1, got {min_stories}")
    found = list_stories(store, since=since, until=until)
    if not found:
        raise InputError(
            store.name, "has no stories" + _dates(since, until),
            "Ingest articles first ('storydiff ingest FILES --db " + store.name + "')"
            + (", or widen --since/--until" if since or until else ""),
        )  # fmt: skip
    known = sorted({m.outlet for s in found for m in s.members}, key=str.casefold)
    chosen = _chosen_outlets(outlets, known, store.name, since, until)
    shared = [s for s in found if len(_outlets(s)) >= 2]
    if not shared:
        raise InputError(store.name, _no_shared_story(found, known, since, until), _FIX_SHARED)
    compared = compare_stories(store, shared, engine or LocalEngine(), progress)
    profiles = profile_outlets(compared, examples=examples)
    kept, below = _select(profiles, chosen, min_stories)
    logger.info("profiled %d outlets over %d stories", len(kept), len(shared))
    return OutletReport(
        store=store.name, since=since, until=until, min_stories=min_stories,
        stories=tuple(s.id for s in shared),
        single_outlet_stories=tuple(s.id for s in found if len(_outlets(s)) < 2),
        outlets=kept, below_min_stories=below,
    )  # fmt: skip


def compare_stories(
    store: Store, stories: Sequence[Story], engine: Engine, progress: StageProgress | None = None
) -> list[ComparedStory]:
    """Each story's comparison: cached ones read from the store, the others computed once and
    cached (`compare_story`). The stories come listed, so the store is not read again per
    story (listing them per story made the command quadratic in the size of the store)."""
    compared = []
    for done, listed in enumerate(stories):
        if progress:
            progress("comparing stories", done, len(stories))
        comparison = compare_story(store, listed, engine)
        records = {
            article.id: member.record_id
            for article, member in zip(comparison.articles, listed.members, strict=True)
        }
        compared.append(ComparedStory(listed.id, comparison, records))
    if progress:
        progress("comparing stories", len(stories), len(stories))
    return compared


def _outlets(story: Story) -> set[str]:
    return {m.outlet for m in story.members}


def _dates(since: str | None, until: str | None) -> str:
    if since and until:
        return f" with articles from {since} to {until}"
    if since or until:
        return f" with articles {'since ' + since if since else 'until ' + str(until)}"
    return ""


_FIX_SHARED = (
    "Ingest coverage of the same events from at least two outlets "
    "('storydiff ingest FILES --db PATH'); outlet figures compare outlets within stories"
)


def _no_shared_story(
    found: Sequence[Story], known: Sequence[str], since: str | None, until: str | None
) -> str:
    if len(known) == 1:
        return f"has articles from one outlet only ({known[0]}){_dates(since, until)}"
    return (
        f"has no story covered by two or more outlets{_dates(since, until)} "
        f"({len(found)} stories, each from one outlet)"
    )


def _chosen_outlets(
    names: Sequence[str], known: Sequence[str], db: str, since: str | None, until: str | None
) -> list[str]:
    """The outlets asked for, spelled as stored (case aside); every known one when none."""
    if not names:
        return list(known)
    by_fold = {k.casefold(): k for k in known}
    chosen = []
    for name in names:
        stored = by_fold.get(name.strip().casefold())
        if stored is None:
            raise InputError(
                f"--outlet {name!r}",
                f"no article in {db}{_dates(since, until)} is from this outlet "
                f"(outlets there: {', '.join(known)})",
                "Pass one of those names (case does not matter), or leave --outlet out",
            )
        chosen.append(stored)
    return list(dict.fromkeys(chosen))


def _select(
    profiles: dict[str, OutletProfile], chosen: Sequence[str], min_stories: int
) -> tuple[tuple[OutletProfile, ...], tuple[str, ...]]:
    """The chosen outlets' profiles, most stories first, and those below `min_stories`."""
    enough = [n for n in chosen if n in profiles and profiles[n].stories.count >= min_stories]
    kept = [profiles[n] for n in enough]
    below = tuple(n for n in chosen if n not in enough)
    kept.sort(key=lambda p: (-p.stories.count, p.outlet.casefold()))
    return tuple(kept), below
