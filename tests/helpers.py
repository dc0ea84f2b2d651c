"""Small hand-built objects for fast tests (no models)."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import numpy as np

from storydiff.model import Analysis, Article, Quote, Sentence, Unit


def unit(index: int, start: int, text: str, *, sentence: int | None = None) -> Unit:
    words = frozenset(w.strip(".,").lower() for w in text.split() if len(w) > 3)
    return Unit(
        index=index,
        sentence=index if sentence is None else sentence,
        start=start,
        end=start + len(text),
        text=text,
        content=words,
        names=frozenset(w.strip(".,").lower() for w in text.split() if w[:1].isupper()),
        numbers=frozenset(w.strip(".,") for w in text.split() if w.strip(".,").isdigit()),
    )


# Four directions in embedding space for hand-built alignment tests: each fact gets one,
# plus a little noise per outlet (`near`), so the expected groups are certain.
FLOOD = [1.0, 0.0, 0.0, 0.0]
DAM = [0.0, 1.0, 0.0, 0.0]
MAYOR = [0.0, 0.0, 1.0, 0.0]
OTHER = [0.0, 0.0, 0.0, 1.0]


def near(vector: list[float], noise: float = 0.05) -> list[float]:
    return [v + noise for v in vector]


def analysis(outlet: str, sentences: list[str], vectors: list[list[float]]) -> Analysis:
    """An article whose sentences are its units, with the embeddings given."""
    text = " ".join(sentences)
    units, spans = [], []
    position = 0
    for i, sentence in enumerate(sentences):
        units.append(unit(i, position, sentence))
        spans.append(Sentence(i, position, position + len(sentence), sentence))
        position += len(sentence) + 1
    matrix = np.array(vectors, dtype=np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    return Analysis(Article(text=text, outlet=outlet), tuple(spans), tuple(units), matrix, "use")


def load_benchmark(name: str) -> ModuleType:
    """A script from benchmarks/ as a module (scorers are tested without running them)."""
    folder = Path(__file__).resolve().parents[1] / "benchmarks"
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))  # for their ``from basil_gold import ...``
    spec = importlib.util.spec_from_file_location(name, folder / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


# What the `article_server` fixture (conftest.py) answers: status, headers, body, delay (s).
Route = tuple[int, dict[str, str], bytes, float]


@dataclass
class ArticleServer:
    base: str
    routes: dict[str, Route]
    requests: list[dict[str, str]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path


def quotes_of(text: str) -> list[Quote]:
    """The quotes storydiff finds in one article of `text` (loads the models)."""
    from storydiff.pipeline import find_quotes

    return list(find_quotes([Article(text, outlet="Test Wire")])[0].quotes)


def extracted_quotes(text: str) -> tuple[Quote, ...]:
    """The quotes the extraction stage alone finds in `text`, its sentences parsed as the
    pipeline parses them (loads the spaCy model)."""
    from storydiff.extract.quotes import extract_quotes
    from storydiff.nlp import load_spacy
    from storydiff.nlp.parse import parse_doc

    doc = load_spacy()(text)
    return extract_quotes(doc, parse_doc(Article(id="a", outlet="a", text=text), doc).sentences)


def timeline_dates(text: str, published: str = "2026-03-14") -> list[tuple[str, str]]:
    """(date, expression) of each timeline entry of `text` compared with a one-line article
    (loads the models)."""
    from storydiff import Article, compare

    article = Article(text, outlet="Harbour Gazette", published=published)
    other = Article("The Lorrin ferry sank.", outlet="Lorrin Courier", published=published)
    timeline = compare([article, other]).timeline
    return [(e.date, e.expression.text) for ev in timeline.events for e in ev.entries]


def only(quotes: list[Quote], contains: str) -> Quote:
    """The one quote whose text contains `contains`."""
    found = [q for q in quotes if contains in q.text]
    assert len(found) == 1, [(q.text, q.speaker) for q in quotes]
    return found[0]
