"""Gold cross-article quote matching (same-utterance groups), its loader, checker and scorer.

The gold file (``benchmarks/gold/quote_utterances_gold.json``) lists *sets* of articles about
one event (the Reuters/TASS seed pair and a selection of BASIL Fox/NYT/HuffPost triplets).
Every quotation in every article of a set is annotated (direct, indirect and mixed) as a
character span plus a speaker, a ``direct`` flag and an ``utterance`` id.  Quotes that render
the same remark of the same speaker share the utterance id, also across articles.

The file holds no article text: only paths, offsets, ids, speaker names and labels.  Offsets
are character offsets into the text storydiff sees:

* BASIL: ``basil_article_text(article_json)`` from ``basil_gold.py`` (sentences joined by a
  space, paragraphs by a blank line);
* seeds: the file's text read as UTF-8 (identical to ``storydiff.read_article(p).text``
  for the seed files).

Scoring is on cross-article quote *pairs*: a pair of gold quotes from two different articles
of a set is *positive* when they share the utterance id and *negative* otherwise (annotation
is exhaustive, so every other cross-article pair is a negative).

Standard library only.  Run ``python benchmarks/quote_gold.py`` to check the gold against
local copies of BASIL and the seeds and print per-set counts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations, pairwise
from pathlib import Path
from typing import Any

from basil_gold import basil_article_text

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = Path(__file__).resolve().parent / "gold" / "quote_utterances_gold.json"
DEFAULT_BASIL = REPO_ROOT.parent / "shared" / "eval" / "basil"
DEFAULT_SEEDS = REPO_ROOT.parent / "shared" / "seeds"

ARTICLE_KEYS: dict[str, tuple[str, ...]] = {
    "basil": ("fox", "nyt", "hpo"),
    "seed": ("reuters", "tass"),
}
"""Allowed article keys per set kind."""

BATCH_SPLITS = ("", "dev2", "test2")
"""A set's ``split`` field: empty for the first 11 sets (split by sorted triplet id in
``quote_matching.py``), ``dev2`` / ``test2`` for the sets added later (chosen before any run)."""

MIN_OVERLAP = 0.3
"""A predicted quote finds a gold quote when it overlaps it by this share of the longer span."""

QuotePair = tuple[int, int]
"""An unordered pair of quotes of one set, as indices into ``QuoteSet.quotes`` (i < j)."""

PredictedQuote = tuple[str, int, int, str]
"""A predicted quote: ``(article key, start, end, group id)``."""


@dataclass(frozen=True)
class GoldQuote:
    """One annotated quotation: the attributed words only, not the reporting clause."""

    article: str
    start: int
    end: int
    speaker: str
    direct: bool
    utterance: str


@dataclass(frozen=True)
class QuoteSet:
    """The gold quotes of one set of same-event articles."""

    id: str
    kind: str  # "basil" or "seed"
    articles: Mapping[str, str]  # article key -> path relative to BASIL articles/ or seeds dir
    quotes: tuple[GoldQuote, ...]
    year: str | None = None
    note: str = ""
    split: str = ""  # "dev2" / "test2" for the later batches; "" = split by sorted triplet id

    def article_path(self, key: str, basil_root: str | Path, seeds_dir: str | Path) -> Path:
        """Path of one article's source file."""
        if self.kind == "basil":
            return Path(basil_root) / "articles" / self.articles[key]
        return Path(seeds_dir) / self.articles[key]


