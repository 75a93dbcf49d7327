"""Make the files of ``fixtures/formats/`` from the project's own fixture letters.

Each file holds one fixture letter as an archive would hold it: a PDF in one column and
one with its list in two columns, a Burmese letter printed to PDF by Chromium and the same
letter written glyph by glyph by fpdf2, a saved
web page with its chrome, an e-mail in quoted-printable, one forwarding a letter, a
mailbox, and a Word document with a numbered list of signatories. ``tests/extract/``
reads each and compares it, field by field, with the parse of its plain-text source.

    pip install -e '.[test]'
    apt-get install fonts-dejavu-core fonts-sil-padauk chromium   # fonts, and the printer
    python scripts/make_format_fixtures.py

The files are committed, so the tests need neither the fonts nor Chromium. PDFs are
written with fpdf2 (Latin text in DejaVu Sans, Burmese in Padauk, glyphs in the order
of the text: no shaping), DOCX with python-docx, e-mails with the standard library.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
from datetime import datetime, timezone
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import docx
from docx.shared import Pt
from fpdf import FPDF

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "fixtures" / "letters"
OUT = ROOT / "fixtures" / "formats"
FONTS = Path("/usr/share/fonts/truetype")
LATIN = FONTS / "dejavu" / "DejaVuSans.ttf"
BURMESE = FONTS / "padauk" / "Padauk-Regular.ttf"
WHEN = datetime(2024, 3, 1, 9, 30, tzinfo=timezone.utc)

REFERENCE = LETTERS / "joint-letter-unsc-2024-03-01.txt"
TWO_COLUMNS = LETTERS / "shapes" / "04-pdf-human-rights-council.txt"
BURMESE_LETTER = LETTERS / "my-burmese-letter-unsc.txt"
WEB_PAGE = LETTERS / "shapes" / "02-web-page-joint-statement.txt"
QUOTED = LETTERS / "shapes" / "12-media-contacts-cp1252.txt"
FORWARDED = LETTERS / "batch" / "2023" / "open-letter-secretary-general.txt"
MAILBOX = [
    LETTERS / "batch" / "2024" / "joint-statement-water.md",
    LETTERS / "batch" / "2024" / "letter-numbering-gap.txt",
    LETTERS / "batch" / "2023" / "open-letter-secretary-general.txt",
]
WORD = LETTERS / "shapes" / "17-csos-and-individuals.txt"

_NUMBERED = re.compile(r"^\s*(\d+)[.)]\s+(.*)$")
_PAGE_ARTIFACT = re.compile(r"^Page \d+ of \d+$")


def letter_lines(path: Path, encoding: str = "utf-8") -> list[str]:
    """The letter's lines, its own page artefacts (page numbers, running heads) left out:
    the PDF adds its own."""
    text = path.read_bytes().decode(encoding).replace("\r\n", "\n")
    lines: list[str] = []
    for line in text.split("\n"):
        if line.startswith("\f"):  # a running head follows a page break
            continue
        if not _PAGE_ARTIFACT.match(line.strip()):
            lines.append(line)
    return lines


# -- PDF ---------------------------------------------------------------------------------


class _Document(FPDF):  # type: ignore[misc]
    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("latin", size=8)
        self.cell(0, 5, f"Page {self.page_no()}", align="C")


def _pdf() -> _Document:
    pdf = _Document(format="A4")
    pdf.set_creation_date(WHEN)
    pdf.set_producer("letterparse fixtures")
    pdf.add_font("latin", fname=str(LATIN))
    pdf.add_font("burmese", fname=str(BURMESE))
    pdf.set_fallback_fonts(["burmese"])
    pdf.set_font("latin", size=10)
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    return pdf


def _write_lines(pdf: _Document, lines: list[str]) -> None:
    for line in lines:
        if line.strip():
            indent = (len(line) - len(line.lstrip())) * 1.6
            pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(0, 5, line.strip(), new_x="LMARGIN", new_y="NEXT", align="L")
        else:
            pdf.ln(5)


def one_column_pdf() -> None:
    """The reference letter, hard-wrapped to the page, a page number under each page."""
    pdf = _pdf()
    _write_lines(pdf, letter_lines(REFERENCE))
    pdf.output(str(OUT / "reference.pdf"))


def burmese_unshaped_pdf() -> None:
    """The Burmese letter written by fpdf2 glyph by glyph in the order of the text (no
    shaping: it reads wrongly on the page, but each glyph maps back to its character)."""
    pdf = _pdf()
    _write_lines(pdf, letter_lines(BURMESE_LETTER))
    pdf.output(str(OUT / "burmese-unshaped.pdf"))


def two_column_pdf() -> None:
    """A letter whose numbered list stands in two columns, drawn row by row as a word
    processor draws a table (1 beside 21, 2 beside 22, …)."""
    lines = letter_lines(TWO_COLUMNS)
    first = next(i for i, line in enumerate(lines) if _NUMBERED.match(line))
    last = max(i for i, line in enumerate(lines) if _NUMBERED.match(line))
    entries = [line.strip() for line in lines[first : last + 1] if line.strip()]
    pdf = _pdf()
    _write_lines(pdf, lines[: first - 2])
    pdf.add_page()  # the list and its statement on a page of their own
    _write_lines(pdf, lines[first - 2 : first])
    half = (len(entries) + 1) // 2
    width = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    rights = [*entries[half:], ""][:half]
    pdf.set_font("latin", size=8)
    for left, right in zip(entries[:half], rights, strict=True):
        pdf.cell(width, 5, left)
        pdf.cell(width, 5, right, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("latin", size=10)
    _write_lines(pdf, lines[last + 1 :])
    pdf.output(str(OUT / "two-columns.pdf"))


def burmese_pdf() -> None:
    """The Burmese letter printed by Chromium, which shapes Burmese as a reader sees it:
    what a PDF from a browser or a word processor holds."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("skipped burmese-chromium.pdf: no chromium")
        return
    text = BURMESE_LETTER.read_text(encoding="utf-8")
    body = "".join(
        f"<p>{html.escape(line)}</p>" if line.strip() else "<p>&nbsp;</p>"
        for line in text.split("\n")
    )
    page = (
        '<!DOCTYPE html><html lang="my"><head><meta charset="utf-8"><style>'
        "body{font:10pt 'Padauk','DejaVu Sans'} p{margin:0;white-space:pre-wrap}"
        f"</style></head><body>{body}</body></html>"
    )
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "letter.html"
        source.write_text(page, encoding="utf-8")
        target = OUT / "burmese-chromium.pdf"
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--print-to-pdf={target}",
                source.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


