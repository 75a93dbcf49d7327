"""The command line's side of the database: ``--to sqlite`` and ``letterparse entities``.

:class:`SqliteWriter` takes a batch's rendered pieces in order, as the other writers
do, and writes them in transactions that a signal does not cut (it takes effect after
the commit). :func:`entities_command` lists a database's entities for review.

>>> import io, os, tempfile
>>> from letterparse import parse
>>> from letterparse.export.sqlite import to_sqlite
>>> db = os.path.join(tempfile.mkdtemp(), "letters.db")
>>> _ = to_sqlite([parse("Dear all,\\n\\nWe write.\\n\\nSigned by:\\n\\n1. Alpha Network\\n")], db)
>>> out = io.StringIO()
>>> entities_command(db, out, io.StringIO(), as_json=True)
0
>>> out.getvalue().startswith('{"id": 1, "name": "Alpha Network", "kind": "organization"')
True
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import TextIO

from ...formats import Rendered
from ...output import OutputError, SignalGuard
from .aliases import Pair
from .render import close_readers
from .review import entity_reports, format_report
from .rows import LetterRows, Unchanged
from .schema import ArchiveError, open_database
from .store import Archive, Summary


class SqliteWriter:
    """Writes each letter's rows and each failure into the database at ``path``."""

    def __init__(self, path: str, guard: SignalGuard, aliases: Sequence[Pair] | None) -> None:
        try:
            self.archive = Archive(path, aliases=aliases, guard=guard.writing)
        except ArchiveError as error:
            raise OutputError(str(error)) from None

    @property
    def summary(self) -> Summary:
        """What the import did so far."""
        return self.archive.summary

    def add(self, index: int, piece: Rendered) -> None:
        """Take one input's rows, or its failure."""
        try:
            if isinstance(piece.payload, LetterRows | Unchanged):
                self.archive.add(piece.payload)
            elif piece.failure is not None:
                self.archive.add(piece.failure)
        except ArchiveError as error:
            raise OutputError(str(error)) from None

    def finish(self, *, commit: bool = True) -> None:
        """Write what is waiting and close the database (waiting letters are dropped
        when the run is not committed: the database keeps the batches written)."""
        try:
            self.archive.close(commit=commit)
        except ArchiveError as error:
            raise OutputError(str(error)) from None
        finally:
            close_readers()


def entities_command(
    path: str,
    out: TextIO,
    err: TextIO,
    *,
    min_letters: int = 1,
    match: str | None = None,
    review: bool = False,
    as_json: bool = False,
    aliases: Sequence[Pair] | None = None,
    rematch: bool = False,
) -> int:
    """List the entities of the database at ``path``; return the exit code (0, or 1 when
    the database cannot be read). With ``aliases`` or ``rematch`` every letter is
    matched again first."""
    try:
        if aliases is not None or rematch:
            _match_again(path, aliases, rematch=rematch, err=err)
        connection = open_database(path, create=False)
    except ArchiveError as error:
        print(f"letterparse entities: {error}", file=err)
        return 1
    try:
        reports = entity_reports(connection, min_letters=min_letters, match=match, review=review)
        for number, report in enumerate(reports):
            if as_json:
                out.write(json.dumps(report.as_dict(), ensure_ascii=False) + "\n")
            else:
                out.write(("\n" if number else "") + format_report(report) + "\n")
    finally:
        connection.close()
    return 0


def _match_again(path: str, aliases: Sequence[Pair] | None, *, rematch: bool, err: TextIO) -> None:
    if not os.path.isfile(path):
        raise ArchiveError(f"{path}: no such database")
    with Archive(path) as archive:
        changed = archive.set_aliases(aliases) if aliases is not None else False
        if rematch and not changed:
            archive.rematch()
    if changed or rematch:
        print(f"{path}: every letter matched again: {archive.summary}", file=err)
