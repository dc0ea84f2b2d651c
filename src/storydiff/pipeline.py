"""The orchestrator: analyse each article on its own, then compare them all.

`analyse` is the per-article half (parse, statement units, embeddings): it never looks at
another article, so its results can be cached or computed elsewhere (corpus mode, Dask).
`compare` only reads analyses.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np
import numpy.typing as npt

from . import extract
from .crossdoc import AlignConfig, align_statements, load_matcher
from .crossdoc.conflicts import find_conflicts
from .crossdoc.entities import link_entities
from .crossdoc.guards import cap_length, input_warnings
from .crossdoc.near_words import article_words, encode_words
from .crossdoc.quotes import group_quotes
from .crossdoc.speaker_table import speaker_table
from .crossdoc.summary import summarise
from .crossdoc.timeline import build_timeline
from .embed import DEFAULT_ENCODER, Encoder, encode_parts, get_encoder, one_blas_thread
from .errors import InputError
from .extract import Extracted
from .extract.framing import attribution_uses, hedges, loaded_uses
from .extract.mentions import find_mentions, header_spans
from .extract.quotes import extract_quotes
from .model import (
    Analysis,
    Article,
    ArticleFraming,
    ArticleMentions,
    ArticleQuotes,
    Comparison,
    ComparisonWarning,
    Entity,
    Quote,
)
from .nlp import load_spacy
from .nlp.clauses import unit_parts
from .nlp.parse import ParsedArticle, iter_docs, parse_doc

Progress = Callable[[str, int, int], None]
"""Called as progress(stage, done, total)."""

logger = logging.getLogger(__name__)


def load_models(encoder: str = DEFAULT_ENCODER) -> None:
    """Load spaCy and the encoder (once per process; later calls return at once).

    Loading the two in parallel threads was measured and gained nothing reliable: both
    loaders spend most of their time in Python code that holds the GIL.
    """
    get_encoder(encoder)
    load_spacy()


def analyse(
    articles: Sequence[Article],
    *,
    encoder: str = DEFAULT_ENCODER,
    progress: Progress | None = None,
) -> list[Analysis]:
    """Per-article analysis: sentences, statement units and their embeddings.

    Parsing and embedding overlap: spaCy parses one article at a time, and a worker thread
    encodes each article's near words as soon as its statements are known and its statements
    and quotes as soon as its quotes are, while this thread reads the article's other extracts
    and parses the next (both spend their time in code that releases the GIL). Each article's
    texts go to the encoder in the same calls, in the same order, as when one thread did it
    all, so the vectors carry the same bits.
    """
    load_models(encoder)
    model = get_encoder(encoder)
    worker = _EmbedWorker(model, progress, len(articles))
    extracted: list[tuple[ParsedArticle, Extracted]] = []
    with one_blas_thread():  # spaCy and the encoder already keep one core each busy
        worker.start()
        try:
            # one article a batch: spaCy yields a Doc only when its whole batch is parsed, and
            # the encoder waited for the last article's parse before it began the first
            # (spaCy's annotations are the same either way: docs/benchmarks.md)
            for article, doc in iter_docs(articles, batch_size=1):
                if worker.failure:
                    break
                parsed = parse_doc(article, doc)
                worker.put(parsed, None)  # the near words need only the statements
                # the extractors read the Doc here, in the parsing thread, while it exists
                quotes = extract.extract_quotes(doc, parsed.sentences)
                worker.put(parsed, quotes)
                extracted.append((parsed, extract.extract_after_quotes(article, doc, quotes)))
        finally:
            worker.finish()
    if worker.failure:
        raise worker.failure[0]
    return [
        _analysis(parsed, found, model.name, *worker.embedded[number])
        for number, (parsed, found) in enumerate(extracted)
    ]


_Vectors = tuple[npt.NDArray[np.float32], npt.NDArray[np.float32], tuple[int, ...]]
"""An article's statement and quote vectors, its clause parts' vectors and their units."""


class _EmbedWorker(threading.Thread):
    """The thread that encodes each article's texts, in the order they are put."""

    def __init__(self, model: Encoder, progress: Progress | None, total: int) -> None:
        super().__init__(name="storydiff-embed")
        self.model, self.progress, self.total = model, progress, total
        self.pending: queue.Queue[tuple[ParsedArticle, tuple[Quote, ...] | None] | None]
        self.pending = queue.Queue(maxsize=8)
        self.words: list[dict[str, npt.NDArray[np.float16]]] = []
        self.embedded: list[tuple[_Vectors, dict[str, npt.NDArray[np.float16]]]] = []
        self.failure: list[BaseException] = []

    def put(self, parsed: ParsedArticle, quotes: tuple[Quote, ...] | None) -> None:
        """Encode the article's near words (`quotes` None), or its statements and quotes."""
        self.pending.put((parsed, quotes))

    def finish(self) -> None:
        self.pending.put(None)
        self.join()

    def run(self) -> None:
        while (item := self.pending.get()) is not None:
            if self.failure:
                continue  # drain the queue so the producer never blocks
            parsed, quotes = item
            try:
                if quotes is None:
                    self.words.append(encode_words(self.model, article_words(parsed.units)))
                    continue
                vectors = _vectors(parsed, quotes, self.model)
                self.embedded.append((vectors, self.words[len(self.embedded)]))
                if self.progress:
                    self.progress("analyse", len(self.embedded), self.total)
            except BaseException as error:  # re-raised in the caller's thread
                self.failure.append(error)


