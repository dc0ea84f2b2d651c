"""Recall of BASIL's lexical-bias spans by the loaded-language detector, with its precision.

    python benchmarks/lexical_bias_eval.py [--basil ../shared/eval/basil]

BASIL marks, in all 300 articles, the phrases annotators judged lexically biased (`bias:
lex`; informational bias is a different thing and is not counted). For each article the text
storydiff sees is rebuilt (`basil_gold.basil_article_text`), the detector runs on it, and:
  recall    = lexical-bias spans that some detected loaded term overlaps / all such spans
  precision = detected terms that overlap a lexical-bias span / all detected terms
BASIL does not mark every loaded word (only those the annotators judged to carry the
article's bias), so precision here is a lower bound. The detector is our own lists + VADER.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from basil_gold import DEFAULT_BASIL, basil_article_text
from storydiff.extract.loaded import find_loaded_terms
from storydiff.nlp import load_spacy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--basil", type=Path, default=DEFAULT_BASIL)
    args = parser.parse_args()
    if not args.basil.exists():
        sys.exit(f"{args.basil}: not found. Check out ../shared beside the repository")
    started = time.perf_counter()
    items = []
    for path in sorted((args.basil / "annotations").glob("*/*_ann.json")):
        annotations = json.loads(path.read_text(encoding="utf-8"))
        article_path = args.basil / "articles" / path.parent.name / path.name.replace("_ann", "")
        text, spans = basil_article_text(json.loads(article_path.read_text(encoding="utf-8")))
        gold = []
        for phrase in annotations.get("phrase-level-annotations", []):
            if phrase.get("bias") != "lex":
                continue
            marker = str(phrase["id"]).lstrip("p")
            if not marker.isdigit() or int(marker) >= len(spans):
                continue  # the headline ('title') is not part of the body text
            index = int(marker)
            offset = spans[index][0]
            gold.append((offset + int(phrase["start"]), offset + int(phrase["end"])))
        items.append((text, gold))
    nlp = load_spacy()
    found = hit_gold = n_gold = n_pred = 0
    texts = [text for text, _ in items]
    for (_, gold), doc in zip(items, nlp.pipe(texts, batch_size=8), strict=True):
        terms = find_loaded_terms(doc)
        n_gold += len(gold)
        n_pred += len(terms)
        hit_gold += sum(any(t.start < e and s < t.end for t in terms) for s, e in gold)
        found += sum(any(s < t.end and t.start < e for s, e in gold) for t in terms)
    recall = hit_gold / n_gold if n_gold else 0.0
    precision = found / n_pred if n_pred else 0.0
    print(
        f"BASIL lexical bias: {n_gold} spans in {len(items)} articles; {n_pred} loaded terms "
        f"detected; recall {recall:.3f}, precision {precision:.3f} (lower bound); "
        f"{time.perf_counter() - started:.1f} s"
    )


if __name__ == "__main__":
    main()
