"""Gold temporal expressions (timexes) with normalised values, their loader, checker and scorer.

The gold file (``benchmarks/gold/temporal_expressions_gold.json``) lists articles (the two
Reuters/TASS seeds and one BASIL article per year 2010-2019) and, for each, every temporal
expression in scope as a character span plus a ``kind`` and a ``value`` normalised against the
article's publication date.  Its ``description`` field states the selection rule, the scope and
the span/value conventions in full.

The file holds no article text: only paths, offsets, dates, kinds and values.  Offsets are
character offsets into the text storydiff sees:

* BASIL: ``basil_article_text(article_json)`` from ``basil_gold.py`` (sentences joined by a
  space, paragraphs by a blank line);
* seeds: the file's text read as UTF-8;
* GVC (Gun Violence Corpus, ``kind`` ``gvc``): the ``text`` field, as it is, of the record whose
  ``id`` is the article's ``path`` in ``clustering/gvc_dev.jsonl`` (the title is not part of it);
* AllSides (``kind`` ``allsides``, ``path`` ``"<story id>/<left|center|right>"`` in NeuS
  ``raw_crawled/headline_11_2021-10-19_crawled_all.jsonl``): ``allsides_text`` from
  ``conflict_gold.py`` (the outlet's title and first paragraphs, blank-line joined); published is
  the story's ``date`` (its day);
* NewsWCL50 (``kind`` ``newswcl50``, ``path`` the CoNLL document id such as ``"5/-/5_R"``):
  ``article_text`` from ``newswcl50_gold.py``; published is the day written in the article's URL
  (``original/urls.tsv``);
* PolNeAR (``kind`` ``polnear``, ``path`` relative to ``polnear/data``, such as
  ``"dev/text/<file>.txt"``): the file's text read as UTF-8; published is the article's
  ``publication_date`` in ``polnear/data/metadata.tsv``.

Kinds and value forms:

========  ==============================================  =======================
kind      meaning                                          value
========  ==============================================  =======================
date      a single day                                     ``YYYY-MM-DD``
time      a day plus a part of day / clock time            ``YYYY-MM-DD`` (the day)
week      a calendar week                                  ``YYYY-Www`` (ISO 8601)
month     a month                                          ``YYYY-MM``
year      a year                                           ``YYYY``
range     since/until/from-to, weekends                    ``{"start": v, "end": v}``
duration  an amount of time, not anchored                  ``null``
vague     underspecified ("earlier", "hours after")        ``null``
========  ==============================================  =======================

Range ends are ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``null`` (open end); at least one is set.

Scoring lives in timex_score.py.

Standard library only (AllSides and NewsWCL50 texts come from the gold modules that already
read them).  Run ``python benchmarks/timex_gold.py`` to check the gold against local
copies of BASIL and the seeds and print counts per kind and per article.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from timex_texts import (  # re-exported: the gold's texts are read there
    DEFAULT_EVAL,
    DEFAULT_GVC,
    article_path,
    article_text,
    gvc_record,
    source_date,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = Path(__file__).resolve().parent / "gold" / "temporal_expressions_gold.json"
DEFAULT_BASIL = REPO_ROOT.parent / "shared" / "eval" / "basil"
DEFAULT_SEEDS = REPO_ROOT.parent / "shared" / "seeds"

KINDS: tuple[str, ...] = ("date", "time", "week", "month", "year", "range", "duration", "vague")
"""Allowed expression kinds, in report order."""

ARTICLE_KINDS: tuple[str, ...] = ("seed", "basil", "gvc", "allsides", "newswcl50", "polnear")

ARTICLE_SPLITS: tuple[str, ...] = (
    "",
    "test2",
    "dev2",
    "test3",
    "dev3",
    "test4",
    "dev4",
    "dev5",
    "test5",
)
"""An article's own split: "" follows the original year rule of timex_eval.py; "test2" is the
held-out BASIL batch added for issue 11 (never tuned on); "dev2" and "test3" are the Gun
Violence Corpus batch (dev2 may be tuned on, test3 is held out); "dev3" and "test4" are the
AllSides + NewsWCL50 batch (dev3 may be tuned on, test4 is held out); "dev4" is the PolNeAR
batch (may be tuned on); "dev5" and "test5" are the second Gun Violence Corpus batch, split by
incident (dev5 may be tuned on, test5 is held out)."""

NULL_KINDS: frozenset[str] = frozenset({"duration", "vague"})
"""Kinds whose gold value is always ``None`` ("unknown")."""

_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WEEK_RE = re.compile(r"(\d{4})-W(\d{2})")
_MONTH_RE = re.compile(r"(\d{4})-(\d{2})")
_YEAR_RE = re.compile(r"\d{4}")


@dataclass(frozen=True)
class Range:
    """A range value; ``None`` marks an open end."""

    start: str | None
    end: str | None

    def to_json(self) -> dict[str, str | None]:
        return {"start": self.start, "end": self.end}


Value = str | Range | None
"""A normalised value in canonical (hashable) form."""

Prediction = tuple[str, int, int, Any]
"""A predicted timex: ``(article key, start, end, value)``; value in JSON form or canonical."""


@dataclass(frozen=True)
class TimexArticle:
    """One annotated article."""

    key: str
    kind: str  # one of ARTICLE_KINDS
    path: str  # relative to the seeds folder or to BASIL's articles/ folder; GVC: the record id;
    # AllSides: "<story id>/<stance>"; NewsWCL50: the CoNLL document id
    published: str  # YYYY-MM-DD
    split: str = ""  # "" = the original dev/test rule (timex_eval.py); else ARTICLE_SPLITS


@dataclass(frozen=True)
class GoldTimex:
    """One annotated temporal expression."""

    article: str
    start: int
    end: int
    kind: str
    value: Value


@dataclass(frozen=True)
class TimexGold:
    """The whole gold file."""

    description: str
    annotator: str
    articles: Mapping[str, TimexArticle]
    expressions: tuple[GoldTimex, ...]


def to_value(raw: Any) -> Value:
    """Canonical form of a value given as JSON (str, ``{"start", "end"}`` dict, None) or canonical.

    A 2-sequence ``(start, end)`` is also read as a range.  Raises ``ValueError`` otherwise.
    """
    if raw is None or isinstance(raw, str | Range):
        return raw
    if isinstance(raw, Mapping):
        if set(raw) != {"start", "end"}:
            raise ValueError(f"a range needs exactly the keys start and end, got {sorted(raw)}")
        start, end = raw["start"], raw["end"]
    elif isinstance(raw, Sequence) and len(raw) == 2:
        start, end = raw
    else:
        raise ValueError(f"not a timex value: {raw!r}")
    for v in (start, end):
        if v is not None and not isinstance(v, str):
            raise ValueError(f"range ends must be strings or None, got {v!r}")
    return Range(start, end)


def value_to_json(value: Value) -> str | dict[str, str | None] | None:
    """JSON form of a canonical value."""
    return value.to_json() if isinstance(value, Range) else value


def load_timex_gold(path: str | Path = DEFAULT_GOLD) -> TimexGold:
    """Load the gold file into a :class:`TimexGold`."""
    with open(path, encoding="utf-8") as fh:
        raw = json.load(fh)
    articles = {
        str(k): TimexArticle(
            key=str(k),
            kind=str(a["kind"]),
            path=str(a["path"]),
            published=str(a["published"]),
            split=str(a.get("split", "")),
        )
        for k, a in raw["articles"].items()
    }
    expressions = tuple(
        GoldTimex(
            article=str(e["article"]),
            start=int(e["start"]),
            end=int(e["end"]),
            kind=str(e["kind"]),
            value=to_value(e["value"]),
        )
        for e in raw["expressions"]
    )
    return TimexGold(
        description=str(raw.get("description", "")),
        annotator=str(raw.get("annotator", "")),
        articles=articles,
        expressions=expressions,
    )


# --------------------------------------------------------------------------- value checks


def _is_day(s: str) -> bool:
    if not _DAY_RE.fullmatch(s):
        return False
    try:
        dt.date.fromisoformat(s)
    except ValueError:
        return False
    return True


def _is_week(s: str) -> bool:
    m = _WEEK_RE.fullmatch(s)
    if not m:
        return False
    try:
        dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:
        return False
    return True


def _is_month(s: str) -> bool:
    m = _MONTH_RE.fullmatch(s)
    return bool(m) and 1 <= int(m.group(2)) <= 12


def _is_year(s: str) -> bool:
    return bool(_YEAR_RE.fullmatch(s))


def _period_start(s: str) -> dt.date:
    """First day of a YYYY / YYYY-MM / YYYY-MM-DD value (for ordering range ends)."""
    if _is_day(s):
        return dt.date.fromisoformat(s)
    if _is_month(s):
        return dt.date(int(s[:4]), int(s[5:7]), 1)
    return dt.date(int(s[:4]), 1, 1)


def value_problems(kind: str, value: Value) -> list[str]:
    """Why ``value`` is not a well-formed gold value for ``kind`` (empty when it is)."""
    if kind not in KINDS:
        return [f"unknown kind {kind!r}"]
    if kind in NULL_KINDS:
        return [] if value is None else [f"{kind} value must be null, got {value!r}"]
    if kind == "range":
        if not isinstance(value, Range):
            return [f"range value must be {{start, end}}, got {value!r}"]
        ends = [v for v in (value.start, value.end) if v is not None]
        if not ends:
            return ["range with both ends null (use kind vague)"]
        bad = [v for v in ends if not (_is_day(v) or _is_month(v) or _is_year(v))]
        if bad:
            return [f"range end(s) not YYYY, YYYY-MM or YYYY-MM-DD: {bad}"]
        if len(ends) == 2 and _period_start(ends[0]) > _period_start(ends[1]):
            return [f"range starts after it ends: {value!r}"]
        return []
    if not isinstance(value, str):
        return [f"{kind} value must be a string, got {value!r}"]
    check = {
        "date": _is_day,
        "time": _is_day,
        "week": _is_week,
        "month": _is_month,
        "year": _is_year,
    }[kind]
    return [] if check(value) else [f"{kind} value {value!r} is malformed"]


def validate(
    gold: TimexGold,
    texts: Mapping[str, str] | None = None,
    basil_dates: Mapping[str, str] | None = None,
) -> list[str]:
    """Problems with the gold (empty list when it is valid).

    Always checks article entries (kind, published date), that every expression names a known
    article, kinds and value formats, and that gold spans of an article do not overlap.  With
    ``texts`` (article key -> text), also checks offsets are in range and spans non-empty with
    no surrounding whitespace.  With ``basil_dates`` (article key -> the BASIL file's ``date``
    or the GVC record's ``published``), checks each article's ``published`` matches it.
    """
    errs: list[str] = []
    for key, a in gold.articles.items():
        if a.kind not in ARTICLE_KINDS:
            errs.append(f"{key}: unknown article kind {a.kind!r}")
        if a.split not in ARTICLE_SPLITS:
            errs.append(f"{key}: split must be one of {ARTICLE_SPLITS}")
        if not _is_day(a.published):
            errs.append(f"{key}: published {a.published!r} is not a valid YYYY-MM-DD date")
        file_date = basil_dates.get(key) if basil_dates is not None else None
        if a.kind != "seed" and file_date is not None and file_date != a.published:
            errs.append(f"{key}: published {a.published} but the file says {file_date}")
    by_article: dict[str, list[GoldTimex]] = {}
    for i, e in enumerate(gold.expressions):
        where = f"expression {i} ({e.article} {e.start}-{e.end})"
        if e.article not in gold.articles:
            errs.append(f"{where}: unknown article")
            continue
        by_article.setdefault(e.article, []).append(e)
        errs += [f"{where}: {p}" for p in value_problems(e.kind, e.value)]
        if not 0 <= e.start < e.end:
            errs.append(f"{where}: empty or negative span")
            continue
        if texts is not None and e.article in texts:
            text = texts[e.article]
            if e.end > len(text):
                errs.append(f"{where}: span beyond the text ({len(text)} characters)")
                continue
            span = text[e.start : e.end]
            if span != span.strip():
                errs.append(f"{where}: span has surrounding whitespace")
    for key, exprs in by_article.items():
        ordered = sorted(exprs, key=lambda x: (x.start, x.end))
        for a, b in pairwise(ordered):
            if b.start < a.end:
                errs.append(f"{key}: gold spans {a.start}-{a.end} and {b.start}-{b.end} overlap")
    return errs


# --------------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Check the temporal-expression gold against local data and print counts."
    )
    ap.add_argument("--gold", default=str(DEFAULT_GOLD), help="gold JSON file")
    ap.add_argument("--basil", default=str(DEFAULT_BASIL), help="BASIL root (contains articles/)")
    ap.add_argument("--seeds", default=str(DEFAULT_SEEDS), help="folder with the seed articles")
    ap.add_argument("--gvc", default=str(DEFAULT_GVC), help="the GVC records (gvc_dev.jsonl)")
    ap.add_argument("--eval", default=str(DEFAULT_EVAL), help="shared/eval (AllSides, NewsWCL50)")
    args = ap.parse_args(argv)

    basil, seeds, gvc = Path(args.basil), Path(args.seeds), Path(args.gvc)
    eval_root = Path(args.eval)
    gold = load_timex_gold(args.gold)
    kinds_used = {a.kind for a in gold.articles.values()}
    missing: list[str] = []
    if "basil" in kinds_used and not (basil / "articles").is_dir():
        missing.append(f"BASIL not found at {basil} (expected {basil / 'articles'}); pass --basil")
    if "seed" in kinds_used and not seeds.is_dir():
        missing.append(f"seed articles not found at {seeds}; pass --seeds")
    if "gvc" in kinds_used and not gvc.is_file():
        missing.append(f"GVC records not found at {gvc}; pass --gvc")
    if kinds_used & {"allsides", "newswcl50", "polnear"} and not eval_root.is_dir():
        missing.append(f"shared eval data not found at {eval_root}; pass --eval")
    if missing:
        for m in missing:
            print(m, file=sys.stderr)
        return 2

    errs: list[str] = []
    texts: dict[str, str] = {}
    basil_dates: dict[str, str] = {}
    for key, entry in gold.articles.items():
        path = article_path(entry, basil, seeds, gvc)
        try:
            if entry.kind == "gvc":
                record = gvc_record(entry, gvc)
                texts[key] = str(record["text"])
                basil_dates[key] = str(record.get("published"))
                continue
            if entry.kind in ("allsides", "newswcl50", "polnear"):
                texts[key] = article_text(entry, basil, seeds, gvc, eval_root)
                basil_dates[key] = str(source_date(entry, eval_root))
                continue
            texts[key] = article_text(entry, basil, seeds)
            if entry.kind == "basil":
                with open(path, encoding="utf-8") as fh:
                    basil_dates[key] = str(json.load(fh).get("date"))
        except (FileNotFoundError, KeyError):
            errs.append(f"{key}: missing article file or record {path}")
    errs += validate(gold, texts, basil_dates)

    per_article = Counter(e.article for e in gold.expressions)
    per_kind = Counter(e.kind for e in gold.expressions)
    fmt = "{:52}  {:5}  {:10}  {:>5}  {}"
    print(fmt.format("article", "kind", "published", "n", "kinds"))
    for key, entry in gold.articles.items():
        kinds = Counter(e.kind for e in gold.expressions if e.article == key)
        desc = " ".join(f"{k}={kinds[k]}" for k in KINDS if kinds[k])
        print(fmt.format(key, entry.kind, entry.published, per_article[key], desc))
    print()
    print("per kind: " + ", ".join(f"{k}={per_kind[k]}" for k in KINDS if per_kind[k]))
    n_null = sum(e.value is None for e in gold.expressions)
    print(
        f"total: {len(gold.expressions)} expressions in {len(gold.articles)} articles "
        f"({n_null} with value null = unknown)"
    )

    from timex_score import gold_as_prediction, score  # the scorer imports this module

    self_score = score(gold, gold_as_prediction(gold))
    if not (self_score.recall == self_score.precision == self_score.accuracy == 1.0):
        errs.append(f"scorer self-check failed: {self_score.as_dict()}")
    if errs:
        print(f"{len(errs)} problem(s):", file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        return 1
    print("gold OK: files, dates, offsets, spans and values valid; scorer self-check passed")
    return 0


if __name__ == "__main__":
    # Through the importable module, so that the scorer (which imports it) and this check
    # share one set of classes.
    import timex_gold

    sys.exit(timex_gold.main())
