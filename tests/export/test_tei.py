"""TEI export: valid against tei_all, and every part of the letter in its place."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import letterparse
from letterparse import Letter, parse, parse_file, to_tei
from tests.conftest import LETTERS, REFERENCE
from tests.export.conftest import Validator

NS = {"t": "http://www.tei-c.org/ns/1.0"}
HOSTILE = LETTERS / "hostile-markup.txt"
FIXTURES = sorted(p for p in LETTERS.rglob("*") if p.suffix in (".txt", ".md"))


def tree(letter: Letter) -> ET.Element:
    return ET.fromstring(to_tei(letter))


def texts(root: ET.Element, path: str) -> list[str]:
    return ["".join(element.itertext()) for element in root.iterfind(path, NS)]


@pytest.fixture(scope="module")
def reference() -> Letter:
    return parse_file(REFERENCE)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_every_fixture_letter_gives_valid_tei(path: Path, tei_all: Validator) -> None:
    assert tei_all(to_tei(parse_file(path))) == []


def test_correspdesc_names_senders_date_and_recipients(reference: Letter) -> None:
    root = tree(reference)
    sent = root.find(".//t:correspDesc/t:correspAction[@type='sent']", NS)
    assert sent is not None
    senders = [child for child in sent if child.tag.endswith("orgName")]
    assert len(senders) == 303
    assert senders[4].text == "Action Committee of Basic Education Students (ACBES)"
    date = sent.find("t:date", NS)
    assert date is not None
    assert date.get("when") == "2024-03-01"
    assert texts(root, ".//t:correspAction[@type='received'][@subtype='cc']/t:name") == [
        "UN Human Rights Council Members",
        "UN High Commissioner for Human Rights",
        "UN Special Rapporteur on the situation of human rights in Myanmar",
    ]
    received = root.findall(".//t:correspAction[@type='received']", NS)
    assert [action.get("subtype") for action in received] == [None, "cc"]
    assert texts(received[0], "t:name") == ["Members of the United Nations Security Council"]


def test_body_keeps_paragraphs_links_and_subject(reference: Letter) -> None:
    root = tree(reference)
    letter_div = root.find(".//t:body/t:div[@type='letter']", NS)
    assert letter_div is not None
    paragraphs = letter_div.findall("t:p", NS)
    assert [("".join(p.itertext())) for p in paragraphs] == [p.text for p in reference.body]
    refs = letter_div.findall(".//t:ref", NS)
    links = [link for p in reference.body for link in p.links]
    assert [(r.text, r.get("target")) for r in refs] == [(k.text, k.target) for k in links]
    assert texts(root, ".//t:opener/t:argument/t:p/t:label") == ["Re:"]
    assert texts(root, ".//t:opener/t:salute") == ["Your Excellencies,"]
    assert root.find(".//t:opener/t:dateline/t:date[@when='2024-03-01']", NS) is not None


def test_signatories_div_has_counts_numbers_members_and_acronyms(reference: Letter) -> None:
    root = tree(reference)
    div = root.find(".//t:div[@type='signatories']", NS)
    assert div is not None
    nums = {num.get("type"): num.get("value") for num in div.iterfind("t:p/t:num", NS)}
    assert nums == {"total": "397", "undisclosed": "94"}
    items = div.findall("t:list/t:item", NS)
    assert [item.get("n") for item in items] == [str(n) for n in range(1, 304)]
    coalition = items[98]
    assert texts(coalition, "t:orgName/t:abbr") == ["GSCBHE"]
    assert texts(coalition, "t:list[@type='members']/t:item/t:orgName/t:abbr") == [
        "BEGSC",
        "BEWU-SC",
        "RC of UTAs",
    ]
    assert "".join(items[1].itertext()).strip() == "8888 Generation (New Zealand)"
    assert items[1].find(".//t:abbr", NS) is None


def test_grouped_individuals_contacts_and_body_lists() -> None:
    letter = parse_file(LETTERS / "batch" / "2023" / "open-letter-secretary-general.txt")
    root = tree(letter)
    assert texts(root, ".//t:div[@type='signatories']/t:list/t:head") == [
        "Organisations",
        "Individuals",
    ]
    assert texts(root, ".//t:item[@n='4']/t:roleName[@type='affiliation']") == [
        "Professor of Marine Ecology, University of Penang"
    ]
    assert texts(root, ".//t:correspAction[@type='sent']/t:persName") == [
        "Dr. Priya Raman",
        "Tomas Ekholm",
    ]
    assert texts(root, ".//t:div[@type='contacts']//t:email") == ["mara@example.org"]
    assert texts(root, ".//t:div[@type='contacts']//t:seg[@type='phone']") == ["+41 22 555 01 23"]
    assert [i.get("n") for i in root.iterfind(".//t:div[@type='letter']/t:list/t:item", NS)] == [
        "1.",
        "2.",
        "3.",
    ]
    assert texts(root, ".//t:dateline/t:placeName") == ["Geneva"]
    assert texts(root, ".//t:opener/t:address/t:addrLine")[-1] == "New York, NY 10017"


def test_markup_in_a_letter_stays_text(tei_all: Validator) -> None:
    letter = parse_file(HOSTILE)
    xml = to_tei(letter)
    assert tei_all(xml) == []
    root = ET.fromstring(xml)
    names = {element.tag.split("}")[1] for element in root.iter()}
    assert not names & {"script", "img", "iframe", "svg", "a", "b", "style"}
    assert texts(root, ".//t:titleStmt/t:title") == [
        '<script>alert("subject")</script> & other </title> tricks'
    ]
    assert texts(root, ".//t:item[@n='2']/t:orgName") == [
        'Acme & Sons <a href="javascript:alert(2)">click</a>'
    ]
    refs = root.findall(".//t:ref", NS)
    assert [(r.text, r.get("target")) for r in refs] == [
        ("our report", "javascript:alert(document.cookie)"),  # kept as data, never run
        ("annex", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
        ("this page", "javascript:void"),
        ("nothing", None),  # an empty target is left out: tei_all wants a URI
    ]


def test_characters_xml_cannot_hold_are_replaced(tei_all: Validator) -> None:
    letter = parse(
        "To the Council\x0bof Five\n\n1 May 2024\n\nDear Members,\n\nWe write \x1b now.\n"
    )
    xml = to_tei(letter)
    assert tei_all(xml) == []
    assert "<addrLine>the Council of Five</addrLine>" in xml
    assert "We write \ufffd now." in xml


def test_warnings_are_kept_in_the_header() -> None:
    letter = parse_file(LETTERS / "batch" / "2024" / "letter-numbering-gap.txt")
    root = tree(letter)
    notes = root.findall(".//t:notesStmt/t:note", NS)
    assert [(n.get("type"), n.get("n"), n.text) for n in notes] == [
        ("numbering_gap", "15", "the list jumps from 2 to 4")
    ]


def test_a_letter_without_parties_still_has_both_actions(tei_all: Validator) -> None:
    xml = to_tei(parse("We write to you about the water supply of the northern camps.\n"))
    assert tei_all(xml) == []
    root = ET.fromstring(xml)
    assert [a.get("type") for a in root.iterfind(".//t:correspAction", NS)] == ["sent", "received"]


def test_to_tei_is_exported() -> None:
    assert letterparse.to_tei is to_tei


def test_controls_in_attributes_are_replaced(tei_all: Validator) -> None:
    letter = parse("Dear Sir,\n\nWe write about [this](http://a\x1bb\ufffe).\n\n\x1ba) item\n")
    xml = to_tei(letter)
    assert tei_all(xml) == []
    assert 'target="http://a\ufffdb\ufffd"' in xml


def test_a_closing_without_paragraphs_is_still_valid(tei_all: Validator) -> None:
    assert tei_all(to_tei(parse("Dear Sir,\n\nSincerely,\n"))) == []


def test_the_sender_is_who_sent_the_letter(tei_all: Validator) -> None:
    letter = parse(
        "3 March 2024\n\nDear Mayor,\n\nWe write about the quay and its lights.\n\n"
        "Yours faithfully,\n\nJane Roe\nChair, Harbour Watch\n"
    )
    assert letter.sender is not None
    root = tree(letter)
    assert texts(root, ".//t:correspAction[@type='sent']/t:persName") == ["Jane Roe"]
    assert tei_all(to_tei(letter)) == []
