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
from .sections.reading import DOUBTFUL, Decision, evidence_for, read
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
        out.append(f"     └ {verdict(decision)}")
    return "\n".join(out)


def verdicts(text: str) -> dict[int, str]:
    """For each line number of ``text`` that is not blank, the verdict of the decision
    that read it (:func:`verdict`): what the review page shows beside each block."""
    lines, _ = read_lines(split_lines(text))
    out: dict[int, str] = {}
    for decision in read(lines):
        said = verdict(decision)
        for index in range(decision.start, decision.stop):
            out[lines[index].number] = said
    return out


def verdict(decision: Decision) -> str:
    """``salutation over paragraph by 41.2: salutation +21.3, end=, +18.9, …``: the kind,
    the runner-up and the margin, then the features that weighed most between them."""
    weighed = ", ".join(f"{name} {weight:+.1f}" for name, weight in evidence_for(decision))
    if decision.runner_up is None:
        said = f"{decision.kind}, the only kind the grammar allows here"
    else:
        doubt = "  (doubtful)" if decision.margin < DOUBTFUL else ""
        said = f"{decision.kind} over {decision.runner_up} by {decision.margin:.1f}{doubt}"
    span = decision.stop - decision.start
    many = f" ({span} lines read as one)" if span > 1 else ""
    return f"{said}{many}: {weighed}"


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
