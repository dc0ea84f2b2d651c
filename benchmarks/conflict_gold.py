"""Gold conflict labels for aligned cross-article statement pairs, its loader, checker and scorer.

The gold file (``benchmarks/gold/statement_conflicts_gold.json``) lists *sets* of articles about
one event (the Reuters/TASS seed pair, BASIL Fox/NYT/HuffPost triplets, NewsWCL50 events and
AllSides left/center/right stories) and *pairs* of
aligned statements: two spans, in two different articles of one set, that report the same fact.
Each pair is labelled ``consistent`` or ``conflicting``; a conflicting pair lists one or more
conflict types (``number``, ``date``, ``agent``, ``polarity``, ``causality``, ``attribution``).

The file holds no article text: only paths, character offsets, labels, types and short notes.
Offsets are character offsets into the text storydiff sees:

* BASIL: ``basil_article_text(article_json)`` from ``basil_gold.py`` (sentences joined by a
  space, paragraphs by a blank line);
* seeds: the file's text read as UTF-8;
* NewsWCL50 (``kind`` ``newswcl50``, article path = CoNLL document id such as ``"3/-/3_LL"``):
  ``article_text`` from ``newswcl50_gold.py`` (the text rebuilt from the corpus tokens);
* AllSides (``kind`` ``allsides``, article path = ``"<story id>/<left|center|right>"`` in
  NeuS ``raw_crawled/headline_11_2021-10-19_crawled_all.jsonl``): :func:`allsides_text`, the
  outlet's title and its first paragraphs, each stripped, joined by blank lines;
* Gun Violence Corpus (``kind`` ``gvc``, article path = the record ``id`` in
  ``clustering/gvc_dev.jsonl``): the record's ``text`` field as it is (no title); its
  publication day is the record's ``published`` field;
* ECB+ (``kind`` ``ecbplus``, article path = the record ``id`` in ``clustering/ecbplus_dev.jsonl``,
  such as ``"ecbplus/2/2ecbplus/5"``): :func:`ecbplus_text`, the record's ``title`` (the
  article's first line, often its whole first sentence) and its ``text``, joined by a blank line;
  ECB+ withholds publication days, so none is passed;
* NeuS probe (``kind`` ``neus``, article path = ``"<line>/<slot>"``, the line number from 0 of
  ``neus_allsides/naacl2022_lrc_roundup_random_order_probe/test.source`` and the slot 0, 1 or 2
  of the outlet excerpt in the line's ``[SEP]`` order): :func:`neus_text`, the text between
  ``TITLE=>`` and ``ARTICLE=>`` and the text after ``ARTICLE=>``, each stripped, joined by a
  blank line. The probe names no outlet and no date, so no publication day is passed.

Every pair carries a ``split`` (``dev`` or ``test``) so detectors can be tuned on dev and
reported on test.

Scoring (:func:`score`) takes a mapping pair id -> set of predicted conflict types (an empty set
means "consistent"; a pair missing from the mapping counts as predicted consistent) and reports
precision / recall / F1 of the "conflicting" decision, plus per-type precision / recall (a
predicted type is correct when the gold pair has that type).

Standard library only.  Run ``python benchmarks/conflict_gold.py`` to check the gold against
local copies of BASIL and the seeds and print counts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from basil_gold import basil_article_text, prf
from eval_records import (
    NEWSWCL_URLS,
    allsides_news,
    allsides_text,
    ecbplus_records,
    ecbplus_text,
    gvc_records,
    neus_article,
    newswcl_docs,
    url_date,
)
from newswcl50_gold import article_text

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = Path(__file__).resolve().parent / "gold" / "statement_conflicts_gold.json"
DEFAULT_BASIL = REPO_ROOT.parent / "shared" / "eval" / "basil"
DEFAULT_SEEDS = REPO_ROOT.parent / "shared" / "seeds"
DEFAULT_EVAL = REPO_ROOT.parent / "shared" / "eval"

LABELS: tuple[str, ...] = ("consistent", "conflicting")
CONFLICT_TYPES: tuple[str, ...] = (
    "number",
    "date",
    "agent",
    "polarity",
    "causality",
    "attribution",
)
SPLITS: tuple[str, ...] = ("dev", "test")
BATCHES: tuple[str, ...] = (
    "",
    "issue11",
    "round3",
    "round4",
    "gvc",
    "allsides2",
    "ecb",
    "neus",
)
"""Annotation batches: "" = the original gold, "issue11" = 77 pairs added for issue 11,
"round3" = 45 dev pairs with dates or negations on both sides, added to study false date and
polarity conflicts (all consistent), "round4" = pairs from NewsWCL50 and AllSides stories (no
BASIL triplet was left unused), split once by set, "gvc" = pairs from Gun Violence Corpus
incidents (counts of victims, ages, times, dates), split once by incident, "allsides2" = pairs
from AllSides stories of lines 0-99 of the NeuS file not used before, weighted toward numbers
and dates, split once by story, "ecb" = pairs from 13 ECB+ stories labelled before any detector
run on them, split once by story, "neus" = pairs from stories of the NeuS probe test file (outlet
excerpts without outlet names or dates) labelled before any detector run on them, split once by
story."""
ARTICLE_KEYS: dict[str, tuple[str, ...]] = {
    "basil": ("fox", "nyt", "hpo"),
    "seed": ("reuters", "tass"),
    "newswcl50": ("LL", "L", "M", "R", "RR"),
    "allsides": ("left", "center", "right"),
    "gvc": ("a", "b", "c"),
    "ecbplus": ("a", "b", "c"),
    "neus": ("0", "1", "2"),
}
"""Allowed article keys per set kind."""


@dataclass(frozen=True)
class Span:
    """A statement span: ``text[start:end]`` of article ``article`` of the pair's set."""

    article: str
    start: int
    end: int


