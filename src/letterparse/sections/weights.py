"""The weights the decoder reads: one table, shipped as ``weights.tsv`` beside this file.

Each row is one weight, tab-separated: ``emit FEATURE KIND WEIGHT`` (how much a line
showing the feature counts towards the kind) or ``move FROM TO GAP WEIGHT`` (a line of
kind TO after a line of kind FROM, ``^`` for the start and ``$`` for the end of the
letter; GAP how the later line stands: ``blank`` after blank lines, else ``tight``,
``-marked`` when it opens with a list marker). Rows are
sorted; ``python -m letterparse.sections.train`` rebuilds the file from the labelled
fixture letters, byte for byte.

>>> table = load()
>>> len(table.kinds) == len(table.start) == len(table.end)
True
"""

from __future__ import annotations

from collections.abc import Iterable, MutableSequence, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .grammar import KIND, KINDS

FILE = "weights.tsv"

GAPS = ("tight", "blank", "tight-marked", "blank-marked")
"""How a line stands after the one before it, for the moves: blank lines between them or
not, a list marker or not."""

GAP = {name: index for index, name in enumerate(GAPS)}


def gap_of(blank_before: int, marker: str | None) -> int:
    """The index in :data:`GAPS` of a line with so many blank lines before it and this marker."""
    return (blank_before > 0) + 2 * (marker is not None)


@dataclass(frozen=True, slots=True)
class Weights:
    """The table, arranged for the decoder: by feature a weight per kind, by pair of kinds
    a weight per gap."""

    kinds: tuple[str, ...]
    emit: dict[str, Sequence[float]]
    """For each feature, its weight towards each kind (indexed as ``kinds``)."""
    moves: Sequence[Sequence[Sequence[float]]]
    """``moves[gap][a][b]``: a line of kind b after one of kind a, standing so (``GAPS``)."""
    start: Sequence[float]
    end: Sequence[float]
    fingerprint: str
    """What the table was trained from (see :mod:`letterparse.sections.train`)."""


def parse_table(rows: Iterable[str]) -> Weights:
    """A :class:`Weights` from the text of a table (comment lines start with ``#``)."""
    size = len(KINDS)
    emit: dict[str, list[float]] = {}
    moves = [[[0.0] * size for _ in range(size)] for _ in GAPS]
    start, end = [0.0] * size, [0.0] * size
    fingerprint = ""
    for row in rows:
        if row.startswith("# fingerprint "):
            fingerprint = row.split()[-1]
        if not row.strip() or row.startswith("#"):
            continue
        cells = row.rstrip("\n").split("\t")
        if cells[0] == "emit":
            _, feature, kind, weight = cells
            emit.setdefault(feature, [0.0] * size)[KIND[kind]] = float(weight)
        elif cells[0] == "move":
            _, before, after, gap, weight = cells
            if before == "^":
                start[KIND[after]] = float(weight)
            elif after == "$":
                end[KIND[before]] = float(weight)
            else:
                moves[GAP[gap]][KIND[before]][KIND[after]] = float(weight)
    return Weights(
        kinds=KINDS,
        emit={feature: tuple(weights) for feature, weights in emit.items()},
        moves=tuple(tuple(tuple(row) for row in table) for table in moves),
        start=tuple(start),
        end=tuple(end),
        fingerprint=fingerprint,
    )


def blank_table() -> Weights:
    """A table of zeros, with lists that a trainer may change in place."""
    size = len(KINDS)
    tables: list[list[MutableSequence[float]]] = [[[0.0] * size for _ in range(size)] for _ in GAPS]
    return Weights(
        kinds=KINDS,
        emit={},
        moves=tables,
        start=[0.0] * size,
        end=[0.0] * size,
        fingerprint="",
    )


@cache
def load() -> Weights:
    """The shipped table, read once."""
    text = resources.files(__package__).joinpath(FILE).read_text(encoding="utf-8")
    return parse_table(text.splitlines())
