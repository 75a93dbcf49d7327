"""The command line on the new formats: folders take them, an mbox gives FILE#N records,
``--keep-text``, the review page's text, ``letterparse text FILE#N``, the summary."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from letterparse.cli import main
from letterparse.text import read_text
from tests.conftest import ROOT

FORMATS = ROOT / "fixtures" / "formats"
Capture = pytest.CaptureFixture[bytes]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The format fixtures, a PNG and a spreadsheet beside them."""
    root = tmp_path / "archive"
    shutil.copytree(FORMATS, root, ignore=shutil.ignore_patterns("README.md"))
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "budget.ods").write_bytes(b"PK\x03\x04")
    return root


def test_a_folder_takes_every_format_and_ends_with_a_summary(
    folder: Path, capsysbinary: Capture
) -> None:
    assert main(["parse", str(folder), "-j", "1"]) == 0
    out, err = capsysbinary.readouterr()
    records = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    paths = [Path(record["source"]["path"]).name for record in records]
    assert paths == [
        "archive.mbox#1",
        "archive.mbox#2",
        "archive.mbox#3",
        "burmese-chromium.pdf",
        "burmese-unshaped.pdf",
        "forwarded.eml",
        "numbered-signatories.docx",
        "quoted-printable.eml",
        "reference.pdf",
        "two-columns.pdf",
        "web-page.html",
    ]
    formats = {record["source"]["format"] for record in records}
    assert formats == {"pdf", "html", "email", "docx"}
    assert err.decode("utf-8") == (
        "letterparse: 9 files read, 11 letters, 0 failed, 2 files skipped by the glob\n"
    )


def test_the_summary_counts_failures_by_code(folder: Path, capsysbinary: Capture) -> None:
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj")
    assert main(["parse", str(folder), "-j", "1", "--glob", "*.txt", "--glob", "*.pdf"]) == 1
    err = capsysbinary.readouterr().err.decode("utf-8").splitlines()
    assert err[-1] == (
        "letterparse: 6 files read, 4 letters, 2 failed (empty_input 1, unreadable_file 1), "
        "7 files skipped by the glob (*.txt, *.pdf)"
    )


def test_keep_text_writes_the_text_beside_each_output(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert (
        main(["parse", str(folder), "--to", "json", "-o", str(out), "--keep-text", "-j", "1"]) == 0
    )
    kept = out / "reference.extracted.txt"
    assert kept.read_text(encoding="utf-8") == read_text(str(folder / "reference.pdf"))
    letter = json.loads((out / "reference.json").read_text(encoding="utf-8"))
    assert letter["source"]["chars"] == len(kept.read_text(encoding="utf-8"))
    assert (out / "archive.mbox#2.extracted.txt").is_file()


def test_keep_text_needs_an_output_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(FORMATS / "reference.pdf"), "--keep-text"]) == 2
    assert "--keep-text writes beside each output: give -o DIR" in capsys.readouterr().err


def test_the_review_page_shows_the_extracted_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    assert main(["parse", str(FORMATS / "two-columns.pdf"), "--to", "html", "-o", str(page)]) == 0
    shown = page.read_text(encoding="utf-8")
    assert "21. Democratic Voice Radio" in shown
    assert "<dt>format</dt><dd>pdf, text by pypdf " in shown


def test_one_message_of_a_mailbox(capsysbinary: Capture) -> None:
    assert main(["text", f"{FORMATS / 'archive.mbox'}#2"]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert out.startswith("From: sender2@example.org\n")
    assert main(["parse", f"{FORMATS / 'archive.mbox'}#2"]) == 0
    letter = json.loads(capsysbinary.readouterr().out)
    assert letter["source"]["path"].endswith("archive.mbox#2")


def test_text_of_a_whole_mailbox_asks_for_one_message(capsysbinary: Capture) -> None:
    assert main(["text", str(FORMATS / "archive.mbox")]) == 1
    err = capsysbinary.readouterr().err.decode("utf-8")
    assert err.startswith(f"{FORMATS / 'archive.mbox'}: mailbox: an mbox of 3 messages")
    assert main(["text", f"{FORMATS / 'archive.mbox'}#9"]) == 1
    assert "no_such_message" in capsysbinary.readouterr().err.decode("utf-8")


def test_parse_of_a_mailbox_gives_json_lines(capsysbinary: Capture) -> None:
    assert main(["parse", str(FORMATS / "archive.mbox")]) == 0
    out, err = capsysbinary.readouterr()
    assert len(out.splitlines()) == 3
    assert err.endswith(b"1 file read, 3 letters, 0 failed\n")


def test_text_of_a_failing_file_is_one_line(tmp_path: Path, capsysbinary: Capture) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert main(["text", str(scan)]) == 1
    out, err = capsysbinary.readouterr()
    assert out == b""
    assert err.decode("utf-8").startswith(f"{scan}: ")
    assert err.count(b"\n") == 1
