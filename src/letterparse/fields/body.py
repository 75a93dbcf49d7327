"""Body paragraphs and list items, with their links and the heading they stand under.

A ``heading`` block is no paragraph: it names the part of the body that follows it
(``Paragraph.heading``), as does a paragraph that a setext underline (``====``,
``----``) makes a Markdown heading. Paragraph text is the text as written, hard-wrapped
lines joined with one space and link markup removed, without what marks its lines
rather than its words: quote marks (``> ``), the HTML tags that make blocks and lines
(``<p>``, ``</li>``, ``<br>``), a Markdown hard break, a paste viewer's bullet.

>>> from letterparse.lines import split_lines
>>> from letterparse.sections import Block
>>> lines = split_lines("We call on the\\nCouncil to act, see [report](#).")
>>> paragraph = read_body([Block("paragraph", tuple(lines))])[0]
>>> paragraph.text, paragraph.links[0].text
('We call on the Council to act, see report.', 'report')
>>> heading = Block("heading", tuple(split_lines("## Background")))
>>> read_body([heading, Block("paragraph", tuple(lines))])[0].heading
'Background'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import regex

from ..lines import Line
from ..model import Paragraph
from ..sections import Block
from .common import line_part, span_data, validate_all
from .dates import date_in
from .links import link_data
from .markup import SETEXT, cores, prose
from .opening import glued_salutation

BODY_KINDS = frozenset({"paragraph", "list_item", "heading"})
"""The kinds of the blocks :func:`read_body` reads."""

_GLUED = regex.compile(r"\p{Lu}")


@dataclass(frozen=True, slots=True)
class Lead:
    """What a lost line break ran into the start of the first paragraph: its dateline
    (``June 2, 2010We, the undersigned …``) or its salutation (``Dear Editor, The …``),
    each a line part of its own, and the body without them."""

    date: Line | None
    salutation: Line | None
    blocks: list[Block]


def split_lead(blocks: Sequence[Block], *, dated: bool, greeted: bool) -> Lead:
    """The :class:`Lead` of the body ``blocks``; ``dated`` and ``greeted`` say that the
    letter has a date and a salutation of its own, which the first paragraph's start then
    is not."""
    index = next((i for i, block in enumerate(blocks) if block.kind != "heading"), None)
    if index is None or blocks[index].kind != "paragraph" or (dated and greeted):
        return Lead(None, None, list(blocks))
    block = blocks[index]
    first = _prose(block.kind, block.lines[0])
    if first is None:
        return Lead(None, None, list(blocks))
    date = salutation = None
    found = None if dated else date_in(first)
    if found is not None and _GLUED.match(first.text, found.end()):
        date = line_part(first, 0, found.start("date"), found.end("date"))
        first = line_part(first, 0, found.end(), len(first.text)) or first
    greeting = None if greeted else glued_salutation(first)
    if greeting is not None:
        salutation, first = greeting
    if date is None and salutation is None:
        return Lead(None, None, list(blocks))
    rest = Block(block.kind, (first, *block.lines[1:]), block.continued)
    return Lead(date, salutation, [*blocks[:index], rest, *blocks[index + 1 :]])


def read_body(blocks: Sequence[Block]) -> list[Paragraph]:
    """A :class:`Paragraph` for each ``paragraph`` or ``list_item`` block, under the
    heading above it; a block that goes on after a page break (``continued``) joins the
    one before it."""
    runs: list[tuple[str, list[Line], str | None]] = []
    heading: str | None = None
    for block in blocks:
        if block.kind == "heading" or _setext(block):
            heading = " ".join(line.text for line in cores(block.lines)) or heading
            continue
        lines = list(block.lines)
        while lines and SETEXT.fullmatch(lines[-1].text):
            lines.pop()  # an underline below the text
        if not lines:
            continue
        if block.continued and runs:
            runs[-1][1].extend(lines)
        else:
            runs.append((block.kind, lines, heading))
    return validate_all(
        Paragraph, [_paragraph(kind, lines, heading) for kind, lines, heading in runs]
    )


def _setext(block: Block) -> bool:
    """A paragraph of one or two lines underlined as a Markdown heading."""
    lines = block.lines
    return block.kind == "paragraph" and 2 <= len(lines) <= 3 and bool(SETEXT.match(lines[-1].text))


def _prose(kind: str, line: Line) -> Line | None:
    """``line`` of a block of ``kind`` as body text (a bullet on a paragraph's line is a
    paste viewer's, not a list's); None for a line of markup only."""
    return prose(line, paste=kind == "paragraph" and line.marker_kind == "bullet")


def _paragraph(kind: str, lines: Sequence[Line], heading: str | None) -> dict[str, Any]:
    first, *rest = lines
    is_item = kind == "list_item" and first.marker is not None
    if is_item:
        body = line_part(first, 0, len(first.text) - len(first.body), len(first.text))
        lead = prose(body) if body is not None else None
    else:
        lead = _prose(kind, first)
    parts = [lead, *(_prose(kind, line) for line in rest)]
    text, links = link_data(" ".join(part.text for part in parts if part is not None))
    return {
        "kind": "list_item" if is_item else "paragraph",
        "marker": first.marker if is_item else None,
        "text": text,
        "links": links,
        "span": span_data(lines),
        "heading": heading,
    }
