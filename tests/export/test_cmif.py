"""CMIF export: valid against the CMIF schema and its Schematron rules, one
correspDesc per letter, the file-level fields as given."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from letterparse import Letter, parse, parse_file, to_cmif
from tests.conftest import LETTERS, REFERENCE
from tests.export.conftest import Validator

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
FIXTURES = sorted(p for p in LETTERS.rglob("*") if p.suffix in (".txt", ".md"))
AMBIGUOUS = "To the Council\n\n01/03/2024\n\nDear Members,\n\nWe write about the water supply.\n"


@pytest.fixture(scope="module")
def letters() -> list[Letter]:
    return [parse_file(path) for path in FIXTURES]


def schematron_errors(root: ET.Element) -> list[str]:
    """The error rules of CMIF's cmif.sch (XPath 2, so checked here by hand)."""
    errors = []
    ids = [bibl.get(XML_ID) for bibl in root.iterfind(".//t:sourceDesc/t:bibl", NS)]
    for corresp in root.iterfind(".//t:correspDesc", NS):
        types = [action.get("type") for action in corresp.iterfind("t:correspAction", NS)]
        if "sent" not in types or "received" not in types:
            errors.append(f"E0001/E0002: correspAction types {types}")
        if corresp.get("source", "").removeprefix("#") not in ids:
            errors.append(f"E0003: {corresp.get('source')} names no bibl")
    for date in root.iter(f"{{{NS['t']}}}date"):
        if not set(date.keys()) & {"when", "from", "to", "notBefore", "notAfter"}:
            errors.append("E0004: a date without a dating attribute")
    return errors


def test_all_fixture_letters_give_one_valid_file(
    letters: list[Letter], cmif_schema: Validator
) -> None:
    xml = to_cmif(letters, date="2024-12-31")
    assert cmif_schema(xml) == []
    root = ET.fromstring(xml)
    assert schematron_errors(root) == []
    assert len(root.findall(".//t:profileDesc/t:correspDesc", NS)) == len(letters)


def test_file_level_fields_are_as_given(cmif_schema: Validator) -> None:
    xml = to_cmif(
        [parse_file(REFERENCE)],
        title="Joint letters on Myanmar, 2024",
        editor="Aye Aye Win",
        editor_email="archive@example.org",
        publisher="Example Archive",
        url="https://example.org/cmif/myanmar-2024.xml",
        date="2024-12-31",
    )
    assert cmif_schema(xml) == []
    root = ET.fromstring(xml)
    stmt = root.find(".//t:fileDesc", NS)
    assert stmt is not None
    assert stmt.findtext("t:titleStmt/t:title", namespaces=NS) == "Joint letters on Myanmar, 2024"
    assert stmt.findtext("t:titleStmt/t:editor/t:email", namespaces=NS) == "archive@example.org"
    assert stmt.findtext("t:publicationStmt/t:publisher", namespaces=NS) == "Example Archive"
    idno = stmt.find("t:publicationStmt/t:idno[@type='url']", NS)
    assert idno is not None
    assert idno.text == "https://example.org/cmif/myanmar-2024.xml"
    date = stmt.find("t:publicationStmt/t:date", NS)
    assert date is not None
    assert date.get("when") == "2024-12-31"
    sent = root.find(".//t:correspAction[@type='sent']", NS)
    assert sent is not None
    assert len(sent.findall("t:orgName", NS)) == 303


def test_defaults_are_valid_and_reproducible(
    letters: list[Letter], cmif_schema: Validator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1714521600")  # 2024-05-01 UTC
    first, second = to_cmif(letters), to_cmif(letters)
    assert first == second
    assert cmif_schema(first) == []
    assert '<date when="2024-05-01" />' in first
    assert '<idno type="url">urn:sha256:' in first


def test_the_same_source_twice_shares_one_bibl(cmif_schema: Validator) -> None:
    letter = parse_file(REFERENCE)
    xml = to_cmif([letter, letter], date="2024-12-31")
    assert cmif_schema(xml) == []
    root = ET.fromstring(xml)
    assert len(root.findall(".//t:sourceDesc/t:bibl", NS)) == 1
    assert len(root.findall(".//t:correspDesc", NS)) == 2
    assert schematron_errors(root) == []


def test_an_ambiguous_date_gives_no_date_element(cmif_schema: Validator) -> None:
    xml = to_cmif([parse(AMBIGUOUS)], date="2024-12-31")
    assert cmif_schema(xml) == []
    root = ET.fromstring(xml)
    assert root.find(".//t:correspAction/t:date", NS) is None
    assert schematron_errors(root) == []


def test_no_letters_still_gives_a_valid_file(cmif_schema: Validator) -> None:
    xml = to_cmif([], date="2024-12-31")
    assert cmif_schema(xml) == []
    assert ET.fromstring(xml).find(".//t:correspDesc", NS) is None


def test_markup_from_letters_is_escaped(cmif_schema: Validator) -> None:
    xml = to_cmif([parse_file(LETTERS / "hostile-markup.txt")], date="2024-12-31")
    assert cmif_schema(xml) == []
    root = ET.fromstring(xml)
    names = [e.text for e in root.iterfind(".//t:correspAction[@type='sent']/t:orgName", NS)]
    assert names[1] == 'Acme & Sons <a href="javascript:alert(2)">click</a>'