def load_quote_gold(path: str | Path = DEFAULT_GOLD) -> list[QuoteSet]:
    """Load the gold file into a list of :class:`QuoteSet`."""
    with open(path, encoding="utf-8") as fh:
        raw: dict[str, Any] = json.load(fh)
    out: list[QuoteSet] = []
    for s in raw["sets"]:
        quotes = tuple(
            GoldQuote(
                article=str(q["article"]),
                start=int(q["start"]),
                end=int(q["end"]),
                speaker=str(q["speaker"]),
                direct=bool(q["direct"]),
                utterance=str(q["utterance"]),
            )
            for q in s["quotes"]
        )
        year = s.get("year")
        out.append(
            QuoteSet(
                id=str(s["id"]),
                kind=str(s["kind"]),
                articles={str(k): str(v) for k, v in s["articles"].items()},
                quotes=quotes,
                year=None if year is None else str(year),
                note=str(s.get("note", "")),
                split=str(s.get("split", "")),
            )
        )
    return out


def read_article_text(path: Path, kind: str) -> str:
    """The text storydiff sees for one article file (the offsets' reference)."""
    if kind == "basil":
        with open(path, encoding="utf-8") as fh:
            text, _ = basil_article_text(json.load(fh))
        return text
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def load_texts(
    qset: QuoteSet, basil_root: str | Path = DEFAULT_BASIL, seeds_dir: str | Path = DEFAULT_SEEDS
) -> dict[str, str]:
    """Article key -> article text for one set.  Raises ``FileNotFoundError`` if one is missing."""
    return {
        key: read_article_text(qset.article_path(key, basil_root, seeds_dir), qset.kind)
        for key in qset.articles
    }


def cross_pairs(qset: QuoteSet) -> list[QuotePair]:
    """All pairs of quotes of a set that come from two different articles."""
    qs = qset.quotes
    return [(i, j) for i, j in combinations(range(len(qs)), 2) if qs[i].article != qs[j].article]


def gold_pairs(qset: QuoteSet) -> tuple[list[QuotePair], list[QuotePair]]:
    """``(positive, negative)`` cross-article quote pairs of a set.

    Positive: same utterance id; negative: different utterance ids.
    """
    pos: list[QuotePair] = []
    neg: list[QuotePair] = []
    for i, j in cross_pairs(qset):
        same = qset.quotes[i].utterance == qset.quotes[j].utterance
        (pos if same else neg).append((i, j))
    return pos, neg


def validate(qset: QuoteSet, texts: Mapping[str, str] | None = None) -> list[str]:
    """Problems found in one set's gold (empty list = OK).

    With ``texts`` (article key -> text) the offsets are checked against the articles.
    """
    errs: list[str] = []
    tag = qset.id
    allowed = ARTICLE_KEYS.get(qset.kind)
    if allowed is None:
        return [f"{tag}: unknown kind {qset.kind!r}"]
    if qset.split not in BATCH_SPLITS:
        errs.append(f"{tag}: unknown split {qset.split!r}, expected one of {BATCH_SPLITS}")
    if not set(qset.articles) <= set(allowed) or len(qset.articles) < 2:
        errs.append(
            f"{tag}: articles must be at least two of {allowed}, got {sorted(qset.articles)}"
        )
    seen: set[tuple[str, int, int]] = set()
    for k, q in enumerate(qset.quotes):
        qtag = f"{tag}: quote {k} ({q.article} {q.start}-{q.end})"
        if q.article not in qset.articles:
            errs.append(f"{qtag}: unknown article key")
            continue
        if not 0 <= q.start < q.end:
            errs.append(f"{qtag}: empty or negative span")
        if not q.speaker.strip() or not q.utterance.strip():
            errs.append(f"{qtag}: empty speaker or utterance id")
        if (q.article, q.start, q.end) in seen:
            errs.append(f"{qtag}: duplicate span")
        seen.add((q.article, q.start, q.end))
        if texts is not None and q.article in texts:
            text = texts[q.article]
            if q.end > len(text):
                errs.append(f"{qtag}: end beyond text length {len(text)}")
            else:
                span = text[q.start : q.end]
                if span != span.strip():
                    errs.append(f"{qtag}: span starts or ends with whitespace")
                if not span.strip():
                    errs.append(f"{qtag}: span is blank")
    by_article: dict[str, list[GoldQuote]] = {}
    for q in qset.quotes:
        by_article.setdefault(q.article, []).append(q)
    for key, qs in by_article.items():
        qs = sorted(qs, key=lambda q: (q.start, q.end))
        for a, b in pairwise(qs):
            if b.start < a.end:
                errs.append(f"{tag}: {key}: spans {a.start}-{a.end} and {b.start}-{b.end} overlap")
    return errs