@dataclass(frozen=True)
class ArticleSet:
    """Articles about one event: ``articles`` maps key -> path (BASIL: relative to
    ``articles/``; seeds: file name in the seeds folder)."""

    id: str
    kind: str
    articles: tuple[tuple[str, str], ...]
    year: str = ""
    split: str = ""
    batch: str = ""  # "" = the original gold; "issue11", "round3" = later batches
    note: str = ""  # why a set changed split, where it did

    @property
    def article_map(self) -> dict[str, str]:
        return dict(self.articles)


@dataclass(frozen=True)
class ConflictPair:
    """One aligned statement pair with its gold label and conflict types."""

    id: str
    set: str
    a: Span
    b: Span
    label: str
    types: tuple[str, ...]
    note: str = ""
    split: str = ""

    @property
    def conflicting(self) -> bool:
        return self.label == "conflicting"


@dataclass(frozen=True)
class ConflictGold:
    """The whole gold file."""

    description: str
    annotator: str
    sets: tuple[ArticleSet, ...]
    pairs: tuple[ConflictPair, ...]

    def set_by_id(self) -> dict[str, ArticleSet]:
        return {s.id: s for s in self.sets}

    def split(self, name: str) -> tuple[ConflictPair, ...]:
        """Pairs of one split (``dev`` or ``test``)."""
        return tuple(p for p in self.pairs if p.split == name)

    def batch(self, name: str) -> tuple[ConflictPair, ...]:
        """Pairs whose set belongs to one batch (``""`` = original, ``"issue11"``, ``"round3"``)."""
        sets = self.set_by_id()
        return tuple(p for p in self.pairs if p.set in sets and sets[p.set].batch == name)


def _span(raw: Mapping[str, Any]) -> Span:
    return Span(str(raw["article"]), int(raw["start"]), int(raw["end"]))


def load_conflict_gold(path: str | Path = DEFAULT_GOLD) -> ConflictGold:
    """Load the gold file into a :class:`ConflictGold`."""
    with open(path, encoding="utf-8") as fh:
        raw = json.load(fh)
    sets = tuple(
        ArticleSet(
            id=str(s["id"]),
            kind=str(s["kind"]),
            articles=tuple((str(k), str(v)) for k, v in s["articles"].items()),
            year=str(s.get("year", "")),
            split=str(s.get("split", "")),
            batch=str(s.get("batch", "")),
            note=str(s.get("note", "")),
        )
        for s in raw["sets"]
    )
    pairs = tuple(
        ConflictPair(
            id=str(p["id"]),
            set=str(p["set"]),
            a=_span(p["a"]),
            b=_span(p["b"]),
            label=str(p["label"]),
            types=tuple(str(t) for t in p.get("types", [])),
            note=str(p.get("note", "")),
            split=str(p.get("split", "")),
        )
        for p in raw["pairs"]
    )
    return ConflictGold(
        description=str(raw.get("description", "")),
        annotator=str(raw.get("annotator", "")),
        sets=sets,
        pairs=pairs,
    )


