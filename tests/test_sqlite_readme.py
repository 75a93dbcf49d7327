"""The README's database section: its SQL still runs on the fixture letters' database and
gives the columns its answers show, and its table of tables is the schema's."""

from __future__ import annotations

import importlib.util
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from letterparse.export.sqlite import schema
from tests.conftest import ROOT

README = ROOT / "README.md"


def _script() -> Any:
    spec = importlib.util.spec_from_file_location(
        "readme_queries", ROOT / "scripts" / "readme_queries.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCRIPT = _script()


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The database the README's answers come from, made as the README says."""
    path: Path = tmp_path_factory.mktemp("readme") / "letters.db"
    SCRIPT.build_database(path)
    return path


def test_the_four_questions_are_there() -> None:
    questions = [question for question, _ in SCRIPT.readme_queries()]
    assert len(questions) == 4
    assert "FORUM-ASIA" in questions[0]
    assert "General Strike Committee of Nationalities" in questions[1]
    assert "Security Council" in questions[3]


def test_every_query_runs_and_gives_the_columns_shown(fixture_db: Path) -> None:
    text = README.read_text(encoding="utf-8")
    connection = sqlite3.connect(fixture_db)
    shown = SCRIPT.answer_columns(text)
    for (question, sql), columns in zip(SCRIPT.readme_queries(text), shown, strict=True):
        cursor = connection.execute(sql)
        assert [column[0] for column in cursor.description] == columns, question
        assert cursor.fetchall(), question  # each has an answer on the fixture letters


def test_the_table_of_tables_is_the_schema() -> None:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### The tables") :]
    documented = {
        match["table"]: re.findall(r"`([a-z][a-z0-9_]*)`", match["columns"])
        for match in re.finditer(
            r"^\| `(?P<table>[a-z_]+)` \| [^|]+ \| (?P<columns>.+) \|$", section, re.MULTILINE
        )
    }
    for table in schema.TABLES:
        names = [name for name in documented[table] if name in schema.columns(table)]
        assert list(dict.fromkeys(names)) == schema.columns(table), table
