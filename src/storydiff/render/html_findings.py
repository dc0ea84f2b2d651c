"""Conflicts and the timeline in the HTML report, from the JSON dictionary.

Every string is article text sliced at offsets the comparison carries, or an explanation
built from such text; Jinja's autoescaping escapes them all.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..crossdoc.timeline import sort_key
from ..text import clip

MAX_LABEL_CHARS = 90


@dataclass(frozen=True)
class Piece:
    text: str
    evidence: bool = False


@dataclass(frozen=True)
class ConflictSideItem:
    outlet: str
    offsets: str
    pieces: list[Piece]


@dataclass(frozen=True)
class ConflictItem:
    id: str
    type: str
    explanation: str
    sides: list[ConflictSideItem]


@dataclass(frozen=True)
class LaneCell:
    events: list[tuple[str, str, bool]]  # (event id, label, dates differ)


@dataclass(frozen=True)
class TimelineItem:
    dates: list[str]
    lanes: list[tuple[str, list[LaneCell]]]
    events: list[tuple[str, str, str, bool, list[str]]]  # id, date, label, differ, outlets
    order_notes: list[str]
    undated: list[str]


@dataclass(frozen=True)
class NamingRow:
    label: str
    type: str
    differs: bool
    cells: list[tuple[str, str, int] | None]  # (labels, descriptors, count) per outlet


def findings_context(data: Mapping[str, Any]) -> dict[str, Any]:
    articles: list[Mapping[str, Any]] = list(data.get("articles", []))
    outlets = {str(a["id"]): str(a["outlet"]) for a in articles}
    conflicts = [_conflict(c, outlets) for c in data.get("conflicts", [])]
    naming = []
    for entity in data.get("entities", []):
        present = {str(a["article"]): a for a in entity.get("articles", [])}
        cells: list[tuple[str, str, int] | None] = []
        for article in articles:
            named = present.get(str(article["id"]))
            if named is None:
                cells.append(None)
            else:
                cells.append(
                    (
                        ", ".join(named["labels"]),
                        "; ".join(named["descriptors"]),
                        int(named["count"]),
                    )
                )
        naming.append(
            NamingRow(str(entity["label"]), str(entity["type"]), bool(entity["differs"]), cells)
        )
    framing = []
    for item in data.get("framing", []):
        uses: dict[str, list[str]] = {}
        for use in item.get("attributions", []):
            uses.setdefault(str(use["stance"]), []).append(
                f"{use['cue']} ({use['speaker'] or '?'})"
            )
        framing.append(
            (
                outlets.get(str(item["article"]), str(item["article"])),
                [(stance, "; ".join(uses[stance])) for stance in sorted(uses)],
                ", ".join(dict.fromkeys(str(x["text"]) for x in item.get("loaded", []))),
                ", ".join(dict.fromkeys(str(h["text"]) for h in item.get("hedges", []))),
            )
        )
    return {
        "framing": framing,
        "conflicts": conflicts,
        "timeline": _timeline(data.get("timeline") or {}, outlets),
        "naming": naming,
        "naming_outlets": [outlets[str(a["id"])] for a in articles],
    }


def _conflict(conflict: Mapping[str, Any], outlets: Mapping[str, str]) -> ConflictItem:
    sides = []
    for side in conflict.get("sides", []):
        start, text = int(side["start"]), str(side["text"])
        pieces: list[Piece] = []
        cursor = 0
        for span in sorted(side.get("evidence", []), key=lambda e: int(e["start"])):
            s, e = int(span["start"]) - start, int(span["end"]) - start
            if s < cursor or s < 0 or e > len(text):
                continue
            pieces.append(Piece(text[cursor:s]))
            pieces.append(Piece(text[s:e], evidence=True))
            cursor = e
        pieces.append(Piece(text[cursor:]))
        sides.append(
            ConflictSideItem(
                outlets.get(str(side["article"]), str(side["article"])),
                f"{side['start']}:{side['end']}",
                [p for p in pieces if p.text],
            )
        )
    return ConflictItem(
        str(conflict["id"]), str(conflict["type"]), str(conflict["explanation"]), sides
    )


def _timeline(timeline: Mapping[str, Any], outlets: Mapping[str, str]) -> TimelineItem:
    events = list(timeline.get("events", []))
    dates = sorted({str(e["date"]) for e in events}, key=sort_key)
    index = {d: i for i, d in enumerate(dates)}
    lanes = []
    for article, ids in (timeline.get("lanes") or {}).items():
        cells = [LaneCell([]) for _ in dates]
        by_id = {str(e["id"]): e for e in events}
        for event_id in ids:
            event = by_id.get(str(event_id))
            if event is None:
                continue
            entry = next((x for x in event["entries"] if x["article"] == article), None)
            if entry is None:
                continue
            label = clip(str(entry["text"]), MAX_LABEL_CHARS)
            cell = cells[index[str(event["date"])]]
            cell.events.append((str(event_id), label, bool(event["dates_differ"])))
        lanes.append((outlets.get(str(article), str(article)), cells))
    rows = [
        (
            str(e["id"]),
            str(e["date"]),
            clip(str(e["entries"][0]["text"]), MAX_LABEL_CHARS),
            bool(e["dates_differ"]),
            [f"{outlets.get(str(x['article']), x['article'])}: {x['date']}" for x in e["entries"]],
        )
        for e in events
    ]
    notes = [
        f"{outlets.get(o['articles'][0], o['articles'][0])} puts {o['first']} before "
        f"{o['second']}; {outlets.get(o['articles'][1], o['articles'][1])} after"
        for o in timeline.get("order_differences", [])
    ]
    undated = [outlets.get(str(a), str(a)) for a in timeline.get("undated_articles", [])]
    return TimelineItem(dates, lanes, rows, notes, undated)
