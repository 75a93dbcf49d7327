"""Letters made by hand for the database tests: exactly the names a case needs, read by
no parser (so that the tests do not move when the parser reads a fixture differently)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from letterparse import Contact, Date, Letter, Recipient, Signatory, Source, Span
from letterparse.model import Sender

SPAN = Span(start=0, end=1, line=1, end_line=1)

Entry = str | tuple[str, str | None] | tuple[str, str | None, Sequence["Entry"]]
"""A signatory: its name; its name and acronym; or those and its members."""


def signatory(entry: Entry, *, kind: str | None = "organization") -> Signatory:
    """A signatory from a name, ``(name, acronym)`` or ``(name, acronym, members)``."""
    if isinstance(entry, str):
        entry = (entry, None)
    name, acronym = entry[0], entry[1]
    members = [signatory(member, kind=kind) for member in (entry[2] if len(entry) > 2 else [])]
    return Signatory(
        number=None,
        name=name,
        kind=kind,  # type: ignore[arg-type]
        acronym=acronym,
        affiliation=None,
        group=None,
        scripts=["Latn"],
        members=members,
        span=SPAN,
    )


def letter(
    path: str,
    signatories: Sequence[Entry] = (),
    *,
    recipients: Sequence[str] = (),
    sender: str | None = None,
    contacts: Sequence[str] = (),
    date: str | None = None,
    individuals: Sequence[str] = (),
) -> Letter:
    """A letter at ``path`` with these names (and nothing else of note)."""
    digest = hashlib.sha256(repr((path, signatories, recipients, sender, date)).encode())
    data = {
        "schema_version": "1",
        "source": Source(
            path=path,
            sha256=digest.hexdigest(),
            encoding="utf-8",
            newline="\n",
            chars=1,
        ),
        "header": None,
        "sender": Sender(name=sender, kind="organization", span=SPAN) if sender else None,
        "recipients": [
            Recipient(role="to", name=name, address=[], span=SPAN) for name in recipients
        ],
        "date": None,
        "subject": None,
        "salutation": None,
        "body": [],
        "closing": None,
        "contacts": [
            Contact(
                name="A. Person",
                organization=name,
                email=None,
                phone=None,
                emails=[],
                phones=[],
                text=f"A. Person, {name}",
                span=SPAN,
            )
            for name in contacts
        ],
        "signing": None,
        "signatories": [signatory(entry) for entry in signatories]
        + [signatory(name, kind="individual") for name in individuals],
        "layout": [],
        "warnings": [],
    }
    if date is not None:
        data["date"] = Date(text=date, iso=date, place=None, span=SPAN)
    return Letter.model_validate(data)
