"""The decoder's reading of a letter: a decision for each unit of lines, with its margin.

A :class:`Decision` says which kind the lines of a unit are, which kind came next
(the runner-up) and by how much the best path would lose if they were that kind: a
small margin is a doubtful reading, which :func:`doubts` turns into warnings for a
person checking an import, and :func:`evidence_for` shows the features that decided.

>>> from letterparse.lines import split_lines
>>> reading = read(split_lines("Dear Members,\\n\\nWe write to you about the river.\\n"))
>>> [(d.kind, d.start, d.stop) for d in reading]
[('salutation', 0, 1), ('paragraph', 1, 2)]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..lines import Line
from ..model import BlockKind, ParseWarning
from .decoder import best_path, emissions, unit_scores
from .evidence import read_evidence
from .grammar import KINDS, STATE_KIND
from .units import inner_gap
from .weights import Weights, gap_of, load

DOUBTFUL = 20.0
"""A decision won by less than this is doubtful. In five-fold cross-validation on the
fixtures, 3% of the units fell below it, and 55% of those were read wrong (against 5%
of all units): they hold a third of the decoder's errors."""

MATTERS: frozenset[str] = frozenset(
    {"recipients", "date", "subject", "salutation", "closing", "signing", "signatories",
     "signatory_group", "contacts"}
)  # fmt: skip
"""Kinds whose misreading changes a field of the letter: a doubt between two others
(a paragraph or a note) is not worth a person's look."""

MOST_DOUBTS = 8
"""At most this many doubtful decisions are warned about in one letter."""


@dataclass(frozen=True, slots=True)
class Decision:
    """Lines ``start`` to ``stop`` (indexes, ``stop`` exclusive) read as ``kind``."""

    start: int
    stop: int
    kind: BlockKind
    runner_up: BlockKind | None
    margin: float
    """What the best path loses when these lines take the runner-up kind."""
    features: tuple[str, ...]


def read(lines: Sequence[Line], weights: Weights | None = None) -> list[Decision]:
    """The decisions of the best path through ``lines``, unit by unit."""
    if not lines:
        return []
    table = load() if weights is None else weights
    evidence = read_evidence(lines)
    units = evidence.units
    scores = unit_scores(
        emissions(evidence.features, table, evidence.barred),
        [unit.size for unit in units],
        [inner_gap(lines, unit) for unit in units],
        table,
    )
    gaps = [gap_of(lines[unit.start].blank_before, lines[unit.start].marker) for unit in units]
    path = best_path(scores, gaps, table, margins=True)
    return [
        Decision(
            start=unit.start,
            stop=unit.stop,
            kind=KINDS[STATE_KIND[state]],
            runner_up=None if runner is None else KINDS[runner],
            margin=margin,
            features=tuple(names),
        )
        for unit, state, runner, margin, names in zip(
            units, path.states, path.runner_up, path.margins, evidence.features, strict=True
        )
    ]


def line_kinds(decisions: Sequence[Decision]) -> list[BlockKind]:
    """The kind of every line."""
    kinds: list[BlockKind] = []
    for decision in decisions:
        kinds.extend([decision.kind] * (decision.stop - decision.start))
    return kinds


def doubts(decisions: Sequence[Decision], lines: Sequence[Line]) -> list[ParseWarning]:
    """A ``doubtful_reading`` warning for each decision that matters and was won by less
    than :data:`DOUBTFUL` (the closest ones, at most :data:`MOST_DOUBTS`)."""
    close = [
        decision
        for decision in decisions
        if decision.margin < DOUBTFUL
        and decision.runner_up is not None
        and (decision.kind in MATTERS or decision.runner_up in MATTERS)
    ]
    close.sort(key=lambda decision: decision.margin)
    return sorted(
        (
            ParseWarning(
                code="doubtful_reading",
                message=(
                    f"read as {decision.kind}, but nearly as likely {decision.runner_up} "
                    f"(margin {decision.margin:.1f}): check this part"
                ),
                line=lines[decision.start].number,
            )
            for decision in close[:MOST_DOUBTS]
        ),
        key=lambda warning: warning.line or 0,
    )


def evidence_for(
    decision: Decision, weights: Weights | None = None, *, most: int = 4
) -> list[tuple[str, float]]:
    """The features that weighed most for the decision's kind against its runner-up, with
    what each weighed: ``[("salutation", 21.3), ("end=,", 18.9), …]``."""
    table = load() if weights is None else weights
    kind = KINDS.index(decision.kind)
    other = KINDS.index(decision.runner_up) if decision.runner_up is not None else None
    weighed = []
    for name in decision.features:
        row = table.emit.get(name)
        if row is None:
            continue
        weighed.append((name, row[kind] - (row[other] if other is not None else 0.0)))
    weighed.sort(key=lambda item: -abs(item[1]))
    return weighed[:most]
