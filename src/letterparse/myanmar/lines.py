"""The line records as values read them: Zawgyi converted, zero-width spaces removed.

Runs between the lines and sections stages. A line's ``text`` and ``body`` are what
every recogniser and value reads; its ``start``/``end`` (and so every span) still
point into the decoded text as written. Only lines that need it are touched: a line
without Myanmar characters or zero-width spaces costs one ``str.isascii()`` call or
one character-class search.

>>> from letterparse.lines import split_lines
>>> lines, warnings = read_lines(split_lines("1. ျမန္မာ\\n2. Burma\\u200bCampaign\\n"))
>>> [line.body for line in lines], [w.code for w in warnings]
(['မြန်မာ', 'BurmaCampaign'], ['zawgyi_converted'])
>>> lines[0].start, lines[0].end
(0, 9)
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lines import Line
from ..model import ParseWarning
from . import zawgyi
from .script import MYANMAR

ZERO_WIDTH_SPACE = "\u200b"


def read_lines(lines: Sequence[Line]) -> tuple[list[Line], list[ParseWarning]]:
    """``lines`` with Zawgyi text converted to Unicode and zero-width spaces removed from
    ``text`` and ``body``; a ``zawgyi_converted`` or ``zawgyi_suspected`` warning for each
    line whose Burmese is (or may be) Zawgyi. Joiners (ZWJ, ZWNJ) and case are kept."""
    read = list(lines)
    warnings: list[ParseWarning] = []
    for index, line in enumerate(lines):
        text = line.text
        if text.isascii():
            continue
        burmese = MYANMAR.search(text) is not None
        if not burmese and ZERO_WIDTH_SPACE not in text:
            continue  # curly quotes, accents, other scripts: nothing to read differently
        body = line.body.replace(ZERO_WIDTH_SPACE, "")
        if burmese:
            reading = zawgyi.read(line.body)
            if reading.verdict == "zawgyi":
                body = reading.text.replace(ZERO_WIDTH_SPACE, "")
            if reading.verdict != "unicode":
                warnings.append(_warning(line, reading))
        lead = text[: len(text) - len(line.body)].replace(ZERO_WIDTH_SPACE, "")
        if body != line.body or len(lead) + len(body) != len(text):
            read[index] = line._replace(text=lead + body, body=body)
    return read, warnings


def _warning(line: Line, reading: zawgyi.Reading) -> ParseWarning:
    if reading.verdict == "zawgyi":
        return ParseWarning(
            code="zawgyi_converted",
            message=(
                f"line {line.number} is Burmese in the Zawgyi font encoding (probability "
                f"{reading.probability:.2f}); its values are converted to Unicode, and its "
                "span points to the text as written"
            ),
            line=line.number,
        )
    return ParseWarning(
        code="zawgyi_suspected",
        message=(
            f"line {line.number} may be Burmese in the Zawgyi font encoding (probability "
            f"{reading.probability:.2f}); it is kept as written: check how it reads"
        ),
        line=line.number,
    )
