"""CSV: one row per signatory and member, RFC 4180 (CRLF line ends, quotes doubled).

Columns: ``source_path, number, name, kind, acronym, affiliation, group, parent,
depth, line``. A member's ``parent`` is the name of the entry it is listed under,
and its ``depth`` is 1 (2 for a member's member). Empty cells stand for null.

Signatory lists are often public forms that anyone can sign; a spreadsheet runs a cell
that starts with ``=``, ``+``, ``-`` or ``@`` as a formula (CSV injection). Unless
``raw``, such a cell, and one starting with a tab or a line break, gets a single
quote in front, as OWASP recommends; a cell that holds a comma, a semicolon (the
separator of spreadsheets in many languages), a tab, a quote or a line break is
quoted, so that no formula can start a cell of its own inside a name.

>>> neutralised("=1+2"), neutralised("-5"), neutralised("Alpha")
("'=1+2", "'-5", 'Alpha')

>>> from letterparse import parse
>>> text = "Dear Members,\\n\\nWe write.\\n\\nSigned by 2 groups.\\n\\n"
>>> text += "1. Women Alliance (WAB)\\n - Strike\\n"
>>> print(to_csv([parse(text)]).replace("\\r\\n", "\\n"), end="")
source_path,number,name,kind,acronym,affiliation,group,parent,depth,line
,1,Women Alliance (WAB),organization,WAB,,,,0,7
,,Strike,organization,,,,Women Alliance (WAB),1,8
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from ..model import Letter, Signatory
from ._args import letters_of

COLUMNS: tuple[str, ...] = (
    "source_path",
    "number",
    "name",
    "kind",
    "acronym",
    "affiliation",
    "group",
    "parent",
    "depth",
    "line",
)
BOM = "\ufeff"
"""Written first with ``bom=True``, so that spreadsheet programs read the file as UTF-8."""

Row = tuple[str, ...]

_FORMULA = re.compile(r"'*[=+\-@\t\r\n]")
"""A cell a spreadsheet would run (after any quotes already in front, so that taking
one quote off a neutralised cell always gives the value back)."""

_QUOTED = re.compile(r'[,;"\t\r\n]')
"""A cell that is quoted: it holds a separator, a quote or a line break."""


def to_csv(letters: Iterable[Letter] | Letter, *, bom: bool = False, raw: bool = False) -> str:
    """The signatories of ``letters`` (or of one letter) as CSV text, header first; cells
    a spreadsheet would run as formulas get a ``'`` in front unless ``raw``."""
    chosen = letters_of(letters, "to_csv")
    rows = [row for letter in chosen for row in signatory_rows(letter, raw=raw)]
    return csv_header(bom=bom) + format_rows(rows)


def csv_header(*, bom: bool = False) -> str:
    """The header line (after a byte-order mark when ``bom``)."""
    return (BOM if bom else "") + format_rows([COLUMNS])


def signatory_rows(letter: Letter, *, raw: bool = False) -> list[Row]:
    """A letter's rows: each signatory, then its members, depth first; formulas
    neutralised unless ``raw``."""
    rows = _rows(letter.signatories, letter.source.path or "", None, 0)
    if raw:
        return list(rows)
    return [tuple(neutralised(cell) for cell in row) for row in rows]


def neutralised(cell: str) -> str:
    """The cell with a ``'`` in front if a spreadsheet would run it as a formula."""
    return "'" + cell if _FORMULA.match(cell) else cell


def render_signatory(signatory: Signatory, path: str, parent: str | None, depth: int) -> Row:
    """One row."""
    return (
        path,
        _cell(signatory.number),
        signatory.name,
        _cell(signatory.kind),
        _cell(signatory.acronym),
        _cell(signatory.affiliation),
        _cell(signatory.group),
        _cell(parent),
        str(depth),
        str(signatory.span.line),
    )


def format_rows(rows: Sequence[Row]) -> str:
    """Rows as RFC 4180 text: fields with commas, semicolons, tabs, quotes or line breaks
    quoted, quotes doubled, each row ended by CRLF."""
    return "".join(",".join(map(_field, row)) + "\r\n" for row in rows)


def _rows(
    signatories: Sequence[Signatory], path: str, parent: str | None, depth: int
) -> Iterator[Row]:
    for signatory in signatories:
        yield render_signatory(signatory, path, parent, depth)
        yield from _rows(signatory.members, path, signatory.name, depth + 1)


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def _field(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"' if _QUOTED.search(cell) else cell
