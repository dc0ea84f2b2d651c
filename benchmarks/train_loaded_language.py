"""Fit the loaded-language models on the BABE SG2 *train* split and write them into the package.

    python benchmarks/train_loaded_language.py [--babe ../shared/eval/babe]

BABE (Spinde et al., "Neural Media Bias Detection Using Distant Supervision With BABE",
Findings of EMNLP 2021) is AGPL-3.0; only lemmas and weights are written, never its text.

Split (`is_test`): a sentence is held out when the first 8 hex digits of SHA-256 of its UTF-8
text, read as an integer, are 0 mod 5 (20%; 721 sentences with a label, 2,952 to train). The
one "No agreement" row is dropped everywhere. Within train, `fold_of` (the next 8 hex digits,
mod 5) gives the cross-validation folds. The test split is never read here.

Writes
- `data/loaded-lexicon.json`: for each word key (lemma, or the lower-cased hyphenated word),
  the rate at which annotators marked it loaded where it occurred in train, smoothed towards a
  prior: (marked + A * prior) / (occurrences + A). The prior is a weighted logistic model over
  the key's USE embedding, fitted on the train keys, so it also scores words BABE never
  shows; it is applied to the train keys and to common English lemmas independent of BABE
  (`english_vocabulary`: WordNet's adjectives and adverbs, and its verbs and nouns that occur
  in spaCy's string store). Two-word phrases whose words were marked together at least
  twice get their own rate. Entries below MIN_WEIGHT are dropped. The word threshold is the one
  with the best out-of-fold token F1 on train.
- `data/loaded-sentence.json`: L2 logistic regression (Newton steps) over the USE sentence
  embedding and `storydiff.extract.loaded.SENTENCE_FEATURES`; the cue features of train
  sentences come from out-of-fold lexicons so that their weight is not inflated; the L2 strength
  is chosen by 5-fold cross-validated macro-F1 on train. Standardisation is folded into the
  shipped weights.
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import json
import math
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from storydiff.embed import get_encoder
from storydiff.extract.loaded import (
    SENTENCE_FEATURES,
    LoadedLexicon,
    Word,
    normalise_word,
    sentence_cues,
    terms_in_words,
    words_of,
)
from storydiff.nlp import load_spacy

Array = npt.NDArray[np.float64]

REPO = Path(__file__).resolve().parents[1]
PACKAGE_DATA = REPO / "src" / "storydiff" / "data"
SG2 = "final_labels_SG2.csv"

SOURCE = (
    "BABE SG2 (final_labels_SG2.csv; Spinde et al., Findings of EMNLP 2021; "
    "github.com/Media-Bias-Group/Neural-Media-Bias-Detection-Using-Distant-Supervision-With-BABE"
    " @ fb79f646dcabf1746f5ebedc06ed8dd61ba78188)"
)
LICENCE = "AGPL-3.0 (BABE dataset licence); this file holds lemmas and weights only, no text"
SPLIT = (
    "held-out test = int(sha256(text.utf8).hexdigest()[:8], 16) % 5 == 0 (20%); "
    "train = the rest; 'No agreement' rows dropped"
)
SCRIPT = "benchmarks/train_loaded_language.py"

SMOOTHING = 2.0  # A: pseudo-occurrences of the embedding prior
PRIOR_CAP = 5.0  # a key counts at most this many occurrences when fitting the prior
PRIOR_L2 = 3.0
MIN_WEIGHT = 0.2  # = the lowest threshold tried; a lower runtime threshold adds nothing
PHRASE_MIN_MARKED = 2
PHRASE_MIN_RATE = 0.5
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
SENTENCE_L2 = (100.0, 300.0, 1000.0, 3000.0)
FOLDS = 5


@dataclass(frozen=True)
class Row:
    text: str
    topic: str
    biased: bool
    words: frozenset[str]
    """BABE's biased_words, normalised with `normalise_word`."""


