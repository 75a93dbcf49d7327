"""The whole pipeline in one place: decode -> lines -> sections -> fields -> Letter.

>>> letter = parse("To the Security Council\\n\\n1 March 2024\\n\\nDear Members,\\n")
>>> letter.recipients[0].name, letter.date.iso, letter.salutation.text
('the Security Council', '2024-03-01', 'Dear Members,')
"""

from __future__ import annotations

import functools
import gc
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import ParamSpec, TypeVar

from .decode import LINE_END, Decoded, Metadatum, decode_text
from .errors import LetterParseError, ParserBug
from .extract import read_bytes
from .fields.body import BODY_KINDS, read_body, split_lead
from .fields.closing import read_closing, with_signers
from .fields.common import span_data, validate_all
from .fields.contacts import read_contacts
from .fields.opening import (
    glued_subtitle,
    is_greeting,
    read_header,
    read_salutation,
    read_subject,
)
from .fields.pagedates import read_letter_date
from .fields.recipients import read_recipients
from .fields.sender import read_sender
from .fields.signatories import read_signatories
from .fields.signing import count_warnings, group_count_warnings, read_signing
from .lines import Line, split_lines
from .model import (
    SCHEMA_VERSION,
    Block,
    Date,
    Letter,
    Paragraph,
    ParseWarning,
    Recipient,
    Salutation,
    Source,
    Span,
    Subject,
    WarningCode,
)
from .myanmar.lines import read_lines
from .sections import Block as Section
from .sections import segment_and_read
from .sections.reading import doubts

_T = TypeVar("_T")
_P = ParamSpec("_P")

_SIGNATORY_KINDS = frozenset({"closing", "signing", "signatories", "signatory_group"})


def parse(text: str, *, strict: bool = False) -> Letter:
    """Parse the text of a letter.

    Raises :class:`LetterParseError` for empty input, and in strict mode for any warning;
    :class:`TypeError` for anything but a ``str`` (bytes go to :func:`parse_bytes`).
    """
    if not isinstance(text, str):
        raise TypeError(_not_text(text))
    return _letter(decode_text(text), path=None, strict=strict)


def parse_bytes(
    data: bytes | bytearray | memoryview, *, path: str | None = None, strict: bool = False
) -> Letter:
    """Parse a file's bytes: text (UTF-8 with or without BOM, UTF-16, legacy 8-bit), or a
    PDF, web page, e-mail or Word document, whose text is extracted first.

    ``bytearray`` and ``memoryview`` are read as their bytes; anything else is a
    :class:`TypeError` (text goes to :func:`parse`).
    """
    if isinstance(data, bytearray | memoryview):
        data = bytes(data)
    elif not isinstance(data, bytes):
        raise TypeError(_not_bytes(data))
    try:
        return _letter(read_bytes(data), path=path, strict=strict)
    except LetterParseError as error:
        raise error.with_path(path) if path is not None else error from None


def parse_decoded(decoded: Decoded, *, path: str | None = None, strict: bool = False) -> Letter:
    """Parse text already extracted and decoded (:func:`letterparse.extract.read_bytes`),
    for a caller that keeps the text as well."""
    try:
        return _letter(decoded, path=path, strict=strict)
    except LetterParseError as error:
        raise error.with_path(path) if path is not None else error from None


def parse_file(path: str | os.PathLike[str], *, strict: bool = False) -> Letter:
    """Read and parse a file; an unreadable file raises :class:`LetterParseError`."""
    name = os.fspath(path)
    try:
        data = Path(name).read_bytes()
    except OSError as exc:
        raise unreadable(name, exc) from None
    return parse_bytes(data, path=name, strict=strict)


def _not_text(value: object) -> str:
    if isinstance(value, bytes | bytearray | memoryview):
        return "parse() takes the letter's text (str), not bytes: pass bytes to parse_bytes()"
    if isinstance(value, os.PathLike):
        return "parse() takes the letter's text (str), not a path: pass a path to parse_file()"
    return f"parse() takes the letter's text (str), not {_name(value)}"


def _not_bytes(value: object) -> str:
    if isinstance(value, str):
        return "parse_bytes() takes bytes, not str: pass text to parse()"
    return f"parse_bytes() takes bytes, not {_name(value)}"


def _name(value: object) -> str:
    return "None" if value is None else type(value).__name__


