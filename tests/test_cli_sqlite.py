"""``letterparse parse … --to sqlite`` and ``letterparse entities``: options, messages,
exit codes."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from letterparse.cli import main
from tests.archives import make_archive
from tests.conftest import LETTERS, REFERENCE
from tests.export.wholeness import check_whole

BATCH = LETTERS / "batch"


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """The batch letters and the Burmese letters in a database."""
    path = tmp_path / "letters.db"
    burmese = sorted(str(path) for path in LETTERS.glob("my-*.txt"))
    assert (
        main(["parse", str(BATCH), str(REFERENCE), *burmese, "--to", "sqlite", "-o", str(path)])
        == 0
    )
    return path


def test_an_archive_into_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = make_archive(tmp_path)
    out = tmp_path / "letters.db"
    assert main(["parse", str(archive), "--to", "sqlite", "-o", str(out), "-j", "2"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{archive}/2023/empty.md: empty_input")
    assert err[1].startswith(f"{archive}/2024/scan.txt:3: binary_input")
    assert err[2] == (
        f"{out}: 3 letters (3 added, 0 updated, 0 unchanged), 2 failed, {_entities(out)} entities"
    )
    assert check_whole(out) == 3
    assert main(["parse", str(archive), "--to", "sqlite", "-o", str(out), "-j", "1"]) == 1
    assert "(0 added, 0 updated, 3 unchanged), 2 failed" in capsys.readouterr().err


def _entities(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT COUNT(*) FROM entities").fetchone()[0])
    finally:
        connection.close()


def test_standard_input_into_a_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "letters.db"
    stdin = io.TextIOWrapper(io.BytesIO(REFERENCE.read_bytes()))
    monkeypatch.setattr("sys.stdin", stdin)
    assert main(["parse", "-", "--to", "sqlite", "-o", str(out)]) == 0
    assert "1 letters (1 added" in capsys.readouterr().err
    connection = sqlite3.connect(out)
    assert connection.execute("SELECT path FROM letters").fetchall() == [(None,)]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--to", "sqlite"], "--to sqlite writes a database file: give -o FILE"),
        (["--to", "sqlite", "-o", "folder/"], "--to sqlite writes one file: -o names a folder"),
        (["--to", "jsonl", "--aliases", "a.csv"], "--aliases is for --to sqlite"),
        (["--to", "sqlite", "-o", "x.db", "--aliases", "missing.csv"], "missing.csv: cannot read"),
    ],
)
def test_usage_mistakes(
    arguments: list[str],
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["parse", str(REFERENCE), *arguments]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert not (tmp_path / "x.db").exists()


def test_a_bad_alias_table_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("name,alias\nAlpha Network,\n", encoding="utf-8")
    code = main(
        [
            "parse",
            str(REFERENCE),
            "--to",
            "sqlite",
            "-o",
            str(tmp_path / "x.db"),
            "--aliases",
            str(aliases),
        ]
    )
    assert code == 2
    assert f"{aliases}:2: a row needs both a name and an alias" in capsys.readouterr().err


def test_a_file_that_is_no_database_is_not_touched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "letters.jsonl"
    out.write_bytes(b'{"a": 1}\n')
    assert main(["parse", str(REFERENCE), "--to", "sqlite", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "not a database that letterparse can use" in err
    assert "Traceback" not in err
    assert out.read_bytes() == b'{"a": 1}\n'


def test_entities_lists_names_rules_and_letters(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["entities", str(database), "--min-letters", "3"]) == 0
    text = capsys.readouterr().out
    blocks = text.strip().split("\n\n")
    assert len(blocks) >= 3
    for block in blocks:
        lines = block.splitlines()
        assert lines[0].startswith("#")
        assert lines[1] == "  names:"
        assert "  letters:" in lines
        assert lines[0].endswith(("3 letters", "4 letters"))
    assert "ဒုိ့မြေကွန်ရက် (LIOH)" in text  # the other mark order, under one entity


def test_entities_as_json_lines(database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["entities", str(database), "--json", "--match", "progressive voice"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    entity = json.loads(line)
    assert entity["name"] == "Progressive Voice"
    assert "new" in {rule for use in entity["names"] for rule in use["rules"]}
    assert {letter["path"] for letter in entity["letters"]} >= {str(REFERENCE)}


def test_entities_with_an_alias_table_match_again(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    aliases = tmp_path / "aliases.csv"
    burmese = "ကုလသမဂ္ဂ လူ့အခွင့်အရေးကောင်စီ အဖွဲ့ဝင်များ"
    aliases.write_text(f"name,alias\nUN Human Rights Council Members,{burmese}\n", "utf-8")
    assert main(["entities", str(database), "--aliases", str(aliases), "--review"]) == 0
    out, err = capsys.readouterr()
    assert "every letter matched again" in err
    assert "alias: the alias table names" in out
    assert main(["entities", str(database), "--aliases", str(aliases)]) == 0
    assert "matched again" not in capsys.readouterr().err  # the same table: nothing to do


def test_entities_of_a_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["entities", str(tmp_path / "none.db")]) == 1
    err = capsys.readouterr().err
    assert "none.db: no such database" in err
    assert not (tmp_path / "none.db").exists()