def load_texts(
    article_set: ArticleSet,
    basil_root: str | Path = DEFAULT_BASIL,
    seeds_dir: str | Path = DEFAULT_SEEDS,
    eval_root: str | Path = DEFAULT_EVAL,
) -> dict[str, str]:
    """Article key -> text (the text offsets refer to) for one set."""
    out: dict[str, str] = {}
    for key, rel in article_set.articles:
        if article_set.kind == "basil":
            with open(Path(basil_root) / "articles" / rel, encoding="utf-8") as fh:
                out[key] = basil_article_text(json.load(fh))[0]
        elif article_set.kind == "seed":
            out[key] = (Path(seeds_dir) / rel).read_text(encoding="utf-8")
        elif article_set.kind == "newswcl50":
            out[key] = article_text(newswcl_docs(Path(eval_root))[rel])[0]
        elif article_set.kind == "allsides":
            out[key] = allsides_text(allsides_news(Path(eval_root), rel))
        elif article_set.kind == "gvc":
            out[key] = str(gvc_records(Path(eval_root))[rel]["text"])
        elif article_set.kind == "ecbplus":
            out[key] = ecbplus_text(ecbplus_records(Path(eval_root))[rel])
        elif article_set.kind == "neus":
            out[key] = neus_article(Path(eval_root), rel)
        else:
            raise ValueError(f"unknown set kind {article_set.kind!r}")
    return out


def published_dates(
    article_set: ArticleSet,
    basil_root: str | Path = DEFAULT_BASIL,
    seeds_dir: str | Path = DEFAULT_SEEDS,
    eval_root: str | Path = DEFAULT_EVAL,
) -> dict[str, str | None]:
    """Article key -> publication day (ISO) where the data gives one; NewsWCL50 and AllSides
    articles only have the day written in their URL (None where the URL has none); GVC records
    carry theirs; ECB+ records and NeuS probe excerpts have none."""
    result: dict[str, str | None] = {}
    for key, rel in article_set.articles:
        if article_set.kind == "seed":
            meta = json.loads((Path(seeds_dir) / "meta.json").read_text(encoding="utf-8"))
            result[key] = {a["file"]: a.get("published") for a in meta["articles"]}.get(rel)
        elif article_set.kind == "basil":
            with open(Path(basil_root) / "articles" / rel, encoding="utf-8") as fh:
                result[key] = json.load(fh).get("date")
        elif article_set.kind == "newswcl50":
            event, outlet = rel.split("/")[-1].split("_")
            urls = (Path(eval_root) / NEWSWCL_URLS).read_text(encoding="utf-8").splitlines()
            rows = [line.split("\t") for line in urls[1:] if line.strip()]
            found = [row[2] for row in rows if row[0] == event and row[1] == outlet]
            result[key] = url_date(found[0]) if found else None
        elif article_set.kind == "gvc":
            result[key] = gvc_records(Path(eval_root))[rel].get("published")
        elif article_set.kind in ("ecbplus", "neus"):
            result[key] = None  # ECB+ withholds publication days; the NeuS probe has none
        else:
            result[key] = url_date(str(allsides_news(Path(eval_root), rel).get("newsLink", "")))
    return result


