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

Scoring (:func:`score`) takes predictions ``(article, start, end, value)``.  A gold expression is
*found* when some predicted span of the same article overlaps it; its value is judged on the
overlapping prediction with the largest overlap (ties: the earliest start), and it is *correct*
when that value equals the gold value (ranges: both ends equal; vague and duration gold: correct
iff the predicted value is ``None``, i.e. the normaliser said "unknown").  Detection precision
counts predicted spans that overlap some gold span; it is only meaningful over the annotated
articles, so predictions for other articles are ignored (and counted separately).

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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from basil_gold import basil_article_text

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = Path(__file__).resolve().parent / "gold" / "temporal_expressions_gold.json"
DEFAULT_BASIL = REPO_ROOT.parent / "shared" / "eval" / "basil"
DEFAULT_SEEDS = REPO_ROOT.parent / "shared" / "seeds"
DEFAULT_GVC = REPO_ROOT.parent / "shared" / "eval" / "clustering" / "gvc_dev.jsonl"
DEFAULT_EVAL = REPO_ROOT.parent / "shared" / "eval"
POLNEAR_DATA = Path("polnear") / "data"

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


def article_path(
    entry: TimexArticle,
    basil_root: str | Path,
    seeds_dir: str | Path,
    gvc_file: str | Path = DEFAULT_GVC,
) -> Path:
    """The file of an article on this machine (GVC: the JSON-lines file holding its record)."""
    if entry.kind == "basil":
        return Path(basil_root) / "articles" / entry.path
    if entry.kind == "gvc":
        return Path(gvc_file)
    return Path(seeds_dir) / entry.path


def gvc_record(entry: TimexArticle, gvc_file: str | Path = DEFAULT_GVC) -> dict[str, Any]:
    """The GVC record of ``entry`` (its ``path`` is the record id); KeyError when absent."""
    with open(gvc_file, encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record.get("id") == entry.path:
                return dict(record)
    raise KeyError(f"{entry.key}: no record {entry.path!r} in {gvc_file}")


def article_text(
    entry: TimexArticle,
    basil_root: str | Path,
    seeds_dir: str | Path,
    gvc_file: str | Path = DEFAULT_GVC,
    eval_root: str | Path = DEFAULT_EVAL,
) -> str:
    """The text the gold offsets of ``entry`` index into (see the module docstring)."""
    if entry.kind == "gvc":
        return str(gvc_record(entry, gvc_file)["text"])
    if entry.kind in ("allsides", "newswcl50"):
        return _other_text(entry, Path(eval_root))
    if entry.kind == "polnear":
        return (Path(eval_root) / POLNEAR_DATA / entry.path).read_text(encoding="utf-8")
    path = article_path(entry, basil_root, seeds_dir)
    if entry.kind == "basil":
        with open(path, encoding="utf-8") as fh:
            text, _spans = basil_article_text(json.load(fh))
        return text
    return path.read_text(encoding="utf-8")


def _other_text(entry: TimexArticle, eval_root: Path) -> str:
    """AllSides and NewsWCL50 texts, rebuilt as the conflict and alignment golds rebuild them."""
    from eval_records import ALLSIDES_FILE, allsides_text, records_by_id  # needs storydiff
    from newswcl50_gold import CONLL, read_conll
    from newswcl50_gold import article_text as newswcl_text

    if entry.kind == "newswcl50":
        return newswcl_text(read_conll(eval_root / "newswcl50" / CONLL)[entry.path])[0]
    story, stance = entry.path.split("/")
    return allsides_text(records_by_id(eval_root / ALLSIDES_FILE)[story]["news"][stance])


def source_date(entry: TimexArticle, eval_root: Path) -> str | None:
    """The publication day the data gives for an AllSides, NewsWCL50 or PolNeAR article."""
    if entry.kind == "polnear":
        return _polnear_date(entry.path, eval_root)
    from eval_records import ALLSIDES_FILE, NEWSWCL_URLS, records_by_id, url_date

    if entry.kind == "allsides":
        return str(records_by_id(eval_root / ALLSIDES_FILE)[entry.path.split("/")[0]]["date"])[:10]
    event, outlet = entry.path.split("/")[-1].split("_")
    for line in (eval_root / NEWSWCL_URLS).read_text(encoding="utf-8").splitlines()[1:]:
        row = line.split("\t")
        if row[:2] == [event, outlet]:
            return url_date(row[2])
    return None


def _polnear_date(path: str, eval_root: Path) -> str | None:
    """The ``publication_date`` of a PolNeAR text in ``metadata.tsv`` (None: not listed)."""
    name = Path(path).stem
    lines = (eval_root / POLNEAR_DATA / "metadata.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t"), strict=False))
        if row.get("filename") == name:
            return row.get("publication_date")
    return None


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


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class KindScore:
    """Counts for one gold kind."""

    gold: int
    found: int
    correct: int

    @property
    def accuracy(self) -> float:
        """correct / gold (0.0 when there is no gold)."""
        return self.correct / self.gold if self.gold else 0.0

    @property
    def accuracy_found(self) -> float:
        """correct / found (0.0 when nothing was found)."""
        return self.correct / self.found if self.found else 0.0


