"""What every extractor shares: its result, the optional libraries, lossy text.

>>> lossy_warnings("Alpha\\nB\\ufffdta\\n", what="the PDF's text layer")[0].line
2
>>> extractor_name("letterparse")
'letterparse 0.1.0'
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from importlib import metadata
from types import ModuleType
from typing import Literal

import regex

from ..decode import LINE_END, Metadatum
from ..model import ParseWarning, SourceFormat
from ..myanmar.script import has_myanmar, is_well_formed

Sniffed = Literal["text", "pdf", "html", "email", "mbox", "docx"]
"""What :func:`~letterparse.extract.sniff` finds a file to be."""

MAX_LOSSY_WARNINGS = 100
"""Lines with lost characters warned about one by one; one more warning counts the rest."""

LOST = regex.compile(r"[\ufffd]")
"""A character the extractor could not map to Unicode, as letterparse writes it."""

_GARBAGE = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]|\(cid:\d{1,6}\)")
"""What a text layer gives for a glyph without a Unicode mapping: NUL, another control
character, or pdfminer's ``(cid:12)``."""


@dataclass(frozen=True, slots=True)
class Extracted:
    """The extract stage's result: the text (None for plain text, whose bytes are decoded
    as they are), its format and extractor, warnings, and what the format says about the
    letter."""

    text: str | None
    format: SourceFormat = "text"
    extractor: str | None = None
    encoding: str | None = None
    """The character encoding the format declared for the text, if any (an e-mail part's
    charset, a web page's); else the text is reported as UTF-8, as text given as str is."""
    warnings: tuple[ParseWarning, ...] = ()
    metadata: tuple[Metadatum, ...] = ()


_DISTRIBUTIONS = {"docx": "python-docx"}
"""The package to install for a module, where the names differ."""


class MissingExtra(Exception):
    """A format's library is not installed; the message names the ``pip install``."""


def require(module: str, extra: str, what: str) -> ModuleType:
    """Import ``module``, or raise :class:`MissingExtra` naming the extra to install.

    >>> require("no_such_module_here", "pdf", "PDF")
    Traceback (most recent call last):
    ...
    letterparse.extract.common.MissingExtra: reading PDF needs no_such_module_here: pip ...
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        top = module.split(".", maxsplit=1)[0]
        needed = _DISTRIBUTIONS.get(top, top)
        raise MissingExtra(
            f"reading {what} needs {needed}: pip install 'letterparse[{extra}]'"
        ) from None


def extractor_name(distribution: str) -> str:
    """``"pypdf 7.1.1"``: the library that extracted the text, and its version."""
    try:
        return f"{distribution} {metadata.version(distribution)}"
    except metadata.PackageNotFoundError:
        return distribution


def mark_lost(text: str) -> str:
    """Characters a text layer gave for glyphs without a Unicode mapping, as U+FFFD."""
    return _GARBAGE.sub("\ufffd", text)


def lossy_warnings(text: str, *, what: str) -> list[ParseWarning]:
    """A ``lossy_extraction`` warning for each line of ``text`` that lost characters
    (U+FFFD) or holds Burmese out of Unicode storage order, as text drawn in visual order
    comes out of a PDF (``ေ`` before its consonant)."""
    warnings: list[ParseWarning] = []
    more = 0
    for number, line in enumerate(LINE_END.split(text), start=1):
        message = _loss(line, what)
        if message is None:
            continue
        if len(warnings) < MAX_LOSSY_WARNINGS:
            warnings.append(ParseWarning(code="lossy_extraction", message=message, line=number))
        else:
            more += 1
    if more:
        warnings.append(
            ParseWarning(
                code="lossy_extraction",
                message=f"{more} more lines lost characters in {what}",
                line=None,
            )
        )
    return warnings


def _loss(line: str, what: str) -> str | None:
    lost = len(LOST.findall(line))
    if lost:
        return (
            f"{lost} character(s) on this line had no Unicode mapping in {what} (shown as "
            "U+FFFD): compare the names with the page"
        )
    if has_myanmar(line) and not is_well_formed(line):
        return (
            f"the Burmese on this line is not in Unicode storage order in {what} (drawn "
            "order: a vowel sign before its consonant, or marks lost): compare with the page"
        )
    return None
