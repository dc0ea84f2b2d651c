"""NLP stage: model loading (once per process) and parsing articles into statement units."""

from .models import load_spacy
from .parse import parse_articles, sentence_units

__all__ = ["load_spacy", "parse_articles", "sentence_units"]
