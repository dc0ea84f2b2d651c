"""Gold cross-article statement alignment on NewsWCL50 events: loading and text rebuilding.

The gold file (``benchmarks/gold/alignment_gold_on_newswcl50.json``) refers to NewsWCL50
articles by CoNLL document id (``"1/-/1_LL"``) and to sentences by index only; it holds no
article text (the text belongs to the outlets; local evaluation only).

NewsWCL50 ships its articles only as tokens (``cdcr_conll/NewsWCL50.conll``: doc, sentence
id, token id, token, coreference label).  A *sentence* here is a run of tokens inside one
CoNLL sentence between paragraph tokens (the corpus marks paragraph breaks with a token
written as the two characters backslash-n, sometimes in the middle of a CoNLL sentence, e.g.
headline + lead); empty runs are dropped and the rest are numbered 0, 1, ... in document
order.  The article text given to the tool is rebuilt by :func:`detokenize`; sentences are
joined with ``" "``, or with a blank line where a paragraph token separated them, so every
sentence has a character span in that text.

Scoring reuses :mod:`basil_gold` (cross-article links, unique sentences).  Standard library
only.  Run ``python benchmarks/newswcl50_gold.py`` to check the gold against a local copy.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from basil_gold import Sentence, links_from_groups

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = Path(__file__).resolve().parent / "gold" / "alignment_gold_on_newswcl50.json"
DEFAULT_NEWSWCL = REPO_ROOT.parent / "shared" / "eval" / "newswcl50"
CONLL = Path("cdcr_conll") / "NewsWCL50.conll"
PARAGRAPH_TOKEN = "\\n"  # the corpus writes paragraph breaks as a backslash-n token

# Tokens glued to the token before / after them when the text is rebuilt.
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "n't", "’", "”"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "“", "‘"}
CLITICS = {"'s", "'S", "'re", "'ve", "'ll", "'d", "'m", "’s", "’re", "’ve", "’ll", "’d", "’m"}


@dataclass(frozen=True)
class EventGold:
    """Gold alignment for one NewsWCL50 event (several outlets)."""

    event: str
    title: str
    articles: dict[str, str]  # source (outlet code, e.g. "LL") -> CoNLL doc id
    n_sentences: dict[str, int]
    groups: list[list[Sentence]] = field(default_factory=list)


def load_gold(path: str | Path = DEFAULT_GOLD) -> list[EventGold]:
    """Load the gold file into a list of :class:`EventGold`."""
    with open(path, encoding="utf-8") as fh:
        raw = json.load(fh)
    return [
        EventGold(
            event=str(e["event"]),
            title=str(e["title"]),
            articles={str(k): str(v) for k, v in e["articles"].items()},
            n_sentences={str(k): int(v) for k, v in e["n_sentences"].items()},
            groups=[[(str(s), int(i)) for s, i in g] for g in e["groups"]],
        )
        for e in raw["events"]
    ]


def read_conll(path: str | Path) -> dict[str, list[list[str]]]:
    """Tokens of every document, as a list of CoNLL sentences (token lists)."""
    docs: dict[str, dict[int, list[str]]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            docs.setdefault(cols[0], {}).setdefault(int(cols[1]), []).append(cols[3])
    return {doc: [sents[k] for k in sorted(sents)] for doc, sents in docs.items()}


def sentence_units(conll_sentences: Iterable[list[str]]) -> list[tuple[list[str], bool]]:
    """Split CoNLL sentences at ``"\\n"`` tokens: ``(tokens, starts_paragraph)`` per unit."""
    units: list[tuple[list[str], bool]] = []
    run: list[str] = []
    new_paragraph = False
    for tokens in conll_sentences:
        for raw in [*tokens, None]:  # None closes the CoNLL sentence
            token = None if raw is None else raw.strip()  # a few tokens carry stray spaces
            if token in (PARAGRAPH_TOKEN, None) and run:
                units.append((run, new_paragraph))
                run, new_paragraph = [], False
            if token == PARAGRAPH_TOKEN:
                new_paragraph = True
            elif token:
                run.append(token)
    return units


def detokenize(tokens: list[str], quote_open: bool = False) -> tuple[str, bool]:
    """Rebuild text from tokens by fixed spacing rules; returns ``(text, quote_open)``.

    Straight double quotes alternate opening / closing within a paragraph (``quote_open``
    carries the state from one sentence to the next); a hyphen token ``"-"`` is glued to both
    neighbours ("Kim Jong-un", "so-called").
    """
    out: list[str] = []
    glue_next = True
    for token in tokens:
        glue = glue_next or token in NO_SPACE_BEFORE or token in CLITICS or token == "-"
        glue_next = token in NO_SPACE_AFTER or token == "-"
        if token == '"':
            if quote_open:
                glue = True
            else:
                glue_next = True
            quote_open = not quote_open
        out.append(token if glue else " " + token)
    return "".join(out), quote_open


def article_text(conll_sentences: Iterable[list[str]]) -> tuple[str, list[tuple[int, int]]]:
    """Article text given to the tool and the character span of every gold sentence."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    quote_open = False
    for tokens, new_paragraph in sentence_units(conll_sentences):
        # a quote left open at a paragraph end is the news convention for a quote that goes on
        # in the next paragraph, which reopens it: reset the parity there
        sentence, quote_open = detokenize(tokens, quote_open and not new_paragraph)
        sentence = sentence.strip()
        sep = "" if not parts else ("\n\n" if new_paragraph else " ")
        parts.append(sep + sentence)
        pos += len(sep)
        spans.append((pos, pos + len(sentence)))
        pos += len(sentence)
    return "".join(parts), spans


