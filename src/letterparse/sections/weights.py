"""The weights the decoder reads: one table, shipped as ``weights.tsv`` beside this file.

Each row is one weight, tab-separated: ``emit FEATURE KIND WEIGHT`` (how much a line
showing the feature counts towards the kind) or ``move FROM TO GAP WEIGHT`` (a line of
kind TO after a line of kind FROM, ``^`` for the start and ``$`` for the end of the
letter; GAP ``blank`` when blank lines stand between them, else ``tight``). Rows are
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


@dataclass(frozen=True, slots=True)
class Weights:
    """The table, arranged for the decoder: by feature a weight per kind, by pair of kinds
    a weight per gap."""

    kinds: tuple[str, ...]
    emit: dict[str, Sequence[float]]
    """For each feature, its weight towards each kind (indexed as ``kinds``)."""
    tight: Sequence[Sequence[float]]
    """``tight[a][b]``: a line of kind b right after one of kind a."""
    blank: Sequence[Sequence[float]]
    """``blank[a][b]``: the same with blank lines between them."""
    start: Sequence[float]
    end: Sequence[float]
    fingerprint: str
    """What the table was trained from (see :mod:`letterparse.sections.train`)."""


def parse_table(rows: Iterable[str]) -> Weights:
    """A :class:`Weights` from the text of a table (comment lines start with ``#``)."""
    size = len(KINDS)
    emit: dict[str, list[float]] = {}
    moves = {gap: [[0.0] * size for _ in range(size)] for gap in ("tight", "blank")}
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
                moves[gap][KIND[before]][KIND[after]] = float(weight)
    return Weights(
        kinds=KINDS,
        emit={feature: tuple(weights) for feature, weights in emit.items()},
        tight=tuple(tuple(row) for row in moves["tight"]),
        blank=tuple(tuple(row) for row in moves["blank"]),
        start=tuple(start),
        end=tuple(end),
        fingerprint=fingerprint,
    )


def blank_table() -> Weights:
    """A table of zeros, with lists that a trainer may change in place."""
    size = len(KINDS)
    zeros: list[MutableSequence[float]] = [[0.0] * size for _ in range(size)]
    return Weights(
        kinds=KINDS,
        emit={},
        tight=zeros,
        blank=[[0.0] * size for _ in range(size)],
        start=[0.0] * size,
        end=[0.0] * size,
        fingerprint="",
    )


@cache
def load() -> Weights:
    """The shipped table, read once."""
    text = resources.files(__package__).joinpath(FILE).read_text(encoding="utf-8")
    return parse_table(text.splitlines())
