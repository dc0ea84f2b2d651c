"""Loaded language: words and short phrases that carry a judgement ('so-called', 'regime',
'slammed', 'lashed out'), and the probability that a sentence is biased.

Neither is fitted to any third-party dataset; both are built by
`benchmarks/build_loaded_language.py` from permissively licensed sources (see `data/LICENSES.md`):

- `data/loaded-lexicon.json`: lemma or word form -> weight, from storydiff's own word lists
  (labels, verbs of attack and spin, adjectives of judgement; a list of neutral news words
  that are never loaded), the strongly negative words of VADER's lexicon (MIT), and words
  whose USE embedding lies closer to our loaded seed words than to our neutral ones. Two-word
  phrases ('illegal alien', 'lash out') have their own weights.
- `data/loaded-sentence.json`: logistic score over the sentence embedding (USE) plus a few
  cues computed from the loaded terms and the raw text (`SENTENCE_FEATURES`), fitted on
  fictional news sentences written for storydiff (`benchmarks/lexicon/sentences_*.txt`).

BABE SG2 (Spinde et al. 2021, AGPL-3.0) only measures them (`benchmarks/loaded_language_eval.py`).

A "word" is one spaCy token, or several joined by hyphens without spaces ('so-called',
'left-wing'); it is looked up by lemma, then by its lower-cased form. Only the text is used, no
list for any particular event.
"""

from __future__ import annotations

import functools
import json
import math
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, TypedDict, TypeVar

import numpy as np
import numpy.typing as npt

from ..model import LoadedTerm

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LEXICON_FILE = "loaded-lexicon.json"
SENTENCE_FILE = "loaded-sentence.json"

DEFAULT_THRESHOLD = 0.3
"""Default word weight for a term to count as loaded (the shipped lexicon's `threshold`)."""

SENTENCE_FEATURES = (
    "terms",
    "weight_sum",
    "weight_max",
    "has_quote",
    "has_exclamation",
    "has_question",
    "log_words",
)
"""Cues appended to the sentence embedding, in this order (see `sentence_cues`)."""

_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_QUOTES = frozenset('"“”«»„')


@dataclass(frozen=True)
class Word:
    """One word of a sentence: a token, or tokens joined by hyphens without spaces."""

    start: int
    end: int
    text: str
    key: str
    """Lemma (single token) or normalised lower-cased text (hyphenated word)."""
    lower: str


class LexiconFile(TypedDict):
    """The keys of `loaded-lexicon.json` this module reads (the file also says where it came
    from)."""

    words: dict[str, float]
    phrases: dict[str, float]
    """Two words joined by one space."""
    threshold: float


class SentenceModelFile(TypedDict):
    """The keys of `loaded-sentence.json` this module reads."""

    features: list[str]
    weights: list[float]
    bias: float
    threshold: float
    term_threshold: float


@dataclass(frozen=True)
class LoadedLexicon:
    words: Mapping[str, float]
    phrases: Mapping[tuple[str, str], float]
    threshold: float

    @classmethod
    def from_dict(cls, data: LexiconFile) -> LoadedLexicon:
        phrases: dict[tuple[str, str], float] = {}
        for phrase, weight in data["phrases"].items():
            first, second = phrase.split(" ")
            phrases[(first, second)] = float(weight)
        words = {str(key): float(weight) for key, weight in data["words"].items()}
        return cls(words=words, phrases=phrases, threshold=float(data["threshold"]))

    def weight(self, word: Word) -> float:
        found = self.words.get(word.key)
        if found is None:
            found = self.words.get(word.lower, 0.0)
        return found


@dataclass(frozen=True)
class SentenceModel:
    weights: npt.NDArray[np.float64]
    """Embedding weights followed by one weight per `SENTENCE_FEATURES` entry (unstandardised)."""
    bias: float
    threshold: float
    term_threshold: float

    @classmethod
    def from_dict(cls, data: SentenceModelFile) -> SentenceModel:
        if tuple(data["features"]) != SENTENCE_FEATURES:
            raise ValueError("loaded-sentence.json was fitted for other features")
        return cls(
            weights=np.asarray(data["weights"], dtype=np.float64),
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            term_threshold=float(data["term_threshold"]),
        )

    def probability(self, embedding: npt.NDArray[np.float32], cues: Sequence[float]) -> float:
        vector = np.concatenate([np.asarray(embedding, dtype=np.float64).ravel(), cues])
        if vector.shape != self.weights.shape:
            raise ValueError(
                f"sentence model expects a {self.weights.size - len(SENTENCE_FEATURES)}-d "
                f"embedding, got {vector.size - len(SENTENCE_FEATURES)}"
            )
        z = float(vector @ self.weights) + self.bias
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


_T = TypeVar("_T")


def _read(name: str) -> str:
    return resources.files("storydiff").joinpath("data", name).read_text(encoding="utf-8")


def _once(build: Callable[[], _T]) -> Callable[[], _T]:
    """`build` run at most once per process (under a lock: two threads may ask at once)."""
    lock = threading.Lock()
    built: list[_T] = []

    @functools.wraps(build)
    def load() -> _T:
        with lock:
            if not built:
                built.append(build())
            return built[0]

    return load


