"""Score the shipped loaded-language models on the BABE SG2 held-out split.

    python benchmarks/loaded_language_eval.py [--babe ../shared/eval/babe]

Split: `babe_data.is_test` (SHA-256 of the text, 20% held out); "No agreement" rows are
excluded. The shipped models are fitted on no BABE labels (`build_loaded_language.py`); the
word lists were pruned after looking at errors on the other 80% only.

Token level: per sentence, the gold set is BABE's biased_words and the predicted set is the
words of `find_loaded_terms` (a phrase counts as its words); both sides lower-cased, curly
apostrophes straightened and punctuation stripped from the ends (`normalise_word`), and a
hyphenated word ('so-called') is one word. A word counts at most once per sentence; true
positives, false positives and misses are summed over all held-out sentences (micro P/R/F1),
the non-biased ones included.

Sentence level: biased vs non-biased macro-F1 of `sentence_bias` >= the model's threshold.

Baselines in the same run: every adjective/adverb loaded (token); majority class of train, and
"biased when any loaded term is found" (lexicon only, no embedding) (sentence).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from babe_data import (
    REPO,
    load_babe,
    macro_f1,
    prf,
    split,
    term_words,
    token_counts,
)
from storydiff.embed import get_encoder
from storydiff.extract.loaded import (
    find_loaded_terms,
    load_lexicon,
    load_sentence_model,
    sentence_bias,
    words_of,
)
from storydiff.nlp import load_spacy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--babe", type=Path, default=REPO.parent / "shared" / "eval" / "babe")
    args = parser.parse_args()

    train, test = split(load_babe(args.babe))
    nlp = load_spacy()
    encoder = get_encoder("use")
    started = time.perf_counter()
    docs = list(nlp.pipe([r.text for r in test], batch_size=64))
    parsed = time.perf_counter()
    embeddings = encoder.encode([r.text for r in test])
    encoded = time.perf_counter()

    lexicon = load_lexicon()
    model = load_sentence_model()
    token = {"model": [0, 0, 0], "adj/adv": [0, 0, 0]}
    probabilities = []
    any_term = []
    for row, doc, embedding in zip(test, docs, embeddings, strict=True):
        terms = find_loaded_terms(doc)
        for name, predicted in (
            ("model", term_words(t.text for t in terms)),
            (
                "adj/adv",
                term_words(
                    w.text
                    for w, t in zip(words_of(doc), _word_heads(doc), strict=True)
                    if t in ("ADJ", "ADV")
                ),
            ),
        ):
            counts = token_counts(predicted, row.words)
            token[name] = [a + b for a, b in zip(token[name], counts, strict=True)]
        probabilities.append(sentence_bias(embedding, terms, row.text))
        any_term.append(bool(terms))
    scored = time.perf_counter()

    y = np.array([r.biased for r in test])
    majority = sum(r.biased for r in train) * 2 >= len(train)
    sentence = {
        "model (USE + loaded-term cues)": np.array(probabilities) >= model.threshold,
        "lexicon only: any loaded term": np.array(any_term),
        f"majority class of train ({'biased' if majority else 'non-biased'})": np.full(
            len(y), majority
        ),
    }

    print(
        f"BABE SG2 held-out: {len(test)} sentences ({int(y.sum())} biased), "
        f"{sum(len(r.words) for r in test)} gold loaded words; train {len(train)}"
    )
    print(
        f"word threshold {lexicon.threshold}, {len(lexicon.words)} words, "
        f"{len(lexicon.phrases)} phrases"
    )
    print()
    print(f"{'token level (loaded words)':<44} {'P':>6} {'R':>6} {'F1':>6}")
    for name, (tp, fp, fn) in token.items():
        p, r, f = prf(tp, fp, fn)
        label = "lexicon model" if name == "model" else "baseline: every adjective/adverb"
        print(f"{label:<44} {p:6.3f} {r:6.3f} {f:6.3f}")
    print()
    print(f"{'sentence level (biased vs non-biased)':<44} {'macro-F1':>8}")
    for name, predicted in sentence.items():
        print(f"{name:<44} {macro_f1(y, predicted):8.3f}")
    print(f"{'reference: RoBERTa + distant supervision':<44} {0.804:8.3f}  (Spinde et al. 2021)")
    print()
    n = len(test)
    print(
        f"time: parse {parsed - started:.1f}s, encode {encoded - parsed:.1f}s, "
        f"terms + sentence model {1000 * (scored - encoded) / n:.2f} ms/sentence"
    )


def _word_heads(doc: object) -> list[str]:
    """The part of speech of each word of `words_of(doc)` (its last token's)."""
    tags: list[str] = []
    ends = {t.idx + len(t.text): t.pos_ for t in doc}  # type: ignore[attr-defined]
    for word in words_of(doc):
        tags.append(ends.get(word.end, ""))
    return tags


if __name__ == "__main__":
    main()
