"""Per-outlet figures over many story comparisons; pure functions, no store and no models.

An outlet's figures in one story count at the level of outlets, not articles: a statement
group, quote group or actor is the outlet's when any of its articles in the story has it, so
two versions of one article (or an update) are never counted twice. Rules, per story with
outlets O and an outlet X in O:

- unique: statement groups only X reports, out of the groups X reports;
- omitted: groups X does not report that at least two outlets and more than half of O - {X}
  report, out of all groups at least two and more than half of O - {X} report (a detail one
  other outlet alone reports is that outlet's unique statement, not everyone else's omission);
- quotes: quote groups X has a version in; wording: of those another outlet also carries, the
  ones where none of X's versions has the same words (case and punctuation aside) as any
  other outlet's version;
- loaded: loaded words and phrases in X's articles per 1,000 words of them;
- labels: on actors whose naming differs, the names and attached words X uses that no other
  outlet of the story uses for that actor, ranked by the number of stories, then uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..model import (
    Comparison,
    Entity,
    EntityInArticle,
    QuoteGroup,
    QuoteVersion,
    Span,
    StatementGroup,
)
from ..model.outlets import (
    Density,
    DistinctiveLabel,
    Evidence,
    LabelKind,
    OutletProfile,
    Rate,
    SpanRef,
    Tally,
)

WORD = re.compile(r"\w+(?:['’-]\w+)*")
"""What counts as a word for the loaded-language rate and for comparing quote wording."""

MAX_LABELS = 5
"""Distinctive labels kept per outlet."""


@dataclass(frozen=True)
class ComparedStory:
    """One story's comparison, with the store's record id of each compared article."""

    id: int
    comparison: Comparison
    records: Mapping[str, str]
    """Comparison article id -> the article's record id in the store."""
    outlet_of: dict[str, str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        outlets = {a.id: a.outlet for a in self.comparison.articles}
        object.__setattr__(self, "outlet_of", outlets)

    @property
    def outlets(self) -> list[str]:
        return sorted(set(self.outlet_of.values()))

    def span(self, article: str, start: int, end: int) -> SpanRef:
        text = self.comparison.article(article).text[start:end]
        return SpanRef(self.outlet_of[article], self.records[article], article, start, end, text)

    def outlets_in(self, articles: Iterable[str]) -> set[str]:
        return {self.outlet_of[a] for a in articles}


@dataclass
class _Figure:
    """One figure of one outlet, summed over stories."""

    count: int = 0
    of: int = 0
    stories: list[int] = field(default_factory=list)
    found_in: list[int] = field(default_factory=list)
    examples: list[Evidence] = field(default_factory=list)

    def add(self, story: int, hits: Sequence[Evidence], of: int) -> None:
        self.count += len(hits)
        self.of += of
        if of:
            self.stories.append(story)
        if hits:
            self.found_in.append(story)
        self.examples.extend(hits)

    def rate(self, examples: int) -> Rate:
        share = self.count / self.of if self.of else None
        return Rate(
            self.count, self.of, share, tuple(self.stories), tuple(self.found_in),
            tuple(self.examples[:examples]),
        )  # fmt: skip

    def density(self, examples: int) -> Density:
        per_1000 = 1000 * self.count / self.of if self.of else None
        return Density(
            self.count, self.of, per_1000, tuple(self.stories), tuple(self.found_in),
            tuple(self.examples[:examples]),
        )  # fmt: skip


@dataclass
class _Label:
    label: str
    kind: LabelKind
    actor: str
    others: dict[str, None] = field(default_factory=dict)
    uses: int = 0
    stories: list[int] = field(default_factory=list)
    examples: list[Evidence] = field(default_factory=list)

    def distinctive(self, examples: int) -> DistinctiveLabel:
        return DistinctiveLabel(
            self.label, self.kind, self.actor, tuple(self.others), self.uses,
            tuple(self.stories), tuple(self.examples[:examples]),
        )  # fmt: skip


@dataclass
class _Outlet:
    name: str
    stories: list[int] = field(default_factory=list)
    articles: int = 0
    unique: _Figure = field(default_factory=_Figure)
    omitted: _Figure = field(default_factory=_Figure)
    quotes: _Figure = field(default_factory=_Figure)
    wording: _Figure = field(default_factory=_Figure)
    loaded: _Figure = field(default_factory=_Figure)
    labels: dict[tuple[str, str, str], _Label] = field(default_factory=dict)

    def profile(self, examples: int) -> OutletProfile:
        ranked = sorted(
            self.labels.values(), key=lambda x: (-len(x.stories), -x.uses, x.label.casefold())
        )
        labels = tuple(x.distinctive(examples) for x in ranked[:MAX_LABELS])
        return OutletProfile(
            self.name, Tally(len(self.stories), tuple(self.stories)), self.articles,
            self.unique.rate(examples), self.omitted.rate(examples),
            Tally(self.quotes.count, tuple(self.quotes.stories)), self.wording.rate(examples),
            self.loaded.density(examples), labels,
        )  # fmt: skip


def profile_outlets(
    stories: Sequence[ComparedStory], *, examples: int = 3
) -> dict[str, OutletProfile]:
    """Each outlet's figures over the stories given (each should have two or more outlets)."""
    found: dict[str, _Outlet] = {}
    for story in stories:
        for outlet in story.outlets:
            _add_story(found.setdefault(outlet, _Outlet(outlet)), story)
    return {name: outlet.profile(examples) for name, outlet in found.items()}


def _add_story(outlet: _Outlet, story: ComparedStory) -> None:
    name, sid = outlet.name, story.id
    outlet.stories.append(sid)
    outlet.articles += sum(1 for o in story.outlet_of.values() if o == name)
    groups = [(g, story.outlets_in(g.articles)) for g in story.comparison.statements]
    reported = [g for g, by in groups if name in by]
    unique = [_statement(story, g, name) for g, by in groups if by == {name}]
    outlet.unique.add(sid, unique, len(reported))
    others = len(story.outlets) - 1
    consensus = [(g, by) for g, by in groups if _consensus(by - {name}, others)]
    omitted = [_statement(story, g, None) for g, by in consensus if name not in by]
    outlet.omitted.add(sid, omitted, len(consensus))
    carried, shared, differing = _quote_figures(story, name)
    outlet.quotes.add(sid, [], carried)
    outlet.quotes.count += carried
    outlet.wording.add(sid, differing, shared)
    hits, words = _loaded(story, name)
    outlet.loaded.add(sid, hits, words)
    for entity in story.comparison.entities:
        if entity.differs:
            _add_labels(outlet, story, entity)


def _consensus(reporters: set[str], others: int) -> bool:
    """Reported by at least two of the other outlets and by more than half of them."""
    return len(reporters) >= 2 and 2 * len(reporters) > others


def _statement(story: ComparedStory, group: StatementGroup, outlet: str | None) -> Evidence:
    """A statement group as evidence: the members of `outlet`, or all members when None."""
    members = [m for m in group.members if outlet in (None, story.outlet_of[m.article])]
    spans = tuple(story.span(m.article, m.start, m.end) for m in members)
    return Evidence(story.id, group.id, spans)


def words(text: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in WORD.findall(text))


def _quote_figures(story: ComparedStory, outlet: str) -> tuple[int, int, list[Evidence]]:
    """Quote groups the outlet carries, those another outlet carries too, and the shared ones
    its wording of differs from every other outlet's."""
    carried = shared = 0
    differing: list[Evidence] = []
    for group in story.comparison.quotes:
        own = [v for v in group.members if story.outlet_of[v.article] == outlet]
        other = [v for v in group.members if story.outlet_of[v.article] != outlet]
        if not own:
            continue
        carried += 1
        if not other:
            continue
        shared += 1
        other_words = {words(v.quote.text) for v in other}
        if all(words(v.quote.text) not in other_words for v in own):
            differing.append(_quote_evidence(story, group, own[0], other))
    return carried, shared, differing


def _quote_evidence(
    story: ComparedStory, group: QuoteGroup, own: QuoteVersion, other: Sequence[QuoteVersion]
) -> Evidence:
    """The outlet's version and the other outlet's version it was compared with (else the
    first other outlet's)."""
    index = own.compared_with
    compared = group.members[index] if index is not None else None
    if compared is None or compared not in other:
        compared = other[0]
    spans = tuple(story.span(v.article, v.quote.start, v.quote.end) for v in (own, compared))
    return Evidence(story.id, group.id, spans)


def _loaded(story: ComparedStory, outlet: str) -> tuple[list[Evidence], int]:
    """Loaded words in the outlet's articles, and the number of words in those articles."""
    own = {a.id for a in story.comparison.articles if a.outlet == outlet}
    count = sum(len(words(a.text)) for a in story.comparison.articles if a.id in own)
    hits = [
        Evidence(story.id, framing.article, (story.span(framing.article, u.start, u.end),))
        for framing in story.comparison.framing
        if framing.article in own
        for u in framing.loaded
    ]
    return hits, count


def _add_labels(outlet: _Outlet, story: ComparedStory, entity: Entity) -> None:
    own = [n for n in entity.articles if story.outlet_of[n.article] == outlet.name]
    other = [n for n in entity.articles if story.outlet_of[n.article] != outlet.name]
    if not own or not other:
        return
    other_names = [x for n in other for x in n.labels]
    for kind in ("label", "descriptor"):
        theirs = {x.casefold() for n in other for x in _terms(n, kind)}
        mine = dict.fromkeys(x for n in own for x in _terms(n, kind))
        for term in mine:
            if term.casefold() in theirs:
                continue
            key = (kind, term.casefold(), entity.label.casefold())
            found = outlet.labels.setdefault(key, _Label(term, kind, entity.label))
            found.others.update(dict.fromkeys(other_names))
            found.stories.append(story.id)
            carriers = [m for n in own for m in n.mentions if _carries(m.text, m.descriptors, term)]
            found.uses += len(carriers)
            for mention in carriers[:1]:
                span = story.span(mention.article, mention.start, mention.end)
                found.examples.append(Evidence(story.id, entity.id, (span,)))


def _terms(named: EntityInArticle, kind: str) -> tuple[str, ...]:
    return named.labels if kind == "label" else named.descriptors


def _carries(text: str, descriptors: Sequence[Span], term: str) -> bool:
    folded = term.casefold()
    return folded in text.casefold() or any(folded in d.text.casefold() for d in descriptors)
