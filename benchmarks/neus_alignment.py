"""Statement alignment on the NeuS probe stories of the conflicts gold (batch ``neus``).

    python benchmarks/neus_alignment.py --split dev            # develop (dev errors may be read)
    python benchmarks/neus_alignment.py --split dev --errors   # each miss and wrong link
    python benchmarks/neus_alignment.py --split dev --sample 20  # gold pairs / links to check
    python benchmarks/neus_alignment.py --split test           # the coordinator's one look

A third alignment check beside BASIL and NewsWCL50 (issue 10). Batch ``neus`` of
benchmarks/gold/statement_conflicts_gold.json labelled EVERY cross-outlet pair of statements
that report one fact in each story read (consistent or conflicting), so its pairs are the
story's shared-fact links, and a link between two statements of a story that no gold pair
covers is a wrong link. Each story's three excerpts are compared together (outlet names = the
slots ``0``/``1``/``2``, no dates, the text ``neus_text`` gives: headline, blank line, excerpt).

The statements are the members of the comparison's statement groups (every statement is in
exactly one group). The rules:

* *Gold link*: each span of a gold pair is mapped to the statement covering most of its
  characters (``most_covering``, the rule conflict_eval.py maps spans with); the pair becomes
  the link between those two statements. A span no statement overlaps stays an unreachable
  gold link (counted missed). Pairs that map to the same two statements count once.
* *Predicted link*: every cross-outlet pair of statements in one shared group
  (basil_alignment.py's ``predicted_links``).
* *Links* precision / recall / F1: exact matches of the two sets (basil_gold.py's
  ``score_links``).
* *Closed*: the gold links joined into groups (A-B and B-C give A-C, ``closed_links``), the
  way the BASIL and NewsWCL50 golds are written; a check on pairs the labelling left out.
* *By overlap* (the lenient second figure): a predicted link is right when each of its
  statements lies at least half inside, or covers most of, the span of its outlet in one gold
  pair (``in_span``; so every exact match is right by overlap too),
  and a gold pair is found when some predicted link is right by it. This forgives the
  one-statement mapping where a gold span is two sentences or a sentence cut into clauses;
  precision counts links, recall counts gold pairs. ``--errors`` prints by this rule.
* *Unique*: statements in no predicted link (basil_alignment.py's ``predicted_unique``)
  against the statements in no gold span (``in_span``) (basil_gold.py's
  ``score_unique``): precision is the share of "only in one outlet" statements that no gold
  pair touches.

Scores are micro-averaged over stories (basil_alignment.py's ``report``).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import storydiff
from basil_alignment import predicted_links, predicted_unique, report
from basil_gold import Link, Sentence, links_from_groups, score_links, score_unique
from conflict_eval import most_covering
from conflict_gold import (
    DEFAULT_EVAL,
    ArticleSet,
    ConflictGold,
    ConflictPair,
    Span,
    load_conflict_gold,
    load_texts,
)

BATCH = "neus"
Spans = dict[str, list[tuple[int, int]]]
"""Article id -> the (start, end) of each of its statements, in text order."""


@dataclass(frozen=True)
class StoryScore:
    """One story's figures: link and unique-statement scores (``prf`` dicts), and by the
    overlap rule the predicted links no gold pair holds and the gold pairs no link finds."""

    links: dict[str, float | int]
    closed: dict[str, float | int]
    unique: dict[str, float | int]
    wrong_by_overlap: tuple[Link, ...]
    missed_by_overlap: tuple[tuple[Span, Span], ...]


def statement_spans(comparison: storydiff.Comparison) -> Spans:
    """Every statement of the comparison by article id, sorted by start."""
    spans: Spans = {article.id: [] for article in comparison.articles}
    for group in comparison.statements:
        for member in group.members:
            spans[member.article].append((member.start, member.end))
    return {article: sorted(set(found)) for article, found in spans.items()}


def inside(statement: tuple[int, int], span: Span) -> bool:
    """At least half of the statement's characters lie inside the span."""
    start, end = statement
    return end > start and min(end, span.end) - max(start, span.start) >= 0.5 * (end - start)


def in_span(spans: Spans, end: Sentence, span: Span) -> bool:
    """The statement lies at least half inside the span, or is the one covering most of it."""
    article, index = end
    if article != span.article:
        return False
    statements = spans[article]
    return (
        inside(statements[index], span) or most_covering(statements, span.start, span.end) == index
    )


