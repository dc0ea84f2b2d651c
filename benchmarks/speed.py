"""Speed and memory of storydiff compare, printed (never asserted).

    python benchmarks/speed.py [--seeds ../shared/seeds] [--basil ../shared/eval/basil] [--runs 5]

1. Cold CLI: `storydiff compare` on the seed pair in a fresh process (median wall time) and
   its peak RSS.
2. Warm library call: `storydiff.compare` on the seed pair with models already loaded (the
   per-process near-word cache cleared before each run, so it costs what a new story costs;
   the same pair repeated at once, its words cached, is printed beside), beside
   the pure model time (spaCy over the texts, the encoder over their sentences) in the same
   process. A second line, to judge that baseline: the model time with the texts the pipeline
   really encodes (statement units and quotes, each article's deduplicated, one encoder call
   per article, as `pipeline._vectors` does) instead of the sentences. A third line gives
   the same two ratios in process CPU time (all threads): on a shared machine it moves far
   less than wall time, but it cannot credit compare for running on two cores at once.
3. Throughput over the 300 BASIL articles: analyse (parse + embed) every article, align each
   triplet; beside it the pure model time (spaCy pipe + encoder on the same texts) in the same
   process, and the ratio of the two.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def cold_cli(seeds: Path, runs: int) -> tuple[float, float]:
    exe = Path(sys.executable).with_name("storydiff")
    command = [str(exe), "compare", str(seeds / "reuters.txt"), str(seeds / "tass.txt")]
    command += ["-f", "json", "-o", os.devnull, "-q"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True)
        times.append(time.perf_counter() - start)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return statistics.median(times), peak_kb / 1024


def warm_call(seeds: Path, runs: int) -> dict[str, float]:
    """Medians over `runs` alternating runs, in seconds: the warm compare, the pure model time,
    and the model time on the texts the pipeline encodes; each in wall time, and in process
    CPU time under the same name with a `cpu_` prefix."""
    import storydiff
    from storydiff.crossdoc.near_words import clear_word_cache

    articles = [
        storydiff.read_article(seeds / "reuters.txt", outlet="Reuters"),
        storydiff.read_article(seeds / "tass.txt", outlet="TASS"),
    ]
    encoded = [
        list(dict.fromkeys([u.text for u in a.units] + [q.text for q in a.quotes]))
        for a in storydiff.analyse(articles)
    ]
    storydiff.compare(articles)
    found: dict[str, list[float]] = {}
    for _ in range(runs):
        # a new story's words are not in the per-process word cache: the seed pair repeated
        # would find all of them there (`cached_compare` gives that figure)
        clear_word_cache()
        cpu = time.process_time()
        start = time.perf_counter()
        storydiff.compare(articles)
        found.setdefault("compare", []).append(time.perf_counter() - start)
        found.setdefault("cpu_compare", []).append(time.process_time() - cpu)
        cpu = time.process_time()
        start = time.perf_counter()
        storydiff.compare(articles)
        found.setdefault("cached_compare", []).append(time.perf_counter() - start)
        found.setdefault("cpu_cached_compare", []).append(time.process_time() - cpu)
        for name, texts in (("model", None), ("model_encoded", encoded)):
            cpu = time.process_time()
            found.setdefault(name, []).append(pure_model_time(articles, texts))
            found.setdefault(f"cpu_{name}", []).append(time.process_time() - cpu)
    return {name: statistics.median(values) for name, values in found.items()}


def pure_model_time(
    articles: list,  # type: ignore[type-arg]
    encoded: list[list[str]] | None = None,
) -> float:
    """spaCy over the texts plus the encoder over their sentences: the floor for analyse.
    With `encoded` (one list of texts per article), the encoder runs on those instead, one
    call per article as the pipeline makes them."""
    from storydiff.embed import get_encoder
    from storydiff.nlp import load_spacy

    nlp, encoder = load_spacy(), get_encoder()
    start = time.perf_counter()
    docs = list(nlp.pipe([a.text for a in articles]))
    if encoded is None:
        encoder.encode([s.text for d in docs for s in d.sents])
    else:
        for texts in encoded:
            encoder.encode(texts)
    return time.perf_counter() - start


def basil_throughput(basil: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import storydiff
    from basil_gold import basil_article_text

    triplets: dict[str, list[storydiff.Article]] = {}
    for path in sorted((basil / "articles").glob("*/*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        text, _ = basil_article_text(record)
        article = storydiff.Article(text=text, outlet=record["source"])
        triplets.setdefault(record["triplet-uuid"], []).append(article)
    articles = [a for group in triplets.values() for a in group]
    storydiff.analyse(articles[:3])  # load models outside the timing
    start = time.perf_counter()
    analyses = storydiff.analyse(articles)
    analysed = time.perf_counter() - start
    by_id = {id(a.article): a for a in analyses}
    start = time.perf_counter()
    for group in triplets.values():
        storydiff.compare_analyses([by_id[id(a)] for a in group])
    aligned = time.perf_counter() - start
    model = pure_model_time(articles)
    total = analysed + aligned
    print(
        f"BASIL {len(articles)} articles: analyse {analysed:.1f} s + align {aligned:.1f} s = "
        f"{total:.1f} s -> {len(articles) / total:.1f} articles/s; pure model time "
        f"{model:.1f} s; ratio total/model {total / model:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=Path, default=REPO.parent / "shared" / "seeds")
    parser.add_argument("--basil", type=Path, default=REPO.parent / "shared" / "eval" / "basil")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-basil", action="store_true")
    args = parser.parse_args()
    for path in (args.seeds, args.basil):
        if not path.exists():
            sys.exit(f"{path}: not found. Check out ../shared beside the repository")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}, load {load}")
    cold, rss = cold_cli(args.seeds, args.runs)
    print(f"cold CLI (seed pair, median of {args.runs}): {cold:.2f} s; peak RSS {rss:.0f} MB")
    warm = warm_call(args.seeds, args.runs)
    ms = {name: value * 1000 for name, value in warm.items()}
    print(
        f"warm compare (seed pair, median of {args.runs}): {ms['compare']:.0f} ms; pure model "
        f"time {ms['model']:.0f} ms; ratio {ms['compare'] / ms['model']:.2f}"
    )
    print(
        f"  the same pair again, its words cached (what earlier figures showed): "
        f"{ms['cached_compare']:.0f} ms, CPU {ms['cpu_cached_compare']:.0f} ms"
    )
    print(
        f"  model time on the texts the pipeline encodes (units + quotes) instead: "
        f"{ms['model_encoded']:.0f} ms; ratio {ms['compare'] / ms['model_encoded']:.2f}"
    )
    print(
        f"  in process CPU time: compare {ms['cpu_compare']:.0f} ms; pure model "
        f"{ms['cpu_model']:.0f} ms, ratio {ms['cpu_compare'] / ms['cpu_model']:.2f}; on the "
        f"encoded texts {ms['cpu_model_encoded']:.0f} ms, ratio "
        f"{ms['cpu_compare'] / ms['cpu_model_encoded']:.2f}"
    )
    from storydiff.nlp.models import load_count

    print(f"spaCy loads in this process: {load_count()}")
    if not args.skip_basil:
        basil_throughput(args.basil)


if __name__ == "__main__":
    main()
