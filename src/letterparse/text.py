"""``letterparse text FILE``: the text a letter is read from, exactly as its spans index it,
and the summary a batch prints at its end.

The text of a PDF, web page, e-mail or Word document is what the extract stage made of it;
plain text is its decoded text. ``FILE#3`` names the third message of an mbox.

>>> summary = Summary(files=3, skipped=2, globs=("*.txt",))
>>> summary.add(None); summary.add("binary_input"); summary.add(None)
>>> print(summary.line())
letterparse: 3 files read, 2 letters, 1 failed (binary_input 1), 2 files skipped by the glob (*.txt)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import BinaryIO, TextIO

from .errors import LetterParseError
from .extract import read_bytes
from .inputs import Input, input_bytes, messages, named
from .parse import unreadable


def text_command(path: str, stdin: BinaryIO, out: BinaryIO, err: TextIO) -> int:
    """Write the text of ``path`` (``-`` for standard input) to ``out``; 0, or 1 with the
    line ``path:line: code: message`` on ``err``."""
    try:
        text = read_text(path, stdin)
    except LetterParseError as error:
        print(str(error if error.path else error.with_path(path)), file=err)
        return 1
    out.write(text.encode("utf-8", "surrogatepass"))
    out.flush()
    return 0


def read_text(path: str, stdin: BinaryIO | None = None) -> str:
    """The text the spans of ``path``'s letter index. Raises :class:`LetterParseError`."""
    item = _input(path, stdin)
    found = messages(item) if item.message is None else [item]
    if len(found) > 1:
        raise LetterParseError(
            "mailbox",
            f"an mbox of {len(found)} messages: name one, as {path}#1 … {path}#{len(found)}",
            path=path,
        )
    try:
        data = input_bytes(found[0])
    except OSError as exc:
        raise unreadable(path, exc) from None
    return read_bytes(data).text


def _input(path: str, stdin: BinaryIO | None) -> Input:
    if path == "-":
        return Input(None, data=stdin.read() if stdin is not None else b"")
    found = named(path)
    if found[0].failure is not None:
        failure = found[0].failure.error
        raise LetterParseError(failure.code, failure.message, path=path)
    return found[0] if len(found) == 1 else Input(path)


@dataclass
class Summary:
    """Counts a batch's results, for the line it ends with on stderr."""

    files: int
    skipped: int = 0
    globs: Sequence[str] = ()
    """The patterns given with --glob, shown beside the count; none for the defaults."""
    letters: int = 0
    failures: Counter[str] = field(default_factory=Counter)

    def add(self, failure_code: str | None) -> None:
        """One more result: a letter (None), or a failure with its code."""
        if failure_code is None:
            self.letters += 1
        else:
            self.failures[failure_code] += 1

    def line(self) -> str:
        """``letterparse: 12 files read, 11 letters, 1 failed (binary_input 1), …``."""
        failed = sum(self.failures.values())
        parts = [
            f"letterparse: {_count(self.files, 'file')} read",
            _count(self.letters, "letter"),
        ]
        if failed:
            codes = ", ".join(f"{code} {n}" for code, n in sorted(self.failures.items()))
            parts.append(f"{failed} failed ({codes})")
        else:
            parts.append("0 failed")
        if self.skipped:
            shown = f" ({', '.join(self.globs)})" if self.globs else ""
            parts.append(f"{_count(self.skipped, 'file')} skipped by the glob{shown}")
        return ", ".join(parts)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
