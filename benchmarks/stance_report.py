"""Scores and printed tables of `stance_proxy.py` (FNC-1 stance as a proxy for disputed
claims): per-class precision / recall / F1, macro-F1, AUC, and each signal's separation."""

from __future__ import annotations

from collections.abc import Sequence

CLASSES = ("agree", "disagree", "discuss")


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


def separation(
    named_values: Sequence[tuple[str, list[float]]], labels: list[str]
) -> dict[str, dict[str, float]]:
    """How well each signal alone separates disagree from agree + discuss, and discuss
    from agree: its mean per class and the two AUCs, printed as a table."""
    found = {}
    print("\nsignal separation on held-out: mean per class; AUC disagree vs rest, discuss vs agree")
    print(f"{'signal':<26}{'agree':>8}{'disagree':>10}{'discuss':>9}{'AUC d/r':>9}{'AUC s/a':>9}")
    for name, values in named_values:
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
        found[name] = {**means, "auc_disagree_vs_rest": d_auc, "auc_discuss_vs_agree": s_auc}
        print(
            f"{name:<26}{means['agree']:>8.3f}{means['disagree']:>10.3f}{means['discuss']:>9.3f}"
            f"{d_auc:>9.3f}{s_auc:>9.3f}"
        )
    return found
