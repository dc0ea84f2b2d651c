"""Build the loaded-language lexicon and sentence model from permissively licensed sources.

    python benchmarks/build_loaded_language.py [--vader PATH] [--cache FILE] [--look-at-train]

No dataset's labels are fitted; only our own sentences are. Sources:
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

Expansion (`loaded_training.expand_words`): candidate words (the adjectives, adverbs and verbs
of the en_core_web_sm lemmatizer's lemma index, MIT, and VADER's negative words) are embedded
with the shipped USE encoder; a candidate's margin is its mean cosine to its 3 nearest loaded
seeds (our list, weight >= 0.6) minus that to its 3 nearest neutral seeds (our neutral list
and the lemmas of our neutral sentences). VADER words with margin >= VADER_CUT and other words
with margin >= SPACY_CUT are added with weight EXPAND_BASE + EXPAND_SLOPE * (margin - cut),
capped at EXPAND_CAP. Only the resulting word weights ship.

The sentence model (`data/loaded-sentence.json`: embedding weights, then one weight per
`SENTENCE_FEATURES` cue) is an L2-regularised logistic regression fitted on our own fictional
sentences (`lexicon/sentences_loaded.txt`, `sentences_neutral.txt`), the penalty chosen by
5-fold cross-validation on those sentences only.

`--look-at-train` prints token precision/recall and the commonest false positives and misses on
the BABE SG2 *train* split (AGPL-3.0, used to look at errors only; nothing from it is written).
Held-out figures come from `benchmarks/loaded_language_eval.py`.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from babe_data import load_babe, prf, split, term_words, token_counts
from loaded_training import (
    cross_validate,
    expand_words,
    fit_logistic,
    fold_of,
    read_sentences,
    seed_margins,
)
from storydiff.embed import get_encoder
from storydiff.extract.loaded import (
    SENTENCE_FEATURES,
    LoadedLexicon,
    normalise_word,
    sentence_cues,
    terms_in_words,
    words_of,
)
from storydiff.nlp import load_spacy

if TYPE_CHECKING:
    from spacy.language import Language

Matrix = npt.NDArray[np.float64]
_PLAIN = re.compile(r"^[a-z]+(?:-[a-z]+)?$")

REPO = Path(__file__).resolve().parents[1]
PACKAGE_DATA = REPO / "src" / "storydiff" / "data"
LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"
SCRIPT = "benchmarks/build_loaded_language.py"

VADER_MIN = 2.8
VADER_BASE = 0.4
VADER_SLOPE = 0.3
THRESHOLD = 0.3
SENTENCE_THRESHOLD = 0.5
SEED_MIN = 0.6
NEIGHBOURS = 3
VADER_CUT = 0.08
SPACY_CUT = 0.12
OWN_CUT = 0.08
EXPAND_BASE = 0.35
EXPAND_SLOPE = 2.0
EXPAND_CAP = 0.8
L2_GRID = (3.0, 10.0, 30.0, 100.0, 300.0)
FOLDS = 5

SOURCE = (
    "storydiff's own word lists (benchmarks/lexicon/loaded_words.txt, neutral_words.txt; MIT), "
    "VADER's sentiment lexicon (vaderSentiment {version}, vader_lexicon.txt; MIT, "
    "C.J. Hutto 2014), expanded by nearest neighbours in the shipped USE encoder over "
    "en_core_web_sm's lemma index (MIT) and storydiff's own sentences "
    "(benchmarks/lexicon/sentences_*.txt; MIT)"
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


def seed_lists(nlp: Language) -> tuple[list[str], list[str]]:
    """Loaded seeds (our single words weighted >= SEED_MIN) and neutral seeds (our neutral
    list and the content lemmas of our neutral sentences)."""
    curated = read_weighted(LEXICON_DIR / "loaded_words.txt")
    loaded = sorted(w for w, v in curated.items() if " " not in w and v >= SEED_MIN)
    neutral = read_neutral(LEXICON_DIR / "neutral_words.txt")
    sentences = read_sentences(LEXICON_DIR / "sentences_neutral.txt")
    for doc in nlp.pipe(sentences):
        neutral.update(
            t.lemma_.lower()
            for t in doc
            if t.pos_ in ("ADJ", "ADV", "VERB", "NOUN") and t.is_alpha and len(t.text) > 2
        )
    return loaded, sorted(neutral - set(loaded))


def spacy_candidates(nlp: Language) -> list[str]:
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    return sorted(
        {w.lower() for pos in ("adj", "adv", "verb") for w in index[pos] if _PLAIN.match(w.lower())}
    )


def embed_words(words: list[str], cache: Path | None) -> Matrix:
    """USE embeddings of single words (cached in `cache` when given: 30k words take minutes)."""
    if cache is not None and cache.exists():
        stored = np.load(cache)
        if list(stored["words"]) == words:
            return np.asarray(stored["embeddings"], dtype=np.float64)
    embeddings = np.asarray(get_encoder("use").encode(words), dtype=np.float64)
    if cache is not None:
        np.savez(cache, words=np.array(words), embeddings=embeddings.astype(np.float32))
    return embeddings


def own_candidates(nlp: Language) -> list[str]:
    """Adjectives and adverbs of our loaded sentences that none of our neutral ones uses."""
    lemmas: dict[str, set[str]] = {"loaded": set(), "neutral": set()}
    for name in lemmas:
        for doc in nlp.pipe(read_sentences(LEXICON_DIR / f"sentences_{name}.txt")):
            lemmas[name].update(
                t.lemma_.lower() for t in doc if t.pos_ in ("ADJ", "ADV") and t.is_alpha
            )
    return sorted(lemmas["loaded"] - lemmas["neutral"])


def expansion(nlp: Language, vader: dict[str, float], cache: Path | None) -> dict[str, float]:
    """Words near our loaded seeds and far from our neutral seeds in the USE space."""
    loaded, neutral = seed_lists(nlp)
    seeds_l = embed_words(loaded, None)
    seeds_n = embed_words(neutral, None)
    found: dict[str, float] = {}
    vader_words = sorted(w for w, negativity in vader.items() if negativity > 0.5)
    spacy_words = spacy_candidates(nlp)
    own_words = own_candidates(nlp)
    margins = {
        "own": seed_margins(embed_words(own_words, None), seeds_l, seeds_n, NEIGHBOURS),
        "vader": seed_margins(embed_words(vader_words, None), seeds_l, seeds_n, NEIGHBOURS),
        "spacy": seed_margins(embed_words(spacy_words, cache), seeds_l, seeds_n, NEIGHBOURS),
    }
    for words, margin, cut in (
        (vader_words, margins["vader"], VADER_CUT),
        (spacy_words, margins["spacy"], SPACY_CUT),
        (own_words, margins["own"], OWN_CUT),
    ):
        for word, weight in expand_words(
            words, margin, cut, EXPAND_BASE, EXPAND_SLOPE, EXPAND_CAP
        ).items():
            # A word VADER scores as not negative is not added from the spaCy list either.
            if word in vader and word not in vader_words:
                continue
            found[word] = max(found.get(word, 0.0), weight)
    return found


def build_lexicon(vader: Path, version: str, cache: Path | None) -> dict[str, object]:
    nlp = load_spacy()
    curated = read_weighted(LEXICON_DIR / "loaded_words.txt")
    neutral = read_neutral(LEXICON_DIR / "neutral_words.txt")
    valences = read_vader(vader)
    candidates = expansion(nlp, valences, cache)
    expanded = len(candidates)
    for word, negativity in valences.items():
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
            f"min(0.9, {VADER_BASE} + {VADER_SLOPE} * (-valence - {VADER_MIN})); "
            f"{expanded} words added by USE nearest neighbours (margin = mean cosine to the "
            f"{NEIGHBOURS} nearest loaded seeds - to the {NEIGHBOURS} nearest neutral seeds; "
            f"VADER words valence < -0.5 with margin >= {VADER_CUT}, en_core_web_sm lemma-index "
            f"adjectives/adverbs/verbs with margin >= {SPACY_CUT}, adjectives/adverbs only our "
            f"loaded sentences use with margin >= {OWN_CUT}; weight min({EXPAND_CAP}, "
            f"{EXPAND_BASE} + {EXPAND_SLOPE} * (margin - cut))); keyed by lemma and form; "
            "neutral list removes entries; threshold set by hand"
        ),
        "threshold": THRESHOLD,
        "min_weight": THRESHOLD,
        "words": dict(sorted(words.items())),
        "phrases": dict(sorted(phrase_keys.items())),
    }


def sentence_features(lexicon_data: dict[str, object], texts: list[str]) -> Matrix:
    """USE embedding + `SENTENCE_FEATURES` cues per sentence, as the runtime computes them."""
    lexicon = LoadedLexicon.from_dict(lexicon_data)  # type: ignore[arg-type]
    nlp = load_spacy()
    cues = [
        sentence_cues(terms_in_words(words_of(doc), lexicon, THRESHOLD), text, THRESHOLD)
        for doc, text in zip(nlp.pipe(texts), texts, strict=True)
    ]
    embeddings = np.asarray(get_encoder("use").encode(texts), dtype=np.float64)
    return np.hstack([embeddings, np.asarray(cues, dtype=np.float64)])


def sentence_model(lexicon_data: dict[str, object]) -> dict[str, object]:
    loaded = read_sentences(LEXICON_DIR / "sentences_loaded.txt")
    neutral = read_sentences(LEXICON_DIR / "sentences_neutral.txt")
    texts = loaded + neutral
    y = np.array([True] * len(loaded) + [False] * len(neutral))
    x = sentence_features(lexicon_data, texts)
    folds = np.array([fold_of(t, FOLDS) for t in texts])
    scores = {l2: cross_validate(x, y, folds, l2, SENTENCE_THRESHOLD) for l2 in L2_GRID}
    best = max(L2_GRID, key=lambda l2: (scores[l2], l2))
    print("own sentences, 5-fold CV macro-F1 by L2:", {k: round(v, 3) for k, v in scores.items()})
    model = fit_logistic(x, y, best)
    return {
        "source": "storydiff's own fictional sentences (benchmarks/lexicon/sentences_*.txt)",
        "licence": "MIT (our own sentences); no dataset labels were fitted",
        "script": SCRIPT,
        "method": (
            f"L2-regularised logistic regression over the USE embedding and the loaded-term "
            f"cues, standardised for fitting, fitted on {len(loaded)} loaded and "
            f"{len(neutral)} neutral sentences we wrote; L2 = {best} chosen by {FOLDS}-fold "
            f"cross-validation on them (macro-F1 {scores[best]:.3f})"
        ),
        "encoder": "use",
        "embedding_dim": 512,
        "features": list(SENTENCE_FEATURES),
        "term_threshold": THRESHOLD,
        "threshold": SENTENCE_THRESHOLD,
        "bias": round(model.bias, 6),
        "weights": [round(float(w), 6) for w in model.weights],
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
    parser.add_argument(
        "--cache", type=Path, default=None, help="npz file caching the candidate embeddings"
    )
    parser.add_argument("--babe", type=Path, default=REPO.parent / "shared" / "eval" / "babe")
    args = parser.parse_args()
    path, version = vader_path(args.vader)
    lexicon = build_lexicon(path, version, args.cache)
    if args.look_at_train:
        look_at_train(lexicon, args.babe)
    outputs = (("loaded-lexicon.json", lexicon), ("loaded-sentence.json", sentence_model(lexicon)))
    for name, data in outputs:
        out = args.out / name
        out.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {out}")
    print(f"{len(lexicon['words'])} words, {len(lexicon['phrases'])} phrases")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
