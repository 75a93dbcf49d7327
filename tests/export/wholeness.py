"""Checks that a database is sound and holds whole letters only, for the SQLite tests."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

from letterparse import Letter, Signatory

CHILDREN = ("recipients", "paragraphs", "contacts", "signatories", "warnings", "layout_blocks")


def expected_counts(letter: Letter) -> dict[str, int]:
    """How many rows of each child table a letter has."""

    def entries(signatories: list[Signatory]) -> int:
        return sum(1 + entries(entry.members) for entry in signatories)

    return {
        "recipients": len(letter.recipients),
        "paragraphs": len(letter.body),
        "contacts": len(letter.contacts),
        "signatories": entries(letter.signatories),
        "warnings": len(letter.warnings),
        "layout_blocks": len(letter.layout),
    }


def check_whole(path: Path) -> int:
    """Assert that the database opens, passes ``integrity_check`` and ``foreign_key_check``,
    and that each letter has all its rows, its full-text row and its entity links; return
    the number of letters."""
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        counts = {
            table: Counter(row[0] for row in connection.execute(f"SELECT letter_id FROM {table}"))
            for table in CHILDREN
        }
        letters = connection.execute("SELECT id, json FROM letters").fetchall()
        for letter_id, text in letters:
            letter = Letter.model_validate_json(text)
            got = {table: counts[table][letter_id] for table in CHILDREN}
            assert got == expected_counts(letter), letter.source.path
        searchable = connection.execute("SELECT COUNT(*) FROM letters_fts").fetchone()[0]
        assert searchable == len(letters)
        unlinked = connection.execute(
            "SELECT COUNT(*) FROM signatories WHERE entity_id IS NULL"
        ).fetchone()[0]
        assert unlinked == 0
        orphans = connection.execute(
            "SELECT COUNT(*) FROM entities WHERE id NOT IN (SELECT entity_id FROM links)"
        ).fetchone()[0]
        assert orphans == 0
        return len(letters)
    finally:
        connection.close()
