"""Stage 3, sections: [Line] -> [Block], which lines form which part of the letter.

Every line is described by its evidence (:mod:`.evidence`), the whole letter is decoded
at once under the grammar of a letter (:mod:`.grammar`, :mod:`.decoder`) with the
weights of one table (:mod:`.weights`, learned by :mod:`.train`), and the labelled
lines are grouped into blocks (:mod:`.blocks`).

>>> from letterparse.lines import split_lines
>>> text = "To the Council\\n\\nDear Members,\\n\\nWe write.\\n\\nSincerely,\\n"
>>> [block.kind for block in segment(split_lines(text))]
['recipients', 'salutation', 'paragraph', 'closing']
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from ..lines import Line
from . import legacy
from .blocks import Block, group
from .context import wrap_width
from .reading import Decision, line_kinds, read

__all__ = ["Block", "Decision", "decoding", "segment", "segment_and_read"]


def segment(lines: Sequence[Line]) -> list[Block]:
    """Split a letter's lines into blocks, in order, each line in exactly one block."""
    return segment_and_read(lines)[0]


def decoding() -> bool:
    """Whether the decoder reads the sections (``LETTERPARSE_SECTIONS=decoder``); while it
    is tried beside it, the state machine of :mod:`.legacy` does by default."""
    return os.environ.get("LETTERPARSE_SECTIONS") == "decoder"


def segment_and_read(lines: Sequence[Line]) -> tuple[list[Block], list[Decision]]:
    """The blocks of ``lines`` and the decoder's decisions that made them."""
    if not decoding():  # the new stage, beside the old
        return legacy.segment(lines), []
    if not lines:
        return [], []
    decisions = read(lines)
    return group(lines, line_kinds(decisions), wrap_width=wrap_width(lines)), decisions