@_once
def load_lexicon() -> LoadedLexicon:
    """The shipped lexicon, read once per process."""
    data: LexiconFile = json.loads(_read(LEXICON_FILE))
    return LoadedLexicon.from_dict(data)


@_once
def load_sentence_model() -> SentenceModel:
    """The shipped sentence model, read once per process."""
    data: SentenceModelFile = json.loads(_read(SENTENCE_FILE))
    return SentenceModel.from_dict(data)


@functools.lru_cache(maxsize=1 << 16)  # an article repeats its words; the lexicon's are few
def normalise_word(text: str) -> str:
    """Lower-case, curly apostrophes straightened, punctuation stripped from both ends."""
    return _EDGE.sub("", text.lower().replace("’", "'"))


def words_of(tokens: Iterable[Token]) -> list[Word]:
    """The words of a run of spaCy tokens, hyphenated compounds joined; no punctuation or
    numbers (a word needs a letter)."""
    # each token with its text and trailing space, read once (spaCy looks strings up anew
    # at each read)
    groups: list[list[tuple[Token, str, str]]] = []
    last_text, last_space = "", None  # of the token before
    for token in tokens:
        text, space = token.text, token.whitespace_
        if last_space == "" and (text == "-" or last_text == "-"):
            groups[-1].append((token, text, space))
        else:
            groups.append([(token, text, space)])
        last_text, last_space = text, space
    words: list[Word] = []
    for group in groups:
        # A trailing or leading hyphen belongs to no word ('pro- and anti-war').
        while group and group[-1][1] == "-":
            group.pop()
        while group and group[0][1] == "-":
            group.pop(0)
        if not group:
            continue
        (first, first_text, _), (final, final_text, _) = group[0], group[-1]
        single = len(group) == 1
        text = first_text if single else "".join(t + s for _, t, s in group[:-1]) + final_text
        if not _LETTER.search(text):
            continue
        lower = normalise_word(text)
        key = (normalise_word(first.lemma_) or lower) if single else lower
        end = final.idx + len(final_text)
        words.append(Word(start=first.idx, end=end, text=text, key=key, lower=lower))
    return words


def terms_in_words(
    words: Sequence[Word], lexicon: LoadedLexicon, threshold: float
) -> tuple[LoadedTerm, ...]:
    """Loaded terms among `words` (the training script calls this with fold lexicons)."""
    weights = [lexicon.weight(word) for word in words]
    terms: list[LoadedTerm] = []
    i = 0
    while i < len(words):
        word = words[i]
        if i + 1 < len(words):
            nxt = words[i + 1]
            phrase = lexicon.phrases.get((word.key, nxt.key))
            adjacent = nxt.start - word.end <= 1
            if phrase is not None and adjacent:
                weight = max(phrase, weights[i], weights[i + 1])
                if weight >= threshold:
                    terms.append(
                        LoadedTerm(
                            start=word.start,
                            end=nxt.end,
                            text=f"{word.text} {nxt.text}",
                            lemma=f"{word.key} {nxt.key}",
                            weight=round(weight, 4),
                        )
                    )
                    i += 2
                    continue
        if weights[i] >= threshold:
            terms.append(
                LoadedTerm(
                    start=word.start,
                    end=word.end,
                    text=word.text,
                    lemma=word.key,
                    weight=round(weights[i], 4),
                )
            )
        i += 1
    return tuple(terms)


def find_loaded_terms(
    doc_or_span: Doc | Span, *, threshold: float | None = None
) -> tuple[LoadedTerm, ...]:
    """Loaded words and phrases in a spaCy Doc or Span, in text order.

    Offsets index the Doc's text (for a Span too). `threshold` is the minimum word weight;
    the default is the shipped lexicon's (set by hand, 0.3). A phrase uses
    the text between its two words, so `text` is normalised to one space between them.
    """
    lexicon = load_lexicon()
    limit = lexicon.threshold if threshold is None else threshold
    return terms_in_words(words_of(doc_or_span), lexicon, limit)


def sentence_cues(terms: Sequence[LoadedTerm], text: str, term_threshold: float) -> list[float]:
    """The `SENTENCE_FEATURES` values for one sentence."""
    weights = [t.weight for t in terms if t.weight >= term_threshold]
    return [
        float(len(weights)),
        float(sum(weights)),
        float(max(weights, default=0.0)),
        float(any(ch in _QUOTES for ch in text)),
        float("!" in text),
        float("?" in text),
        math.log1p(len(_WORD.findall(text))),
    ]


def sentence_bias(
    embedding: npt.NDArray[np.float32], terms: Sequence[LoadedTerm], text: str
) -> float:
    """Probability that the sentence is biased (BABE's sense: it takes a side or loads words).

    `embedding` is the sentence's row from the `use` encoder (512-d, L2-normalised); `terms`
    are its loaded terms from `find_loaded_terms` at the default threshold (terms weighted
    below it are ignored). The model's decision threshold is `load_sentence_model().threshold`.
    """
    model = load_sentence_model()
    return model.probability(embedding, sentence_cues(terms, text, model.term_threshold))
