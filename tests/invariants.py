"""Checks every parsed letter must pass, shared by the example and property tests."""

from __future__ import annotations

import re

from letterparse import Letter, Signatory, Span
from letterparse.myanmar.zawgyi import to_unicode

INVISIBLE = "\u200b\u2060\ufeff"
"""Characters that take no space and are no text: a zero-width space, a word joiner, a
stray byte-order mark. With ``str.isspace``, what the layout need not cover (fixed
here, not taken from the library it checks)."""


_BULLET = r"(?:[ \t]*(?:[-*•]|\d{1,3}[.)])(?:[ \t]+|$))?"
_BLOCK_TAG = r"</?(?:p|div|li|ul|ol|blockquote|br)\b[^<>]*>"
_PROSE_START = re.compile(rf"^{_BULLET}(?:[ \t]*(?:>[ \t]?|{_BLOCK_TAG}))*", re.I)
_PROSE_END = re.compile(rf"(?:[ \t]*(?:{_BLOCK_TAG}|\\))+[ \t]*$", re.I)
_CORE_START = re.compile(
    rf"^{_BULLET}(?:[ \t]*(?:>[ \t]?|</?[A-Za-z][A-Za-z0-9]*\b[^<>]*>|#{{1,6}}[ \t]+))*"
)
_CORE_END = re.compile(r"(?:[ \t]*(?:</?[A-Za-z][A-Za-z0-9]*\b[^<>]*>|\\))+[ \t]*$")
_EMPHASIS = ("***", "**", "__", "*", "_")


def _prose_line(line: str) -> str:
    """A line as body text reads it: without quote marks, a bullet, the HTML tags of blocks
    and lines and a hard break at its ends (fixed here, not taken from the library)."""
    return _PROSE_END.sub("", _PROSE_START.sub("", line))


def _core_line(line: str) -> str:
    """A line as a one-line value reads it: also without a list marker, any tag at its ends,
    heading marks, and the emphasis that wraps it."""
    line = _CORE_END.sub("", _CORE_START.sub("", line)).strip()
    for mark in _EMPHASIS:
        if len(line) > 2 * len(mark) and line.startswith(mark) and line.endswith(mark):
            return line[len(mark) : -len(mark)]
    return line


def is_blank(char: str) -> bool:
    return char.isspace() or char in INVISIBLE


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
        if not covered[offset] and not is_blank(char)
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
        source = _without_page_artifacts(decoded, span, letter)
        if zawgyi_lines.intersection(range(span.line, span.end_line + 1)):
            source = to_unicode(source)  # the values of a Zawgyi line are Unicode
        source = source.replace("\u200b", "")  # values drop zero-width spaces
        wanted = " ".join(value.split())
        readings = [source] + [
            "\n".join(read(line) for line in source.splitlines())
            for read in (_prose_line, _core_line)
        ]
        assert any(wanted in " ".join(reading.split()) for reading in readings), (value, source)

    for value, span in _values_and_spans(letter):
        check(value, span)


def _without_page_artifacts(decoded: str, span: Span, letter: Letter) -> str:
    """The text a span covers, without the page artefacts inside it: a paragraph that
    goes on after a page break spans the page's number and running header."""
    pieces, at = [], span.start
    for block in letter.layout:
        inside = span.start <= block.span.start and block.span.end <= span.end
        if (
            inside
            and block.kind == "page_artifact"
            and (block.span.start, block.span.end)
            != (
                span.start,
                span.end,
            )
        ):
            pieces.append(decoded[at : block.span.start])
            at = block.span.end
    pieces.append(decoded[at : span.end])
    return " ".join(pieces)


def _values_and_spans(letter: Letter) -> list[tuple[str, Span]]:
    """Every value written in one piece, with its span; a paragraph's text between links."""
    found: list[tuple[str, Span]] = [(r.name, r.span) for r in letter.recipients]
    found += [(s.name, s.span) for s in every_signatory(letter.signatories)]
    found += [(c.text, c.span) for c in letter.contacts]
    for part in (letter.date, letter.salutation, letter.closing, letter.signing):
        if part is not None:
            found.append((part.text, part.span))
    if letter.subject is not None:
        found.append((letter.subject.text.strip("*_"), letter.subject.span))
    for paragraph in letter.body:
        links = [(link.start, link.end) for link in paragraph.links]
        found += [(piece, paragraph.span) for piece in _outside_links(paragraph.text, links)]
    return found


def assert_letter_invariants(text: str, letter: Letter) -> None:
    assert_layout_lossless(text, letter)
    assert_round_trips(letter)
    assert_spans_point_home(text, letter)


def _outside_links(text: str, links: list[tuple[int, int]]) -> list[str]:
    """The stretches of a paragraph's text between its links (markup was removed there)."""
    pieces, at = [], 0
    for start, end in links:
        pieces.append(text[at:start])
        at = end
    pieces.append(text[at:])
    return [piece for piece in pieces if piece.strip()]


def every_signatory(signatories: list[Signatory]) -> list[Signatory]:
    """The entries and all their members, depth first, in reading order."""
    found: list[Signatory] = []
    for signatory in signatories:
        found.append(signatory)
        found.extend(every_signatory(signatory.members))
    return found