def load_babe(folder: Path) -> list[Row]:
    """SG2 rows with a Biased/Non-biased label."""
    rows: list[Row] = []
    with (folder / SG2).open(encoding="utf-8-sig", newline="") as handle:
        for record in csv.DictReader(handle, delimiter=";"):
            label = record["label_bias"]
            if label not in ("Biased", "Non-biased"):
                continue
            marked = ast.literal_eval(record["biased_words"] or "[]")
            words = frozenset(w for w in (normalise_word(str(m)) for m in marked) if w)
            rows.append(Row(record["text"], record["topic"], label == "Biased", words))
    return rows


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def is_test(text: str) -> bool:
    return int(_digest(text)[:8], 16) % 5 == 0


def fold_of(text: str) -> int:
    return int(_digest(text)[8:16], 16) % FOLDS


def split(rows: Sequence[Row]) -> tuple[list[Row], list[Row]]:
    train = [r for r in rows if not is_test(r.text)]
    test = [r for r in rows if is_test(r.text)]
    return train, test


# ---------------------------------------------------------------- metrics (shared with eval)


def term_words(terms_text: Iterable[str]) -> set[str]:
    """Predicted words: each term's text split on spaces, normalised like the gold words."""
    return {w for text in terms_text for w in (normalise_word(p) for p in text.split()) if w}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def token_counts(predicted: set[str], gold: frozenset[str]) -> tuple[int, int, int]:
    return len(predicted & gold), len(predicted - gold), len(gold - predicted)


def macro_f1(y: npt.NDArray[np.bool_], predicted: npt.NDArray[np.bool_]) -> float:
    scores = []
    for cls in (True, False):
        tp = int(np.sum((predicted == cls) & (y == cls)))
        fp = int(np.sum((predicted == cls) & (y != cls)))
        fn = int(np.sum((predicted != cls) & (y == cls)))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    return float(np.mean(scores))


# ---------------------------------------------------------------- fitting


def fit_logistic(x: Array, positive: Array, negative: Array, l2: Array | float) -> Array:
    """Weighted L2 logistic regression by Newton steps; the last weight is the (free) bias."""
    n, d = x.shape
    design = np.hstack([x, np.ones((n, 1))])
    penalty = np.append(np.broadcast_to(np.asarray(l2, dtype=np.float64), (d,)), 0.0)
    total = positive + negative
    target = positive / np.maximum(total, 1e-12)
    w = np.zeros(d + 1)
    for _ in range(30):
        p = 1.0 / (1.0 + np.exp(-(design @ w)))
        gradient = design.T @ (total * (p - target)) + penalty * w
        hessian = (design * (total * p * (1 - p))[:, None]).T @ design + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.max(np.abs(step))) < 1e-8:
            break
    return w


def predict(w: Array, x: Array) -> Array:
    z = x @ w[:-1] + w[-1]
    return 1.0 / (1.0 + np.exp(-z))


@dataclass(frozen=True)
class Sentence:
    row: Row
    words: list[Word]
    fold: int


def word_stats(sentences: Iterable[Sentence]) -> tuple[Counter[str], Counter[str]]:
    seen: Counter[str] = Counter()
    marked: Counter[str] = Counter()
    for s in sentences:
        for word in s.words:
            seen[word.key] += 1
            marked[word.key] += word.lower in s.row.words
    return seen, marked


def phrase_stats(sentences: Iterable[Sentence]) -> dict[str, float]:
    seen: Counter[tuple[str, str]] = Counter()
    marked: Counter[tuple[str, str]] = Counter()
    for s in sentences:
        for a, b in zip(s.words, s.words[1:], strict=False):
            if b.start - a.end > 1:
                continue
            seen[(a.key, b.key)] += 1
            marked[(a.key, b.key)] += a.lower in s.row.words and b.lower in s.row.words
    phrases: dict[str, float] = {}
    for pair, k in marked.items():
        rate = k / (seen[pair] + 1.0)
        if k >= PHRASE_MIN_MARKED and rate >= PHRASE_MIN_RATE:
            phrases[" ".join(pair)] = round(rate, 4)
    return dict(sorted(phrases.items()))


