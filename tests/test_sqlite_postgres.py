"""``scripts/sqlite_to_postgres.py``: the database loads into PostgreSQL and answers the
README's questions as SQLite does. The load itself runs where ``LETTERPARSE_POSTGRES``
holds ``psql`` connection options (``-h /tmp/pg -p 5432 -U postgres``), as ``.ci/run``
sets them for the server it starts; it skips elsewhere, and fails where
``LETTERPARSE_REQUIRE_POSTGRES`` says a server must be there."""

from __future__ import annotations

import importlib.util
import io
import os
import shlex
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest

from letterparse import to_sqlite
from letterparse.export.sqlite import schema
from tests.conftest import ROOT
from tests.export.handmade import letter


def _load(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


LOADER = _load("sqlite_to_postgres")
QUERIES = _load("readme_queries")


def test_tables_come_after_those_they_refer_to() -> None:
    made: list[str] = []
    for statement in LOADER.postgres_ddl():
        if statement.startswith("CREATE TABLE"):
            name = statement.split()[5]
            for parent in {t for t in schema.TABLES if f"REFERENCES {t}(" in statement}:
                assert parent in made or parent == name, (name, parent)
            made.append(name)
        assert "IF NOT EXISTS" not in statement or not statement.startswith("CREATE VIEW")
    assert made == list(LOADER.ORDER)


def test_copy_fields_are_escaped(tmp_path: Path) -> None:
    path = tmp_path / "letters.db"
    to_sqlite([letter("a\tb.txt", ["Tab\there, back\\slash", "Line\nbreak"])], path)
    out = io.StringIO()
    LOADER.write_script(str(path), out)
    script = out.getvalue()
    assert "Tab\\there, back\\\\slash" in script
    assert "Line\\nbreak" in script
    assert script.startswith("BEGIN;")
    assert script.rstrip().endswith("COMMIT;")


@pytest.fixture
def postgres() -> list[str]:
    options = os.environ.get("LETTERPARSE_POSTGRES")
    if not options:
        if os.environ.get("LETTERPARSE_REQUIRE_POSTGRES"):  # CI (.ci/run) starts a server
            pytest.fail("LETTERPARSE_REQUIRE_POSTGRES is set but LETTERPARSE_POSTGRES is not")
        pytest.skip("set LETTERPARSE_POSTGRES to psql's connection options to load into it")
    return ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", *shlex.split(options)]


def test_the_fixture_database_loads_and_answers_alike(postgres: list[str], tmp_path: Path) -> None:
    path = tmp_path / "letters.db"
    QUERIES.build_database(path)
    database = f"letterparse_test_{os.getpid()}"
    subprocess.run([*postgres, "-c", f"CREATE DATABASE {database}"], check=True)
    try:
        out = io.StringIO()
        LOADER.write_script(str(path), out)
        subprocess.run([*postgres, database], input=out.getvalue(), text=True, check=True)
        sqlite = sqlite3.connect(path)
        for table in schema.TABLES:
            count = sqlite.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            assert _psql(postgres, database, f"SELECT COUNT(*) FROM {table}") == [[str(count)]]
        for question, sql in QUERIES.readme_queries()[:3]:  # the fourth searches with FTS5
            expected = [["" if v is None else str(v) for v in row] for row in sqlite.execute(sql)]
            assert _psql(postgres, database, sql) == expected, question
    finally:
        subprocess.run([*postgres, "-c", f"DROP DATABASE {database}"], check=True)


def _psql(postgres: list[str], database: str, sql: str) -> list[list[str]]:
    done = subprocess.run(
        [*postgres, "-A", "-t", "-F", "\t", database, "-c", sql],
        capture_output=True,
        text=True,
        check=True,
    )
    return [line.split("\t") for line in done.stdout.splitlines()]
