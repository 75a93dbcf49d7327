"""Small helpers every field reader shares: spans and joined text.

>>> from letterparse.lines import split_lines
>>> lines = split_lines("Dear\\n  Members,\\n")
>>> span_of(lines)
Span(start=0, end=15, line=1, end_line=2)
>>> joined(lines)
'Dear Members,'
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lines import Line
from ..model import Span


def span_of(lines: Sequence[Line]) -> Span:
    """The span from the first line's first character to the last line's last."""
    first, last = lines[0], lines[-1]
    return Span(start=first.start, end=last.end, line=first.number, end_line=last.number)


def line_span(line: Line, start: int | None = None) -> Span:
    """The span of one line, optionally from offset ``start`` (its body, say)."""
    return Span(
        start=line.start if start is None else start,
        end=line.end,
        line=line.number,
        end_line=line.number,
    )


def joined(lines: Sequence[Line]) -> str:
    """The lines' text joined with one space: how hard-wrapped text reads."""
    return " ".join(line.text for line in lines)
