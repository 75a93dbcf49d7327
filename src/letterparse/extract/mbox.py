"""mbox: many e-mails in one file, each starting with a ``From sender date`` line.

A message starts at such a line at the start of the file or after a blank line (a line
``From`` inside a message is written ``>From``, and a stray one seldom follows a blank
line and has a time and a year). Each message is a letter; a batch names it
``archive.mbox#3`` (the third message, counted from 1).

>>> box = (b"From a@x Fri Mar  1 10:00:00 2024\\nSubject: A\\n\\nOne\\n\\n"
...        b"From b@x Sat Mar  2 10:00:00 2024\\nSubject: B\\n\\nTwo\\n")
>>> [box[start:end].split(b"\\n")[1] for start, end in split_mailbox(box)]
[b'Subject: A', b'Subject: B']
>>> message_bytes(b"From a@x Fri Mar  1 10:00:00 2024\\nSubject: A\\n\\n>From here\\n")
b'Subject: A\\n\\nFrom here\\n'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

FROM_LINE = re.compile(rb"From \S+[ \t]+[^\r\n]*\d{1,2}:\d{2}[^\r\n]*\d{4}[^\r\n]*(?:\r?\n|\Z)")
"""The line that starts a message: ``From alice@example.org Fri Mar  1 10:00:00 2024``."""

_ESCAPED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)


def split_mailbox(data: bytes) -> list[tuple[int, int]]:
    """The byte ranges of the messages in ``data``, each with its ``From`` line."""
    return _ranges(_lines(data.splitlines(keepends=True)), len(data))


def scan_mailbox(path: str) -> list[tuple[int, int]]:
    """:func:`split_mailbox` of a file, read line by line (a mailbox can be large)."""
    with open(path, "rb") as handle:
        size = handle.seek(0, 2)
        handle.seek(0)
        return _ranges(_lines(handle), size)


def is_mailbox_start(first: bytes) -> bool:
    """Whether a file's first bytes start an mbox (its first ``From`` line)."""
    return FROM_LINE.match(first) is not None


def message_bytes(data: bytes) -> bytes:
    """One message of a mailbox, its ``From`` line removed and ``>From`` lines restored."""
    newline = data.find(b"\n")
    body = data[newline + 1 :] if FROM_LINE.match(data) and newline >= 0 else data
    return _ESCAPED_FROM.sub(rb"\1", body)


def _lines(lines: Iterable[bytes]) -> Iterable[tuple[int, bytes]]:
    offset = 0
    for line in lines:
        yield offset, line
        offset += len(line)


def _ranges(lines: Iterable[tuple[int, bytes]], size: int) -> list[tuple[int, int]]:
    starts: list[int] = []
    blank_before = True
    for offset, line in lines:
        if blank_before and line.startswith(b"From ") and FROM_LINE.match(line):
            starts.append(offset)
        blank_before = not line.strip()
    if not starts:
        return [(0, size)]
    return list(zip(starts, [*starts[1:], size], strict=True))
