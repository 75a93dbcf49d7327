"""Learn the weights table from labelled letters: an averaged structured perceptron.

The labelled letters are the project's fixtures: each ``fixtures/letters/**/<case>.txt``
with a ``<case>.kinds`` file (a kind and the text of every non-blank line, written by
the person who wrote the letter) or else a hand-checked ``<case>.json`` whose layout
gives each line its block's kind. Letters are read in sorted order, every epoch in the
same order, so that the table is the same, byte for byte, on every machine::

    python -m letterparse.sections.train            # rewrite src/letterparse/sections/weights.tsv
    python -m letterparse.sections.train --check    # exit 1 if the shipped table is out of date

Each epoch decodes every letter with the weights so far (no pruning) and, where the
decoded kinds differ from the labels, moves the weights towards the labels' features
and moves; the table keeps the average of the weights over all steps, which generalises
better than the last.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..decode import decode_bytes
from ..lines import Line, split_lines
from ..myanmar.lines import read_lines
from .decoder import best_path, emissions, unit_scores
from .evidence import read_evidence
from .grammar import KIND, KINDS, STATE_KIND, STATES_OF, allowed
from .units import inner_gap
from .variants import seed_of, variants
from .weights import FILE, GAP, GAPS, blank_table, gap_of, parse_table

EPOCHS = 10
"""Passes over the labelled letters."""

PRECISION = 3
"""Decimals kept in the table."""

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "fixtures" / "letters"
TABLE = Path(__file__).resolve().parent / FILE


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled letter, unit by unit (:mod:`.units`): features, kinds barred, gaps,
    sizes and kinds."""

    name: str
    features: list[list[str]]
    barred: list[frozenset[str]]
    """For each unit, the kinds no pattern licenses it to be."""
    exempt: list[frozenset[str]]
    """The same without each unit's own label (what training bars)."""
    gaps: list[int]
    sizes: list[int]
    inner: list[int]
    """The gap between the lines inside each unit."""
    kinds: list[int]
    """For each unit, the label of the line whose evidence it reads."""


def examples(folder: Path = FIXTURES, *, with_variants: bool = True) -> list[Example]:
    """Every labelled letter under ``folder`` in sorted order, each followed by its
    variants (:mod:`letterparse.sections.variants`) unless ``with_variants`` is false."""
    out: list[Example] = []
    for path in sorted(folder.rglob("*.txt")):
        labelled = _labelled(path)
        if labelled is None:
            continue
        name = path.relative_to(folder).as_posix()
        lines, kinds = labelled
        out.append(_example(name, lines, kinds))
        if with_variants:
            for suffix, variant in variants(name, kinds):
                text, changed = variant(lines, kinds, seed_of(name))
                reread, _ = read_lines(split_lines(text))
                out.append(_example(f"{name}#{suffix}", reread, changed))
    return out


def _labelled(path: Path) -> tuple[list[Line], list[str]] | None:
    """A fixture letter's lines and their kinds, or None when it has no labels."""
    kinds_file, golden = path.with_suffix(".kinds"), path.with_suffix(".json")
    if not kinds_file.exists() and not golden.exists():
        return None
    lines, _ = read_lines(split_lines(decode_bytes(path.read_bytes()).text))
    if kinds_file.exists():
        return lines, _kinds_file(kinds_file, lines)
    return lines, _layout_kinds(json.loads(golden.read_text(encoding="utf-8")), lines)


def _example(name: str, lines: Sequence[Line], kinds: Sequence[str]) -> Example:
    if len(kinds) != len(lines):
        raise ValueError(f"{name}: {len(kinds)} kinds for {len(lines)} lines")
    evidence = read_evidence(lines)
    units = evidence.units
    labels = [kinds[unit.rep] for unit in units]
    return Example(
        name=name,
        features=evidence.features,
        barred=evidence.barred,
        exempt=[bars - {kind} for bars, kind in zip(evidence.barred, labels, strict=True)],
        gaps=[gap_of(lines[u.start].blank_before, lines[u.start].marker) for u in units],
        sizes=[unit.size for unit in units],
        inner=[inner_gap(lines, unit) for unit in units],
        kinds=[KIND[kind] for kind in labels],
    )


