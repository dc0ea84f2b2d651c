"""PolNeAR's BRAT files: attribution relations (content, source, cue) and the article pairs.

Split from attribution_eval.py, which re-exports these names.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

Fragment = tuple[int, int]

_ROLE = re.compile(r"^([A-Za-z][A-Za-z-]*?)(\d*):(T\d+)$")


@dataclass(frozen=True)
class Relation:
    """One attribution relation: its content, source and cue fragments (source/cue may be ())."""

    content: tuple[Fragment, ...]
    source: tuple[Fragment, ...] = ()
    cue: tuple[Fragment, ...] = ()


@dataclass
class Annotations:
    relations: list[Relation] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)


def parse_fragments(field_text: str) -> tuple[str, tuple[Fragment, ...]]:
    """``"Content 10 20;25 40"`` -> ``("Content", ((10, 20), (25, 40)))``; ValueError if bad."""
    label, _, offsets = field_text.partition(" ")
    fragments = []
    for piece in offsets.split(";"):
        numbers = piece.split()
        if len(numbers) != 2:
            raise ValueError(f"bad fragment {piece!r}")
        start, end = int(numbers[0]), int(numbers[1])
        if not 0 <= start <= end:
            raise ValueError(f"bad fragment {piece!r}")
        fragments.append((start, end))
    if not label:
        raise ValueError("no label")
    return label, tuple(fragments)


def parse_ann(ann_text: str) -> Annotations:
    """Attribution relations of one BRAT ``.ann`` file, with counts of what was skipped."""
    spans: dict[str, tuple[str, tuple[Fragment, ...]]] = {}
    events: list[list[str]] = []
    out = Annotations()
    for line in ann_text.splitlines():
        columns = line.split("\t")
        if line.startswith("T") and len(columns) >= 2:
            try:
                spans[columns[0]] = parse_fragments(columns[1])
            except ValueError:
                out.skipped["malformed T line"] += 1
        elif line.startswith("E") and len(columns) >= 2:
            events.append(columns[1].split())
        elif line.startswith(("T", "E")):
            out.skipped["malformed line"] += 1
    for roles in events:
        content: list[Fragment] = []
        source: list[Fragment] = []
        cue: list[Fragment] = []
        for role in roles[1:]:  # roles[0] is the trigger: Attribution(-no-source):T…
            match = _ROLE.match(role)
            if match is None:
                out.skipped["malformed role"] += 1
                continue
            name, _, tid = match.groups()
            if tid not in spans:
                out.skipped["role with a missing T id"] += 1
                continue
            target = {"Content": content, "Source": source, "Cue": cue}.get(name)
            if target is None:
                out.skipped[f"unknown role {name}"] += 1
                continue
            target.extend(spans[tid][1])
        if not content:
            out.skipped["relation without content"] += 1
            continue
        out.relations.append(Relation(tuple(content), tuple(source), tuple(cue)))
    return out


@dataclass(frozen=True)
class ArticleFiles:
    name: str
    text: Path
    ann: Path


def article_files(split_dir: Path) -> list[ArticleFiles]:
    """One (text, annotation) pair per article: its first ``.ann`` in sorted filename order."""
    chosen: dict[str, Path] = {}
    for ann in sorted((split_dir / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        chosen.setdefault(name, ann)
    out = []
    for name, ann in sorted(chosen.items()):
        text = split_dir / "text" / f"{name}.txt"
        if text.exists():
            out.append(ArticleFiles(name, text, ann))
    return out