def _vectors(parsed: ParsedArticle, quotes: tuple[Quote, ...], model: Encoder) -> _Vectors:
    """One article's statements, clause parts and quotes embedded."""
    # one vector per sentence of a quote: quotes are matched across articles sentence by
    # sentence (Quote.sentence_quotes)
    text = parsed.article.text
    starts = [s.start for s in parsed.sentences]
    segments = [s.text for q in quotes for s in q.sentence_quotes(text, starts)]
    texts = [unit.text for unit in parsed.units] + segments
    # a quote is often a whole statement too, and standfirsts repeat: encode once.
    # (Quote vectors summed from their statements' vectors instead were measured:
    # quote-matching precision fell from 0.64 to 0.45 on dev. Pooling each segment from the
    # forward pass of the statement holding it, as clause parts are, saved 13 ms CPU of 241
    # per warm seed compare but lost 7 of 42 true pairs on dev: docs/benchmarks.md. A
    # segment inside a statement does take the statement's token rows where they see the
    # same words, the same bits as encoding it alone: embed_inner.py.)
    unique = list(dict.fromkeys(texts))
    rows = {text: i for i, text in enumerate(unique)}
    parts = [
        (rows[unit.text], ranges, unit.index)
        for unit in parsed.units
        for ranges in unit_parts(unit)
    ]
    # the parts share their statement's forward pass (embed.encode_parts)
    vectors, part_vectors = encode_parts(model, unique, [(i, ranges) for i, ranges, _ in parts])
    return vectors[[rows[text] for text in texts]], part_vectors, tuple(u for _, _, u in parts)


def _analysis(
    parsed: ParsedArticle,
    found: Extracted,
    encoder: str,
    vectors: _Vectors,
    word_vectors: dict[str, npt.NDArray[np.float16]],
) -> Analysis:
    """One article's `Analysis`: its parse and extracts, with their vectors."""
    n_units = len(parsed.units)
    logger.debug(
        "analysed %s: %d sentences, %d statements, %d quotes, %d time expressions",
        parsed.article.id,
        len(parsed.sentences),
        n_units,
        len(found.quotes),
        len(found.times),
    )
    embeddings, part_vectors, part_units = vectors
    return Analysis(
        parsed.article,
        parsed.sentences,
        parsed.units,
        embeddings[:n_units],
        encoder,
        quotes=found.quotes,
        quote_embeddings=embeddings[n_units:],
        times=found.times,
        mentions=found.mentions,
        loaded=found.loaded,
        part_embeddings=part_vectors,
        part_units=part_units,
        word_vectors=word_vectors,
    )


def compare(
    articles: Sequence[Article],
    *,
    encoder: str = DEFAULT_ENCODER,
    config: AlignConfig | None = None,
    progress: Progress | None = None,
) -> Comparison:
    """Compare two or more articles about one event."""
    articles = with_unique_ids(articles)
    if len(articles) < 2:
        raise InputError(
            articles[0].source or articles[0].outlet if articles else "storydiff compare",
            f"compare needs at least two articles, got {len(articles)}",
            "Pass two or more articles about the same event",
        )
    articles, cut = cap_length(articles)
    analyses = analyse(articles, encoder=encoder, progress=progress)
    return compare_analyses(analyses, config=config, warnings=cut)


def compare_analyses(
    analyses: Sequence[Analysis],
    *,
    config: AlignConfig | None = None,
    warnings: Sequence[ComparisonWarning] = (),
) -> Comparison:
    """The cross-article half of `compare`, over analyses computed earlier; `warnings` are
    added to the ones this finds (`cap_length`'s)."""
    with one_blas_thread():  # small products: a second BLAS thread only waits
        return _compare_analyses(analyses, config or AlignConfig(), warnings)


def _compare_analyses(
    analyses: Sequence[Analysis], config: AlignConfig, warnings: Sequence[ComparisonWarning]
) -> Comparison:
    encoder = analyses[0].encoder if analyses else DEFAULT_ENCODER
    matcher = load_matcher(encoder)
    groups = align_statements(analyses, matcher, config)
    quote_groups = group_quotes(analyses)
    entities = link_entities([(a.article.id, a.mentions) for a in analyses])
    entity_of = {
        (m.article, m.key): e.id for e in entities for named in e.articles for m in named.mentions
    }
    logger.info(
        "compared %d articles: %d statement groups, %d quote groups, %d actors",
        len(analyses),
        len(groups),
        len(quote_groups),
        len(entities),
    )
    return Comparison(
        articles=tuple(a.article for a in analyses),
        sentences={a.article.id: a.sentences for a in analyses},
        statements=groups,
        summary=summarise(
            analyses,
            groups,
            encoder=encoder,
            threshold=config.threshold,
            sensitivity=config.sensitivity,
        ),
        quotes=quote_groups,
        speakers=speaker_table(analyses, quote_groups),
        conflicts=find_conflicts(analyses, groups),
        timeline=build_timeline(analyses, groups),
        entities=entities,
        framing=tuple(article_framing(a, entity_of) for a in analyses),
        warnings=input_warnings(analyses, groups, warnings),
    )


