"""Each file of ``fixtures/formats/`` reads to the same letter as its plain-text source,
field by field, apart from what its format changes; its spans index the extracted text,
which ``letterparse text`` prints."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

import letterparse
from letterparse import Letter
from letterparse.cli import main
from letterparse.text import read_text
from tests.conftest import LETTERS, ROOT
from tests.extract.same import differences
from tests.test_hostile import assert_lossless

FORMATS = ROOT / "fixtures" / "formats"

CASES = {
    "reference.pdf": ("joint-letter-unsc-2024-03-01.txt", "pdf", "pypdf "),
    "two-columns.pdf": ("shapes/04-pdf-human-rights-council.txt", "pdf", "pypdf "),
    "web-page.html": ("shapes/02-web-page-joint-statement.txt", "html", "inscriptis "),
    "quoted-printable.eml": ("shapes/12-media-contacts-cp1252.txt", "email", "email (Python "),
    "forwarded.eml": ("batch/2023/open-letter-secretary-general.txt", "email", "email (Python "),
    "numbered-signatories.docx": ("shapes/17-csos-and-individuals.txt", "docx", "python-docx "),
}


def _source(name: str) -> Letter:
    return letterparse.parse_file(LETTERS / CASES[name][0])


@pytest.mark.parametrize("name", sorted(set(CASES) - {"reference.pdf"}))
def test_each_file_reads_to_the_letter_of_its_source(name: str) -> None:
    got = letterparse.parse_file(FORMATS / name)
    assert differences(got, _source(name)) == {}
    assert got.source.format == CASES[name][1]
    assert (got.source.extractor or "").startswith(CASES[name][2])


def test_the_reference_pdf_differs_only_where_its_pages_break() -> None:
    """The PDF's pages break elsewhere than the text's: a paragraph that ends a page and goes
    on at the top of the next with a new sentence reads as two, and a member sub-list that a
    page break interrupts starts again as an entry (the sections stage cannot tell either
    from text alone). Everything else is as in the source."""
    got = letterparse.parse_file(FORMATS / "reference.pdf")
    source = _source("reference.pdf")
    assert set(differences(got, source)) == {"body", "signatories"}
    body = [p.text for p in got.body]
    split = next(i for i, text in enumerate(body) if text.startswith("Hundreds of Rohingya"))
    assert [*body[: split - 1], f"{body[split - 1]} {body[split]}", *body[split + 1 :]] == [
        p.text for p in source.body
    ]
    names = [entry.name for entry in got.signatories]
    assert names.count("Seinpann Strike") == 1
    assert [n for n in names if n != "Seinpann Strike"] == [e.name for e in source.signatories]
    assert len(got.signatories) == len(source.signatories) + 1
    assert got.source.format == "pdf"


def test_the_reference_pdf_keeps_its_burmese_names() -> None:
    """The reference PDF maps each glyph to its character in the order of the text (no
    shaping): every Burmese name comes back exactly, and no line is warned about."""
    got = letterparse.parse_file(FORMATS / "reference.pdf")
    burmese = {e.name for e in _source("reference.pdf").signatories if "Mymr" in e.scripts}
    assert burmese
    assert burmese <= {entry.name for entry in got.signatories}
    assert "lossy_extraction" not in {warning.code for warning in got.warnings}


@pytest.mark.parametrize("name", sorted(CASES))
def test_spans_index_the_extracted_text(name: str) -> None:
    text = read_text(str(FORMATS / name))
    letter = letterparse.parse_file(FORMATS / name)
    assert letter.source.chars == len(text)
    assert_lossless(text, letter)
    for entry in letter.signatories:
        assert entry.name in text[entry.span.start : entry.span.end]
    if letter.date is not None:
        assert letter.date.text in text[letter.date.span.start : letter.date.span.end]


@pytest.mark.parametrize("name", sorted(CASES))
def test_letterparse_text_prints_exactly_that_text(
    name: str, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["text", str(FORMATS / name)]) == 0
    out, err = capsysbinary.readouterr()
    assert out.decode("utf-8") == read_text(str(FORMATS / name))
    assert err == b""


def test_pdf_pages_are_separated_by_form_feeds() -> None:
    text = read_text(str(FORMATS / "reference.pdf"))
    pages = text.split("\f")
    assert len(pages) > 5
    assert all(page.endswith("\n") for page in pages)
    assert regex.search(r"^ *Page 1$", pages[0], regex.MULTILINE)
    letter = letterparse.parse_file(FORMATS / "reference.pdf")
    artefacts = [b for b in letter.layout if b.kind == "page_artifact"]
    assert len(artefacts) >= len(pages) - 1


def test_the_saved_page_keeps_its_chrome_and_its_links() -> None:
    letter = letterparse.parse_file(FORMATS / "web-page.html")
    text = read_text(str(FORMATS / "web-page.html"))
    assert "window.dataLayer" not in text
    assert "font-family" not in text
    assert "Related posts" in text  # chrome is the parser's to judge, not dropped here
    links = [link for paragraph in letter.body for link in paragraph.links]
    assert [(link.text, link.target) for link in links] == [
        ("the United Nations refugee agency", "https://www.unhcr.example.org/")
    ]
    assert "[Home](https://lowlandrights.example.org/)" in text  # made absolute


def test_an_email_without_a_subject_of_its_own_takes_the_headers() -> None:
    """The quoted-printable letter has its own date and subject; the e-mail's stand in only
    where a letter has none, with the span of the header's value."""
    data = (FORMATS / "quoted-printable.eml").read_bytes()
    letter = letterparse.parse_bytes(data)
    assert letter.subject is not None
    assert letter.subject.label == "Re:"
    without = data.replace(b"Re: Mass arrests", b"Mass arrests").replace(b"Sept. 5, 2023", b"")
    letter = letterparse.parse_bytes(without)
    text = letterparse.extract.read_bytes(without).text
    assert letter.date is not None
    assert letter.date.iso == "2023-09-05"
    assert text[letter.date.span.start : letter.date.span.end] == letter.date.text
    assert letter.date.span.line == 3


def test_a_text_file_holding_a_raw_email_is_read_as_one(tmp_path: Path) -> None:
    saved = tmp_path / "list-archive.txt"
    saved.write_bytes((FORMATS / "quoted-printable.eml").read_bytes())
    letter = letterparse.parse_file(saved)
    assert letter.source.format == "email"
    assert letter.source.encoding == "windows-1252"
    assert differences(letter, _source("quoted-printable.eml")) == {}
    text = read_text(str(saved))
    assert "=\n" not in text
    assert "=20" not in text
    assert "Beltrán" in text


def test_the_word_documents_numbers_are_its_list_formatting() -> None:
    """The numbers of the signatory list are Word's numbering, not text in the document;
    the extracted text shows them as Word does."""
    docx = pytest.importorskip("docx")
    document = docx.Document(str(FORMATS / "numbered-signatories.docx"))
    typed = [p.text for p in document.paragraphs if p.style.name == "List Number"]
    assert typed[0] == "Northern Plains Justice Network"
    text = read_text(str(FORMATS / "numbered-signatories.docx"))
    assert "\n1. Northern Plains Justice Network\n2. Southern Coast Relief Committee\n" in text
    letter = letterparse.parse_file(FORMATS / "numbered-signatories.docx")
    assert [entry.number for entry in letter.signatories] == list(range(1, 29))
