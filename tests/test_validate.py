"""``letterparse validate``: stored output re-checked against the model, line by line."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from letterparse import parse_file
from letterparse.cli import main
from tests.archives import make_archive
from tests.conftest import LETTERS, REFERENCE


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    return make_archive(tmp_path)


def stored(tmp_path: Path, archive: Path) -> Path:
    out = tmp_path / "archive.jsonl"
    assert main(["parse", str(archive), "-o", str(out), "-j", "1"]) == 1
    return out


def test_output_of_parse_is_valid(
    tmp_path: Path, archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = stored(tmp_path, archive)
    capsys.readouterr()
    assert main(["validate", str(out)]) == 0
    shown = capsys.readouterr()
    assert shown.out == ""
    assert shown.err == f"{out}: 5 records: 3 letters, 2 error records, 0 invalid\n"


def test_each_invalid_record_is_reported_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letter = json.loads(parse_file(REFERENCE).model_dump_json())
    missing = {k: v for k, v in letter.items() if k != "signatories"}
    newer = {**letter, "schema_version": "2"}
    outside = json.loads(json.dumps(letter))
    outside["signatories"][3]["span"]["end"] = 10**7
    typed = json.loads(json.dumps(letter))
    typed["signatories"][0]["number"] = "1"
    lines = [json.dumps(letter), json.dumps(missing), json.dumps(newer), "{not json", "[1, 2]",
             json.dumps(outside), "", json.dumps(typed), json.dumps(letter)[:500]]  # fmt: skip
    path = tmp_path / "stored.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        f"{path}:2: invalid_record: signatories: Field required",
        f"{path}:3: unsupported_schema_version: schema_version '2': this letterparse reads '1'",
        f"{path}:4: invalid_json: Expecting property name enclosed in double quotes (column 2)",
        f"{path}:5: invalid_record: a record is a JSON object, not list",
        f"{path}:6: invalid_span: signatories.3.span: span 8288-10000000 outside 0-21251",
        f"{path}:8: invalid_record: signatories.0.number: Input should be a valid integer",
        f"{path}:9: truncated_record: the file ends inside a record",
    ]
    assert err == f"{path}: 8 records: 1 letter, 0 error records, 7 invalid\n"


def test_a_json_document_and_standard_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    document = tmp_path / "letter.json"
    assert main(["parse", str(LETTERS / "hostile-markup.txt"), "-o", str(document)]) == 0
    assert main(["validate", str(document)]) == 0
    text = document.read_text(encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO(text.replace('"schema_version": "1"', '"x": 1')))
    assert main(["validate", "-"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("-:1: invalid_record: ")
    assert "schema_version: Field required" in out
    assert "x: Extra inputs are not permitted" in out


def test_a_missing_file_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "gone.jsonl")]) == 1
    assert (
        capsys.readouterr().out
        == f"{tmp_path}/gone.jsonl: unreadable_file: No such file or directory\n"
    )


def test_a_file_that_is_no_json_at_all_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tei = tmp_path / "letter.xml"
    assert main(["parse", str(REFERENCE), "--to", "tei", "-o", str(tei)]) == 0
    lines = len([line for line in tei.read_text(encoding="utf-8").splitlines() if line.strip()])
    assert lines > 100
    assert main(["validate", str(tei)]) == 1
    out, err = capsys.readouterr()
    said = f"none of its {lines} non-blank lines is JSON: it is not JSON Lines"
    assert out == f"{tei}:1: not_json_lines: {said}\n"
    assert err == ""


def test_a_few_bad_lines_are_reported_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = parse_file(REFERENCE).model_dump_json()
    path = tmp_path / "stored.jsonl"
    path.write_text("\n".join(["<oops>", good, "not json", good]) + "\n", encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    assert [line.split(": ")[1] for line in out.splitlines()] == ["invalid_json", "invalid_json"]
    assert out.startswith(f"{path}:1: invalid_json: ")
    assert err == f"{path}: 4 records: 2 letters, 0 error records, 2 invalid\n"
