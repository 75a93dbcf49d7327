"""The inputs of a batch: files, bytes already read, and the messages of an mbox.

>>> Input("archive.mbox", message=(3, 120, 460)).source
'archive.mbox#3'
"""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .extract.mbox import is_mailbox_start, scan_mailbox, split_mailbox
from .records import ParseFailure

__all__ = ["DEFAULT_GLOBS", "Input", "Survey", "input_bytes", "messages", "named"]

_MESSAGE = re.compile(r"#([1-9]\d{0,8})\Z")

DEFAULT_GLOBS: tuple[str, ...] = (
    "*.txt",
    "*.md",
    "*.pdf",
    "*.html",
    "*.htm",
    "*.xhtml",
    "*.mht",
    "*.mhtml",
    "*.eml",
    "*.mbox",
    "*.docx",
)
"""The files a folder contributes unless told otherwise."""


@dataclass(frozen=True, slots=True)
class Input:
    """One input of a batch: a file to read, bytes already read, or a failure found early."""

    path: str | None
    """The path as given or as found in a folder; None for standard input."""
    data: bytes | None = None
    """The bytes, when already read (standard input); else the worker reads ``path``."""
    failure: ParseFailure | None = None
    """Set when the input is known to fail before reading (a folder without letters)."""
    relative: str | None = None
    """For a file found in a folder, its path inside that folder (``2024/a.txt``)."""
    message: tuple[int, int, int] | None = None
    """For a message of an mbox: its number (from 1) and its byte range in the file."""

    @property
    def name(self) -> str:
        """The path, or ``<stdin>``."""
        return self.path if self.path is not None else "<stdin>"

    @property
    def source(self) -> str | None:
        """The path a result names: ``archive.mbox#3`` for a message of an mbox."""
        if self.message is None:
            return self.path
        return f"{self.name}#{self.message[0]}"


@dataclass(frozen=True, slots=True)
class Survey:
    """What paths name: the inputs, and how many files the folders' globs left out."""

    inputs: list[Input]
    skipped: int = 0


def messages(item: Input) -> list[Input]:
    """An input that is an mbox of several messages as one input per message; any other
    input as it is. Only a file's first bytes are read, unless they start an mbox."""
    try:
        if item.data is not None:
            if not is_mailbox_start(item.data[:4096]):
                return [item]
            ranges = split_mailbox(item.data)
        else:
            assert item.path is not None
            with open(item.path, "rb") as handle:
                if not is_mailbox_start(handle.read(4096)):
                    return [item]
            ranges = scan_mailbox(item.path)
    except OSError:
        return [item]  # it fails when read, in its place
    if len(ranges) < 2:
        return [item]
    return [
        dataclasses.replace(item, message=(number, start, end))
        for number, (start, end) in enumerate(ranges, start=1)
    ]


def input_bytes(item: Input) -> bytes:
    """The input's bytes: given, the file's, or one message's range of an mbox."""
    if item.message is not None:
        _, start, end = item.message
        if item.data is not None:
            return item.data[start:end]
        assert item.path is not None
        with open(item.path, "rb") as handle:
            handle.seek(start)
            return handle.read(end - start)
    if item.data is not None:
        return item.data
    assert item.path is not None  # an Input without data always has a path
    return Path(item.path).read_bytes()


def named(path: str) -> list[Input]:
    """The inputs a path names: a file (an mbox: each message), or ``archive.mbox#3``, one
    message, when no file has that name."""
    numbered = _MESSAGE.search(path)
    box = path[: numbered.start()] if numbered else path
    if numbered is None or os.path.exists(path) or not os.path.isfile(box):
        return messages(Input(path))
    parts = messages(Input(box))
    number = int(numbered.group(1))
    if parts[0].message is None or number > len(parts):
        count = len(parts) if parts[0].message is not None else 1
        failure = ParseFailure.of(
            "no_such_message", f"{box} holds {count} message(s), not {number}", path=path
        )
        return [Input(path, failure=failure)]
    return [parts[number - 1]]
