"""Match quotes across articles: the same utterance, however each outlet worded it.

Two quotes render the same utterance when their meaning is close (sentence embeddings),
they share content words (so a re-translation that keeps the key words still matches
when the embedding wavers), and their speakers do not clash: a quote by a different named
speaker is a different utterance, whatever the words. A direct quote can match indirect
speech: both are compared on their content.

Grouping is complete-link across articles (every cross-article pair in a group must be
related), while one article may contribute several quotes to a group: one outlet's long
quotation is often two shorter ones in another. A quotation that goes on past its reporting
sentence ('"A," he said. "B."') is matched segment by segment, each sentence on its own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from ..extract.speaker_memory import SPEAKER_SEPARATOR, speaker_key
from ..model import (
    Analysis,
    Quote,
    QuoteGroup,
    QuoteVersion,
)
from ..model.quotes import PIECE_EDGE, rejoined
from ..text import FUNCTION_WORDS, name_key
from ..text_names import given_names, same_given_names
from .cluster import complete_link, linked_above
from .quote_apart import APART_FLOOR, quoted_apart
from .quote_diff import word_changes
from .quote_excerpts import excerpt_of, marked_text
from .quote_remarks import RemarkPiece, whole_remarks
from .quote_short import too_few_words
from .quote_titles import held_titles, title_holder
from .quote_voices import (
    crowd_kind,
    crowds_differ,
    document_and_person,
    named_people,
    one_voice,
    same_speaker,
    spoken_for,
)
from .quote_words import shared_share, stems

_WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class QuoteMatchConfig:
    """Weights and thresholds, chosen on the dev half of the quote gold
    (`python benchmarks/quote_matching.py --split dev --tune`)."""

    threshold: float = 0.5
    link_floor: float = 0.4
    cosine_weight: float = 0.55
    overlap_weight: float = 0.45
    """With shared words counted in any inflection (`quote_words`), words weigh a little
    more than before (0.6 / 0.4): on dev 4 more same-utterance pairs, the bundled examples'
    and the seed pair's groups unchanged; 0.45 / 0.55 split paraphrases in two examples."""
    same_speaker_bonus: float = 0.0
    other_speaker_penalty: float = 0.3
    one_per_article: bool = False
    """Whether a group may hold only one quote per article (no one-to-many matches)."""
    neighbour_floor: float = 0.4
    """The score with some other outlet's version at which a sentence of a quotation that
    matched nothing on its own joins the group of the sentence next to it."""
    remark_words: int = 30
    """The most words two sentences of one quotation may have together to be read as one
    remark, whose groups join (`quote_remarks.whole_remarks`)."""
    short_quote_words: int = 3
    """A quote of this many content words or fewer matches another only when the speakers
    vouch for it (`quote_short.too_few_words`): a few words are no evidence of one
    utterance."""
    apart_floor: float = APART_FLOOR
    """The score a cross pair needs to join two groups that two outlets both quote apart
    (`quote_apart.quoted_apart`): two remarks of one speaker on one topic stay two."""


@dataclass(frozen=True)
class _Node:
    article: int
    quote: Quote
    features: QuoteFeatures


def group_quotes(
    analyses: Sequence[Analysis], config: QuoteMatchConfig | None = None
) -> tuple[QuoteGroup, ...]:
    """Every quote of every article, in groups of versions of one utterance."""
    config = config or QuoteMatchConfig()
    nodes: list[_Node] = []
    rows: list[np.ndarray] = []
    bodies, people, titles = spoken_for(analyses), named_people(analyses), held_titles(analyses)
    for a_index, analysis in enumerate(analyses):
        vectors = analysis.quote_embeddings
        for q_index, quote in enumerate(_segments(analysis)):
            features = QuoteFeatures.of(quote, bodies, people, titles)
            nodes.append(_Node(a_index, quote, features))
            if vectors is not None and len(vectors) > q_index:
                rows.append(vectors[q_index])
            else:
                rows.append(np.zeros(1, dtype=np.float32))
    if not nodes:
        return ()
    scores = _score_matrix(nodes, rows, config)
    clusters = _with_neighbours(nodes, scores, _cluster(nodes, scores, config), config)
    pieces = [_piece(analyses[n.article].article.text, n) for n in nodes]
    clusters = whole_remarks(
        pieces,
        clusters,
        lambda left, right: not _speakers_clash(nodes, left, right),
        config.remark_words,
    )
    return _groups(analyses, nodes, scores, clusters)


