"""Gold cross-article statement alignment on BASIL, and its scorer.

The gold file (``benchmarks/gold/alignment_gold_on_basil_triplets.json``) refers to BASIL
articles by path and to sentences by index only; it contains no article text
(the BASIL text is licensed for research use only and must not be copied into
this repository).  Sentence index = 0-based position in the concatenation of
an article's ``body-paragraphs``.

Scoring is done on cross-article sentence *pairs* ("links"): a group
``[[fox, 0], [nyt, 2], [hpo, 5]]`` implies the links {fox0,nyt2}, {fox0,hpo5}
and {nyt2,hpo5}.  Groups may overlap (a sentence that reports two facts can
sit in two groups); links are the unit of scoring, so that is harmless.

A sentence is gold-*unique* when it is in no gold group (no other outlet
reports the same fact).

Standard library only.  Run ``python benchmarks/basil_gold.py`` to check the
gold against a local BASIL copy and print per-triplet counts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

SOURCES: tuple[str, ...] = ("fox", "nyt", "hpo")
SPLITS: tuple[str, ...] = ("dev", "test", "all")

Sentence = tuple[str, int]
"""A sentence reference: (source, flattened sentence index)."""

Link = frozenset[Sentence]
"""An unordered cross-article pair of sentences."""

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = Path(__file__).resolve().parent / "gold" / "alignment_gold_on_basil_triplets.json"
DEFAULT_BASIL = REPO_ROOT.parent / "shared" / "eval" / "basil"


@dataclass(frozen=True)
class TripletGold:
    """Gold alignment for one BASIL triplet (same event, three outlets)."""

    triplet: str
    year: str
    articles: dict[str, str]  # source -> "<year>/<uuid>_<n>.json" (relative to BASIL articles/)
    n_sentences: dict[str, int]  # source -> number of flattened body sentences
    groups: list[list[Sentence]] = field(default_factory=list)
    split: str = ""  # "dev" or "test", drawn once (see the gold file's description)

    def article_path(self, basil_root: str | Path, source: str) -> Path:
        return Path(basil_root) / "articles" / self.articles[source]

    def load_article(self, basil_root: str | Path, source: str) -> dict[str, Any]:
        with open(self.article_path(basil_root, source), encoding="utf-8") as fh:
            data: dict[str, Any] = json.load(fh)
        return data


def load_gold(path: str | Path = DEFAULT_GOLD, split: str = "all") -> list[TripletGold]:
    """Load the gold file into a list of :class:`TripletGold`.

    ``split`` keeps only the ``"dev"`` or ``"test"`` triplets; ``"all"`` keeps every one.
    """
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, got {split!r}")
    with open(path, encoding="utf-8") as fh:
        raw = json.load(fh)
    out: list[TripletGold] = []
    for t in raw["triplets"]:
        groups = [[(str(s), int(i)) for s, i in g] for g in t["groups"]]
        out.append(
            TripletGold(
                triplet=str(t["triplet"]),
                year=str(t["year"]),
                articles={str(k): str(v) for k, v in t["articles"].items()},
                n_sentences={str(k): int(v) for k, v in t["n_sentences"].items()},
                groups=groups,
                split=str(t.get("split", "")),
            )
        )
    return [t for t in out if split == "all" or t.split == split]


def flatten_sentences(article_json: Mapping[str, Any]) -> list[str]:
    """Flattened body sentences of a BASIL article (gold indexing)."""
    return [s for para in article_json["body-paragraphs"] for s in para]


def basil_article_text(article_json: Mapping[str, Any]) -> tuple[str, list[tuple[int, int]]]:
    """Build the article text given to the tool, with every sentence's span.

    Sentences of a paragraph are joined with a single space, paragraphs with
    ``"\\n\\n"``.  Each sentence is stripped of surrounding whitespace first;
    an empty sentence (BASIL has a few) adds no text and gets a zero-width
    span at the current position.  Returns ``(text, spans)`` where
    ``spans[k] = (start, end)`` is the character span of flattened sentence
    ``k``, so ``text[start:end]`` is that sentence (stripped).
    """
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    para_started = False  # whether any text has been emitted so far
    for para in article_json["body-paragraphs"]:
        in_para = False  # whether this paragraph has emitted text
        for raw in para:
            sent = raw.strip()
            if not sent:
                spans.append((pos, pos))
                continue
            sep = " " if in_para else ("\n\n" if para_started else "")
            parts.append(sep)
            pos += len(sep)
            parts.append(sent)
            spans.append((pos, pos + len(sent)))
            pos += len(sent)
            in_para = True
            para_started = True
    return "".join(parts), spans


def sentence_index_at(spans: list[tuple[int, int]], start: int, end: int) -> int:
    """Index of the sentence whose span overlaps ``[start, end)`` the most.

    Ties go to the earlier sentence.  If nothing overlaps (e.g. the range lies
    in a separator or is empty) the sentence nearest to ``start`` is returned.
    Returns -1 only when ``spans`` is empty.
    """
    best, best_ov = -1, 0
    for k, (s, e) in enumerate(spans):
        ov = min(e, end) - max(s, start)
        if ov > best_ov:
            best, best_ov = k, ov
    if best >= 0:
        return best
    nearest, dist = -1, None
    for k, (s, e) in enumerate(spans):
        if e <= s:
            continue
        d = 0 if s <= start < e else min(abs(start - s), abs(start - e))
        if dist is None or d < dist:
            nearest, dist = k, d
    return nearest


def links_from_groups(groups: Iterable[Iterable[Sentence]]) -> set[Link]:
    """Cross-article pairs implied by groups (same-article pairs are dropped)."""
    links: set[Link] = set()
    for g in groups:
        members = sorted({(str(s), int(i)) for s, i in g})
        for a, b in combinations(members, 2):
            if a[0] != b[0]:
                links.add(frozenset((a, b)))
    return links


def gold_links(triplet: TripletGold) -> set[Link]:
    """Set of gold cross-article sentence pairs of a triplet."""
    return links_from_groups(triplet.groups)


def gold_aligned(triplet: TripletGold) -> set[Sentence]:
    """Sentences that are in at least one gold group."""
    return {(s, i) for g in triplet.groups for s, i in g}


def gold_unique(triplet: TripletGold) -> set[Sentence]:
    """Sentences in no gold group (reported by one outlet only)."""
    aligned = gold_aligned(triplet)
    return {
        (s, i) for s, n in triplet.n_sentences.items() for i in range(n) if (s, i) not in aligned
    }


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    """Precision, recall and F1 from counts, with the counts."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": f,
        "tp": tp,
        "fp": n_pred - tp,
        "fn": n_gold - tp,
        "n_pred": n_pred,
        "n_gold": n_gold,
    }


