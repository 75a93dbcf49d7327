"""CSV: one row per signatory and member, RFC 4180 (CRLF line ends, quotes doubled).

Columns: ``source_path, number, name, kind, acronym, affiliation, group, parent,
depth, line``. A member's ``parent`` is the name of the entry it is listed under,
and its ``depth`` is 1 (2 for a member's member). Empty cells stand for null.

>>> from letterparse import parse
>>> text = "Dear Members,\\n\\nWe write.\\n\\nSigned by 2 groups.\\n\\n"
>>> text += "1. Women Alliance (WAB)\\n - Strike\\n"
>>> print(to_csv([parse(text)]).replace("\\r\\n", "\\n"), end="")
source_path,number,name,kind,acronym,affiliation,group,parent,depth,line
,1,Women Alliance (WAB),organization,WAB,,,,0,7
,,Strike,organization,,,,Women Alliance (WAB),1,8
"""

from __future__ import annotations

import csv
import io
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


def to_csv(letters: Iterable[Letter] | Letter, *, bom: bool = False) -> str:
    """The signatories of ``letters`` (or of one letter) as CSV text, header first."""
    rows = [row for letter in letters_of(letters, "to_csv") for row in signatory_rows(letter)]
    return csv_header(bom=bom) + format_rows(rows)


def csv_header(*, bom: bool = False) -> str:
    """The header line (after a byte-order mark when ``bom``)."""
    return (BOM if bom else "") + format_rows([COLUMNS])


def signatory_rows(letter: Letter) -> list[Row]:
    """A letter's rows: each signatory, then its members, depth first."""
    return list(_rows(letter.signatories, letter.source.path or "", None, 0))


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
    """Rows as RFC 4180 text: fields with commas, quotes or line breaks quoted."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def _rows(
    signatories: Sequence[Signatory], path: str, parent: str | None, depth: int
) -> Iterator[Row]:
    for signatory in signatories:
        yield render_signatory(signatory, path, parent, depth)
        yield from _rows(signatory.members, path, signatory.name, depth + 1)


def _cell(value: object) -> str:
    return "" if value is None else str(value)
