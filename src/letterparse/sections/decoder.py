"""The decoder: one best sequence of states for the whole letter (Viterbi).

A line's *emission* is the sum of its features' weights, one score per kind; a *move*
weighs a kind after a kind (with or without blank lines between, with or without a list
marker: the line's *gap*, :data:`~letterparse.sections.weights.GAPS`). The best path is the
sequence of grammatical states (:mod:`letterparse.sections.grammar`) whose emissions and
moves add up to the most. To stay fast each line keeps only the kinds its evidence
leaves in the running (within :data:`PRUNE` of its best, at most :data:`WIDTH`); a line
whose kinds all break the grammar after the line before is opened to every state.

The *margin* of a line is what the best path loses when the line is forced into its
runner-up kind (max-marginals of a forward and a backward pass).

>>> rows = ["move\\t^\\tsalutation\\ttight\\t1", "move\\tsalutation\\tparagraph\\tblank\\t1"]
>>> weights = parse_table(rows)
>>> path = best_path([[0.0] * len(KINDS)] * 2, [0, 1], weights, prune=False)
>>> [KINDS[STATE_KIND[state]] for state in path.states]
['salutation', 'paragraph']
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from .grammar import KIND, KINDS, PREDECESSORS, STATE_KIND, STATES, STATES_OF
from .weights import Weights, parse_table

__all__ = ["PRUNE", "WIDTH", "Path", "best_path", "emissions", "parse_table", "unit_scores"]

PRUNE = 1000.0
"""A kind stays in the running for a line while its emission is within this of the best."""

WIDTH = 4
"""At most this many kinds stay in the running for a line."""

_ALL = tuple(range(len(STATES)))
_NEG = float("-inf")
_ALLOWED = tuple(
    tuple(before in set(PREDECESSORS[after]) for after in range(len(STATES)))
    for before in range(len(STATES))
)
"""``_ALLOWED[before][after]``: the grammar lets a line in ``after`` follow one in ``before``."""


@dataclass(frozen=True, slots=True)
class Path:
    """The best path: a state per line, its score, and each line's runner-up."""

    states: list[int]
    score: float
    margins: list[float]
    """What the path loses when the line takes its best other kind (inf: none possible)."""
    runner_up: list[int | None]
    """That other kind, by index into ``KINDS``."""


BARRED = -1e9
"""The emission of a kind no pattern licenses on a line: chosen only where nothing else
keeps the path grammatical."""


def emissions(
    features: Sequence[Sequence[str]],
    weights: Weights,
    barred: Sequence[Collection[str]] | None = None,
) -> list[list[float]]:
    """For each line, the sum of its features' weights, one score per kind; a kind in the
    line's ``barred`` gets :data:`BARRED`."""
    table = weights.emit
    size = len(KINDS)
    out: list[list[float]] = []
    for index, names in enumerate(features):
        rows = [row for row in map(table.get, names) if row is not None]
        scores: list[float] = list(map(sum, zip(*rows, strict=True))) if rows else [0.0] * size
        if barred is not None and barred[index]:
            for kind in barred[index]:
                scores[KIND[kind]] = BARRED
        out.append(scores)
    return out


def unit_scores(
    scores: Sequence[Sequence[float]],
    sizes: Sequence[int],
    inner: Sequence[int],
    weights: Weights,
) -> list[list[float]]:
    """The emissions of units: a unit of ``n`` alike lines counts its emission ``n`` times
    and the move from each of its lines to the next (gap ``inner``) ``n - 1`` times."""
    out: list[list[float]] = []
    for emission, size, gap in zip(scores, sizes, inner, strict=True):
        if size == 1:
            out.append(list(emission))
            continue
        moves = weights.moves[gap]
        out.append([
            size * score + (size - 1) * moves[kind][kind] if score > BARRED else float(score)
            for kind, score in enumerate(emission)
        ])  # fmt: skip
    return out


