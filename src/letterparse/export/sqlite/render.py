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

import sqlite3
from pathlib import Path

from ...model import Letter
from .rows import LetterRows, Unchanged, letter_rows

_READERS: dict[str, sqlite3.Connection | None] = {}
"""This process's read-only connection to each database (None where none could open, or
where the database held no letter when first asked: a new import's letters are new)."""


def letter_payload(letter: Letter, database: str | None) -> LetterRows | Unchanged:
    """The rows of ``letter``, or :class:`Unchanged` when ``database`` holds it so."""
    if database is not None and letter.source.path is not None:
        stored = _stored_json(database, letter.source.path)
        if stored is not None and stored == letter.model_dump_json():
            return Unchanged(letter.source.path, letter.source.sha256)
    return letter_rows(letter)


def close_readers() -> None:
    """Close this process's read-only connections (at the end of an import: a database
    made anew at the same path later is another)."""
    for connection in _READERS.values():
        if connection is not None:
            connection.close()
    _READERS.clear()


def _stored_json(database: str, path: str) -> str | None:
    if database not in _READERS:
        _READERS[database] = _open(database)
    connection = _READERS[database]
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
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None
    try:
        if connection.execute("SELECT EXISTS (SELECT 1 FROM letters)").fetchone()[0]:
            return connection
    except sqlite3.Error:
        pass
    connection.close()
    return None