def score_links(predicted: set[Link], gold: set[Link]) -> dict[str, float | int]:
    """Precision / recall / F1 of predicted cross-article links vs gold links.

    Same-article pairs in ``predicted`` are ignored.
    """
    pred = {frozenset(p) for p in predicted if len({s for s, _ in p}) == 2}
    return prf(len(pred & gold), len(pred), len(gold))


def score_unique(
    predicted_unique: set[Sentence],
    gold: TripletGold | Iterable[Iterable[Sentence]],
    n_sentences: Mapping[str, int] | None = None,
) -> dict[str, float | int]:
    """Precision / recall / F1 of predicted "unique" (unmatched) sentences.

    ``gold`` is a :class:`TripletGold` or its list of groups; in the latter
    case ``n_sentences`` (source -> sentence count) is required.  A gold-unique
    sentence is one in no gold group.
    """
    if isinstance(gold, TripletGold):
        groups: Iterable[Iterable[Sentence]] = gold.groups
        counts: Mapping[str, int] = n_sentences or gold.n_sentences
    else:
        if n_sentences is None:
            raise ValueError("n_sentences is required when gold is a list of groups")
        groups, counts = gold, n_sentences
    aligned = {(str(s), int(i)) for g in groups for s, i in g}
    universe = {(s, i) for s, n in counts.items() for i in range(n)}
    gold_u = universe - aligned
    pred_u = {(str(s), int(i)) for s, i in predicted_unique} & universe
    return prf(len(pred_u & gold_u), len(pred_u), len(gold_u))


