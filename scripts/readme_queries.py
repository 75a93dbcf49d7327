"""The README's SQL questions: read them, run them on the fixture letters, write the answers.

    python scripts/readme_queries.py           # print each question's answer
    python scripts/readme_queries.py --write   # and write them into README.md

Between ``<!-- sqlite-queries: begin -->`` and ``<!-- sqlite-queries: end -->`` the README
holds questions as ``#### headings``, each with a ```` ```sql ```` block and, after it,
its answer between ``<!-- answer -->`` and ``<!-- /answer -->``; the import's summary
and the example of ``letterparse entities`` stand between ``<!-- sqlite-summary -->``
and ``<!-- sqlite-review -->`` and their closing comments. The answers come from a
database built from the project's own fixture letters
(``letterparse parse fixtures/letters --glob '*.txt' --to sqlite``) with the alias table
``fixtures/aliases.csv``; ``tests/test_sqlite_readme.py`` checks that every query still
runs and gives the columns its answer shows.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import sqlite3
import sys
import tempfile
from pathlib import Path

from letterparse.cli import main as letterparse_main
from letterparse.export.sqlite.review import entity_reports, format_report

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
REVIEWED = "southern isles bar association"
"""The entity the README shows as ``letterparse entities`` lists it."""
MAX_ROWS = 12
"""Rows shown of a long answer (the rest are counted)."""


def readme_queries(text: str | None = None) -> list[tuple[str, str]]:
    """Each question of the README's SQL section and its query."""
    found = _SECTION.search(text if text is not None else README.read_text(encoding="utf-8"))
    if found is None:
        raise SystemExit("README.md has no <!-- sqlite-queries: begin --> section")
    return [(m["question"], m["sql"]) for m in _QUESTION.finditer(found.group(1))]


def build_database(path: Path) -> str:
    """The database of the fixture letters, as the README says to make it (run from the
    project's folder, so that the letters' paths are ``fixtures/letters/…``); returns the
    summary line the import printed, for ``letters.db``."""
    here = Path.cwd()
    said = io.StringIO()
    os.chdir(ROOT)
    try:
        arguments = ["parse", "fixtures/letters", "--glob", "*.txt", "--to", "sqlite"]
        arguments += ["-o", str(path), "--aliases", "fixtures/aliases.csv", "--jobs", "1"]
        with contextlib.redirect_stderr(said):
            code = letterparse_main(arguments)
    finally:
        os.chdir(here)
    if code != 0:
        raise SystemExit(f"letterparse parse exited {code}:\n{said.getvalue()}")
    [line] = [line for line in said.getvalue().splitlines() if line.startswith(f"{path}: ")]
    return "letters.db" + line[len(str(path)) :]


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


def rewrite_examples(text: str, summary: str, connection: sqlite3.Connection) -> str:
    """The README with its import summary and its review example made again."""
    [report] = entity_reports(connection, match=REVIEWED)
    for name, block in (("sqlite-summary", summary), ("sqlite-review", format_report(report))):
        start = text.index(f"<!-- {name} -->\n") + len(f"<!-- {name} -->\n")
        end = text.index(f"<!-- /{name} -->", start)
        text = text[:start] + f"```\n{block}\n```\n" + text[end:]
    return text


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
        summary = build_database(database)
        connection = sqlite3.connect(database)
        text = README.read_text(encoding="utf-8")
        print(summary)
        for question, sql in readme_queries(text):
            print(f"#### {question}\n\n{answer(connection, sql)}")
        if args.write:
            text = rewrite_examples(rewrite(text, connection), summary, connection)
            README.write_text(text, encoding="utf-8")
        connection.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
