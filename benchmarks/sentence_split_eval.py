"""How often storydiff's sentence splitter breaks where a real sentence goes on.

    python benchmarks/sentence_split_eval.py [--basil ../shared/eval/basil] [--limit 100]

Gold: BASIL's own body sentences (each article's text is rebuilt as in the alignment
benchmark, so every gold sentence has a span). A predicted sentence end that is not a gold
sentence end is a *false break*; one whose last word is on `storydiff.text.ABBREVIATIONS`
('Capt.', 'Gov.', 'U.S.') is a *false break after an abbreviation*. A gold end the splitter
does not find is a *missed break*. Articles are the first `--limit` in sorted path order.
BASIL's own splits have errors too, so the per-abbreviation lines are printed for reading.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from basil_gold import DEFAULT_BASIL, basil_article_text
from storydiff import Article
from storydiff.nlp.parse import parse_articles
from storydiff.text import ABBREVIATIONS

_LAST_WORD = re.compile(r"(\S+)\s*$")
_CLOSERS = "\"'”’)]"


def settled(text: str, end: int) -> int:
    """A sentence end moved past closing quotes and brackets: BASIL and the splitter differ
    on which side of a closing quote a sentence ends, which is not a false break."""
    while end < len(text) and text[end] in _CLOSERS:
        end += 1
    return end


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--basil", type=Path, default=DEFAULT_BASIL)
    parser.add_argument("--limit", type=int, default=100)
    args = parser.parse_args()
    if not args.basil.exists():
        sys.exit(f"{args.basil}: BASIL not found. Pass --basil pointing at shared/eval/basil")
    paths = sorted((args.basil / "articles").rglob("*.json"))[: args.limit]
    articles, gold_ends = [], []
    for path in paths:
        text, spans = basil_article_text(json.loads(path.read_text(encoding="utf-8")))
        articles.append(Article(text=text, outlet=path.stem))
        gold_ends.append({settled(text, e) for s, e in spans if e > s})
    false_breaks = abbreviation_breaks = missed = predicted_total = gold_total = 0
    after: Counter[str] = Counter()
    for parsed, ends in zip(parse_articles(articles), gold_ends, strict=True):
        text = parsed.article.text
        predicted = {settled(text, s.end) for s in parsed.sentences}
        predicted_total += len(predicted)
        gold_total += len(ends)
        missed += len(ends - predicted)
        for end in sorted(predicted - ends):
            false_breaks += 1
            word = _LAST_WORD.search(text[max(0, end - 20) : end])
            if word and word.group(1).lower() in ABBREVIATIONS:
                abbreviation_breaks += 1
                after[word.group(1)] += 1
    print(f"{len(articles)} BASIL articles: {gold_total} gold ends, {predicted_total} found")
    print(
        f"false breaks {false_breaks} ({false_breaks / max(1, predicted_total):.1%} of predicted)"
    )
    print(f"false breaks after an abbreviation {abbreviation_breaks}: {dict(after.most_common())}")
    print(f"missed breaks {missed} ({missed / max(1, gold_total):.1%} of gold)")


if __name__ == "__main__":
    main()
