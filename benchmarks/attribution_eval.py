"""Quote extraction against the PolNeAR attribution relations (held out; nothing is fitted).

    python benchmarks/attribution_eval.py [--polnear ../shared/eval/polnear]
        [--split dev|test|train] [--limit N] [--errors K] [--json PATH]

Data: PolNeAR v1.0.0 (Newell, Margolin & Ruths, LREC 2018), BRAT standoff files
``data/<split>/text/<article>.txt`` and ``data/<split>/attributions/<article>_<annotator>.ann``.
Some articles were annotated by several people; exactly one file is used per article: the
first of its ``.ann`` files in sorted filename order. Articles are taken in sorted order
(``--limit N`` keeps the first N).

Gold quotes are the Content spans of the attribution relations (E lines, with or without a
Source). A discontinuous Content (``Content 10 20;25 40``) and any further content roles of the
same relation (``Content2``) form one quote: the set of their characters. Relations with the
same content characters are counted once. E-line roles that are malformed or name a T id that
is not in the file are skipped and counted; a relation left without content is skipped.
Predicted quotes are `extract_quotes` quotes: the characters of their ``parts``, or of
[start, end) when a quote has one part.

Matching: a predicted quote and a gold quote overlap by |P & G| / max(|P|, |G|) (characters as
sets); pairs reaching the threshold T are matched one-to-one, greedily, highest ratio first.
Precision = matched predicted / predicted, recall = matched gold / gold, at T = 0.3 and 0.8.

Direct and indirect: a gold quote is *direct* when its content contains a quotation mark
(" “ ” « » „; an apostrophe or single quote does not count), so a partly quoted content is
direct; otherwise it is indirect. A predicted quote is direct when its kind is "direct" and
indirect when "indirect" or "mixed". Recall in a row counts gold quotes of that kind, precision
counts predicted quotes of that kind (each side is bucketed by its own kind).

Speakers (matched pairs at T = 0.3): a prediction's speaker is right when its speaker span
overlaps the gold Source span, or its resolved `speaker` shares a case-folded word of at least
three letters, not a stopword or title, with the gold Source text (resolved "Donald Trump"
against gold "Mr. Trump"). "named" counts only gold Sources with a capitalised word that is
not a pronoun, determiner or title ("Trump", "the New York Times", not "He", "the newspaper");
"any" counts every matched gold quote that has a Source. The unknown-speaker rate is the share
of predicted quotes whose resolved speaker is None.

``--errors K`` prints K false positives and K false negatives at T = 0.3 (a fixed random
sample), with 120 characters of context, and the commonest cues of the false negatives, to
stderr. PolNeAR text is third-party news: keep such output out of the repository.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from polnear_brat import (
    Fragment,
    Relation,
    article_files,
    parse_ann,
)
from polnear_ner_judge import NEVER_SPEAKERS, count_typed_speakers, spacy_ner_judge

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_POLNEAR = REPO_ROOT.parent / "shared" / "eval" / "polnear"
THRESHOLDS = (0.3, 0.8)
SPEAKER_THRESHOLD = 0.3
CONTEXT = 120
QUOTE_MARKS = frozenset('"“”«»„')

Chars = frozenset[int]


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Capitalised words that do not name anyone on their own ('He said', 'The newspaper reported').
UNNAMED_WORDS = _word_set(
    """
    i me my we us our you your he him his she her it its they them their one someone somebody
    everyone anyone nobody who whom whose which that this these those the a an some many most
    several both all each another other others such no any
    """
)
TITLES = _word_set(
    """
    mr mrs ms miss dr sen senator rep representative gov governor president vice secretary
    chairman chairwoman chair spokesman spokeswoman spokesperson minister prime gen general
    lt col judge justice rev sir mayor former candidate nominee
    """
)
STOPWORDS = _word_set(
    """
    the and for with from into that this who whom whose which but not are was were has have had
    his her hers its their them they she him you your our ours said says told
    """
)
_LETTERS = re.compile(r"[^\W\d_]+")


# --- Scoring -----------------------------------------------------------------------------


def chars(fragments: Iterable[Fragment]) -> Chars:
    """The characters a set of [start, end) fragments covers."""
    return frozenset(i for start, end in fragments for i in range(start, end))


def overlap_ratio(a: Chars, b: Chars) -> float:
    """|a & b| / max(|a|, |b|); 0 when both are empty."""
    longer = max(len(a), len(b))
    return len(a & b) / longer if longer else 0.0


def match(predicted: Sequence[Chars], gold: Sequence[Chars], threshold: float) -> dict[int, int]:
    """One-to-one matching, greedy by overlap ratio (highest first): predicted -> gold index."""
    pairs = []
    for p, pred in enumerate(predicted):
        for g, gold_chars in enumerate(gold):
            if pred & gold_chars:
                ratio = overlap_ratio(pred, gold_chars)
                if ratio >= threshold:
                    pairs.append((-ratio, p, g))
    pairs.sort()
    out: dict[int, int] = {}
    taken: set[int] = set()
    for _, p, g in pairs:
        if p not in out and g not in taken:
            out[p] = g
            taken.add(g)
    return out


def has_quote_mark(text: str) -> bool:
    return any(c in QUOTE_MARKS for c in text)


def is_named(source_text: str) -> bool:
    """Whether a gold Source names someone: a capitalised word not a pronoun/determiner/title."""
    for word in _LETTERS.findall(source_text):
        if word[0].isupper() and word.casefold() not in UNNAMED_WORDS | TITLES:
            return True
    return False


def content_words(text: str) -> set[str]:
    """Case-folded words of 3+ letters that are not stopwords or titles."""
    words = {w.casefold() for w in _LETTERS.findall(text)}
    return {w for w in words if len(w) >= 3 and w not in STOPWORDS | TITLES | UNNAMED_WORDS}


def speaker_correct(
    speaker_span: Fragment | None, speaker: str | None, source: Chars, source_text: str
) -> bool:
    """Right when the speaker span overlaps the gold Source or the resolved name shares a word."""
    if speaker_span is not None and chars((speaker_span,)) & source:
        return True
    return speaker is not None and bool(content_words(speaker) & content_words(source_text))


def prf(matched_predicted: int, predicted: int, matched_gold: int, gold: int) -> dict[str, float]:
    precision = matched_predicted / predicted if predicted else 0.0
    recall = matched_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


# --- One article -------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldQuote:
    chars: Chars
    start: int
    end: int
    direct: bool
    source: Chars
    source_text: str
    cue_text: str


@dataclass(frozen=True)
class PredictedQuote:
    chars: Chars
    start: int
    end: int
    direct: bool
    speaker_span: Fragment | None
    speaker: str | None
    cue: str | None


def gold_quotes(relations: Iterable[Relation], text: str) -> list[GoldQuote]:
    out: list[GoldQuote] = []
    seen: set[Chars] = set()
    for relation in relations:
        content = chars(relation.content)
        if not content or content in seen:
            continue
        seen.add(content)
        out.append(
            GoldQuote(
                chars=content,
                start=min(content),
                end=max(content) + 1,
                direct=has_quote_mark("".join(text[s:e] for s, e in relation.content)),
                source=chars(relation.source),
                source_text=" ".join(text[s:e] for s, e in relation.source),
                cue_text=" ".join(text[s:e] for s, e in relation.cue),
            )
        )
    return out


def predicted_quote(quote: Any) -> PredictedQuote:
    parts = tuple(quote.parts) or ((quote.start, quote.end),)
    span = None
    if quote.speaker_start is not None and quote.speaker_end is not None:
        span = (quote.speaker_start, quote.speaker_end)
    return PredictedQuote(
        chars=chars(parts),
        start=parts[0][0],
        end=parts[-1][1],
        direct=quote.kind == "direct",
        speaker_span=span,
        speaker=quote.speaker,
        cue=quote.cue,
    )


@dataclass
class Tally:
    articles: int = 0
    gold: int = 0
    predicted: int = 0
    gold_direct: int = 0
    predicted_direct: int = 0
    no_speaker: int = 0
    matched: dict[float, Counter[str]] = field(
        default_factory=lambda: {t: Counter[str]() for t in THRESHOLDS}
    )
    speakers: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    speaker_misses: list[tuple[str, str]] = field(default_factory=list)

    def add(
        self, gold: Sequence[GoldQuote], predicted: Sequence[PredictedQuote], text: str = ""
    ) -> None:
        self.articles += 1
        self.gold += len(gold)
        self.predicted += len(predicted)
        self.gold_direct += sum(g.direct for g in gold)
        self.predicted_direct += sum(p.direct for p in predicted)
        self.no_speaker += sum(p.speaker is None for p in predicted)
        for threshold in THRESHOLDS:
            pairs = match([p.chars for p in predicted], [g.chars for g in gold], threshold)
            counts = self.matched[threshold]
            counts["all"] += len(pairs)
            counts["predicted direct"] += sum(predicted[p].direct for p in pairs)
            counts["gold direct"] += sum(gold[g].direct for g in pairs.values())
            if threshold != SPEAKER_THRESHOLD:
                continue
            for p, g in pairs.items():
                pred, truth = predicted[p], gold[g]
                if not truth.source:
                    continue
                right = speaker_correct(
                    pred.speaker_span, pred.speaker, truth.source, truth.source_text
                )
                self.speakers["any"] += 1
                self.speakers["any correct"] += right
                if is_named(truth.source_text):
                    self.speakers["named"] += 1
                    self.speakers["named correct"] += right
                    if not right and text:
                        ours = pred.speaker_span
                        label = (
                            f"gold={truth.source_text!r} ours={pred.speaker!r} "
                            f"span={text[ours[0] : ours[1]] if ours else None!r}"
                        )
                        self.speaker_misses.append((label, in_context(text, pred.start, pred.end)))

    def figures(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "articles": self.articles,
            "gold": self.gold,
            "gold_direct": self.gold_direct,
            "predicted": self.predicted,
            "predicted_direct": self.predicted_direct,
        }
        for threshold in THRESHOLDS:
            m = self.matched[threshold]
            out[f"T={threshold}"] = {
                "all": prf(m["all"], self.predicted, m["all"], self.gold),
                "direct": prf(
                    m["predicted direct"],
                    self.predicted_direct,
                    m["gold direct"],
                    self.gold_direct,
                ),
                "indirect": prf(
                    m["all"] - m["predicted direct"],
                    self.predicted - self.predicted_direct,
                    m["all"] - m["gold direct"],
                    self.gold - self.gold_direct,
                ),
            }
        s = self.speakers
        out["speaker_accuracy_named"] = s["named correct"] / s["named"] if s["named"] else 0.0
        out["speaker_named_n"] = s["named"]
        out["speaker_accuracy_any"] = s["any correct"] / s["any"] if s["any"] else 0.0
        out["speaker_any_n"] = s["any"]
        out["unknown_speaker_rate"] = self.no_speaker / self.predicted if self.predicted else 0.0
        out["skipped"] = {k: n for k, n in sorted(self.skipped.items()) if n}
        return out


# --- Report ------------------------------------------------------------------------------


def print_table(split: str, figures: dict[str, Any]) -> None:
    f = figures
    print(
        f"PolNeAR {split}: {f['articles']} articles, {f['gold']} gold quotes "
        f"({f['gold_direct']} direct), {f['predicted']} predicted ({f['predicted_direct']} "
        f"direct); {f['seconds']:.1f} s, {f['articles_per_second']:.2f} articles/s"
    )
    print(f"{'':<10}" + "".join(f"{'T=' + str(t):>21}" for t in THRESHOLDS))
    print(f"{'':<10}" + f"  {'P':>5}  {'R':>5}  {'F1':>5}" * len(THRESHOLDS))
    for row in ("all", "direct", "indirect"):
        cells = "".join(
            f"  {f[f'T={t}'][row]['precision']:.3f}  {f[f'T={t}'][row]['recall']:.3f}  "
            f"{f[f'T={t}'][row]['f1']:.3f}"
            for t in THRESHOLDS
        )
        print(f"{row:<10}{cells}")
    print(
        f"speaker accuracy at T={SPEAKER_THRESHOLD}: "
        f"named source {f['speaker_accuracy_named']:.3f} "
        f"(n={f['speaker_named_n']}), any source {f['speaker_accuracy_any']:.3f} "
        f"(n={f['speaker_any_n']}); unknown speaker rate {f['unknown_speaker_rate']:.3f}"
    )
    if f["skipped"]:
        skipped = ", ".join(f"{reason} {n}" for reason, n in f["skipped"].items())
        print(f"skipped in the .ann files: {skipped}")


def in_context(text: str, start: int, end: int) -> str:
    inner = text[start:end]
    if len(inner) > 2 * CONTEXT:
        inner = f"{inner[:CONTEXT]} … {inner[-CONTEXT:]}"
    snippet = f"{text[max(0, start - CONTEXT) : start]}[[{inner}]]{text[end : end + CONTEXT]}"
    return " ".join(snippet.split())


@dataclass
class Errors:
    false_positives: list[tuple[str, str]] = field(default_factory=list)
    false_negatives: list[tuple[str, str]] = field(default_factory=list)
    fn_cues: Counter[str] = field(default_factory=Counter)

    def add(
        self, name: str, text: str, gold: Sequence[GoldQuote], predicted: Sequence[PredictedQuote]
    ) -> None:
        pairs = match([p.chars for p in predicted], [g.chars for g in gold], SPEAKER_THRESHOLD)
        matched_gold = set(pairs.values())
        for p, pred in enumerate(predicted):
            if p not in pairs:
                label = f"{name} {'direct' if pred.direct else 'indirect'} cue={pred.cue!r}"
                self.false_positives.append((label, in_context(text, pred.start, pred.end)))
        for g, truth in enumerate(gold):
            if g not in matched_gold:
                kind = "direct" if truth.direct else "indirect"
                label = f"{name} {kind} cue={truth.cue_text!r} source={truth.source_text!r}"
                self.false_negatives.append((label, in_context(text, truth.start, truth.end)))
                self.fn_cues[truth.cue_text.casefold() or "(no cue)"] += 1

    def print(self, k: int) -> None:
        rng = random.Random(0)
        for title, items in (
            ("false positives", self.false_positives),
            ("false negatives", self.false_negatives),
        ):
            print(f"\n== {title} ({len(items)} in all; {k} shown) ==", file=sys.stderr)
            for label, snippet in rng.sample(items, min(k, len(items))):
                print(f"- {label}\n  {snippet}", file=sys.stderr)
        common = ", ".join(f"{cue} {n}" for cue, n in self.fn_cues.most_common(25))
        print(f"\n== commonest false-negative cues ==\n{common}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--polnear", type=Path, default=DEFAULT_POLNEAR)
    parser.add_argument("--split", choices=("dev", "test", "train"), default="dev")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--errors", type=int, default=0, metavar="K", help="print K FP and FN")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    parser.add_argument(
        "--speaker-errors", type=int, default=0, metavar="K", help="print K wrong named speakers"
    )
    parser.add_argument(
        "--ner",
        choices=("model", "on", "off"),
        default="model",
        help="spaCy's entity recogniser as the shipped pipeline has it (model), or forced",
    )
    args = parser.parse_args()
    split_dir = args.polnear / "data" / args.split
    if not (split_dir / "attributions").is_dir() or not (split_dir / "text").is_dir():
        sys.exit(
            f"{split_dir}: PolNeAR {args.split} split not found. "
            "Pass --polnear pointing at shared/eval/polnear"
        )
    files = article_files(split_dir)[: args.limit]
    if not files:
        sys.exit(f"{split_dir}: no articles with both text and attributions")

    from storydiff.extract.quotes import extract_quotes
    from storydiff.nlp import load_spacy

    nlp = load_spacy(ner=True)
    if args.ner == "on" and "ner" in nlp.disabled:
        nlp.enable_pipe("ner")
    elif args.ner == "off" and "ner" in nlp.pipe_names:
        nlp.disable_pipe("ner")
    texts = [f.text.read_text(encoding="utf-8") for f in files]
    tally = Tally()
    errors = Errors()
    started = time.perf_counter()
    predictions: list[list[PredictedQuote]] = []
    typed: Counter[str] = Counter()
    typed_examples: list[str] = []
    judge = spacy_ner_judge(nlp)
    for doc in nlp.pipe(texts, batch_size=8):
        quotes = extract_quotes(doc)
        predictions.append([predicted_quote(q) for q in quotes])
        if judge is not None:
            count_typed_speakers(judge, doc, quotes, typed, typed_examples)
    seconds = time.perf_counter() - started
    for article, text, predicted in zip(files, texts, predictions, strict=True):
        annotations = parse_ann(article.ann.read_text(encoding="utf-8"))
        tally.skipped.update(annotations.skipped)
        gold = gold_quotes(annotations.relations, text)
        tally.skipped["relation repeating another's content (counted once)"] += len(
            annotations.relations
        ) - len(gold)
        tally.add(gold, predicted, text)
        if args.errors:
            errors.add(article.name, text, gold, predicted)

    figures = tally.figures()
    figures["split"] = args.split
    figures["seconds"] = seconds
    figures["articles_per_second"] = len(files) / seconds if seconds else 0.0
    print_table(args.split, figures)
    if judge is not None:
        kinds = ", ".join(f"{label} {n}" for label, n in sorted(typed.items())) or "none"
        print(
            f"speakers typed by spaCy NER (run after extraction, as a judge): "
            f"{sum(n for label, n in typed.items() if label in NEVER_SPEAKERS)} of "
            f"{sum(len(p) for p in predictions)} quotes as a place, facility, law, date or "
            f"event ({kinds})"
        )
        for example in typed_examples[:20]:
            print(f"  {example}", file=sys.stderr)
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    if args.errors:
        errors.print(args.errors)
    if args.speaker_errors:
        misses = tally.speaker_misses
        print(f"\n== wrong named speakers ({len(misses)} in all) ==", file=sys.stderr)
        shown = random.Random(0).sample(misses, min(args.speaker_errors, len(misses)))
        for label, snippet in shown:
            print(f"- {label}\n  {snippet}", file=sys.stderr)


if __name__ == "__main__":
    main()