def _piece(text: str, node: _Node) -> RemarkPiece:
    """The piece whole-remark joining reads; a direct quote's passage is its paragraph (a
    line break ends one: wire copy breaks lines between paragraphs, with no blank line)."""
    quote = node.quote
    passage = text.count("\n", 0, quote.start) if quote.direct else -1
    return RemarkPiece.of(node.article, quote.index, quote.start, quote.text, passage)


def _segments(analysis: Analysis) -> list[Quote]:
    """The article's quotes sentence by sentence: a quotation of several sentences is
    matched one sentence at a time, since other outlets often quote only one, or quote
    them apart."""
    text = analysis.article.text
    starts = [s.start for s in analysis.sentences]
    return [s for quote in analysis.quotes for s in quote.sentence_quotes(text, starts)]


def content_words(text: str) -> frozenset[str]:
    """Content words folded for comparison: 'Russian' and 'Russia's' both give 'russia'."""
    words = (w.lower() for w in _WORD.findall(text))
    return frozenset(name_key(w) for w in words if w not in FUNCTION_WORDS and len(w) > 1)


@dataclass(frozen=True)
class QuoteFeatures:
    """What the pair score reads from one quote."""

    terms: frozenset[str]
    key: str
    named: bool
    """The speaker is a proper name ('Dmitry Peskov'), not a description ('the letter')."""
    given: tuple[str, ...] = ()
    """The speaker's given names: 'Ana Morvell' and 'Tomas Morvell' share a key, not a voice."""
    speaks_for: frozenset[str] = frozenset()
    """The keys of the bodies the speaker is a spokesperson of ('kremlin' for Peskov)."""
    speaker: str = ""
    """The speaker as resolved ('Residents', 'Both sides'), for crowds (`crowds_differ`)."""
    person: bool = False
    """The speaker is one person the articles name ('Tomas Reyl', not 'Catholic Bishops')."""
    stems: frozenset[str] = frozenset()
    """The content words' stems (`quote_words.word_stem`): 'believed' meets 'believe'."""
    marked: frozenset[str] = frozenset()
    """A mixed quote's content words inside quotation marks (`quote_excerpts`)."""
    holder: str = ""
    """For a speaker left as a bare title ('police spokeswoman'), the key of the one named
    person the articles give that title (`quote_titles`): another outlet names its holder."""

    @classmethod
    def of(
        cls,
        quote: Quote,
        bodies: dict[str, frozenset[str]] | None = None,
        people: frozenset[str] = frozenset(),
        titles: dict[str, frozenset[str]] | None = None,
    ) -> QuoteFeatures:
        """`bodies`: speaker key -> the bodies they speak for (`quote_voices.spoken_for`);
        `people`: the keys of the people the articles name (`quote_voices.named_people`);
        `titles`: title -> the keys of its holders (`quote_titles.held_titles`)."""
        speaker = quote.speaker or ""
        named = bool(speaker) and all(w[:1].isupper() for w in speaker.split() if w.isalpha())
        named = named and crowd_kind(speaker) is None  # 'Residents' opening a sentence
        one = named and SPEAKER_SEPARATOR not in speaker
        given = tuple(given_names(speaker.split())) if one else ()
        key = speaker_keys(quote.speaker)
        speaks_for = (bodies or {}).get(key, frozenset()) if one else frozenset()
        person = one and key in people
        terms = content_words(quote.text)
        marked = frozenset[str]()
        if quote.kind == "mixed":
            marked = frozenset().union(*map(content_words, marked_text(quote.text)))
        holder = "" if named else title_holder(quote.speaker, titles or {})
        return cls(
            terms, key, named, given, speaks_for, speaker, person, stems(terms), marked, holder
        )