def best_path(
    scores: Sequence[Sequence[float]],
    gaps: Sequence[int],
    weights: Weights,
    *,
    prune: bool = True,
    margins: bool = False,
    keep: Sequence[int] | None = None,
) -> Path:
    """The best grammatical path through lines with these emissions; ``gaps[i]``: how line
    ``i`` stands after the line before it (an index into ``GAPS``). With ``margins``, each
    line's margin and runner-up. ``keep`` (for training): a kind per line that pruning must
    keep in the running."""
    lattice: list[dict[int, float]] = []
    backs: list[dict[int, int]] = []
    previous: dict[int, float] = {}
    for index, emission in enumerate(scores):
        moves = weights.moves[gaps[index]]
        running = _candidates(emission, keep[index] if keep else None) if prune else _ALL
        column, back = _step(index, emission, running, previous, moves, weights)
        if not column:
            column, back = _step(index, emission, _ALL, previous, moves, weights)
        lattice.append(column)
        backs.append(back)
        previous = column
    if not lattice:
        return Path([], 0.0, [], [])
    final = {state: score + weights.end[STATE_KIND[state]] for state, score in previous.items()}
    last = max(final, key=final.__getitem__)
    states = [last]
    for back in reversed(backs[1:]):
        states.append(back[states[-1]])
    states.reverse()
    if not margins:
        return Path(states, final[last], [], [])
    return _with_margins(states, final[last], lattice, scores, gaps, weights)


def _candidates(emission: Sequence[float], keep: int | None = None) -> tuple[int, ...]:
    best = max(emission)
    ranked = sorted(
        (kind for kind, score in enumerate(emission) if score >= best - PRUNE),
        key=lambda kind: (-emission[kind], kind),
    )[:WIDTH]
    if keep is not None and keep not in ranked:
        ranked.append(keep)
    return tuple(state for kind in ranked for state in STATES_OF[KINDS[kind]])


def _step(  # noqa: PLR0917 (the inner loop of the decoder: no bundling)
    index: int,
    emission: Sequence[float],
    states: Sequence[int],
    previous: dict[int, float],
    moves: Sequence[Sequence[float]],
    weights: Weights,
) -> tuple[dict[int, float], dict[int, int]]:
    column: dict[int, float] = {}
    back: dict[int, int] = {}
    for state in states:
        kind = STATE_KIND[state]
        if index == 0:
            column[state] = weights.start[kind] + emission[kind]
            continue
        best, argmax = _NEG, -1
        for before, score in previous.items():
            if _ALLOWED[before][state]:
                value = score + moves[STATE_KIND[before]][kind]
                if value > best:
                    best, argmax = value, before
        if argmax >= 0:
            column[state] = best + emission[kind]
            back[state] = argmax
    return column, back


def _with_margins(  # noqa: PLR0917
    states: list[int],
    score: float,
    lattice: Sequence[dict[int, float]],
    scores: Sequence[Sequence[float]],
    gaps: Sequence[int],
    weights: Weights,
) -> Path:
    """Max-marginals: for each line and state, the best path through it (its forward
    score plus the best way from it to the end), and so each line's best other kind."""
    rest: dict[int, float] = {state: weights.end[STATE_KIND[state]] for state in lattice[-1]}
    margins = [0.0] * len(lattice)
    runners: list[int | None] = [None] * len(lattice)
    for index in range(len(lattice) - 1, -1, -1):
        through: dict[int, float] = {}
        for state, forward in lattice[index].items():
            if state in rest:
                kind = STATE_KIND[state]
                through[kind] = max(through.get(kind, _NEG), forward + rest[state])
        chosen = STATE_KIND[states[index]]
        others = [(value, kind) for kind, value in through.items() if kind != chosen]
        if others:
            value, kind = max(others)
            margins[index], runners[index] = score - value, kind
        else:
            margins[index] = float("inf")
        if index:
            moves = weights.moves[gaps[index]]
            rest = _backward(lattice[index - 1], rest, scores[index], moves)
    return Path(states, score, margins, runners)


def _backward(
    column: dict[int, float],
    rest: dict[int, float],
    emission: Sequence[float],
    moves: Sequence[Sequence[float]],
) -> dict[int, float]:
    """The best score from each state of ``column`` to the end, given the best from each
    state of the next line (``rest``) and the next line's ``emission``."""
    out: dict[int, float] = {}
    for before in column:
        kind = STATE_KIND[before]
        best = _NEG
        for state, onward in rest.items():
            if _ALLOWED[before][state]:
                next_kind = STATE_KIND[state]
                best = max(best, moves[kind][next_kind] + emission[next_kind] + onward)
        if best > _NEG:
            out[before] = best
    return out
