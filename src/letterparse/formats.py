"""What each ``--to`` format makes of one input, in the worker process that parsed it.

A renderer turns a result (and the input's bytes) into a :class:`Rendered` piece:
the failure, if any, and the bytes (or CMIF entry) the main process will write.
Renderers are module-level functions, so that worker processes can receive them.

>>> from letterparse import parse
>>> piece = render_jsonl(parse("Dear Members,\\n\\nWe write to you.\\n"), None)
>>> piece.failure is None and piece.payload.endswith(b"}\\n")
True
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from .batch import Renderer
from .export.cmif import CmifEntry, cmif_entry
from .export.csv import format_rows, signatory_rows
from .export.html import to_html
from .export.jsonl import jsonl_record, to_json
from .export.tei import to_tei
from .records import ParseFailure, Result

if TYPE_CHECKING:
    from .export.sqlite.rows import LetterRows, Unchanged

PER_LETTER = {"json": ".json", "tei": ".xml", "html": ".html"}
"""Formats that make one document per letter, and the extension of their files."""

COLLECTIONS = ("jsonl", "csv", "cmif", "sqlite")
"""Formats that make one output for all inputs."""

FORMATS = (*PER_LETTER, *COLLECTIONS)


@dataclass(frozen=True, slots=True)
class Rendered:
    """One input, rendered: its failure if it failed, and what to write for it."""

    failure: ParseFailure | None
    payload: bytes | CmifEntry | LetterRows | Unchanged | None
    text: str | None = None
    """The text the spans index, when it is to be kept beside the output (--keep-text)."""


def render_json(result: Result, text: str | None, *, indent: int | None = 2) -> Rendered:
    """The letter's JSON document, or the error record of a failure (its line on stderr
    says why too), so that nothing is lost silently."""
    return Rendered(_failure(result), to_json(result, indent=indent).encode("utf-8"))


def render_jsonl(result: Result, text: str | None) -> Rendered:
    """One JSON Lines record: the letter or the error record."""
    return Rendered(_failure(result), jsonl_record(result).encode("utf-8"))


def render_tei(result: Result, text: str | None) -> Rendered:
    """The letter's TEI document; nothing for a failure."""
    if isinstance(result, ParseFailure):
        return Rendered(result, None)
    return Rendered(None, to_tei(result).encode("utf-8"))


def render_html(result: Result, text: str | None) -> Rendered:
    """The letter's review page, with the text its spans index; nothing for a failure."""
    if isinstance(result, ParseFailure):
        return Rendered(result, None)
    return Rendered(None, to_html(result, text).encode("utf-8"))


def render_csv(result: Result, text: str | None, *, raw: bool = False) -> Rendered:
    """The letter's CSV rows (one per signatory and member), formulas neutralised unless
    ``raw``; nothing for a failure."""
    if isinstance(result, ParseFailure):
        return Rendered(result, None)
    return Rendered(None, format_rows(signatory_rows(result, raw=raw)).encode("utf-8"))


def render_cmif(result: Result, text: str | None) -> Rendered:
    """The letter's CMIF entry; nothing for a failure."""
    if isinstance(result, ParseFailure):
        return Rendered(result, None)
    return Rendered(None, cmif_entry(result))


def render_sqlite(result: Result, text: str | None, *, database: str | None = None) -> Rendered:
    """The letter's database rows (built here, in the worker), or word that ``database``
    holds it unchanged; the failure alone for a failure, which the database records too."""
    if isinstance(result, ParseFailure):
        return Rendered(result, None)
    from .export.sqlite.render import letter_payload  # noqa: PLC0415 (sqlite3 only when used)

    return Rendered(None, letter_payload(result, database))


def renderer(
    name: str,
    *,
    compact: bool = False,
    csv_raw: bool = False,
    keep_text: bool = False,
    database: str | None = None,
) -> Renderer[Rendered]:
    """The renderer of format ``name``; with ``keep_text``, its pieces carry the text; for
    ``sqlite``, the rows for ``database``."""
    if keep_text:
        inner = renderer(name, compact=compact, csv_raw=csv_raw, database=database)
        return partial(_with_text, render=inner)
    if name == "json":
        return partial(render_json, indent=None if compact else 2)
    if name == "csv":
        return partial(render_csv, raw=csv_raw)
    if name == "sqlite":
        return partial(render_sqlite, database=database)
    renderers: dict[str, Renderer[Rendered]] = {
        "jsonl": render_jsonl,
        "tei": render_tei,
        "html": render_html,
        "cmif": render_cmif,
    }
    return renderers[name]


def _with_text(result: Result, text: str | None, *, render: Renderer[Rendered]) -> Rendered:
    return dataclasses.replace(render(result, text), text=text)


def _failure(result: Result) -> ParseFailure | None:
    return result if isinstance(result, ParseFailure) else None