def fit_lexicon(
    sentences: Sequence[Sentence], vocabulary: Sequence[str], vectors: dict[str, Array]
) -> tuple[dict[str, float], dict[str, float]]:
    """Word and phrase weights from `sentences`; words from `vocabulary` get the prior alone."""
    seen, marked = word_stats(sentences)
    keys = sorted(seen)
    x = np.array([vectors[k] for k in keys])
    n = np.array([seen[k] for k in keys], dtype=np.float64)
    k = np.array([marked[k] for k in keys], dtype=np.float64)
    cap = np.minimum(n, PRIOR_CAP) / n
    w = fit_logistic(x, k * cap, (n - k) * cap, PRIOR_L2)
    candidates = sorted(set(keys) | set(vocabulary))
    prior = predict(w, np.array([vectors[c] for c in candidates]))
    words: dict[str, float] = {}
    for key, p in zip(candidates, prior, strict=True):
        rate = (marked[key] + SMOOTHING * float(p)) / (seen[key] + SMOOTHING)
        if rate >= MIN_WEIGHT:
            words[key] = round(rate, 3)
    return words, phrase_stats(sentences)


def english_vocabulary(nlp: object) -> list[str]:
    """English lemmas independent of BABE, of the same kind as the runtime keys, from the lemma
    index that ships with the spaCy model's rule lemmatizer (WordNet's lists): all adjectives
    and adverbs, and the verbs and nouns that the model's string store (the words of its news
    training corpus, read before any text is parsed here) also has, which drops most rare
    nouns and names."""
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    strings = set(nlp.vocab.strings)  # type: ignore[attr-defined]
    return sorted(
        {
            word.lower()
            for pos in ("adj", "adv", "verb", "noun")
            for word in index[pos]
            if 3 <= len(word) <= 24
            and word.replace("-", "").replace("'", "").isalpha()
            and (pos in ("adj", "adv") or word.lower() in strings)
        }
    )


