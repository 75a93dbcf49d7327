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
from .context import letter_context
from .decoder import best_path, emissions
from .evidence import line_features
from .grammar import KINDS, STATE_KIND
from .patterns import core_of, hits_of
from .weights import gap_of, load

__all__ = ["Block", "segment"]


def segment(lines: Sequence[Line]) -> list[Block]:
    """Split a letter's lines into blocks, in order, each line in exactly one block."""
    if os.environ.get("LETTERPARSE_SECTIONS") != "decoder":  # the new stage, beside the old
        return legacy.segment(lines)
    if not lines:
        return []
    weights = load()
    features = line_features(lines)
    path = best_path(
        emissions(features, weights),
        [gap_of(line.blank_before, line.marker) for line in lines],
        weights,
    )
    kinds = [KINDS[STATE_KIND[state]] for state in path.states]
    cores = [core_of(line, marked=True) for line in lines]
    context = letter_context(
        lines, cores, [hits_of(c, line) for c, line in zip(cores, lines, strict=False)]
    )
    return group(lines, kinds, wrap_width=context.wrap_width)
