"""NewsWCL50 linking errors by class, each weighed by what it costs in CoNLL F1 (val or train).

    python benchmarks/entity_linking_classes.py [--split val|train] [--show K]

Runs the same system as `entity_linking_eval.py` (ours+head) and sorts its errors into classes
by the form of the gold mention (named, acronym, demonym, title without a name, plural group
noun, singular nominal, object) and by the error: a missed link (the mention lies outside its
chain's main cluster) or a wrong merge (it lies in a cluster whose main chain is another). A
class's cost is the CoNLL F1 (and B³ F1) gained if every mention of the class that is an error
were moved into its chain's main cluster (an oracle: it shows where the loss is, not what a
rule can get back). Mentions' text is printed with `--show` only (development splits only).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from entity_linking_eval import (
    DEFAULT_NEWSWCL,
    OUTLETS,
    Document,
    GoldMention,
    Scores,
    align,
    predict,
    read_conll,
    read_conll_gold,
    read_gold,
)
from storydiff.text import DEMONYMS
from storydiff.text_groups import GOVERNMENT_NOUNS, LEADER_TITLES
from storydiff.text_names import TITLE_WORDS

PLURAL_GROUP_HEADS = frozenset(
    {"country", "nation", "official", "economy", "ally", "partner", "leader", "protester",
     "demonstrator", "rioter", "migrant", "immigrant", "worker", "member", "lawmaker", "adviser",
     "company", "producer", "maker", "industry", "government", "state", "people", "citizen"}
)  # fmt: skip
"""Head lemmas read as a group when the mention is plural."""


def mention_form(text: str, head: str, chain_type: str) -> str:
    """The class of a gold mention's form (see the module docstring)."""
    words = text.replace("’s", " 's").split()
    lowered = [w.lower().strip(".,\"'“”") for w in words]
    if any(len(w) > 1 and w.replace(".", "").isupper() for w in words):
        return "acronym"
    if any(w in DEMONYMS for w in lowered) and not any(w[:1].isupper() for w in words[-1:]):
        return "demonym"
    if head in GOVERNMENT_NOUNS:
        return "government noun"
    if any(w[:1].isupper() for w in words if w.lower() not in {"the", "a"}):
        return "named"
    if head in TITLE_WORDS or head in LEADER_TITLES:
        return "title"
    if head in PLURAL_GROUP_HEADS:
        return "group noun"
    return "object nominal" if chain_type == "OBJECT" else "other nominal"


def main_clusters(
    gold: Sequence[GoldMention], scored: Mapping[str, str]
) -> tuple[dict[str, str], dict[str, str]]:
    """Each chain's main cluster and each cluster's main chain."""
    by_chain: dict[str, Counter[str]] = defaultdict(Counter)
    by_cluster: dict[str, Counter[str]] = defaultdict(Counter)
    for g in gold:
        by_chain[g.chain][scored[g.mention_id]] += 1
        by_cluster[scored[g.mention_id]][g.chain] += 1
    chain_main = {c: n.most_common(1)[0][0] for c, n in by_chain.items()}
    cluster_main = {c: n.most_common(1)[0][0] for c, n in by_cluster.items()}
    return chain_main, cluster_main


def score(gold: Sequence[GoldMention], assignment: Mapping[str, str]) -> tuple[float, float]:
    """B³ F1 and CoNLL F1 of an assignment, micro over events."""
    scores = Scores()
    for event in sorted({g.event for g in gold}):
        ids = {g.mention_id: g.chain for g in gold if g.event == event}
        scores.add(ids, {m: assignment[m] for m in ids})
    return scores.b_cubed().f1, scores.conll_f1()


def load(split: str, newswcl: Path) -> tuple[dict[str, Document], list[GoldMention]]:
    folder = newswcl / "cdcr_conll" / f"split_{split}"
    documents = read_conll(folder / "dataset.conll")
    if split == "train":
        return documents, read_conll_gold(folder / "dataset.conll", documents)
    return documents, read_gold(folder / "entities_mentions.json", documents)


def system_assignment(
    documents: Mapping[str, Document], gold: Sequence[GoldMention]
) -> tuple[dict[str, str], dict[str, str]]:
    """The ours+head cluster of every gold mention, and its predicted key (or MISS)."""
    scored: dict[str, str] = {}
    keys: dict[str, str] = {}
    for event in sorted({g.event for g in gold}, key=int):
        docs = sorted(
            (d for d in documents.values() if d.doc_id.split("_")[0] == event),
            key=lambda d: OUTLETS.index(d.doc_id.split("_")[1]),
        )
        predicted = predict(docs, event)
        for g in gold:
            if g.event == event:
                hit = align(g, predicted[g.doc_id])
                scored[g.mention_id] = hit.cluster if hit else f"{event}/head:{g.head_lemma}"
                keys[g.mention_id] = f"{hit.key}/{hit.kind[0]}" if hit else "MISS"
    return scored, keys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--newswcl", type=Path, default=DEFAULT_NEWSWCL)
    parser.add_argument("--split", choices=("train", "val"), default="val")
    parser.add_argument("--show", type=int, default=0, metavar="K", help="K mentions per class")
    args = parser.parse_args()
    documents, gold = load(args.split, args.newswcl)
    scored, keys = system_assignment(documents, gold)
    chain_main, cluster_main = main_clusters(gold, scored)
    base_b3, base_conll = score(gold, scored)
    print(f"NewsWCL50 {args.split}, ours+head: B3 F1 {base_b3:.4f}, CoNLL F1 {base_conll:.4f}")
    errors: dict[tuple[str, str], list[GoldMention]] = defaultdict(list)
    for g in gold:
        missed = scored[g.mention_id] != chain_main[g.chain]
        merged = cluster_main[scored[g.mention_id]] != g.chain
        if missed or merged:
            text = documents[g.doc_id].text[g.start : g.end]
            form = mention_form(text, g.head_lemma, g.mention_type)
            kind = "missed+merged" if missed and merged else "missed" if missed else "merged"
            errors[(form, kind)].append(g)
    rows = []
    for (form, kind), members in errors.items():
        fixed = dict(scored)
        fixed.update({g.mention_id: chain_main[g.chain] for g in members})
        b3, conll = score(gold, fixed)
        rows.append((conll - base_conll, b3 - base_b3, form, kind, members))
    print(f"{'class':16} {'error':14} {'n':>4} {'CoNLL +':>8} {'B3 +':>7}")
    for d_conll, d_b3, form, kind, members in sorted(rows, key=lambda r: -r[0]):
        print(f"{form:16} {kind:14} {len(members):4d} {d_conll:8.3f} {d_b3:7.3f}")
        for g in members[: args.show]:
            text = " ".join(documents[g.doc_id].text[g.start : g.end].split())
            print(f"      {g.doc_id:6} {g.chain:32.32} {text[:60]} [{keys[g.mention_id]}]")


if __name__ == "__main__":
    main()
