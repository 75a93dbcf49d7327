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
from ..model import BlockKind
from . import legacy
from .blocks import Block, group
from .context import wrap_width
from .decoder import best_path, emissions, unit_scores
from .evidence import read_evidence
from .grammar import KINDS, STATE_KIND
from .units import inner_gap
from .weights import gap_of, load

__all__ = ["Block", "segment"]


def segment(lines: Sequence[Line]) -> list[Block]:
    """Split a letter's lines into blocks, in order, each line in exactly one block."""
    if os.environ.get("LETTERPARSE_SECTIONS") != "decoder":  # the new stage, beside the old
        return legacy.segment(lines)
    if not lines:
        return []
    return group(lines, line_kinds(lines), wrap_width=wrap_width(lines))


def line_kinds(lines: Sequence[Line]) -> list[BlockKind]:
    """The kind of every line, from the best path through the letter's units."""
    weights = load()
    evidence = read_evidence(lines)
    units = evidence.units
    scores = unit_scores(
        emissions(evidence.features, weights, evidence.barred),
        [unit.size for unit in units],
        [inner_gap(lines, unit) for unit in units],
        weights,
    )
    gaps = [gap_of(lines[unit.start].blank_before, lines[unit.start].marker) for unit in units]
    path = best_path(scores, gaps, weights)
    kinds: list[BlockKind] = []
    for unit, state in zip(units, path.states, strict=True):
        kinds.extend([KINDS[STATE_KIND[state]]] * unit.size)
    return kinds
