"""View models: what a report shows, built once from the typed `Comparison`.

The terminal and the HTML renderer both read these, so the two reports cannot drift apart:
outlet names are resolved here, sections are chosen here, and both renderers only lay out
and clip what they are given. Every text is a slice of an article (or built from one) at
offsets the comparison carries; renderers escape it.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import get_args

from ..model import Article, Comparison, CueStance, Entity, Member, StatementGroup
from .views_findings import (
    ConflictView,
    QuoteGroupView,
    QuoteView,
    SpeakerView,
    TimelineView,
    conflict_view,
    quote_group,
    quoted_only,
    timeline_view,
)

_SAFE_URL = re.compile(r"https?://[^\s\"'<>]+", re.IGNORECASE)
STANCES: tuple[str, ...] = get_args(CueStance)
PALETTE_SIZE = 12
"""How many distinct fact colours the HTML palette holds (see `_colour_slots`)."""


def first_words(text: str, count: int = 8) -> str:
    """The first `count` words of a text, with an ellipsis when there are more."""
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def tag(index: int) -> str:
    """The short column tag of the article at `index`: A, B, … then 27, 28, …"""
    return chr(ord("A") + index) if index < 26 else str(index + 1)


@dataclass(frozen=True)
class Mark:
    """A framing mark in an article: a loaded word or a hedge."""

    start: int
    end: int
    kind: str  # "loaded" | "hedge"


@dataclass(frozen=True)
class ArticleView:
    id: str
    tag: str
    outlet: str
    title: str | None
    published: str | None
    url: str | None
    """Only an http(s) URL; anything else is left in `url_text` to be shown as text."""
    url_text: str | None
    language: str
    text: str
    marks: tuple[Mark, ...]


@dataclass(frozen=True)
class Share:
    article: str
    tag: str
    outlet: str
    share: float


@dataclass(frozen=True)
class SummaryRow:
    article: str
    tag: str
    outlet: str
    published: str | None
    statements: int
    shared: int
    unique: int
    unique_share: float
    shared_with: tuple[Share, ...]
    """In the summary's order; one per other article that shares something."""
    unrelated: bool = False
    """A guard rail found this article shares almost nothing with the others: its 'only
    here' share says the articles are probably not one story, not that it reports more."""

    @property
    def only_here(self) -> str:
        """The 'only here' cell as a person reads it."""
        if self.unrelated:
            return f"{self.unique} (not one story?)"
        return f"{self.unique} ({self.unique_share:.0%})"


@dataclass(frozen=True)
class MemberView:
    article: str
    outlet: str
    start: int
    end: int
    text: str
    before: str = ""
    """For an 'only in' statement that is one clause of a longer sentence: the sentence's
    text before it (and `after` it), so the reader sees the clause in its sentence rather
    than 'days after the agency recommended…' alone."""
    after: str = ""


@dataclass(frozen=True)
class NearMissView:
    """The closest statement of another outlet to a unique one: 'closest in TASS: … 0.41'."""

    article: str
    outlet: str
    start: int
    end: int
    text: str
    score: float
    """Rounded down to two decimals: a score under the threshold never reads as reaching it
    (0.3598 shows as 0.35, not 0.36, beside a threshold of 0.36)."""
    held_apart: str | None

    @property
    def nothing_close(self) -> bool:
        """Whether every statement of that outlet scores 0.00 with this one: no pair came near
        enough to be scored, so the statement shown is only the nearest in raw meaning, and
        naming it 'closest' would point a reader at a sentence about something else."""
        return self.score < 0.01


@dataclass(frozen=True)
class GroupView:
    index: int
    """Position in `Comparison.statements`: the HTML page's group number."""
    id: str
    kind: str
    similarity: float
    outlets: tuple[str, ...]
    members: tuple[MemberView, ...]
    colour: int | None
    """Palette slot of a shared group (neighbouring facts get different slots); None if unique."""
    closest: tuple[NearMissView, ...] = ()
    """For a unique statement: the closest statement in each other article, with its score."""
    joined: str | None = None
    """Why a shared group whose similarity is under the threshold was joined (StatementGroup)."""


@dataclass(frozen=True)
class StatementSection:
    key: str
    """'all', 'some', or the article id for what only that article reports."""
    title: str
    groups: tuple[GroupView, ...]


@dataclass(frozen=True)
class NamingCell:
    labels: tuple[str, ...]
    descriptors: tuple[str, ...]
    count: int


@dataclass(frozen=True)
class NamingRow:
    label: str
    type: str
    differs: bool
    cells: tuple[NamingCell | None, ...]
    """One per article, in article order; None where the article does not name the actor."""


@dataclass(frozen=True)
class FramingColumn:
    article: str
    outlet: str
    stances: tuple[tuple[str, tuple[str, ...]], ...]
    """Every stance in `STANCES` order, with the uses 'cue (speaker)'."""
    loaded: tuple[str, ...]
    hedges: tuple[str, ...]