def unreadable(path: str, exc: OSError, *, folder: bool = False) -> LetterParseError:
    """The error for a file (or folder) the system would not read."""
    if isinstance(exc, FileNotFoundError):
        return LetterParseError("file_not_found", "no such file", path=path)
    if isinstance(exc, IsADirectoryError):
        return LetterParseError("is_a_directory", "a folder, not a file", path=path)
    if folder:
        return LetterParseError("unreadable_folder", exc.strerror or str(exc), path=path)
    return LetterParseError("unreadable_file", exc.strerror or str(exc), path=path)


class _CollectorPause:
    """Pauses Python's cyclic garbage collector while letters are being built.

    A parse allocates an acyclic graph (lines, blocks, model objects) that reference
    counting frees by itself. The cyclic collector finds nothing in it, but as the graph
    grows it scans it again and again: for a letter with 30,000 signatories that was
    more than half the time, and it made the time grow faster than the letter. Nested
    and concurrent parses share one pause; the collector's state before the first is
    restored after the last.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._was_enabled = False

    def __call__(self, function: Callable[_P, _T]) -> Callable[_P, _T]:
        @functools.wraps(function)
        def paused(*args: _P.args, **kwargs: _P.kwargs) -> _T:
            self._enter()
            try:
                return function(*args, **kwargs)
            finally:
                self._exit()

        return paused

    def _enter(self) -> None:
        with self._lock:
            if self._depth == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._depth += 1

    def _exit(self) -> None:
        with self._lock:
            self._depth -= 1
            if self._depth == 0 and self._was_enabled:
                gc.enable()


_collector_paused = _CollectorPause()


@_collector_paused
def _letter(decoded: Decoded, *, path: str | None, strict: bool) -> Letter:
    lines = split_lines(decoded.text)
    lines, script_warnings = read_lines(lines)  # Zawgyi to Unicode, no ZWSP (myanmar)
    sections, decisions = segment_and_read(lines)
    warnings = [*script_warnings, *doubts(decisions, lines)]
    return assemble(decoded, lines, sections, warnings, path=path, strict=strict)


def assemble(
    decoded: Decoded,
    lines: Sequence[Line],
    sections: Sequence[Section],
    script_warnings: Sequence[ParseWarning] = (),
    *,
    path: str | None = None,
    strict: bool = False,
) -> Letter:
    """The letter that the field readers make of these blocks (the last stages of
    :func:`parse`; ``scripts/oracle.py`` gives it blocks from a fixture's labels)."""
    _check_segments(lines, sections)
    by_kind: dict[str, list[Section]] = {}
    for section in sections:
        by_kind.setdefault(section.kind, []).append(section)
    warnings: list[ParseWarning] = [*decoded.warnings, *script_warnings]

    lead = split_lead(
        [section for section in sections if section.kind in BODY_KINDS],
        dated="date" in by_kind,
        greeted=any(is_greeting(block) for block in by_kind.get("salutation", [])),
    )
    date, date_warnings = read_letter_date(
        by_kind.get("date", []), lead.date, by_kind.get("header", []), context=lines
    )
    warnings.extend(date_warnings)
    date = date or _format_date(decoded)
    signing = read_signing(by_kind.get("signing", []), by_kind.get("paragraph", [])[:3])
    signatories, list_warnings = read_signatories(
        with_signers([section for section in sections if section.kind in _SIGNATORY_KINDS]),
        statement=signing.text if signing else None,
    )
    warnings.extend(list_warnings)
    warnings.extend(count_warnings(signing, signatories, by_kind.get("notes", [])))
    warnings.extend(group_count_warnings(by_kind.get("signatory_group", []), signatories))
    warnings.extend(_unclassified(by_kind.get("unclassified", [])))
    body = read_body(lead.blocks)
    recipients = read_recipients(by_kind.get("recipients", []))
    salutation = _salutation(sections, lead.salutation)
    signed = bool(signatories) or "closing" in by_kind
    warnings.extend(_missing_parts(date, recipients, salutation, body, signed))
    letter = Letter(
        schema_version=SCHEMA_VERSION,
        source=Source(
            path=path,
            sha256=decoded.sha256,
            encoding=decoded.encoding,
            newline=decoded.newline,
            chars=len(decoded.text),
            format=decoded.format,
            extractor=decoded.extractor,
        ),
        header=read_header(by_kind.get("header", [])),
        sender=read_sender(sections, signatories, signing),
        recipients=recipients,
        date=date,
        subject=_subject(by_kind) or _format_subject(decoded),
        salutation=salutation,
        body=body,
        closing=_first(by_kind, "closing", read_closing),
        contacts=read_contacts(by_kind.get("contacts", [])),
        signing=signing,
        signatories=signatories,
        layout=validate_all(
            Block,
            [{"kind": section.kind, "span": span_data(section.lines)} for section in sections],
        ),
        warnings=sorted(warnings, key=lambda warning: warning.line or 0),
    )
    if strict and letter.warnings:
        first = letter.warnings[0]
        raise LetterParseError(first.code, first.message, line=first.line, path=path)
    return letter


def _missing_parts(
    date: Date | None,
    recipients: Sequence[Recipient],
    salutation: Salutation | None,
    body: Sequence[Paragraph],
    signed: bool,
) -> list[ParseWarning]:
    """The parts a letter of its shape has, where none was found: a letter addressed to
    someone (an addressee line) has a date and a salutation; a signed letter (a close or
    signatories) has an addressee or a salutation. A reading to check, or a letter that
    lacks them."""
    if not body:
        return []
    missing: list[tuple[WarningCode, str]] = []
    if recipients and date is None:
        missing.append(("missing_date", "it has an addressee but no date was found"))
    if recipients and salutation is None:
        missing.append(("missing_salutation", "it has an addressee but no salutation"))
    if signed and not recipients and salutation is None:
        missing.append(("missing_addressee", "it is signed but addressed to nobody found"))
    return [ParseWarning(code=code, message=text, line=None) for code, text in missing]


def _check_segments(lines: Sequence[Line], sections: Sequence[Section]) -> None:
    """The layout's guarantee, checked on every parse: each non-blank line in exactly
    one block, in order. A failure is letterparse's bug, never the input's fault."""
    claimed = [line for section in sections for line in section.lines]
    if claimed != list(lines):  # lines carry their numbers: equal means same and in order
        raise ParserBug("the sections stage lost, repeated or reordered lines")


def _first(
    by_kind: dict[str, list[Section]], kind: str, read: Callable[[Section], _T]
) -> _T | None:
    found = by_kind.get(kind)
    return read(found[0]) if found else None


def _subject(by_kind: dict[str, list[Section]]) -> Subject | None:
    """The first labelled subject (``Re: …`` over a title line standing before it), else
    the first subject block, else a subtitle run together with the header's title."""
    subjects = [read_subject(block) for block in by_kind.get("subject", [])]
    labelled = [subject for subject in subjects if subject.label is not None]
    if labelled or subjects:
        return (labelled or subjects)[0]
    return glued_subtitle(by_kind.get("header", []))


def _salutation(sections: Sequence[Section], glued: Line | None) -> Salutation | None:
    """The salutation of the first salutation blocks in a row (page artefacts between
    them aside), else the one run into the first paragraph."""
    run: list[Section] = []
    for section in sections:
        if section.kind == "salutation" and is_greeting(section):
            run.append(section)
        elif run and section.kind != "page_artifact":
            break
    if run:
        return read_salutation(run)
    if glued is None:
        return None
    return Salutation(text=glued.text, span=Span(**span_data([glued])))


def _format_date(decoded: Decoded) -> Date | None:
    """The date the file's format records (an e-mail's ``Date:``), for a letter without one."""
    for item in decoded.metadata:
        if item.name == "date":
            return Date(text=item.text, iso=item.iso, place=None, span=_span(item, decoded))
    return None


def _format_subject(decoded: Decoded) -> Subject | None:
    """The subject the file's format records (an e-mail's ``Subject:``), for a letter
    without one; its label is the field's name."""
    for item in decoded.metadata:
        if item.name == "subject":
            return Subject(label="Subject:", text=item.text, span=_span(item, decoded))
    return None


def _span(item: Metadatum, decoded: Decoded) -> Span:
    line = len(LINE_END.findall(decoded.text, 0, item.start)) + 1
    return Span(start=item.start, end=item.end, line=line, end_line=line)


def _unclassified(sections: Sequence[Section]) -> list[ParseWarning]:
    return [
        ParseWarning(
            code="unclassified",
            message=(
                f"no part of a letter matches {_preview(section.text)!r}; it is kept in the layout"
            ),
            line=section.lines[0].number,
        )
        for section in sections
    ]


def _preview(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
