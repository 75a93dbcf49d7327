"""``letterparse explain FILE``: each line of a letter with the kind the decoder gave it,
the evidence that decided, and the runner-up kind with its margin.

>>> text = "Dear Members,\\n\\nWe write to you about the river.\\n"
>>> print(explanation(text))  # doctest: +ELLIPSIS
   1 salutation    Dear Members,
     └ salutation over ... by ...: ...
   3 paragraph     We write to you about the river.
     └ paragraph over ... by ...: ...
"""

from __future__ import annotations

from typing import BinaryIO, TextIO

from .errors import LetterParseError
from .lines import split_lines
from .myanmar.lines import read_lines
from .sections.reading import DOUBTFUL, evidence_for, read
from .text import read_text

WIDTH = 13
"""Columns for the kind, before the line's text."""


def explanation(text: str) -> str:
    """The text, a line each, with the decoder's reading of it."""
    lines, _ = read_lines(split_lines(text))
    out: list[str] = []
    for decision in read(lines):
        for index in range(decision.start, decision.stop):
            line = lines[index]
            out.append(f"{line.number:4} {decision.kind:<{WIDTH}} {line.text}")
        weighed = ", ".join(f"{name} {weight:+.1f}" for name, weight in evidence_for(decision))
        if decision.runner_up is None:
            verdict = f"{decision.kind}, the only kind the grammar allows here"
        else:
            doubt = "  (doubtful)" if decision.margin < DOUBTFUL else ""
            verdict = f"{decision.kind} over {decision.runner_up} by {decision.margin:.1f}{doubt}"
        span = decision.stop - decision.start
        many = f" ({span} lines read as one)" if span > 1 else ""
        out.append(f"     └ {verdict}{many}: {weighed}")
    return "\n".join(out)


def explain_command(path: str, stdin: BinaryIO, out: TextIO, err: TextIO) -> int:
    """Write the explanation of ``path``'s letter to ``out``: 0, or 1 with the line
    ``path:line: code: message`` on ``err``."""
    try:
        text = read_text(path, stdin)
    except LetterParseError as error:
        print(str(error if error.path else error.with_path(path)), file=err)
        return 1
    print(explanation(text), file=out)
    return 0
