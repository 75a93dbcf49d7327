"""PDF: scans, encryption, broken and hostile files, lost glyphs, Burmese as drawn."""

from __future__ import annotations

import io
import time

import pypdf
import pytest

import letterparse
from letterparse import LetterParseError
from letterparse.extract import read_bytes
from letterparse.extract.common import lossy_warnings, mark_lost
from tests.conftest import LETTERS, ROOT
from tests.extract.hostile import pdf_bomb
from tests.extract.same import without_library

FORMATS = ROOT / "fixtures" / "formats"
REFERENCE_PDF = FORMATS / "reference.pdf"


def _blank_pdf(pages: int = 2) -> bytes:
    writer = pypdf.PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _code(data: bytes) -> str:
    with pytest.raises(LetterParseError) as caught:
        letterparse.parse_bytes(data)
    return caught.value.code


def test_a_scan_has_no_text_layer_and_needs_ocr() -> None:
    with pytest.raises(LetterParseError) as caught:
        letterparse.parse_bytes(_blank_pdf())
    assert caught.value.code == "no_text_layer"
    assert "OCR" in caught.value.message


def test_an_encrypted_pdf_is_a_clear_error() -> None:
    writer = pypdf.PdfWriter(clone_from=str(REFERENCE_PDF))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(LetterParseError) as caught:
        letterparse.parse_bytes(out.getvalue())
    assert caught.value.code == "encrypted_pdf"
    assert "password" in caught.value.message


def test_a_pdf_locked_only_against_printing_is_read() -> None:
    writer = pypdf.PdfWriter(clone_from=str(REFERENCE_PDF))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    letter = letterparse.parse_bytes(out.getvalue())
    assert len(letter.signatories) > 300


@pytest.mark.parametrize("share", [0.02, 0.3, 0.5, 0.9])
def test_a_truncated_pdf_gives_an_error_or_what_it_holds(share: float) -> None:
    data = REFERENCE_PDF.read_bytes()
    cut = data[: int(len(data) * share)]
    outcome = "letter"
    try:
        letter = letterparse.parse_bytes(cut)
    except LetterParseError as error:
        outcome = error.code
    else:
        assert letter.source.format == "pdf"
    assert outcome in {"letter", "unreadable_file", "no_text_layer"}


def test_a_pdf_that_inflates_to_gigabytes_is_refused_quickly() -> None:
    data = pdf_bomb()  # 2 GiB of content in about 2 MB
    assert len(data) < 3_000_000
    started = time.monotonic()
    with pytest.raises(LetterParseError) as caught:
        letterparse.parse_bytes(data)
    assert caught.value.code == "too_large"
    assert time.monotonic() - started < 10


def test_glyphs_without_unicode_become_replacement_characters_with_a_warning() -> None:
    assert mark_lost("Jos\x00 and (cid:12)") == "Jos\ufffd and \ufffd"
    warnings = lossy_warnings("To the Council\nSigned: Jos\ufffd\n", what="the PDF's text layer")
    assert [(w.code, w.line) for w in warnings] == [("lossy_extraction", 2)]


def test_burmese_printed_by_a_browser_loses_glyphs_and_order_and_says_so() -> None:
    """Chromium shapes Burmese for the eye and maps glyphs back one to one: a stacked or
    reordered glyph maps to nothing (U+0000 in the file, U+FFFD here) and the vowel sign
    ``ေ`` comes before its consonant. Every such line gets a warning; none is silent."""
    decoded = read_bytes((FORMATS / "burmese-chromium.pdf").read_bytes())
    lines = decoded.text.split("\n")
    warned = {w.line for w in decoded.warnings if w.code == "lossy_extraction"}
    lossy = {n for n, line in enumerate(lines, start=1) if "\ufffd" in line}
    assert lossy
    assert lossy <= warned
    assert "ေကာင်စီ" in decoded.text  # visual order: ေ before က; as written, ကောင်စီ
    source = (LETTERS / "my-burmese-letter-unsc.txt").read_text(encoding="utf-8")
    assert "ကောင်စီ" in source
    assert "ေကာင်စီ" not in source
    letter = letterparse.parse_bytes((FORMATS / "burmese-chromium.pdf").read_bytes())
    assert {w.line for w in letter.warnings if w.code == "lossy_extraction"} == warned


def test_lossy_warnings_are_counted_past_a_hundred() -> None:
    text = "Name \ufffd\n" * 150
    warnings = lossy_warnings(text, what="the PDF's text layer")
    assert len(warnings) == 101
    assert warnings[-1].line is None
    assert warnings[-1].message.startswith("50 more lines")


def test_a_missing_pdf_extra_names_the_install(monkeypatch: pytest.MonkeyPatch) -> None:
    without_library(monkeypatch, "pypdf")
    with pytest.raises(LetterParseError) as caught:
        letterparse.parse_file(REFERENCE_PDF)
    assert caught.value.code == "missing_extra"
    assert caught.value.message == "reading PDF needs pypdf: pip install 'letterparse[pdf]'"
    results = list(letterparse.iter_parse([REFERENCE_PDF, LETTERS / "batch"], jobs=1))
    assert results[0].model_dump()["error"]["code"] == "missing_extra"
    assert all(isinstance(result, letterparse.Letter) for result in results[1:])
    assert len(results) == 4


def test_a_page_layout_mode_cannot_read_is_read_in_plain_mode() -> None:
    """pypdf's layout mode refuses this fpdf2 page (text shown before a font is set); plain
    mode reads it: its Burmese exactly, its Latin lines (a fallback font pypdf cannot map)
    as U+FFFD, each such line warned about."""
    decoded = read_bytes((FORMATS / "burmese-unshaped.pdf").read_bytes())
    source = (LETTERS / "my-burmese-letter-unsc.txt").read_text(encoding="utf-8")
    burmese = [line.strip() for line in source.splitlines() if "ကုလသမဂ္ဂ" in line]
    assert burmese
    assert all(line in decoded.text.splitlines() for line in burmese)
    lossy = {n for n, line in enumerate(decoded.text.split("\n"), start=1) if "\ufffd" in line}
    assert lossy
    assert lossy <= {w.line for w in decoded.warnings if w.code == "lossy_extraction"}
