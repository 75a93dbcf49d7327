"""Every fixture letter beside its hand-checked expected JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import letterparse

from .conftest import LETTERS
from .invariants import assert_letter_invariants

CASES = sorted(path for path in LETTERS.rglob("*.txt") if path.with_suffix(".json").exists())


def test_fixtures_present() -> None:
    assert len(CASES) >= 16


@pytest.mark.parametrize("path", CASES, ids=[path.stem for path in CASES])
def test_matches_expected_json(path: Path) -> None:
    data = path.read_bytes()
    letter = letterparse.parse_bytes(data)
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert json.loads(letter.model_dump_json()) == expected
    assert letterparse.Letter.model_validate(expected) == letter


@pytest.mark.parametrize("path", CASES, ids=[path.stem for path in CASES])
def test_invariants(path: Path) -> None:
    letter = letterparse.parse_bytes(path.read_bytes())
    text = path.read_bytes().decode(letter.source.encoding)
    assert_letter_invariants(text, letter)
