"""A line's value without the markup around it, as a line of its own that keeps its offsets.

Letters arrive as Markdown, HTML fragments, quoted e-mail and pastes: ``> Dear Mayor,``,
``**Re: Funding**``, ``<p><strong>Signed,</strong></p>``, ``#### Dear Board,``,
``Sincerely,<br>``, ``- Dear Minister,`` (a paste viewer's dash before every line), a
Markdown hard break (``\\``) at the end. The values read from one line (a salutation, a
close, a subject, an addressee, a date) are read from its :func:`core`: the same line
without its list marker, quote marks, heading marks, HTML tags and emphasis around it, its
span the characters that remain. Body text keeps its emphasis (:func:`prose`).

>>> from letterparse.lines import split_lines
>>> line = split_lines("> <p><strong>Signed,</strong></p>")[0]
>>> core(line).text, core(line).start
('Signed,', 13)
>>> core(split_lines("*Re: Water*<br>")[0]).text
'Re: Water'
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..lines import Line
from .common import line_part

_TAG = r"</?[A-Za-z][A-Za-z0-9]{0,11}(?:[ ][^<>]{0,300})?/?>"

LEADING = regex.compile(rf"(?:[ ]*+(?:>++|{_TAG}|\#{{1,6}}(?=[ ])))++[ ]*+")
"""Markup before a value: quote marks, HTML tags, Markdown heading marks:
``> ``, ``<p><strong>``, ``#### ``."""

TAG = regex.compile(_TAG)
"""An HTML tag: ``<br>``, ``</p>``, ``<a href="…">``."""

BLOCK_TAG = regex.compile(
    r"</?(?i:p|div|li|ul|ol|blockquote|br|center|section|article|h[1-6])\b[^<>]{0,300}>"
)
"""The HTML tags that make blocks and lines, not emphasis: ``<p>``, ``</li>``, ``<br/>``."""

QUOTE = regex.compile(r"(?:[ ]*+>)++[ ]*+")
"""Quote marks before a line of a quoted letter: ``> ``, ``> > ``."""

SETEXT = regex.compile(r"(?:={3,}+|-{3,}+)[ ]*+$")
"""A setext underline under a Markdown heading: ``=====``, ``-----``."""

_EMPHASIS = ("***", "**", "__", "*", "_", "~~")


def core(line: Line) -> Line:
    """``line``'s value: without marker, quote and heading marks, HTML tags around it, a
    trailing hard break and the emphasis that wraps it; the line itself if nothing
    would remain."""
    part = value_part(line)
    return part if part is not None else line


def value_part(line: Line) -> Line | None:
    """:func:`core`, or None for a line of markup only (a bare ``>``, a bullet alone, a
    ``<br>``, a ``\\``)."""
    text = line.text
    begin = len(text) - len(line.body)  # the body is what follows the marker
    end = len(text)
    for _ in range(4):  # markup nests: "> <p><strong>…" then "*…*"
        before = (begin, end)
        begin = _after_leading(text, begin, end)
        end = _before_trailing(text, begin, end)
        begin, end = _unwrapped(text, begin, end)
        if (begin, end) == before:
            break
    part = line_part(line, 0, begin, end) if begin < end else None
    return part if part is not None and part.text.strip() else None


def cores(lines: Sequence[Line]) -> list[Line]:
    """The cores of ``lines``, without the lines that are markup only (a bare ``>``, a
    bullet alone) and a setext underline at their end."""
    out = [part for part in map(value_part, lines) if part is not None]
    while out and SETEXT.match(out[-1].text):
        out.pop()  # the underline of a heading above it
    return out


def prose(line: Line, *, paste: bool = False) -> Line | None:
    """A line of body text without what marks the line rather than the text: quote marks,
    the HTML tags that make blocks (``<p>``, ``</li>``, ``<br>``), a trailing hard break,
    and with ``paste`` its bullet (a paste viewer's before every line); None for a line
    of such marks only. Emphasis and inline tags stay as written."""
    text = line.text
    begin = len(text) - len(line.body) if paste else 0
    end = len(text)
    for _ in range(4):
        before = (begin, end)
        quoted = QUOTE.match(text, begin, end)
        begin = quoted.end() if quoted else begin
        block = BLOCK_TAG.match(text, begin, end)
        begin = block.end() if block else begin
        end = _before_trailing(text, begin, end, tags=BLOCK_TAG)
        if (begin, end) == before:
            break
    while begin < end and text[begin] == " ":
        begin += 1
    return line_part(line, 0, begin, end) if begin < end else None


def _after_leading(text: str, begin: int, end: int) -> int:
    match = LEADING.match(text, begin, end)
    return match.end() if match else begin


def _before_trailing(text: str, begin: int, end: int, tags: regex.Pattern[str] = TAG) -> int:
    """Where the value ends once hard breaks and closing tags at its end are left out."""
    while end > begin:
        stripped = len(text[begin:end].rstrip()) + begin
        if stripped > begin and text[stripped - 1] == "\\":
            end = stripped - 1
            continue
        if stripped > begin and text[stripped - 1] == ">":
            opening = text.rfind("<", begin, stripped)
            if opening >= 0 and tags.fullmatch(text, opening, stripped):
                end = opening
                continue
        return stripped
    return end


def _unwrapped(text: str, begin: int, end: int) -> tuple[int, int]:
    """The value inside the emphasis marks that wrap all of it: ``**…**``, ``*…*``."""
    value = text[begin:end]
    for mark in _EMPHASIS:
        size = len(mark)
        if len(value) > 2 * size and value.startswith(mark) and value.endswith(mark):
            inner = value[size:-size]
            if inner.strip() and inner[0] != " " and mark[0] not in (inner[0], inner[-1]):
                return begin + size, end - size
    return begin, end
