from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest

from storydiff.extract.loaded import (
    SENTENCE_FEATURES,
    find_loaded_terms,
    load_lexicon,
    load_sentence_model,
    normalise_word,
    sentence_bias,
)
from storydiff.model import LoadedTerm

LOADED = "The regime's so-called reforms were a disgraceful sham, and critics slammed them."
NEUTRAL = "The council met on Tuesday to discuss the budget."


def _data(name: str) -> dict[str, object]:
    text = resources.files("storydiff").joinpath("data", name).read_text(encoding="utf-8")
    data: dict[str, object] = json.loads(text)
    return data


@pytest.mark.parametrize("name", ["loaded-lexicon.json", "loaded-sentence.json"])
def test_shipped_models_name_their_source_and_licence(name: str) -> None:
    data = _data(name)
    assert "MIT" in str(data["licence"])
    assert "BABE" not in str(data["source"])
    assert data["script"] == "benchmarks/build_loaded_language.py"


def test_lexicon_and_sentence_model_load_once() -> None:
    assert load_lexicon() is load_lexicon()
    assert load_sentence_model() is load_sentence_model()
    model = load_sentence_model()
    assert model.weights.shape == (512 + len(SENTENCE_FEATURES),)
    assert 0.0 < load_lexicon().threshold < 1.0


def test_normalise_word() -> None:
    assert normalise_word("“Slammed,”") == "slammed"
    assert normalise_word("Don’t") == "don't"
    assert normalise_word("so-called") == "so-called"


def test_sentence_bias_rises_with_loaded_terms() -> None:
    embedding = np.zeros(512, dtype=np.float32)
    embedding[0] = 1.0
    term = LoadedTerm(start=0, end=4, text="sham", lemma="sham", weight=0.9)
    plain = sentence_bias(embedding, (), "Words here.")
    loaded = sentence_bias(embedding, (term, term), "Words here.")
    assert 0.0 < plain < loaded < 1.0


def test_sentence_bias_rejects_other_embedding_sizes() -> None:
    with pytest.raises(ValueError, match="512-d"):
        sentence_bias(np.zeros(384, dtype=np.float32), (), "Words here.")


@pytest.mark.model
def test_finds_loaded_terms_with_offsets() -> None:
    from storydiff.nlp import load_spacy

    doc = load_spacy()(LOADED)
    terms = find_loaded_terms(doc)
    found = {t.text.lower() for t in terms}
    assert {"so-called", "disgraceful", "slammed"} <= found
    for term in terms:
        assert doc.text[term.start : term.end] == term.text
        assert 0.0 < term.weight <= 1.0
    assert [t.start for t in terms] == sorted(t.start for t in terms)
    so_called = next(t for t in terms if t.text == "so-called")
    assert (so_called.start, so_called.end) == (LOADED.index("so-called"), LOADED.index(" reforms"))


@pytest.mark.model
def test_neutral_sentence_has_no_loaded_terms() -> None:
    from storydiff.nlp import load_spacy

    terms = find_loaded_terms(load_spacy()(NEUTRAL))
    assert all(t.weight < 0.4 for t in terms)
    assert len(terms) <= 1


@pytest.mark.model
def test_span_offsets_index_the_doc_text() -> None:
    from storydiff.nlp import load_spacy

    text = f"{NEUTRAL} {LOADED}"
    doc = load_spacy()(text)
    sentences = list(doc.sents)
    assert len(sentences) == 2
    first, second = sentences
    assert all(t.start >= second.start_char for t in find_loaded_terms(second))
    for term in find_loaded_terms(second):
        assert text[term.start : term.end] == term.text
    assert len(find_loaded_terms(first)) <= 1


@pytest.mark.model
def test_phrase_is_one_term() -> None:
    from storydiff.nlp import load_spacy

    text = "The senator lashed out at reporters."
    terms = find_loaded_terms(load_spacy()(text))
    phrase = next(t for t in terms if t.lemma == "lash out")
    assert phrase.text == "lashed out"
    assert text[phrase.start : phrase.end] == "lashed out"


@pytest.mark.model
def test_threshold_filters_terms() -> None:
    from storydiff.nlp import load_spacy

    doc = load_spacy()(LOADED)
    assert len(find_loaded_terms(doc, threshold=0.99)) <= len(find_loaded_terms(doc))
    assert all(t.weight >= 0.6 for t in find_loaded_terms(doc, threshold=0.6))


@pytest.mark.model
def test_sentence_bias_orders_loaded_above_neutral() -> None:
    from storydiff.embed import get_encoder
    from storydiff.nlp import load_spacy

    nlp = load_spacy()
    vectors = get_encoder("use").encode([LOADED, NEUTRAL])
    loaded = sentence_bias(vectors[0], find_loaded_terms(nlp(LOADED)), LOADED)
    neutral = sentence_bias(vectors[1], find_loaded_terms(nlp(NEUTRAL)), NEUTRAL)
    threshold = load_sentence_model().threshold
    assert loaded > threshold > neutral


@pytest.mark.model
def test_names_units_and_neutral_news_words_are_not_loaded() -> None:
    from storydiff.nlp import load_spacy

    text = (
        "Striking dockworkers in Port Ellery rejected a bailout worth 40 million pounds, "
        "Mayor Dana Kettridge said on Tuesday after the attack on the depot killed two guards."
    )
    assert find_loaded_terms(load_spacy()(text)) == ()
