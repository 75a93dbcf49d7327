"""Stage 2, lines: text -> non-blank :class:`Line` records, geometry computed once.

Lines end at ``\\n``, ``\\r\\n`` or ``\\r`` only (a form feed or U+2028 stays inside
its line, as whitespace). Blank lines produce no record; the next line counts them
in ``blank_before``. This stage measures and names list markers; it never decides
what a line means.

>>> [line.text for line in split_lines("To the Council\\n\\n  1. Burma Campaign UK\\n")]
['To the Council', '1. Burma Campaign UK']
>>> line = split_lines("To the Council\\n\\n  1. Burma Campaign UK\\n")[1]
>>> (line.number, line.indent, line.blank_before, line.marker, line.ordinal, line.body)
(3, 2, 1, '1.', 1, 'Burma Campaign UK')
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

import regex

from .decode import LINE_END, WHITESPACE

__all__ = ["WHITESPACE", "Line", "split_lines"]

MarkerKind = Literal["number", "letter", "bullet"]

TAB_WIDTH = 4

MARKER = re.compile(
    r"""
    (?:
        (?P<num>\d{1,9})(?:[.)\u104b]|\u104a|[ ]+[-\u2013](?=[ ]))       # 1.  1)  ၁။  1 -
      | (?P<snum>\d{1,9})/(?=[ ]+(?![a-z]))             # 1/ Alpha, not "5/ of Zaya State Strike"
      | \((?P<pnum>\d{1,9})\)                                           # (1)  (၁)
      | \#(?P<hnum>\d{1,9})                                              # #1
      | (?P<alpha>[a-z]|[ivx]{2,5})[.)]                                 # a.  b)  iv.
      | \((?P<palpha>[a-z]|[ivx]{2,5})\)                                # (a)  (iv)
      | (?P<bullet>[-\u2022*\u2013\u2014\u00b7\u25aa\u25cf\u25e6\u2023\u25cb\u2043\u2219o])
    )
    (?=[ \t\xa0\u3000]|$)
    """,
    re.VERBOSE,
)
"""A list marker at the start of a line's content: ``1.``, ``1)``, ``(1)``, ``1/``, ``#1``,
``1 -``, ``a)``, ``(iv)``, ``•``, ``-``, ``*``, ``–``, ``o``, and Myanmar
``၁။``; it must be followed by a space or end the line. (Stdlib ``re``, three times
quicker than ``regex`` at this pattern; its ``\\d`` is a decimal digit by Python's
Unicode tables, which ``int()`` reads, and which can be older than the ``regex``
module's: on Python 3.11 a number in Pao digits, Unicode 16, is no marker.) ``No. 1`` is
no marker: ``No.12 Basic Education High School`` is a name."""

_MARKER_STARTS = frozenset(
    "(#abcdefghijklmnopqrstuvwxyz-\u2022*\u2013\u2014\u00b7\u25aa\u25cf\u25e6\u2023\u25cb\u2043\u2219"
)
"""The characters a marker can start with, besides a decimal digit: a line starting
with anything else is not tried against :data:`MARKER`."""

_MARKER_KINDS: dict[int, MarkerKind] = {
    MARKER.groupindex["num"]: "number",
    MARKER.groupindex["pnum"]: "number",
    MARKER.groupindex["hnum"]: "number",
    MARKER.groupindex["snum"]: "number",
    MARKER.groupindex["alpha"]: "letter",
    MARKER.groupindex["palpha"]: "letter",
    MARKER.groupindex["bullet"]: "bullet",
}
"""The kind of marker each of MARKER's groups captures; exactly one takes part in a match,
so ``match.lastindex`` names it."""

_NEWLINE = regex.compile(f"({LINE_END.pattern})")  # split keeps the line ends

_SPACES = "".join(char for char in WHITESPACE if char.isspace() and char != " ")
ODD_SPACE = regex.compile(f"[{regex.escape(_SPACES)}]")
"""A space other than U+0020 inside a line: a tab, a no-break space, an ideographic space."""
_TO_SPACE = str.maketrans(dict.fromkeys(_SPACES, " "))


class Line(NamedTuple):
    """One non-blank line of the text, measured once."""

    number: int
    """1-based line number in the text."""
    start: int
    """Offset of the first non-blank character."""
    end: int
    """Offset just past the last non-blank character."""
    indent: int
    """Width of the leading whitespace in columns (a tab advances to the next multiple of 4)."""
    text: str
    """The line without leading and trailing whitespace; tabs, no-break and other spaces
    inside it read as U+0020, one for one, so ``text`` is as long as the source it spans."""
    blank_before: int
    """How many blank lines stand between this line and the previous non-blank one."""
    marker: str | None
    """The list marker as written (``"12."``, ``"-"``), or None."""
    marker_kind: MarkerKind | None
    ordinal: int | None
    """The number of a numbered marker (``"12."`` gives 12; Myanmar digits too)."""
    body: str
    """The text after the marker and its spaces; the whole text when there is no marker."""
    body_start: int
    """Offset of ``body`` in the decoded text."""


_LineFields = tuple[
    int, int, int, int, str, int, str | None, MarkerKind | None, int | None, str, int
]


def split_lines(text: str) -> list[Line]:
    """Every non-blank line of ``text``, in order, with offsets into ``text``."""
    if "\r" in text:
        pieces = _NEWLINE.split(text)
        raws = pieces[0::2]
        seps = [len(sep) for sep in pieces[1::2]]
        seps.append(0)
    else:
        raws = text.split("\n")
        seps = [1] * len(raws)
    lines: list[Line] = []
    append = lines.append
    new = tuple.__new__  # a NamedTuple's own __new__ is a Python function: twice the cost
    match_marker = MARKER.match
    starts = _MARKER_STARTS
    offset = 0
    blank = 0
    for number, (raw, sep) in enumerate(zip(raws, seps, strict=True), 1):
        rest = raw.lstrip(WHITESPACE)
        if not rest:
            blank += 1
            offset += len(raw) + sep
            continue
        content = rest.rstrip(WHITESPACE)
        if not content.isprintable() and ODD_SPACE.search(content):
            content = content.translate(_TO_SPACE)  # isprintable() is False for them
        lead = len(raw) - len(rest)
        start = offset + lead
        end = start + len(content)
        indent = _columns(raw[:lead]) if lead else 0
        first = content[0]
        match = match_marker(content) if first in starts or first.isdecimal() else None
        fields: _LineFields
        if match is None:
            fields = (number, start, end, indent, content, blank, None, None, None, content, start)
        else:
            body = content[match.end() :].lstrip(WHITESPACE)
            group = match.lastindex or 0  # exactly one group takes part in a marker match
            kind = _MARKER_KINDS[group]
            ordinal = int(match.group(group)) if kind == "number" else None
            marker = match.group()
            fields = (
                number, start, end, indent, content, blank, marker, kind, ordinal, body,
                end - len(body),
            )  # fmt: skip
        append(new(Line, fields))
        blank = 0
        offset += len(raw) + sep
    return lines


def _columns(leading: str) -> int:
    """Display width of leading whitespace: tabs to the next multiple of TAB_WIDTH."""
    if "\t" not in leading:
        return len(leading)
    column = 0
    for char in leading:
        column = (column // TAB_WIDTH + 1) * TAB_WIDTH if char == "\t" else column + 1
    return column
