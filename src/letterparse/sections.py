"""Stage 3, sections: [Line] -> [Block], a small state machine in reading order.

The states are the parts of a letter: the *opening* (header, recipients, date,
subject, salutation), the *body* (paragraphs and list items) and what comes *after*
the body (closing, contacts, signing statement, signatories, page artefacts,
trailer). Each recogniser is a named pattern from :mod:`letterparse.vocabulary`;
this stage decides only which lines form which block, never what a value is.

>>> from letterparse.lines import split_lines
>>> text = "To the Council\\n\\nDear Members,\\n\\nWe write.\\n\\nSincerely,\\n"
>>> [block.kind for block in segment(split_lines(text))]
['recipients', 'salutation', 'paragraph', 'closing']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from .lines import Line
from .model import BlockKind
from .vocabulary import (
    CHROME,
    CLOSING,
    CONTACTS_HEADING,
    DATE,
    EMAIL,
    GROUP_HEADING,
    HONORIFIC,
    PAGE_ARTIFACT,
    PHONE,
    POSTAL,
    RECIPIENT_LABEL,
    SALUTATION,
    SIGNING,
    SUBJECT,
)

SENTENCE_END = regex.compile(r"[.!?;:…][\"'”’)\]]*$")
"""A line that ends a sentence: ``… in the region.``"""


@dataclass(frozen=True, slots=True)
class Block:
    """Consecutive non-blank lines that form one part of the letter."""

    kind: BlockKind
    lines: tuple[Line, ...]

    @property
    def text(self) -> str:
        """The block's lines joined with one space."""
        return " ".join(line.text for line in self.lines)


def segment(lines: Sequence[Line]) -> list[Block]:
    """Split a letter's lines into blocks, in order, each line in exactly one block."""
    return _Segmenter(lines).run()


def _has_sentences(lines: Sequence[Line]) -> bool:
    """Prose rather than a title or an address: long, or ending a sentence."""
    words = sum(line.text.count(" ") + 1 for line in lines)
    last = lines[-1].text
    return words >= 40 or (words >= 8 and SENTENCE_END.search(last) is not None)


