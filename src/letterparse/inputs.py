"""What the user named, as inputs: files as given, folders walked in sorted order.

A folder is walked recursively; its files whose names match the globs (the text, PDF,
web page, e-mail, mbox and Word extensions of :data:`DEFAULT_GLOBS` by default,
case-insensitively; hidden files and folders skipped) are taken in sorted path order. A
folder without such a file, and an entry the system will not read, becomes a failed
input at its place in that order. An mbox gives one input per message, named
``archive.mbox#3`` (the third, counted from 1); ``archive.mbox#3`` names it alone.

>>> [item.path for item in collect(["b.txt", "a.md"])]  # files as given, in that order
['b.txt', 'a.md']
>>> Input("archive.mbox", message=(3, 120, 460)).source
'archive.mbox#3'
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from .extract.mbox import is_mailbox_start, scan_mailbox, split_mailbox
from .parse import unreadable
from .records import ParseFailure

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

_MESSAGE = re.compile(r"#([1-9]\d{0,8})\Z")


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


def collect(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    glob: Sequence[str] | str = DEFAULT_GLOBS,
) -> list[Input]:
    """The inputs that ``paths`` (a list of paths, or one) name: files as given, folders
    walked in sorted order; ``glob`` is a list of patterns, or one.

    A folder with no matching file, or one that cannot be read, becomes a failed input,
    and so does an entry inside a folder that the system will not say what it is: at
    its place in the order, so that nothing a user named is skipped in silence. A
    missing file is kept: it fails when read, in its place.

    >>> collect("letter.txt")
    [Input(path='letter.txt', data=None, failure=None, relative=None, message=None)]
    """
    return survey(paths, glob=glob).inputs


def survey(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    glob: Sequence[str] | str = DEFAULT_GLOBS,
) -> Survey:
    """:func:`collect`, and the count of files in the folders that the globs left out."""
    globs = [glob] if isinstance(glob, str) else list(glob)
    inputs: list[Input] = []
    skipped = 0
    for path in _paths(paths):
        if os.path.isdir(path):
            found, left_out = _walk(path, globs)
            inputs.extend(found)
            skipped += left_out
        else:
            inputs.extend(named(path))
    return Survey(inputs, skipped)


def _paths(paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str]) -> list[str]:
    """The paths as strings; one path given alone is one input, not its characters."""
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    elif isinstance(paths, bytes | bytearray) or not isinstance(paths, Iterable):
        raise TypeError(f"paths is a list of paths (str or os.PathLike), not {_kind_of(paths)}")
    names: list[str] = []
    for path in paths:
        if not isinstance(path, str | os.PathLike) or isinstance(name := os.fspath(path), bytes):
            raise TypeError(f"a path is a str or an os.PathLike, not {_kind_of(path)}")
        names.append(name)
    return names


def _kind_of(value: object) -> str:
    return "None" if value is None else type(value).__name__


def _walk(root: str, globs: Sequence[str]) -> tuple[list[Input], int]:
    """The inputs under ``root``, and how many entries the globs left out."""
    found: list[tuple[tuple[str, ...], Input]] = []  # failures too, each at its place
    folded = [pattern.casefold() for pattern in globs]
    skipped = 0

    def visit(folder: str, parts: tuple[str, ...]) -> None:
        try:
            with os.scandir(folder) as entries:
                children = sorted(entries, key=lambda entry: entry.name)
        except OSError as exc:
            failure = unreadable_input(folder, exc, folder=True)
            found.append((parts, Input(folder, failure=failure, relative=_joined(parts))))
            return
        for entry in children:
            if entry.name.startswith("."):
                continue
            rel = (*parts, entry.name)
            matches = _matches("/".join(rel).casefold(), folded)
            try:
                kind = _entry_kind(entry, matches)
            except OSError as exc:  # a file to take if it matches, else maybe a folder
                failure = unreadable_input(entry.path, exc, folder=not matches)
                found.append((rel, Input(entry.path, failure=failure, relative=_joined(rel))))
                continue
            if kind == "folder":
                visit(entry.path, rel)
            elif kind == "file":
                found.append((rel, Input(entry.path, relative=_joined(rel))))
            else:
                nonlocal skipped
                skipped += 1

    visit(root, ())
    found.sort(key=lambda pair: pair[0])
    if not found:
        shown = ", ".join(globs) or "(no pattern)"
        failure = ParseFailure.of("no_files", f"no file in this folder matches {shown}", path=root)
        return [Input(root, failure=failure)], skipped
    return [
        part for _, item in found for part in (messages(item) if item.failure is None else [item])
    ], skipped


def _entry_kind(entry: os.DirEntry[str], matches: bool) -> str | None:
    """``folder`` to walk, ``file`` to take, or None to pass by; OSError when the system
    will not tell. A symbolic link is never walked (a folder is followed only when
    named), so a link that does not match is passed by without looking where it leads;
    one that matches is taken unless it leads to a folder (a dangling one fails when read).
    """
    if entry.is_symlink():
        return "file" if matches and not entry.is_dir() else None
    if entry.is_dir():
        return "folder"
    return "file" if matches and entry.is_file() else None


def _joined(parts: tuple[str, ...]) -> str | None:
    return "/".join(parts) or None


def _matches(relative: str, patterns: Sequence[str]) -> bool:
    """Whether a relative path matches a pattern, from the right: ``*.txt``, ``2024/*.md``."""
    for pattern in patterns:
        depth = pattern.count("/") + 1
        tail = "/".join(relative.split("/")[-depth:])
        if fnmatchcase(tail, pattern):
            return True
    return False


def unreadable_input(path: str, exc: OSError, *, folder: bool = False) -> ParseFailure:
    """The failure of an input (a file, a folder) the system would not read."""
    return ParseFailure.from_error(unreadable(path, exc, folder=folder), path=path)


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