# -- HTML --------------------------------------------------------------------------------


def web_page() -> None:
    """A campaign site's page saved from the browser: navigation, byline, share buttons,
    related posts, a footer, scripts and styles around the statement."""
    lines = WEB_PAGE.read_text(encoding="utf-8").split("\n")
    start = lines.index("February 24th, 2021")
    end = lines.index("Share this")
    parts = []
    bullets: list[str] = []
    for line in [*lines[start:end], ""]:
        if line.startswith("• "):
            bullets.append(f"<li>{_linked(html.escape(line[2:]))}</li>")
            continue
        if bullets:
            parts.append("<ul>" + "".join(bullets) + "</ul>")
            bullets = []
        if line.strip():
            parts.append(f"<p>{_linked(html.escape(line))}</p>")
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0058)https://lowlandrights.example.org/news/stop-forced-returns -->
<html lang="en"><head><meta charset="utf-8">
<title>Joint Statement: Stop the Forced Returns of Refugees to Kestria</title>
<style>body {{ font-family: sans-serif }} nav a {{ margin: 0 4px }}</style>
<script>window.dataLayer = [{{"page": "statement"}}]; function track() {{ return 1 }}</script>
</head><body>
<nav><a href="/">Home</a> / <a href="/news">News</a> /
<a href="/news/statements">Statements</a></nav>
<div class="meta"><span>Statement</span> <span>1586 Views</span></div>
<article>
<h1>Joint Statement: Stop the Forced Returns of Refugees to Kestria</h1>
<p class="byline">Author: Lowland Rights Watch</p>
<p class="read">13 minute read</p>
<figure><img src="/img/returns.jpg" alt=""><figcaption>Featured image</figcaption></figure>
{"".join(parts)}
</article>
<aside><h2>Share this</h2><ul><li><a href="https://facebook.example/share">Facebook</a></li>
<li><a href="mailto:?subject=Stop%20the%20forced%20returns">Email</a></li>
<li><a href="javascript:print()">Print</a></li></ul>
<h2>Related posts</h2>
<p><a href="/news/release-student-leaders">Kestria: Release Detained Student Leaders Now</a><br>
January 12th, 2021</p>
<p><a href="/news/ombudsman-pushbacks">Joint Letter to the Regional Ombudsman on Border
Pushbacks</a><br>December 3rd, 2020</p></aside>
<footer><p>© 2021 Lowland Rights Watch · <a href="/privacy">Privacy</a></p></footer>
<script>track();</script>
</body></html>
"""
    (OUT / "web-page.html").write_text(page, encoding="utf-8")


def _linked(line: str) -> str:
    """The first mention of the refugee agency becomes a link, as on the real page."""
    phrase = "the United Nations refugee agency"
    link = f'<a href="https://www.unhcr.example.org/">{phrase}</a>'
    return line.replace(phrase, link, 1)


# -- e-mail ------------------------------------------------------------------------------


def quoted_printable_email() -> None:
    """A letter sent as Windows-1252 text in quoted-printable, as a mail client sends it."""
    text = QUOTED.read_bytes().decode("cp1252").replace("\r\n", "\n")
    message = EmailMessage(policy=SMTP)
    message["From"] = "Freedom of Assembly Monitor <press@foam.example.org>"
    message["To"] = "Special Rapporteur <sr-assembly@ohchr.example.org>"
    message["Date"] = "Tue, 05 Sep 2023 10:12:00 +0200"
    message["Subject"] = "Mass arrests of striking garment workers in the Eastport zone"
    message["Message-ID"] = "<qp-1@foam.example.org>"
    message.set_content(text, charset="windows-1252", cte="quoted-printable")
    (OUT / "quoted-printable.eml").write_bytes(message.as_bytes())


def forwarded_email() -> None:
    """A short note forwarding a letter as an attachment (``message/rfc822``); the letter's
    own message is in base64, its subject an encoded word."""
    inner = EmailMessage(policy=SMTP)
    inner["From"] = "Coalition Secretariat <secretariat@coalition.example.org>"
    inner["To"] = "Office of the Secretary-General <sg@un.example.org>"
    inner["Date"] = "Mon, 15 May 2023 08:00:00 -0400"
    inner["Subject"] = "Open letter — protect civic space"
    inner["Message-ID"] = "<letter-1@coalition.example.org>"
    inner.set_content(FORWARDED.read_text(encoding="utf-8"), cte="base64")
    outer = EmailMessage(policy=SMTP)
    outer["From"] = "Archivist <archive@example.org>"
    outer["To"] = "Letters <letters@example.org>"
    outer["Date"] = "Tue, 16 May 2023 11:45:00 +0000"
    outer["Subject"] = "Fwd: Open letter — protect civic space"
    outer["Message-ID"] = "<fwd-1@example.org>"
    outer.set_content("For the archive: the letter as it was sent, attached.\n")
    outer.add_attachment(inner)
    outer.set_boundary("letterparse-fixture-boundary")
    (OUT / "forwarded.eml").write_bytes(outer.as_bytes())


def mailbox() -> None:
    """Three letters in one mbox file, the second with a line that starts ``From``."""
    chunks = []
    for number, path in enumerate(MAILBOX, start=1):
        message = EmailMessage(policy=SMTP)
        message["From"] = f"sender{number}@example.org"
        message["To"] = "letters@example.org"
        message["Date"] = f"Fri, 0{number} Mar 2024 10:00:00 +0000"
        message["Subject"] = f"Letter {number}"
        message["Message-ID"] = f"<mbox-{number}@example.org>"
        message.set_content(path.read_text(encoding="utf-8"))
        raw = message.as_bytes().replace(b"\r\n", b"\n")
        raw = re.sub(rb"(?m)^(>*From )", rb">\1", raw)
        chunks.append(b"From sender%d@example.org Fri Mar  %d 10:00:00 2024\n" % (number, number))
        chunks.append(raw.rstrip(b"\n") + b"\n\n")
    (OUT / "archive.mbox").write_bytes(b"".join(chunks))


# -- DOCX --------------------------------------------------------------------------------


def word_document() -> None:
    """A Word draft: paragraphs, and the signatories as Word's own numbered lists (the
    numbers are list formatting, not text), one list per group."""
    document = docx.Document()
    document.core_properties.created = WHEN.replace(tzinfo=None)
    document.core_properties.modified = WHEN.replace(tzinfo=None)
    document.styles["Normal"].font.size = Pt(10)
    lines = WORD.read_text(encoding="utf-8").split("\n")
    numbering = _Numbering(document)
    for line in lines:
        match = _NUMBERED.match(line)
        if match is None:
            numbering.restart_next = True
            document.add_paragraph(line.strip())  # an empty one for a blank line, as typed
            continue
        numbering.add(match.group(2))
    document.save(str(OUT / "numbered-signatories.docx"))


class _Numbering:
    """Word's numbered lists: each run of numbered lines one list, numbered 1., 2., …"""

    def __init__(self, document: docx.document.Document) -> None:
        self.document = document
        self.restart_next = True
        self.num_id = 0

    def add(self, text: str) -> None:
        paragraph = self.document.add_paragraph(text, style="List Number")
        if self.restart_next:
            self.num_id = self._new_list()
            self.restart_next = False
        properties = paragraph._p.get_or_add_pPr()
        num_pr = properties.get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = self.num_id

    def _new_list(self) -> int:
        """A new ``w:num`` on the style's abstract list, its level 0 restarting at 1."""
        part = self.document.part.numbering_part.element
        style = self.document.styles["List Number"]
        style_num = style.element.pPr.numPr.numId.val
        abstract = part.num_having_numId(style_num).abstractNumId.val
        num = part.add_num(abstract)
        override = num.add_lvlOverride(ilvl=0)
        override.add_startOverride(1)
        return int(num.numId)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    one_column_pdf()
    two_column_pdf()
    burmese_unshaped_pdf()
    burmese_pdf()
    web_page()
    quoted_printable_email()
    forwarded_email()
    mailbox()
    word_document()
    for path in sorted(OUT.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
