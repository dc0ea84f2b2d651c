"""Check a comparison against a gold file of expected findings (the bundled examples' format).

A gold file (`examples/<event>/expected.json`) names sentences by a substring that occurs
once in one article, so it stays readable and survives re-segmentation:
  shared: groups of sentences that report the same fact (they must land in one group)
  unique: sentences no other article reports (they must stay unique)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from .ingest import read_article
from .model import Article, Comparison
from .model.serialize import JSONObject


@dataclass(frozen=True)
class GoldRef:
    article: str
    contains: str


@dataclass(frozen=True)
class ExampleGold:
    event: str
    files: dict[str, Path]
    shared: tuple[tuple[GoldRef, ...], ...]
    unique: tuple[GoldRef, ...]
    raw: JSONObject

    def read_articles(self) -> list[Article]:
        articles = []
        for article_id, path in self.files.items():
            article = read_article(path)
            if article.id != article_id:
                raise ValueError(
                    f"{path}: outlet gives id {article.id!r}, gold says {article_id!r}"
                )
            articles.append(article)
        return articles


def load_example(event_dir: Path) -> ExampleGold:
    raw = json.loads((event_dir / "expected.json").read_text(encoding="utf-8"))

    def ref(item: dict[str, str]) -> GoldRef:
        return GoldRef(item["article"], item["contains"])

    return ExampleGold(
        event=raw["event"],
        files={k: event_dir / v for k, v in raw["articles"].items()},
        shared=tuple(tuple(ref(m) for m in g["members"]) for g in raw["shared"]),
        unique=tuple(ref(u) for u in raw["unique"]),
        raw=raw,
    )


def find_groups(comparison: Comparison, ref: GoldRef) -> set[str]:
    """Ids of the statement groups whose members overlap the referenced text."""
    text = comparison.article(ref.article).text
    start = text.find(ref.contains)
    if start < 0 or text.find(ref.contains, start + 1) >= 0:
        raise ValueError(f"{ref.article}: {ref.contains!r} must occur exactly once")
    end = start + len(ref.contains)
    return {
        g.id
        for g in comparison.statements
        for m in g.members
        if m.article == ref.article and m.start < end and start < m.end
    }


@dataclass(frozen=True)
class ExampleScore:
    gold_links: int
    found_links: int
    unique_expected: int
    unique_kept: int
    wrong_links: int
    """Predicted links that attach a gold-unique statement to another article."""

    @property
    def link_recall(self) -> float:
        return self.found_links / self.gold_links if self.gold_links else 1.0

    @property
    def unique_recall(self) -> float:
        return self.unique_kept / self.unique_expected if self.unique_expected else 1.0


def score_example(comparison: Comparison, gold: ExampleGold) -> ExampleScore:
    kinds = {g.id: g for g in comparison.statements}
    gold_links = found = 0
    for group in gold.shared:
        for x, y in combinations(group, 2):
            if x.article == y.article:
                continue
            gold_links += 1
            if find_groups(comparison, x) & find_groups(comparison, y):
                found += 1
    kept = wrong = 0
    for ref in gold.unique:
        groups = [kinds[i] for i in find_groups(comparison, ref)]
        if groups and all(g.kind == "unique" for g in groups):
            kept += 1
        wrong += sum(len(g.articles) - 1 for g in groups if g.kind == "shared")
    return ExampleScore(gold_links, found, len(gold.unique), kept, wrong)