def validate(event: EventGold, docs: dict[str, list[list[str]]] | None = None) -> list[str]:
    """Problems found in one event's gold (empty list = OK)."""
    errs: list[str] = []
    tag = f"event {event.event}"
    if set(event.articles) != set(event.n_sentences):
        errs.append(f"{tag}: articles and n_sentences name different sources")
    for k, g in enumerate(event.groups):
        if len({s for s, _ in g}) < 2:
            errs.append(f"{tag}: group {k} spans fewer than two articles")
        if len(set(g)) != len(g):
            errs.append(f"{tag}: group {k} has duplicate members")
        for s, i in g:
            if not 0 <= i < event.n_sentences.get(s, 0):
                errs.append(f"{tag}: group {k}: {s}{i} unknown source or index out of range")
    if docs is None:
        return errs
    for source, doc in event.articles.items():
        if doc not in docs:
            errs.append(f"{tag}: document {doc} not in the CoNLL file")
            continue
        n = len(article_text(docs[doc])[1])
        if n != event.n_sentences.get(source):
            errs.append(
                f"{tag}: {doc} has {n} sentences, gold says {event.n_sentences.get(source)}"
            )
    return errs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Check the NewsWCL50 alignment gold, print counts.")
    ap.add_argument("--newswcl", type=Path, default=DEFAULT_NEWSWCL, help="NewsWCL50 root")
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold JSON file")
    args = ap.parse_args(argv)
    conll = args.newswcl / CONLL
    if not conll.is_file():
        print(
            f"{conll}: NewsWCL50 not found; pass --newswcl PATH to a local copy "
            "(the folder that holds cdcr_conll/).",
            file=sys.stderr,
        )
        return 2
    docs = read_conll(conll)
    errs: list[str] = []
    totals = [0, 0, 0, 0]
    for event in load_gold(args.gold):
        errs += validate(event, docs)
        aligned = {m for g in event.groups for m in g}
        uniq = [
            (s, i) for s, c in event.n_sentences.items() for i in range(c) if (s, i) not in aligned
        ]
        n, links = sum(event.n_sentences.values()), links_from_groups(event.groups)
        counts = "/".join(f"{s} {event.n_sentences[s]}" for s in event.articles)
        print(
            f"event {event.event}: {counts}; {len(event.groups)} groups, {len(links)} links, "
            f"{len(uniq)}/{n} sentences unique  ({event.title})"
        )
        for k, value in enumerate((len(event.groups), len(links), len(uniq), n)):
            totals[k] += value
    print(f"total: {totals[0]} groups, {totals[1]} links, {totals[2]}/{totals[3]} unique")
    for e in errs:
        print("  " + e, file=sys.stderr)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
