"""The database's tables, and opening a database safely (WAL, busy timeout, checks).

Every table has one integer primary key ``id``; children point to their letter with
``letter_id`` and go with it (``ON DELETE CASCADE``). Column names are plain
identifiers, and the DDL outside :data:`FTS` is portable SQL that PostgreSQL also runs.

>>> connection = open_database(":memory:")
>>> [row[0] for row in connection.execute("SELECT version FROM schema_version")]
[1]
>>> "links" in table_names(connection)
True
"""

from __future__ import annotations

import functools
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from ..._version import __version__
from ...model import SCHEMA_VERSION as LETTER_SCHEMA

SCHEMA_VERSION = 1
"""The version of the tables below; a database of a newer version is refused."""

BUSY_TIMEOUT_MS = 60_000
"""How long a write waits for another process's transaction before it fails."""

CACHE_KIB = 65_536
"""The writer's page cache: an import touches index pages all over a large database."""

CHECKPOINT_PAGES = 8_192
"""Copy the write-ahead log into the database every 32 MiB or so (SQLite's default is
every 4 MiB), so that a page written by many transactions is copied fewer times."""

_SPAN = """line INTEGER NOT NULL,
        end_line INTEGER NOT NULL,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL"""
_LETTER = "letter_id INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE"
_RULE = "CHECK ({} IN ('new', 'name', 'acronym', 'alias'))"


def _link(prefix: str = "entity", *, required: bool = True) -> str:
    """The columns that link a row's name to its entity: which, by what rule, why, and
    the name key it was matched under."""
    null = " NOT NULL" if required else ""
    return f"""{prefix}_id INTEGER{null} REFERENCES entities(id),
        {prefix}_rule TEXT{null},
        {prefix}_evidence TEXT,
        {prefix}_key TEXT{null},
        {_RULE.format(prefix + "_rule")}"""


TABLES: dict[str, str] = {
    "schema_version": """
        version INTEGER PRIMARY KEY,
        letter_schema TEXT NOT NULL,
        created_by TEXT NOT NULL""",
    "letters": f"""
        id INTEGER PRIMARY KEY,
        path TEXT UNIQUE,
        sha256 TEXT NOT NULL,
        encoding TEXT NOT NULL,
        newline TEXT,
        chars INTEGER NOT NULL,
        format TEXT NOT NULL,
        extractor TEXT,
        title TEXT,
        sender_name TEXT,
        sender_kind TEXT,
        date_text TEXT,
        date_iso TEXT,
        date_place TEXT,
        subject_label TEXT,
        subject TEXT,
        salutation TEXT,
        closing TEXT,
        signing TEXT,
        declared_total INTEGER,
        declared_undisclosed INTEGER,
        letterparse_version TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        json TEXT NOT NULL,
        {_link("sender_entity", required=False)}""",
    "recipients": f"""
        id INTEGER PRIMARY KEY,
        {_LETTER},
        position INTEGER NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('to', 'cc', 'attn')),
        name TEXT NOT NULL,
        address TEXT NOT NULL,
        {_SPAN},
        {_link()}""",
    "paragraphs": f"""
        id INTEGER PRIMARY KEY,
        {_LETTER},
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        marker TEXT,
        heading TEXT,
        text TEXT NOT NULL,
        {_SPAN}""",
    "contacts": f"""
        id INTEGER PRIMARY KEY,
        {_LETTER},
        position INTEGER NOT NULL,
        name TEXT,
        organization TEXT,
        email TEXT,
        phone TEXT,
        emails TEXT NOT NULL,
        phones TEXT NOT NULL,
        text TEXT NOT NULL,
        {_SPAN},
        {_link(required=False)}""",
    "signatories": f"""
        id INTEGER PRIMARY KEY,
        {_LETTER},
        parent_id INTEGER REFERENCES signatories(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        depth INTEGER NOT NULL,
        number INTEGER,
        name TEXT NOT NULL,
        kind TEXT CHECK (kind IN ('organization', 'individual')),
        acronym TEXT,
        affiliation TEXT,
        place TEXT,
        group_name TEXT,
        scripts TEXT NOT NULL,
        {_SPAN},
        {_link()}""",
    "warnings": f"""
        id INTEGER PRIMARY KEY,
        {_LETTER},
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        line INTEGER""",
    "layout_blocks": f"""
        id INTEGER PRIMARY KEY,
        {_LETTER},
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        {_SPAN}""",
    "entities": """
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT CHECK (kind IN ('organization', 'individual')),
        acronym TEXT,
        key TEXT NOT NULL""",
    "aliases": """
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        alias TEXT NOT NULL""",
    "failures": """
        id INTEGER PRIMARY KEY,
        path TEXT UNIQUE,
        sha256 TEXT,
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        line INTEGER,
        imported_at TEXT NOT NULL""",
}
"""Each table's columns, in the order the README documents them."""

