"""Reading the evaluation corpora's records for the gold files: JSON-lines records by id
(AllSides, the Gun Violence Corpus, ECB+), NewsWCL50 documents, NeuS probe lines, the text an
excerpt or record gives, and the publication day an article URL names. Standard library only, plus
the NewsWCL50 reader."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from newswcl50_gold import CONLL, read_conll
from storydiff.text import MONTHS

ALLSIDES_FILE = Path("neus_allsides") / "raw_crawled" / "headline_11_2021-10-19_crawled_all.jsonl"
NEWSWCL_URLS = Path("newswcl50") / "original" / "urls.tsv"
GVC_FILE = Path("clustering") / "gvc_dev.jsonl"
ECBPLUS_FILE = Path("clustering") / "ecbplus_dev.jsonl"
NEUS_FILE = Path("neus_allsides") / "naacl2022_lrc_roundup_random_order_probe" / "test.source"
NEUS_SEP = " [SEP] "
NEUS_TITLE = "TITLE=> "
NEUS_ARTICLE = " ARTICLE=> "


@functools.lru_cache(maxsize=2)
def newswcl_docs(eval_root: Path) -> dict[str, list[list[str]]]:
    return read_conll(eval_root / "newswcl50" / CONLL)


@functools.lru_cache(maxsize=4)
def records_by_id(path: Path) -> dict[str, dict[str, Any]]:
    """The records of a JSON-lines file, by their `id`."""
    records: dict[str, dict[str, Any]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                records[str(record["id"])] = record
    return records


def allsides_records(eval_root: Path) -> dict[str, dict[str, Any]]:
    return records_by_id(eval_root / ALLSIDES_FILE)


def gvc_records(eval_root: Path) -> dict[str, dict[str, Any]]:
    return records_by_id(eval_root / GVC_FILE)


def ecbplus_records(eval_root: Path) -> dict[str, dict[str, Any]]:
    return records_by_id(eval_root / ECBPLUS_FILE)


def ecbplus_text(record: Mapping[str, Any]) -> str:
    """The text of one ECB+ record: its title (the article's first line; ECB+ keeps only that line
    of some articles) and its text, joined by a blank line."""
    parts = [str(record.get("title") or "").strip(), str(record.get("text") or "").strip()]
    return "\n\n".join(p for p in parts if p)


@functools.lru_cache(maxsize=2)
def neus_lines(path: Path) -> tuple[str, ...]:
    """The lines of a NeuS probe ``.source`` file (one story a line, line numbers from 0)."""
    return tuple(path.read_text(encoding="utf-8").split("\n"))


def neus_text(excerpt: str) -> str:
    """The text of one outlet excerpt of a NeuS probe line (``TITLE=> t ARTICLE=> a``): the
    title and the article excerpt, each stripped, joined by a blank line."""
    if not excerpt.startswith(NEUS_TITLE) or excerpt.count(NEUS_ARTICLE) != 1:
        raise ValueError(f"not a NeuS excerpt (TITLE=> ... ARTICLE=> ...): {excerpt[:40]!r}")
    title, article = excerpt[len(NEUS_TITLE) :].split(NEUS_ARTICLE)
    return "\n\n".join(p for p in (title.strip(), article.strip()) if p)


def neus_article(eval_root: Path, rel: str) -> str:
    """The text of article ``"<line>/<slot>"`` of the NeuS probe test file: line number from 0,
    slot 0, 1 or 2 in the line's ``[SEP]`` order."""
    line, slot = (int(n) for n in rel.split("/"))
    excerpts = neus_lines(eval_root / NEUS_FILE)[line].split(NEUS_SEP)
    return neus_text(excerpts[slot])


def allsides_text(news: Mapping[str, Any]) -> str:
    """The text of one AllSides outlet excerpt: title and first paragraphs, blank-line joined."""
    parts = [str(news.get("newsTitle", "")).strip()]
    parts += [str(p).strip() for p in news.get("newBody", [])]
    return "\n\n".join(p for p in parts if p)


def allsides_news(eval_root: Path, rel: str) -> Mapping[str, Any]:
    story, stance = rel.split("/")
    news: Mapping[str, Any] = allsides_records(eval_root)[story]["news"][stance]
    return news


_URL_DAY = re.compile(r"/(20\d\d)[/-](\d\d)[/-](\d\d)(?:/|\b)")
_URL_MONTH_NAME_DAY = re.compile(r"/(20\d\d)/([a-z]{3})/(\d\d?)/")


def url_date(url: str) -> str | None:
    """The publication day written in an article URL (``/2018/04/17/``, ``/2021/apr/22/``)."""
    match = _URL_DAY.search(url)
    if match:
        return "-".join(match.groups())
    match = _URL_MONTH_NAME_DAY.search(url)
    if match and match.group(2) in MONTHS:
        month = MONTHS[match.group(2)]
        return f"{match.group(1)}-{month:02d}-{int(match.group(3)):02d}"
    return None
