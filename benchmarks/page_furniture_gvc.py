"""Page furniture in real local news: which sentences of the Gun Violence Corpus dev articles
the parser leaves out as page furniture (`text_page.is_page_furniture`) and which it trims a
glued prompt or photo credit from (`text_page.furniture_prefix_end`), listed for reading.

    python benchmarks/page_furniture_gvc.py [--file ../shared/eval/clustering/gvc_dev.jsonl]

Prints each such sentence (D = dropped, T = trimmed) and the counts. The dev file only: the
held-out test split of the corpus is not read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from storydiff.ingest.text import article_body
from storydiff.nlp.models import load_spacy
from storydiff.nlp.parse import reader_sentences
from storydiff.text_page import furniture_prefix_end, is_page_furniture

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared/eval/clustering/gvc_dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=DEFAULT)
    args = parser.parse_args()
    if not args.file.exists():
        sys.exit(f"{args.file}: not found. Pass --file pointing at clustering/gvc_dev.jsonl")
    records = [json.loads(line) for line in args.file.read_text().splitlines() if line]
    texts = [article_body(r["text"], r["id"]) for r in records]
    dropped = trimmed = sentences = 0
    for doc in load_spacy().pipe(texts):
        for sent in reader_sentences(doc):
            text = sent.text.strip()
            sentences += 1
            cut = furniture_prefix_end(text)
            if cut:
                trimmed += 1
                print(f"T {text[:cut].strip()!r} | {text[cut:][:80]!r}")
            if is_page_furniture(text[cut:]):
                dropped += 1
                print(f"D {text[cut:]!r}")
    print(f"{len(records)} articles, {sentences} sentences: {dropped} dropped, {trimmed} trimmed")


if __name__ == "__main__":
    main()
