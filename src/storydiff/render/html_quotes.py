"""The quote part of the HTML report: quote groups with word-level diffs, the speaker table.

Built from the JSON dictionary like the rest of the report; every string is article text
sliced at offsets the comparison carries, left for Jinja's autoescaping.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

PART_JOINER = " … "


@dataclass(frozen=True)
class DiffPiece:
    kind: str  # "same" | "del" | "ins"
    text: str


@dataclass(frozen=True)
class QuoteVersionItem:
    outlet: str
    kind: str
    cue: str
    speaker_text: str
    offsets: str
    text: str
    diff: list[DiffPiece]
    compared_with: str


@dataclass(frozen=True)
class QuoteGroupItem:
    id: str
    speaker: str
    outlets: list[str]
    versions: list[QuoteVersionItem]


@dataclass(frozen=True)
class SpeakerItem:
    speaker: str
    counts: list[int]


def quote_context(data: Mapping[str, Any]) -> dict[str, Any]:
    articles: list[Mapping[str, Any]] = list(data.get("articles", []))
    texts = {str(a["id"]): str(a.get("text", "")) for a in articles}
    outlets = {str(a["id"]): str(a["outlet"]) for a in articles}
    shared: list[QuoteGroupItem] = []
    single: dict[str, list[QuoteVersionItem]] = {str(a["id"]): [] for a in articles}
    for group in data.get("quotes", []):
        members = list(group.get("members", []))
        versions = [_version(m, members, texts, outlets) for m in members]
        ids = [str(a) for a in group.get("articles", [])]
        if len(ids) > 1:
            shared.append(
                QuoteGroupItem(
                    str(group["id"]),
                    str(group.get("speaker") or "speaker unknown"),
                    [outlets[i] for i in ids],
                    versions,
                )
            )
        elif ids:
            single[ids[0]].extend(versions)
    speakers = [
        SpeakerItem(
            str(row["speaker"]), [int(row["counts"].get(str(a["id"]), 0)) for a in articles]
        )
        for row in data.get("speakers", [])
    ]
    return {
        "quote_groups": shared,
        "quoted_only": [(outlets[i], items) for i, items in single.items() if items],
        "speakers": speakers,
        "speaker_outlets": [outlets[str(a["id"])] for a in articles],
    }


def _version(
    member: Mapping[str, Any],
    members: Sequence[Mapping[str, Any]],
    texts: Mapping[str, str],
    outlets: Mapping[str, str],
) -> QuoteVersionItem:
    article = str(member["article"])
    text = texts.get(article, "")
    parts = [(int(p["start"]), int(p["end"])) for p in member.get("parts", [])] or [
        (int(member["start"]), int(member["end"]))
    ]
    changes = list(member.get("changes", []))
    compared = member.get("compared_with")
    compared_with = ""
    if isinstance(compared, int) and 0 <= compared < len(members):
        compared_with = outlets.get(str(members[compared]["article"]), "")
    return QuoteVersionItem(
        outlet=outlets.get(article, article),
        kind=str(member.get("kind", "")),
        cue=str(member.get("cue") or "no cue"),
        speaker_text=str(member.get("speaker_text") or ""),
        offsets=f"{member['start']}:{member['end']}",
        text=str(member.get("text", "")),
        diff=diff_pieces(text, parts, changes) if changes else [],
        compared_with=compared_with,
    )


def diff_pieces(
    text: str, parts: Sequence[tuple[int, int]], changes: Sequence[Mapping[str, Any]]
) -> list[DiffPiece]:
    """The version's words in order, with the reference's dropped or replaced words struck
    through before the words that replaced them."""
    pieces: list[DiffPiece] = []
    cursor = parts[0][0]
    for change in sorted(changes, key=lambda c: (int(c["version_start"]), int(c["version_end"]))):
        start, end = int(change["version_start"]), int(change["version_end"])
        _same(pieces, text, parts, cursor, start)
        if change.get("reference"):
            pieces.append(DiffPiece("del", str(change["reference"])))
        if change.get("version"):
            pieces.append(DiffPiece("ins", text[start:end]))
        cursor = max(cursor, end)
    _same(pieces, text, parts, cursor, parts[-1][1])
    return pieces


def _same(
    pieces: list[DiffPiece], text: str, parts: Sequence[tuple[int, int]], start: int, end: int
) -> None:
    chunks = [text[max(s, start) : min(e, end)] for s, e in parts if max(s, start) < min(e, end)]
    if chunks:
        pieces.append(DiffPiece("same", PART_JOINER.join(chunks)))