def _kinds_file(path: Path, lines: Sequence[Line]) -> list[str]:
    rows = [row.split("\t", 1) for row in path.read_text(encoding="utf-8").splitlines() if row]
    if len(rows) != len(lines):
        raise ValueError(f"{path}: {len(rows)} rows for {len(lines)} non-blank lines")
    return [row[0] for row in rows]


def _layout_kinds(letter: dict[str, object], lines: Sequence[Line]) -> list[str]:
    by_line: dict[int, str] = {}
    layout = letter["layout"]
    assert isinstance(layout, list)
    for block in layout:
        span = block["span"]
        for number in range(span["line"], span["end_line"] + 1):
            by_line[number] = block["kind"]
    return [by_line[line.number] for line in lines]


def grammatical(kinds: Sequence[int]) -> bool:
    """Whether some path of states gives these kinds (the grammar can read the labels)."""
    reachable = set(STATES_OF[KINDS[kinds[0]]]) if kinds else set()
    for kind in kinds[1:]:
        reachable = {
            state for state in STATES_OF[KINDS[kind]] if any(allowed(b, state) for b in reachable)
        }
        if not reachable:
            return False
    return True


class _Averaged:
    """Weights in a live table the decoder reads, with their running sums for the
    averaged perceptron (the usual trick: ``average = w - u / c``, where ``u`` sums each
    update times the step it came at)."""

    def __init__(self) -> None:
        self.live = blank_table()
        self.sums: dict[tuple[str, ...], float] = {}
        self.step = 1

    def add(self, key: tuple[str, ...], amount: float) -> None:
        self.sums[key] = self.sums.get(key, 0.0) + self.step * amount
        live = self.live
        if key[0] == "emit":
            row = live.emit.get(key[1])
            if row is None:
                row = live.emit[key[1]] = [0.0] * len(KINDS)
            _bump(row, KIND[key[2]], amount)
        elif key[1] == "^":
            _bump(live.start, KIND[key[2]], amount)
        elif key[2] == "$":
            _bump(live.end, KIND[key[1]], amount)
        else:
            _bump(live.moves[GAP[key[3]]][KIND[key[1]]], KIND[key[2]], amount)

    def value(self, key: tuple[str, ...]) -> float:
        live = self.live
        if key[0] == "emit":
            return live.emit[key[1]][KIND[key[2]]]
        if key[1] == "^":
            return live.start[KIND[key[2]]]
        if key[2] == "$":
            return live.end[KIND[key[1]]]
        return live.moves[GAP[key[3]]][KIND[key[1]]][KIND[key[2]]]

    def averaged(self) -> dict[tuple[str, ...], float]:
        return {key: self.value(key) - total / self.step for key, total in self.sums.items()}


def _bump(row: Sequence[float], index: int, amount: float) -> None:
    assert isinstance(row, list)
    row[index] += amount


def train(data: Sequence[Example], epochs: int = EPOCHS) -> dict[tuple[str, ...], float]:
    """The averaged weights after ``epochs`` passes over ``data``."""
    model = _Averaged()
    for _ in range(epochs):
        for example in data:
            _local(model, example)
            scores = unit_scores(
                emissions(example.features, model.live, example.exempt),
                example.sizes,
                example.inner,
                model.live,
            )
            path = best_path(scores, example.gaps, model.live, keep=example.kinds)
            guessed = [STATE_KIND[state] for state in path.states]
            if guessed != example.kinds:
                _update(model, example, guessed)
            model.step += 1
    return model.averaged()


