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
from typing import Any

from ..model import Paragraph
from ..sections import Block
from .common import span_data, validate_all
from .links import link_data


def read_body(blocks: Sequence[Block]) -> list[Paragraph]:
    """A :class:`Paragraph` for each ``paragraph`` or ``list_item`` block."""
    return validate_all(Paragraph, [_paragraph(block) for block in blocks]) if blocks else []


def _paragraph(block: Block) -> dict[str, Any]:
    first, *rest = block.lines
    is_item = block.kind == "list_item" and first.marker is not None
    lead = first.body if is_item else first.text
    text, links = link_data(" ".join([lead, *(line.text for line in rest)]))
    return {
        "kind": "list_item" if is_item else "paragraph",
        "marker": first.marker if is_item else None,
        "text": text,
        "links": links,
        "span": span_data(block.lines),
    }
