"""The `outlets` command: argument parsing and rendering only (`corpus.outlets` does the work).

`corpus/cli.py` registers it beside `ingest`, `stories` and `story` and runs it with the
store and engine it opened.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

if TYPE_CHECKING:
    from .engine import Engine
    from .outlets import StageProgress
    from .store import Store


def add_outlets_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    add_store: Callable[[argparse.ArgumentParser], None],
) -> None:
    outlets = commands.add_parser(
        "outlets", help="compare outlets across the stories of a corpus",
        description="For each outlet, over the stories it shares with other outlets: stories "
        "covered, statements only it reported, statements most others reported that it left "
        "out, quotes and their wording, loaded language, and its distinctive labels for "
        "actors. Story comparisons are read from the store (computed once when missing).",
    )  # fmt: skip
    add_store(outlets)
    for bound in ("since", "until"):
        outlets.add_argument(
            f"--{bound}", type=_iso_day, metavar="YYYY-MM-DD",
            help=f"count stories with an article {bound} this day",
        )  # fmt: skip
    outlets.add_argument(
        "--outlet", action="append", default=[], metavar="NAME",
        help="profile only this outlet (repeat for more); figures still compare it with all",
    )  # fmt: skip
    outlets.add_argument(
        "--min-stories", type=int, default=1, metavar="N",
        help="profile only outlets in at least N shared stories (default 1)",
    )  # fmt: skip
    outlets.add_argument("--format", "-f", choices=("text", "json", "html"), default="text")
    outlets.add_argument("--output", "-o", metavar="PATH", help="write here instead of stdout")
    outlets.add_argument("--quiet", "-q", action="store_true", help="no progress bar")


def _iso_day(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a day; give it as YYYY-MM-DD, e.g. 2026-03-14"
        ) from None


def run_outlets(
    args: argparse.Namespace,
    store: Store,
    engine: Engine,
    errors: Console,
    bar: Callable[..., AbstractContextManager[StageProgress | None]],
) -> int:
    from ..render.outlets import render_outlets_html, render_outlets_json, render_outlets_text
    from .outlets import outlet_profiles

    with bar(errors, enabled=not args.quiet and errors.is_terminal) as progress:
        report = outlet_profiles(
            store, engine=engine, since=args.since, until=args.until, outlets=args.outlet,
            min_stories=args.min_stories, progress=progress,
        )  # fmt: skip
    if args.format == "text":
        if args.output:
            with Path(args.output).open("w", encoding="utf-8") as handle:
                render_outlets_text(report, Console(file=handle, width=120, color_system=None))
        else:  # piped: a table 80 columns wide wraps every cell, so give it room
            render_outlets_text(report, Console(width=None if sys.stdout.isatty() else 120))
        return 0
    text = render_outlets_json(report) if args.format == "json" else render_outlets_html(report)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0
