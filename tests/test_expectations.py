"""Letters checked against what a tester wrote down before they were ever parsed.

Each ``<case>.expect.json`` in ``fixtures/letters/blackbox3`` to ``6`` holds a
reader's answers for the fields a person checks (recipients, date, subject, salutation,
paragraph count, closing, contacts, declared counts, and every signatory with its
members), written by a tester who did not read the parser (``NOTES.md`` beside them
gives the reasons for readings that could go two ways). Unlike the golden JSON, which
pins the whole parse, these hold only what a person decided. Where the parser reads a
letter differently, the difference is stated: in :data:`DISAGREEMENTS` with the reason
where both readings can be defended, or in ``<case>.disagree.json`` beside the letter
(``{"field": {"why": ..., "reads": <letterparse's value>}}``) where the parser does not
yet read a shape the tester did. The test pins letterparse's reading and fails if the
difference goes away, so that the record stays true.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import regex

import letterparse
from letterparse import Letter, Signatory

from .conftest import LETTERS

CASES = sorted(
    path
    for folder in ("blackbox3", "blackbox4", "blackbox5", "blackbox6")
    for path in (LETTERS / folder).glob("*.expect.json")
)


def _numbered_no(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The tester's entries as letterparse reads a list numbered ``No. 1``: the number
    stays in the name, and the entry has none."""
    return [
        {**entry, "name": f"No. {entry['number']} {entry['name']}", "number": None}
        for entry in entries
    ]


DISAGREEMENTS: dict[tuple[str, str], tuple[str, Callable[[Any], Any]]] = {
    ("08-web-no-date-and-many-more", "signatories"): (
        "entries written 'No. 1 Friends of Marlow Valley Libraries' keep 'No. 1' in the name "
        "and get no number: 'No.12 Basic Education High School' is how Myanmar schools are "
        "named, and a list of them must not lose its numbers",
        _numbered_no,
    ),
}
"""(case, field) -> (why both readings can be defended, the tester's reading turned into
letterparse's); the test checks that letterparse reads exactly that, and that the
tester's own reading still differs from it."""


def test_cases_present() -> None:
    assert len(CASES) == 16 + 14 + 12 + 10


def _name(path: Path) -> str:
    return path.name.removesuffix(".expect.json")


def _readings(letter: Letter) -> dict[str, object]:
    """The parse, in the shape of an expect file."""
    return {
        "recipients": [{"role": r.role, "name": r.name} for r in letter.recipients],
        "date_iso": letter.date.iso if letter.date else None,
        "subject_text": letter.subject.text if letter.subject else None,
        "salutation": letter.salutation.text if letter.salutation else None,
        "paragraph_count": len(letter.body),
        "closing": letter.closing.text if letter.closing else None,
        "contacts": [{"name": c.name, "email": c.email} for c in letter.contacts],
        "declared_total": letter.signing.declared_total if letter.signing else None,
        "declared_undisclosed": letter.signing.declared_undisclosed if letter.signing else None,
        "signatories": [_entry(entry) for entry in letter.signatories],
    }


def _entry(entry: Signatory) -> dict[str, object]:
    """A signatory as the tester wrote one: an individual's entry keeps the affiliation
    after a comma, as written in the list (letterparse gives it as ``affiliation``); a
    signer's block below a complimentary close is the name alone."""
    written = entry.name if entry.affiliation is None else f"{entry.name} {entry.affiliation}"
    return {
        "number": entry.number,
        "name": (entry.name, _words(written)),
        "kind": entry.kind,
        "acronym": entry.acronym,
        "group": entry.group,
        "members": [_entry(member) for member in entry.members],
    }


def _words(text: str) -> str:
    """``text`` without the punctuation between its words: ``Jane Roe – Institute – X``
    and ``Jane Roe, Institute – X`` read the same."""
    return " ".join(regex.findall(r"[\p{L}\p{M}\p{N}'’.&]+", text))


def _expected(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("path", CASES, ids=[_name(path) for path in CASES])
def test_the_parse_reads_the_letter_as_its_tester_did(path: Path) -> None:
    case = _name(path)
    letter = letterparse.parse_file(path.with_name(f"{case}.txt"))
    readings = _readings(letter)
    recorded = _recorded(path.with_name(f"{case}.disagree.json"))
    for field, written in _expected(path).items():
        actual = readings[field]
        expected = written
        disagreement = DISAGREEMENTS.get((case, field))
        if disagreement is not None:
            assert _differs(written, actual, field), f"{field}: the disagreement is gone"
            expected = disagreement[1](written)
        elif field in recorded:
            assert _differs(written, actual, field), f"{field}: the parser now reads it"
            assert recorded[field]["why"], field
            expected = recorded[field]["reads"]
        if field == "signatories":
            _assert_entries(expected, actual, field)
        else:
            assert actual == expected, field


def _recorded(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _differs(expected: Any, actual: Any, field: str) -> bool:
    try:
        if field == "signatories":
            _assert_entries(expected, actual, field)
        else:
            assert actual == expected
    except AssertionError:
        return True
    return False


def _assert_entries(expected: list[dict[str, Any]], actual: object, where: str) -> None:
    """Entry by entry, so that a failure names the entry; keys the tester left out (a
    member's group, say) are not compared."""
    assert isinstance(actual, list)
    assert len(actual) == len(expected), where
    for wanted, got in zip(expected, actual, strict=True):
        here = f"{where} > {wanted['name']}"
        for key, value in wanted.items():
            if key == "members":
                _assert_entries(value, got["members"], here)
            elif key == "name":  # the name, or the name and the affiliation as written
                assert value == got["name"][0] or _words(value) == got["name"][1], here
            else:
                assert got[key] == value, f"{here}: {key}"
