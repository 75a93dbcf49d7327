"""Stage 3, sections: [Line] -> [Block], which lines form which part of the letter.

>>> from letterparse.lines import split_lines
>>> text = "To the Council\\n\\nDear Members,\\n\\nWe write.\\n\\nSincerely,\\n"
>>> [block.kind for block in segment(split_lines(text))]
['recipients', 'salutation', 'paragraph', 'closing']
"""

from __future__ import annotations

from .legacy import Block, segment

__all__ = ["Block", "segment"]
