"""The command line: ``letterparse parse PATH...``, ``letterparse text FILE``,
``letterparse validate FILE...``, ``letterparse entities DATABASE`` and
``letterparse schema``.

The CLI owns arguments, files, standard streams and exit codes (0 all parsed, 1 an
input failed, 2 usage error, 128 + the signal's number when interrupted, 141 when the
reader of standard output went away, as ``head`` does); it never parses letters itself
and never shows a traceback for a user's mistake.
``main(argv)`` returns the exit code, so tests call it directly::

    main(["parse", "letters/", "--to", "jsonl", "-o", "letters.jsonl"])
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sys
from collections.abc import Sequence
from contextlib import closing, suppress
from typing import BinaryIO

from . import __version__
from .batch import run as run_batch
from .explain import explain_command
from .export.cmif import CC_BY, DEFAULT_EDITOR, DEFAULT_PUBLISHER, DEFAULT_TITLE, CmifInfo
from .export.csv import csv_header
from .formats import COLLECTIONS, FORMATS, PER_LETTER, renderer
from .inputs import DEFAULT_GLOBS, Input, messages, survey
from .model import Letter
from .output import (
    CmifWriter,
    FolderWriter,
    Interrupted,
    OutputError,
    SignalGuard,
    StreamWriter,
    Target,
    Writer,
    output_names,
)
from .progress import Progress, shares_terminal
from .text import Summary, text_command
from .validate import validate_command

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_CLOSED_PIPE = 128 + 13
"""128 + SIGPIPE, what a shell shows for a Unix filter whose reader went away."""

_CMIF_OPTIONS = (
    "cmif_title",
    "cmif_editor",
    "cmif_email",
    "cmif_publisher",
    "cmif_url",
    "cmif_date",
    "cmif_licence",
)
_ISO_DAY = re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")


class UsageError(Exception):
    """A mistake in the command line: exit 2."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    return _guarded(args)