def validate_structure(gold: ConflictGold) -> list[str]:
    """Problems that can be found without the article texts (empty list = OK)."""
    errs: list[str] = []
    sets = gold.set_by_id()
    if len(sets) != len(gold.sets):
        errs.append("duplicate set ids")
    for s in gold.sets:
        if s.kind not in ARTICLE_KEYS:
            errs.append(f"set {s.id}: unknown kind {s.kind!r}")
        elif not set(s.article_map) <= set(ARTICLE_KEYS[s.kind]):
            errs.append(f"set {s.id}: article keys must be among {ARTICLE_KEYS[s.kind]}")
        if s.split not in SPLITS:
            errs.append(f"set {s.id}: split must be one of {SPLITS}")
        if s.batch not in BATCHES:
            errs.append(f"set {s.id}: batch must be one of {BATCHES}")
    ids: Counter[str] = Counter(p.id for p in gold.pairs)
    for pid, n in ids.items():
        if n > 1:
            errs.append(f"pair id {pid} used {n} times")
    seen: set[tuple[str, frozenset[Span]]] = set()
    for p in gold.pairs:
        tag = f"pair {p.id}"
        aset = sets.get(p.set)
        if aset is None:
            errs.append(f"{tag}: unknown set {p.set!r}")
            continue
        if p.split != aset.split:
            errs.append(f"{tag}: split {p.split!r} differs from its set's {aset.split!r}")
        for side in (p.a, p.b):
            if side.article not in aset.article_map:
                errs.append(f"{tag}: unknown article {side.article!r}")
            if not 0 <= side.start < side.end:
                errs.append(f"{tag}: empty or negative span {side}")
        if p.a.article == p.b.article:
            errs.append(f"{tag}: both sides in the same article")
        key = (p.set, frozenset((p.a, p.b)))
        if key in seen:
            errs.append(f"{tag}: duplicate of another pair")
        seen.add(key)
        if p.label not in LABELS:
            errs.append(f"{tag}: bad label {p.label!r}")
        bad = [t for t in p.types if t not in CONFLICT_TYPES]
        if bad:
            errs.append(f"{tag}: unknown types {bad}")
        if len(set(p.types)) != len(p.types):
            errs.append(f"{tag}: repeated types")
        if p.label == "conflicting" and not p.types:
            errs.append(f"{tag}: conflicting pair without a type")
        if p.label == "consistent" and p.types:
            errs.append(f"{tag}: consistent pair with types {list(p.types)}")
    return errs


def validate(
    gold: ConflictGold,
    basil_root: str | Path | None = None,
    seeds_dir: str | Path | None = None,
) -> list[str]:
    """All problems found (empty list = OK).

    Without data folders only the structure is checked; with ``basil_root`` / ``seeds_dir``
    the texts are loaded and every span is checked to lie within its text, to be non-empty and
    to carry no surrounding whitespace.
    """
    errs = validate_structure(gold)
    sets = gold.set_by_id()
    by_set: dict[str, list[ConflictPair]] = {}
    for p in gold.pairs:
        by_set.setdefault(p.set, []).append(p)
    for sid, pairs in by_set.items():
        s = sets.get(sid)
        if s is None:
            continue
        # NewsWCL50 and AllSides sit beside BASIL in the shared eval folder
        eval_root = Path(basil_root).parent if basil_root is not None else None
        root = {"basil": basil_root, "seed": seeds_dir}.get(s.kind, eval_root)
        if root is None:
            continue
        try:
            texts = load_texts(
                s,
                basil_root or DEFAULT_BASIL,
                seeds_dir or DEFAULT_SEEDS,
                eval_root or DEFAULT_EVAL,
            )
        except OSError as exc:
            errs.append(f"set {sid}: cannot read articles ({exc})")
            continue
        if s.kind == "basil":
            for key, rel in s.articles:
                with open(Path(root) / "articles" / rel, encoding="utf-8") as fh:
                    src = str(json.load(fh).get("source", "")).lower()
                if src != key:
                    errs.append(f"set {sid}: {rel} has source {src!r}, expected {key!r}")
        for p in pairs:
            for side in (p.a, p.b):
                text = texts.get(side.article)
                if text is None:
                    continue
                if not 0 <= side.start < side.end <= len(text):
                    errs.append(f"pair {p.id}: span {side} out of range (len {len(text)})")
                    continue
                frag = text[side.start : side.end]
                if not frag.strip():
                    errs.append(f"pair {p.id}: span {side} is blank")
                elif frag != frag.strip():
                    errs.append(f"pair {p.id}: span {side} has surrounding whitespace")
    return errs