def validate_all(sets: Sequence[QuoteSet]) -> list[str]:
    """Cross-set checks: unique set ids and utterance ids not shared between sets."""
    errs: list[str] = []
    ids = Counter(s.id for s in sets)
    errs += [f"set id {i!r} used {n} times" for i, n in ids.items() if n > 1]
    owner: dict[str, str] = {}
    for s in sets:
        for u in {q.utterance for q in s.quotes}:
            if u in owner and owner[u] != s.id:
                errs.append(f"utterance id {u!r} used in sets {owner[u]} and {s.id}")
            owner.setdefault(u, s.id)
    return errs


def check_basil_sources(qset: QuoteSet, basil_root: str | Path) -> list[str]:
    """Check that each BASIL file has the expected source and triplet uuid."""
    errs: list[str] = []
    for key in qset.articles:
        path = qset.article_path(key, basil_root, DEFAULT_SEEDS)
        with open(path, encoding="utf-8") as fh:
            art = json.load(fh)
        if art.get("source") != key:
            errs.append(f"{qset.id}: {path.name} has source {art.get('source')!r}, not {key!r}")
        if art.get("triplet-uuid", qset.id) != qset.id:
            errs.append(f"{qset.id}: {path.name} belongs to triplet {art.get('triplet-uuid')}")
    return errs


