"""SQLite: an archive's letters in one database, names matched across letters.

Tables for letters, recipients, paragraphs, contacts, signatories (with parent, depth
and group), warnings and layout blocks; each letter's JSON kept whole; a full-text
index; entities that stand for one organisation or person across letters, each link
with the rule that made it. See the README for the schema and example queries.

>>> import sqlite3, tempfile, os
>>> from letterparse import parse
>>> letter = parse("Dear Members,\\n\\nWe write.\\n\\nSigned by:\\n\\n1. Alpha Network\\n")
>>> folder = tempfile.mkdtemp()
>>> summary = to_sqlite([letter], os.path.join(folder, "letters.db"))
>>> str(summary)
'1 letters (1 added, 0 updated, 0 unchanged), 0 failed, 1 entities'
>>> next(read_sqlite(os.path.join(folder, "letters.db"))) == letter
True
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence

from ...model import Letter
from ...records import ParseFailure
from .aliases import AliasError, Pair
from .schema import ArchiveError, open_database
from .store import Archive, Summary


def to_sqlite(
    results: Iterable[Letter | ParseFailure],
    path: str | os.PathLike[str],
    *,
    aliases: str | os.PathLike[str] | Sequence[Pair] | None = None,
) -> Summary:
    """Write letters (and the failures of a batch) into the database at ``path``, made if
    new, updated in place if not; return what was done.

    ``results`` may be :func:`~letterparse.iter_parse`'s output. ``aliases`` is an alias
    table (a CSV path, or ``(name, alias)`` pairs) that replaces the stored one.
    """
    with Archive(path, aliases=aliases) as archive:
        for result in results:
            archive.add(result)
    return archive.summary


def read_sqlite(path: str | os.PathLike[str]) -> Iterator[Letter]:
    """The letters of a database, in the order they were first imported."""
    connection = open_database(path, create=False)
    try:
        for (text,) in connection.execute("SELECT json FROM letters ORDER BY id"):
            yield Letter.model_validate_json(text)
    finally:
        connection.close()


__all__ = ["AliasError", "Archive", "ArchiveError", "Summary", "read_sqlite", "to_sqlite"]
