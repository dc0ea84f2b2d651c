"""The corpus commands (`ingest`, `stories`, `story`, `outlets`): argument parsing, rendering.

`storydiff.cli` calls `add_corpus_commands` to register them and `run_corpus_command` to run
one; everything they do is a call into `storydiff.corpus`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape

from ..embed import DEFAULT_ENCODER
from ..ingest import DEFAULT_MAX_BYTES
from ..ingest.url import DEFAULT_TIMEOUT_S
from .outlets_cli import add_outlets_command, run_outlets
from .store import DEFAULT_DB

if TYPE_CHECKING:
    from ..model import Comparison
    from .engine import Engine
    from .service import Story
    from .store import Store

COMMANDS = ("ingest", "stories", "story", "outlets")


def add_corpus_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ingest = commands.add_parser(
        "ingest",
        help="store articles in a corpus and group them into stories",
        description="Store the articles of files and directories (recursively: .txt, .html, "
        ".json, .jsonl) and web pages (http(s) URLs) in a corpus store, skip those already "
        "stored, and assign new ones to stories.",
    )
    ingest.add_argument(
        "sources", nargs="+", metavar="SOURCE", help="files, directories or http(s) URLs"
    )
    _add_store(ingest)
    ingest.add_argument(
        "--analyse", action="store_true", help="also run the full per-article analysis now"
    )
    ingest.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N")
    ingest.add_argument(
        "--timeout", type=float, default=DEFAULT_TIMEOUT_S, metavar="SECONDS",
        help=f"give up on a URL after this long (default {DEFAULT_TIMEOUT_S:g})",
    )  # fmt: skip
    ingest.add_argument("--quiet", "-q", action="store_true", help="no progress bar")

    stories = commands.add_parser(
        "stories", help="list the stories in a corpus", description="List the stories found "
        "in a corpus store, with the ids of their articles.",
    )  # fmt: skip
    _add_store(stories)
    stories.add_argument("--since", metavar="YYYY-MM-DD", help="stories with an article since")
    stories.add_argument("--until", metavar="YYYY-MM-DD", help="stories with an article until")
    stories.add_argument("--outlet", metavar="NAME", help="stories this outlet covered")
    stories.add_argument("--format", "-f", choices=("text", "json"), default="text")

    story = commands.add_parser(
        "story", help="compare the articles of one story", description="The full comparison of "
        "one story's articles (computed once, then read from the store).",
    )  # fmt: skip
    story.add_argument("id", type=int, metavar="ID", help="a story id from 'storydiff stories'")
    _add_store(story)
    story.add_argument("--format", "-f", choices=("text", "json", "html"), default="text")
    story.add_argument("--output", "-o", metavar="PATH", help="write here instead of stdout")
    add_outlets_command(commands, _add_store)


def _add_store(command: argparse.ArgumentParser) -> None:
    command.add_argument("--db", default=DEFAULT_DB, help=f"the store (default {DEFAULT_DB})")
    command.add_argument("--encoder", default=DEFAULT_ENCODER, help="use (default) or minilm")
    command.add_argument("--workers", type=int, metavar="N", help="run on N local Dask workers")
    command.add_argument("--scheduler", metavar="ADDRESS", help="run on this Dask scheduler")


def run_corpus_command(args: argparse.Namespace, errors: Console) -> int:
    from .engine import make_engine
    from .store import open_store

    with open_store(args.db, create=args.command == "ingest") as store:
        engine = make_engine(workers=args.workers, scheduler=args.scheduler, encoder=args.encoder)
        try:
            if args.command == "ingest":
                return _ingest(args, store, engine, errors)
            if args.command == "outlets":
                return run_outlets(args, store, engine, errors, _bar)
            if args.command == "stories":
                return _stories(args, store, engine)
            return _story(args, store, engine, errors)
        finally:
            engine.close()


def _ingest(args: argparse.Namespace, store: Store, engine: Engine, errors: Console) -> int:
    from .workflow import ingest_and_cluster

    with _bar(errors, enabled=not args.quiet and errors.is_terminal) as progress:
        result = ingest_and_cluster(
            store, args.sources, engine=engine, max_bytes=args.max_bytes,
            timeout=args.timeout, analyse=args.analyse, progress=progress,
        )  # fmt: skip
    for problem in result.problems:
        errors.print(f"[yellow]storydiff: skipped[/] {escape(str(problem))}", soft_wrap=True)
    undated = (
        f", {result.undated} without a date (clustered by ingest time)" if result.undated else ""
    )
    errors.print(
        f"{result.added} new articles, {result.known} already stored, "
        f"{result.files_unchanged} unchanged files skipped, {len(result.problems)} problems"
        f"{undated}; {result.stories} stories in {args.db}",
        highlight=False,
    )
    return 0


def _stories(args: argparse.Namespace, store: Store, engine: Engine) -> int:
    from .service import list_stories
    from .workflow import refresh_stories

    refresh_stories(store, engine=engine)
    found = list_stories(store, since=args.since, until=args.until, outlet=args.outlet)
    if args.format == "json":
        document = {"generator": "storydiff", "stories": [s.to_dict() for s in found]}
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return 0
    console = Console(highlight=False)
    for story in found:
        outlets = sorted({m.outlet for m in story.members})
        console.print(
            f"[bold]story {story.id}[/] {escape(story.title)}  "
            f"({len(story.members)} articles, {len(outlets)} outlets)"
        )
        for member in story.members:
            marks = " (no date: ingest time)" if member.dated_by_ingest else ""
            if member.version_of:
                marks += f" (new version of {member.version_of})"
            console.print(
                f"  {member.time[:16]}  {escape(member.outlet)}: {escape(member.record_id)}"
                f"{escape(marks)}"
            )
    return 0


def _story(args: argparse.Namespace, store: Store, engine: Engine, errors: Console) -> int:
    from ..render import render_html, render_json
    from .analysis import story_comparison

    story, comparison = story_comparison(store, args.id, engine)
    if args.format == "json":
        document = json.loads(render_json(comparison))
        document["story"] = story.to_dict()
        _emit(args, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "html":
        _emit(args, render_html(comparison))
    elif args.output:
        with Path(args.output).open("w", encoding="utf-8") as handle:
            _story_text(story, comparison, Console(file=handle, width=100, color_system=None))
    else:
        _story_text(story, comparison, Console())
    return 0


def _story_text(story: Story, comparison: Comparison, console: Console) -> None:
    from ..render import render_terminal

    console.print(f"story {story.id}: {escape(story.title)}", highlight=False)
    for member in story.members:
        if member.version_of:
            console.print(
                f"  {escape(member.record_id)} is a new version of "
                f"{escape(member.version_of)} ({escape(member.outlet)}, same URL)",
                highlight=False,
            )
    render_terminal(comparison, console)


def _emit(args: argparse.Namespace, text: str) -> None:
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


@contextmanager
def _bar(console: Console, *, enabled: bool) -> Iterator[Callable[[str, int, int], None] | None]:
    """A rich progress bar with rate and time left, fed as progress(stage, done, total)."""
    if not enabled:
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )  # fmt: skip

    columns = (
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        TaskProgressColumn(), TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
    )  # fmt: skip
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("reading", total=None, rate="")

        def update(stage: str, done: int, total: int) -> None:
            speed = bar.tasks[task].speed
            rate = f"{speed:,.0f}/s" if speed else ""
            if bar.tasks[task].description != stage:
                bar.reset(task, total=total, description=stage, rate="")
            bar.update(task, completed=done, total=total, rate=rate)

        yield update
