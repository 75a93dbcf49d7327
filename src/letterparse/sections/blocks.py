"""From a kind for every line to the blocks of the layout.

The decoder says what each line is; this module says where one block of a kind ends
and the next begins, from the lines' geometry alone: a blank line or a first-line
indent between paragraphs, a new list marker, a new ``To:`` or ``CC:`` label. In text
that is not hard-wrapped, a paragraph is one line. A list of signatories stays one
block across its blank lines; a paragraph that a page break interrupts mid-sentence
goes on (``continued``) after the page's artefacts.

>>> from letterparse.lines import split_lines
>>> lines = split_lines("Dear Members,\\n\\nWe write to you\\ntoday.\\n\\nWe ask.\\n")
>>> [(b.kind, len(b.lines)) for b in group(lines, ["salutation", *["paragraph"] * 3])]
[('salutation', 1), ('paragraph', 2), ('paragraph', 1)]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..lines import Line
from ..model import BlockKind
from ..vocabulary import CONTACTS_HEADING, RECIPIENT_LABEL, SIGNING, SUBJECT, plain
from .context import SENTENCE_END


@dataclass(frozen=True, slots=True)
class Block:
    """Consecutive non-blank lines that form one part of the letter."""

    kind: BlockKind
    lines: tuple[Line, ...]
    continued: bool = False
    """A paragraph or list item that goes on from the one before it across a page break
    (the page's number and running header stand between them)."""

    @property
    def text(self) -> str:
        """The block's lines joined with one space."""
        return " ".join(line.text for line in self.lines)


Splitter = Callable[[Line, Line, "Layout"], bool]


@dataclass(frozen=True, slots=True)
class Layout:
    """What the splitters know of the letter besides two lines."""

    wrap_width: int | None
    """The width the text is hard-wrapped at, or None when it is not."""
    head: Line
    """The first line of the block being built."""


def group(
    lines: Sequence[Line], kinds: Sequence[BlockKind], *, wrap_width: int | None = None
) -> list[Block]:
    """The blocks of ``lines`` labelled ``kinds``, in order, each line in one block."""
    blocks: list[Block] = []
    start = 0
    for index in range(1, len(lines) + 1):
        if index < len(lines) and kinds[index] == kinds[start]:
            split = SPLITS.get(kinds[index], _never)
            if not split(lines[index - 1], lines[index], Layout(wrap_width, lines[start])):
                continue
        blocks.append(_block(kinds[start], lines[start:index], blocks))
        start = index
    return blocks


def _block(kind: BlockKind, lines: Sequence[Line], before: Sequence[Block]) -> Block:
    continued = kind in ("paragraph", "list_item") and _goes_on(lines[0], before)
    return Block(kind, tuple(lines), continued)


def _goes_on(line: Line, before: Sequence[Block]) -> bool:
    """An unmarked line in lower case after page artefacts, where the paragraph or list
    item before them ends mid-sentence: ``… United Nations mecha-`` / ``Page 1 of 3`` /
    ``nisms.`` is one paragraph."""
    if line.marker is not None or not line.text[0].islower():
        return False
    for artefacts, block in enumerate(reversed(before)):
        if block.kind != "page_artifact":
            return (
                artefacts > 0
                and block.kind in ("paragraph", "list_item")
                and (len(block.lines) > 1 or block.text.count(" ") >= 7)  # not a heading
                and SENTENCE_END.search(block.lines[-1].text) is None
            )
    return False


def _never(previous: Line, line: Line, layout: Layout) -> bool:
    return False


def _always(previous: Line, line: Line, layout: Layout) -> bool:
    return True


def _at_blank(previous: Line, line: Line, layout: Layout) -> bool:
    return line.blank_before > 0


def _paragraph(previous: Line, line: Line, layout: Layout) -> bool:
    """A blank line, a first-line indent, or (in text not hard-wrapped, or after a line
    that stops short of the wrap width) a line after the end of a sentence."""
    if line.blank_before or (line.marker is None and line.indent > previous.indent):
        return True
    if SENTENCE_END.search(previous.text) is None:
        return False
    width = layout.wrap_width
    return width is None or len(previous.text) < 0.7 * width


def _list_item(previous: Line, line: Line, layout: Layout) -> bool:
    """A new marker, but for a number that wrapping put at the start of a line of the
    item's prose; a blank line."""
    if line.blank_before:
        return True
    if line.marker is None:
        return False
    return not _wrapped_marker(layout.head, previous, line)


def _wrapped_marker(head: Line, previous: Line, line: Line) -> bool:
    """``… which the regime passed in`` / ``2010. Men aged 18-35 …``: a number after a
    line that does not end a sentence, and not the one the list goes on with."""
    if SENTENCE_END.search(previous.text) or line.marker_kind != "number":
        return False
    expected = head.ordinal + 1 if head.ordinal is not None else 1
    return line.ordinal != expected


def _labelled(pattern: Callable[[str], object]) -> Splitter:
    def split(previous: Line, line: Line, layout: Layout) -> bool:
        return line.blank_before > 0 or pattern(plain(line.text)) is not None

    return split


SPLITS: dict[str, Splitter] = {
    "header": _at_blank,
    "recipients": _labelled(RECIPIENT_LABEL.match),
    "date": _always,
    "subject": _labelled(SUBJECT.match),
    "salutation": _at_blank,
    "paragraph": _paragraph,
    "list_item": _list_item,
    "heading": _always,
    "closing": _at_blank,
    "contacts": lambda previous, line, layout: CONTACTS_HEADING.match(line.text) is not None,
    "signing": _labelled(SIGNING.match),
    "signatory_group": _always,
    "signatories": _never,
    "page_artifact": _always,
    "notes": _at_blank,
    "trailer": _never,
}
"""For each kind, where a line of it opens a new block of the same kind."""
