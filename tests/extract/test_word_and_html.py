"""DOCX and HTML: numbering, tables, paragraphs by style, hostile archives and pages."""

from __future__ import annotations

import io
import time

import docx
import pytest

import letterparse
from letterparse import LetterParseError
from letterparse.extract import read_bytes, sniff
from letterparse.extract.html import html_to_text
from tests.extract.hostile import deep_html, docx_bomb
from tests.extract.same import without_library


def _saved(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_paragraphs_spaced_by_style_get_blank_lines_and_tables_are_rows() -> None:
    document = docx.Document()
    document.add_paragraph("Dear Members,")
    document.add_paragraph("We write about water.")
    document.add_paragraph("Signatories:")
    table = document.add_table(rows=2, cols=3)
    rows = [("1", "Alpha Network", "Kenya"), ("2", "Beta", "Peru")]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    for name in ("Gamma Union", "Delta Forum"):
        document.add_paragraph(name, style="List Bullet")
    text = read_bytes(_saved(document)).text
    assert text == (
        "Dear Members,\n\nWe write about water.\n\nSignatories:\n\n"
        "| 1 | Alpha Network | Kenya |\n| 2 | Beta | Peru |\n\n• Gamma Union\n• Delta Forum\n"
    )


def test_a_docx_zip_bomb_is_refused_unread() -> None:
    data = docx_bomb(256)
    assert sniff(data) == "docx"
    started = time.monotonic()
    with pytest.raises(LetterParseError) as caught:
        letterparse.parse_bytes(data)
    assert caught.value.code == "too_large"
    assert "zip bomb" in caught.value.message
    assert time.monotonic() - started < 5


def test_a_broken_docx_is_unreadable() -> None:
    data = _saved(docx.Document())
    broken = data.replace(b"word/document.xml", b"word/documenX.xml")
    assert letterparse.extract.sniff(broken) == "text"  # no document inside: not a DOCX
    with pytest.raises(LetterParseError) as caught:
        letterparse.parse_bytes(broken)
    assert caught.value.code == "binary_input"


def test_html_keeps_blocks_numbers_rows_and_breaks() -> None:
    text = html_to_text(
        "<h1>Open letter</h1><p>Dear Members,<br>We write.</p><ol start='3'><li>three</li>"
        "<li>four</li></ol><ul><li>one<ul><li>inner</li></ul></li></ul>"
        "<table><tr><td>1</td><td>Alpha</td></tr></table><script>x()</script><style>p{}</style>"
    )
    assert "Open letter\n\nDear Members,\nWe write.\n" in text
    assert " 3. three\n 4. four\n" in text
    assert "• one" in text
    assert "◦ inner" in text
    assert "1  Alpha" in text
    assert "x()" not in text
    assert "p{}" not in text


def test_a_page_is_html_by_its_start_not_by_markup_in_a_letter() -> None:
    assert sniff(b"<!-- saved from url=(0019)https://example.org -->\n<html><p>Hi") == "html"
    assert sniff(b"\xef\xbb\xbf<!DOCTYPE html>\n<p>Hi") == "html"
    assert sniff(b"To the <b>Council</b>\n\n<p>Dear Members,</p>\n") == "text"


def test_html_nested_a_hundred_thousand_deep_costs_little() -> None:
    started = time.monotonic()
    with pytest.raises(LetterParseError) as caught:
        letterparse.parse_bytes(deep_html(100_000))
    assert caught.value.code == "too_large"
    page = b"<!DOCTYPE html><p>Dear Members,</p>" + b"<div>" * 100_000 + b"deep"
    letter = letterparse.parse_bytes(page)
    assert "lossy_extraction" in {warning.code for warning in letter.warnings}
    assert time.monotonic() - started < 5


def test_a_missing_html_extra_names_the_install(monkeypatch: pytest.MonkeyPatch) -> None:
    without_library(monkeypatch, "inscriptis")
    with pytest.raises(LetterParseError) as caught:
        letterparse.parse_bytes(b"<!DOCTYPE html><p>Dear Members,</p>")
    assert caught.value.code == "missing_extra"
    assert "pip install 'letterparse[html]'" in caught.value.message


def test_a_missing_docx_extra_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    without_library(monkeypatch, "docx")
    with pytest.raises(LetterParseError) as caught:
        letterparse.parse_bytes(_saved(docx.Document()))
    assert caught.value.message == (
        "reading Word documents needs python-docx: pip install 'letterparse[docx]'"
    )
