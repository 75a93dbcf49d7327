"""A letter as rows for the database's tables, one small function per model type.

The rows are built where the letter was parsed (in a worker process during a batch) and
carry no database ids: each child row starts with its ``position`` in the letter, and a
signatory's parent is the position of the entry it is listed under. The writer adds the
ids. Mentions are the names that the writer links to entities.

>>> from letterparse import parse
>>> text = "Dear Members,\\n\\nWe write.\\n\\nSigned by 2 groups.\\n\\n"
>>> rows = letter_rows(parse(text + "1. Women Alliance (WAB)\\n - Strike\\n"))
>>> [(row[0], row[1], row[4]) for row in rows.signatories]
[(0, None, 'Women Alliance (WAB)'), (1, 0, 'Strike')]
>>> [(m.role, m.name, m.key) for m in rows.mentions]
[('signatory', 'Women Alliance (WAB)', 'women alliance'), ('member', 'Strike', 'strike')]
"""

from __future__ import annotations

import marshal
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any, NamedTuple

from ..._version import __version__
from ...model import (
    Block,
    Contact,
    Letter,
    Paragraph,
    ParseWarning,
    Recipient,
    Signatory,
    Span,
)
from .keys import acronym_key, name_key

Row = tuple[Any, ...]
"""A row's values (text, integers, null), as sqlite3 binds them."""


class Mention(NamedTuple):
    """A name in a letter that stands for an organisation or a person."""

    role: str
    """``sender``, ``recipient``, ``signatory``, ``member`` or ``contact``."""
    position: int
    """The position of its row in its table (-1 for the sender, who has none)."""
    name: str
    kind: str | None
    acronym: str | None
    key: str
    """:func:`~letterparse.export.sqlite.keys.name_key` of the name."""
    acronym_key: str | None


@dataclass(frozen=True, slots=True)
class LetterRows:
    """Everything the database holds of one letter."""

    path: str | None
    sha256: str
    letter: Row
    """The ``letters`` columns from ``sha256`` to ``letterparse_version``."""
    json: str
    """The letter's JSON, kept whole in ``letters.json``."""
    recipients: list[Row]
    paragraphs: list[Row]
    contacts: list[Row]
    signatories: list[Row]
    warnings: list[Row]
    layout: list[Row]
    mentions: list[Mention]
    """The names to link, in the order they are linked: the sender, the recipients, the
    signatories and members, the contacts' organisations."""
    subject: str
    """The title and the subject, for full-text search."""
    sender: str | None
    """The sender's name, for full-text search."""

    @property
    def size(self) -> int:
        """Roughly how many rows this letter writes (to size a transaction)."""
        return len(self.signatories) * 3 + len(self.paragraphs) + len(self.layout) + 1

    def __reduce__(self) -> tuple[Any, tuple[bytes]]:
        """Sent between processes with :mod:`marshal`: rows of plain values load several
        times faster than pickled ones."""
        values = [getattr(self, field.name) for field in fields(self)]
        values[_MENTIONS] = [tuple(m) for m in self.mentions]
        return _unmarshal, (marshal.dumps(values),)


@dataclass(frozen=True, slots=True)
class Unchanged:
    """A letter the database already holds exactly so (found where it was parsed)."""

    path: str | None
    sha256: str


_MENTIONS = [field.name for field in fields(LetterRows)].index("mentions")


def _unmarshal(data: bytes) -> LetterRows:
    values = marshal.loads(data)
    values[_MENTIONS] = [Mention(*m) for m in values[_MENTIONS]]
    return LetterRows(*values)


def letter_rows(letter: Letter) -> LetterRows:
    """The rows of ``letter``."""
    signatories = _tree(letter.signatories)
    acronyms: dict[str, str] = {}
    for _, entry, _ in signatories:
        if entry.acronym:
            acronyms.setdefault(entry.name, entry.acronym)
    mentions = [*_sender_mention(letter, acronyms), *_recipient_mentions(letter.recipients)]
    mentions += [
        signatory_mention(position, signatory, depth)
        for position, (_, signatory, depth) in enumerate(signatories)
    ]
    mentions += _contact_mentions(letter.contacts)
    json = letter.model_dump_json()
    return LetterRows(
        path=letter.source.path,
        sha256=letter.source.sha256,
        letter=letter_row(letter),
        json=json,
        recipients=[recipient_row(n, item) for n, item in enumerate(letter.recipients)],
        paragraphs=[paragraph_row(n, item) for n, item in enumerate(letter.body)],
        contacts=[contact_row(n, item) for n, item in enumerate(letter.contacts)],
        signatories=[
            signatory_row(position, parent, signatory, depth)
            for position, (parent, signatory, depth) in enumerate(signatories)
        ],
        warnings=[warning_row(n, item) for n, item in enumerate(letter.warnings)],
        layout=[block_row(n, item) for n, item in enumerate(letter.layout)],
        mentions=mentions,
        subject=" ".join(filter(None, [_title(letter), _subject(letter)])),
        sender=letter.sender.name if letter.sender else None,
    )


