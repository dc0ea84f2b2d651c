"""Per-article coverage figures: how much of each article the others also report."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Analysis, ArticleSummary, Sensitivity, StatementGroup, Summary


def summarise(
    analyses: Sequence[Analysis],
    groups: Sequence[StatementGroup],
    *,
    encoder: str,
    threshold: float,
    sensitivity: Sensitivity = "normal",
) -> Summary:
    ids = [a.article.id for a in analyses]
    per_article = []
    for analysis in analyses:
        me = analysis.article.id
        # a statement that reports two facts sits in two groups: count it once
        spans = _spans(groups, me)
        total = len(spans)
        shared = len(_spans([g for g in groups if g.kind == "shared"], me))
        shared_with = {
            other: len(_spans([g for g in groups if other in g.articles], me)) / total
            if total
            else 0.0
            for other in ids
            if other != me
        }
        per_article.append(
            ArticleSummary(
                article=me,
                outlet=analysis.article.outlet,
                statements=total,
                shared=shared,
                unique=total - shared,
                unique_share=(total - shared) / total if total else 0.0,
                shared_with=shared_with,
                characters=len(analysis.article.text),
            )
        )
    everyone = len(analyses)
    shared_groups = [g for g in groups if g.kind == "shared"]
    return Summary(
        articles=tuple(per_article),
        groups=len(groups),
        shared_by_all=sum(1 for g in shared_groups if len(g.articles) == everyone),
        shared_by_some=sum(1 for g in shared_groups if len(g.articles) < everyone),
        unique=sum(1 for g in groups if g.kind == "unique"),
        encoder=encoder,
        threshold=threshold,
        sensitivity=sensitivity,
    )


def _spans(groups: Sequence[StatementGroup], article: str) -> set[tuple[int, int]]:
    """The spans of `article`'s members in `groups`."""
    return {(m.start, m.end) for g in groups for m in g.members if m.article == article}
