"""The SQLite export: tables, round trip, rows that agree with the letter, full-text
search, and an import run again (in place, nothing duplicated)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import letterparse
from letterparse import Letter, ParseFailure, Signatory, iter_parse, read_sqlite, to_sqlite
from letterparse.export.sqlite import Archive, ArchiveError, schema
from tests.archives import make_archive
from tests.conftest import LETTERS, REFERENCE
from tests.export.handmade import letter
from tests.export.wholeness import check_whole

Result = Letter | ParseFailure


@pytest.fixture(scope="module")
def fixture_letters() -> list[Letter]:
    """Every fixture letter, parsed once."""
    return [r for r in iter_parse([LETTERS], jobs=2, glob=["*.txt"]) if isinstance(r, Letter)]


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory: pytest.TempPathFactory, fixture_letters: list[Letter]) -> Path:
    """The fixture letters in a database."""
    path = tmp_path_factory.mktemp("sqlite") / "letters.db"
    to_sqlite(fixture_letters, path)
    return path


def rows(path: Path, sql: str, *parameters: object) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return [tuple(row) for row in connection.execute(sql, parameters)]
    finally:
        connection.close()


# -- the tables ------------------------------------------------------------------------


def test_every_table_has_one_integer_primary_key_and_plain_column_names(
    fixture_db: Path,
) -> None:
    for table in schema.TABLES:
        info = rows(fixture_db, f"PRAGMA table_info({table})")
        keys = [(name, kind) for _, name, kind, _, _, pk in info if pk]
        assert keys == [("id" if table != "schema_version" else "version", "INTEGER")], table
        names = [str(row[1]) for row in info]
        assert names == schema.columns(table)
        assert all(re.fullmatch(r"[a-z][a-z0-9_]*", name) for name in names), table


def test_every_foreign_key_is_indexed(fixture_db: Path) -> None:
    for table in schema.TABLES:
        indexed = {
            str(rows(fixture_db, f"PRAGMA index_info({index[1]})")[0][2])
            for index in rows(fixture_db, f"PRAGMA index_list({table})")
        }
        for foreign in rows(fixture_db, f"PRAGMA foreign_key_list({table})"):
            assert foreign[3] in indexed, (table, foreign[3])
    cascades = {
        (table, str(row[3]))
        for table in schema.TABLES
        for row in rows(fixture_db, f"PRAGMA foreign_key_list({table})")
        if row[6] == "CASCADE"
    }
    assert ("signatories", "letter_id") in cascades
    assert ("signatories", "parent_id") in cascades


def test_schema_version_wal_and_full_text_search(fixture_db: Path) -> None:
    assert rows(fixture_db, "SELECT version, letter_schema FROM schema_version") == [(1, "1")]
    assert rows(fixture_db, "PRAGMA journal_mode") == [("wal",)]
    names = set(schema.table_names(sqlite3.connect(fixture_db)))
    assert {"letters_fts", "links", "entity_letters"} <= names


# -- round trip and rows ---------------------------------------------------------------


def test_every_letter_reads_back_equal(fixture_db: Path, fixture_letters: list[Letter]) -> None:
    back = list(read_sqlite(fixture_db))
    assert len(back) == len(fixture_letters) > 100
    for stored, parsed in zip(back, fixture_letters, strict=True):
        assert stored == parsed, parsed.source.path


def test_the_database_holds_whole_letters(fixture_db: Path) -> None:
    assert check_whole(fixture_db) > 100


def tree(signatories: list[Signatory], depth: int = 0) -> Iterator[tuple[int, str, int | None]]:
    for entry in signatories:
        yield depth, entry.name, entry.span.line
        yield from tree(entry.members, depth + 1)


def test_signatory_rows_keep_the_tree(fixture_db: Path) -> None:
    parsed = letterparse.parse_file(REFERENCE)
    found = rows(
        fixture_db,
        """SELECT s.depth, s.name, s.line, p.name, s.acronym, s.scripts FROM signatories s
           JOIN letters l ON l.id = s.letter_id LEFT JOIN signatories p ON p.id = s.parent_id
           WHERE l.path = ? ORDER BY s.position""",
        str(REFERENCE),
    )
    assert [row[:3] for row in found] == list(tree(parsed.signatories))
    member = next(row for row in found if row[4] == "BEGSC")
    assert member[0] == 1
    assert member[3] == "General Strike Committee of Basic and Higher Education (GSCBHE)"
    assert ("Latn Mymr",) in {(row[5],) for row in found}


def test_letter_columns_and_spans(fixture_db: Path) -> None:
    parsed = letterparse.parse_file(REFERENCE)
    [(date, declared, undisclosed, sha)] = rows(
        fixture_db,
        "SELECT date_iso, declared_total, declared_undisclosed, sha256 FROM letters WHERE path = ?",
        str(REFERENCE),
    )
    assert date == (parsed.date.iso if parsed.date else None)
    assert parsed.signing is not None
    assert (declared, undisclosed) == (
        parsed.signing.declared_total,
        parsed.signing.declared_undisclosed,
    )
    assert sha == parsed.source.sha256
    text = REFERENCE.read_text(encoding="utf-8")
    for name, start, end in rows(
        fixture_db,
        "SELECT r.name, r.start_char, r.end_char FROM recipients r "
        "JOIN letters l ON l.id = r.letter_id WHERE l.path = ?",
        str(REFERENCE),
    ):
        assert name in text[start:end]


def test_full_text_search_finds_words_in_every_script(fixture_db: Path) -> None:
    def search(query: str) -> set[str]:
        found = rows(
            fixture_db,
            "SELECT l.path FROM letters_fts JOIN letters l ON l.id = letters_fts.rowid "
            "WHERE letters_fts MATCH ?",
            query,
        )
        return {Path(str(row[0])).name for row in found}

    assert REFERENCE.name in search("body : conscription")
    assert REFERENCE.name in search('signatories : "FORUM-ASIA"')
    burmese = search('"ဒို့မြေကွန်ရက်"')  # a Burmese word is one token, marks and all
    assert {REFERENCE.name, "my-burmese-letter-unsc.txt"} <= burmese
    assert "my-burmese-letter-unsc.txt" in search('recipients : "ကုလသမဂ္ဂ လုံခြုံရေးကောင်စီ"')


# -- run again -------------------------------------------------------------------------


def table_counts(path: Path) -> dict[str, int]:
    return {
        table: rows(path, f"SELECT COUNT(*) FROM {table}")[0][0]
        for table in [*schema.TABLES, "letters_fts"]
    }


def test_importing_again_changes_nothing(tmp_path: Path) -> None:
    archive = make_archive(tmp_path)
    path = tmp_path / "letters.db"
    first = to_sqlite(iter_parse([archive], jobs=1), path)
    assert (first.added, first.failed) == (3, 2)
    before = table_counts(path)
    dump = rows(path, "SELECT id, path, sha256, json, imported_at FROM letters ORDER BY id")
    again = to_sqlite(iter_parse([archive], jobs=1), path)
    assert (again.added, again.updated, again.unchanged, again.failed) == (0, 0, 3, 2)
    assert table_counts(path) == before
    assert rows(path, "SELECT id, path, sha256, json, imported_at FROM letters ORDER BY id") == dump
    assert check_whole(path) == 3


def test_a_changed_file_is_replaced_in_place(tmp_path: Path) -> None:
    archive = make_archive(tmp_path)
    path = tmp_path / "letters.db"
    to_sqlite(iter_parse([archive], jobs=1), path)
    target = archive / "2024" / "letter-numbering-gap.txt"
    query = "SELECT id, sha256 FROM letters WHERE path = ?"
    [(letter_id, old_sha)] = rows(path, query, str(target))
    target.write_text(
        target.read_text(encoding="utf-8").replace("Sincerely", "Yours sincerely"),
        encoding="utf-8",
    )
    summary = to_sqlite(iter_parse([archive], jobs=1), path)
    assert (summary.added, summary.updated, summary.unchanged) == (0, 1, 2)
    [(same_id, new_sha)] = rows(path, query, str(target))
    assert same_id == letter_id
    assert new_sha != old_sha
    assert check_whole(path) == 3


def test_failures_are_recorded_and_cleared(tmp_path: Path) -> None:
    archive = make_archive(tmp_path)
    path = tmp_path / "letters.db"
    to_sqlite(iter_parse([archive], jobs=1), path)
    failed = rows(path, "SELECT path, code FROM failures ORDER BY path")
    assert failed == [
        (str(archive / "2023" / "empty.md"), "empty_input"),
        (str(archive / "2024" / "scan.txt"), "binary_input"),
    ]
    shutil.copy(REFERENCE, archive / "2023" / "empty.md")
    summary = to_sqlite(iter_parse([archive], jobs=1), path)
    assert (summary.added, summary.failed) == (1, 1)
    assert rows(path, "SELECT code FROM failures") == [("binary_input",)]


def test_letters_without_a_path_are_keyed_by_their_sha256(tmp_path: Path) -> None:
    path = tmp_path / "letters.db"
    text = REFERENCE.read_text(encoding="utf-8")
    to_sqlite([letterparse.parse(text), letterparse.parse(text)], path)
    to_sqlite([letterparse.parse(text)], path)
    assert rows(path, "SELECT COUNT(*), MIN(path IS NULL) FROM letters") == [(1, 1)]


def test_a_full_disk_fails_clearly_and_keeps_whole_letters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "letters.db"
    to_sqlite([letter(f"{n}.txt", [f"Organisation {n}"]) for n in range(3)], path)
    opened = schema.open_database

    def small(name: object, **options: bool) -> sqlite3.Connection:
        connection = opened(name, **options)  # type: ignore[arg-type]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages + 2}")
        return connection

    monkeypatch.setattr("letterparse.export.sqlite.store.open_database", small)
    big = [letter(f"big-{n}.txt", [f"Organisation {n} {'x' * 2000}"]) for n in range(200)]
    with pytest.raises(ArchiveError, match="full"):
        to_sqlite(big, path)
    assert check_whole(path) == 3


# -- refusals --------------------------------------------------------------------------


def test_a_file_that_is_no_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "letters.jsonl"
    path.write_text('{"schema_version": "1"}\n', encoding="utf-8")
    with pytest.raises(ArchiveError, match="not a database"):
        to_sqlite([], path)
    assert path.read_text(encoding="utf-8") == '{"schema_version": "1"}\n'


def test_another_programs_database_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(ArchiveError, match="did not make"):
        to_sqlite([], path)
    assert rows(path, "SELECT name FROM sqlite_master") == [("people",)]


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "letters.db"
    to_sqlite([], path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE schema_version SET version = 2")
    connection.commit()
    connection.close()
    with pytest.raises(ArchiveError, match="schema version 2"):
        Archive(path)


def test_a_sqlite_without_fts5_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    class NoFts:
        def execute(self, sql: str) -> None:
            raise sqlite3.OperationalError("no such module: fts5")

        def close(self) -> None:
            pass

    monkeypatch.setattr(sqlite3, "connect", lambda *_: NoFts())
    with pytest.raises(ArchiveError, match="without FTS5"):
        schema.require_fts5.__wrapped__()


def test_reading_opens_the_database_read_only(fixture_db: Path) -> None:
    connection = schema.open_database(fixture_db, create=False)
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            connection.execute("DELETE FROM failures")
    finally:
        connection.close()
    with pytest.raises(ArchiveError, match="no such database"):
        schema.open_database(fixture_db.parent / "none.db", create=False)
    assert not (fixture_db.parent / "none.db").exists()
