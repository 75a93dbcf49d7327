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

from ..lines import Line
from ..markup import BLOCK_TAG, LEADING, QUOTE, SETEXT, TAG, core_bounds, prose_bounds
from .common import line_part

__all__ = ["BLOCK_TAG", "LEADING", "QUOTE", "SETEXT", "TAG", "core", "cores", "prose", "value_part"]


def core(line: Line) -> Line:
    """``line``'s value: without marker, quote and heading marks, HTML tags around it, a
    trailing hard break and the emphasis that wraps it; the line itself if nothing
    would remain."""
    part = value_part(line)
    return part if part is not None else line


def value_part(line: Line) -> Line | None:
    """:func:`core`, or None for a line of markup only (a bare ``>``, a bullet alone, a
    ``<br>``, a ``\\``)."""
    begin, end = core_bounds(line)
    if begin == 0 and end == len(line.text) and line.marker is None:
        return line if line.text.strip() else None  # nothing around it: the line itself
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
    begin, end = prose_bounds(line, paste=paste)
    if begin == 0 and end == len(line.text) and line.marker is None:
        return line  # nothing marks it
    return line_part(line, 0, begin, end) if begin < end else None