def gold_links(spans: Spans, pairs: Sequence[tuple[Span, Span]]) -> set[Link]:
    """The gold pairs as links between statements (the statement covering most of each
    span); a span no statement overlaps gets index -1 - k (k = the pair's position), a
    statement no prediction can reach."""
    links: set[Link] = set()
    for k, pair in enumerate(pairs):
        ends: list[Sentence] = []
        for span in pair:
            index = most_covering(spans.get(span.article, []), span.start, span.end)
            ends.append((span.article, -1 - k if index is None else index))
        links.add(frozenset(ends))
    return links


def closed_links(links: set[Link]) -> set[Link]:
    """The cross-outlet links implied by joining linked statements into groups (A-B and B-C
    give A-C): the gold read as groups, as the BASIL and NewsWCL50 golds are written."""
    group_of: dict[Sentence, set[Sentence]] = {}
    for link in links:
        joined = set(link).union(*(group_of.get(end, set()) for end in link))
        for end in joined:
            group_of[end] = joined
    groups = {id(group): group for group in group_of.values()}.values()
    return links_from_groups(groups)


def linked_by_overlap(link: Link, spans: Spans, pairs: Sequence[tuple[Span, Span]]) -> bool:
    """Some gold pair has each statement of the link at least half inside its span."""
    left, right = sorted(link)
    return any(
        (in_span(spans, left, x) and in_span(spans, right, y))
        or (in_span(spans, left, y) and in_span(spans, right, x))
        for x, y in pairs
    )


def score_story(
    spans: Spans, predicted: set[Link], pairs: Sequence[tuple[Span, Span]]
) -> StoryScore:
    """Score one story's predicted links against its gold pairs (spans on article ids)."""
    gold = gold_links(spans, pairs)
    cross = {link for link in predicted if len({article for article, _ in link}) == 2}
    in_gold_span = [
        [(article, index)]
        for article, statements in spans.items()
        for index, statement in enumerate(statements)
        if any(in_span(spans, (article, index), span) for pair in pairs for span in pair)
    ]
    n_statements = {article: len(statements) for article, statements in spans.items()}
    return StoryScore(
        links=score_links(cross, gold),
        closed=score_links(cross, closed_links(gold)),
        unique=score_unique(predicted_unique(cross, n_statements), in_gold_span, n_statements),
        wrong_by_overlap=tuple(
            sorted(link for link in cross if not linked_by_overlap(link, spans, pairs))
        ),
        missed_by_overlap=tuple(
            pair for pair in pairs if not any(linked_by_overlap(x, spans, [pair]) for x in cross)
        ),
    )


def on_ids(pair: ConflictPair, id_of: dict[str, str]) -> tuple[Span, Span]:
    """The pair's spans with the gold's article keys replaced by the comparison's ids."""
    return (
        Span(id_of[pair.a.article], pair.a.start, pair.a.end),
        Span(id_of[pair.b.article], pair.b.start, pair.b.end),
    )


@dataclass(frozen=True)
class Story:
    """One compared story: texts and statements by article id, predicted links, gold pairs."""

    id: str
    texts: dict[str, str]
    spans: Spans
    predicted: set[Link]
    pairs: list[tuple[Span, Span]]
    score: StoryScore


def compare_story(
    article_set: ArticleSet, gold: ConflictGold, eval_root: Path, encoder: str
) -> Story:
    """Compare the story's excerpts (outlet names = the gold's keys, no dates) and score it."""
    texts = load_texts(article_set, eval_root=eval_root)
    keys = list(texts)
    articles = [storydiff.Article(texts[key], outlet=key) for key in keys]
    comparison = storydiff.compare(articles, encoder=encoder)
    id_of = {key: article.id for key, article in zip(keys, comparison.articles, strict=True)}
    pairs = [on_ids(p, id_of) for p in gold.pairs if p.set == article_set.id]
    spans = statement_spans(comparison)
    predicted = predicted_links(comparison, spans)
    by_id = {id_of[key]: texts[key] for key in keys}
    return Story(
        article_set.id, by_id, spans, predicted, pairs, score_story(spans, predicted, pairs)
    )


def error_classes(story: Story) -> Counter[str]:
    """Count the story's errors by the overlap rule: wrong links implied by the gold closed
    into groups or by position (headline = text before the first blank line); missed pairs by
    position and by what the aligner did with their two statements."""
    heads = {article: max(0, text.find("\n\n")) for article, text in story.texts.items()}

    def place(ends: Sequence[tuple[str, int]]) -> str:
        return "-".join(sorted("headline" if at < heads[a] else "body" for a, at in ends))

    classes: Counter[str] = Counter()
    closed = closed_links(gold_links(story.spans, story.pairs))
    for link in story.score.wrong_by_overlap:
        ends = [(a, story.spans[a][i][0]) for a, i in link]
        classes["wrong, " + ("in the closed gold" if link in closed else place(ends))] += 1
    linked = {end for link in story.predicted for end in link}
    for pair in story.score.missed_by_overlap:
        classes["missed, " + place([(span.article, span.start) for span in pair])] += 1
        ends = [(x.article, most_covering(story.spans[x.article], x.start, x.end)) for x in pair]
        n_linked = sum(end in linked for end in ends)
        classes[f"missed, {('both unique', 'one linked elsewhere', 'both linked')[n_linked]}"] += 1
        many = [sum(inside(st, x) for st in story.spans[x.article]) > 1 for x in pair]
        classes["missed, a span over 2+ statements"] += any(many)
    return classes


