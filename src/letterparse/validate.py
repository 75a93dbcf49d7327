"""``letterparse validate``: re-check stored JSON and JSON Lines output against the model.

Each record must be a :class:`~letterparse.Letter` of this ``schema_version`` (with
spans inside its text and its layout in order) or an error record
(:class:`~letterparse.ParseFailure`). Each invalid record is reported as
``path:line: code: message``; a summary per file goes to stderr. A file of several
lines none of which is JSON (an XML file, say) is reported once, as ``not_json_lines``,
not line by line.

>>> check_record('{"source": {"path": null, "sha256": null}, '
...              '"error": {"code": "empty_input", "message": "no text", "line": null}}')
('error record', None)
>>> check_record('{"schema_version": "2"}')[1]
('unsupported_schema_version', "schema_version '2': this letterparse reads '1'")
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from pydantic import BaseModel, ValidationError

from .model import SCHEMA_VERSION, Letter, Span
from .records import ParseFailure

Problem = tuple[str, str]
"""An invalid record's code and message."""

LINES_SUFFIXES = (".jsonl", ".ndjson")

_NOT_JSON = frozenset({"invalid_json", "truncated_record"})
"""The problems of a record that is no JSON at all."""


def validate_command(files: Sequence[str], out: TextIO, err: TextIO) -> int:
    """Check each file; print problems on ``out`` and a summary per file on ``err``.

    Returns 0 when every record is valid, 1 otherwise (or when a file cannot be read).
    """
    valid = [_check_file(name, out, err) for name in files]
    return 0 if all(valid) else 1


def _check_file(name: str, out: TextIO, err: TextIO) -> bool:
    """Check one file as :func:`validate_command` says; whether all of it is valid."""
    try:
        records = list(read_records(name))
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        print(f"{name}: unreadable_file: {reason or exc}", file=out)
        return False
    checked = [(line, check_record(text, last=last)) for line, text, last in records]
    if len(checked) > 1 and all(_no_json(problem) for _, (_, problem) in checked):
        message = f"none of its {len(checked)} non-blank lines is JSON: it is not JSON Lines"
        print(f"{name}:{checked[0][0]}: not_json_lines: {message}", file=out)
        return False
    counts: Counter[str] = Counter()
    for line, (kind, problem) in checked:
        counts[kind] += 1
        if problem is not None:
            print(f"{name}:{line}: {problem[0]}: {problem[1]}", file=out)
    total = sum(counts.values())
    tally = ", ".join(_count(counts[kind], kind) for kind in ("letter", "error record"))
    print(f"{name}: {_count(total, 'record')}: {tally}, {counts['invalid']} invalid", file=err)
    return counts["invalid"] == 0


def read_records(name: str) -> Iterator[tuple[int, str, bool]]:
    """Each record of a file with its line: the whole of a ``.json`` document, each
    non-blank line of ``.jsonl``; for other names and ``-``, whichever the text is.
    The flag says whether the record is the last line of a file without a final newline.
    """
    text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8-sig")
    suffix = Path(name).suffix.lower()
    if suffix == ".json" or (suffix not in LINES_SUFFIXES and _one_document(text)):
        yield 1, text, False
        return
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield number, line, number == len(lines)


def check_record(text: str, *, last: bool = False) -> tuple[str, Problem | None]:
    """What a record is (``letter``, ``error record`` or ``invalid``) and its problem."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if last:
            return "invalid", ("truncated_record", "the file ends inside a record")
        return "invalid", ("invalid_json", f"{exc.msg} (column {exc.colno})")
    if not isinstance(data, dict):
        return "invalid", (
            "invalid_record",
            f"a record is a JSON object, not {type(data).__name__}",
        )
    if "schema_version" not in data and "error" in data:
        problem = _against(ParseFailure, text)
        return ("invalid" if problem else "error record"), problem
    version = data.get("schema_version")
    if version != SCHEMA_VERSION and isinstance(version, str):
        message = f"schema_version {version!r}: this letterparse reads {SCHEMA_VERSION!r}"
        return "invalid", ("unsupported_schema_version", message)
    problem = _against(Letter, text)
    return ("invalid" if problem else "letter"), problem


def _against(model: type[BaseModel], text: str) -> Problem | None:
    """Validate the record as JSON, strictly (no "3" for 3)."""
    try:
        record = model.model_validate_json(text, strict=True)
    except ValidationError as exc:
        errors = exc.errors()
        shown = "; ".join(
            f"{'.'.join(str(part) for part in error['loc']) or '(record)'}: {error['msg']}"
            for error in errors[:3]
        )
        more = f"; and {len(errors) - 3} more" if len(errors) > 3 else ""
        return "invalid_record", shown + more
    if isinstance(record, Letter):
        return _inconsistent(record)
    return None


def _inconsistent(letter: Letter) -> Problem | None:
    """A span outside the text, or layout blocks out of order or overlapping."""
    chars = letter.source.chars
    for where, span in _spans(letter, ""):
        if not (0 <= span.start <= span.end <= chars and 1 <= span.line <= span.end_line):
            return "invalid_span", f"{where}: span {span.start}-{span.end} outside 0-{chars}"
    previous = 0
    for index, block in enumerate(letter.layout):
        if block.span.start < previous:
            return "invalid_layout", f"layout.{index} starts before the block before it ends"
        previous = block.span.end
    return None


def _spans(value: object, where: str) -> Iterator[tuple[str, Span]]:
    if isinstance(value, Span):
        yield where, value
    elif isinstance(value, BaseModel):
        for field in type(value).model_fields:
            yield from _spans(getattr(value, field), f"{where}.{field}".lstrip("."))
    elif dataclasses.is_dataclass(value):
        for item in dataclasses.fields(value):
            yield from _spans(getattr(value, item.name), f"{where}.{item.name}".lstrip("."))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _spans(item, f"{where}.{index}")


def _no_json(problem: Problem | None) -> bool:
    return problem is not None and problem[0] in _NOT_JSON


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _one_document(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except json.JSONDecodeError:
        return False