def score(
    gold_pairs: Iterable[ConflictPair],
    predicted: Mapping[str, Iterable[str]],
) -> dict[str, Any]:
    """Score predicted conflict types against gold pairs.

    ``predicted`` maps pair id -> predicted conflict types; an empty collection (or a missing
    id) means "consistent".  Returns ``{"conflicting": prf, "per_type": {type: prf},
    "n_pairs": int, "unknown_ids": [ids in predicted that are not gold pairs]}`` where ``prf``
    holds precision / recall / F1 and counts.  "conflicting" is the binary decision (any type
    predicted); per type, a prediction of type T on a pair is correct when the gold pair has T,
    and recall is over gold pairs that have T.
    """
    pairs = list(gold_pairs)
    pred = {str(k): frozenset(str(t) for t in v) for k, v in predicted.items()}
    known = {p.id for p in pairs}
    tp = n_pred = n_gold = 0
    t_tp: Counter[str] = Counter()
    t_pred: Counter[str] = Counter()
    t_gold: Counter[str] = Counter()
    for p in pairs:
        ptypes = pred.get(p.id, frozenset())
        gtypes = frozenset(p.types)
        if ptypes:
            n_pred += 1
        if p.conflicting:
            n_gold += 1
            if ptypes:
                tp += 1
        for t in ptypes:
            t_pred[t] += 1
            if t in gtypes:
                t_tp[t] += 1
        for t in gtypes:
            t_gold[t] += 1
    all_types = list(CONFLICT_TYPES) + sorted(set(t_pred) - set(CONFLICT_TYPES))
    return {
        "conflicting": prf(tp, n_pred, n_gold),
        "per_type": {t: prf(t_tp[t], t_pred[t], t_gold[t]) for t in all_types},
        "n_pairs": len(pairs),
        "unknown_ids": sorted(set(pred) - known),
    }


def counts(pairs: Iterable[ConflictPair]) -> dict[str, Counter[str]]:
    """Counts per set, label, type and split."""
    out: dict[str, Counter[str]] = {
        "set": Counter(),
        "label": Counter(),
        "type": Counter(),
        "split": Counter(),
        "split_label": Counter(),
    }
    for p in pairs:
        out["set"][p.set] += 1
        out["label"][p.label] += 1
        out["split"][p.split] += 1
        out["split_label"][f"{p.split}/{p.label}"] += 1
        for t in p.types:
            out["type"][t] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Check the conflict gold and print its counts.")
    ap.add_argument("--basil", default=str(DEFAULT_BASIL), help="BASIL root (contains articles/)")
    ap.add_argument("--seeds", default=str(DEFAULT_SEEDS), help="folder with the seed articles")
    ap.add_argument("--gold", default=str(DEFAULT_GOLD), help="gold JSON file")
    args = ap.parse_args(argv)

    basil, seeds = Path(args.basil), Path(args.seeds)
    missing = []
    if not (basil / "articles").is_dir():
        missing.append(f"BASIL not found at {basil} (pass --basil PATH)")
    if not seeds.is_dir():
        missing.append(f"seeds not found at {seeds} (pass --seeds PATH)")
    gold = load_conflict_gold(args.gold)
    errs = validate(
        gold,
        basil if (basil / "articles").is_dir() else None,
        seeds if seeds.is_dir() else None,
    )

    c = counts(gold.pairs)
    sets = gold.set_by_id()
    print(f"{len(gold.sets)} sets, {len(gold.pairs)} pairs")
    fmt = "{:5}  {:4}  {:36}  {:>5}  {:>11}  {:>5}"
    print(fmt.format("kind", "year", "set", "pairs", "conflicting", "split"))
    for s in gold.sets:
        n_conf = sum(1 for p in gold.pairs if p.set == s.id and p.conflicting)
        print(fmt.format(s.kind, s.year or "-", s.id, c["set"][s.id], n_conf, s.split))
    print("per label: " + ", ".join(f"{k} {c['label'][k]}" for k in LABELS))
    print("per type:  " + ", ".join(f"{t} {c['type'][t]}" for t in CONFLICT_TYPES))
    print("per split: " + ", ".join(f"{k} {v}" for k, v in sorted(c["split_label"].items())))
    for name in BATCHES:
        bc = counts(gold.batch(name))
        print(
            f"batch {name or 'original'}: "
            + ", ".join(f"{k} {v}" for k, v in sorted(bc["split_label"].items()))
            + "; types "
            + ", ".join(f"{t} {bc['type'][t]}" for t in CONFLICT_TYPES)
        )
    n_multi = sum(1 for p in gold.pairs if len(p.types) > 1)
    print(f"pairs with more than one type: {n_multi}; sets used: {len(set(c['set']) & set(sets))}")
    for m in missing:
        print(m, file=sys.stderr)
    if errs:
        print(f"{len(errs)} problem(s):", file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        return 1
    if missing:
        return 2
    print("gold OK: files, sources, offsets, labels and types valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