def quote_similarity(
    cosine: float, a: QuoteFeatures, b: QuoteFeatures, config: QuoteMatchConfig
) -> float:
    """How likely two quotes render one utterance: meaning, shared words, and whether
    their speakers agree. (A bonus for a shared run of words in the same order was
    measured on dev and gained nothing over the word overlap.)"""
    # shared words in any inflection: an indirect report ('he still believed he could
    # win') rewords the direct quote's ('I believe that we can win this')
    overlap = shared_share(a.stems, b.stems)
    score = config.cosine_weight * cosine + config.overlap_weight * overlap
    if too_few_words(a, b, config.short_quote_words):
        return min(score, 0.0)
    if a.key and b.key:
        if same_speaker(a.key, b.key) and same_given_names(list(a.given), list(b.given)):
            score += config.same_speaker_bonus
        elif (a.named and b.named and not one_voice(a, b)) or crowds_differ(a.speaker, b.speaker):
            # two different people, or a crowd ('Residents') and other people ('Both
            # sides'); a description ('the writers') may stand for anyone, so it costs
            # nothing
            score -= config.other_speaker_penalty
        elif document_and_person(a.speaker, a.person, b.speaker, b.person):
            # 'the letter' and 'Tomas Reyl': a signatory's own words are another remark
            return min(score, 0.0)
    return score


def _key(quote: Quote) -> str:
    return speaker_keys(quote.speaker)


def speaker_keys(speaker: str | None) -> str:
    """One key per speaker named ('Milos Vucevic & Bratislav Gasic' names two)."""
    if not speaker:
        return ""
    return SPEAKER_SEPARATOR.join(
        sorted(speaker_key(part) for part in speaker.split(SPEAKER_SEPARATOR))
    )


def _score_matrix(
    nodes: list[_Node], rows: list[np.ndarray], config: QuoteMatchConfig
) -> np.ndarray:
    n = len(nodes)
    width = max(len(r) for r in rows)
    matrix = np.zeros((n, width), dtype=np.float32)
    for i, row in enumerate(rows):
        matrix[i, : len(row)] = row
    cosines = matrix @ matrix.T
    scores = np.full((n, n), -1.0, dtype=np.float32)
    for i in range(n):
        for j in range(i + 1, n):
            if nodes[i].article == nodes[j].article:
                continue
            a, b = nodes[i].features, nodes[j].features
            value = quote_similarity(float(cosines[i, j]), a, b, config)
            contained = _sentence_of(nodes[i], nodes[j]) or _sentence_of(nodes[j], nodes[i])
            # a mixed quote's words in marks, all in the other quote: its excerpt
            if contained or excerpt_of(a, b) or excerpt_of(b, a):
                value = max(value, config.threshold)
            scores[i, j] = scores[j, i] = value
    return scores


# of a quoted sentence's content words, the share a longer quote must hold
_CONTAINED_SHARE = 0.75
_MIN_CONTAINED_WORDS = 3


def _sentence_of(short: _Node, long: _Node) -> bool:
    """Whether one outlet's quoted sentence is part of a longer quote another outlet gives
    the same named speaker: "And it reacts harshly when these rights are violated." against
    "…, and naturally reacts harshly when these rights are violated" (one outlet splits a
    sentence the other quotes whole), or "we support Belgrade…" against a quotation that
    goes on. The embedding of the longer quote dilutes the shorter one's; its words, all
    but a few, are there."""
    a, b = short.features, long.features
    if not (a.named and b.named and a.key and same_speaker(a.key, b.key)):
        return False
    if len(a.terms) < _MIN_CONTAINED_WORDS or len(b.terms) <= len(a.terms):
        return False
    return len(a.terms & b.terms) >= _CONTAINED_SHARE * len(a.terms)


