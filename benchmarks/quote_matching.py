"""Cross-article quote matching: precision and recall of same-utterance quote pairs.

    python benchmarks/quote_matching.py --split test    # report: 5 BASIL triplets + the seeds
    python benchmarks/quote_matching.py --split dev --tune   # choose settings: 5 other triplets
    python benchmarks/quote_matching.py --split dev2     # 4 later triplets (dev+dev2: both)

The gold (`benchmarks/gold/quote_utterances_gold.json`, scorer in `quote_gold.py`) marks every
quote of 10 BASIL triplets and the seed pair with an utterance id; a cross-article pair of
gold quotes is positive when the ids agree. A pair is predicted "same" when both gold quotes
are found by the extractor (overlap >= 0.3 of the longer span) and their predicted quotes sit
in one quote group.

The gold's sets are split once, by sorted triplet id: the first five BASIL triplets are
`dev` (settings are chosen there, with `--tune`), the other five and the seed pair are
`test` (reported). Later batches carry their split in the gold (`dev2`: 4 triplets, `test2`:
3 triplets, chosen before any run; `dev+dev2` scores both dev splits). `--examples` scores
the bundled examples' quote gold, a sanity check: it lists only the quotes that do match, so
it has few negatives. `--errors` (use on dev)
sorts every missed positive pair and every wrong pair into a class and counts them.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path
from typing import Any

import storydiff
from quote_gold import DEFAULT_BASIL, DEFAULT_SEEDS, QuoteSet, load_quote_gold, load_texts
from storydiff.crossdoc.quotes import QuoteMatchConfig, group_quotes
from storydiff.model import Analysis, Article

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def predicted_quotes(
    analyses: list[Analysis], keys: list[str], config: QuoteMatchConfig
) -> list[tuple[str, int, int, str]]:
    key_of = {a.article.id: k for a, k in zip(analyses, keys, strict=True)}
    out = []
    for group in group_quotes(analyses, config):
        for member in group.members:
            # a quote split by its reporting clause is scored part by part, so that a gold
            # quote matches the part it is, not the whole split quotation
            quote = member.quote
            for start, end in quote.parts or ((quote.start, quote.end),):
                out.append((key_of[member.article], start, end, group.id))
    return out


def example_sets() -> list[tuple[dict[str, Any], list[Analysis]]]:
    """Each example event's quote gold as spans, with its analyses."""
    from storydiff.evaluation import load_example

    result = []
    for folder in sorted(EXAMPLES.iterdir()):
        if not (folder / "expected.json").exists():
            continue
        gold = load_example(folder)
        articles = gold.read_articles()
        texts = {a.id: a.text for a in articles}
        quotes = []
        for number, group in enumerate(gold.raw.get("quotes", [])):
            for member in group["members"]:
                start = texts[member["article"]].find(member["contains"])
                if start < 0:
                    sys.exit(f"{folder.name}: quote text not found in {member['article']}")
                end = start + len(member["contains"])
                quotes.append((member["article"], start, end, f"u{number}"))
        result.append(({"id": folder.name, "quotes": quotes}, storydiff.analyse(articles)))
    return result


def score_examples(
    sets: list[tuple[dict[str, Any], list[Analysis]]], config: QuoteMatchConfig
) -> dict[str, float]:
    """Pair precision/recall over the examples' listed quotes (only those are annotated)."""
    tp = fp = positives = 0
    for gold, analyses in sets:
        keys = [a.article.id for a in analyses]
        predicted = predicted_quotes(analyses, keys, config)
        found = [_best(predicted, q) for q in gold["quotes"]]
        for i, j in itertools.combinations(range(len(gold["quotes"])), 2):
            a, b = gold["quotes"][i], gold["quotes"][j]
            if a[0] == b[0]:
                continue
            positive = a[3] == b[3]
            positives += positive
            same = found[i] is not None and found[j] is not None and found[i] == found[j]
            tp += same and positive
            fp += same and not positive
    return {
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / positives if positives else 0.0,
        "tp": tp,
        "fp": fp,
        "positives": positives,
    }


def _best(
    predicted: list[tuple[str, int, int, str]], gold: tuple[str, int, int, str]
) -> str | None:
    best, ratio = None, 0.0
    for article, start, end, group in predicted:
        if article != gold[0]:
            continue
        overlap = min(end, gold[2]) - max(start, gold[1])
        longer = max(end - start, gold[2] - gold[1])
        if overlap > 0 and overlap / longer >= 0.3 and overlap / longer > ratio:
            best, ratio = group, overlap / longer
    return best


SPLITS = ("dev", "test", "dev2", "test2", "dev+dev2", "all")


def split(sets: list[QuoteSet], name: str) -> list[QuoteSet]:
    """The sets of one split: `dev` / `test` from the first 11 sets (sorted triplet ids), `dev2`
    / `test2` from the later batches' own field, `dev+dev2` both dev splits, `all` every set."""
    first = [s for s in sets if not s.split]
    basil = sorted((s for s in first if s.kind == "basil"), key=lambda s: s.id)
    dev = {s.id for s in basil[:5]}
    if name == "dev":
        return [s for s in first if s.id in dev]
    if name == "test":
        return [s for s in first if s.id not in dev]
    if name == "dev+dev2":
        return split(sets, "dev") + split(sets, "dev2")
    if name in ("dev2", "test2"):
        return [s for s in sets if s.split == name]
    return sets


