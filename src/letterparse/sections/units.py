"""Runs of alike lines, decoded as one unit.

A list of three hundred signatories is three hundred lines that look alike: a marker or
none, the same indentation, a short name without a sentence's punctuation, no word that
any pattern starts with. The decoder gives such a run one kind: its first and last two
lines are units of their own (where the list begins and ends, the evidence differs),
the lines between them one unit that counts as many times as it has lines. The evidence
of the run's inside is read from one of its lines.

>>> from letterparse.lines import split_lines
>>> text = "Signed by:\\n" + "".join(f"{n}. Alpha Network {n}\\n" for n in range(1, 11))
>>> [(unit.start, unit.stop) for unit in units_of(split_lines(text))][:5]
[(0, 1), (1, 2), (2, 3), (3, 9), (9, 10)]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from ..lines import Line
from .patterns import CLOSING_STARTS, SALUTATION_STARTS

EDGE = 2
"""Lines at each end of a run that stay units of their own."""

SHORTEST = 2 * EDGE + 2
"""The fewest lines a run needs for its inside to become one unit."""

_TRIGGERS = (
    SALUTATION_STARTS
    | CLOSING_STARTS
    | frozenset(
        [
            "signed",
            "signatories",
            "signatures",
            "endorsed",
            "the",
            "to",
            "cc",
            "re",
            "subject",
            "date",
            "page",
            "and",
            "plus",
            "organisations",
            "organizations",
            "individuals",
            "members",
            "groups",
            "contact",
            "contacts",
        ]
    )
)
"""First words (lower case) that some pattern may start with: a line that opens with one
is never inside a run."""

_OPENERS = frozenset("#*_>|<![(")

_STATEMENT = regex.compile(r"(?i:signed|endorsed|signator|undersigned|on[ ]behalf)")
"""Words of a signing statement, which a list's entries never hold."""
"""First characters of Markdown, HTML, quotes, tables and footnotes."""


@dataclass(frozen=True, slots=True)
class Unit:
    """Lines ``start`` to ``stop`` (exclusive) decoded as one; ``rep`` is the line whose
    evidence stands for them."""

    start: int
    stop: int
    rep: int

    @property
    def size(self) -> int:
        return self.stop - self.start


def plain_entry(line: Line) -> bool:
    """A line that reads as a plain list entry and nothing else: ``12. Karen Women's
    Organisation (KWO)``, ``- Delta Union``, ``Alpha Network e.V.`` (short, no sentence
    inside it, no colon, address, link or markup, no pattern's first word)."""
    body = line.body
    if not body or len(body) > 90 or body[0] in _OPENERS or body[0].islower():
        return False
    last = body[-1]
    if last in ":;!?,*_|>" or ":" in body or "@" in body or "http" in body or "www." in body:
        return False
    if (last == "." and ". " in body) or body.isdigit() or _STATEMENT.search(body):
        return False
    word = body.split(" ", 1)[0].lower().rstrip(",.")
    return word not in _TRIGGERS


def _alike(first: Line, line: Line) -> bool:
    """Whether ``line`` goes on the run that ``first`` opens: marked as it is, or unmarked
    as it is, at most one blank line before it (a page break inside a list), and for an
    unmarked run at the same indentation (members may be bulleted or indented deeper)."""
    if line.blank_before > 1 or (line.marker is None) != (first.marker is None):
        return False
    return line.marker is not None or line.indent == first.indent


def units_of(lines: Sequence[Line]) -> list[Unit]:
    """The lines as units, in order, every line in exactly one."""
    units: list[Unit] = []
    index = 0
    count = len(lines)
    while index < count:
        stop = index + 1
        if plain_entry(lines[index]):
            last = lines[index].ordinal
            while (
                stop < count
                and plain_entry(lines[stop])
                and _alike(lines[index], lines[stop])
                and _numbered_on(last, lines[stop])
            ):
                last = lines[stop].ordinal if lines[stop].ordinal is not None else last
                stop += 1
        if stop - index >= SHORTEST:
            inner_start, inner_stop = index + EDGE, stop - EDGE
            units.extend(Unit(i, i + 1, i) for i in range(index, inner_start))
            units.append(Unit(inner_start, inner_stop, (inner_start + inner_stop) // 2))
            units.extend(Unit(i, i + 1, i) for i in range(inner_stop, stop))
        else:
            units.extend(Unit(i, i + 1, i) for i in range(index, stop))
        index = stop
    return units


def inner_gap(lines: Sequence[Line], unit: Unit) -> int:
    """The gap (:data:`~letterparse.sections.weights.GAPS`) between the lines inside a unit."""
    return 2 if lines[unit.rep].marker is not None else 0


def _numbered_on(last: int | None, line: Line) -> bool:
    """A numbered line's number follows the run's last number; other lines always go on."""
    if line.ordinal is None or last is None:
        return True
    return line.ordinal == last + 1
