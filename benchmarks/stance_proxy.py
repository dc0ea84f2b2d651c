"""Proxy benchmark on FNC-1: do storydiff's conflict signals separate "disagree" bodies?

    python benchmarks/stance_proxy.py [--fnc1 ../shared/eval/fnc1] [--json PATH]

FNC-1 pairs a headline with an article body; we keep the *related* test pairs (stance agree,
disagree or discuss: 7,064 of 25,413) and ask a transparent rule set, built on storydiff's
certainty readers (`storydiff.compare.signals`: `doubts`, `accusations`, `causes`,
`sequences`) plus the general refutation, hedge and assertion cues listed below, to say
whether the body agrees with, disputes, or merely discusses the headline's claim. It is a
proxy for cross-report contradiction ("disagree" = this report disputes that claim); the
unrelated class and relatedness are not measured here. `amounts` is not used: it needs a
spaCy parse, and FNC-1 stances hardly ever turn on a figure.

No FNC-1 training labels are available (train_stances.csv is absent), so nothing is learnt
from train. The few thresholds of the rules are chosen on a fixed *development slice of the
test pairs* -- pairs whose Body ID is even -- by grid search for macro-F1, and the figures
to quote are those on the *held-out slice* (odd Body IDs; 3,615 pairs: agree 860 /
disagree 318 / discuss 2,437). Slicing by body keeps a body's text out of both slices.
Dev figures are printed for reference only; they are optimistic by construction.

Features (per pair; "near" sentences are body sentences that share at least `NEAR` of the
headline's key words, a crude stem overlap):
  refute    refutation cues in near sentences (strong doubts from `signals.doubts`, denial
            verbs, hoax words, "not true", "no evidence", rumours denied, ...), plus a
            negation within a few words of a headline key word in a near sentence, plus
            refutation cues anywhere in the body's first sentences (a lede that calls the
            story false) at half weight;
  hedge     hedges per body sentence (weak doubts from `signals.doubts`, `accusations`,
            "reportedly", "according to", "unconfirmed", "may", question marks, ...);
  assert    confirmation cues ("confirmed", "officially", "announced", "verified", ...).

Rules, in order (thresholds from dev):
  disagree  if refute >= T_REFUTE;
  discuss   if hedge - W_ASSERT * assert_per_sentence >= T_HEDGE, or the headline itself is
            hedged (question, "reportedly", "may", ...) and the body never confirms it;
  agree     otherwise.

Baselines in the same run: always "discuss" (the majority class) and a stratified random
guess (class frequencies of the dev slice, seed 0). Published supervised FNC-1 systems reach
about 0.58-0.61 macro-F1 over all four classes (Hanselowski et al., COLING 2018); the figure
here is over the three related classes and is an honest measure of the signals as a proxy,
not a competitor.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from storydiff.compare.signals import accusations, causes, doubts, sequences
from storydiff.model import Unit

REPO = Path(__file__).resolve().parents[1]
DEFAULT_FNC1 = REPO.parent / "shared" / "eval" / "fnc1"
CLASSES = ("agree", "disagree", "discuss")

# -- word lists (general English; no event's words) ---------------------------------------

# words a claim is refuted with
_REFUTE = re.compile(
    r"\b(den(?:y|ies|ied|ying|ial|ials)|refut(?:e|es|ed|ing)|rebut(?:s|ted|tal)?|"
    r"debunk(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|contradict(?:s|ed|ing)?|"
    r"fake[ds]?|hoax(?:es)?|false(?:ly|hood)?|untrue|fabricat(?:ed|ion)|fictional|made[- ]up|"
    r"misleading|mislead|misreport(?:ed)?|satir(?:e|ical)|parody|prank(?:s|ster)?|"
    r"scam|fraud(?:ulent)?|bogus|baseless|unfounded|nonsense|myth|"
    r"not true|no truth|isn't true|is not the case|no evidence|no proof|no sign of|"
    r"no basis|never happened|did not happen|didn't happen|not real|not actually|"
    r"retract(?:s|ed|ion)?|correction|turn(?:s|ed)? out to be|in fact|actually)\b",
    re.IGNORECASE,
)
# "rumours" said to be wrong (the word alone is a hedge, not a refutation)
_RUMOUR_DENIED = re.compile(
    r"\brumou?rs?\b[^.]{0,60}\b(false|untrue|not true|wrong|denied|unfounded|baseless|"
    r"dismissed|put to rest|quash(?:ed)?|squash(?:ed)?)\b|"
    r"\b(quash(?:ed|es)?|squash(?:ed|es)?|put to rest|shot down|dispel(?:led|s)?)\b",
    re.IGNORECASE,
)
_NEGATION = {"not", "no", "never", "nothing", "none", "neither", "nor", "without", "n't"}
# words by which a report keeps its distance from a claim
_HEDGE = re.compile(
    r"\b(reportedly|reported|reports?|report(?:ing)?|according to|claims?|claimed|"
    r"alleg(?:ed|edly|es|ing|ation|ations)|purport(?:ed|edly|s)?|supposed(?:ly)?|"
    r"apparent(?:ly)?|seemingly|appears?|seems?|suggests?|rumou?r(?:s|ed)?|"
    r"unconfirmed|unverified|could not (?:be )?(?:independently )?(?:confirm|verif)\w*|"
    r"not (?:yet )?(?:been )?(?:confirm|verif)\w*|may|might|could|possibly|perhaps|"
    r"likely|unclear|speculat\w+|believed|thought to|said to|is said|are said|"
    r"sources? (?:say|said|told)|if true|it is not known|remains to be seen)\b",
    re.IGNORECASE,
)
# words by which a report vouches for a claim
_ASSERT = re.compile(
    r"\b(confirm(?:s|ed|ing|ation)?|official(?:ly)?|announced|verified|proved|proven|"
    r"revealed|indeed|true|definitely|certainly|undeniabl[ey]|evidence shows|"
    r"it is real|genuine|authentic)\b",
    re.IGNORECASE,
)
_HEADLINE_HEDGE = re.compile(
    r"\?|\b(reportedly|report(?:s|ed)?|claims?|alleged(?:ly)?|may|might|could|rumou?rs?|"
    r"possibly|says?|said|apparently|believed|suspected)\b",
    re.IGNORECASE,
)
_STOP = set(
    "a an the and or but if of to in on at by for with from as into about over after before "
    "is are was were be been being has have had do does did will would can could may might "
    "this that these those it its he she they them his her their we you i our your "
    "who what which when where why how not no than then so too very just also more most "
    "says said say report reports reported new after over via could would should".split()
)
_WORD = re.compile(r"[A-Za-z0-9']+")
_SENTENCE = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])|\n+")
NEAR = 0.25  # share of the headline's key words a "near" sentence carries
LEDE = 3  # sentences that count as the body's lede
NEGATION_WINDOW = 4  # words either side of a headline key word


def stem(word: str) -> str:
    """A crude stem: case folded, common suffixes off, first 6 letters."""
    word = word.lower().strip("'")
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:6]


def key_words(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text) if len(w) > 2 and w.lower() not in _STOP}


def split_units(text: str) -> list[Unit]:
    """Body sentences as light storydiff Units (no model), with their offsets in the body."""
    units: list[Unit] = []
    position = 0
    for piece in _SENTENCE.split(text):
        start = text.find(piece, position) if piece else -1
        if not piece or not piece.strip() or start < 0:
            continue
        position = start + len(piece)
        words = _WORD.findall(piece)
        units.append(
            Unit(
                index=len(units),
                sentence=len(units),
                start=start,
                end=start + len(piece),
                text=piece,
                content=frozenset(w.lower() for w in words if len(w) > 3),
                names=frozenset(w.lower() for w in words if w[:1].isupper()),
                numbers=frozenset(w for w in words if w.isdigit()),
                tokens=tuple(w.lower() for w in words),
            )
        )
    return units


# -- features ----------------------------------------------------------------------------


@dataclass
class Features:
    refute_near: float  # refutation cues in sentences near the headline
    negated_near: float  # negations next to a headline key word in near sentences
    refute_lede: float  # refutation cues in the lede
    refute_all: float  # refutation cues anywhere (for the separation table)
    hedge: float  # hedges per sentence
    assert_: float  # assertion cues per sentence
    strong_doubt: float  # signals.doubts(strong=True), anywhere
    weak_doubt: float  # signals.doubts(strong=False), anywhere
    accusation: float  # signals.accusations, anywhere
    cause: float  # signals.causes, anywhere
    sequence: float  # signals.sequences, anywhere
    headline_hedged: bool
    near: int  # near sentences
    sentences: int

    def refute(self, lede_weight: float = 0.5) -> float:
        return self.refute_near + self.negated_near + lede_weight * self.refute_lede


def refutations(unit: Unit) -> int:
    strong = {m[2].lower() for m in doubts(unit, strong=True)}
    found = {m.group().lower() for m in _REFUTE.finditer(unit.text)}
    found |= {m.group().lower() for m in _RUMOUR_DENIED.finditer(unit.text)}
    return len(strong | found)


def negated_key(unit: Unit, keys: set[str]) -> int:
    tokens = [t for w in unit.tokens for t in ([w[:-3], "n't"] if w.endswith("n't") else [w])]
    hits = 0
    for i, token in enumerate(tokens):
        if token in _NEGATION:
            window = tokens[max(0, i - NEGATION_WINDOW) : i + NEGATION_WINDOW + 1]
            hits += any(stem(w) in keys for w in window if w not in _NEGATION)
    return hits


def featurise(headline: str, body: list[Unit]) -> Features:
    keys = key_words(headline)
    refute_near = negated_near = refute_lede = refute_all = 0.0
    hedges = asserts = strong = weak = accused = cause = sequence = 0
    near = 0
    for unit in body:
        words = {stem(w) for w in unit.tokens}
        overlap = len(keys & words) / max(1, len(keys))
        refuted = refutations(unit)
        refute_all += refuted
        if unit.index < LEDE:
            refute_lede += refuted
        if overlap >= NEAR:
            near += 1
            refute_near += refuted
            negated_near += negated_key(unit, keys)
        hedges += len(_HEDGE.findall(unit.text)) + unit.text.count("?")
        asserts += len(_ASSERT.findall(unit.text))
        strong += len(doubts(unit, strong=True))
        weak += len(doubts(unit, strong=False))
        accused += len(accusations(unit))
        cause += len(causes(unit))
        sequence += len(sequences(unit))
    n = max(1, len(body))
    return Features(
        refute_near=refute_near,
        negated_near=negated_near,
        refute_lede=refute_lede,
        refute_all=refute_all,
        hedge=(hedges + weak + accused) / n,
        assert_=asserts / n,
        strong_doubt=strong / n,
        weak_doubt=weak / n,
        accusation=accused / n,
        cause=cause / n,
        sequence=sequence / n,
        headline_hedged=bool(_HEADLINE_HEDGE.search(headline)),
        near=near,
        sentences=len(body),
    )


# -- rules -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rules:
    t_refute: float
    t_hedge: float
    w_assert: float
    lede_weight: float
    headline_rule: bool

    def classify(self, f: Features) -> str:
        if f.refute(self.lede_weight) >= self.t_refute:
            return "disagree"
        if f.hedge - self.w_assert * f.assert_ >= self.t_hedge:
            return "discuss"
        if self.headline_rule and f.headline_hedged and f.assert_ == 0:
            return "discuss"
        return "agree"


def grid() -> list[Rules]:
    return [
        Rules(*values)
        for values in itertools.product(
            (1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 6.0),  # t_refute
            [round(0.05 * k, 2) for k in range(0, 31)],  # t_hedge
            (0.0, 0.5, 1.0, 2.0),  # w_assert
            (0.0, 0.5, 1.0),  # lede_weight
            (False, True),  # headline_rule
        )
    ]


# -- scoring -----------------------------------------------------------------------------


def scores(gold: list[str], predicted: list[str]) -> dict[str, object]:
    per_class: dict[str, dict[str, float]] = {}
    for label in CLASSES:
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, predicted, strict=True))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[label] = {"precision": precision, "recall": recall, "f1": f1, "n": tp + fn}
    macro = sum(c["f1"] for c in per_class.values()) / len(CLASSES)
    accuracy = sum(g == p for g, p in zip(gold, predicted, strict=True)) / max(1, len(gold))
    return {"macro_f1": macro, "accuracy": accuracy, "per_class": per_class}


def auc(values: list[float], positive: list[bool]) -> float:
    """Probability that a positive outranks a negative (ties count half)."""
    ranked = sorted(zip(values, positive, strict=True))
    n_pos = sum(positive)
    n_neg = len(positive) - n_pos
    if not n_pos or not n_neg:
        return float("nan")
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        average_rank = (i + j + 1) / 2
        rank_sum += average_rank * sum(p for _, p in ranked[i:j])
        i = j
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


# -- data --------------------------------------------------------------------------------


def load(fnc1: Path) -> tuple[list[tuple[str, int, str]], dict[int, str]]:
    stances_path = fnc1 / "competition_test_stances.csv"
    bodies_path = fnc1 / "competition_test_bodies.csv"
    for path in (stances_path, bodies_path):
        if not path.is_file():
            sys.exit(
                f"FNC-1 file not found: {path}\n"
                "Pass --fnc1 DIR, the folder holding competition_test_stances.csv and "
                "competition_test_bodies.csv (github.com/FakeNewsChallenge/fnc-1)."
            )
    with bodies_path.open(encoding="utf-8", errors="replace", newline="") as handle:
        bodies = {int(r["Body ID"]): r["articleBody"] for r in csv.DictReader(handle)}
    with stances_path.open(encoding="utf-8", errors="replace", newline="") as handle:
        pairs = [
            (r["Headline"], int(r["Body ID"]), r["Stance"])
            for r in csv.DictReader(handle)
            if r["Stance"] in CLASSES
        ]
    return pairs, bodies


# -- report ------------------------------------------------------------------------------


def table(title: str, results: dict[str, dict[str, object]]) -> None:
    print(f"\n{title}")
    head = "".join(f"{c + ' P/R/F1':>21}" for c in CLASSES)
    print(f"{'system':<26}{head}{'macro-F1':>10}{'acc':>7}")
    for name, result in results.items():
        cells = ""
        for label in CLASSES:
            c = result["per_class"][label]  # type: ignore[index]
            cells += f"{c['precision']:>9.3f}{c['recall']:>6.3f}{c['f1']:>6.3f}"
        print(f"{name:<26}{cells}{result['macro_f1']:>10.3f}{result['accuracy']:>7.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--fnc1", type=Path, default=DEFAULT_FNC1)
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file")
    args = parser.parse_args()

    started = time.perf_counter()
    pairs, bodies = load(args.fnc1)
    units = {bid: split_units(bodies[bid]) for bid in {b for _, b, _ in pairs}}
    features = [featurise(headline, units[bid]) for headline, bid, _ in pairs]
    featurised = time.perf_counter() - started

    dev = [i for i, (_, bid, _) in enumerate(pairs) if bid % 2 == 0]
    held = [i for i, (_, bid, _) in enumerate(pairs) if bid % 2 == 1]
    gold = [stance for _, _, stance in pairs]

    def run(rules: Rules, slice_: list[int]) -> dict[str, object]:
        return scores([gold[i] for i in slice_], [rules.classify(features[i]) for i in slice_])

    best = max(grid(), key=lambda r: run(r, dev)["macro_f1"])  # type: ignore[arg-type,return-value]
    tuned = time.perf_counter() - started

    def baselines(slice_: list[int]) -> dict[str, dict[str, object]]:
        dev_gold = [gold[i] for i in dev]
        weights = [dev_gold.count(c) for c in CLASSES]
        rng = random.Random(0)
        guess = rng.choices(CLASSES, weights=weights, k=len(slice_))
        return {
            "always discuss": scores([gold[i] for i in slice_], ["discuss"] * len(slice_)),
            "stratified random (seed 0)": scores([gold[i] for i in slice_], guess),
        }

    results = {
        "held_out": {"storydiff rules": run(best, held), **baselines(held)},
        "dev": {"storydiff rules": run(best, dev), **baselines(dev)},
    }
    elapsed = time.perf_counter() - started

    def count(slice_: list[int]) -> str:
        return " / ".join(f"{c} {sum(gold[i] == c for i in slice_)}" for c in CLASSES)

    print(f"FNC-1 related test pairs: {len(pairs)} ({count(range(len(pairs)))})")
    print(f"dev slice (even Body ID, thresholds chosen here): {len(dev)} ({count(dev)})")
    print(f"held-out slice (odd Body ID, reported): {len(held)} ({count(held)})")
    print(
        f"rules from dev: disagree if refute >= {best.t_refute} (lede weight "
        f"{best.lede_weight}); discuss if hedge - {best.w_assert} x assert >= {best.t_hedge}"
        + (" or hedged headline and no assertion" if best.headline_rule else "")
        + "; else agree"
    )
    table("HELD-OUT (odd Body IDs)", results["held_out"])
    table("dev (even Body IDs; thresholds tuned here, optimistic)", results["dev"])

    # how well each signal alone separates disagree from agree + discuss (held-out)
    names = [
        ("refute (rule score)", lambda f: f.refute(best.lede_weight)),
        ("refute, near headline", lambda f: f.refute_near),
        ("negation near key word", lambda f: f.negated_near),
        ("refute, anywhere", lambda f: f.refute_all),
        ("doubts strong", lambda f: f.strong_doubt),
        ("doubts weak", lambda f: f.weak_doubt),
        ("accusations", lambda f: f.accusation),
        ("causes", lambda f: f.cause),
        ("sequences", lambda f: f.sequence),
        ("hedge", lambda f: f.hedge),
        ("assert", lambda f: f.assert_),
    ]
    separation = {}
    print("\nsignal separation on held-out: mean per class; AUC disagree vs rest, discuss vs agree")
    print(f"{'signal':<26}{'agree':>8}{'disagree':>10}{'discuss':>9}{'AUC d/r':>9}{'AUC s/a':>9}")
    for name, read in names:
        values = [float(read(features[i])) for i in held]
        labels = [gold[i] for i in held]
        means = {
            c: sum(v for v, g in zip(values, labels, strict=True) if g == c)
            / max(1, labels.count(c))
            for c in CLASSES
        }
        d_auc = auc(values, [g == "disagree" for g in labels])
        pairs_sa = [
            (v, g == "discuss") for v, g in zip(values, labels, strict=True) if g != "disagree"
        ]
        s_auc = auc([v for v, _ in pairs_sa], [p for _, p in pairs_sa])
        separation[name] = {**means, "auc_disagree_vs_rest": d_auc, "auc_discuss_vs_agree": s_auc}
        print(
            f"{name:<26}{means['agree']:>8.3f}{means['disagree']:>10.3f}{means['discuss']:>9.3f}"
            f"{d_auc:>9.3f}{s_auc:>9.3f}"
        )
    print(
        f"\ntime: {elapsed:.1f} s total ({featurised:.1f} s features for {len(pairs)} pairs, "
        f"{tuned - featurised:.1f} s grid search over {len(grid())} rule settings)"
    )

    if args.json:
        payload = {
            "dataset": "FNC-1 competition test, related pairs",
            "split": "dev = even Body ID (thresholds), held_out = odd Body ID (reported)",
            "rules": best.__dict__,
            "results": results,
            "separation_held_out": separation,
            "seconds": elapsed,
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
