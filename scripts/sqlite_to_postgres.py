"""Load a letterparse database into PostgreSQL: the same tables, columns and keys.

    python scripts/sqlite_to_postgres.py letters.db | psql -v ON_ERROR_STOP=1 letters

Prints one SQL script for ``psql``: the tables, indexes and views of
:mod:`letterparse.export.sqlite.schema` (their DDL is portable: only ``json`` becomes
``jsonb`` and ``CREATE VIEW IF NOT EXISTS`` becomes ``CREATE OR REPLACE VIEW``), every row
in ``COPY`` blocks (parents before children, so that the foreign keys hold as rows come),
and, for the SQLite full-text table, a table ``letters_search`` with a generated
``tsvector`` and a GIN index. The whole load is one transaction.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
from collections.abc import Iterator
from typing import TextIO

from letterparse.export.sqlite import schema

ORDER = (
    "schema_version",
    "entities",
    "letters",
    "recipients",
    "contacts",
    "signatories",
    "paragraphs",
    "warnings",
    "layout_blocks",
    "aliases",
    "failures",
)
"""Tables in an order where every row's parents come first."""

SEARCH = """
CREATE TABLE IF NOT EXISTS letters_search (
    letter_id INTEGER PRIMARY KEY REFERENCES letters(id) ON DELETE CASCADE,
    subject TEXT, body TEXT, recipients TEXT, signatories TEXT, contacts TEXT,
    document tsvector GENERATED ALWAYS AS (to_tsvector('simple',
        coalesce(subject, '') || ' ' || coalesce(body, '') || ' ' || coalesce(recipients, '')
        || ' ' || coalesce(signatories, '') || ' ' || coalesce(contacts, ''))) STORED
);
CREATE INDEX IF NOT EXISTS letters_search_document ON letters_search USING gin (document);
"""


def postgres_ddl() -> Iterator[str]:
    """The tables (each after those it refers to), indexes and views, as PostgreSQL
    takes them."""
    assert set(ORDER) == set(schema.TABLES)
    statements = schema.ddl()
    for name in ORDER:
        prefix = f"CREATE TABLE IF NOT EXISTS {name} ("
        [statement] = [s for s in statements if s.startswith(prefix)]
        yield re.sub(r"\bjson TEXT NOT NULL\b", "json jsonb NOT NULL", statement) + ";"
    for statement in statements:
        if not statement.startswith("CREATE TABLE"):
            yield statement.replace("CREATE VIEW IF NOT EXISTS", "CREATE OR REPLACE VIEW") + ";"


def copy_block(connection: sqlite3.Connection, table: str, columns: list[str]) -> Iterator[str]:
    """A ``COPY … FROM stdin`` block with every row of ``table``, in id order."""
    yield f"COPY {table} ({', '.join(columns)}) FROM stdin;"
    order = columns[0]
    for row in connection.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}"):
        yield "\t".join(_field(value) for value in row)
    yield "\\."


def write_script(path: str, out: TextIO) -> None:
    """The whole load of the database at ``path``, as SQL on ``out``."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        print("BEGIN;", file=out)
        for statement in postgres_ddl():
            print(statement, file=out)
        print(SEARCH, file=out)
        for table in ORDER:
            for line in copy_block(connection, table, schema.columns(table)):
                print(line, file=out)
        search = ["letter_id", "subject", "body", "recipients", "signatories", "contacts"]
        print(f"COPY letters_search ({', '.join(search)}) FROM stdin;", file=out)
        query = "SELECT rowid, subject, body, recipients, signatories, contacts FROM letters_fts"
        for row in connection.execute(f"{query} ORDER BY rowid"):
            print("\t".join(_field(value) for value in row), file=out)
        print("\\.", file=out)
        print("COMMIT;", file=out)
    finally:
        connection.close()


def _field(value: object) -> str:
    """A value in COPY's text format: ``\\N`` for null, backslash escapes."""
    if value is None:
        return "\\N"
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def main(argv: list[str] | None = None) -> int:
    """Print the load script of a database."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", help="a database made by letterparse --to sqlite")
    args = parser.parse_args(argv)
    write_script(args.database, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
