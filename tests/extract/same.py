"""Field by field: does a letter read from a file equal the one read from its source?"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

from letterparse import Letter, Signatory


def _entry(entry: Signatory) -> tuple[Any, ...]:
    return (
        entry.number,
        entry.name,
        entry.kind,
        entry.acronym,
        entry.affiliation,
        entry.group,
        tuple(_entry(member) for member in entry.members),
    )


FIELDS = (
    "recipients",
    "date",
    "subject",
    "salutation",
    "body",
    "closing",
    "contacts",
    "signing",
    "signatories",
)


def fields(letter: Letter) -> dict[str, Any]:
    """What a letter says, without where it stands (spans differ between formats)."""
    return {
        "recipients": [(r.role, r.name, tuple(r.address)) for r in letter.recipients],
        "date": letter.date and (letter.date.text, letter.date.iso, letter.date.place),
        "subject": letter.subject and letter.subject.text,
        "salutation": letter.salutation and letter.salutation.text,
        "body": [(p.kind, p.marker, p.text, p.heading) for p in letter.body],
        "closing": letter.closing and letter.closing.text,
        "contacts": [(c.name, c.organization, c.email, c.phone) for c in letter.contacts],
        "signing": letter.signing
        and (
            letter.signing.text,
            letter.signing.declared_total,
            letter.signing.declared_undisclosed,
        ),
        "signatories": [_entry(entry) for entry in letter.signatories],
    }


def differences(got: Letter, expected: Letter, *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """The fields that differ, as (got, expected); those in ``skip`` are not compared."""
    ours, theirs = fields(got), fields(expected)
    return {
        name: (ours[name], theirs[name])
        for name in FIELDS
        if name not in skip and ours[name] != theirs[name]
    }


def without_library(monkeypatch: Any, top: str) -> None:
    """Imports of ``top`` (and its modules) fail, as where its extra is not installed."""
    real = importlib.import_module

    def importer(name: str, package: str | None = None) -> ModuleType:
        if name.split(".", maxsplit=1)[0] == top:
            raise ImportError(name)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", importer)
