"""PDF: the text layer, with pypdf in layout mode, pages separated by form feeds.

Layout mode places text as it stands on the page: paragraphs keep the blank lines
between them, and a list in two columns comes out side by side, as ``pdftotext -layout``
leaves it, which the parser reads column by column (``benchmarks/pdf_extractors.py``
compares it with pdfminer.six). Each page's lines lose their trailing blanks, its blank
lines at the top and bottom are dropped and runs of blank lines inside it are cut to two;
the page ends with a line end and the next starts with a form feed (``\\f``), so page
numbers and running heads are read as page artefacts.

A glyph that the PDF maps to no character (NUL, another control character) becomes U+FFFD,
and its line gets a ``lossy_extraction`` warning; so does a line whose Burmese is not in
Unicode storage order. A PDF with no text (a scan) is the error ``no_text_layer``; an
encrypted one ``encrypted_pdf``; a broken one ``unreadable_file``.

Limits, so that a hostile file costs bounded time and memory: each stream decompresses to
at most :data:`MAX_STREAM` bytes, at most :data:`MAX_PAGES` pages are read, and the
reading stops after :data:`MAX_SECONDS` (checked between pages).
"""

from __future__ import annotations

import io
import logging
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..errors import LetterParseError
from .common import Extracted, extractor_name, lossy_warnings, mark_lost, require

MAX_STREAM = 20_000_000
"""Bytes one stream may decompress to (a page of text is a few KB to a few MB; pypdf's
own default is 75 MB)."""
MAX_PAGES = 5_000
"""Pages read: a letter with a long list runs to tens of pages."""
MAX_SECONDS = 120.0
"""Time for the whole file, checked after each page (pypdf has no time-out of its own)."""
MAX_TEXT = 50_000_000
"""Characters of text, all pages together."""

_BLANK_RUN = re.compile(r"\n{4,}")


def extract_pdf(data: bytes) -> Extracted:
    """The text layer of a PDF's bytes; see the module doc."""
    pypdf: Any = require("pypdf", "pdf", "PDF")
    limits = {
        name: MAX_STREAM
        for name in (
            "zlib_maximum_output_length",
            "lzw_maximum_output_length",
            "run_length_maximum_output_length",
            "array_based_stream_maximum_output_length",
            "maximum_declared_stream_length",
        )
    }
    with pypdf.apply_configuration(**limits), _quiet("pypdf"):
        try:
            pages = _pages(pypdf, data, pypdf.errors.LimitReachedError)
        except LetterParseError:
            raise
        except pypdf.errors.LimitReachedError as exc:
            raise LetterParseError("too_large", f"the PDF is too large to read ({exc})") from None
        except (pypdf.errors.PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
            raise _broken(exc) from None
        except RecursionError:
            raise LetterParseError("unreadable_file", "the PDF's objects nest too deep") from None
    text = "".join(pages)
    if not text.strip():
        raise LetterParseError(
            "no_text_layer",
            f"the PDF's {len(pages)} page(s) hold no text layer (a scan?): OCR is needed "
            "first, e.g. ocrmypdf",
        )
    return Extracted(
        text=text,
        format="pdf",
        extractor=extractor_name("pypdf"),
        warnings=tuple(lossy_warnings(text, what="the PDF's text layer")),
    )


def _pages(pypdf: Any, data: bytes, limit: type[Exception]) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and not _opens_without_password(reader):
        raise LetterParseError(
            "encrypted_pdf",
            "the PDF is encrypted with a password: open it and save a copy without one",
        )
    count = len(reader.pages)
    if count > MAX_PAGES:
        raise LetterParseError("too_large", f"the PDF has {count} pages; at most {MAX_PAGES}")
    started = time.monotonic()
    pages: list[str] = []
    size = 0
    for number, page in enumerate(reader.pages, start=1):
        pages.append(_page_text(page, first=number == 1, limit=limit))
        size += len(pages[-1])
        if size > MAX_TEXT:
            raise LetterParseError("too_large", f"the PDF holds over {MAX_TEXT:,} characters")
        if time.monotonic() - started > MAX_SECONDS:
            raise LetterParseError(
                "too_large", f"reading the PDF took over {MAX_SECONDS:.0f} s (page {number})"
            )
    return pages


@contextmanager
def _quiet(name: str) -> Iterator[None]:
    """The library's log silenced while it reads: what it would say ("EOF marker not
    found") becomes an error or nothing, and letterparse logs nothing."""
    logger = logging.getLogger(name)  # its modules' loggers ("pypdf._reader") inherit the level
    was = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(was)


def _opens_without_password(reader: Any) -> bool:
    """Many PDFs are encrypted with an empty user password (to restrict printing only)."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # a missing cipher library or a broken dictionary: not readable
        return False


def _page_text(page: Any, *, first: bool, limit: type[Exception]) -> str:
    """One page's text, tidied as the module doc says, with its form feed. Where layout
    mode fails on the page (it wants a font set before text is shown, which not every
    writer does), the page is read in plain mode, in the order of its content."""
    try:
        raw = str(page.extract_text(extraction_mode="layout"))
    except limit:
        raise
    except Exception:  # any failure of layout mode: plain mode decides
        raw = str(page.extract_text())
    lines = [line.rstrip() for line in mark_lost(raw).replace("\r\n", "\n").split("\n")]
    text = _BLANK_RUN.sub("\n\n\n", "\n".join(lines).strip("\n"))
    if not text:
        return "" if first else "\f\n"
    return ("" if first else "\f") + text + "\n"


def _broken(exc: Exception) -> LetterParseError:
    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return LetterParseError(
        "unreadable_file", f"the PDF cannot be read ({message}); is it complete?"
    )
