"""Cross-document entity linking against NewsWCL50 (CDCR conversion, Zhukova et al. 2022).

    python benchmarks/entity_linking_eval.py [--newswcl ../shared/eval/newswcl50]
        [--split train|val|test] [--errors K] [--show K] [--require-head]

Data: `cdcr_conll/split_{train,val,test}/` of NewsWCL50 (annotations CC BY-SA 4.0; the article
text in the CoNLL files belongs to the outlets, so it is read from ../shared at run time and
never copied here). `train` (events 0, 3, 4, 5, 6, 8, 9) and `val` (event 7) may be looked at
while developing (`--errors`); `test` (events 1 and 2) is only scored. Train ships no
`entities_mentions.json`: its gold is read from the CoNLL chains (`read_conll_gold`).

Text. Each document is rebuilt from its CoNLL tokens: tokens joined by single spaces, one
sentence per line; a token that stands for a line break (the literal two characters
backslash-n, or whitespace) becomes a newline of its own without spaces around it. Every token
keeps its character span, so a gold mention's span is first token start .. last token end
(token numbers in `entities_mentions.json` are per sentence, as `sent_id` + `tokens_number`).

System. The documents of one event are parsed with `nlp.pipe`, `find_mentions` runs on each,
and `link_entities` links them across the event. A predicted mention's cluster is
`event + its entity` (link_entities links by equal key; a mention it drops from the naming
table, one mention of one outlet, keeps its own key, which makes it a singleton anyway).

Alignment. Each gold mention takes the predicted mention that overlaps it by at least one
character, preferring one that covers the gold head token (`mention_head_id`), then the
largest character overlap, then the closest length (with `--require-head`, only one covering
the head token counts, so 'Trump' no longer stands for gold 'Trump's tariffs'). A gold mention
no predicted mention overlaps is a miss. Three systems are scored over the same gold mentions:

- ours-strict: misses are singletons;
- ours+head: misses are clustered by head lemma within the event (this mixes the baseline in:
  it shows what our names add on top of it, not what they do alone);
- same-head baseline: every gold mention clustered by its lower-cased `mention_head_lemma`
  within the event.

Metrics, over gold mentions only (the response is restricted to them, so there are no
twinless mentions). B-cubed (Bagga & Baldwin 1998): for each mention m with gold cluster G(m)
and predicted cluster P(m), precision(m) = |G(m) ∩ P(m)| / |P(m)|, recall(m) = |G(m) ∩ P(m)| /
|G(m)|; P and R are the means over mentions (per event, and micro over all mentions of the
split), F1 = 2PR / (P + R). MUC (Vilain et al. 1995) and CEAF-e (Luo 2005, entity-level phi4)
are computed likewise; CoNLL-F1 is the mean of the MUC, B-cubed and CEAF-e F1. Coverage is the
share of gold mentions overlapped by a predicted mention, also per gold `mention_type`.

What this can and cannot show: NewsWCL50 chains are concept clusters built for bias by word
choice and labelling. They chain identity mentions ('Trump', 'President Trump') with
non-identity and framing-level ones: 'the president', 'the leader', loaded descriptions, and
for a country chain its institutions, officials and capital ('Congress', 'the FBI', a
minister's surname under the country). Linking by a name key cannot catch most of those: a
description is linked only when it is definite and resolved to a name in its own article.
The comparison with the same-head baseline (strong on this data, since most chains are
dominated by one head word) is therefore the point, not the absolute scores.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from coref_scores import PRF, Scores, b_cubed

REPO = Path(__file__).resolve().parents[1]
DEFAULT_NEWSWCL = REPO.parent / "shared" / "eval" / "newswcl50"
OUTLETS = ("LL", "L", "M", "R", "RR")
_BREAK_TOKENS = {"\\n", " \\n", "\\n "}


# ---------------------------------------------------------------------------------------------
# data


@dataclass
class Document:
    doc_id: str
    text: str
    spans: dict[tuple[int, int], tuple[int, int]]
    """(sentence, token) -> (start, end) character offsets into `text`."""
    tokens: dict[tuple[int, int], str]


@dataclass(frozen=True)
class GoldMention:
    mention_id: str
    event: str
    doc_id: str
    chain: str
    start: int
    end: int
    head_start: int
    head_end: int
    head_lemma: str
    mention_type: str


def read_conll(path: Path) -> dict[str, Document]:
    """Documents of a CoNLL file, text rebuilt from the tokens (see the module docstring)."""
    sentences: dict[str, dict[int, list[tuple[int, str]]]] = defaultdict(lambda: defaultdict(list))
    order: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < 4:
                raise ValueError(f"{path}: unexpected line {line[:40]!r}")
            doc_id = fields[0].rsplit("/", 1)[-1]
            if doc_id not in sentences:
                order.append(doc_id)
            sentences[doc_id][int(fields[1])].append((int(fields[2]), fields[3]))
    documents = {}
    for doc_id in order:
        parts: list[str] = []
        length = 0
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        tokens: dict[tuple[int, int], str] = {}
        for sent_id in sorted(sentences[doc_id]):
            if parts:
                parts.append("\n")
                length += 1
            previous_break = True
            for token_id, token in sorted(sentences[doc_id][sent_id]):
                is_break = token in _BREAK_TOKENS or not token.strip()
                if not previous_break and not is_break:
                    parts.append(" ")
                    length += 1
                shown = "\n" if is_break else token
                spans[(sent_id, token_id)] = (length, length + len(shown))
                tokens[(sent_id, token_id)] = token
                parts.append(shown)
                length += len(shown)
                previous_break = is_break
        documents[doc_id] = Document(doc_id, "".join(parts), spans, tokens)
    return documents


ENTITY_CHAIN_TYPES = ("COUNTRY", "ACTOR", "GROUP", "OBJECT")
"""The chain types `entities_mentions.json` holds (val and test); the rest are events."""


def read_conll_gold(path: Path, documents: Mapping[str, Document]) -> list[GoldMention]:
    """Gold entity mentions of a split that ships no `entities_mentions.json` (train): the
    bracketed chains of the CoNLL reference column whose type (the chain name's last part) is
    an entity type. The head is the syntactic root of the mention in spaCy's parse of the
    rebuilt text (the JSON's heads come from a parse too), so the same-head baseline here is
    close to, not identical with, the one val and test are scored with."""
    from storydiff.nlp import load_spacy

    opened: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    Token = tuple[int, int]  # (sentence, token)
    spans: list[tuple[str, str, Token, Token]] = []  # doc, chain, first and last token
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 5 or line.startswith("#"):
                continue
            doc_id, sent, token = fields[0].rsplit("/", 1)[-1], int(fields[1]), int(fields[2])
            for part in fields[4].split("|"):
                part = part.strip()
                chain = part.strip("()")
                if not chain or chain == "-" or chain.rsplit("_", 1)[-1] not in ENTITY_CHAIN_TYPES:
                    continue
                if part.startswith("("):
                    opened[(doc_id, chain)].append((sent, token))
                if part.endswith(")") and opened[(doc_id, chain)]:
                    spans.append((doc_id, chain, opened[(doc_id, chain)].pop(), (sent, token)))
    nlp = load_spacy()
    parsed = {d: nlp(documents[d].text) for d in sorted({s[0] for s in spans})}
    mentions = []
    for number, (doc_id, chain, first_token, last_token) in enumerate(spans):
        doc = documents[doc_id]
        start, end = doc.spans[first_token][0], doc.spans[last_token][1]
        span = parsed[doc_id].char_span(start, end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        mentions.append(
            GoldMention(
                mention_id=f"{doc_id}_{number}",
                event=doc_id.split("_")[0],
                doc_id=doc_id,
                chain=chain,
                start=start,
                end=end,
                head_start=root.idx if root is not None else start,
                head_end=root.idx + len(root.text) if root is not None else end,
                head_lemma=(root.lemma_ if root is not None else doc.text[start:end]).lower(),
                mention_type=chain.rsplit("_", 1)[-1],
            )
        )
    return mentions


def read_gold(path: Path, documents: Mapping[str, Document]) -> list[GoldMention]:
    """Gold entity mentions with character spans; checks their tokens against the CoNLL."""
    mentions = []
    for entry in json.loads(path.read_text(encoding="utf-8")):
        doc = documents[entry["doc_id"]]
        sent = int(entry["sent_id"])
        numbers = sorted(int(n) for n in entry["tokens_number"])
        found = [doc.tokens.get((sent, n)) for n in numbers]
        if found != list(entry["tokens_text"]):
            raise ValueError(f"{entry['mention_id']}: tokens do not match the CoNLL text")
        head = doc.spans[(sent, int(entry["mention_head_id"]))]
        mentions.append(
            GoldMention(
                mention_id=entry["mention_id"],
                event=str(entry["topic_id"]),
                doc_id=entry["doc_id"],
                chain=entry["coref_chain"],
                start=doc.spans[(sent, numbers[0])][0],
                end=doc.spans[(sent, numbers[-1])][1],
                head_start=head[0],
                head_end=head[1],
                head_lemma=str(entry["mention_head_lemma"]).lower(),
                mention_type=entry["mention_type"],
            )
        )
    return mentions


# ---------------------------------------------------------------------------------------------
# system and alignment


@dataclass(frozen=True)
class Predicted:
    start: int
    end: int
    cluster: str
    key: str
    kind: str


def predict(documents: Sequence[Document], event: str) -> dict[str, list[Predicted]]:
    """Our mentions of each document of one event, with their cross-document cluster."""
    from storydiff.crossdoc.entities import link_entities
    from storydiff.extract.mentions import find_mentions
    from storydiff.nlp import load_spacy

    nlp = load_spacy()
    found = [
        (doc.doc_id, find_mentions(parsed, doc.doc_id))
        for doc, parsed in zip(documents, nlp.pipe([d.text for d in documents]), strict=True)
    ]
    entity_of: dict[tuple[str, int, int, str], str] = {}
    for entity in link_entities(found):
        for in_article in entity.articles:
            for m in in_article.mentions:
                entity_of[(m.article, m.start, m.end, m.key)] = entity.id
    by_doc: dict[str, list[Predicted]] = {}
    for doc_id, mentions in found:
        by_doc[doc_id] = []
        for m in mentions:
            linked = entity_of.get((m.article, m.start, m.end, m.key), f"key:{m.key}")
            by_doc[doc_id].append(Predicted(m.start, m.end, f"{event}/{linked}", m.key, m.kind))
    return by_doc


def covers_head(p: Predicted, gold: GoldMention) -> bool:
    return p.start <= gold.head_start and gold.head_end <= p.end


def align(
    gold: GoldMention, candidates: Iterable[Predicted], require_head: bool = False
) -> Predicted | None:
    """The predicted mention standing for a gold one (see the module docstring), or None;
    with `require_head`, only one that covers the gold head token counts."""
    best: tuple[tuple[bool, int, int], Predicted] | None = None
    for p in candidates:
        overlap = min(p.end, gold.end) - max(p.start, gold.start)
        if overlap < 1 or (require_head and not covers_head(p, gold)):
            continue
        head = covers_head(p, gold)
        rank = (head, overlap, -abs((p.end - p.start) - (gold.end - gold.start)))
        if best is None or rank > best[0]:
            best = (rank, p)
    return None if best is None else best[1]


# ---------------------------------------------------------------------------------------------
# report

SYSTEMS = ("ours-strict", "ours+head", "same-head")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--newswcl", type=Path, default=DEFAULT_NEWSWCL)
    parser.add_argument(
        "--split",
        choices=("train", "val", "test"),
        default="test",
        help="train and val to develop on; test only to score",
    )
    parser.add_argument("--errors", type=int, default=0, metavar="K", help="train or val only")
    parser.add_argument(
        "--show",
        type=int,
        default=0,
        metavar="K",
        help="train or val only: per chain, the mentions ours+head puts outside the chain's "
        "main cluster, and per cluster, the mentions of other chains it merges (K per list)",
    )
    parser.add_argument(
        "--gold-from-conll",
        action="store_true",
        help="read val's or test's gold from the CoNLL chains as for train (to check that reader)",
    )
    parser.add_argument(
        "--require-head",
        action="store_true",
        help="align a gold mention only to a predicted mention covering its head token",
    )
    args = parser.parse_args()
    if (args.errors or args.show) and args.split == "test":
        sys.exit("--errors and --show are for the train and val splits only")
    folder = args.newswcl / "cdcr_conll" / f"split_{args.split}"
    conll, gold_path = folder / "dataset.conll", folder / "entities_mentions.json"
    from_conll = args.split == "train" or args.gold_from_conll
    for path in (conll,) if from_conll else (conll, gold_path):
        if not path.exists():
            sys.exit(f"{path}: not found. Check out ../shared beside the repository "
                     "or pass --newswcl")  # fmt: skip
    started = time.perf_counter()
    documents = read_conll(conll)
    gold = read_conll_gold(conll, documents) if from_conll else read_gold(gold_path, documents)
    events = sorted({g.event for g in gold}, key=int)

    gold_of: dict[str, dict[str, str]] = {}
    scored: dict[str, str] = {}  # gold mention -> its ours+head cluster
    aligned: dict[str, Predicted | None] = {}
    scores = {s: Scores() for s in SYSTEMS}
    per_event: dict[str, dict[str, PRF]] = {}
    for event in events:
        docs = sorted(
            (d for d in documents.values() if d.doc_id.split("_")[0] == event),
            key=lambda d: OUTLETS.index(d.doc_id.split("_")[1]),
        )
        predicted = predict(docs, event)
        mentions = [g for g in gold if g.event == event]
        gold_of[event] = {g.mention_id: g.chain for g in mentions}
        system: dict[str, dict[str, str]] = {s: {} for s in SYSTEMS}
        for g in mentions:
            hit = align(g, predicted[g.doc_id], args.require_head)
            aligned[g.mention_id] = hit
            head = f"{event}/head:{g.head_lemma}"
            system["ours-strict"][g.mention_id] = hit.cluster if hit else f"miss:{g.mention_id}"
            system["ours+head"][g.mention_id] = hit.cluster if hit else head
            system["same-head"][g.mention_id] = head
        scored.update(system["ours+head"])
        per_event[event] = {}
        for s in SYSTEMS:
            scores[s].add(gold_of[event], system[s])
            per_event[event][s] = b_cubed(gold_of[event], system[s])
    elapsed = time.perf_counter() - started

    n_chains = len({g.chain for g in gold})
    print(f"NewsWCL50 {args.split}: events {', '.join(events)}; {len(documents)} documents, "
          f"{len(gold)} gold mentions in {n_chains} chains; {elapsed:.1f} s")  # fmt: skip
    print(f"{'system':12} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} {'MUC F1':>7} {'CEAFe':>6} "
          f"{'CoNLL':>6}  " + "  ".join(f"ev{e} B3 F1" for e in events))  # fmt: skip
    for s in SYSTEMS:
        b3 = scores[s].b_cubed()
        row = f"{s:12} {b3.precision:6.3f} {b3.recall:6.3f} {b3.f1:6.3f} "
        row += f"{scores[s].muc_f().f1:7.3f} {scores[s].ceaf_f().f1:6.3f} "
        row += f"{scores[s].conll_f1():6.3f}  "
        row += "  ".join(f"{per_event[e][s].f1:>10.3f}" for e in events)
        print(row)
    covered = Counter(g.mention_type for g in gold if aligned[g.mention_id] is not None)
    total = Counter(g.mention_type for g in gold)
    share = sum(covered.values()) / len(gold) if gold else 0.0
    by_type = ", ".join(
        f"{t} {covered[t]}/{n} ({covered[t] / n:.0%})" for t, n in total.most_common()
    )
    with_head = sum(1 for g in gold if (h := aligned[g.mention_id]) and covers_head(h, g))
    print(f"coverage: {sum(covered.values())}/{len(gold)} ({share:.1%}) gold mentions aligned "
          f"to a predicted mention, {with_head} of them covering the gold head token; "
          f"by gold type: {by_type}")  # fmt: skip
    if args.errors:
        print_errors(gold, aligned, args.errors)
    if args.show:
        show_errors(gold, aligned, scored, documents, args.show)


def print_errors(
    gold: Sequence[GoldMention], aligned: Mapping[str, Predicted | None], k: int
) -> None:
    """The gold chains ours-strict splits or merges most: head lemmas and predicted keys
    (patterns, not text), for development on val."""
    chains: dict[str, list[GoldMention]] = defaultdict(list)
    chains_of_cluster: dict[str, Counter[str]] = defaultdict(Counter)
    for g in gold:
        chains[g.chain].append(g)
        hit = aligned[g.mention_id]
        if hit is not None:
            chains_of_cluster[hit.cluster][g.chain] += 1
    rows = []
    for chain, members in chains.items():
        hits = [aligned[g.mention_id] for g in members]
        clusters = Counter(h.cluster for h in hits if h is not None)
        misses = sum(h is None for h in hits)
        parts = len(clusters) + misses
        merged: Counter[str] = Counter()
        for c in clusters:
            merged.update({o: n for o, n in chains_of_cluster[c].items() if o != chain})
        rows.append((parts - 1 + sum(merged.values()), chain, members, hits, misses, merged))
    rows.sort(key=lambda r: (-r[0], r[1]))
    for _, chain, members, hits, misses, merged in rows[:k]:
        keys = Counter(f"{h.key}({h.kind[0]})" for h in hits if h is not None)
        missed_heads = Counter(
            g.head_lemma for g, h in zip(members, hits, strict=True) if h is None
        )
        print(f"\n{chain}: {len(members)} mentions, {len(set(keys))} predicted keys, "
              f"{misses} missed")  # fmt: skip
        print(f"  keys: {', '.join(f'{k} x{n}' for k, n in keys.most_common(10))}")
        print(f"  missed heads: {', '.join(f'{h} x{n}' for h, n in missed_heads.most_common(10))}")
        if merged:
            print(f"  merged with: {', '.join(f'{c} x{n}' for c, n in merged.most_common(5))}")


def show_errors(
    gold: Sequence[GoldMention],
    aligned: Mapping[str, Predicted | None],
    scored: Mapping[str, str],
    documents: Mapping[str, Document],
    k: int,
) -> None:
    """Missed links and wrong merges of ours+head, with the mentions' text (for reading on
    the terminal while developing on train or val; never stored). A chain's main cluster is
    the one holding most of its mentions; every other mention of it is a missed link. A
    cluster's main chain is the one most of its mentions belong to; every other mention in
    it is a wrong merge. Each mention shows as `text [predicted key or MISS/head]`."""

    def shown(g: GoldMention) -> str:
        text = " ".join(documents[g.doc_id].text[g.start : g.end].split())
        hit = aligned[g.mention_id]
        return f"{text} [{hit.key + '/' + hit.kind[0] if hit else 'MISS'}]"

    by_chain: dict[str, list[GoldMention]] = defaultdict(list)
    by_cluster: dict[str, list[GoldMention]] = defaultdict(list)
    for g in gold:
        by_chain[g.chain].append(g)
        by_cluster[scored[g.mention_id]].append(g)
    missed_rows, merged_rows = [], []
    for chain, members in by_chain.items():
        main = Counter(scored[g.mention_id] for g in members).most_common(1)[0][0]
        outside = [g for g in members if scored[g.mention_id] != main]
        missed_rows.append((len(outside), chain, main, outside))
    for cluster, members in by_cluster.items():
        main = Counter(g.chain for g in members).most_common(1)[0][0]
        others = [g for g in members if g.chain != main]
        merged_rows.append((len(others), cluster, main, others))
    total_missed = sum(r[0] for r in missed_rows)
    total_merged = sum(r[0] for r in merged_rows)
    print(f"\nmissed links: {total_missed} mentions outside their chain's main cluster")
    for n, chain, main, outside in sorted(missed_rows, key=lambda r: -r[0])[:k]:
        if n:
            print(f"\n{chain} ({len(by_chain[chain])}, main {main}): {n} outside")
            for g in outside[:60]:
                print(f"    {scored[g.mention_id]:40.40} {shown(g)}")
    print(f"\nwrong merges: {total_merged} mentions in a cluster whose main chain is another")
    for n, cluster, main, others in sorted(merged_rows, key=lambda r: -r[0])[:k]:
        if n:
            print(f"\n{cluster} (main {main}, {len(by_cluster[cluster]) - n}): {n} of others")
            for g in others[:60]:
                print(f"    {g.chain:40.40} {shown(g)}")


if __name__ == "__main__":
    main()
