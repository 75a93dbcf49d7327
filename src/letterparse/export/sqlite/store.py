"""Writing letters into the database: whole letters, one transaction per batch.

A letter is keyed by its path (by its sha256 when it has none, from standard input).
Importing it again leaves it as it is when its JSON is the same, and replaces it, under
the same ``id``, when its bytes or its reading changed: nothing is duplicated. Letters
are written in batches, each in one ``BEGIN IMMEDIATE`` transaction; a stopped import
keeps the batches it committed, and the write-ahead log makes each commit all or
nothing, also when the process is killed. Another process's import waits for the
transaction in progress (up to :data:`~.schema.BUSY_TIMEOUT_MS`), and the entities it
committed are read again before this process links any more.

>>> from letterparse import parse
>>> with Archive(":memory:") as archive:
...     archive.add(parse("Dear Members,\\n\\nWe write.\\n\\nSigned by:\\n\\n1. Alpha Network\\n"))
...     archive.flush()
...     archive.connection.execute("SELECT name FROM entities").fetchall()
[('Alpha Network',)]
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from dataclasses import dataclass
from typing import Any

from ...model import Letter
from ...records import ParseFailure
from .aliases import Pair, read_aliases
from .entities import Matcher
from .linking import Linked, linked, load_matcher, rematch, write_entities
from .rows import LetterRows, Unchanged, letter_rows, search_row
from .schema import columns, failure, open_database

BATCH_LETTERS = 100
"""Letters per transaction, unless :data:`BATCH_ROWS` rows or :data:`BATCH_SECONDS` of
waiting come first."""
BATCH_ROWS = 20_000
BATCH_SECONDS = 1.0
"""The longest a letter waits to be written, so that a slow import commits as it goes."""

Guard = Callable[[], AbstractContextManager[Any]]
"""A section that a signal must not interrupt (the CLI's ``SignalGuard.writing``)."""


def _insert(table: str, *, with_id: bool = True) -> str:
    names = columns(table) if with_id else columns(table)[1:]
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


_SQL = {table: _insert(table) for table in ("letters", "signatories")}
_SQL |= {
    table: _insert(table, with_id=False)
    for table in ("recipients", "contacts", "paragraphs", "warnings", "layout_blocks")
}
_SQL["search"] = (
    "INSERT INTO letters_fts (rowid, subject, body, recipients, signatories, contacts) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
_SQL["failure"] = (
    "INSERT INTO failures (path, sha256, code, message, line, imported_at) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, "
    "code = excluded.code, message = excluded.message, line = excluded.line, "
    "imported_at = excluded.imported_at"
)
_BY_PATH = "SELECT id, json FROM letters WHERE path = ?"
_BY_SHA256 = "SELECT id, json FROM letters WHERE path IS NULL AND sha256 = ?"


@dataclass(slots=True)
class Summary:
    """What an import did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    letters: int = 0
    """Letters in the database afterwards."""
    entities: int = 0
    """Entities in the database afterwards."""

    def __str__(self) -> str:
        return (
            f"{self.letters} letters ({self.added} added, {self.updated} updated, "
            f"{self.unchanged} unchanged), {self.failed} failed, {self.entities} entities"
        )


Item = LetterRows | Unchanged | ParseFailure


class Archive:
    """An open database that takes letters (or their rows, or failures) in order.

    ``aliases`` (a CSV path or ``(name, alias)`` pairs) replaces the stored alias table;
    when it differs, every letter is matched again. Use as a context manager, or call
    :meth:`close`; letters still buffered when an exception leaves the ``with`` block are
    not written.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        aliases: str | os.PathLike[str] | Sequence[Pair] | None = None,
        guard: Guard | None = None,
        batch_letters: int | None = None,
    ) -> None:
        self.path = os.fspath(path)
        self.connection = open_database(self.path)
        self.summary = Summary()
        self._guard: Guard = guard or nullcontext
        self._batch_letters = BATCH_LETTERS if batch_letters is None else batch_letters
        self._pending: list[Item] = []
        self._pending_rows = 0
        self._pending_since = 0.0
        self._matcher: Matcher | None = None
        self._version: int | None = None
        self._ids: dict[str, int] = {}
        self._failures = False
        self._now = ""
        if aliases is not None:
            try:
                pairs = read_aliases(aliases) if isinstance(aliases, str | os.PathLike) else aliases
                self.set_aliases(pairs)
            except BaseException:
                self.connection.close()
                raise

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        self.close(commit=kind is None)

    def add(self, item: Letter | Item) -> None:
        """Take one letter or failure; write a batch when enough are waiting."""
        if isinstance(item, Letter):
            item = letter_rows(item)
        if not self._pending:
            self._pending_since = time.monotonic()
        self._pending.append(item)
        self._pending_rows += item.size if isinstance(item, LetterRows) else 1
        if (
            len(self._pending) >= self._batch_letters
            or self._pending_rows >= BATCH_ROWS
            or time.monotonic() - self._pending_since >= BATCH_SECONDS
        ):
            self.flush()

    def flush(self) -> None:
        """Write the waiting letters in one transaction."""
        if not self._pending:
            return
        items = self._pending
        self._pending, self._pending_rows = [], 0
        with self._transaction() as matcher:
            for item in items:
                if isinstance(item, ParseFailure):
                    self._store_failure(item)
                elif isinstance(item, Unchanged):
                    self.summary.unchanged += 1
                    self._clear_failure(item.path)
                else:
                    self._store_letter(item, matcher)

    def close(self, *, commit: bool = True) -> None:
        """Write what is waiting (unless ``commit`` is false) and close the database."""
        try:
            if commit:
                self.flush()
                self._count()
                with suppress(sqlite3.Error):
                    self.connection.execute("PRAGMA optimize")
        finally:
            self._pending.clear()
            self.connection.close()

    def set_aliases(self, pairs: Sequence[Pair]) -> bool:
        """Store the alias table; when it changed, match every letter again. Returns
        whether it changed."""
        with self._transaction(load=False):
            stored = self.connection.execute("SELECT name, alias FROM aliases ORDER BY id")
            if [tuple(row) for row in stored] == [tuple(pair) for pair in pairs]:
                return False
            self.connection.execute("DELETE FROM aliases")
            self.connection.executemany(
                "INSERT INTO aliases (name, alias) VALUES (?, ?)", [tuple(p) for p in pairs]
            )
            self._rematch()
        return True

    def rematch(self) -> None:
        """Match every letter's mentions again, in letter order, as a fresh import would."""
        with self._transaction(load=False):
            self._rematch()

    # -- transactions ----------------------------------------------------------------

    @contextmanager
    def _transaction(self, *, load: bool = True) -> Iterator[Matcher]:
        with self._guard():
            try:
                self.connection.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise failure(self.path, exc) from None
            try:
                self._now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
                yield self._current() if load else Matcher()
                self.connection.execute("COMMIT")
            except sqlite3.Error as exc:
                self._abandon()
                raise failure(self.path, exc) from None
            except BaseException:
                self._abandon()
                raise

    def _abandon(self) -> None:
        """Roll back; what this process remembers of the database is read again later."""
        with suppress(sqlite3.Error):
            self.connection.execute("ROLLBACK")
        self._matcher = None

    def _current(self) -> Matcher:
        """The matcher, read again if another connection committed since this one did."""
        version = self.connection.execute("PRAGMA data_version").fetchone()[0]
        if self._matcher is None or version != self._version:
            self._matcher = load_matcher(self.connection)
        self._version = version
        self._ids = {"signatories": self._last_id("signatories")}
        self._failures = self.connection.execute(
            "SELECT EXISTS (SELECT 1 FROM failures)"
        ).fetchone()[0]
        return self._matcher

    def _last_id(self, table: str) -> int:
        row = self.connection.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()
        return int(row[0])

    # -- letters -----------------------------------------------------------------------

    def _store_letter(self, rows: LetterRows, matcher: Matcher) -> None:
        db = self.connection
        found = self._existing(rows)
        if found is not None and found[1] == rows.json:
            self.summary.unchanged += 1
            self._clear_failure(rows.path)
            return
        letter_id = None
        if found is not None:
            letter_id = found[0]
            self._remove(letter_id, matcher)
        links = linked(rows, [matcher.link(m) for m in rows.mentions])
        write_entities(db, matcher)
        letter = (letter_id, rows.path, *rows.letter, self._now, rows.json, *links.sender)
        letter_id = db.execute(_SQL["letters"], letter).lastrowid
        assert letter_id is not None
        self._write_children(letter_id, rows, links)
        if found is not None:
            gone = matcher.purge()
            db.executemany("DELETE FROM entities WHERE id = ?", [(number,) for number in gone])
        db.execute(_SQL["search"], (letter_id, *search_row(rows)))
        self._clear_failure(rows.path)
        if found is None:
            self.summary.added += 1
        else:
            self.summary.updated += 1

    def _existing(self, rows: LetterRows) -> tuple[int, str] | None:
        if rows.path is not None:
            row = self.connection.execute(_BY_PATH, (rows.path,)).fetchone()
        else:
            row = self.connection.execute(_BY_SHA256, (rows.sha256,)).fetchone()
        return None if row is None else (row[0], row[1])

    def _remove(self, letter_id: int, matcher: Matcher) -> None:
        db = self.connection
        for entity_id, key in db.execute(
            "SELECT entity_id, key FROM links WHERE letter_id = ?", (letter_id,)
        ):
            matcher.forget(entity_id, key)
        db.execute("DELETE FROM letters_fts WHERE rowid = ?", (letter_id,))
        db.execute("DELETE FROM letters WHERE id = ?", (letter_id,))

    def _write_children(self, letter_id: int, rows: LetterRows, links: Linked) -> None:
        """Insert the letter's child rows, signatories with their parents' ids."""
        db = self.connection
        base = self._ids["signatories"]
        db.executemany(
            _SQL["signatories"],
            [
                (
                    base + position + 1,
                    letter_id,
                    None if up is None else base + up + 1,
                    position,
                    *rest,
                    *link,
                )
                for (position, up, *rest), link in zip(
                    rows.signatories, links.signatories, strict=True
                )
            ],
        )
        self._ids["signatories"] += len(rows.signatories)
        for table, children, row_links in (
            ("recipients", rows.recipients, links.recipients),
            ("contacts", rows.contacts, links.contacts),
        ):
            db.executemany(
                _SQL[table],
                [(letter_id, *row, *link) for row, link in zip(children, row_links, strict=True)],
            )
        for table, children in (
            ("paragraphs", rows.paragraphs),
            ("warnings", rows.warnings),
            ("layout_blocks", rows.layout),
        ):
            db.executemany(_SQL[table], [(letter_id, *row) for row in children])

    # -- failures and counts -----------------------------------------------------------

    def _store_failure(self, failure: ParseFailure) -> None:
        source, error = failure.source, failure.error
        self.connection.execute(
            _SQL["failure"],
            (source.path, source.sha256, error.code, error.message, error.line, self._now),
        )
        self._failures = True
        self.summary.failed += 1

    def _clear_failure(self, path: str | None) -> None:
        if path is not None and self._failures:
            self.connection.execute("DELETE FROM failures WHERE path = ?", (path,))

    def _count(self) -> None:
        db = self.connection
        self.summary.letters = db.execute("SELECT COUNT(*) FROM letters").fetchone()[0]
        self.summary.entities = db.execute("SELECT COUNT(*) FROM entities").fetchone()[0]

    # -- matching again ----------------------------------------------------------------

    def _rematch(self) -> None:
        """Every name linked again, in letter order (inside a transaction)."""
        self._matcher = rematch(self.connection)
