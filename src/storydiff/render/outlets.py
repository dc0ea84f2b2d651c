"""`storydiff outlets` output: a terminal table, the versioned JSON, one self-contained HTML page.

All three read the same `OutletReport`; the JSON holds everything (every figure's story ids),
the terminal and HTML show the figures, the distinctive labels and a few examples each.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from html import escape as html_escape

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..model.outlets import (
    Density,
    DistinctiveLabel,
    Evidence,
    OutletProfile,
    OutletReport,
    Rate,
)
from ..text import clip

EXAMPLE_CHARS = 160

COLUMNS = (
    ("stories", "shared stories it covered"),
    ("only it", "its statements no other outlet of the story reported"),
    ("left out", "statements most others reported (two or more) that it did not"),
    ("quotes", "quote groups it carries"),
    ("own wording", "shared quotes it words unlike every other outlet"),
    ("loaded /1k words", "loaded words and phrases per 1,000 words"),
)


def render_outlets_json(report: OutletReport) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


def _rate(rate: Rate) -> str:
    if rate.rate is None:
        return "–"
    return f"{rate.count}/{rate.of} ({rate.rate:.0%})"


def _density(density: Density) -> str:
    return "–" if density.per_1000_words is None else f"{density.per_1000_words:.1f}"


def _cells(report: OutletReport) -> list[list[str]]:
    return [_row(p) for p in report.outlets]


def _row(p: OutletProfile) -> list[str]:
    return [
        p.outlet, str(p.stories.count), _rate(p.unique), _rate(p.omitted),
        str(p.quotes.count), _rate(p.quote_wording), _density(p.loaded),
    ]  # fmt: skip


def _heading(report: OutletReport) -> str:
    dates = ""
    if report.since or report.until:
        dates = f", articles {report.since or '…'} to {report.until or '…'}"
    return (
        f"{_count(len(report.outlets), 'outlet')} across {_count(len(report.stories), 'story')} "
        f"covered by two or more outlets ({report.store}{dates})"
    )


def _count(n: int, noun: str) -> str:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{n} {noun if n == 1 else plural}"


def _label_line(label: DistinctiveLabel) -> str:
    others = ", ".join(label.others[:4]) or "–"
    stories = ", ".join(str(s) for s in label.stories)
    return (
        f"{label.kind} “{label.label}” for {label.actor} (others: {others}); "
        f"{_count(label.uses, 'use')}, stories {stories}"
    )


def _example_line(evidence: Evidence) -> str:
    span = evidence.spans[0]
    more = f" (+{len(evidence.spans) - 1} more)" if len(evidence.spans) > 1 else ""
    return (
        f"story {evidence.story} {evidence.finding} {span.outlet} {span.record} "
        f"[{span.start}:{span.end}] {clip(span.text, EXAMPLE_CHARS)}{more}"
    )


def _notes(report: OutletReport) -> list[str]:
    notes = []
    if report.below_min_stories:
        notes.append(
            f"Left out (fewer than {report.min_stories} shared stories): "
            + ", ".join(report.below_min_stories)
        )
    if report.single_outlet_stories:
        notes.append(
            f"{len(report.single_outlet_stories)} stories covered by one outlet only are not "
            "counted"
        )
    notes.append("--format json lists the story ids behind every figure")
    return notes


def _sections(report: OutletReport) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    """Per outlet: (title, [(heading, lines)]) for labels, unique and left-out examples."""
    sections = []
    for p in report.outlets:
        parts = [
            ("distinctive labels", [_label_line(x) for x in p.labels]),
            ("only it reported, e.g.", [_example_line(e) for e in p.unique.examples]),
            ("left out, e.g.", [_example_line(e) for e in p.omitted.examples]),
            ("own quote wording, e.g.", [_example_line(e) for e in p.quote_wording.examples]),
        ]
        sections.append((p.outlet, [(h, lines) for h, lines in parts if lines]))
    return sections


def render_outlets_text(report: OutletReport, console: Console | None = None) -> None:
    console = console or Console()
    console.print(_heading(report), highlight=False)
    table = Table(title="Outlets across stories", title_justify="left")
    table.add_column("outlet")
    for name, _ in COLUMNS:
        table.add_column(name, justify="right")
    for row in _cells(report):
        table.add_row(*(escape(cell) for cell in row))
    console.print(table)
    for name, description in COLUMNS:
        console.print(f"  {name}: {description}", style="dim", highlight=False)
    for title, parts in _sections(report):
        console.print(f"\n[bold]{escape(title)}[/]", highlight=False)
        for heading, lines in parts:
            console.print(f"  {heading}:", style="dim", highlight=False)
            for line in lines:
                console.print(f"    {escape(line)}", highlight=False)
    for note in _notes(report):
        console.print(note, style="dim", highlight=False)


_CSS = (
    "body{font:15px/1.45 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em}"
    "table{border-collapse:collapse}th,td{border-bottom:1px solid #ccc;padding:.3em .7em;"
    "text-align:right}th:first-child,td:first-child{text-align:left}"
    "li{margin:.2em 0}.dim{color:#666}"
)


def render_outlets_html(report: OutletReport) -> str:
    """One self-contained page: the table, then each outlet's labels and examples."""
    e = html_escape
    head = "".join(f'<th title="{e(d)}">{e(n)}</th>' for n, d in COLUMNS)
    rows = "".join(
        "<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in _cells(report)
    )
    body = [
        f"<h1>Outlets across stories</h1><p>{e(_heading(report))}</p>",
        f"<table><thead><tr><th>outlet</th>{head}</tr></thead><tbody>{rows}</tbody></table>",
        _list("dim", [f"{n}: {d}" for n, d in COLUMNS]),
    ]
    for title, parts in _sections(report):
        body.append(f"<h2>{e(title)}</h2>")
        for heading, lines in parts:
            body.append(f"<h3>{e(heading)}</h3>" + _list("", lines))
    body.append(_list("dim", _notes(report)))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>storydiff: outlets</title><style>{_CSS}</style></head><body>"
        + "\n".join(body)
        + "</body></html>\n"
    )


def _list(css: str, lines: Sequence[str]) -> str:
    items = "".join(f"<li>{html_escape(line)}</li>" for line in lines)
    return f'<ul class="{css}">{items}</ul>' if css else f"<ul>{items}</ul>"
