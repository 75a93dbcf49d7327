"""What a worker process sends for one letter: its rows, or word that nothing changed.

Before building a letter's rows, the worker asks the database (a read-only connection
of its own, opened once per process) whether it holds the letter at this path with the
same JSON already; if so it sends only :class:`~.rows.Unchanged`, and a re-run of an
archive costs little more than parsing it. Whatever the answer, the writer decides again
in its own transaction when rows come.

>>> from letterparse import parse
>>> rows = letter_payload(parse("Dear all,\\n\\nWe write.\\n"), None)
>>> type(rows).__name__
'LetterRows'
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ...model import Letter
from .rows import LetterRows, Unchanged, letter_rows

_READERS: dict[tuple[str, int, int], sqlite3.Connection | None] = {}
"""This process's read-only connection to each database file (None where none could
open), by path, device and inode: a file made anew at the same path is another."""


def letter_payload(letter: Letter, database: str | None) -> LetterRows | Unchanged:
    """The rows of ``letter``, or :class:`Unchanged` when ``database`` holds it so."""
    if database is not None and letter.source.path is not None:
        stored = _stored_json(database, letter.source.path)
        if stored is not None and stored == letter.model_dump_json():
            return Unchanged(letter.source.path, letter.source.sha256)
    return letter_rows(letter)


def close_readers() -> None:
    """Close this process's read-only connections (at the end of an import)."""
    for connection in _READERS.values():
        if connection is not None:
            connection.close()
    _READERS.clear()


def _stored_json(database: str, path: str) -> str | None:
    try:
        status = os.stat(database)
    except OSError:
        return None
    key = (os.path.realpath(database), status.st_dev, status.st_ino)
    if key not in _READERS:
        _READERS[key] = _open(database)
    connection = _READERS[key]
    if connection is None:
        return None
    try:
        rows = connection.execute("SELECT json FROM letters WHERE path = ?", (path,)).fetchall()
    except sqlite3.Error:
        return None
    return str(rows[0][0]) if rows else None


def _open(database: str) -> sqlite3.Connection | None:
    uri = Path(database).resolve().as_uri() + "?mode=ro"
    try:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None