def analyse_sets(sets: list[QuoteSet], basil: Path, seeds: Path) -> dict[str, Any]:
    analysed = {}
    for qset in sets:
        texts = load_texts(qset, basil, seeds)
        keys = list(texts)
        analysed[qset.id] = (keys, storydiff.analyse([Article(texts[k], outlet=k) for k in keys]))
    return analysed


def score_sets(
    sets: list[QuoteSet], analysed: dict[str, Any], config: QuoteMatchConfig
) -> dict[str, float | int]:
    from quote_gold import score_grouping

    predicted = {}
    for qset in sets:
        keys, analyses = analysed[qset.id]
        predicted[qset.id] = predicted_quotes(analyses, keys, config)
    return score_grouping(sets, predicted)


def error_classes(
    sets: list[QuoteSet], analysed: dict[str, Any], config: QuoteMatchConfig, show: bool
) -> dict[str, int]:
    """Missed positive pairs by cause (a gold quote not extracted; extracted, but the
    speakers differ or one is missing; same speaker, grouped apart) and wrong pairs."""
    from quote_gold import gold_pairs, match_quotes
    from storydiff.crossdoc.quotes import speaker_keys

    counts: dict[str, int] = {}
    for qset in sets:
        keys, analyses = analysed[qset.id]
        speaker_of = {}
        for group in group_quotes(analyses, config):
            for member in group.members:
                key = keys[[a.article.id for a in analyses].index(member.article)]
                for start, end in member.quote.parts or ((member.quote.start, member.quote.end),):
                    speaker_of[(key, start, end, group.id)] = speaker_keys(member.quote.speaker)
        matched = match_quotes(qset, list(speaker_of))
        positive, negative = gold_pairs(qset)
        for (i, j), is_positive in [(p, True) for p in positive] + [(n, False) for n in negative]:
            a, b = matched[i], matched[j]
            if a is None or b is None:
                label = "missed: gold quote not extracted" if is_positive else ""
            elif a[3] == b[3]:
                label = "" if is_positive else "wrong: different utterances grouped"
            elif not is_positive:
                label = ""
            elif not speaker_of[a] or not speaker_of[b]:
                label = "missed: a speaker not found"
            elif speaker_of[a] != speaker_of[b]:
                label = "missed: speakers differ"
            else:
                label = "missed: same speaker, grouped apart"
            if label:
                counts[label] = counts.get(label, 0) + 1
                if show:
                    quotes = (qset.quotes[i], qset.quotes[j])
                    print(f"{label}: {qset.id[:8]} " + " / ".join(
                        f"{q.article} {q.start}-{q.end} {q.utterance}" for q in quotes
                    ))  # fmt: skip
                    for q, found in zip(quotes, (a, b), strict=True):
                        text = analyses[keys.index(q.article)].article.text
                        said = f"{speaker_of[found]!r} in {found[3]}" if found else "not found"
                        print(f"    {q.article}: {text[q.start : q.end][:100]!r} ({said})")
    return counts


def tune(sets: list[QuoteSet], analysed: dict[str, Any], top: int) -> None:
    rows = []
    grid = itertools.product(
        (0.5, 0.55, 0.6, 0.65),  # threshold
        (0.3, 0.4),  # link floor
        ((0.55, 0.45), (0.6, 0.4), (0.7, 0.3), (0.8, 0.2)),  # cosine / overlap weights
        (0.0, 0.1),  # same-speaker bonus
        (0.0, 0.3),  # other-speaker penalty
        (False, True),  # one quote per article
    )
    for threshold, floor, (wc, wo), bonus, penalty, single in grid:
        config = QuoteMatchConfig(threshold, floor, wc, wo, bonus, penalty, single)
        s = score_sets(sets, analysed, config)
        p, r = float(s["precision"]), float(s["recall"])
        f1 = 2 * p * r / (p + r or 1)
        rows.append((f1, p, r, config))
    rows.sort(key=lambda r: (-r[0], -r[1]))
    for f1, p, r, config in rows[:top]:
        print(f"F1 {f1:.3f}  P {p:.3f}  R {r:.3f}  {config}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=SPLITS, default="test")
    parser.add_argument("--tune", action="store_true", help="grid search (use on dev)")
    parser.add_argument("--examples", action="store_true", help="score the bundled examples")
    parser.add_argument("--errors", action="store_true", help="count errors by class (dev)")
    parser.add_argument(
        "--show", action="store_true", help="with --errors: list each pair, texts and speakers"
    )
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--basil", type=Path, default=DEFAULT_BASIL)
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    args = parser.parse_args()
    if args.examples:
        print(json.dumps(score_examples(example_sets(), QuoteMatchConfig())))
        return
    for path in (args.basil, args.seeds):
        if not path.exists():
            sys.exit(f"{path}: not found. Check out ../shared beside the repository")
    sets = split(load_quote_gold(), args.split)
    analysed = analyse_sets(sets, args.basil, args.seeds)
    if args.tune:
        tune(sets, analysed, args.top)
        return
    if args.errors:
        for label, n in error_classes(sets, analysed, QuoteMatchConfig(), args.show).items():
            print(f"{n:4d}  {label}")
        return
    scores = score_sets(sets, analysed, QuoteMatchConfig())
    print(f"{args.split}: {len(sets)} sets")
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in scores.items()}))


if __name__ == "__main__":
    main()