INDEXES: tuple[str, ...] = (
    "letters_sha256 ON letters(sha256)",
    "letters_date_iso ON letters(date_iso)",
    "recipients_letter ON recipients(letter_id)",
    "paragraphs_letter ON paragraphs(letter_id)",
    "contacts_letter ON contacts(letter_id)",
    "signatories_letter ON signatories(letter_id)",
    "signatories_parent ON signatories(parent_id) WHERE parent_id IS NOT NULL",
    "warnings_letter ON warnings(letter_id)",
    "warnings_code ON warnings(code)",
    "layout_blocks_letter ON layout_blocks(letter_id)",
    "entities_acronym ON entities(acronym)",
    "letters_sender_entity ON letters(sender_entity_id) WHERE sender_entity_id IS NOT NULL",
    "recipients_entity ON recipients(entity_id)",
    "contacts_entity ON contacts(entity_id) WHERE entity_id IS NOT NULL",
    "signatories_entity ON signatories(entity_id)",
)
"""Every foreign key is indexed (deleting a letter cascades through them), and so are
the columns the README's questions look up."""

FTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS letters_fts USING fts5("
    "subject, body, recipients, signatories, contacts, "
    "tokenize = \"unicode61 categories 'L* N* Co M*'\")"
)
"""Full-text search, one row per letter (``rowid`` is ``letters.id``). Marks (``M*``)
belong to words, so that a Burmese word is not cut at each vowel sign."""

VIEWS: dict[str, str] = {
    "links": """
        SELECT sender_entity_id AS entity_id, id AS letter_id, 'sender' AS role,
               NULL AS row_id, sender_name AS name, sender_entity_key AS key,
               sender_entity_rule AS rule, sender_entity_evidence AS evidence
            FROM letters WHERE sender_entity_id IS NOT NULL
        UNION ALL
        SELECT entity_id, letter_id, 'recipient', id, name, entity_key, entity_rule,
               entity_evidence FROM recipients
        UNION ALL
        SELECT entity_id, letter_id, CASE WHEN depth = 0 THEN 'signatory' ELSE 'member' END,
               id, name, entity_key, entity_rule, entity_evidence FROM signatories
        UNION ALL
        SELECT entity_id, letter_id, 'contact', id, organization, entity_key, entity_rule,
               entity_evidence FROM contacts WHERE entity_id IS NOT NULL""",
    "entity_letters": """
        SELECT e.id AS entity_id, e.name, e.kind, e.acronym,
               COUNT(DISTINCT k.letter_id) AS letters, COUNT(*) AS links,
               MIN(l.date_iso) AS first_date, MAX(l.date_iso) AS last_date
        FROM entities e JOIN links k ON k.entity_id = e.id JOIN letters l ON l.id = k.letter_id
        GROUP BY e.id""",
}
"""``links``: every name linked to an entity, whatever its role (``row_id`` is the id of
its row in ``recipients``, ``signatories`` or ``contacts``; null for a sender).
``entity_letters``: each entity with the number of its letters and the dates they span."""


class ArchiveError(Exception):
    """The database cannot be opened, read or written; the message says why."""


