"""The weights table: learned from the labelled fixtures, reproducibly, and up to date."""

from __future__ import annotations

from pathlib import Path

import pytest

from letterparse.decode import decode_bytes
from letterparse.lines import split_lines
from letterparse.myanmar.lines import read_lines
from letterparse.sections import train
from letterparse.sections.grammar import KINDS
from letterparse.sections.weights import parse_table

from .conftest import LETTERS

KINDS_FILES = sorted(LETTERS.rglob("*.kinds"))


@pytest.fixture(scope="module")
def examples() -> list[train.Example]:
    return train.examples()


def test_the_shipped_table_is_trained_from_the_fixtures_as_they_are(
    examples: list[train.Example],
) -> None:
    shipped = parse_table(train.TABLE.read_text(encoding="utf-8").splitlines())
    assert shipped.fingerprint == train.fingerprint(examples), (
        "fixtures, features or training settings changed: run python -m letterparse.sections.train"
    )


def test_training_is_the_same_on_every_run(examples: list[train.Example]) -> None:
    some = examples[:40]
    assert train.table_text(some, epochs=2) == train.table_text(some, epochs=2)


def test_every_labelled_letter_is_one_the_grammar_can_read(
    examples: list[train.Example],
) -> None:
    assert [e.name for e in examples if not train.grammatical(e.kinds)] == []


@pytest.mark.parametrize("path", KINDS_FILES, ids=lambda path: path.stem)
def test_a_kinds_file_labels_every_line_of_its_letter(path: Path) -> None:
    lines, _ = read_lines(split_lines(decode_bytes(path.with_suffix(".txt").read_bytes()).text))
    rows = [row.split("\t", 1) for row in path.read_text(encoding="utf-8").splitlines() if row]
    assert len(rows) == len(lines)
    assert {kind for kind, _ in rows} <= set(KINDS)
    for (_, written), line in zip(rows, lines, strict=True):
        assert " ".join(written.split()) == " ".join(line.text.split()) or not line.text.isascii()


def test_the_check_command_finds_the_table_up_to_date() -> None:
    assert train.main(["--check"]) == 0
