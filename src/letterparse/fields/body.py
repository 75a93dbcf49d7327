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

from ..lines import Line
from ..model import Paragraph
from ..sections import Block
from .common import span_data, validate_all
from .links import link_data


def read_body(blocks: Sequence[Block]) -> list[Paragraph]:
    """A :class:`Paragraph` for each ``paragraph`` or ``list_item`` block; a block that
    goes on after a page break (``continued``) joins the one before it."""
    runs: list[tuple[str, list[Line]]] = []
    for block in blocks:
        if block.continued and runs:
            runs[-1][1].extend(block.lines)
        else:
            runs.append((block.kind, list(block.lines)))
    return validate_all(Paragraph, [_paragraph(kind, lines) for kind, lines in runs])


def _paragraph(kind: str, lines: Sequence[Line]) -> dict[str, Any]:
    first, *rest = lines
    is_item = kind == "list_item" and first.marker is not None
    lead = first.body if is_item else first.text
    text, links = link_data(" ".join([lead, *(line.text for line in rest)]))
    return {
        "kind": "list_item" if is_item else "paragraph",
        "marker": first.marker if is_item else None,
        "text": text,
        "links": links,
        "span": span_data(lines),
    }