def show_errors(story: Story) -> None:
    """Print the gold pairs missed and the predicted links wrong by the overlap rule (dev)."""

    def said(article: str, start: int, end: int) -> str:
        return f"{article}@{start} {story.texts[article][start:end]!r}"

    for pair in story.score.missed_by_overlap:
        shown = " || ".join(said(span.article, span.start, span.end) for span in pair)
        print(story.id, "MISSED", shown, file=sys.stderr)
    for link in story.score.wrong_by_overlap:
        shown = " || ".join(said(a, *story.spans[a][i]) for a, i in sorted(link))
        print(story.id, "WRONG", shown, file=sys.stderr)


def sample(rng: random.Random, n: int, stories: list[Story]) -> None:
    """Print ``n`` gold pairs and ``n`` predicted links drawn at random, for a reading by hand."""
    pairs, links = [], []
    for story in stories:
        for x, y in story.pairs:
            pairs.append((story.id, story.texts[x.article], x.start, x.end, story.texts[y.article],
                          y.start, y.end))  # fmt: skip
        for (a, i), (b, j) in sorted(sorted(link) for link in story.predicted):
            links.append((story.id, story.texts[a], *story.spans[a][i], story.texts[b],
                          *story.spans[b][j]))  # fmt: skip
    for what, items in (("GOLD", pairs), ("LINK", links)):
        for story_id, left, s, e, right, s2, e2 in rng.sample(items, min(n, len(items))):
            print(f"{what} {story_id}: {left[s:e]!r} || {right[s2:e2]!r}")


def report_overlap(stories: list[Story]) -> None:
    """The by-overlap figures, micro-averaged: links right over links, pairs found over pairs."""
    n_pred = sum(int(story.score.links["n_pred"]) for story in stories)
    n_pairs = sum(len(story.pairs) for story in stories)
    right = n_pred - sum(len(story.score.wrong_by_overlap) for story in stories)
    found = n_pairs - sum(len(story.score.missed_by_overlap) for story in stories)
    precision, recall = right / max(1, n_pred), found / max(1, n_pairs)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"ALL links by overlap: precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f} "
        f"(gold pairs {n_pairs}, found {found}; predicted {n_pred}, right {right})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=("dev", "test", "all"), required=True)
    parser.add_argument("--eval-root", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--encoder", default="use", help="use (default) or minilm")
    parser.add_argument("--errors", action="store_true", help="print misses, wrong links, classes")
    parser.add_argument("--sample", type=int, default=0, help="print N gold pairs and N links")
    args = parser.parse_args()
    if (args.errors or args.sample) and args.split != "dev":
        sys.exit("--errors and --sample are for the dev split only")
    if not (args.eval_root / "neus_allsides").exists():
        sys.exit(f"{args.eval_root}: NeuS probe not found. Pass --eval-root at shared/eval")
    gold = load_conflict_gold()
    sets = [s for s in gold.sets if s.batch == BATCH and args.split in ("all", s.split)]
    stories = []
    for article_set in sets:
        story = compare_story(article_set, gold, args.eval_root, args.encoder)
        stories.append(story)
        links = story.score.links
        print(
            f"{story.id}  links P {links['precision']:.2f} R {links['recall']:.2f} "
            f"(gold pairs {len(story.pairs)}, predicted {links['n_pred']}; by overlap: wrong "
            f"{len(story.score.wrong_by_overlap)}, missed {len(story.score.missed_by_overlap)})"
        )
        if args.errors:
            show_errors(story)
    report("links", [story.score.links for story in stories])
    report_overlap(stories)
    report("links against the gold closed into groups", [story.score.closed for story in stories])
    report("unique statements", [story.score.unique for story in stories])
    if args.errors:
        classes = sum((error_classes(story) for story in stories), Counter[str]())
        for name, count in sorted(classes.items()):
            print(f"  {name}: {count}")
    if args.sample:
        sample(random.Random(20261130), args.sample, stories)


if __name__ == "__main__":
    main()
