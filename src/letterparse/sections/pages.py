"""Page artefacts that PDF text leaves: running headers and footers repeated on every page.

>>> from letterparse.lines import split_lines
>>> page = "Joint letter\\n\\nWe {}.\\n\\n{}\\n\\n"
>>> text = page.format("write", 1) + page.format("go on", 2) + "Joint letter\\n"
>>> sorted(running_headers(split_lines(text)))
[3, 6]
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..lines import Line
from ..vocabulary import PAGE_ARTIFACT


def running_headers(lines: Sequence[Line]) -> frozenset[int]:
    """Indexes of the repeats of a running header or footer that PDF text leaves on every
    page: a short unmarked line (its digits aside) seen three times, or twice beside a
    page number. The first occurrence is left to be read as what it is (often the title)
    unless it too stands beside a page number.
    """
    seen: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        if line.marker is None and len(line.text) <= 100:
            key = _DIGITS.sub("#", line.text) if _DIGITS.search(line.text) else line.text
            seen.setdefault(key, []).append(index)
    repeats: set[int] = set()
    for indexes in seen.values():
        if len(indexes) < 2:
            continue
        at_edges = [i for i in indexes if _at_page_edge(lines, i)]
        if len(indexes) >= 3 and len(at_edges) >= len(indexes) - 1:
            repeats.update(indexes[1:])
        elif len(indexes) == 2 and _beside_page_break(lines, indexes[1]):
            repeats.add(indexes[1])
        else:
            continue
        if _beside_page_break(lines, indexes[0]):
            repeats.add(indexes[0])
    return frozenset(repeats)


def _at_page_edge(lines: Sequence[Line], index: int) -> bool:
    """Where a page starts or ends: after or before a blank line, or beside a page number
    (a signer's title line inside a signature block is not)."""
    following = lines[index + 1] if index + 1 < len(lines) else None
    return (
        lines[index].blank_before > 0
        or following is None
        or following.blank_before > 0
        or _beside_page_break(lines, index)
    )


_DIGITS = regex.compile(r"\p{Nd}+")


def _beside_page_break(lines: Sequence[Line], index: int) -> bool:
    neighbours = lines[max(index - 1, 0) : index + 2]
    return any(PAGE_ARTIFACT.match(line.text) for line in neighbours if line is not lines[index])
