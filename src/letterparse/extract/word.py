"""DOCX: a Word document's text with python-docx, in document order.

- Paragraphs: a document typed with empty paragraphs between its blocks keeps its lines
  as typed (an empty paragraph is a blank line); one that spaces its paragraphs by style
  gets a blank line after each paragraph. A list item never gets one.
- Lists: Word's numbering is formatting, not text; it is computed as Word shows it
  (``1.``, ``a)``, ``(iv)``, ``•``, restarts and levels, a level indented three spaces).
- Tables: a row is a line ``| cell | cell |``, as a Markdown table.
- Links: ``[text](address)``.

A DOCX is a zip archive: before python-docx opens it, its members and their declared
sizes are checked against :data:`MAX_MEMBERS` and :data:`MAX_UNPACKED` (the zip reader
never inflates a member past its declared size), so a zip bomb is refused unread.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from typing import Any

from ..errors import LetterParseError
from .common import Extracted, extractor_name, require

MAX_UNPACKED = 200 * 1024 * 1024
"""Bytes the archive's members may unpack to, together (a letter with images: a few MB)."""
MAX_MEMBERS = 10_000
"""Members of the archive (a document has a few dozen)."""

_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "lowerLetter": lambda n: _letters(n),  # noqa: PLW0108 (defined below)
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": lambda n: _roman(n),  # noqa: PLW0108 (defined below)
    "upperRoman": lambda n: _roman(n).upper(),
}
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def extract_docx(data: bytes) -> Extracted:
    """The text of a Word document's bytes; see the module doc."""
    docx: Any = require("docx", "docx", "Word documents")
    _check_archive(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (KeyError, ValueError, zipfile.BadZipFile, SyntaxError) as exc:
        raise LetterParseError(
            "unreadable_file", f"the Word document cannot be read ({type(exc).__name__}: {exc})"
        ) from None
    numbering = _Numbering(document)
    typed = any(not p.text.strip() for p in document.paragraphs)
    lines: list[str] = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            lines.extend(_table_rows(block))
            lines.append("")
            continue
        marker, level = numbering.marker(block)
        text = _paragraph_text(block)
        if marker is None:
            lines.append(text)
            if not typed and text.strip():
                lines.append("")
        elif text.strip():
            lines.append(f"{'   ' * level}{marker} {text}")
    return Extracted(
        text="\n".join(lines).strip("\n") + "\n",
        format="docx",
        extractor=extractor_name("python-docx"),
        encoding="utf-8",
    )


def _check_archive(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise LetterParseError("unreadable_file", f"the Word document is no zip ({exc})") from None
    unpacked = sum(member.file_size for member in members)
    if len(members) > MAX_MEMBERS or unpacked > MAX_UNPACKED:
        raise LetterParseError(
            "too_large",
            f"the Word document unpacks to {unpacked:,} bytes in {len(members):,} members; "
            f"at most {MAX_UNPACKED // 2**20} MiB in {MAX_MEMBERS:,} are read (a zip bomb?)",
        )


def _paragraph_text(paragraph: Any) -> str:
    pieces = []
    for item in paragraph.iter_inner_content():
        text = item.text
        address = getattr(item, "address", None)
        pieces.append(f"[{text}]({address})" if address and text.strip() else text)
    return "".join(pieces).strip()


def _table_rows(table: Any) -> Iterator[str]:
    for row in table.rows:
        cells = []
        seen: set[int] = set()
        for cell in row.cells:  # a merged cell is given once for each column it spans
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        yield "| " + " | ".join(cells) + " |"


class _Numbering:
    """Word's list numbers, counted as Word counts them: per list and level; a level
    restarts when a higher level moves on."""

    def __init__(self, document: Any) -> None:
        try:
            self.part: Any = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            self.part = None
        self.counters: dict[str, list[int]] = {}

    def marker(self, paragraph: Any) -> tuple[str | None, int]:
        """The paragraph's list marker as shown, and its level; None for no list."""
        found = _num_pr(paragraph)
        if found is None or self.part is None:
            return None, 0
        num_id, level = found
        levels = self._levels(num_id)
        if levels is None or level not in levels:
            return None, 0
        counts = self.counters.setdefault(num_id, [0] * 9)
        fmt, text, start = levels[level]
        counts[level] = (counts[level] or start - 1) + 1
        for deeper in range(level + 1, 9):
            counts[deeper] = 0
        if fmt == "bullet":
            return "•", level
        if fmt == "none":
            return None, 0
        shown = text
        for index in range(level + 1):
            lfmt, _, lstart = levels.get(index, ("decimal", "", 1))
            shown = shown.replace(f"%{index + 1}", _number(lfmt, counts[index] or lstart))
        return shown or None, level

    def _levels(self, num_id: str) -> dict[int, tuple[str, str, int]] | None:
        nums = _xpath(self.part, f'w:num[@w:numId="{num_id}"]')
        if not nums:
            return None
        abstract_id = _xpath(nums[0], "w:abstractNumId/@w:val")
        abstracts = _xpath(self.part, f'w:abstractNum[@w:abstractNumId="{abstract_id[0]}"]')
        if not abstracts:
            return None
        levels = {}
        for lvl in _xpath(abstracts[0], "w:lvl"):
            index = int(lvl.get(f"{_W}ilvl", "0"))
            fmt = _value(lvl, "w:numFmt", "decimal")
            levels[index] = (fmt, _value(lvl, "w:lvlText", ""), int(_value(lvl, "w:start", "1")))
        for override in _xpath(nums[0], "w:lvlOverride"):
            index = int(override.get(f"{_W}ilvl", "0"))
            start = _xpath(override, "w:startOverride/@w:val")
            if start and index in levels:
                fmt, text, _ = levels[index]
                levels[index] = (fmt, text, int(start[0]))
        return levels


def _num_pr(paragraph: Any) -> tuple[str, int] | None:
    """The paragraph's list and level: its own, else its style's (and the styles under it)."""
    element: Any = paragraph._p
    for num_pr in _xpath(element, "w:pPr/w:numPr"):
        num_id = _xpath(num_pr, "w:numId/@w:val")
        if num_id and num_id[0] != "0":
            level = _xpath(num_pr, "w:ilvl/@w:val")
            return num_id[0], int(level[0]) if level else 0
    style = paragraph.style
    for _ in range(10):
        if style is None:
            return None
        num_ids = _xpath(style.element, "w:pPr/w:numPr/w:numId/@w:val")
        if num_ids and num_ids[0] != "0":
            levels = _xpath(style.element, "w:pPr/w:numPr/w:ilvl/@w:val")
            return num_ids[0], int(levels[0]) if levels else 0
        style = style.base_style
    return None


_NS = {"w": _W[1:-1]}


def _xpath(element: Any, path: str) -> list[Any]:
    """XPath with the ``w:`` prefix, on python-docx's elements and plain lxml ones alike."""
    etree: Any = require("lxml.etree", "docx", "Word documents")
    return list(etree._Element.xpath(element, path, namespaces=_NS))


def _value(element: Any, path: str, default: str) -> str:
    found = _xpath(element, f"{path}/@w:val")
    return str(found[0]) if found else default


def _number(fmt: str, value: int) -> str:
    return _FORMATS.get(fmt, str)(value)


def _letters(value: int) -> str:
    """1 -> a, 26 -> z, 27 -> aa (Word repeats the letter)."""
    return chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)


def _roman(value: int) -> str:
    numerals = (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    )  # fmt: skip
    out = []
    for amount, numeral in numerals:
        count, value = divmod(value, amount)
        out.append(numeral * count)
    return "".join(out)
