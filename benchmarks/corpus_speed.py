"""Corpus-mode throughput: clustering-only ingest, re-ingest, and full analysis.

    python benchmarks/corpus_speed.py ingest [--articles 20000]    # clustering-only ingest
    python benchmarks/corpus_speed.py analyse [--workers 2]        # full analysis, BASIL's 300

`ingest` builds a JSONL stream (in a temporary directory, never in the repository) from the
real articles under ../shared/eval (FNC-1 bodies, the clustering dev files, BASIL), reused
with dates shifted by a year per pass (`--shift-years`) until there are enough, ingests it in
files of 1,000 (store, embed title+lead, assign stories), and prints articles/s and peak RSS
at 5k, 10k and 20k; then re-ingests the same directory (hash check only). `analyse` ingests
BASIL's 300 articles and times the full per-article analysis (`ingest --analyse`).
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from storydiff.corpus.engine import make_engine
from storydiff.corpus.store import open_store
from storydiff.corpus.stories import StoryConfig, embedding_text
from storydiff.corpus.workflow import ingest_and_cluster
from storydiff.embed import get_encoder
from storydiff.model import Article
from storydiff.pipeline import load_models

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def real_articles(root: Path) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    csv.field_size_limit(10_000_000)
    for name in ("train_bodies.csv", "competition_test_bodies.csv"):
        with (root / "fnc1" / name).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                body = row["articleBody"].strip()
                if len(body.split()) >= 40:
                    title = body.split(". ")[0][:120]
                    found.append({"title": title, "text": body, "published": "2017-01-01"})
    for name in ("ecbplus_dev.jsonl", "gvc_dev.jsonl"):
        for line in (root / "clustering" / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            found.append(
                {"title": record["title"] or "", "text": record["text"],
                 "published": record.get("published") or "2018-01-01"}
            )  # fmt: skip
    for path in sorted((root / "basil" / "articles").rglob("*.json")):
        found.append(basil_record(path))
    return found


def basil_record(path: Path) -> dict[str, str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    paragraphs = [" ".join(p) for p in data.get("body-paragraphs", [])]
    return {
        "title": data.get("title") or "",
        "text": "\n\n".join(paragraphs),
        "published": str(data.get("date") or "2016-01-01")[:10],
        "outlet": str(data.get("source") or "basil"),
        "id": path.stem,
    }


def stream(
    records: list[dict[str, str]], total: int, shift_years: int = 1
) -> Iterator[dict[str, str]]:
    for number in range(total):
        base = records[number % len(records)]
        shift = number // len(records)
        published = base["published"]
        year = int(published[:4]) + shift * shift_years
        yield {
            **base,
            "id": f"{shift}/{number % len(records)}",
            "outlet": base.get("outlet") or "outlet-" + str(number % 37),
            "published": f"{year}{published[4:10]}",
            # a pass marker keeps the content hash of each reuse distinct
            "text": base["text"] + f"\n\n(reuse {shift})" * (shift > 0),
        }


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def encoder_baseline(records: list[dict[str, str]], config: StoryConfig) -> None:
    """The encoder alone on 500 of the texts clustering embeds, in this process: the machine
    is shared, so ingest rates are best read as a ratio to this."""
    articles = [Article(text=r["text"], outlet="x", title=r["title"] or None) for r in records]
    texts = [embedding_text(a, title_only=config.embed_text == "title") for a in articles[:500]]
    encoder = get_encoder()
    start = time.perf_counter()
    cpu_start = time.process_time()
    encoder.encode(texts)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    print(
        f"encoder baseline ({config.embed_text}): {len(texts) / elapsed:.1f} texts/s wall, "
        f"{len(texts) / cpu:.1f} per CPU-s", flush=True,
    )  # fmt: skip


def bench_ingest(
    total: int, workers: int | None, config: StoryConfig, shift_years: int = 1
) -> None:
    records = real_articles(EVAL)
    if config.embed_text != "none":
        encoder_baseline(records, config)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "stream"
        root.mkdir()
        batch: list[str] = []
        for number, record in enumerate(stream(records, total, shift_years), start=1):
            batch.append(json.dumps(record))
            if len(batch) == 1000 or number == total:
                (root / f"{number:07}.jsonl").write_text("\n".join(batch) + "\n")
                batch = []
        files = sorted(str(p) for p in root.iterdir())
        engine = make_engine(workers=workers)
        with open_store(Path(folder) / "bench.db") as store:
            # load the encoder (and IDF table) before timing
            ingest_and_cluster(store, [], engine=engine, config=config)
            start, cpu_start, done = time.perf_counter(), time.process_time(), 0
            for number, path in enumerate(files, start=1):
                done += ingest_and_cluster(store, [path], engine=engine, config=config).added
                if number * 1000 in (5000, 10000, 20000, total):
                    elapsed = time.perf_counter() - start
                    cpu = time.process_time() - cpu_start
                    # the machine is shared: articles per CPU-second of this process (all
                    # its threads) says what a core of our own would give
                    print(
                        f"clustering-only ingest: {done:>6} articles  {done / elapsed:6.1f} "
                        f"articles/s wall, {done / cpu:6.1f} per CPU-s  peak RSS "
                        f"{peak_rss_mb():.0f} MB", flush=True,
                    )  # fmt: skip
            stories = store.db.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
            print(f"{stories} stories from {done} articles ({len(records)} distinct real texts)")
            start = time.perf_counter()
            again = ingest_and_cluster(store, [str(root)], engine=engine, config=config)
            elapsed = time.perf_counter() - start
            print(
                f"re-ingest: {done} articles ({again.files_unchanged} unchanged files) in "
                f"{elapsed:.3f} s = {done / elapsed:,.0f} articles/s"
            )
        engine.close()


def bench_analyse(workers: int | None) -> None:
    basil = sorted((EVAL / "basil" / "articles").rglob("*.json"))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "basil.jsonl"
        path.write_text("\n".join(json.dumps(basil_record(p)) for p in basil) + "\n")
        engine = make_engine(workers=workers)
        with open_store(Path(folder) / "bench.db") as store:
            ingest_and_cluster(store, [str(path)], engine=engine)
            engine.analyse([store.articles()[0].article])  # one article: warms one process
            client = getattr(engine, "client", None)
            if client is not None:  # ...so load the models on every worker before timing
                client.run(load_models)
            start = time.perf_counter()
            result = ingest_and_cluster(store, [], engine=engine, analyse=True)
            elapsed = time.perf_counter() - start
        loads = client.run(model_loads) if client is not None else {"here": model_loads()}
        engine.close()
    print(
        f"full analysis, workers={workers or 'none (one process)'}: {result.analysed} articles "
        f"in {elapsed:.1f} s = {result.analysed / elapsed:.2f} articles/s"
    )
    for where, (pid, spacy_loads, encoders) in sorted(loads.items()):
        print(f"  process {pid} ({where}): spaCy loaded {spacy_loads}x, encoders {encoders}")


def model_loads() -> tuple[int, int, list[str]]:
    """This process's id, how many times it loaded spaCy, and the encoders it holds (each
    is loaded at most once per process): run on every Dask worker after the analysis."""
    import os

    from storydiff import embed
    from storydiff.nlp.models import load_count

    return os.getpid(), load_count(), sorted(embed._loaded)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("ingest", "analyse"))
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument(
        "--embed", choices=("lead", "title", "none"), default=StoryConfig().embed_text,
        help="what clustering embeds (StoryConfig.embed_text); 'none' also sets embed_weight 0",
    )  # fmt: skip
    parser.add_argument(
        "--shift-years", type=int, default=1,
        help="years each reuse of the texts is shifted by: 1 (default) lands later passes on "
        "dates earlier passes already hold; 12 moves every pass past the last (a forward stream)",
    )  # fmt: skip
    args = parser.parse_args()
    if not EVAL.exists():
        sys.exit(f"{EVAL}: not found; check out ../shared beside the repository")
    if args.what == "ingest":
        config = replace(StoryConfig(), embed_text=args.embed)
        if args.embed == "none":
            config = replace(config, embed_weight=0.0)
        bench_ingest(args.articles, args.workers, config, args.shift_years)
    else:
        bench_analyse(args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
