"""Statement alignment on NewsWCL50 events against the hand-annotated gold (never tuned on).

    python benchmarks/newswcl50_alignment.py [--newswcl ../shared/eval/newswcl50]

A second real check for issue 10 beside BASIL: the gold (benchmarks/gold/
alignment_gold_on_newswcl50.json) was annotated by reading, before any matcher ran on these
articles.  Do not tune on it: run it to report, rarely.  Each event's articles are compared
together and scored exactly as basil_alignment.py scores BASIL (cross-article sentence links,
unique-sentence precision / recall), with the same helpers.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import storydiff
from basil_alignment import predicted_links, predicted_unique, report
from basil_gold import links_from_groups, score_links, score_unique
from newswcl50_gold import CONLL, DEFAULT_GOLD, DEFAULT_NEWSWCL, article_text, load_gold, read_conll
from storydiff import Article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--newswcl", type=Path, default=DEFAULT_NEWSWCL, help="NewsWCL50 root")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--encoder", default="use", help="use (default) or minilm")
    args = parser.parse_args()
    conll = args.newswcl / CONLL
    if not conll.is_file():
        sys.exit(f"{conll}: NewsWCL50 not found. Pass --newswcl pointing at shared/eval/newswcl50")

    docs = read_conll(conll)
    link_scores = []
    unique_scores = []
    for event in load_gold(args.gold):
        articles, spans, source_of = [], {}, {}
        for source, doc in event.articles.items():
            text, sentence_spans = article_text(docs[doc])
            article = Article(text=text, outlet=source)
            articles.append(article)
            spans[article.id] = sentence_spans  # the tool names articles by id ("ll")
            source_of[article.id] = source
        comparison = storydiff.compare(articles, encoder=args.encoder)
        predicted = {
            frozenset((source_of[s], i) for s, i in link)
            for link in predicted_links(comparison, spans)
        }
        gold = links_from_groups(event.groups)
        score = score_links(predicted, gold)
        unique_scores.append(
            score_unique(
                predicted_unique(predicted, event.n_sentences), event.groups, event.n_sentences
            )
        )
        print(
            f"event {event.event}  links P {score['precision']:.2f} R {score['recall']:.2f} "
            f"F1 {score['f1']:.2f}  (gold {len(gold)}, predicted {len(predicted)})  {event.title}"
        )
        link_scores.append(score)
    report("links", link_scores)
    report("unique sentences", unique_scores)


if __name__ == "__main__":
    main()
