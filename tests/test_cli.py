"""The command line, called as ``main(argv)``."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from letterparse import Letter
from letterparse.cli import main

from .conftest import REFERENCE

Capture = pytest.CaptureFixture[bytes]


def stdin_with(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_parse_prints_utf8_json_unescaped(capsysbinary: Capture) -> None:
    assert main(["parse", str(REFERENCE)]) == 0
    out = capsysbinary.readouterr().out
    assert "ရန်ကုန်".encode() in out  # non-ASCII unescaped
    letter = Letter.model_validate_json(out)
    assert len(letter.signatories) == 303
    assert letter.source.path == str(REFERENCE)


def test_parse_stdin(monkeypatch: pytest.MonkeyPatch, capsysbinary: Capture) -> None:
    stdin_with(monkeypatch, b"To the Council\n\nDear Members,\n\nWe write.\n")
    assert main(["parse", "-"]) == 0
    letter = json.loads(capsysbinary.readouterr().out)
    assert letter["salutation"]["text"] == "Dear Members,"
    assert letter["source"]["path"] is None


def test_output_file(tmp_path: Path, capsysbinary: Capture) -> None:
    out = tmp_path / "letter.json"
    assert main(["parse", str(REFERENCE), "-o", str(out)]) == 0
    assert capsysbinary.readouterr().out == b""
    assert Letter.model_validate_json(out.read_bytes()).date is not None


def test_missing_file_one_line_and_an_error_record_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.txt"
    assert main(["parse", str(missing)]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"{missing}: file_not_found: no such file\n"
    record = json.loads(captured.out)  # the error record, as for every failed input
    assert record["source"]["path"] == str(missing)
    assert record["error"] == {"code": "file_not_found", "message": "no such file", "line": None}


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "empty_input"),
        (b"\n  \n", "empty_input"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary_input"),
    ],
)
def test_bad_input_one_line_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, code: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert main(["parse", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(str(path))
    assert f": {code}: " in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_directory_is_an_error_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(tmp_path)]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_strict_turns_warnings_into_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ambiguous.txt"
    path.write_text("To the Council\n\n01/03/2024\n\nDear Members,\n\nWe write.\n")
    assert main(["parse", str(path)]) == 0
    assert main(["parse", "--strict", str(path)]) == 1
    assert capsys.readouterr().err.startswith(f"{path}:3: ambiguous_date: ")


@pytest.mark.parametrize("argv", [[], ["bogus"], ["parse"], ["parse", "a", "--to", "nope"]])
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: letterparse")
    assert "Traceback" not in err


def test_schema(capsysbinary: Capture) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsysbinary.readouterr().out)
    assert schema["title"] == "Letter"
    assert "signatories" in schema["required"]
    described = schema["$defs"]["Signatory"]["properties"]["acronym"]["description"]
    assert "acronym" in described