def validate(triplet: TripletGold, basil_root: str | Path | None = None) -> list[str]:
    """Problems found in one triplet's gold (empty list = OK).

    With ``basil_root`` the articles are opened and the sentence counts and
    sources are checked against the data.
    """
    errs: list[str] = []
    tag = f"{triplet.year}/{triplet.triplet}"
    if set(triplet.articles) != set(SOURCES) or set(triplet.n_sentences) != set(SOURCES):
        errs.append(f"{tag}: articles/n_sentences must have keys {SOURCES}")
    for k, g in enumerate(triplet.groups):
        srcs = {s for s, _ in g}
        if len(srcs) < 2:
            errs.append(f"{tag}: group {k} spans fewer than two articles")
        if len(set(g)) != len(g):
            errs.append(f"{tag}: group {k} has duplicate members")
        for s, i in g:
            if s not in triplet.n_sentences:
                errs.append(f"{tag}: group {k}: unknown source {s!r}")
            elif not 0 <= i < triplet.n_sentences[s]:
                errs.append(f"{tag}: group {k}: index {s}{i} out of range")
    if basil_root is not None:
        for s in SOURCES:
            if s not in triplet.articles:
                continue
            p = triplet.article_path(basil_root, s)
            if not p.is_file():
                errs.append(f"{tag}: missing article file {p}")
                continue
            art = triplet.load_article(basil_root, s)
            # a few BASIL articles spell the source in capitals ("NYT")
            if str(art.get("source", "")).lower() != s:
                errs.append(f"{tag}: {p.name} has source {art.get('source')!r}, expected {s!r}")
            if art.get("triplet-uuid", triplet.triplet) != triplet.triplet:
                errs.append(f"{tag}: {p.name} belongs to triplet {art.get('triplet-uuid')}")
            n = len(flatten_sentences(art))
            if n != triplet.n_sentences.get(s):
                errs.append(f"{tag}: {s} has {n} sentences, gold says {triplet.n_sentences.get(s)}")
            text, spans = basil_article_text(art)
            if len(spans) != n:
                errs.append(f"{tag}: {s}: {len(spans)} spans for {n} sentences")
            for k, (a, b) in enumerate(spans):
                if text[a:b] != flatten_sentences(art)[k].strip():
                    errs.append(f"{tag}: {s}: span {k} does not match its sentence")
                    break
    return errs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Check the BASIL alignment gold and print its counts.")
    ap.add_argument("--basil", default=str(DEFAULT_BASIL), help="BASIL root (contains articles/)")
    ap.add_argument("--gold", default=str(DEFAULT_GOLD), help="gold JSON file")
    ap.add_argument("--split", choices=SPLITS, default="all", help="dev, test or all triplets")
    args = ap.parse_args(argv)

    basil = Path(args.basil)
    if not (basil / "articles").is_dir():
        print(
            f"BASIL not found at {basil} (expected {basil / 'articles'}); "
            "pass --basil PATH to a local copy of BASIL.",
            file=sys.stderr,
        )
        return 2

    gold = load_gold(args.gold, args.split)
    all_errs: list[str] = []
    tot_groups = tot_links = tot_sent = tot_unique = 0
    fmt = "{:4}  {:36}  {:>11}  {:>6}  {:>5}  {:>12}  {:>5}"
    print(fmt.format("year", "triplet", "sents f/n/h", "groups", "links", "unique f/n/h", "uniq%"))
    for t in gold:
        all_errs += validate(t, basil)
        links = gold_links(t)
        uniq = gold_unique(t)
        per = {s: sum(1 for u in uniq if u[0] == s) for s in SOURCES}
        n = sum(t.n_sentences.values())
        tot_groups += len(t.groups)
        tot_links += len(links)
        tot_sent += n
        tot_unique += len(uniq)
        ns = "/".join(str(t.n_sentences[s]) for s in SOURCES)
        us = "/".join(str(per[s]) for s in SOURCES)
        pct = f"{100 * len(uniq) / n:.1f}"
        print(fmt.format(t.year, t.triplet, ns, len(t.groups), len(links), us, pct))
    print(
        f"total: {len(gold)} triplets, {tot_groups} groups, {tot_links} links, "
        f"{tot_unique}/{tot_sent} sentences unique ({100 * tot_unique / max(tot_sent, 1):.1f}%)"
    )
    if all_errs:
        print(f"{len(all_errs)} problem(s):", file=sys.stderr)
        for e in all_errs:
            print("  " + e, file=sys.stderr)
        return 1
    print("gold OK: all files, sources, sentence counts and indices valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