def _cluster(nodes: list[_Node], scores: np.ndarray, config: QuoteMatchConfig) -> list[list[int]]:
    edges = [
        (float(scores[i, j]), i, j)
        for i in range(len(nodes))
        for j in range(i + 1, len(nodes))
        if scores[i, j] >= config.threshold
    ]

    def may_merge(left: list[int], right: list[int]) -> bool:
        if config.one_per_article and {nodes[x].article for x in left} & {
            nodes[y].article for y in right
        }:
            return False

        def score(x: int, y: int) -> float:
            return float(scores[x, y])

        def article(x: int) -> int:
            return nodes[x].article

        if quoted_apart(left, right, article, score, config.apart_floor):
            return False
        return not _speakers_clash(nodes, left, right) and linked_above(
            left, right, config.link_floor, score, article
        )

    return complete_link(len(nodes), edges, may_merge)


def _with_neighbours(
    nodes: list[_Node], scores: np.ndarray, clusters: list[list[int]], config: QuoteMatchConfig
) -> list[list[int]]:
    """A sentence of a quotation that matched nothing in another article joins the group of
    the sentence before or after it, when it is related to one of that group's versions from
    another article: one outlet quotes as two sentences ('Those who block our roads protect
    nobody. They hold the valley hostage.') what another gives as one, and the second
    sentence alone matched it, or the sentence repeats the words by which another outlet's
    excerpt matched its neighbour (`_restates`). It stays apart when it is unrelated
    (another point)."""
    home = {i: c for c, cluster in enumerate(clusters) for i in cluster}
    order = sorted(range(len(nodes)), key=lambda i: (nodes[i].article, nodes[i].quote.start))
    for _ in range(2):  # forwards, then backwards: a run of two loose sentences joins too
        for before, after in pairwise(order):
            for loose, placed in ((after, before), (before, after)):
                if _joins(nodes, scores, clusters, home, loose, placed, config):
                    clusters[home[placed]].append(loose)
                    clusters[home[loose]].remove(loose)
                    home[loose] = home[placed]
        order.reverse()
    return [c for c in clusters if c]


def _joins(
    nodes: list[_Node],
    scores: np.ndarray,
    clusters: list[list[int]],
    home: dict[int, int],
    loose: int,
    placed: int,
    config: QuoteMatchConfig,
) -> bool:
    a, b = nodes[loose], nodes[placed]
    if a.article != b.article or a.quote.index != b.quote.index:
        return False
    if any(nodes[i].article != a.article for i in clusters[home[loose]]):
        return False  # it matched something elsewhere on its own
    others = [i for i in clusters[home[placed]] if nodes[i].article != a.article]
    if not others:
        return False
    if max(float(scores[loose, i]) for i in others) >= config.neighbour_floor:
        return True
    return any(_restates(a, b, nodes[i]) for i in others)


# the fewest words an excerpt must share with a quotation's sentence to lead the next one
_RESTATED_WORDS = 2


def _restates(loose: _Node, placed: _Node, other: _Node) -> bool:
    """Whether the loose sentence holds every word (in any inflection) that another outlet's
    excerpt shares with the placed sentence: 'I feel very badly. He's led a very strong life
    and I feel very badly.' against 'I feel very badly for Gen. Flynn'. The excerpt is as
    much the second sentence's, whose other words dilute its score."""
    shared = placed.features.stems & other.features.stems
    return len(shared) >= _RESTATED_WORDS and shared <= loose.features.stems


def _speakers_clash(nodes: list[_Node], left: list[int], right: list[int]) -> bool:
    """Two quotes of one article by different speakers are never one utterance (a body and
    its spokesperson are one voice)."""
    for x in left:
        for y in right:
            a, b = nodes[x].features, nodes[y].features
            if nodes[x].article != nodes[y].article or not (a.key and b.key):
                continue
            if not same_speaker(a.key, b.key) and not one_voice(a, b):
                return True
    return False


