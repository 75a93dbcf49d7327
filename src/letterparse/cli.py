"""The command line: ``letterparse parse PATH|-`` and ``letterparse schema``.

The CLI owns arguments, files, standard streams and exit codes (0 parsed, 1 a file
failed, 2 usage error); it never parses letters itself and never shows a traceback
for a user's mistake. ``main(argv)`` returns the exit code, so tests call it directly::

    main(["parse", "letter.txt", "-o", "letter.json"])
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import BinaryIO

from . import __version__
from .errors import LetterParseError
from .model import Letter
from .parse import parse_bytes, parse_file

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    try:
        if args.command == "schema":
            _write(sys.stdout.buffer, json.dumps(Letter.model_json_schema(), indent=2) + "\n")
            return EXIT_OK
        return _parse_command(args)
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK


def run() -> None:  # pragma: no cover - the console-script entry point
    """Entry point of the ``letterparse`` console script."""
    sys.exit(main())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="letterparse",
        description="Read the raw text of a letter into structured JSON.",
    )
    parser.add_argument("--version", action="version", version=f"letterparse {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse = commands.add_parser(
        "parse",
        help="parse a letter and print its JSON",
        description="Parse a letter (a file, or - for standard input) and print its JSON.",
    )
    parse.add_argument("path", metavar="PATH", help="a text file, or - for standard input")
    parse.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    parse.add_argument(
        "--strict", action="store_true", help="treat every warning as an error (exit 1)"
    )
    parse.add_argument("--compact", action="store_true", help="one line of JSON, no indent")
    commands.add_parser("schema", help="print the JSON Schema of a parsed letter")
    return parser


def _parse_command(args: argparse.Namespace) -> int:
    path: str = args.path
    try:
        if path == "-":
            letter = parse_bytes(sys.stdin.buffer.read(), path=None, strict=args.strict)
        else:
            letter = parse_file(path, strict=args.strict)
    except LetterParseError as error:
        shown = error if error.path else error.with_path("<stdin>" if path == "-" else path)
        _report(shown)
        return EXIT_FAILED
    document = letter.model_dump_json(indent=None if args.compact else 2) + "\n"
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8", newline="\n") as out:
                out.write(document)
        except OSError as exc:
            print(f"letterparse: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
            return EXIT_FAILED
    else:
        _write(sys.stdout.buffer, document)
    return EXIT_OK


def _report(error: LetterParseError) -> None:
    """One line on stderr: ``path:line: code: message``."""
    print(str(error), file=sys.stderr)


def _write(stream: BinaryIO, text: str) -> None:
    stream.write(text.encode("utf-8"))
    stream.flush()


def _silence_stdout() -> None:
    """After a closed pipe (``letterparse parse x | head``), drop what is left unwritten."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