def _local(model: _Averaged, example: Example) -> None:
    """Each line on its own: where its features alone rank another kind above its own,
    move them towards its own. The decoder prunes each line to the kinds its features
    rank best, so they must rank the right kind among them."""
    scores = emissions(example.features, model.live, example.exempt)
    rows = zip(example.features, example.kinds, scores, example.sizes, strict=True)
    for names, want, row, size in rows:
        got = max(range(len(row)), key=lambda kind: (row[kind], -kind))
        if got != want:
            for name in names:
                model.add(("emit", name, KINDS[want]), size)
                model.add(("emit", name, KINDS[got]), -size)


def _update(model: _Averaged, example: Example, guessed: Sequence[int]) -> None:
    rows = zip(example.features, example.kinds, guessed, example.sizes, strict=True)
    for names, want, got, size in rows:
        if want != got:
            for name in names:
                model.add(("emit", name, KINDS[want]), size)
                model.add(("emit", name, KINDS[got]), -size)
    for kinds, amount in ((example.kinds, 1.0), (guessed, -1.0)):
        for key in _moves(kinds, example.gaps):
            model.add(key, amount)
        for kind, size, gap in zip(kinds, example.sizes, example.inner, strict=True):
            if size > 1:
                model.add(("move", KINDS[kind], KINDS[kind], GAPS[gap]), amount * (size - 1))


def _moves(kinds: Sequence[int], gaps: Sequence[int]) -> Iterator[tuple[str, ...]]:
    names = ["^", *(KINDS[kind] for kind in kinds), "$"]
    for index in range(len(names) - 1):
        gap = GAPS[gaps[index]] if 0 < index < len(gaps) else "tight"
        yield ("move", names[index], names[index + 1], gap)


def _rows(weights: dict[tuple[str, ...], float], precision: int) -> list[str]:
    rows = []
    for key in sorted(weights):
        value = round(weights[key], precision)
        if value:
            rows.append("\t".join((*key, f"{value:.{precision}f}")))
    return rows


def fingerprint(data: Sequence[Example], epochs: int = EPOCHS) -> str:
    """What a table is trained from: the letters' features and kinds, and the settings."""
    digest = hashlib.sha256(f"epochs={epochs} precision={PRECISION}\n".encode())
    for example in data:
        digest.update(example.name.encode())
        rows = zip(example.features, example.kinds, example.gaps, example.sizes, strict=True)
        for names, kind, gap, size in rows:
            digest.update(f"{kind} {gap} {size} {' '.join(names)}\n".encode())
    return digest.hexdigest()


def table_text(data: Sequence[Example], epochs: int = EPOCHS) -> str:
    """The text of ``weights.tsv`` trained from ``data``."""
    header = [
        "# The decoder's weights, learned from the labelled fixture letters.",
        "# Rebuilt by `python -m letterparse.sections.train`; do not edit by hand.",
        f"# fingerprint {fingerprint(data, epochs)}",
    ]
    return "\n".join([*header, *_rows(train(data, epochs), PRECISION)]) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m letterparse.sections.train")
    parser.add_argument("--check", action="store_true", help="only check the shipped table")
    args = parser.parse_args(argv)
    data = examples()
    broken = [example.name for example in data if not grammatical(example.kinds)]
    if broken:
        print("labels the grammar cannot read: " + ", ".join(broken), file=sys.stderr)
        return 1
    if args.check:
        current = fingerprint(data)
        shipped = parse_table(TABLE.read_text(encoding="utf-8").splitlines()).fingerprint
        if current != shipped:
            print(f"{TABLE} is out of date: run python -m letterparse.sections.train")
            return 1
        return 0
    TABLE.write_text(table_text(data), encoding="utf-8")
    letters = sum(1 for example in data if "#" not in example.name)
    print(f"wrote {TABLE} from {letters} letters and {len(data) - letters} variants of them")
    return 0


if __name__ == "__main__":
    sys.exit(main())
