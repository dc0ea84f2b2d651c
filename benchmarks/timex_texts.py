"""The texts the timex gold's offsets index into, and the publication days the data gives.

Split from timex_gold.py, which re-exports these names.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from basil_gold import basil_article_text

if TYPE_CHECKING:
    from timex_gold import TimexArticle

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GVC = REPO_ROOT.parent / "shared" / "eval" / "clustering" / "gvc_dev.jsonl"
DEFAULT_EVAL = REPO_ROOT.parent / "shared" / "eval"
POLNEAR_DATA = Path("polnear") / "data"


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