class _Segmenter:
    """One pass over the lines: each state method claims blocks and returns where it stopped."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = lines
        self.blocks: list[Block] = []
        self.seen: set[BlockKind] = set()

    def run(self) -> list[Block]:
        i = self._opening(0)
        i = self._body(i)
        self._after_body(i)
        return self.blocks

    # -- helpers ---------------------------------------------------------------

    def _emit(self, kind: BlockKind, start: int, stop: int) -> int:
        self.blocks.append(Block(kind, tuple(self.lines[start:stop])))
        self.seen.add(kind)
        return stop

    def _run_end(self, start: int, belongs: Callable[[Line], bool]) -> int:
        """End of the lines after ``start`` that follow without a blank and ``belongs``."""
        lines = self.lines
        stop = start + 1
        while stop < len(lines) and lines[stop].blank_before == 0 and belongs(lines[stop]):
            stop += 1
        return stop

    def _chunk(self, start: int) -> Sequence[Line]:
        return self.lines[start : self._run_end(start, lambda _: True)]

    # -- opening -----------------------------------------------------------------

    def _opening(self, i: int) -> int:
        lines = self.lines
        while i < len(lines):
            text = lines[i].text
            if SALUTATION.match(text):
                return self._emit("salutation", i, i + 1)
            if RECIPIENT_LABEL.match(text):
                i = self._emit("recipients", i, self._run_end(i, self._continues_opening))
            elif DATE.match(text):
                i = self._emit("date", i, i + 1)
            elif SUBJECT.match(text):
                i = self._emit("subject", i, self._run_end(i, self._continues_opening))
            elif self._body_starts(i):
                return i
            else:
                i = self._opening_chunk(i)
        return i

    @staticmethod
    def _continues_opening(line: Line) -> bool:
        text = line.text
        return not (
            RECIPIENT_LABEL.match(text)
            or DATE.match(text)
            or SUBJECT.match(text)
            or SALUTATION.match(text)
        )

    def _body_starts(self, i: int) -> bool:
        chunk = self._chunk(i)
        if self.lines[i].marker_kind == "number" and self.seen & {"recipients", "salutation"}:
            return True
        return _has_sentences(chunk)

    def _opening_chunk(self, i: int) -> int:
        """An unlabelled chunk before the body: an address block, or the header."""
        stop = self._run_end(i, self._continues_opening)
        chunk = self.lines[i:stop]
        if CHROME.match(chunk[0].text) or PAGE_ARTIFACT.match(chunk[0].text):
            return self._emit("header", i, stop)
        addressy = HONORIFIC.match(chunk[0].text) or any(POSTAL.match(x.text) for x in chunk)
        if addressy or ("recipients" in self.seen and self.blocks[-1].kind == "recipients"):
            return self._emit("recipients", i, stop)
        if self.seen - {"header"}:
            return self._emit("unclassified", i, stop)
        return self._emit("header", i, stop)

    # -- body --------------------------------------------------------------------

    def _body(self, i: int) -> int:
        lines = self.lines
        while i < len(lines):
            line = lines[i]
            text = line.text
            if CLOSING.match(text):
                return self._emit("closing", i, i + 1)
            if self._ends_body(line):
                return i
            if PAGE_ARTIFACT.match(text):
                i = self._emit("page_artifact", i, i + 1)
            elif CHROME.match(text):
                i = self._emit("trailer", i, i + 1)
            elif DATE.match(text) and "date" not in self.seen:
                i = self._emit("date", i, i + 1)
            else:
                kind: BlockKind = "paragraph" if line.marker is None else "list_item"
                i = self._emit(kind, i, self._prose_end(i))
        return i

    @staticmethod
    def _ends_body(line: Line) -> bool:
        text = line.text
        return bool(CONTACTS_HEADING.match(text) or _is_signing(line))

    def _interrupts(self, line: Line) -> bool:
        text = line.text
        return bool(CLOSING.match(text) or self._ends_body(line) or PAGE_ARTIFACT.match(text))

    def _prose_end(self, i: int) -> int:
        """End of the paragraph or list item at ``i``: the lines that wrap it.

        A blank line, another recogniser's line, a new list marker or (in a paragraph)
        a first-line indent opens the next block.
        """
        lines = self.lines
        head = lines[i]
        stop = i + 1
        while stop < len(lines):
            line, previous = lines[stop], lines[stop - 1]
            if line.blank_before or self._interrupts(line):
                break
            if line.marker is not None and not _wrapped_marker(head, previous, line):
                break
            if line.marker is None and head.marker is None and line.indent > previous.indent:
                break
            stop += 1
        return stop

    # -- after the body ------------------------------------------------------------

    def _after_body(self, i: int) -> None:
        lines = self.lines
        while i < len(lines):
            line = lines[i]
            kind = None if line.marker is not None else self._after_body_kind(line)
            if kind is None:
                i = self._emit("signatories", i, self._signatories_end(i))
            elif kind == "contacts":
                i = self._emit("contacts", i, self._contacts_end(i))
            elif kind == "signing":
                i = self._emit("signing", i, self._run_end(i, lambda x: x.marker is None))
            else:
                i = self._emit(kind, i, i + 1)

    def _after_body_kind(self, line: Line) -> BlockKind | None:
        """What an unmarked line after the body is, or None for a signatory entry."""
        text = line.text
        for kind, pattern in _AFTER_BODY_RULES:
            if pattern.match(text) and kind not in self.seen & _ONCE:
                return kind
        if text.endswith(":") and GROUP_HEADING.match(text):
            return "signatory_group"
        return None

    def _signatories_end(self, i: int) -> int:
        lines = self.lines
        stop = i + 1
        while stop < len(lines):
            line = lines[stop]
            if line.marker is None and self._after_body_kind(line) is not None:
                break
            stop += 1
        return stop

    def _contacts_end(self, i: int) -> int:
        """The heading and its entries: the lines that follow it, and after a blank line
        those with an e-mail address or a phone number."""
        lines = self.lines
        stop = i + 1
        while stop < len(lines):
            line = lines[stop]
            if _is_signing(line) or CLOSING.match(line.text) or CONTACTS_HEADING.match(line.text):
                break
            if line.blank_before and not (EMAIL.search(line.text) or PHONE.search(line.text)):
                break
            stop += 1
        return stop


_AFTER_BODY_RULES: tuple[tuple[BlockKind, regex.Pattern[str]], ...] = (
    ("contacts", CONTACTS_HEADING),
    ("signing", SIGNING),
    ("page_artifact", PAGE_ARTIFACT),
    ("trailer", CHROME),
    ("closing", CLOSING),
    ("date", DATE),
)
"""What an unmarked line after the body can be, tried in this order."""

_ONCE: frozenset[BlockKind] = frozenset({"closing", "date"})
"""Kinds a letter has once: a second closing or date line after the body is an entry."""


def _wrapped_marker(head: Line, previous: Line, line: Line) -> bool:
    """A marker that hard-wrapping put at the start of a line of running prose:
    ``… which the regime passed in`` / ``2010. Men aged 18-35 …``."""
    if SENTENCE_END.search(previous.text):
        return False
    if line.marker_kind == "number":
        expected = head.ordinal + 1 if head.ordinal is not None else 1
        return line.ordinal != expected
    return line.marker_kind == "bullet" and head.marker_kind != "bullet"


def _is_signing(line: Line) -> bool:
    return line.marker is None and SIGNING.match(line.text) is not None