def failure(path: str, exc: sqlite3.Error) -> ArchiveError:
    """The error to raise for ``exc``, in words a person can act on."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return ArchiveError(
            f"{path} is being written by another process (another import?) and stayed "
            f"locked for {BUSY_TIMEOUT_MS // 1000} s: try again when it has finished"
        )
    return ArchiveError(f"cannot write {path}: {text}")


def open_database(path: str | os.PathLike[str], *, create: bool = True) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), WAL, foreign keys on,
    a busy timeout; the tables are made if the file is new, checked if it is not. With
    ``create`` false, a read-only connection to a database that must exist already."""
    require_fts5()
    name = os.fspath(path)
    if not create:
        return _open_to_read(name)
    try:
        connection = sqlite3.connect(name, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise ArchiveError(f"cannot open {name}: {exc}") from None
    try:
        _configure(connection, name)
        _prepare(connection, name)
    except BaseException:
        connection.close()
        raise
    return connection


def _open_to_read(name: str) -> sqlite3.Connection:
    if not os.path.isfile(name):
        raise ArchiveError(f"{name}: no such database")
    uri = Path(name).resolve().as_uri() + "?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise ArchiveError(f"cannot open {name}: {exc}") from None
    try:
        _check(connection, name, set(table_names(connection)))
    except sqlite3.DatabaseError as exc:
        connection.close()
        raise ArchiveError(f"{name}: not a database that letterparse can use ({exc})") from None
    except BaseException:
        connection.close()
        raise
    return connection


@functools.cache
def require_fts5() -> None:
    """Raise :class:`ArchiveError` unless this Python's SQLite has FTS5."""
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("CREATE VIRTUAL TABLE probe USING fts5(text)")
    except sqlite3.OperationalError:
        raise ArchiveError(
            f"this Python's SQLite ({sqlite3.sqlite_version}) was built without FTS5, which "
            "--to sqlite needs for full-text search: use a Python whose sqlite3 has it "
            "(python.org and most Linux builds do)"
        ) from None
    finally:
        probe.close()


def table_names(connection: sqlite3.Connection) -> list[str]:
    """The names of the database's tables, views and virtual tables."""
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name"
    )
    return [row[0] for row in rows]


def columns(table: str) -> list[str]:
    """The names of a table's columns, in order."""
    return [line.split()[0] for line in _column_lines(TABLES[table])]


def link_columns(table: str) -> list[str]:
    """The columns of ``table`` that link its name to an entity (the last four)."""
    return columns(table)[-4:]


def ddl() -> list[str]:
    """The statements that make the tables, indexes and views (FTS apart)."""
    statements = [f"CREATE TABLE IF NOT EXISTS {name} ({body}\n)" for name, body in TABLES.items()]
    statements += [f"CREATE INDEX IF NOT EXISTS {index}" for index in INDEXES]
    statements += [f"CREATE VIEW IF NOT EXISTS {name} AS {body}" for name, body in VIEWS.items()]
    return statements


def _column_lines(body: str) -> Sequence[str]:
    lines = [line.strip().rstrip(",") for line in body.strip().splitlines()]
    return [line for line in lines if line and not line.startswith("CHECK")]


def _configure(connection: sqlite3.Connection, name: str) -> None:
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA foreign_keys = ON")
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        connection.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(f"{name}: not a database that letterparse can use ({exc})") from None
    if mode != "wal" and name != ":memory:":
        raise ArchiveError(f"{name}: SQLite cannot keep a write-ahead log here (mode {mode})")


def _prepare(connection: sqlite3.Connection, name: str) -> None:
    """Make the tables in a new database (one transaction), or check an existing one."""
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            existing = set(table_names(connection))
            if not existing:
                _create(connection)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise failure(name, exc) from None
    if existing:
        _check(connection, name, existing)


def _create(connection: sqlite3.Connection) -> None:
    for statement in ddl():
        connection.execute(statement)
    connection.execute(FTS)
    connection.execute(
        "INSERT INTO schema_version (version, letter_schema, created_by) VALUES (?, ?, ?)",
        (SCHEMA_VERSION, LETTER_SCHEMA, f"letterparse {__version__}"),
    )


def _check(connection: sqlite3.Connection, name: str, existing: set[str]) -> None:
    if "schema_version" not in existing:
        raise ArchiveError(f"{name}: a SQLite database that letterparse did not make: not touched")
    version = connection.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
    if version != SCHEMA_VERSION:
        raise ArchiveError(
            f"{name}: tables of schema version {version}; this letterparse reads version "
            f"{SCHEMA_VERSION}"
        )
    missing = [table for table in [*TABLES, "letters_fts"] if table not in existing]
    if missing:
        raise ArchiveError(f"{name}: tables missing: {', '.join(missing)}")
