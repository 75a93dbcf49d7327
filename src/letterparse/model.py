"""The public contract: pydantic models of a parsed letter (JSON ``schema_version`` "1").

Every key is always present in the JSON (``null`` or ``[]`` when absent), so every
letter has one shape. Offsets are 0-based code-point offsets into the decoded text
(BOM removed, line ends kept), ``end`` exclusive; line numbers are 1-based.

:class:`Letter` is a pydantic model (``model_dump_json``, ``model_validate_json``, …);
the values inside it are frozen pydantic dataclasses with slots, validated just the
same. A letter holds thousands of them: as model instances, each with a ``__dict__`` and
its own set of field names, a signatory with its span and name took about 1.7 KB; with
slots about 0.3 KB, and they validate twice as fast. Use :func:`dataclasses.replace` to
change one and :func:`dataclasses.asdict` (or ``Letter.model_dump``) for plain data.

>>> span = Span(start=0, end=5, line=1, end_line=1)
>>> "Hello, world"[span.start:span.end]
'Hello'
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict
from pydantic.dataclasses import dataclass

SCHEMA_VERSION: Literal["1"] = "1"

BlockKind = Literal[
    "header",
    "recipients",
    "date",
    "subject",
    "salutation",
    "paragraph",
    "list_item",
    "heading",
    "closing",
    "contacts",
    "signing",
    "signatory_group",
    "signatories",
    "page_artifact",
    "trailer",
    "notes",
    "unclassified",
]
"""What a layout block is, in reading order of a typical letter. ``heading`` is a
section heading inside the body ("## Background"); ``notes`` are footnotes, a P.S. and
notes on the list ("* signed after publication")."""

RecipientRole = Literal["to", "cc", "attn"]
SourceFormat = Literal["text", "pdf", "html", "email", "docx"]
SignatoryKind = Literal["organization", "individual"]
WarningCode = Literal[
    "lossy_extraction",
    "ambiguous_date",
    "invalid_date",
    "unreadable_date",
    "count_mismatch",
    "numbering_gap",
    "numbering_repeat",
    "numbering_restart",
    "duplicate_signatory",
    "nesting_too_deep",
    "unclassified",
    "legacy_encoding",
    "invalid_utf8",
    "invalid_character",
    "control_characters",
    "zawgyi_converted",
    "zawgyi_suspected",
    "doubtful_reading",
    "missing_date",
    "missing_salutation",
    "missing_addressee",
]
"""Every code a warning can have (README, "The JSON contract")."""
ErrorCode = (
    Literal[
        "empty_input",
        "binary_input",
        "undecodable_input",
        "file_not_found",
        "is_a_directory",
        "unreadable_file",
        "unreadable_folder",
        "no_files",
        "parser_bug",
        "no_text_layer",
        "encrypted_pdf",
        "no_text_part",
        "too_large",
        "missing_extra",
        "mailbox",
        "no_such_message",
    ]
    | WarningCode
)
"""Every code an input's failure can have: why it could not be read, or under ``--strict``
the code of its first warning."""
ParagraphKind = Literal["paragraph", "list_item"]


_CONFIG = ConfigDict(
    extra="forbid", use_attribute_docstrings=True, json_schema_serialization_defaults_required=True
)
"""Parts forbid unknown keys. A key added to schema 1 after its first release has a
default, so that records written before it still validate; in the schema of the output
(serialization mode) every key is required, since every key is always written."""


class FrozenModel(BaseModel):
    """The base of the top-level records (a :class:`Letter`, an error record): frozen,
    no extra keys, field docstrings in the JSON Schema."""

    model_config = ConfigDict(frozen=True, **_CONFIG)


@dataclass(frozen=True, slots=True, config=_CONFIG)
class Span:
    """Where a value stands in the decoded text."""

    start: int
    """Offset of the first character (0-based code points)."""
    end: int
    """Offset just past the last character (exclusive)."""
    line: int
    """Line of the first character (1-based)."""
    end_line: int
    """Line of the last character (1-based)."""


@dataclass(frozen=True, slots=True, config=_CONFIG)
class Source:
    """The input the letter was read from."""

    path: str | None
    """The file path as given, or null for text and standard input."""
    sha256: str
    """SHA-256 of the input bytes (of the UTF-8 encoding for text input)."""
    encoding: str
    """How the bytes were decoded: utf-8, utf-8-sig, utf-16-le, utf-16-be, cp1252, ..."""
    newline: Literal["\n", "\r\n", "\r", "mixed"] | None
    """The line ending used, "mixed" when several occur, null for a single line."""
    chars: int
    """Length of the decoded text in code points; every span indexes into it."""
    format: SourceFormat = "text"
    """What the input was: plain text, or the text extracted from a PDF, an HTML page, an
    e-mail or a Word document."""
    extractor: str | None = None
    """The library (and its version) that extracted the text, or null for plain text."""


@dataclass(frozen=True, slots=True, config=_CONFIG)
class Header:
    """Letterhead, title or page chrome before the addressees."""

    title: str | None
    """The line that names the letter ("Joint Statement", "OPEN LETTER ..."), if any."""
    lines: list[str]
    """Every header line, stripped."""
    span: Span


@dataclass(frozen=True, slots=True, config=_CONFIG)
class Sender:
    """Who sent the letter: the organisation of its letterhead, or its one signer."""

    name: str
    """The name as written: "Harbourside Residents' Forum", "Jane Roe"."""
    kind: SignatoryKind | None
    span: Span


@dataclass(frozen=True, slots=True, config=_CONFIG)
class Recipient:
    """One addressee: a To, CC or Attn line, or a postal address block."""

    role: RecipientRole
    name: str
    """The addressee as written, without its label ("To", "CC:")."""
    address: list[str]
    """Further lines of a postal address block, in order; empty for a plain name."""
    span: Span


@dataclass(frozen=True, slots=True, config=_CONFIG)
class Date:
    """The letter's own date (its dateline), never a date mentioned in the body."""

    text: str
    """The date as written, without the place."""
    iso: str | None
    """YYYY-MM-DD, or YYYY-MM / YYYY when that is all the text says; null if ambiguous."""
    place: str | None
    """The place of a dateline ("New York, 24 January 2022" gives "New York")."""
    span: Span