@dataclass(frozen=True)
class TimexScore:
    """Detection and normalisation scores."""

    gold: int
    predicted: int  # predictions on annotated articles
    ignored: int  # predictions on articles that are not in the gold
    found: int  # gold expressions overlapped by some prediction
    correct: int  # found and with the right value
    predicted_matched: int  # predictions overlapping some gold expression
    per_kind: Mapping[str, KindScore]

    @property
    def recall(self) -> float:
        """Detection recall: found / gold."""
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        """Detection precision: matched predictions / predictions (annotated articles only)."""
        return self.predicted_matched / self.predicted if self.predicted else 0.0

    @property
    def accuracy_found(self) -> float:
        """Normalisation accuracy over found expressions: correct / found."""
        return self.correct / self.found if self.found else 0.0

    @property
    def accuracy(self) -> float:
        """Overall accuracy: correct / gold."""
        return self.correct / self.gold if self.gold else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "ignored": self.ignored,
            "found": self.found,
            "correct": self.correct,
            "predicted_matched": self.predicted_matched,
            "recall": self.recall,
            "precision": self.precision,
            "accuracy_found": self.accuracy_found,
            "accuracy": self.accuracy,
            "per_kind": {
                k: {
                    "gold": s.gold,
                    "found": s.found,
                    "correct": s.correct,
                    "accuracy": s.accuracy,
                    "accuracy_found": s.accuracy_found,
                }
                for k, s in self.per_kind.items()
            },
        }


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def values_equal(gold: Value, predicted: Value) -> bool:
    """Whether a predicted value matches a gold value (ranges: both ends; None: "unknown")."""
    return gold == predicted


def score(gold: TimexGold | Iterable[GoldTimex], predicted: Iterable[Prediction]) -> TimexScore:
    """Score predicted ``(article, start, end, value)`` tuples against the gold.

    ``gold`` is a :class:`TimexGold` or any iterable of :class:`GoldTimex`; in the latter case
    the annotated articles are those with at least one gold expression.
    """
    if isinstance(gold, TimexGold):
        expressions = list(gold.expressions)
        annotated = set(gold.articles)
    else:
        expressions = list(gold)
        annotated = {e.article for e in expressions}
    preds: dict[str, list[tuple[int, int, Value]]] = {}
    n_pred = ignored = 0
    for article, start, end, value in predicted:
        if article not in annotated:
            ignored += 1
            continue
        n_pred += 1
        preds.setdefault(article, []).append((int(start), int(end), to_value(value)))

    found = correct = 0
    kind_counts: dict[str, list[int]] = {k: [0, 0, 0] for k in KINDS}
    for g in expressions:
        best: tuple[int, int, Value] | None = None
        best_key: tuple[int, int] | None = None
        for start, end, value in preds.get(g.article, []):
            ov = _overlap(g.start, g.end, start, end)
            if ov <= 0:
                continue
            key = (ov, -start)
            if best_key is None or key > best_key:
                best, best_key = (start, end, value), key
        counts = kind_counts.setdefault(g.kind, [0, 0, 0])
        counts[0] += 1
        if best is None:
            continue
        found += 1
        counts[1] += 1
        if values_equal(g.value, best[2]):
            correct += 1
            counts[2] += 1

    matched = 0
    for article, plist in preds.items():
        spans = [(g.start, g.end) for g in expressions if g.article == article]
        for start, end, _value in plist:
            if any(_overlap(start, end, gs, ge) > 0 for gs, ge in spans):
                matched += 1

    per_kind = {k: KindScore(*c) for k, c in kind_counts.items() if c[0]}
    return TimexScore(
        gold=len(expressions),
        predicted=n_pred,
        ignored=ignored,
        found=found,
        correct=correct,
        predicted_matched=matched,
        per_kind=per_kind,
    )


def gold_as_prediction(gold: TimexGold) -> list[Prediction]:
    """The gold itself as predictions (a scorer self-check: everything found and correct)."""
    return [(e.article, e.start, e.end, value_to_json(e.value)) for e in gold.expressions]


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
    sys.exit(main())
