"""Time and peak memory of `compare` on bad input: a 600 KB digest against a short article.

    python benchmarks/bad_input_speed.py [--kilobytes 600] [--repeat 1]

The digest is generated: varied fictional sentences (our own templates, a fixed seed), so
the figure is reproducible without any data file. Models are loaded first and timed apart;
the figure is the warm `compare` of the two articles, and the process's peak resident set
size (RSS) after it, which includes the models.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time

_PLACES = ("Dunmarrow", "Kelsby", "Orvath", "Tillane", "Brackwater", "Essenford", "Valecroft")
_ACTORS = (
    "the harbour authority",
    "the regional council",
    "Mayor Ilsa Verrin",
    "the fishing cooperative",
    "the rail operator Norlink",
    "Councillor Bram Oduya",
    "the teachers' union",
    "the water board",
)
_ACTS = (
    "approved a plan to rebuild",
    "postponed a vote on",
    "opened an inquiry into",
    "announced new funding for",
    "criticised the delays at",
    "closed part of",
    "reopened",
    "published a report on",
)
_THINGS = (
    "the old ferry pier",
    "the north bridge",
    "the market hall",
    "two primary schools",
    "the coastal road",
    "the flood barrier",
    "the bus depot",
    "the public library",
)
_TAILS = (
    "after a meeting that lasted {n} hours",
    "at a cost of {n} million crowns",
    "following complaints from {n} residents",
    "in a decision welcomed by {n} local businesses",
    "ahead of the winter season",
    "citing safety concerns raised last month",
    "despite objections from the opposition",
)


def digest_text(kilobytes: int, seed: int = 7) -> str:
    """A fictional news digest of about `kilobytes` KB: paragraphs of varied short items."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    size = 0
    while size < kilobytes * 1000:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            tail = rng.choice(_TAILS).format(n=rng.randint(2, 900))
            sentences.append(
                f"In {rng.choice(_PLACES)}, {rng.choice(_ACTORS)} {rng.choice(_ACTS)} "
                f"{rng.choice(_THINGS)} on day {rng.randint(1, 28)} of the month, {tail}."
            )
        paragraph = " ".join(s[0].upper() + s[1:] for s in sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs) + "\n"


SHORT_ARTICLE = (
    "The regional council in Kelsby approved a plan to rebuild the old ferry pier on Monday. "
    "Mayor Ilsa Verrin said the work would start in spring and cost about 40 million crowns. "
    "The fishing cooperative welcomed the decision, which it had sought for three years. "
    "Opposition councillors said the plan ignored the flood barrier, which needs repairs."
)


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kilobytes", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)

    import storydiff
    from storydiff.pipeline import load_models

    started = time.perf_counter()
    load_models()
    print(f"models loaded in {time.perf_counter() - started:.1f} s, RSS {peak_rss_mb():.0f} MB")
    digest = storydiff.Article(text=digest_text(args.kilobytes), outlet="Coast Digest")
    short = storydiff.Article(text=SHORT_ARTICLE, outlet="Kelsby Herald")
    print(f"digest: {len(digest.text):,} characters; short article: {len(short.text)} characters")
    for _ in range(args.repeat):
        started = time.perf_counter()
        comparison = storydiff.compare([digest, short])
        elapsed = time.perf_counter() - started
        print(
            f"compare: {elapsed:.1f} s, peak RSS {peak_rss_mb():.0f} MB, "
            f"{len(comparison.statements)} statement groups, "
            f"warnings: {[w.kind for w in getattr(comparison, 'warnings', ())]}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
