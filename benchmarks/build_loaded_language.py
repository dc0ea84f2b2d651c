"""Build the loaded-language lexicon and sentence model from permissively licensed sources.

    python benchmarks/build_loaded_language.py [--vader PATH] [--look-at-train]

No dataset labels are fitted. Sources:
- `benchmarks/lexicon/loaded_words.txt`: loaded words and two-word phrases written for
  storydiff (our own list, MIT), each with a hand-set weight.
- `benchmarks/lexicon/neutral_words.txt`: words that are never loaded (our own list, MIT).
- VADER's sentiment lexicon (`vader_lexicon.txt` in the vaderSentiment package, MIT,
  C.J. Hutto 2014): a word whose mean valence is at most -VADER_MIN (a strongly negative word) is
  loaded with weight (-valence - VADER_MIN) * VADER_SLOPE + VADER_BASE, capped at 0.9; the
  strongly negative words of a news sentence are the ones that judge (VADER's positive
  words, 'success', 'honor', are mostly plain description in news).
Entries are keyed like the runtime words (`storydiff.extract.loaded.words_of`): the lemma and
the lower-cased form; a neutral lemma or form removes the entry.

The sentence model keeps the shape of `data/loaded-sentence.json` (embedding weights, then one
weight per `SENTENCE_FEATURES` cue) with hand-set values: no embedding weights (zeros), and a
score that rises with the strongest loaded term and the number of loaded terms.

`--look-at-train` prints token precision/recall and the commonest false positives and misses on
the BABE SG2 *train* split (AGPL-3.0, used to look at errors only; nothing from it is written).
Held-out figures come from `benchmarks/loaded_language_eval.py`.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from babe_data import load_babe, prf, split, term_words, token_counts
from storydiff.extract.loaded import (
    SENTENCE_FEATURES,
    LoadedLexicon,
    normalise_word,
    terms_in_words,
    words_of,
)
from storydiff.nlp import load_spacy

REPO = Path(__file__).resolve().parents[1]
PACKAGE_DATA = REPO / "src" / "storydiff" / "data"
LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"
SCRIPT = "benchmarks/build_loaded_language.py"

VADER_MIN = 2.8
VADER_BASE = 0.4
VADER_SLOPE = 0.3
THRESHOLD = 0.3
SENTENCE_THRESHOLD = 0.5
# Hand-set cue weights (see SENTENCE_FEATURES): the strongest term decides most; each further
# term adds; an exclamation or question in a news sentence is a mild cue.
CUE_WEIGHTS = {
    "terms": 0.8,
    "weight_sum": 0.0,
    "weight_max": 4.0,
    "has_quote": 0.0,
    "has_exclamation": 0.5,
    "has_question": 0.3,
    "log_words": 0.0,
}
SENTENCE_BIAS = -2.6

SOURCE = (
    "storydiff's own word lists (benchmarks/lexicon/loaded_words.txt, neutral_words.txt; MIT) "
    "and VADER's sentiment lexicon (vaderSentiment {version}, vader_lexicon.txt; MIT, "
    "C.J. Hutto 2014)"
)
LICENCE = "MIT (storydiff's own lists; VADER lexicon MIT); no dataset labels were fitted"


def read_weighted(path: Path) -> dict[str, float]:
    entries: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        weight, term = line.split(" ", 1)
        entries[term.lower()] = max(entries.get(term.lower(), 0.0), float(weight))
    return entries


def read_neutral(path: Path) -> set[str]:
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.update(w.lower() for w in line.split())
    return words


def read_vader(path: Path) -> dict[str, float]:
    """VADER words (letters and hyphens only) -> negated mean valence (negative words > 0)."""
    entries: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        word = parts[0].lower()
        if len(parts) >= 2 and word.replace("-", "").isalpha() and len(word) > 2:
            entries[word] = -float(parts[1])
    return entries


def vader_path(given: Path | None) -> tuple[Path, str]:
    if given is not None:
        return given, "(path given)"
    from importlib import metadata

    import vaderSentiment

    version = metadata.version("vaderSentiment")
    return Path(vaderSentiment.__file__).parent / "vader_lexicon.txt", version


def build_lexicon(vader: Path, version: str) -> dict[str, object]:
    nlp = load_spacy()
    curated = read_weighted(LEXICON_DIR / "loaded_words.txt")
    neutral = read_neutral(LEXICON_DIR / "neutral_words.txt")
    candidates: dict[str, float] = {}
    for word, negativity in read_vader(vader).items():
        if negativity >= VADER_MIN:
            weight = min(0.9, VADER_BASE + VADER_SLOPE * (negativity - VADER_MIN))
            candidates[word] = max(candidates.get(word, 0.0), weight)
    phrases: dict[str, float] = {}
    for term, weight in curated.items():
        if " " in term:
            phrases[term] = weight
        else:
            candidates[term] = max(candidates.get(term, 0.0), weight)
    words: dict[str, float] = {}
    for doc, (form, weight) in zip(
        nlp.pipe(list(candidates)), list(candidates.items()), strict=True
    ):
        # Own entries are lemmas already ('woke' must not become 'wake'); VADER's are forms.
        lemmas = {normalise_word(t.lemma_) for t in doc if len(doc) == 1}
        keys = {form} | (set() if form in curated else lemmas)
        if keys & neutral and form not in curated:
            continue
        for key in keys:
            if key and key not in neutral:
                words[key] = max(words.get(key, 0.0), round(weight, 3))
    phrase_keys: dict[str, float] = {}
    for phrase, weight in phrases.items():
        doc = nlp(phrase)
        parsed = words_of(doc)
        if len(parsed) == 2:
            phrase_keys[f"{parsed[0].key} {parsed[1].key}"] = weight
    return {
        "source": SOURCE.format(version=version),
        "licence": LICENCE,
        "script": SCRIPT,
        "method": (
            f"own list weights as written; VADER words with valence <= -{VADER_MIN}: weight "
            f"min(0.9, {VADER_BASE} + {VADER_SLOPE} * (-valence - {VADER_MIN})); keyed by "
            "lemma and form; neutral list removes entries; threshold set by hand"
        ),
        "threshold": THRESHOLD,
        "min_weight": THRESHOLD,
        "words": dict(sorted(words.items())),
        "phrases": dict(sorted(phrase_keys.items())),
    }


def sentence_model() -> dict[str, object]:
    weights = [0.0] * 512 + [CUE_WEIGHTS[name] for name in SENTENCE_FEATURES]
    return {
        "source": "hand-set weights (storydiff)",
        "licence": "MIT; no dataset labels were fitted",
        "script": SCRIPT,
        "method": (
            "logistic score over the loaded-term cues only, weights set by hand: "
            + ", ".join(f"{k} {v}" for k, v in CUE_WEIGHTS.items())
            + f", bias {SENTENCE_BIAS}; embedding weights are zero"
        ),
        "encoder": "use",
        "embedding_dim": 512,
        "features": list(SENTENCE_FEATURES),
        "term_threshold": THRESHOLD,
        "threshold": SENTENCE_THRESHOLD,
        "bias": SENTENCE_BIAS,
        "weights": weights,
    }


def look_at_train(lexicon_data: dict[str, object], babe: Path) -> None:
    train, _ = split(load_babe(babe))
    lexicon = LoadedLexicon.from_dict(lexicon_data)
    nlp = load_spacy()
    tp = fp = fn = 0
    false_positive: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for row, doc in zip(train, nlp.pipe([r.text for r in train], batch_size=64), strict=True):
        predicted = term_words(t.text for t in terms_in_words(words_of(doc), lexicon, THRESHOLD))
        a, b, c = token_counts(predicted, row.words)
        tp, fp, fn = tp + a, fp + b, fn + c
        false_positive.update(predicted - row.words)
        missed.update(row.words - predicted)
    p, r, f = prf(tp, fp, fn)
    print(f"BABE train (look only): token P {p:.3f} R {r:.3f} F1 {f:.3f}")
    print("false positives:", false_positive.most_common(60))
    print("missed:", missed.most_common(60))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vader", type=Path, default=None, help="vader_lexicon.txt")
    parser.add_argument("--out", type=Path, default=PACKAGE_DATA)
    parser.add_argument("--look-at-train", action="store_true")
    parser.add_argument("--babe", type=Path, default=REPO.parent / "shared" / "eval" / "babe")
    args = parser.parse_args()
    path, version = vader_path(args.vader)
    lexicon = build_lexicon(path, version)
    if args.look_at_train:
        look_at_train(lexicon, args.babe)
    outputs = (("loaded-lexicon.json", lexicon), ("loaded-sentence.json", sentence_model()))
    for name, data in outputs:
        out = args.out / name
        out.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {out}")
    print(f"{len(lexicon['words'])} words, {len(lexicon['phrases'])} phrases")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
