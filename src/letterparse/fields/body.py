"""Body paragraphs and list items, with their links.

>>> from letterparse.lines import split_lines
>>> from letterparse.sections import Block
>>> lines = split_lines("We call on the\\nCouncil to act, see [report](#).")
>>> paragraph = read_body([Block("paragraph", tuple(lines))])[0]
>>> paragraph.text, paragraph.links[0].text
('We call on the Council to act, see report.', 'report')
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Paragraph
from ..sections import Block
from .common import span_of
from .links import read_links


def read_body(blocks: Sequence[Block]) -> list[Paragraph]:
    """A :class:`Paragraph` for each ``paragraph`` or ``list_item`` block."""
    return [_paragraph(block) for block in blocks]


def _paragraph(block: Block) -> Paragraph:
    first, *rest = block.lines
    is_item = block.kind == "list_item" and first.marker is not None
    lead = first.body if is_item else first.text
    text, links = read_links(" ".join([lead, *(line.text for line in rest)]))
    return Paragraph(
        kind="list_item" if is_item else "paragraph",
        marker=first.marker if is_item else None,
        text=text,
        links=links,
        span=span_of(block.lines),
    )
