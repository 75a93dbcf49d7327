"""Checks every parsed letter must pass, shared by the example and property tests."""

from __future__ import annotations

from letterparse import Letter, Signatory
from letterparse.lines import WHITESPACE


def assert_layout_lossless(text: str, letter: Letter) -> None:
    """Blocks run in order, never overlap, and cover every non-whitespace character."""
    decoded = text.removeprefix("\ufeff")
    covered = [False] * len(decoded)
    previous_end = 0
    for block in letter.layout:
        span = block.span
        assert previous_end <= span.start < span.end <= len(decoded), block
        assert span.line <= span.end_line, block
        previous_end = span.end
        for offset in range(span.start, span.end):
            covered[offset] = True
    missed = [
        (offset, char)
        for offset, char in enumerate(decoded)
        if not covered[offset] and char not in WHITESPACE
    ]
    assert not missed, f"characters outside every block: {missed[:5]}"


def assert_round_trips(letter: Letter) -> None:
    """Model -> JSON -> model gives an equal model."""
    assert Letter.model_validate_json(letter.model_dump_json()) == letter


def assert_spans_point_home(text: str, letter: Letter) -> None:
    """Each value that is written in one piece is found where its span points."""
    decoded = text.removeprefix("\ufeff")

    def check(value: str, start: int, end: int) -> None:
        source = decoded[start:end]
        assert " ".join(value.split()) in " ".join(source.split()), (value, source)

    for recipient in letter.recipients:
        check(recipient.name, recipient.span.start, recipient.span.end)
    for signatory in _all(letter.signatories):
        check(signatory.name.split(" ")[0], signatory.span.start, signatory.span.end)
    for contact in letter.contacts:
        check(contact.text.split(" ")[0], contact.span.start, contact.span.end)
    if letter.date is not None:
        check(letter.date.text, letter.date.span.start, letter.date.span.end)


def assert_letter_invariants(text: str, letter: Letter) -> None:
    assert_layout_lossless(text, letter)
    assert_round_trips(letter)
    assert_spans_point_home(text, letter)


def _all(signatories: list[Signatory]) -> list[Signatory]:
    found: list[Signatory] = []
    for signatory in signatories:
        found.append(signatory)
        found.extend(_all(signatory.members))
    return found