@dataclass(frozen=True, slots=True, config=_CONFIG)
class Subject:
    """The subject line."""

    label: str | None
    """The label as written ("Re:", "Subject:"), or null for a title standing as subject."""
    text: str
    """The subject without its label, wrapped lines joined with one space."""
    span: Span


@dataclass(frozen=True, slots=True, config=_CONFIG)
class Salutation:
    """The greeting: "Your Excellencies,", "Dear Secretary-General,"."""

    text: str
    span: Span


@dataclass(frozen=True, slots=True, config=_CONFIG)
class Link:
    """A link inside a paragraph; ``start``/``end`` index ``Paragraph.text``."""

    text: str
    """The linked text as it reads in the paragraph."""
    target: str
    """The link target: a URL, "#", or "mailto:..." for an e-mail address."""
    start: int
    """Offset of the link text in the paragraph's reading text."""
    end: int
    """Offset just past the link text (exclusive)."""


@dataclass(frozen=True, slots=True, config=_CONFIG)
class Paragraph:
    """A body paragraph or an item of a list inside the body."""

    kind: ParagraphKind
    marker: str | None
    """The list marker as written ("1.", "a)", "•") for a list item, else null."""
    text: str
    """The reading text: wrapped lines joined with one space, link markup removed."""
    links: list[Link]
    span: Span
    heading: str | None = None
    """The heading of the part of the body the paragraph stands in ("Background"), or
    null before the first heading and in a body without headings."""


@dataclass(frozen=True, slots=True, config=_CONFIG)
class Closing:
    """The complimentary close: "Sincerely,", "Yours faithfully,"."""

    text: str
    span: Span


@dataclass(frozen=True, slots=True, config=_CONFIG)
class Contact:
    """A person or office to contact about the letter."""

    name: str | None
    organization: str | None
    email: str | None
    """The first e-mail address of the entry."""
    phone: str | None
    """The first phone number of the entry, as written."""
    emails: list[str]
    """Every e-mail address of the entry, in order (``email`` is the first)."""
    phones: list[str]
    """Every phone number of the entry, as written, in order (``phone`` is the first)."""
    text: str
    """The entry as written, without its list marker."""
    span: Span


@dataclass(frozen=True, slots=True, config=_CONFIG)
class Signing:
    """The statement that heads the signatories, with the counts it declares."""

    text: str
    declared_total: int | None
    """The number of signatories the statement declares ("Signed by 397 ...")."""
    declared_undisclosed: int | None
    """How many of them chose not to be named ("including 94 ... not to disclose")."""
    span: Span


@dataclass(frozen=True, slots=True, config=_CONFIG)
class Signatory:
    """An entry of the list of signatories, with its member sub-list."""

    number: int | None
    """The entry's number as written, or null for bulleted and unnumbered entries."""
    name: str
    """The entry as written, without its number or bullet."""
    kind: SignatoryKind | None
    acronym: str | None
    """A trailing parenthesised acronym ("ACBES", "FORUM-ASIA"), never a place or gloss."""
    affiliation: str | None
    """An individual's title and organisation ("Professor of Law, University of X")."""
    group: str | None
    """The heading of the group the entry stands in ("Individuals"), if the list is grouped."""
    scripts: list[str]
    """ISO 15924 codes of the scripts in the name, in order of appearance ("Latn", "Mymr")."""
    members: list[Signatory]
    """Entries of the indented sub-list under this one."""
    span: Span
    place: str | None = None
    """Where the entry is, as written after its name: "Kenya" in "Alpha Network (Kenya)" or
    "Alpha Network – Kenya", "Nairobi" in "Alpha Network – Nairobi"."""


@dataclass(frozen=True, slots=True, config=_CONFIG)
class Block:
    """A part of the layout; blocks never overlap and cover every non-blank line."""

    kind: BlockKind
    span: Span


@dataclass(frozen=True, slots=True, config=ConfigDict(title="Warning", **_CONFIG))
class ParseWarning:
    """A problem a person checking an import should look at."""

    code: WarningCode
    """A stable code: count_mismatch, numbering_gap, ambiguous_date, unclassified, ..."""
    message: str
    line: int | None
    """The 1-based line the warning is about, or null for the letter as a whole."""


class Letter(FrozenModel):
    """A parsed letter."""

    schema_version: Literal["1"]
    source: Source
    header: Header | None
    sender: Sender | None = None
    """The letterhead's organisation or the one signer; null for a joint letter, whose
    signatories send it."""
    recipients: list[Recipient]
    date: Date | None
    subject: Subject | None
    salutation: Salutation | None
    body: list[Paragraph]
    closing: Closing | None
    contacts: list[Contact]
    signing: Signing | None
    signatories: list[Signatory]
    layout: list[Block]
    """Every non-blank line of the input, in order, in exactly one block."""
    warnings: list[ParseWarning]