def article_framing(
    analysis: Analysis, entity_of: dict[tuple[str, str], str] | None = None
) -> ArticleFraming:
    """Attribution verbs, loaded language (with the actor it is said of) and hedges of one
    article; `entity_of` maps (article, mention key) to the comparison's entity ids (one key
    can be two actors in two articles: 'clinton' for Bill in one, for Hillary in another)."""
    article = analysis.article
    return ArticleFraming(
        article.id,
        attributions=attribution_uses(analysis.quotes),
        loaded=loaded_uses(analysis.loaded, analysis.mentions, analysis.sentences, entity_of or {}),
        hedges=hedges(article.text, article.id),
    )


def with_unique_ids(articles: Sequence[Article]) -> list[Article]:
    """Outlet-derived ids, made unique: two articles from one outlet get 'x' and 'x-2'."""
    seen: dict[str, int] = {}
    result = []
    for article in articles:
        count = seen.get(article.id, 0) + 1
        seen[article.id] = count
        result.append(article if count == 1 else replace(article, id=f"{article.id}-{count}"))
    return result


def find_quotes(articles: Sequence[Article]) -> list[ArticleQuotes]:
    """The quotes of each article, with speakers and cues (a parse only: no embeddings)."""
    load_spacy()
    found = []
    for article, doc in iter_docs(with_unique_ids(articles)):
        found.append(ArticleQuotes(article, extract_quotes(doc, parse_doc(article, doc).sentences)))
    return found


def entities_in_paths(
    paths: Sequence[str],
    *,
    outlets: Sequence[str] | None = None,
    published: Sequence[str] | None = None,
    language: str | None = None,
    max_bytes: int | None = None,
) -> tuple[list[ArticleMentions], tuple[Entity, ...]]:
    """Read article files and list their actors, linked across them (`storydiff entities`):
    a parse only, no embeddings."""
    articles = with_unique_ids(
        read_paths(
            paths, outlets=outlets, published=published, language=language, max_bytes=max_bytes
        )
    )
    load_spacy()
    parsed = [
        ArticleMentions(a, find_mentions(doc, a.id, header_spans(a)))
        for a, doc in iter_docs(articles)
    ]
    return parsed, link_entities([(p.article.id, p.mentions) for p in parsed])


def quotes_in_paths(
    paths: Sequence[str],
    *,
    outlets: Sequence[str] | None = None,
    published: Sequence[str] | None = None,
    language: str | None = None,
    max_bytes: int | None = None,
) -> list[ArticleQuotes]:
    """Read article files and list the quotes of each (the `storydiff quotes` command)."""
    return find_quotes(
        read_paths(
            paths, outlets=outlets, published=published, language=language, max_bytes=max_bytes
        )
    )


def read_paths(
    paths: Sequence[str],
    *,
    outlets: Sequence[str] | None = None,
    published: Sequence[str] | None = None,
    language: str | None = None,
    max_bytes: int | None = None,
) -> list[Article]:
    """Read article files (text, HTML, JSON/JSONL) and web pages (http/https addresses).

    `outlets` and `published`, when given, hold one value per path, in order; `language`
    declares the language of them all.
    """
    from .ingest import DEFAULT_MAX_BYTES, read_source

    _check_one_per_path("--outlet", "outlet names", outlets, paths)
    _check_one_per_path("--published", "publication dates", published, paths)
    articles: list[Article] = []
    for number, path in enumerate(paths):
        articles.extend(
            read_source(
                path,
                outlet=outlets[number] if outlets else None,
                published=published[number] if published else None,
                language=language,
                max_bytes=max_bytes or DEFAULT_MAX_BYTES,
            )
        )
    return articles


def _check_one_per_path(
    option: str, what: str, values: Sequence[str] | None, paths: Sequence[str]
) -> None:
    if values and len(values) != len(paths):
        raise InputError(
            option,
            f"{len(values)} {what} for {len(paths)} inputs",
            f"Give {option} once per input, in the order of the inputs ({len(paths)} in all), "
            f"or leave it out",
        )


def compare_paths(
    paths: Sequence[str],
    *,
    outlets: Sequence[str] | None = None,
    published: Sequence[str] | None = None,
    language: str | None = None,
    encoder: str = DEFAULT_ENCODER,
    max_bytes: int | None = None,
    progress: Progress | None = None,
    config: AlignConfig | None = None,
) -> Comparison:
    """Read article files (text, HTML, JSON/JSONL) and compare them.

    `outlets` and `published`, when given, hold one value per path in order (a JSONL file's
    records all get its value); `language` declares the language of every article; `config`
    sets the matching (`AlignConfig.for_sensitivity`).
    """
    articles = read_paths(
        paths, outlets=outlets, published=published, language=language, max_bytes=max_bytes
    )
    return compare(articles, encoder=encoder, progress=progress, config=config)