def _guarded(args: argparse.Namespace) -> int:
    """Run the command; a user's mistake or a stop becomes a message and an exit code."""
    try:
        return _dispatch(args)
    except UsageError as error:
        print(f"letterparse {args.command}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except OutputError as error:
        print(f"letterparse: {error}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_CLOSED_PIPE
    except (Interrupted, KeyboardInterrupt) as stop:
        signum = stop.signum if isinstance(stop, Interrupted) else signal.SIGINT
        print(f"letterparse: stopped by {signal.Signals(signum).name}", file=sys.stderr)
        return 128 + signum


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "schema":
        schema = Letter.model_json_schema(mode="serialization")  # the output: every key
        _write(sys.stdout.buffer, json.dumps(schema, indent=2) + "\n")
        return EXIT_OK
    if args.command == "validate":
        return validate_command(args.files, sys.stdout, sys.stderr)
    if args.command == "text":
        return text_command(args.file, sys.stdin.buffer, sys.stdout.buffer, sys.stderr)
    if args.command == "explain":
        return explain_command(args.file, sys.stdin.buffer, sys.stdout, sys.stderr)
    if args.command == "entities":
        return _entities_command(args)
    return _parse_command(args)


def run() -> None:  # pragma: no cover - the console-script entry point
    """Entry point of the ``letterparse`` console script."""
    sys.exit(main())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="letterparse",
        description="Read the raw text of letters into JSON, TEI, CMIF, CSV or HTML.",
    )
    parser.add_argument("--version", action="version", version=f"letterparse {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_parse(commands)
    validate = commands.add_parser(
        "validate",
        help="check stored JSON or JSON Lines output against the model",
        description="Check letterparse output (FILE.json, FILE.jsonl, or - for standard input) "
        "against the model and its schema_version; report each invalid record with its line.",
    )
    validate.add_argument("files", nargs="+", metavar="FILE")
    _add_entities(commands)
    text = commands.add_parser(
        "text",
        help="print the text a letter is read from (a PDF's, a page's, an e-mail's, …)",
        description="Print exactly the text whose offsets the spans of FILE's letter give: the "
        "extracted text of a PDF, web page, e-mail or Word document, or the decoded text of a "
        "text file. FILE#3 is the third message of an mbox; - is standard input.",
    )
    text.add_argument("file", metavar="FILE")
    explain = commands.add_parser(
        "explain",
        help="print each line with the kind it was read as, and why",
        description="Print each line of FILE's letter with the kind the decoder gave it, the "
        "features that weighed most for it against the runner-up kind, and the margin it "
        "won by; a decision won by little is marked doubtful. - is standard input.",
    )
    explain.add_argument("file", metavar="FILE")
    commands.add_parser("schema", help="print the JSON Schema of a parsed letter")
    return parser


def _add_parse(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parse = commands.add_parser(
        "parse",
        help="parse letters and print JSON, JSON Lines, TEI, CMIF, CSV or HTML",
        description="Parse letters: files, folders (walked recursively in sorted order) or - "
        "for standard input. One file gives JSON; several, or a folder, give JSON Lines.",
    )
    parse.add_argument("paths", nargs="+", metavar="PATH", help="a file, a folder, or -")
    parse.add_argument("--to", choices=FORMATS, help="output format (default: json or jsonl)")
    parse.add_argument(
        "-o", "--output", metavar="OUT", help="write to the file OUT, or into the folder OUT"
    )
    parse.add_argument(
        "-j", "--jobs", type=_positive, metavar="N", help="parallel processes (default: cores)"
    )
    parse.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help="files to take from folders, repeatable (default: " + " ".join(DEFAULT_GLOBS) + ")",
    )
    parse.add_argument(
        "--keep-text",
        action="store_true",
        help="with -o DIR: write beside each output the text its spans index (NAME.extracted.txt)",
    )
    parse.add_argument(
        "--strict", action="store_true", help="treat every warning as an error (exit 1)"
    )
    parse.add_argument("--compact", action="store_true", help="JSON on one line, no indent")
    parse.add_argument("--bom", action="store_true", help="CSV: start with a UTF-8 BOM")
    parse.add_argument(
        "--csv-raw",
        action="store_true",
        help="CSV: write cells as they stand (by default a cell that a spreadsheet would "
        "run as a formula, one starting with = + - @, a tab or a line break, gets a ' in front)",
    )
    parse.add_argument(
        "--aliases",
        metavar="CSV",
        help="SQLite: a table of names that are one entity (columns name, alias)",
    )
    cmif = parse.add_argument_group("CMIF file fields (--to cmif)")
    cmif.add_argument("--cmif-title", metavar="TEXT", help=f"default: {DEFAULT_TITLE!r}")
    cmif.add_argument("--cmif-editor", metavar="NAME", help=f"default: {DEFAULT_EDITOR!r}")
    cmif.add_argument("--cmif-email", metavar="ADDRESS", help="the editor's e-mail address")
    cmif.add_argument("--cmif-publisher", metavar="NAME", help=f"default: {DEFAULT_PUBLISHER!r}")
    cmif.add_argument(
        "--cmif-url", metavar="URL", help="where the file is published (default: a URN)"
    )
    cmif.add_argument("--cmif-date", metavar="YYYY-MM-DD", help="default: today")
    cmif.add_argument("--cmif-licence", metavar="URL", help=f"default: {CC_BY}")


def _add_entities(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    entities = commands.add_parser(
        "entities",
        help="list the entities of a database made by --to sqlite, for review",
        description="List the organisations and people of a database made by --to sqlite: "
        "each with the names linked to it (how often, by which rule, why) and its letters.",
    )
    entities.add_argument("database", metavar="DATABASE")
    entities.add_argument(
        "--min-letters", type=_positive, default=1, metavar="N", help="named in N letters or more"
    )
    entities.add_argument("--match", metavar="TEXT", help="with a name that contains TEXT")
    entities.add_argument(
        "--review",
        action="store_true",
        help="only those joined by an acronym or an alias, or kept apart from a look-alike",
    )
    entities.add_argument("--json", action="store_true", help="JSON Lines, one entity a line")
    entities.add_argument(
        "--aliases", metavar="CSV", help="store this alias table and match every letter again"
    )
    entities.add_argument("--rematch", action="store_true", help="match every letter again")


def _entities_command(args: argparse.Namespace) -> int:
    from .export.sqlite.aliases import AliasError, read_aliases  # noqa: PLC0415 (sqlite3 loads only when used)
    from .export.sqlite.command import entities_command  # noqa: PLC0415

    try:
        pairs = read_aliases(args.aliases) if args.aliases is not None else None
    except AliasError as error:
        raise UsageError(str(error)) from None
    return entities_command(
        args.database,
        sys.stdout,
        sys.stderr,
        min_letters=args.min_letters,
        match=args.match,
        review=args.review,
        as_json=args.json,
        aliases=pairs,
        rematch=args.rematch,
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


# -- parse -------------------------------------------------------------------------


def _parse_command(args: argparse.Namespace) -> int:
    _check_options(args)
    paths: list[str] = args.paths
    globs = args.glob or DEFAULT_GLOBS
    with SignalGuard() as guard:
        inputs, summary = _inputs(paths, globs)
        single = len(paths) == 1 and len(inputs) == 1 and not os.path.isdir(paths[0])
        fmt: str = args.to or ("json" if single else "jsonl")
        on_screen = args.output is None and shares_terminal(sys.stdout, sys.stderr)
        progress = Progress(len(inputs), sys.stderr, enabled=False if on_screen else None)
        render = renderer(
            fmt,
            compact=args.compact,
            csv_raw=args.csv_raw,
            keep_text=args.keep_text,
            database=args.output if fmt == "sqlite" else None,
        )
        pieces = run_batch(inputs, render, jobs=args.jobs, strict=args.strict)
        writer = _writer(fmt, args, inputs, guard)
        try:
            with closing(pieces):
                for index, piece in enumerate(pieces):
                    with guard.writing():  # a record and its count: both, or neither
                        writer.add(index, piece)
                        note = None if piece.failure is None else str(piece.failure)
                        progress.advance(failed=note is not None, note=note)
                        summary.add(piece.failure.error.code if piece.failure else None)
            writer.finish()
        except OutputError:
            writer.finish(commit=False)
            raise
        except Interrupted as stop:
            writer.finish(commit=False)
            progress.message(
                f"letterparse: stopped by {stop} after {progress.done} of {len(inputs)} inputs; "
                "what was written holds whole records only"
            )
            return 128 + stop.signum
    progress.close()
    if fmt == "sqlite":
        print(f"{args.output}: {getattr(writer, 'summary', '')}", file=sys.stderr)
    problems = writer.errors if isinstance(writer, FolderWriter) else []
    for problem in problems:
        print(problem, file=sys.stderr)
    if not single:
        print(summary.line(), file=sys.stderr)
    return EXIT_FAILED if progress.failed or problems else EXIT_OK


def _check_options(args: argparse.Namespace) -> None:
    if args.paths.count("-") > 1:
        raise UsageError("- (standard input) can be given once")
    for flag in ("bom", "csv_raw"):
        if getattr(args, flag) and args.to != "csv":
            raise UsageError(f"--{flag.replace('_', '-')} is for --to csv")
    if args.aliases is not None and args.to != "sqlite":
        raise UsageError("--aliases is for --to sqlite")
    if args.compact and args.to not in (None, "json"):
        raise UsageError("--compact is for --to json (JSON Lines are compact already)")
    given = [name for name in _CMIF_OPTIONS if getattr(args, name) is not None]
    if given and args.to != "cmif":
        raise UsageError(f"--{given[0].replace('_', '-')} is for --to cmif")
    if args.cmif_date is not None and not _ISO_DAY.fullmatch(args.cmif_date):
        raise UsageError(f"--cmif-date takes YYYY-MM-DD, not {args.cmif_date!r}")
    for name in ("cmif_url", "cmif_licence"):
        value = getattr(args, name)
        if value is not None and (not value or any(char.isspace() for char in value)):
            raise UsageError(f"--{name.replace('_', '-')} takes a URL without spaces")


def _inputs(paths: Sequence[str], globs: Sequence[str]) -> tuple[list[Input], Summary]:
    """The inputs, and the summary that will count their results."""
    inputs: list[Input] = []
    skipped = 0
    for path in paths:
        if path == "-":
            inputs.extend(messages(Input(None, data=sys.stdin.buffer.read())))
        else:
            found = survey([path], glob=globs)
            inputs.extend(found.inputs)
            skipped += found.skipped
    files = len({(item.path, item.data is None) for item in inputs if item.failure is None})
    shown = () if tuple(globs) == DEFAULT_GLOBS else tuple(globs)
    return inputs, Summary(files=files, skipped=skipped, globs=shown)


def _writer(
    fmt: str, args: argparse.Namespace, inputs: Sequence[Input], guard: SignalGuard
) -> Writer:
    out: str | None = args.output
    is_dir = out is not None and (os.path.isdir(out) or out.endswith(("/", os.sep)))
    if out is not None and not is_dir:
        _refuse_to_overwrite_an_input(out, inputs)
    if fmt in PER_LETTER and (len(inputs) > 1 or is_dir):
        if out is None:
            raise UsageError(
                f"--to {fmt} makes one file per input: with {len(inputs)} inputs, give -o DIR"
            )
        if os.path.exists(out) and not os.path.isdir(out):
            raise UsageError(f"--to {fmt} with several inputs needs -o DIR, and {out} is a file")
        if not os.path.exists(out) and os.path.splitext(out)[1]:
            raise UsageError(
                f"--to {fmt} with several inputs needs -o DIR; {out} looks like a file name "
                f"(write {out}/ to make a folder of that name)"
            )
        relatives = [_relative(item) for item in inputs]
        return FolderWriter(out, output_names(relatives, PER_LETTER[fmt]), guard)
    if args.keep_text:
        raise UsageError("--keep-text writes beside each output: give -o DIR")
    if is_dir:
        raise UsageError(f"--to {fmt} writes one file: -o names a folder ({out})")
    if fmt == "sqlite":
        return _sqlite_writer(out, args.aliases, guard)
    target = _target(out, guard, streaming=fmt in COLLECTIONS and fmt != "cmif")
    if fmt == "cmif":
        return CmifWriter(target, _cmif_info(args))
    header = csv_header(bom=args.bom).encode("utf-8") if fmt == "csv" else b""
    return StreamWriter(target, header)


def _sqlite_writer(out: str | None, aliases: str | None, guard: SignalGuard) -> Writer:
    from .export.sqlite.aliases import AliasError, read_aliases  # noqa: PLC0415 (sqlite3 loads only when used)
    from .export.sqlite.command import SqliteWriter  # noqa: PLC0415

    if out is None:
        raise UsageError("--to sqlite writes a database file: give -o FILE (letters.db)")
    try:
        pairs = read_aliases(aliases) if aliases is not None else None
    except AliasError as error:
        raise UsageError(str(error)) from None
    return SqliteWriter(out, guard, pairs)  # type: ignore[return-value]


def _refuse_to_overwrite_an_input(out: str, inputs: Sequence[Input]) -> None:
    if not os.path.exists(out):
        return
    for item in inputs:
        if item.path is not None and os.path.exists(item.path) and os.path.samefile(item.path, out):
            raise UsageError(f"-o {out} would overwrite the input {item.path}")


def _target(out: str | None, guard: SignalGuard, *, streaming: bool) -> Target:
    if out is None:
        return Target(guard, stream=sys.stdout.buffer)
    try:
        return Target(guard, path=out, streaming=streaming)
    except OSError as exc:
        raise OutputError(f"cannot write {out}: {exc.strerror or exc}") from None


def _relative(item: Input) -> str:
    number = f"#{item.message[0]}" if item.message else ""
    if item.relative is not None:
        return item.relative + number
    return (os.path.basename(item.path) if item.path else "stdin") + number


def _cmif_info(args: argparse.Namespace) -> CmifInfo:
    return CmifInfo(
        title=args.cmif_title or DEFAULT_TITLE,
        editor=args.cmif_editor or DEFAULT_EDITOR,
        editor_email=args.cmif_email,
        publisher=args.cmif_publisher or DEFAULT_PUBLISHER,
        url=args.cmif_url,
        date=args.cmif_date,
        licence=args.cmif_licence or CC_BY,
    )


def _write(stream: BinaryIO, text: str) -> None:
    stream.write(text.encode("utf-8"))
    stream.flush()


def _silence_stdout() -> None:
    """After a closed pipe (``letterparse parse x | head``), drop what is left unwritten,
    so that Python's last flush at exit has nowhere to fail."""
    with suppress(OSError, ValueError):  # a stream without a descriptor (a test's capture)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
