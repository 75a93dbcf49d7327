"""The README's SQL questions: read them, run them on the fixture letters, write the answers.

    python scripts/readme_queries.py           # print each question's answer
    python scripts/readme_queries.py --write   # and write them into README.md

Between ``<!-- sqlite-queries: begin -->`` and ``<!-- sqlite-queries: end -->`` the README
holds questions as ``#### headings``, each with a ```` ```sql ```` block and, after it,
its answer between ``<!-- answer -->`` and ``<!-- /answer -->``. The answers come from a
database built from the project's own fixture letters
(``letterparse parse fixtures/letters --glob '*.txt' --to sqlite``) with the alias table
``fixtures/aliases.csv``; ``tests/test_sqlite_readme.py`` checks that every query still
runs and gives the columns its answer shows.
"""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import sys
import tempfile
from pathlib import Path

from letterparse.cli import main as letterparse_main

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"

_SECTION = re.compile(
    r"<!-- sqlite-queries: begin -->\n(.*?)<!-- sqlite-queries: end -->", re.DOTALL
)
_QUESTION = re.compile(
    r"^#### (?P<question>.+?)\n.*?```sql\n(?P<sql>.*?)```\n\s*<!-- answer -->\n"
    r"(?P<answer>.*?)<!-- /answer -->",
    re.DOTALL | re.MULTILINE,
)
MAX_ROWS = 12
"""Rows shown of a long answer (the rest are counted)."""


def readme_queries(text: str | None = None) -> list[tuple[str, str]]:
    """Each question of the README's SQL section and its query."""
    found = _SECTION.search(text if text is not None else README.read_text(encoding="utf-8"))
    if found is None:
        raise SystemExit("README.md has no <!-- sqlite-queries: begin --> section")
    return [(m["question"], m["sql"]) for m in _QUESTION.finditer(found.group(1))]


def build_database(path: Path) -> None:
    """The database of the fixture letters, as the README says to make it (run from the
    project's folder, so that the letters' paths are ``fixtures/letters/…``)."""
    here = Path.cwd()
    os.chdir(ROOT)
    try:
        arguments = ["parse", "fixtures/letters", "--glob", "*.txt", "--to", "sqlite"]
        arguments += ["-o", str(path), "--aliases", "fixtures/aliases.csv", "--jobs", "1"]
        code = letterparse_main(arguments)
    finally:
        os.chdir(here)
    if code != 0:
        raise SystemExit(f"letterparse parse exited {code}")


def answer(connection: sqlite3.Connection, sql: str) -> str:
    """A query's answer as a Markdown table (long answers cut, with the count of rows)."""
    cursor = connection.execute(sql)
    names = [column[0] for column in cursor.description]
    rows = cursor.fetchall()
    lines = ["| " + " | ".join(names) + " |", "|" + " --- |" * len(names)]
    lines += ["| " + " | ".join(_cell(value) for value in row) + " |" for row in rows[:MAX_ROWS]]
    if len(rows) > MAX_ROWS:
        lines.append(f"\n… and {len(rows) - MAX_ROWS} more rows ({len(rows)} in all).")
    if not rows:
        lines.append("\n(no rows)")
    return "\n".join(lines) + "\n"


def answer_columns(text: str) -> list[list[str]]:
    """The column names each answer in the README shows, in order."""
    found = _SECTION.search(text)
    assert found is not None
    return [
        [name.strip() for name in m["answer"].splitlines()[0].strip("| ").split(" | ")]
        for m in _QUESTION.finditer(found.group(1))
    ]


def rewrite(text: str, connection: sqlite3.Connection) -> str:
    """The README with every answer run again."""

    def one(match: re.Match[str]) -> str:
        start, end = match.span("answer")
        whole = match.group(0)
        offset = match.start()
        return whole[: start - offset] + answer(connection, match["sql"]) + whole[end - offset :]

    found = _SECTION.search(text)
    assert found is not None
    section = _QUESTION.sub(one, found.group(1))
    return text[: found.start(1)] + section + text[found.end(1) :]


def _cell(value: object) -> str:
    if value is None:
        return ""
    return str(value).replace("|", "\\|").replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    """Build the fixture database, run the README's questions, print or write answers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the answers into README.md")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "letters.db"
        build_database(database)
        connection = sqlite3.connect(database)
        text = README.read_text(encoding="utf-8")
        for question, sql in readme_queries(text):
            print(f"#### {question}\n\n{answer(connection, sql)}")
        if args.write:
            README.write_text(rewrite(text, connection), encoding="utf-8")
        connection.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