def _groups(
    analyses: Sequence[Analysis],
    nodes: list[_Node],
    scores: np.ndarray,
    clusters: list[list[int]],
) -> tuple[QuoteGroup, ...]:
    def order(cluster: list[int]) -> tuple[int, int, int]:
        first = min(cluster, key=lambda i: (nodes[i].article, nodes[i].quote.start))
        n_articles = len({nodes[i].article for i in cluster})
        return (-n_articles, nodes[first].article, nodes[first].quote.start)

    def score(x: list[int], y: list[int]) -> float:
        return max(float(scores[i, j]) for i in x for j in y)

    groups = []
    for number, cluster in enumerate(sorted(clusters, key=order), start=1):
        cluster = sorted(cluster, key=lambda i: (nodes[i].article, nodes[i].quote.start))
        runs = _runs(analyses, nodes, cluster)
        quotes = [
            rejoined(analyses[nodes[r[0]].article].article.text, _quotes(nodes, r)) for r in runs
        ]
        reference_article = nodes[runs[0][0]].article
        references = [p for p, r in enumerate(runs) if nodes[r[0]].article == reference_article]
        versions = []
        for run, quote in zip(runs, quotes, strict=True):
            a_index = nodes[run[0]].article
            article = analyses[a_index].article
            others = [r for r in runs if nodes[r[0]].article != a_index]
            similarity = max((score(run, r) for r in others), default=1.0)
            if a_index == reference_article:
                versions.append(QuoteVersion(article.id, quote, similarity))
                continue
            # diff against the reference article's closest version of the utterance, a
            # direct quote against a direct one where there is one: a quote's wording
            # diffed against an indirect report of it ('it supported Belgrade') says little
            position = max(
                references,
                key=lambda p: (quote.direct == quotes[p].direct, score(run, runs[p])),
            )
            reference_text = analyses[reference_article].article.text
            changes = word_changes(reference_text, quotes[position], article.text, quote)
            versions.append(QuoteVersion(article.id, quote, similarity, position, changes))
        groups.append(QuoteGroup(f"q{number}", _group_speaker(nodes, cluster), tuple(versions)))
    return tuple(groups)


def _runs(analyses: Sequence[Analysis], nodes: list[_Node], cluster: list[int]) -> list[list[int]]:
    """A group's members (in article and text order), the sentences of one quotation that
    follow each other joined: an outlet quoting 'A. B.' where another quotes 'A, and B'
    shows one version."""
    runs: list[list[int]] = []
    for i in cluster:
        node = nodes[i]
        if runs and _continues(analyses[node.article].article.text, nodes[runs[-1][-1]], node):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _continues(text: str, before: _Node, node: _Node) -> bool:
    """Whether a piece of a quote goes straight on from the one before: same quotation,
    nothing between them but spaces and quotation marks."""
    if before.article != node.article or before.quote.index != node.quote.index:
        return False
    return not text[before.quote.end : node.quote.start].strip(PIECE_EDGE)


def _quotes(nodes: list[_Node], run: list[int]) -> list[Quote]:
    return [nodes[i].quote for i in run]


def _group_speaker(nodes: list[_Node], cluster: list[int]) -> str | None:
    return group_speaker([s for i in cluster if (s := nodes[i].quote.speaker)])


def group_speaker(names: Sequence[str]) -> str | None:
    """The speaker a quote group shows: the key most versions name, and of its names the
    fullest; where versions give namesakes' full names ('Mara Kell' twice, 'Halden Kell'
    once), the fullest name of the one most versions name, not merely the longest."""
    if not names:
        return None
    key, _ = Counter(speaker_keys(n) for n in names).most_common(1)[0]
    same_key = [n for n in names if speaker_keys(n) == key]
    full = [n for n in same_key if given_names(n.split())]

    def agreeing(name: str) -> int:
        given = given_names(name.split())
        return sum(same_given_names(given, given_names(n.split())) for n in full)

    return max(full or same_key, key=lambda n: (agreeing(n), len(n)))
