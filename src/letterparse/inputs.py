"""What the user named, as inputs: files as given, folders walked in sorted order.

A folder is walked recursively; its files whose names match the globs (``*.txt``
and ``*.md`` by default, case-insensitively; hidden files and folders skipped) are
taken in sorted path order. A folder without such a file, and an entry the system
will not read, becomes a failed input at its place in that order.

>>> [item.path for item in collect(["b.txt", "a.md"])]  # files as given, in that order
['b.txt', 'a.md']
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase

from .parse import unreadable
from .records import ParseFailure

DEFAULT_GLOBS: tuple[str, ...] = ("*.txt", "*.md")
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

    @property
    def name(self) -> str:
        """The path, or ``<stdin>``."""
        return self.path if self.path is not None else "<stdin>"


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
    [Input(path='letter.txt', data=None, failure=None, relative=None)]
    """
    globs = [glob] if isinstance(glob, str) else list(glob)
    inputs: list[Input] = []
    for path in _paths(paths):
        if os.path.isdir(path):
            inputs.extend(_walk(path, globs))
        else:
            inputs.append(Input(path))
    return inputs


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


def _walk(root: str, globs: Sequence[str]) -> list[Input]:
    found: list[tuple[tuple[str, ...], Input]] = []  # failures too, each at its place
    folded = [pattern.casefold() for pattern in globs]

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

    visit(root, ())
    found.sort(key=lambda pair: pair[0])
    if not found:
        shown = ", ".join(globs) or "(no pattern)"
        failure = ParseFailure.of("no_files", f"no file in this folder matches {shown}", path=root)
        return [Input(root, failure=failure)]
    return [item for _, item in found]


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