@dataclass(frozen=True)
class ReportView:
    title: str | None
    schema_version: int
    encoder: str
    threshold: float
    matching: str
    """How statements were matched, in words, with the sensitivity (both reports' header)."""
    warnings: tuple[str, ...]
    """What makes this comparison mislead (copies, unrelated or short articles): shown first."""
    articles: tuple[ArticleView, ...]
    summary: tuple[SummaryRow, ...]
    sections: tuple[StatementSection, ...]
    naming: tuple[NamingRow, ...]
    framing: tuple[FramingColumn, ...]
    quote_groups: tuple[QuoteGroupView, ...]
    quoted_only: tuple[tuple[str, tuple[QuoteView, ...]], ...]
    speakers: tuple[SpeakerView, ...]
    conflicts: tuple[ConflictView, ...]
    timeline: TimelineView

    def section(self, key: str) -> StatementSection | None:
        return next((s for s in self.sections if s.key == key), None)


def build_report(comparison: Comparison) -> ReportView:
    outlets = {a.id: a.outlet for a in comparison.articles}
    texts = {a.id: a.text for a in comparison.articles}
    titles = [a.title for a in comparison.articles if a.title]
    return ReportView(
        title=titles[0] if titles else None,
        schema_version=comparison.schema_version,
        encoder=comparison.summary.encoder,
        threshold=comparison.summary.threshold,
        matching=matching_sentence(comparison),
        warnings=tuple(w.message for w in comparison.warnings),
        articles=_articles(comparison),
        summary=_summary(comparison),
        sections=_sections(comparison, outlets),
        naming=tuple(_naming_row(e, comparison.articles) for e in comparison.entities),
        framing=_framing(comparison),
        quote_groups=tuple(
            quote_group(g, outlets, texts) for g in comparison.quotes if len(g.articles) > 1
        ),
        quoted_only=quoted_only(comparison, outlets),
        speakers=tuple(
            SpeakerView(r.speaker, tuple(r.counts.get(a.id, 0) for a in comparison.articles))
            for r in comparison.speakers
        ),
        conflicts=tuple(conflict_view(c, outlets) for c in comparison.conflicts),
        timeline=timeline_view(comparison.timeline, comparison.articles),
    )


_SENSITIVITY_WORDS = {
    "strict": "Strict matching: only close rewordings of one fact are linked, so wrong links "
    "are rare and more statements show as reported by one outlet only.",
    "normal": "Normal matching: rewordings and most paraphrases of one fact are linked.",
    "loose": "Loose matching: looser paraphrases are linked too, so fewer shared facts are "
    "missed and more links are wrong.",
    "custom": "Matching at a threshold you chose.",
}


def matching_sentence(comparison: Comparison) -> str:
    """How statements were matched, in words: the sensitivity, the threshold on its scale,
    the spread of the linked facts' scores, and how to read the 'only in' lists."""
    summary = comparison.summary
    scores = sorted(g.similarity for g in comparison.statements if g.kind == "shared")
    spread = (
        f" A fact's similarity is the mean over its pairs of statements: here {scores[0]:.2f}"
        f" to {scores[-1]:.2f}; a fact whose mean is under {summary.threshold:.2f} says why its"
        " statements were joined (a headline restating its lead, a closest pair reaching it)."
        if scores
        else " No pair of statements reached it here."
    )
    return (
        f"{_SENSITIVITY_WORDS[summary.sensitivity]} Two statements are linked as the same fact "
        f"when their same-fact score (meaning, shared words and a paraphrase model, encoder "
        f"{summary.encoder}) reaches {summary.threshold:.2f} on a scale of 0 to 1.{spread} A "
        "fact told in very different words can stay below it and show as unique in both "
        "articles, so each 'only in' statement shows its closest statement in the other "
        "articles and their score; similar wording is not proof of the same claim: a match is "
        "a pointer to check against the text."
    )


def _articles(comparison: Comparison) -> tuple[ArticleView, ...]:
    marks: dict[str, list[Mark]] = {}
    for framing in comparison.framing:
        found = [Mark(x.start, x.end, "loaded") for x in framing.loaded]
        found += [Mark(h.start, h.end, "hedge") for h in framing.hedges]
        marks[framing.article] = sorted(found, key=lambda m: (m.start, m.end, m.kind))
    views = []
    for i, article in enumerate(comparison.articles):
        url = (article.url or "").strip()
        safe = url if _SAFE_URL.fullmatch(url) else None
        views.append(
            ArticleView(
                id=article.id,
                tag=tag(i),
                outlet=article.outlet,
                title=article.title or None,
                published=article.published or None,
                url=safe,
                url_text=None if safe or not article.url else article.url,
                language=article.language or "en",
                text=article.text,
                marks=tuple(marks.get(article.id, ())),
            )
        )
    return tuple(views)