def sentence_matrix(embeddings: Array, cues: Sequence[Sequence[float]]) -> Array:
    return np.hstack([embeddings, np.asarray(cues, dtype=np.float64)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--babe", type=Path, default=REPO.parent / "shared" / "eval" / "babe")
    parser.add_argument("--out", type=Path, default=PACKAGE_DATA)
    args = parser.parse_args()
    started = time.perf_counter()

    rows = load_babe(args.babe)
    train, _ = split(rows)
    print(f"BABE SG2: {len(rows)} labelled rows, {len(train)} train (test not read further)")

    nlp = load_spacy()
    vocabulary = english_vocabulary(nlp)
    docs = list(nlp.pipe([r.text for r in train], batch_size=64))
    sentences = [
        Sentence(r, words_of(d), fold_of(r.text)) for r, d in zip(train, docs, strict=True)
    ]
    print(f"parsed in {time.perf_counter() - started:.0f}s; vocabulary {len(vocabulary)}")

    encoder = get_encoder("use")
    keys = sorted({w.key for s in sentences for w in s.words} | set(vocabulary))
    vectors = dict(zip(keys, encoder.encode(keys).astype(np.float64), strict=True))
    embeddings = encoder.encode([r.text for r in train]).astype(np.float64)
    print(
        f"encoded {len(keys)} words and {len(train)} sentences "
        f"({time.perf_counter() - started:.0f}s)"
    )

    # Out-of-fold lexicons: token threshold, and honest cue features for the sentence model.
    oof: list[LoadedLexicon] = []
    for fold in range(FOLDS):
        inside = [s for s in sentences if s.fold != fold]
        fold_keys = {w.key for s in inside for w in s.words}
        words, phrases = fit_lexicon(
            inside, vocabulary, {k: vectors[k] for k in fold_keys | set(vocabulary)}
        )
        oof.append(LoadedLexicon.from_dict({"words": words, "phrases": phrases, "threshold": 0}))
    best = (-1.0, THRESHOLDS[0])
    for threshold in THRESHOLDS:
        tp = fp = fn = 0
        for s in sentences:
            terms = terms_in_words(s.words, oof[s.fold], threshold)
            a, b, c = token_counts(term_words(t.text for t in terms), s.row.words)
            tp, fp, fn = tp + a, fp + b, fn + c
        p, r, f = prf(tp, fp, fn)
        print(f"  word threshold {threshold:.2f}: out-of-fold P {p:.3f} R {r:.3f} F1 {f:.3f}")
        best = max(best, (f, threshold))
    threshold = best[1]

    words, phrases = fit_lexicon(sentences, vocabulary, vectors)
    lexicon = {
        "source": SOURCE,
        "licence": LICENCE,
        "split": SPLIT,
        "script": SCRIPT,
        "method": (
            f"weight = (marked + {SMOOTHING} * prior) / (occurrences + {SMOOTHING}) per word key "
            f"in train; prior = logistic(USE embedding of the key), L2 {PRIOR_L2}, occurrences "
            f"capped at {PRIOR_CAP}; prior alone for common English lemmas unseen in train; "
            f"phrases: two adjacent words marked together >= {PHRASE_MIN_MARKED} times, "
            f"rate marked/(seen+1) >= {PHRASE_MIN_RATE}; entries >= {MIN_WEIGHT} kept; "
            "threshold = best out-of-fold token F1 on train"
        ),
        "threshold": threshold,
        "min_weight": MIN_WEIGHT,
        "words": words,
        "phrases": phrases,
    }

    # Sentence model.
    cues = [
        sentence_cues(terms_in_words(s.words, oof[s.fold], threshold), s.row.text, threshold)
        for s in sentences
    ]
    x = sentence_matrix(embeddings, cues)
    y = np.array([s.row.biased for s in sentences])
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = (x - mean) / scale
    folds = np.array([s.fold for s in sentences])
    yf = y.astype(np.float64)
    scores: list[tuple[float, float]] = []
    for l2 in SENTENCE_L2:
        per_fold = []
        for fold in range(FOLDS):
            keep = folds != fold
            w = fit_logistic(z[keep], yf[keep], 1 - yf[keep], l2)
            per_fold.append(macro_f1(y[~keep], predict(w, z[~keep]) >= 0.5))
        scores.append((float(np.mean(per_fold)), l2))
        print(f"  sentence L2 {l2:g}: cross-validated macro-F1 {scores[-1][0]:.3f}")
    cv_f1, l2 = max(scores)
    w = fit_logistic(z, yf, 1 - yf, l2)
    weights = w[:-1] / scale
    bias = float(w[-1] - np.sum(w[:-1] * mean / scale))
    sentence = {
        "source": SOURCE,
        "licence": LICENCE,
        "split": SPLIT,
        "script": SCRIPT,
        "method": (
            f"L2 logistic regression (L2 {l2:g} on standardised features, chosen by 5-fold CV "
            f"macro-F1 {cv_f1:.3f} on train); standardisation folded into the weights; "
            "cues from out-of-fold lexicons"
        ),
        "encoder": "use",
        "embedding_dim": int(embeddings.shape[1]),
        "features": list(SENTENCE_FEATURES),
        "term_threshold": threshold,
        "threshold": 0.5,
        "bias": round(bias, 6),
        "weights": [float(f"{v:.6g}") for v in weights],
    }

    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in (("loaded-lexicon.json", lexicon), ("loaded-sentence.json", sentence)):
        path = args.out / name
        path.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {path} ({path.stat().st_size / 1024:.0f} KiB)")
    print(
        f"{len(words)} words, {len(phrases)} phrases, word threshold {threshold}, "
        f"sentence L2 {l2:g}; {time.perf_counter() - started:.0f}s"
    )
    if not math.isfinite(bias):
        raise SystemExit("sentence model diverged")


if __name__ == "__main__":
    main()
