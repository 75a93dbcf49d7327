"""CSV export: one row per signatory and member, RFC 4180, UTF-8, optional BOM."""

from __future__ import annotations

import csv
import io

from letterparse import parse, parse_file, to_csv
from letterparse.export.csv import COLUMNS
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