def _summary(comparison: Comparison) -> tuple[SummaryRow, ...]:
    tags = {a.id: tag(i) for i, a in enumerate(comparison.articles)}
    outlets = {a.id: a.outlet for a in comparison.articles}
    published = {a.id: a.published for a in comparison.articles}
    unrelated = {
        article for w in comparison.warnings if w.kind == "unrelated" for article in w.articles
    }
    return tuple(
        SummaryRow(
            article=s.article,
            tag=tags.get(s.article, "?"),
            outlet=outlets.get(s.article, s.outlet),
            published=published.get(s.article),
            statements=s.statements,
            shared=s.shared,
            unique=s.unique,
            unique_share=s.unique_share,
            shared_with=tuple(
                Share(other, tags.get(other, "?"), outlets.get(other, other), share)
                for other, share in s.shared_with.items()
            ),
            unrelated=s.article in unrelated,
        )
        for s in comparison.summary.articles
    )


def _sentence_around(comparison: Comparison, member: Member) -> tuple[str, str]:
    """The text of the member's sentence before and after it (empty for a whole sentence)."""
    sentences = comparison.sentences.get(member.article, ())
    if not 0 <= member.sentence < len(sentences):
        return "", ""
    sentence = sentences[member.sentence]
    text = comparison.article(member.article).text
    before = text[sentence.start : member.start] if sentence.start < member.start else ""
    after = text[member.end : sentence.end] if member.end < sentence.end else ""
    return before, after


def _sections(comparison: Comparison, outlets: dict[str, str]) -> tuple[StatementSection, ...]:
    index = {id(g): i for i, g in enumerate(comparison.statements)}
    colours = _colour_slots(comparison)

    def view(group: StatementGroup) -> GroupView:
        i = index[id(group)]
        members = tuple(
            MemberView(
                m.article,
                outlets.get(m.article, m.article),
                m.start,
                m.end,
                m.text,
                *(_sentence_around(comparison, m) if group.kind == "unique" else ("", "")),
            )
            for m in group.members
        )
        names = tuple(outlets.get(a, a) for a in group.articles)
        closest = tuple(
            NearMissView(
                c.article,
                outlets.get(c.article, c.article),
                c.start,
                c.end,
                c.text,
                math.floor(c.score * 100 + 1e-9) / 100,
                c.held_apart,
            )
            for c in group.closest
        )
        return GroupView(
            i,
            group.id,
            group.kind,
            group.similarity,
            names,
            members,
            colours[i],
            closest,
            group.joined,
        )

    several = len(comparison.articles) > 2
    label = "Reported by all" if several else "Reported by both"
    sections = [StatementSection("all", label, tuple(map(view, comparison.shared_by_all())))]
    if several:
        some = tuple(map(view, comparison.shared_by_some()))
        sections.append(StatementSection("some", "Reported by some", some))
    for article in comparison.articles:
        only = tuple(map(view, comparison.unique_to(article.id)))
        sections.append(StatementSection(article.id, f"Only in {article.outlet}", only))
    return tuple(sections)


def _colour_slots(comparison: Comparison) -> list[int | None]:
    """A palette slot per shared group such that facts next to each other in any article
    (and the groups just before in the list) get different colours; None for unique ones."""
    neighbours: dict[int, set[int]] = {}
    for article in comparison.articles:
        placed = sorted(
            (m.start, g)
            for g, group in enumerate(comparison.statements)
            if group.kind != "unique"
            for m in group.members
            if m.article == article.id
        )
        for (_, a), (_, b) in itertools.pairwise(placed):
            if a != b:
                neighbours.setdefault(a, set()).add(b)
                neighbours.setdefault(b, set()).add(a)
    slots: list[int | None] = []
    turn = 0
    for g, group in enumerate(comparison.statements):
        if group.kind == "unique":
            slots.append(None)
            continue
        taken = {slots[n] for n in neighbours.get(g, ()) if n < g}
        taken.update(s for s in slots[-3:] if s is not None)
        free = [s for s in range(PALETTE_SIZE) if s not in taken] or list(range(PALETTE_SIZE))
        # Start the search where the last pick left off, so the palette is used evenly.
        slot = min(free, key=lambda s: (s - turn) % PALETTE_SIZE)
        slots.append(slot)
        turn = slot + 1
    return slots


def _naming_row(entity: Entity, articles: Sequence[Article]) -> NamingRow:
    present = {a.article: a for a in entity.articles}
    cells = []
    for article in articles:
        named = present.get(article.id)
        cells.append(
            None
            if named is None
            else NamingCell(named.labels, named.descriptors, len(named.mentions))
        )
    return NamingRow(entity.label, entity.type, entity.differs, tuple(cells))


def _framing(comparison: Comparison) -> tuple[FramingColumn, ...]:
    by_article = {f.article: f for f in comparison.framing}
    columns = []
    for article in comparison.articles:
        framing = by_article.get(article.id)
        if framing is None:
            continue
        stances = tuple(
            (
                stance,
                tuple(
                    f"{u.cue} ({u.speaker or '?'})"
                    for u in framing.attributions
                    if u.stance == stance
                ),
            )
            for stance in STANCES
        )
        columns.append(
            FramingColumn(
                article.id,
                article.outlet,
                stances,
                tuple(dict.fromkeys(x.text for x in framing.loaded)),
                tuple(dict.fromkeys(h.text for h in framing.hedges)),
            )
        )
    return tuple(columns)
