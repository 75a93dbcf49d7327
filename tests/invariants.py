"""Checks every parsed letter must pass, shared by the example and property tests."""

from __future__ import annotations

from letterparse import Letter, Signatory, Span
from letterparse.lines import WHITESPACE
from letterparse.myanmar.zawgyi import to_unicode


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
    zawgyi_lines = {w.line for w in letter.warnings if w.code == "zawgyi_converted"}

    def check(value: str, span: Span) -> None:
        source = decoded[span.start : span.end]
        if zawgyi_lines.intersection(range(span.line, span.end_line + 1)):
            source = to_unicode(source)  # the values of a Zawgyi line are Unicode
        source = source.replace("\u200b", "")  # values drop zero-width spaces
        assert " ".join(value.split()) in " ".join(source.split()), (value, source)

    for recipient in letter.recipients:
        check(recipient.name, recipient.span)
    for signatory in _all(letter.signatories):
        check(signatory.name.split(" ")[0], signatory.span)
    for contact in letter.contacts:
        check(contact.text.split(" ")[0], contact.span)
    if letter.date is not None:
        check(letter.date.text, letter.date.span)


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
