"""The command line: parse arguments, call one library function, render. No logic here."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO, TypedDict

from rich.console import Console
from rich.markup import escape

from . import __version__
from .corpus.cli import COMMANDS as CORPUS_COMMANDS
from .corpus.cli import add_corpus_commands, run_corpus_command
from .crossdoc.align import SENSITIVITIES, AlignConfig
from .embed import DEFAULT_ENCODER
from .errors import InputError, StorydiffError
from .ingest import DEFAULT_MAX_BYTES
from .pipeline import Progress

FORMATS = ("terminal", "json", "html")
# Piped or redirected terminal output has no width to measure; 80 columns makes the tables
# unreadable, and whatever reads a pipe (a file, a pager) scrolls sideways if it must.
PIPED_WIDTH = 120
MIN_WIDTH = 40


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="storydiff", description="Show how different outlets tell the same news story."
    )
    parser.add_argument("--version", action="version", version=f"storydiff {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    compare = commands.add_parser(
        "compare",
        help="compare two or more articles about one event",
        description="Compare two or more articles (.txt with optional front matter, .html, "
        ".json/.jsonl, or http(s) addresses of article pages) about one event.",
    )
    _add_inputs(compare, formats=FORMATS)
    compare.add_argument("--encoder", default=DEFAULT_ENCODER, help="use (default) or minilm")
    compare.add_argument(
        "--sensitivity",
        type=_sensitivity,
        default="normal",
        metavar="LEVEL",
        help="how alike two statements must be to count as one fact: 'strict' links only "
        "close rewordings (fewer wrong links, more 'only in' findings), 'normal' (default), "
        "'loose' also links looser paraphrases (fewer missed links, more wrong ones), or a "
        "same-fact score between 0 and 1 (normal is "
        f"{SENSITIVITIES['normal']:.2f}); each 'only in' statement shows its closest "
        "counterpart in the other articles and their score, to judge the borderline cases",
    )
    compare.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")

    for name, summary, description in _LISTING_COMMANDS:
        listing = commands.add_parser(name, help=summary, description=description)
        _add_inputs(listing, formats=("terminal", "json"))

    add_corpus_commands(commands)  # corpus mode: ingest, stories, story, outlets
    for command in commands.choices.values():
        command.add_argument(
            "--verbose",
            "-v",
            action="count",
            default=0,
            help="log what storydiff does on stderr (-v: steps and fallbacks, -vv: details)",
        )
    return parser


# Commands that list what articles hold, one by one: name, one-line help, description.
_LISTING_COMMANDS = (
    (
        "quotes",
        "list the quotes in articles, with speaker and cue",
        "List every quote (direct, indirect, mixed) in each article with its offsets, the "
        "speaker as written, the resolved speaker and the cue.",
    ),
    (
        "entities",
        "list the actors in articles and how each names them",
        "List the actors (people, organisations, places, groups) the articles name, linked "
        "across them, with each article's names and labels for each.",
    ),
)


def _add_inputs(command: argparse.ArgumentParser, *, formats: Sequence[str]) -> None:
    """The options every command that reads articles shares."""
    command.add_argument(
        "files", nargs="+", metavar="FILE", help="article files or http(s) addresses"
    )
    command.add_argument(
        "--outlet",
        action="append",
        metavar="NAME",
        help="outlet name of each input, in order (once per input)",
    )
    command.add_argument(
        "--published",
        action="append",
        metavar="DATE",
        help="publication date (YYYY-MM-DD) of each input, in order (once per input)",
    )
    command.add_argument(
        "--language",
        metavar="CODE",
        help="the articles' language (e.g. en), instead of guessing it from the words",
    )
    command.add_argument("--format", "-f", choices=formats, default="terminal")
    command.add_argument("--output", "-o", metavar="PATH", help="write here instead of stdout")
    command.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"largest article file accepted (default {DEFAULT_MAX_BYTES:,})",
    )
    command.add_argument(
        "--width",
        type=_width,
        metavar="COLUMNS",
        help=f"terminal output width (default: the terminal's, or {PIPED_WIDTH} when piped)",
    )


def _sensitivity(value: str) -> str | float:
    if value in SENSITIVITIES:
        return value
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 < number < 1.0:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a sensitivity; give strict, normal, loose or a number between "
            f"0 and 1"
        )
    return number


def _width(value: str) -> int:
    if not value.isdigit() or int(value) < MIN_WIDTH:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a width; give a number of columns, at least {MIN_WIDTH}"
        )
    return int(value)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(args.verbose)
    errors = Console(stderr=True, highlight=False)
    try:
        if args.command == "quotes":
            return _quotes(args, errors)
        if args.command == "entities":
            return _entities(args)
        if args.command in CORPUS_COMMANDS:
            return run_corpus_command(args, errors)
        return _compare(args, errors)
    except StorydiffError as error:
        errors.print(f"[bold red]storydiff: error:[/] {escape(str(error))}", soft_wrap=True)
        return 2
    except KeyboardInterrupt:
        errors.print("storydiff: interrupted")
        return 130


class _LogHandler(logging.StreamHandler[TextIO]):
    """The CLI's handler: writes to whatever `sys.stderr` is when a record arrives (tests swap
    it), and is a class of its own so that a second `main()` replaces it."""

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, value: TextIO) -> None:
        pass  # always sys.stderr


def configure_logging(verbosity: int) -> None:
    """Warnings always reach stderr; -v adds what storydiff did (models loaded, fallbacks
    taken), -vv the details."""
    logger = logging.getLogger("storydiff")
    for old in [h for h in logger.handlers if isinstance(h, _LogHandler)]:
        logger.removeHandler(old)
    handler = _LogHandler()
    handler.setFormatter(logging.Formatter("storydiff: %(levelname)s: %(name)s: %(message)s"))
    logger.addHandler(handler)
    levels = (logging.WARNING, logging.INFO, logging.DEBUG)
    logger.setLevel(levels[min(verbosity, len(levels) - 1)])


def _compare(args: argparse.Namespace, errors: Console) -> int:
    from .pipeline import compare_paths
    from .render import render_html, render_json, render_terminal

    show_progress = not args.quiet and errors.is_terminal
    with _progress(errors, enabled=show_progress) as progress:
        comparison = compare_paths(
            args.files,
            encoder=args.encoder,
            progress=progress,
            config=AlignConfig.for_sensitivity(args.sensitivity),
            **_input_options(args),
        )
    if args.format == "terminal" and not args.output:
        render_terminal(comparison, _stdout_console(args))
        return 0
    if args.format == "terminal":
        with Path(args.output).open("w", encoding="utf-8") as handle:
            render_terminal(comparison, _file_console(args, handle))
        return 0
    rendered = render_json(comparison) if args.format == "json" else render_html(comparison)
    if args.output:
        _write(Path(args.output), rendered)
        if not args.quiet:
            errors.print(f"wrote {args.output}")
    else:
        sys.stdout.write(rendered)
    return 0


def _quotes(args: argparse.Namespace, errors: Console) -> int:
    from .pipeline import quotes_in_paths
    from .render.quotes import quote_list_json, render_quote_list

    found = quotes_in_paths(args.files, **_input_options(args))
    if args.format == "json":
        if args.output:
            _write(Path(args.output), quote_list_json(found))
        else:
            sys.stdout.write(quote_list_json(found))
    elif args.output:
        with Path(args.output).open("w", encoding="utf-8") as handle:
            render_quote_list(found, _file_console(args, handle))
    else:
        render_quote_list(found, _stdout_console(args))
    return 0


def _entities(args: argparse.Namespace) -> int:
    import json

    from . import SCHEMA_VERSION
    from .pipeline import entities_in_paths
    from .render.entities import render_entity_list

    found, entities = entities_in_paths(args.files, **_input_options(args))
    if args.format == "json":
        data = {
            "schema_version": SCHEMA_VERSION,
            "generator": "storydiff",
            "command": "entities",
            "articles": [m.article.to_dict() for m in found],
            "entities": [e.to_dict() for e in entities],
        }
        rendered = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        if args.output:
            _write(Path(args.output), rendered)
        else:
            sys.stdout.write(rendered)
        return 0
    if args.output:
        with Path(args.output).open("w", encoding="utf-8") as handle:
            render_entity_list(found, entities, _file_console(args, handle))
    else:
        render_entity_list(found, entities, _stdout_console(args))
    return 0


class _InputOptions(TypedDict):
    outlets: list[str] | None
    published: list[str] | None
    language: str | None
    max_bytes: int


def _input_options(args: argparse.Namespace) -> _InputOptions:
    """The options every reading command passes to the library as they are."""
    return {
        "outlets": args.outlet,
        "published": args.published,
        "language": args.language,
        "max_bytes": args.max_bytes,
    }


def _stdout_console(args: argparse.Namespace) -> Console:
    """The terminal's own width when there is one; a wide default when piped."""
    console = Console(width=args.width)
    if args.width is None and not console.is_terminal:
        console = Console(width=PIPED_WIDTH)
    return console


def _file_console(args: argparse.Namespace, handle: TextIO) -> Console:
    return Console(file=handle, width=args.width or PIPED_WIDTH, color_system=None)


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise InputError(
            str(path), f"cannot write the output ({error.strerror})", "Choose a writable path"
        ) from None


@contextmanager
def _progress(console: Console, *, enabled: bool) -> Iterator[Progress | None]:
    """A rich progress bar on stderr, fed by the pipeline's progress callback."""
    if not enabled:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn
    from rich.progress import Progress as Bar

    with Bar(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=console,
        transient=True,
    ) as bar:  # fmt: skip
        task = bar.add_task("loading models", total=None)

        def update(stage: str, done: int, total: int) -> None:
            bar.update(task, description=f"{stage} articles", completed=done, total=total)

        yield update


if __name__ == "__main__":
    sys.exit(main())
