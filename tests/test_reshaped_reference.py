"""Metamorphic tests: the reference letter re-shaped says exactly what it said."""

from __future__ import annotations

from typing import Any

import pytest

import letterparse
from letterparse import Letter, Signatory

from .conftest import REFERENCE
from .invariants import assert_letter_invariants
from .reshape import RESHAPINGS, bullets_unnumbered


@pytest.fixture(scope="module")
def original() -> Letter:
    return letterparse.parse_file(REFERENCE)


def tree(entries: list[Signatory], numbered: bool = True) -> list[Any]:
    return [
        (e.number if numbered else None, e.name, e.kind, e.acronym, e.scripts, tree(e.members))
        for e in entries
    ]


def meaning(letter: Letter, numbered: bool = True) -> dict[str, Any]:
    """Everything a letter says, without where it says it."""
    return {
        "recipients": [(r.role, r.name, r.address) for r in letter.recipients],
        "date": letter.date and (letter.date.text, letter.date.iso, letter.date.place),
        "subject": letter.subject and (letter.subject.label, letter.subject.text),
        "salutation": letter.salutation and letter.salutation.text,
        "body": [
            (p.kind, p.marker, p.text, [(k.text, k.target) for k in p.links]) for p in letter.body
        ],
        "closing": letter.closing and letter.closing.text,
        "contacts": [(c.name, c.organization, c.email, c.phone) for c in letter.contacts],
        "signing": letter.signing
        and (letter.signing.declared_total, letter.signing.declared_undisclosed),
        "signatories": tree(letter.signatories, numbered),
        "warnings": [w.code for w in letter.warnings],
    }


@pytest.mark.parametrize("name", sorted(RESHAPINGS))
def test_reshaped_reads_the_same(name: str, reference_text: str, original: Letter) -> None:
    text = RESHAPINGS[name](reference_text)
    letter = letterparse.parse(text)
    assert meaning(letter) == meaning(original)
    assert_letter_invariants(text, letter)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le"])
def test_reencoded_reads_the_same(encoding: str, reference_text: str, original: Letter) -> None:
    letter = letterparse.parse_bytes(reference_text.encode(encoding))
    assert meaning(letter) == meaning(original)


def test_bulleted_list_reads_the_same_without_numbers(
    reference_text: str, original: Letter
) -> None:
    letter = letterparse.parse(bullets_unnumbered(reference_text))
    assert meaning(letter, numbered=False) == meaning(original, numbered=False)
    assert all(entry.number is None for entry in letter.signatories)