def _overlap_ratio(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    longer = max(a[1] - a[0], b[1] - b[0])
    return inter / longer if inter > 0 and longer > 0 else 0.0


def match_quotes(
    qset: QuoteSet, predicted: Iterable[PredictedQuote], min_overlap: float = MIN_OVERLAP
) -> list[PredictedQuote | None]:
    """For each gold quote, the best-overlapping predicted quote of the same article, if any.

    A prediction qualifies when it overlaps the gold span by at least ``min_overlap`` of the
    longer of the two spans; among those the largest ratio wins (ties: the earlier one).
    """
    preds = list(predicted)
    out: list[PredictedQuote | None] = []
    for q in qset.quotes:
        best: PredictedQuote | None = None
        best_r = 0.0
        for p in preds:
            if p[0] != q.article:
                continue
            r = _overlap_ratio((q.start, q.end), (p[1], p[2]))
            if r >= min_overlap and r > best_r:
                best, best_r = p, r
        out.append(best)
    return out


def score_grouping(
    sets: Sequence[QuoteSet],
    predicted: Mapping[str, Sequence[PredictedQuote]],
    min_overlap: float = MIN_OVERLAP,
) -> dict[str, float | int]:
    """Score predicted quote groups against the gold, on cross-article gold quote pairs.

    ``predicted`` maps set id -> predicted quotes ``(article, start, end, group_id)``; a set
    missing from it counts as having no predictions.  A gold pair is *predicted same* when
    both its quotes are found (see :func:`match_quotes`) and their predicted quotes share a
    group id.  Returns pair precision (share of gold pairs predicted same that are positive),
    recall (share of positive pairs predicted same; unfound ends count as misses),
    ``recall_found`` (the same over positive pairs whose two ends were found) and
    ``quote_found`` (share of gold quotes found), with the underlying counts.
    """
    tp = fp = n_pos = n_pos_found = n_quotes = n_found = 0
    for qset in sets:
        matched = match_quotes(qset, predicted.get(qset.id, ()), min_overlap)
        n_quotes += len(matched)
        n_found += sum(m is not None for m in matched)
        pos, neg = gold_pairs(qset)
        n_pos += len(pos)
        for pairs, positive in ((pos, True), (neg, False)):
            for i, j in pairs:
                a, b = matched[i], matched[j]
                if a is None or b is None:
                    continue
                if positive:
                    n_pos_found += 1
                if a[3] == b[3]:
                    if positive:
                        tp += 1
                    else:
                        fp += 1
    n_same = tp + fp
    return {
        "precision": tp / n_same if n_same else 0.0,
        "recall": tp / n_pos if n_pos else 0.0,
        "recall_found": tp / n_pos_found if n_pos_found else 0.0,
        "quote_found": n_found / n_quotes if n_quotes else 0.0,
        "tp": tp,
        "fp": fp,
        "n_predicted_same": n_same,
        "n_positive": n_pos,
        "n_positive_found": n_pos_found,
        "n_quotes": n_quotes,
        "n_found": n_found,
    }


def gold_as_prediction(sets: Sequence[QuoteSet]) -> dict[str, list[PredictedQuote]]:
    """The gold itself in the prediction format (for a scorer self-check)."""
    return {s.id: [(q.article, q.start, q.end, q.utterance) for q in s.quotes] for s in sets}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Check the cross-article quote gold against local data and print counts."
    )
    ap.add_argument("--gold", default=str(DEFAULT_GOLD), help="gold JSON file")
    ap.add_argument("--basil", default=str(DEFAULT_BASIL), help="BASIL root (contains articles/)")
    ap.add_argument("--seeds", default=str(DEFAULT_SEEDS), help="folder with the seed articles")
    args = ap.parse_args(argv)

    basil, seeds = Path(args.basil), Path(args.seeds)
    sets = load_quote_gold(args.gold)
    missing: list[str] = []
    if any(s.kind == "basil" for s in sets) and not (basil / "articles").is_dir():
        missing.append(f"BASIL not found at {basil} (expected {basil / 'articles'}); pass --basil")
    if any(s.kind == "seed" for s in sets) and not seeds.is_dir():
        missing.append(f"seed articles not found at {seeds}; pass --seeds")
    if missing:
        for m in missing:
            print(m, file=sys.stderr)
        return 2

    errs = validate_all(sets)
    fmt = "{:38}  {:5}  {:>6}  {:>9}  {:>5}  {:>5}  {:>5}"
    print(fmt.format("set", "kind", "quotes", "dir/ind", "utter", "pos", "neg"))
    tot_q = tot_d = tot_pos = tot_neg = tot_u = 0
    for s in sets:
        try:
            texts = load_texts(s, basil, seeds)
        except FileNotFoundError as exc:
            errs.append(f"{s.id}: missing article file {exc.filename}")
            texts = None
        errs += validate(s, texts)
        if s.kind == "basil" and texts is not None:
            errs += check_basil_sources(s, basil)
        pos, neg = gold_pairs(s)
        n_dir = sum(q.direct for q in s.quotes)
        n_utt = len({q.utterance for q in s.quotes})
        tot_q += len(s.quotes)
        tot_d += n_dir
        tot_pos += len(pos)
        tot_neg += len(neg)
        tot_u += n_utt
        dir_ind = f"{n_dir}/{len(s.quotes) - n_dir}"
        print(fmt.format(s.id, s.kind, len(s.quotes), dir_ind, n_utt, len(pos), len(neg)))
    print(
        f"total: {len(sets)} sets, {tot_q} quotes ({tot_d} direct, {tot_q - tot_d} indirect), "
        f"{tot_u} utterances, {tot_pos} positive and {tot_neg} negative cross-article pairs"
    )
    self_score = score_grouping(sets, gold_as_prediction(sets))
    if not (self_score["precision"] == self_score["recall"] == 1.0 or tot_pos == 0):
        errs.append(f"scorer self-check failed: {self_score}")
    if errs:
        print(f"{len(errs)} problem(s):", file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        return 1
    print("gold OK: files, offsets, spans and ids valid; scorer self-check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