def letter_row(letter: Letter) -> Row:
    """The ``letters`` columns from ``sha256`` to ``letterparse_version``."""
    source, date, subject, signing = letter.source, letter.date, letter.subject, letter.signing
    return (
        source.sha256,
        source.encoding,
        source.newline,
        source.chars,
        source.format,
        source.extractor,
        letter.header.title if letter.header else None,
        letter.sender.name if letter.sender else None,
        letter.sender.kind if letter.sender else None,
        date.text if date else None,
        date.iso if date else None,
        date.place if date else None,
        subject.label if subject else None,
        subject.text if subject else None,
        letter.salutation.text if letter.salutation else None,
        letter.closing.text if letter.closing else None,
        signing.text if signing else None,
        signing.declared_total if signing else None,
        signing.declared_undisclosed if signing else None,
        f"letterparse {__version__}",
    )


def span_row(span: Span) -> Row:
    """``line, end_line, start_char, end_char``."""
    return (span.line, span.end_line, span.start, span.end)


def recipient_row(position: int, recipient: Recipient) -> Row:
    """A ``recipients`` row; the address lines joined by line breaks."""
    address = "\n".join(recipient.address)
    return (position, recipient.role, recipient.name, address, *span_row(recipient.span))


def paragraph_row(position: int, paragraph: Paragraph) -> Row:
    """A ``paragraphs`` row (its links stay in the letter's JSON)."""
    fields = (paragraph.kind, paragraph.marker, paragraph.heading, paragraph.text)
    return (position, *fields, *span_row(paragraph.span))


def contact_row(position: int, contact: Contact) -> Row:
    """A ``contacts`` row; every e-mail address and phone number joined by line breaks."""
    return (
        position,
        contact.name,
        contact.organization,
        contact.email,
        contact.phone,
        "\n".join(contact.emails),
        "\n".join(contact.phones),
        contact.text,
        *span_row(contact.span),
    )


def signatory_row(position: int, parent: int | None, signatory: Signatory, depth: int) -> Row:
    """A ``signatories`` row; ``parent`` is the position of the entry above a member."""
    return (
        position,
        parent,
        depth,
        signatory.number,
        signatory.name,
        signatory.kind,
        signatory.acronym,
        signatory.affiliation,
        signatory.place,
        signatory.group,
        " ".join(signatory.scripts),
        *span_row(signatory.span),
    )


def warning_row(position: int, warning: ParseWarning) -> Row:
    """A ``warnings`` row."""
    return (position, warning.code, warning.message, warning.line)


def block_row(position: int, block: Block) -> Row:
    """A ``layout_blocks`` row."""
    return (position, block.kind, *span_row(block.span))


def search_row(rows: LetterRows) -> Row:
    """The text full-text search finds a letter by: subject, body, recipients (with their
    addresses), signatories (with their affiliations), contacts. Built from the rows where
    they are written, so that the text is sent there once."""
    body = "\n\n".join(row[4] for row in rows.paragraphs)
    recipients = "\n".join(f"{row[2]}\n{row[3]}" if row[3] else row[2] for row in rows.recipients)
    names = [rows.sender] if rows.sender else []
    names += [f"{row[4]} {row[7]}" if row[7] else row[4] for row in rows.signatories]
    signatories = "\n".join(names)
    contacts = "\n".join(row[7] for row in rows.contacts)
    return (rows.subject, body, recipients, signatories, contacts)


def signatory_mention(position: int, signatory: Signatory, depth: int) -> Mention:
    """The mention of a signatory (depth 0) or a member."""
    return mention(
        "signatory" if depth == 0 else "member",
        position,
        signatory.name,
        signatory.kind,
        signatory.acronym,
    )


def mention(role: str, position: int, name: str, kind: str | None, acronym: str | None) -> Mention:
    """A mention with its keys."""
    return Mention(
        role,
        position,
        name,
        kind,
        acronym,
        name_key(name, acronym),
        acronym_key(acronym) if acronym else None,
    )


def _sender_mention(letter: Letter, acronyms: dict[str, str]) -> list[Mention]:
    """The sender, with the acronym of the signatory it is, if it is one."""
    sender = letter.sender
    if sender is None:
        return []
    return [mention("sender", -1, sender.name, sender.kind, acronyms.get(sender.name))]


def _recipient_mentions(recipients: Sequence[Recipient]) -> list[Mention]:
    return [
        mention("recipient", position, recipient.name, None, None)
        for position, recipient in enumerate(recipients)
    ]


def _contact_mentions(contacts: Sequence[Contact]) -> list[Mention]:
    return [
        mention("contact", position, contact.organization, "organization", None)
        for position, contact in enumerate(contacts)
        if contact.organization
    ]


def _tree(signatories: Sequence[Signatory]) -> list[tuple[int | None, Signatory, int]]:
    """Each entry with the position of the entry it is listed under and its depth, in
    reading order (an entry, then its members)."""
    found: list[tuple[int | None, Signatory, int]] = []

    def visit(entries: Sequence[Signatory], parent: int | None, depth: int) -> None:
        for entry in entries:
            position = len(found)
            found.append((parent, entry, depth))
            visit(entry.members, position, depth + 1)

    visit(signatories, None, 0)
    return found


def _title(letter: Letter) -> str | None:
    return letter.header.title if letter.header else None


def _subject(letter: Letter) -> str | None:
    return letter.subject.text if letter.subject else None
